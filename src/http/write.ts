// Every write runs here: one transaction for the change, its re-scoring, its audit entry and its idempotency
// record. Retries with the same Idempotency-Key replay the first response (Stripe's design, and the IETF
// httpapi idempotency-key draft): same key + same body -> replay; different body -> 422; still in flight -> 409.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/client.js';
import { InFlightError, InvalidInputError } from '../errors.js';
import { createWriteStore } from '../store/writes.js';
import { createChangeStore } from '../store/changes.js';
import { canonicalJson } from '../lib/canonical-json.js';
import type { Clock } from '../lib/clock.js';
import { createServices, type Services } from './services.js';

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
}

/** How long a response is kept for replay: at least the 24 hours clients are promised. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60_000;

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

function fingerprint(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${canonicalJson(request.body)}`)
    .digest('base64url');
}

export class IdempotencyKeyReusedError extends InvalidInputError {}

/** `committed` runs after each write commits: this instance forgets cached reads at once (read your writes). */
export function createWriteRunner(db: Database, clock: Clock, committed: () => void = () => undefined) {
  return async function runWrite<T>(
    request: FastifyRequest,
    reply: FastifyReply,
    work: (services: Services) => Promise<WriteResult<T>>,
  ): Promise<FastifyReply> {
    const header = request.headers['idempotency-key'];
    const key = typeof header === 'string' ? header : undefined;
    if (header !== undefined && (key === undefined || !KEY_PATTERN.test(key))) {
      throw new InvalidInputError([
        { parameter: 'Idempotency-Key', detail: 'must be 1 to 255 visible ASCII characters, sent once' },
      ]);
    }
    const caller = request.caller;
    const scopedKey = key !== undefined && caller ? { apiKeyId: caller.keyId, key } : null;
    const print = scopedKey ? fingerprint(request) : '';

    const outcome = await db.transaction(async (tx) => {
      const writes = createWriteStore(tx);
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
            replayed: true as const,
            status: previous.responseStatus,
            body: JSON.parse(previous.responseBody) as unknown,
            location: previous.location,
          };
        }
      }
      const result = await work(createServices(tx, clock));
      const now = clock.now();
      // Every write, not only those the change feed reports, invalidates every instance's response cache.
      await createChangeStore(tx).notify();
      if (!result.unchanged)
        await writes.audit({
          apiKeyId: caller?.keyId ?? null,
          apiKeyName: caller?.name ?? null,
          method: request.method,
          path: request.url,
          operation: request.routeOptions.schema?.operationId ?? request.routeOptions.url ?? request.url,
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
          responseBody: JSON.stringify(result.body),
          location: result.location ?? null,
          createdAt: now,
        });
      }
      return {
        replayed: false as const,
        status: result.status,
        body: result.body as unknown,
        location: result.location ?? null,
      };
    });

    if (!outcome.replayed) committed();
    if (outcome.location) reply.header('location', outcome.location);
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    return reply.code(outcome.status).send(outcome.body);
  };
}

export type WriteRunner = ReturnType<typeof createWriteRunner>;
