// The HTTP side of a write: read the Idempotency-Key header and the caller, run the route's work as one unit of
// work (src/service/unit-of-work.ts), and answer with its status, Location and Idempotent-Replayed.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ChangeScope } from '../db/notifications.js';
import { InvalidInputError } from '../errors.js';
import type { Services } from '../service/index.js';
import type { UnitOfWork, WriteResult } from '../service/unit-of-work.js';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * `committed` runs after each write that changed something commits: this instance forgets the cached reads it
 * changed at once (read your writes), before its own NOTIFY echoes back.
 */
export function createWriteHandler(
  unitOfWork: UnitOfWork,
  committed: (changed: ChangeScope) => void = () => undefined,
) {
  return async function write<T>(
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
    const outcome = await unitOfWork.run(
      {
        caller: request.caller,
        idempotencyKey: key,
        method: request.method,
        path: request.url,
        operation: request.routeOptions.schema?.operationId ?? request.routeOptions.url ?? request.url,
        body: request.body,
      },
      work,
    );
    if (outcome.changed) committed(outcome.changed);
    if (outcome.location) reply.header('location', outcome.location);
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    return reply.code(outcome.status).send(outcome.body);
  };
}

export type WriteHandler = ReturnType<typeof createWriteHandler>;

/** What every resource's routes are given: the services for reads, and the handler through which every write goes. */
export interface RouteDeps {
  services: Services;
  write: WriteHandler;
}
