import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { sendProblem } from '../problems.js';
import { problemResponses } from '../../schemas/responses.js';

/**
 * Probes come every few seconds from every load balancer and orchestrator: they are never rate-limited (a
 * busy API must not look dead) and their requests are not logged at info (they would drown the log).
 */
const PROBE = { config: { scope: 'public', rateLimit: false }, logLevel: 'warn' } as const;

export const healthRoutes: FastifyPluginAsyncZod<{ pool: pg.Pool }> = async (app, { pool }) => {
  app.get(
    '/healthz',
    {
      ...PROBE,
      schema: {
        operationId: 'getHealth',
        tags: ['health'],
        summary: 'Liveness',
        description: 'The process is alive. Does not touch the database.',
        response: {
          200: z.object({ status: z.literal('ok') }).describe('The process is alive.'),
        },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      ...PROBE,
      schema: {
        operationId: 'getReadiness',
        tags: ['health'],
        summary: 'Readiness',
        description: 'The database answers a query.',
        response: {
          200: z.object({ status: z.literal('ready') }).describe('The database answers.'),
          ...problemResponses(503),
        },
      },
    },
    async (_request, reply) => {
      try {
        await pool.query('select 1');
        return { status: 'ready' as const };
      } catch {
        return sendProblem(reply, {
          type: 'https://saydo.dev/problems/not-ready',
          title: 'Not ready',
          status: 503,
          detail: 'The database does not answer.',
        });
      }
    },
  );
};
