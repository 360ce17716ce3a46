// One LISTEN connection per instance, beside the pool. PostgreSQL delivers a write's NOTIFY to every instance
// when the write commits, so waiting readers (long polls, event streams) and response caches on every
// instance learn of a change at once. No instance relies on another's memory: a notification only says
// "look again", and which companies' answers to look at again.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

/** The channel every instance listens on; a write's notification is delivered at its commit. */
export const CHANGES_CHANNEL = 'saydo_changes';

/**
 * What a change can have touched: the answers about some companies (and with them every answer that spans
 * companies), or everything, when the writer cannot say (a lost connection, an API key revoked from the CLI).
 */
export type ChangeScope = { everything: true } | { everything: false; companies: readonly string[] };

export const EVERYTHING: ChangeScope = { everything: true };

/** NOTIFY payloads are limited to 8,000 bytes: a change to more companies than fit says "everything". */
const MAX_PAYLOAD = 7_900;

/** The NOTIFY payload for a scope: '' for everything, else the companies as a JSON array. */
export function encodeChangeScope(scope: ChangeScope): string {
  if (scope.everything) return '';
  const payload = JSON.stringify(scope.companies);
  return Buffer.byteLength(payload) > MAX_PAYLOAD ? '' : payload;
}

/** The scope a payload names; anything but a JSON array of strings (old writers send '') is everything. */
export function decodeChangeScope(payload: string | undefined): ChangeScope {
  if (!payload) return EVERYTHING;
  try {
    const parsed: unknown = JSON.parse(payload);
    if (Array.isArray(parsed) && parsed.every((c): c is string => typeof c === 'string'))
      return { everything: false, companies: parsed };
  } catch {
    // Not ours to understand: assume the worst.
  }
  return EVERYTHING;
}

export interface ChangeListener {
  /** True while the LISTEN connection is up: only then may a cache trust that silence means no change. */
  readonly listening: boolean;
  /**
   * Called on every notification with what it may have changed, and whenever the connection is lost or regained
   * (then with EVERYTHING: anything may have changed unheard).
   */
  onChange(listener: (scope: ChangeScope) => void): () => void;
  /** Resolves at the next change, or after `ms`, or when the signal aborts; true if a change came. */
  waitForChange(ms: number, signal?: AbortSignal): Promise<boolean>;
  close(): Promise<void>;
}

export async function listenForChanges(
  url: string,
  log: (message: string) => void = () => undefined,
): Promise<ChangeListener> {
  const events = new EventEmitter();
  events.setMaxListeners(0);
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;

  const changed = (scope: ChangeScope) => events.emit('change', scope);
  const heard = (message: pg.Notification) => changed(decodeChangeScope(message.payload));

  async function connectLoop(): Promise<void> {
    for (let delay = 100; !closed; delay = Math.min(delay * 2, 5_000)) {
      const next = new pg.Client({ connectionString: url });
      try {
        await next.connect();
        next.on('notification', heard);
        next.on('error', () => undefined);
        next.on('end', () => {
          listening = false;
          changed(EVERYTHING);
          if (!closed) void connectLoop();
        });
        await next.query(`listen ${CHANGES_CHANNEL}`);
        client = next;
        listening = true;
        // Changes made while disconnected were not heard: treat the reconnect itself as a change to everything.
        changed(EVERYTHING);
        return;
      } catch (error) {
        log(`change listener: cannot listen (${String(error)}); retrying in ${delay} ms`);
        await next.end().catch(() => undefined);
        await sleep(delay);
      }
    }
  }

  await connectLoop();

  return {
    get listening() {
      return listening;
    },
    onChange(listener) {
      events.on('change', listener);
      return () => events.off('change', listener);
    },
    waitForChange(ms, signal) {
      return new Promise((resolve) => {
        const done = (result: boolean) => {
          clearTimeout(timer);
          events.off('change', onChange);
          signal?.removeEventListener('abort', onAbort);
          resolve(result);
        };
        const onChange = () => done(true);
        const onAbort = () => done(false);
        const timer = setTimeout(() => done(false), ms);
        events.on('change', onChange);
        signal?.addEventListener('abort', onAbort);
      });
    },
    async close() {
      closed = true;
      listening = false;
      await client?.end().catch(() => undefined);
    },
  };
}
