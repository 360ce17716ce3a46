// Bearer API keys with scopes. Writes need 'write' (or a route's own scope); reads are open unless
// `readsRequireKey` closes them. A present but invalid key is always refused.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Executor } from '../../db/client.js';
import { type Caller, type Scope, scopeAllows, verifyApiKey } from '../../service/keys.js';
import { sendProblem } from '../problems.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The scope a route needs; default 'write' for writes, and for reads 'read' only when reads are closed. */
    scope?: Scope;
    /** A POST that writes nothing (parsing): treated as a read. */
    readOnly?: boolean;
  }
  interface FastifyRequest {
    caller: Caller | null;
  }
}

export interface AuthOptions {
  db: Executor;
  readsRequireKey: boolean;
}

function neededScope(request: FastifyRequest, readsRequireKey: boolean): Scope | null {
  const declared = request.routeOptions.config.scope;
  if (declared) return declared;
  if (!request.url.startsWith('/v1/')) return null;
  const read = request.method === 'GET' || request.method === 'HEAD' || request.routeOptions.config.readOnly === true;
  return read ? (readsRequireKey ? 'read' : null) : 'write';
}

function unauthorized(reply: FastifyReply, detail: string) {
  return sendProblem(reply.header('www-authenticate', 'Bearer realm="saydo"'), {
    type: 'https://saydo.dev/problems/unauthorized',
    title: 'Unauthorized',
    status: 401,
    detail,
  });
}

async function authPlugin(app: FastifyInstance, options: AuthOptions): Promise<void> {
  app.decorateRequest('caller', null);
  app.addHook('onRequest', async (request, reply) => {
    const needed = neededScope(request, options.readsRequireKey);
    const header = request.headers.authorization;
    if (header === undefined) {
      if (needed) return unauthorized(reply, `This operation needs an API key with the '${needed}' scope: send Authorization: Bearer <key>.`);
      return;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const caller = match?.[1] ? await verifyApiKey(options.db, match[1]) : null;
    if (!caller) return unauthorized(reply, 'The API key is malformed, unknown or revoked.');
    request.caller = caller;
    if (needed && !scopeAllows(caller.scope, needed)) {
      return sendProblem(reply, {
        type: 'https://saydo.dev/problems/forbidden',
        title: 'Forbidden',
        status: 403,
        detail: `This operation needs the '${needed}' scope; the key '${caller.name}' has '${caller.scope}'.`,
      });
    }
  });
}

export const auth = fp(authPlugin, { name: 'saydo-auth' });
