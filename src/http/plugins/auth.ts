// Bearer API keys with scopes. Writes need 'write' (or a route's own scope); reads are open unless
// `readsRequireKey` closes them. A present but invalid key is always refused.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import fp from 'fastify-plugin';
import type { ChangeListener } from '../../db/notifications.js';
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
  /** Verified keys are remembered until any change is heard (a revocation NOTIFYs), so a poll costs no query. */
  listener: ChangeListener | null;
}

/** A verified key is trusted this long at most, even if a revocation's notification were missed. */
const KEY_CACHE_MS = 60_000;

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
  const verified = new Map<string, { caller: Caller; until: number }>();
  const forget = options.listener?.onChange(() => verified.clear());
  app.addHook('onClose', async () => forget?.());

  async function callerOf(key: string): Promise<Caller | null> {
    const hash = createHash('sha256').update(key).digest('base64url');
    const known = verified.get(hash);
    if (known && known.until > Date.now() && options.listener?.listening) return known.caller;
    const caller = await verifyApiKey(options.db, key);
    if (caller) {
      if (verified.size >= 10_000) verified.clear();
      verified.set(hash, { caller, until: Date.now() + KEY_CACHE_MS });
    }
    return caller;
  }

  app.decorateRequest('caller', null);
  app.addHook('onRequest', async (request, reply) => {
    const needed = neededScope(request, options.readsRequireKey);
    const header = request.headers.authorization;
    if (header === undefined) {
      if (needed)
        return unauthorized(
          reply,
          `This operation needs an API key with the '${needed}' scope: send Authorization: Bearer <key>.`,
        );
      return;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const caller = match?.[1] ? await callerOf(match[1]) : null;
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
