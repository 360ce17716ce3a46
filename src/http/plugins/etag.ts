// Strong ETags for every successful GET, and If-None-Match -> 304. An ETag names the exact bytes of the
// representation, so If-Match on a write can compare against the same function.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { PreconditionFailedError, PreconditionRequiredError } from '../../errors.js';

export function etagOf(payload: string): string {
  return `"${createHash('sha256').update(payload).digest('base64url').slice(0, 32)}"`;
}

/** The ETag a GET would send for this body: encoded by its response schema, exactly as the serializer does. */
export function etagOfBody<S extends z.ZodType>(schema: S, body: z.output<S>): string {
  return etagOf(JSON.stringify(z.encode(schema, body)));
}

function matches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/**
 * Optimistic concurrency for a write: If-Match must name the current representation's ETag. `required`
 * makes a missing If-Match a 428, for updates that would otherwise overwrite someone else's change.
 */
export function checkIfMatch<S extends z.ZodType>(
  request: FastifyRequest,
  current: { schema: S; body: z.output<S> },
  required: boolean,
): void {
  const header = request.headers['if-match'];
  if (header === undefined) {
    if (required) throw new PreconditionRequiredError('This update needs If-Match with the ETag from a GET of the resource.');
    return;
  }
  if (!matches(header, etagOfBody(current.schema, current.body))) {
    throw new PreconditionFailedError('The resource changed since the ETag in If-Match was read; GET it again and retry.');
  }
}

async function etagPlugin(app: FastifyInstance): Promise<void> {
  app.addHook('onSend', async (request, reply, payload) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200 || typeof payload !== 'string') {
      return payload;
    }
    const etag = etagOf(payload);
    reply.header('etag', etag);
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch !== undefined && matches(ifNoneMatch, etag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}

export const etags = fp(etagPlugin, { name: 'saydo-etag' });
