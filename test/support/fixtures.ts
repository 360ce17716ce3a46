// Domain-shaped fixtures posted through the API, so tests read as the story they check.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { z } from 'zod';
import type { ActualInput } from '../../src/schemas/actuals.js';
import type { MetricInput } from '../../src/schemas/metrics.js';
import type { Evaluation, StatementInput } from '../../src/schemas/statements.js';

export const ALIBABA = {
  id: 'alibaba',
  name: 'Alibaba Group',
  tickers: ['BABA', '9988.HK'],
  currency: 'CNY',
  fiscalYearEndMonth: 3,
  reportingLagDays: 60,
};

export const CLOUD_MARGIN: z.input<typeof MetricInput> = {
  companyId: 'alibaba',
  key: 'cloud.ebita_margin',
  name: 'Cloud Intelligence Group adjusted EBITA margin',
  unit: 'percent',
  kind: 'flow',
  goodDirection: 'higher',
  basis: 'adjusted',
  segment: 'Cloud Intelligence Group',
};

export const MAAS_ARR: z.input<typeof MetricInput> = {
  companyId: 'alibaba',
  key: 'bailian.maas_arr',
  name: 'Bailian MaaS ARR',
  unit: 'CNY',
  kind: 'stock',
  goodDirection: 'higher',
};

export const CAPEX: z.input<typeof MetricInput> = {
  companyId: 'alibaba',
  key: 'capex',
  name: 'Capital expenditure',
  unit: 'CNY',
  kind: 'flow',
  goodDirection: 'neutral',
};

export const TEENS_STATEMENT: z.input<typeof StatementInput> = {
  companyId: 'alibaba',
  metric: 'cloud.ebita_margin',
  statedOn: '2026-05-15',
  source: { kind: 'call', title: 'FY2026 Q4 earnings call' },
  quote: 'the cloud business EBITA margin is expected to rise to the teens over the next two quarters',
  commitment: 'expect',
  target: { op: 'range', low: '13', high: '20', highInclusive: false, wording: 'the teens' },
  window: { period: 'FY2027Q1..FY2027Q2' },
  mode: 'all',
};

export async function post<T = Record<string, unknown>>(
  app: FastifyInstance,
  url: string,
  payload: unknown,
  expected = 201,
): Promise<T> {
  const response = await app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
  expect(response.statusCode, response.body).toBe(expected);
  return response.json<T>();
}

export async function get<T = Record<string, unknown>>(app: FastifyInstance, url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

export async function seedAlibaba(app: FastifyInstance, metrics = [CLOUD_MARGIN, MAAS_ARR, CAPEX]): Promise<void> {
  await post(app, '/v1/companies', ALIBABA);
  for (const m of metrics) await post(app, '/v1/metrics', m);
}

export function actual(overrides: Partial<z.input<typeof ActualInput>> = {}): z.input<typeof ActualInput> {
  return {
    companyId: 'alibaba',
    metric: 'cloud.ebita_margin',
    period: 'FY2027Q1',
    value: '13.5',
    unit: 'percent',
    publishedAt: '2026-08-20',
    ...overrides,
  };
}

// --- Companies of a test's own, and the reads the HTTP specifications share ------------------------------------

/** Instant-retail operating loss: lower is better, so a bigger loss is never a beat. */
export const RETAIL_LOSS: z.input<typeof MetricInput> = {
  companyId: 'alibaba',
  key: 'retail.operating_loss',
  name: 'Instant retail operating loss',
  unit: 'CNY',
  kind: 'flow',
  goodDirection: 'lower',
  basis: 'adjusted',
};

/** A company with Alibaba's March year-end under an id of its own, with the given metrics re-pointed at it. */
export async function seedCompanyLike(
  app: FastifyInstance,
  id: string,
  metrics: z.input<typeof MetricInput>[] = [CLOUD_MARGIN, MAAS_ARR, CAPEX],
): Promise<void> {
  await post(app, '/v1/companies', { ...ALIBABA, id, name: `${ALIBABA.name} (${id})` });
  for (const m of metrics) await post(app, '/v1/metrics', { ...m, companyId: id });
}

/** GET a statement's evaluation, as of a knowledge time when one is given. */
export async function evaluationAsOf(app: FastifyInstance, statementId: string, asOf?: string): Promise<Evaluation> {
  const query = asOf === undefined ? '' : `?asOf=${encodeURIComponent(asOf)}`;
  return get<Evaluation>(app, `/v1/statements/${statementId}/evaluation${query}`);
}

export interface FeedChange {
  cursor: string;
  kind: string;
  at: string;
  companyId: string;
  resourceId: string;
  data: Record<string, unknown>;
}

/**
 * Read the change feed from the start until `done` holds for what came. The feed shows a transaction only once
 * every older one has finished, and other test files run transactions at the same time, so a change committed
 * a moment ago may take a moment to show.
 */
export async function readFeedUntil(
  app: FastifyInstance,
  query: string,
  done: (changes: FeedChange[]) => boolean,
  // Generous: a writing transaction anywhere on the server (another test file's, or one a crash test left
  // behind until PostgreSQL notices) holds the feed back until it ends.
  timeoutMs = 30_000,
): Promise<FeedChange[]> {
  const changes: FeedChange[] = [];
  let after = '0';
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const page = await get<{ items: FeedChange[]; nextCursor: string }>(
      app,
      `/v1/changes?${query}&after=${after}&wait=1`,
    );
    changes.push(...page.items);
    after = page.nextCursor;
    if (done(changes)) return changes;
  }
  return changes;
}

