import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ChangeListener } from '../../db/notifications.js';
import { decodeFeedCursor, encodeFeedCursor, type ChangeRow } from '../../service/changes.js';
import type { Change } from '../../schemas/changes.js';
import { ChangePage, ChangeQuery } from '../../schemas/changes.js';
import { ConditionalHeaders, read, readErrors } from '../../schemas/responses.js';
import type { RouteDeps } from '../write.js';

function presentChange(row: ChangeRow): z.output<typeof Change> {
  return {
    cursor: encodeFeedCursor(row),
    kind: row.kind,
    at: row.at.toISOString(),
    companyId: row.companyId,
    resourceId: row.resourceId,
    data: row.data as Record<string, unknown>,
  };
}

/** Without a listener, waiting falls back to looking again at this pace. */
const POLL_MS = 500;
/** Even with a listener, look again this often: a change may be committed but not yet readable (see changes.after). */
const RECHECK_MS = 1_000;

async function waitForChange(listener: ChangeListener | null, ms: number, signal: AbortSignal): Promise<void> {
  if (listener?.listening) await listener.waitForChange(Math.min(ms, RECHECK_MS), signal);
  else await new Promise((resolve) => setTimeout(resolve, Math.min(ms, POLL_MS)));
}

export const changeRoutes: FastifyPluginAsyncZod<RouteDeps & { listener: ChangeListener | null }> = async (
  app,
  { services, listener },
) => {
  // Long polls and event streams end when the app closes, before it waits for requests in flight: a shutdown
  // must not wait out a 60-second poll or an endless stream. Each client then reconnects to another instance.
  const waiting = new Set<AbortController>();
  function untilClientOrShutdown(raw: NodeJS.EventEmitter): AbortController {
    const controller = new AbortController();
    waiting.add(controller);
    raw.once('close', () => controller.abort());
    controller.signal.addEventListener('abort', () => waiting.delete(controller));
    return controller;
  }
  app.addHook('preClose', async () => {
    for (const controller of waiting) controller.abort();
  });

  app.get(
    '/changes',
    {
      schema: {
        operationId: 'listChanges',
        tags: ['changes'],
        summary: 'The change feed',
        description:
          'Everything that happened after a cursor, in order: new statements, actuals, revisions and retractions, and ' +
          'every change of evaluation status (including a deadline passing, with no write). The cursor never skips a ' +
          'committed change, even when transactions commit out of order. With wait, the call waits up to that many ' +
          'seconds for something to happen.',
        querystring: ChangeQuery,
        headers: ConditionalHeaders,
        response: { 200: read(ChangePage, 'The changes after the cursor, oldest first.'), ...readErrors() },
      },
    },
    async (request) => {
      const { after, companyId, limit, wait } = request.query;
      const position = decodeFeedCursor(after);
      const deadline = Date.now() + wait * 1_000;
      const controller = untilClientOrShutdown(request.raw);
      let rows = await services.changes.after(position, limit, companyId);
      while (rows.length === 0 && Date.now() < deadline && !controller.signal.aborted) {
        await waitForChange(listener, deadline - Date.now(), controller.signal);
        rows = await services.changes.after(position, limit, companyId);
      }
      const last = rows.at(-1);
      return { items: rows.map(presentChange), nextCursor: last ? encodeFeedCursor(last) : encodeFeedCursor(position) };
    },
  );

  app.get(
    '/changes/stream',
    {
      schema: {
        operationId: 'streamChanges',
        tags: ['changes'],
        summary: 'The change feed as Server-Sent Events',
        description:
          'The same feed as GET /v1/changes, pushed as text/event-stream: each event has the change kind as its event ' +
          'name, the cursor as its id and the change as JSON data. Reconnecting with Last-Event-ID resumes after it.',
        querystring: ChangeQuery.pick({ after: true, companyId: true }),
        headers: z.object({
          'last-event-id': z
            .string()
            .max(60)
            .optional()
            .meta({ description: 'The id of the last event received: resume after it.' }),
        }),
        response: {
          200: {
            description: 'An endless stream of change events.',
            content: { 'text/event-stream': { schema: z.string() } },
          },
          ...readErrors(),
        },
      },
    },
    async (request, reply) => {
      let position = decodeFeedCursor(request.headers['last-event-id'] ?? request.query.after);
      const { companyId } = request.query;
      const controller = untilClientOrShutdown(reply.raw);
      reply.hijack();
      const raw = reply.raw;
      // Hijacked, the reply's own headers (CORS, rate limits) are written here or not at all.
      const own = Object.entries(reply.getHeaders()).filter(
        (entry): entry is [string, string | number | string[]] => entry[1] !== undefined,
      );
      raw.writeHead(200, {
        ...Object.fromEntries(own),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      raw.write(': saydo change feed\n\n');
      const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
      try {
        while (!controller.signal.aborted) {
          const rows = await services.changes.after(position, 500, companyId);
          for (const row of rows) {
            const change = presentChange(row);
            raw.write(`id: ${change.cursor}\nevent: ${change.kind}\ndata: ${JSON.stringify(change)}\n\n`);
          }
          const last = rows.at(-1);
          if (last) position = { txid: last.txid, id: last.id, n: last.n };
          else await waitForChange(listener, 30_000, controller.signal);
        }
      } catch (err) {
        request.log.warn({ err }, 'change stream ended by an error');
      } finally {
        clearInterval(heartbeat);
        raw.end();
      }
    },
  );
};
