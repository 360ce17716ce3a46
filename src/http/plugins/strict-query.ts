// A query parameter the API does not know is refused, never ignored: `?segment=cloud` on a list that has no such
// filter would otherwise come back unfiltered, and read as filtered. Every route in the scope that registers this
// plugin gets a closed querystring (an empty one when it declares none), so a new route cannot forget it.
// The one exception is `_`, the cache-buster jQuery and others append (`?_=1718000000000`): it is dropped unread.
import type { FastifyInstance, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import type { FieldError } from '../../errors.js';

/** The querystring a route declared, closed: an unknown name fails validation with an `unrecognized_keys` issue. */
function closedQuery(route: RouteOptions): z.ZodObject {
  const declared: unknown = route.schema?.querystring;
  if (declared !== undefined && !(declared instanceof z.ZodObject)) {
    throw new Error(`${String(route.method)} ${route.url}: a querystring must be a z.object to be closed`);
  }
  const shape = declared?.shape ?? {};
  const known = Object.keys(shape);
  const detail = `is not a known parameter; known: ${known.length > 0 ? known.join(', ') : 'none'}`;
  return z.strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? detail : undefined) });
}

/** A route that can answer with a response schema must say it can answer 400, which this plugin sends. */
function assertDeclares400(route: RouteOptions): void {
  const responses = route.schema?.response;
  if (responses !== undefined && responses !== null && typeof responses === 'object' && !('400' in responses)) {
    throw new Error(`${String(route.method)} ${route.url}: declare a 400 response (unknown query parameters get one)`);
  }
}

async function strictQuery(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    assertDeclares400(route);
    route.schema = { ...route.schema, querystring: closedQuery(route) };
  });
  app.addHook('preValidation', async (request) => {
    // The cache-buster is dropped before validation: it is in no route's schema, nor in the OpenAPI document.
    const query = request.query as { _?: unknown } | null;
    if (query !== null && typeof query === 'object') delete query._;
  });
}

/**
 * The query misuses in a failed validation of a querystring: names the route does not know, and names given more
 * than once where one value is taken. Empty when every parameter is known and given once (its value may still be
 * invalid: that is a 422).
 */
export function queryMisuse(
  issues: readonly { keyword: string; instancePath: string; message?: string; params: Record<string, unknown> }[],
  query: unknown,
): FieldError[] {
  const raw = (query ?? {}) as Record<string, unknown>;
  const found = new Map<string, string>();
  for (const issue of issues) {
    if (issue.keyword === 'unrecognized_keys') {
      const keys = Array.isArray(issue.params.keys) ? issue.params.keys : [];
      for (const key of keys) found.set(String(key), issue.message ?? 'is not a known parameter');
      continue;
    }
    const parameter = issue.instancePath.replace(/^\//, '').split('/')[0] ?? '';
    const value = raw[parameter];
    if (Array.isArray(value) && !found.has(parameter)) {
      found.set(parameter, `is given ${value.length} times; it takes one value`);
    }
  }
  return [...found].map(([parameter, detail]) => ({ parameter, detail }));
}

export const strictQueries = fp(strictQuery, { name: 'saydo-strict-query' });
