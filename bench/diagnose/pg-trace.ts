// Records every query a pg client sends on behalf of traced work: its text, how long until its answer, and how
// many rows came back. Used by bench/profile.ts to count round trips per request and time each one. Queries
// are attributed through AsyncLocalStorage, so a timer's queries (the sweeper) never land in a request's trace.
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

export interface TracedQuery {
  text: string;
  startMs: number;
  endMs: number;
  rows: number;
  error: string | null;
}

type QueryFn = (...args: unknown[]) => unknown;
type Callback = (error: Error | null, result?: { rows?: unknown[]; rowCount?: number | null }) => void;

const current = new AsyncLocalStorage<TracedQuery[]>();
let installed = false;

function textOf(config: unknown): string | null {
  if (typeof config === 'string') return config;
  if (config && typeof config === 'object' && 'text' in config && typeof config.text === 'string') return config.text;
  return null;
}

function rowsOf(result: unknown): number {
  if (result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows)) return result.rows.length;
  return 0;
}

/** Patch pg.Client.prototype.query once; queries are recorded only inside trace(). */
export function installTracer(): void {
  if (installed) return;
  installed = true;
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  proto.query = function traced(this: unknown, ...args: unknown[]) {
    const sink = current.getStore();
    const text = textOf(args[0]);
    if (!sink || text === null) return original.apply(this, args);
    const entry: TracedQuery = { text, startMs: performance.now(), endMs: 0, rows: 0, error: null };
    sink.push(entry);
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = ((error, result) => {
        entry.endMs = performance.now();
        entry.rows = rowsOf(result);
        entry.error = error ? error.message : null;
        (callback as Callback)(error, result);
      }) satisfies Callback;
      return original.apply(this, args);
    }
    const returned = original.apply(this, args);
    if (returned instanceof Promise) {
      returned.then(
        (result: unknown) => {
          entry.endMs = performance.now();
          entry.rows = rowsOf(result);
        },
        (error: unknown) => {
          entry.endMs = performance.now();
          entry.error = error instanceof Error ? error.message : String(error);
        },
      );
    }
    return returned;
  };
}

/** Run `work` and return what it sent to PostgreSQL. */
export async function trace<T>(
  work: () => Promise<T>,
): Promise<{ result: T; queries: TracedQuery[]; totalMs: number }> {
  const queries: TracedQuery[] = [];
  const started = performance.now();
  // Awaited inside the context: drizzle queries and app.inject() are lazy thenables that only start when
  // awaited, and an await outside run() would start them outside the trace.
  const result = await current.run(queries, async () => await work());
  return { result, queries, totalMs: performance.now() - started };
}

/** A query's text reduced to a stable shape: whitespace collapsed, long VALUES lists and arrays shortened. */
export function shapeOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const values = flat.replace(/values (\(\$\d+(?:, ?(?:\$\d+|default))*\),? ?)+/i, 'values (...)x N ');
  return values.length > 120 ? `${values.slice(0, 117)}...` : values;
}
