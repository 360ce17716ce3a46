// Content negotiation for reads. Each route answers the media types its 200 response documents (JSON, and for
// lists, scorecards and the leaderboard also CSV); Accept picks one (by @fastify/accepts, q-values and wildcards
// as HTTP has them), no Accept means JSON, and an Accept that names none of them gets a 406 problem rather than
// JSON the client said it cannot read. Errors are problem+json whatever was asked.
import { addVary } from '../vary.js';
import accepts from '@fastify/accepts';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from '../problems.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The client asked for CSV, and the route can answer it. */
    wantsCsv: boolean;
  }
}

/** The media types a route's 200 response documents; empty when it documents none (no negotiation then). */
function producedTypes(response: unknown): string[] {
  if (response === null || typeof response !== 'object') return [];
  const ok = (response as Record<string, unknown>)['200'];
  if (ok === null || typeof ok !== 'object' || !('content' in ok)) return [];
  const content = (ok as { content?: unknown }).content;
  return content !== null && typeof content === 'object' ? Object.keys(content) : [];
}

async function representations(app: FastifyInstance): Promise<void> {
  await app.register(accepts);
  app.decorateRequest('wantsCsv', false);
  const produced = new Map<string, string[]>();
  app.addHook('onRoute', (route) => {
    if ([route.method].flat().includes('GET')) produced.set(route.url, producedTypes(route.schema?.response));
  });
  app.addHook('preValidation', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const types = produced.get(request.routeOptions.url ?? '') ?? [];
    if (types.length === 0) return;
    if (types.includes('text/csv')) addVary(reply, 'Accept');
    if (request.headers.accept === undefined) return;
    const chosen = request.accepts().type(types);
    if (chosen === false) {
      return sendProblem(reply, {
        type: 'https://saydo.dev/problems/not-acceptable',
        title: 'Not Acceptable',
        status: 406,
        detail: `This operation answers ${types.join(' or ')}; Accept: ${request.headers.accept} names none of them.`,
      });
    }
    request.wantsCsv = chosen === 'text/csv';
  });
}

export const contentNegotiation = fp(representations, { name: 'saydo-representations' });
