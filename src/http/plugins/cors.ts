// Cross-origin reads and writes from browsers, for the origins the deployment names (CORS_ORIGINS) and no
// other. Keys travel as bearer tokens, never cookies, so no credentials mode is needed. Registered before auth:
// a preflight carries no Authorization header and must be answered before a key is asked for.
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export interface CorsOptions {
  /** Origins allowed (scheme://host[:port]); '*' allows any; empty allows none. */
  origins: string[];
}

/** What a browser script may read besides the CORS-safelisted headers: revalidation, paging, limits, retries. */
const EXPOSED = ['etag', 'location', 'retry-after', 'x-cache', 'idempotent-replayed', 'www-authenticate'];
const EXPOSED_RATE = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'];
/** What a browser script may send: the key, JSON, conditional and idempotent writes, resuming an event stream. */
const ALLOWED = ['authorization', 'content-type', 'if-none-match', 'if-match', 'idempotency-key', 'last-event-id'];

async function corsPlugin(app: FastifyInstance, { origins }: CorsOptions): Promise<void> {
  await app.register(cors, {
    origin: origins.length === 0 ? false : origins.includes('*') ? '*' : origins,
    methods: ['GET', 'HEAD', 'POST', 'PATCH'],
    allowedHeaders: ALLOWED,
    exposedHeaders: [...EXPOSED, ...EXPOSED_RATE],
    credentials: false,
    maxAge: 600,
    strictPreflight: true,
  });
}

export const corsOrigins = fp(corsPlugin, { name: 'saydo-cors' });