// --- Dashboards: paging through lists, counting queries, reading the event stream --------------------------------

export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Follow nextCursor from the first page of a list to its last, `limit` items at a time, and return the pages as
 * they came. `between` runs after every page but the last: a dashboard's world does not stand still while it pages.
 */
export async function walkList<T>(
  app: FastifyInstance,
  url: string,
  limit: number,
  between: () => Promise<void> = async () => undefined,
): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | null = null;
  do {
    const query: string = `${url.includes('?') ? '&' : '?'}limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const page: ListPage<T> = await get<ListPage<T>>(app, `${url}${query}`);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    pages.push(page.items);
    cursor = page.nextCursor;
    if (cursor !== null) {
      // Only the last page may be short.
      expect(page.items).toHaveLength(limit);
      await between();
    }
    if (pages.length > 200) throw new Error(`${url} never reached its last page`);
  } while (cursor !== null);
  return pages;
}

export interface PoolWatch {
  /** Connections taken from the pool since watching began: every query and every transaction takes one. */
  readonly acquired: number;
  /** The SQL sent through pool.query since watching began, with its parameters. */
  readonly queries: { text: string; values: unknown[] }[];
  stop(): void;
}

/** What watchPool needs of a pg pool. */
export interface WatchablePool {
  query: (...args: never[]) => unknown;
  on(event: 'acquire', listener: () => void): unknown;
  off(event: 'acquire', listener: () => void): unknown;
}

/** Watch a pg pool: how many times it is used, and what SQL goes through it. */
export function watchPool(pool: WatchablePool): PoolWatch {
  let acquired = 0;
  const queries: { text: string; values: unknown[] }[] = [];
  const onAcquire = () => {
    acquired += 1;
  };
  pool.on('acquire', onAcquire);
  const original = pool.query;
  const spy = (...args: unknown[]): unknown => {
    const [first, second] = args;
    const text =
      typeof first === 'string'
        ? first
        : typeof first === 'object' && first !== null && 'text' in first
          ? String(first.text)
          : '';
    queries.push({ text, values: Array.isArray(second) ? second : [] });
    return Reflect.apply(original, pool, args);
  };
  pool.query = spy;
  return {
    get acquired() {
      return acquired;
    },
    queries,
    stop() {
      pool.off('acquire', onAcquire);
      pool.query = original;
    },
  };
}

export interface StreamEvent {
  id: string;
  event: string;
  data: string;
}

/**
 * Open a Server-Sent Events stream over real HTTP and collect events until `enough` holds or `timeoutMs` passes,
 * then hang up. `opened` runs once the response headers arrive (the stream is then listening).
 */
export async function readEventStream(
  url: string,
  options: {
    headers?: Record<string, string>;
    enough: (events: StreamEvent[]) => boolean;
    timeoutMs?: number;
    opened?: () => Promise<void>;
  },
): Promise<{ contentType: string | null; events: StreamEvent[] }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 5_000);
  const events: StreamEvent[] = [];
  let contentType: string | null = null;
  try {
    const response = await fetch(url, { headers: options.headers ?? {}, signal: controller.signal });
    contentType = response.headers.get('content-type');
    if (!response.body) return { contentType, events };
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let opened = options.opened?.();
    while (!options.enough(events)) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = new Map<string, string>();
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
        }
        if (fields.has('data'))
          events.push({
            id: fields.get('id') ?? '',
            event: fields.get('event') ?? 'message',
            data: fields.get('data') ?? '',
          });
      }
      if (opened) {
        await opened;
        opened = undefined;
      }
    }
    await opened;
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return { contentType, events };
}

/**
 * Read the change feed after `after` until `done` holds for what came (or `timeoutMs` passes), following
 * nextCursor; returns what came and the cursor to read on from.
 */
export async function readFeedAfter(
  app: FastifyInstance,
  after: string,
  query: string,
  done: (changes: FeedChange[]) => boolean,
  // Generous: a writing transaction anywhere on the server (another test file's, or one a crash test left
  // behind until PostgreSQL notices) holds the feed back until it ends.
  timeoutMs = 30_000,
): Promise<{ changes: FeedChange[]; cursor: string }> {
  const changes: FeedChange[] = [];
  let cursor = after;
  const deadline = Date.now() + timeoutMs;
  while (!done(changes) && Date.now() < deadline) {
    const page = await get<{ items: FeedChange[]; nextCursor: string }>(
      app,
      `/v1/changes?after=${cursor}&wait=1${query ? `&${query}` : ''}`,
    );
    changes.push(...page.items);
    cursor = page.nextCursor;
  }
  return { changes, cursor };
}

/**
 * A feed cursor's position, (transaction id, row id, item), for comparing cursors. The item is 0 for a change with
 * a row of its own, and counts from 1 through a row of several (a batch's actuals of one company).
 */
export function feedPosition(cursor: string): [bigint, bigint, bigint] {
  const [txid = '0', id = '0', n = '0'] = cursor.split('.');
  return [BigInt(txid), BigInt(id), BigInt(n)];
}

/** Whether feed cursor `a` comes strictly before `b`. */
export function feedCursorBefore(a: string, b: string): boolean {
  const [ta, ia, na] = feedPosition(a);
  const [tb, ib, nb] = feedPosition(b);
  return ta < tb || (ta === tb && (ia < ib || (ia === ib && na < nb)));
}
