// Bearer API keys with scopes. Whether a request needs a key is decided from the route that matched, by its
// declared `scope`, never from the URL's text (which the router decodes and normalises differently). Routes
// that declare nothing, and requests no route matches, need 'write' for anything but GET/HEAD, and 'read' for
// those when `readsRequireKey` closes reads. A present but invalid key is always refused, and an address that
// presents too many is refused without a lookup for a while.
import type { FastifyContextConfig, FastifyInstance, FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import fp from 'fastify-plugin';
import type { ChangeListener } from '../../db/notifications.js';
import type { Scope } from '../../domain/model.js';
import { type Caller, isWellFormedApiKey, type KeyService, scopeAllows } from '../../service/keys.js';
import { createFailedKeyLimiter } from '../failed-keys.js';
import { problemBody, sendProblem } from '../problems.js';

/** Who may call a route: 'public' needs no key at all (health, readiness, the OpenAPI document, the docs). */
export type Access = 'public' | Scope;

export type RouteAccess = Pick<FastifyContextConfig, 'scope' | 'readOnly'>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; by default 'write' for writes, and for reads 'read' only when reads are closed. */
    scope?: Access;
    /** A POST that writes nothing (parsing): treated as a read. */
    readOnly?: boolean;
  }
  interface FastifyRequest {
    caller: Caller | null;
  }
}

export interface AuthOptions {
  keys: KeyService;
  readsRequireKey: boolean;
  /** Verified keys are remembered until any change is heard (a revocation NOTIFYs), so a poll costs no query. */
  listener: ChangeListener | null;
  /** Failed keys (malformed, unknown or revoked) an address may present a minute before it gets 429s. */
  failedKeysPerMinute: number;
}

/** A verified key is trusted this long at most, even if a revocation's notification were missed. */
const KEY_CACHE_MS = 60_000;

/** The scope a route (or, for an unmatched request, the default) needs for this method; null when none. */
export function requiredScope(route: RouteAccess, method: string, readsRequireKey: boolean): Scope | null {
  if (route.scope === 'public') return null;
  if (route.scope) return route.scope;
  const read = method === 'GET' || method === 'HEAD' || route.readOnly === true;
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
  const failures = createFailedKeyLimiter({ max: options.failedKeysPerMinute, windowMs: 60_000 });

  const hashOf = (key: string) => createHash('sha256').update(key).digest('base64url');

  function remembered(key: string): Caller | null {
    const known = verified.get(hashOf(key));
    return known && known.until > Date.now() && options.listener?.listening ? known.caller : null;
  }

  async function verify(key: string): Promise<Caller | null> {
    const caller = await options.keys.verify(key);
    if (caller) {
      if (verified.size >= 10_000) verified.clear();
      verified.set(hashOf(key), { caller, until: Date.now() + KEY_CACHE_MS });
    }
    return caller;
  }

  app.decorateRequest('caller', null);
  app.addHook('onRequest', async (request, reply) => {
    const needed = requiredScope(request.routeOptions.config, request.method, options.readsRequireKey);
    const header = request.headers.authorization;
    if (header === undefined) {
      if (needed)
        return unauthorized(
          reply,
          `This operation needs an API key with the '${needed}' scope: send Authorization: Bearer <key>.`,
        );
      return;
    }
    // A key of the wrong shape never reaches the database.
    const presented = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    const key = presented !== undefined && isWellFormedApiKey(presented) ? presented : null;
    let caller = key ? remembered(key) : null;
    if (!caller) {
      const wait = failures.retryAfterMs(request.ip, Date.now());
      if (wait > 0) {
        const seconds = Math.ceil(wait / 1000);
        return sendProblem(
          reply.header('retry-after', String(seconds)),
          problemBody(
            429,
            'rate-limited',
            'Too many requests',
            `Too many invalid API keys from this address; retry in ${seconds} s.`,
          ),
        );
      }
      caller = key ? await verify(key) : null;
      if (!caller) {
        failures.recordFailure(request.ip, Date.now());
        return unauthorized(reply, 'The API key is malformed, unknown or revoked.');
      }
    }
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
