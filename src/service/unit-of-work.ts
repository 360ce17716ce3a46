// Every write runs here: one transaction for the change, its re-scoring, its audit entry and its idempotency
// record. Retries with the same Idempotency-Key replay the first response (Stripe's design, and the IETF
// httpapi idempotency-key draft): same key + same request -> replay; different request -> 422; still in
// flight -> 409.
import pLimit from 'p-limit';
import { createHash } from 'node:crypto';
import type { Database } from '../db/client.js';
import { EVERYTHING, type ChangeScope } from '../db/notifications.js';
import { BusyError, InFlightError, InvalidInputError } from '../errors.js';
import { isLockTimeout } from '../store/errors.js';
import { canonicalJson } from '../lib/canonical-json.js';
import type { Clock } from '../lib/clock.js';
import { createStores } from '../store/index.js';
import { createServices, type Services } from './index.js';
import { unobserved, type WorkObserver } from './observer.js';

/** What a write answers, and what the audit trail keeps of it. */
export interface WriteResult<T> {
  status: number;
  body: T;
  location?: string;
  resourceType: string;
  resourceIds: string[];
  /** The write turned out to change nothing (an empty patch): nothing to audit. */
  unchanged?: boolean;
  /** What the audit trail keeps of the change, when not the whole response body (a large batch). */
  audited?: unknown;
  /**
   * The companies whose answers the write changed, beyond those its change-feed rows name (a company or metric
   * edit writes none). A write that names none, and wrote no feed row, changed everything as far as caches know.
   */
  companyIds?: string[];
  /** What a retry with the same Idempotency-Key is answered, when not the body (a secret shown only once). */
  replayed?: T;
}

/** Who asks for a write, and what: the request as the audit trail and the idempotency record know it. */
export interface WriteRequest {
  caller: { keyId: string; name: string } | null;
  /** The client's Idempotency-Key, if it sent one (kept per API key: a caller without a key has none). */
  idempotencyKey: string | undefined;
  method: string;
  path: string;
  operation: string;
  body: unknown;
}

/** The answer to send: the write's own, or the first one's when this is a replay. */
export interface WriteOutcome {
  replayed: boolean;
  status: number;
  body: unknown;
  location: string | null;
  /** What the write changed, for this instance's own cache (every other one hears it at commit); null: nothing. */
  changed: ChangeScope | null;
}

/** How long a response is kept for replay: at least the 24 hours clients are promised. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60_000;

export class IdempotencyKeyReusedError extends InvalidInputError {}

function fingerprint(write: WriteRequest): string {
  return createHash('sha256')
    .update(`${write.method} ${write.path}\n${canonicalJson(write.body)}`)
    .digest('base64url');
}

/** A lock wait past lock_timeout (see src/db/client.ts) means the rows are busy, not that the request is wrong. */
async function busyOnLockTimeout<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isLockTimeout(error)) {
      throw new BusyError('The data this request needs is locked by other writes; retry shortly.', { cause: error });
    }
    throw error;
  }
}

/** What a write changed: the companies of its feed rows and those it names; nothing if it changed nothing. */
async function changedBy(
  stores: ReturnType<typeof createStores>,
  result: WriteResult<unknown>,
): Promise<ChangeScope | null> {
  const fed = await stores.changes.companiesFedByThisTransaction();
  const companies = [...new Set([...fed, ...(result.companyIds ?? [])])];
  if (companies.length > 0) return { everything: false, companies };
  return result.unchanged ? null : EVERYTHING;
}

/**
 * How many requests' writes may hold a pooled connection at once: all but a few of the pool's connections, so that
 * reads (a poll whose cached answer a write just changed) never queue behind a backlog of writes for one. A write
 * past the limit waits its turn in this process, in arrival order, before taking a connection.
 */
export function writeSlotsOf(poolSize: number): number {
  return Math.max(1, poolSize - Math.min(3, Math.floor(poolSize / 3)));
}

