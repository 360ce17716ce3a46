// Cache-Control and Vary on every GET. Answers change with any write, so a cache may keep them only to revalidate
// with the ETag each time (no-cache; a 304 costs no query here). An answer that needed a key, or was given to a
// request that carried one, is the caller's own: `private`, so no shared cache (a CDN, a proxy) hands it to anyone
// else, and it varies with Authorization.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { addVary } from '../vary.js';
import { requiredScope } from './auth.js';

export interface CacheHeaderOptions {
  readsRequireKey: boolean;
}

async function cacheHeadersPlugin(app: FastifyInstance, options: CacheHeaderOptions): Promise<void> {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
    // A stream sets its own (no-cache); a refusal is not cached by anyone anyway.
    if (reply.hasHeader('cache-control') || reply.statusCode >= 400) return payload;
    const keyed =
      request.headers.authorization !== undefined ||
      requiredScope(request.routeOptions.config, request.method, options.readsRequireKey) !== null;
    reply.header('cache-control', keyed ? 'private, no-cache' : 'no-cache');
    if (keyed) addVary(reply, 'Authorization');
    return payload;
  });
}

export const cacheHeaders = fp(cacheHeadersPlugin, { name: 'saydo-cache-headers' });
