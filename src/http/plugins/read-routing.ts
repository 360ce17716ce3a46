// Reads on a streaming replica, with read-your-writes (see src/db/replica.ts). Every successful write answers
// with `Saydo-Read-After: <LSN>`, the primary's WAL position after its commit; a read that sends it back is
// answered from the replica once the replica has replayed that far (waiting up to `waitMs`), else from the
// primary. Reads also wait for what this instance has heard of: after a change is heard, the replica serves
// only once it has replayed the primary's position at that moment, so a cached answer is never older than a
// change this instance has already heard of.
import type { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ChangeListener } from '../../db/notifications.js';
import type { ReplicaRouting } from '../../db/replica.js';
import { formatLsn, parseLsn } from '../../lib/lsn.js';

export const READ_AFTER_HEADER = 'saydo-read-after';

/** Where the current request's reads go; read by the services that route between primary and replica. */
export interface ReadTarget {
  replica: boolean;
}

export interface ReadRoutingOptions {
  routing: ReplicaRouting;
  listener: ChangeListener | null;
  /** How long a read waits for the replica to catch up before the primary answers it. */
  waitMs: number;
  target: AsyncLocalStorage<ReadTarget>;
}

async function readRoutingPlugin(app: FastifyInstance, options: ReadRoutingOptions): Promise<void> {
  const { routing, target } = options;
  /** The primary's position when the last change was heard; reads need the replica at least there. */
  let heard = 0n;
  /** Changes heard whose position is still being asked for: until then, reads go to the primary. */
  let asking = 0;
  /** A position could not be learned: the primary answers until one is. */
  let blind = options.listener === null;

  const unsubscribe = options.listener?.onChange(() => {
    asking += 1;
    routing
      .primaryLsn()
      .then((lsn) => {
        if (lsn > heard) heard = lsn;
        blind = false;
      })
      .catch(() => {
        blind = true;
      })
      .finally(() => {
        asking -= 1;
      });
  });
  app.addHook('onClose', async () => unsubscribe?.());

  // Every request starts on the primary; a GET may move to the replica below.
  app.addHook('onRequest', (_request, _reply, done) => {
    target.run({ replica: false }, done);
  });

  app.addHook('preHandler', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const store = target.getStore();
    if (!store || asking > 0 || blind) return;
    const header = request.headers[READ_AFTER_HEADER];
    const token = parseLsn(typeof header === 'string' ? header.trim() : undefined) ?? 0n;
    store.replica = await routing.replayed(token > heard ? token : heard, options.waitMs);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method === 'GET' || request.method === 'HEAD' || reply.statusCode >= 300) return payload;
    // The write has committed: the primary's position now is at or past its commit.
    try {
      reply.header(READ_AFTER_HEADER, formatLsn(await routing.primaryLsn()));
    } catch {
      // Without a token the client's next read may wait on what the instance heard, or reach the primary.
    }
    return payload;
  });
}

export const readRouting = fp(readRoutingPlugin, { name: 'saydo-read-routing' });