export function createUnitOfWork(
  db: Database,
  clock: Clock,
  observer: WorkObserver = unobserved,
  /** At most this many writes at once (see writeSlotsOf); unbounded if not given. */
  maxConcurrentWrites = Number.POSITIVE_INFINITY,
) {
  // p-limit queues the writes past the limit first come, first served.
  const inTurn = pLimit(maxConcurrentWrites);

  async function runNow<T>(
    write: WriteRequest,
    work: (services: Services) => Promise<WriteResult<T>>,
  ): Promise<WriteOutcome> {
    const { caller } = write;
    const scopedKey =
      write.idempotencyKey !== undefined && caller ? { apiKeyId: caller.keyId, key: write.idempotencyKey } : null;
    const print = scopedKey ? fingerprint(write) : '';

    return busyOnLockTimeout(() =>
      db.transaction(async (tx) => {
        const stores = createStores(tx);
        const { writes } = stores;
        if (scopedKey) {
          if (!(await writes.tryLockIdempotencyKey(scopedKey.apiKeyId, scopedKey.key))) {
            throw new InFlightError(
              `A request with Idempotency-Key '${scopedKey.key}' is still in flight; retry after it completes.`,
            );
          }
          const previous = await writes.findIdempotent(scopedKey.apiKeyId, scopedKey.key);
          if (previous) {
            if (previous.fingerprint !== print) {
              throw new IdempotencyKeyReusedError(
                [{ parameter: 'Idempotency-Key', detail: 'was already used with a different request body' }],
                `Idempotency-Key '${scopedKey.key}' was first used for a different request; use a new key for a new request.`,
              );
            }
            return {
              replayed: true,
              status: previous.responseStatus,
              body: JSON.parse(previous.responseBody) as unknown,
              location: previous.location,
              changed: null,
            };
          }
        }
        const result = await work(createServices(stores, clock, observer));
        const now = clock.now();
        // Every write, not only those the change feed reports, tells every instance's response cache what it
        // changed: the companies of its feed rows and those it names, else (saying nothing) everything.
        const changed = await changedBy(stores, result);
        if (changed) await stores.changes.notify(changed);
        if (!result.unchanged)
          await writes.audit({
            apiKeyId: caller?.keyId ?? null,
            apiKeyName: caller?.name ?? null,
            method: write.method,
            path: write.path,
            operation: write.operation,
            status: result.status,
            resourceType: result.resourceType,
            resourceIds: result.resourceIds,
            changes: result.audited ?? result.body,
            at: now,
          });
        if (scopedKey) {
          await writes.saveIdempotent({
            ...scopedKey,
            fingerprint: print,
            responseStatus: result.status,
            responseBody: JSON.stringify(result.replayed ?? result.body),
            location: result.location ?? null,
            createdAt: now,
          });
        }
        return {
          replayed: false,
          status: result.status,
          body: result.body,
          location: result.location ?? null,
          changed,
        };
      }),
    );
  }

  return {
    async run<T>(write: WriteRequest, work: (services: Services) => Promise<WriteResult<T>>): Promise<WriteOutcome> {
      return inTurn(() => runNow(write, work));
    },

    /** Forget the responses kept for replay longer than IDEMPOTENCY_RETENTION_MS; returns how many. */
    async pruneIdempotencyRecords(): Promise<number> {
      return createStores(db).writes.pruneIdempotent(new Date(clock.now().getTime() - IDEMPOTENCY_RETENTION_MS));
    },

    /** Forget webhook delivery attempts older than `retentionMs`, a bounded batch at a time; returns how many. */
    async pruneWebhookDeliveries(retentionMs: number): Promise<number> {
      return createStores(db).webhooks.pruneDeliveries(new Date(clock.now().getTime() - retentionMs));
    },

    /** Work outside any request (a job): its services share one transaction, with no audit entry. */
    async transaction<T>(work: (services: Services) => Promise<T>): Promise<T> {
      return busyOnLockTimeout(() =>
        db.transaction(async (tx) => {
          const stores = createStores(tx);
          const result = await work(createServices(stores, clock, observer));
          // A job changes answers only through what it tells the feed (the sweeper: a deadline passing).
          const companies = await stores.changes.companiesFedByThisTransaction();
          if (companies.length > 0) await stores.changes.notify({ everything: false, companies });
          return result;
        }),
      );
    },
  };
}

export type UnitOfWork = ReturnType<typeof createUnitOfWork>;
