// The OpenAPI document is generated from the routes' zod schemas: the spec cannot drift from the code.
import { readFileSync } from 'node:fs';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { type RouteAccess, requiredScope } from './plugins/auth.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  description: string;
};

const SCHEME = 'apiKey';

/**
 * Who may call an operation, by the same rule the auth plugin applies: public routes need no key, reads take one
 * (they need it only where READS_REQUIRE_KEY closes them), everything else needs one.
 */
function securityOf(route: RouteOptions): Record<string, string[]>[] {
  const config = (route.config ?? {}) as RouteAccess;
  const methods = [route.method].flat();
  const needs = (readsRequireKey: boolean) => methods.some((m) => requiredScope(config, m, readsRequireKey) !== null);
  if (!needs(true)) return [];
  return needs(false) ? [{ [SCHEME]: [] }] : [{}, { [SCHEME]: [] }];
}

/** The zod transform drops a response's documented headers (see schemas/responses.ts `success`): put them back. */
function withResponseHeaders(declared: unknown, transformed: unknown): unknown {
  if (declared === null || typeof declared !== 'object' || transformed === null || typeof transformed !== 'object') {
    return transformed;
  }
  const out: Record<string, unknown> = { ...(transformed as Record<string, unknown>) };
  for (const [code, response] of Object.entries(declared as Record<string, unknown>)) {
    const headers = (response as { headers?: unknown } | null)?.headers;
    const target = out[code];
    if (headers && target !== null && typeof target === 'object') out[code] = { ...target, headers };
  }
  return out;
}

/** Keep only the components that the paths reach, directly or through other components. */
function pruneUnusedComponents(document: Record<string, unknown>): Record<string, unknown> {
  const components = (document.components ?? {}) as { schemas?: Record<string, unknown> };
  const schemas = components.schemas ?? {};
  const reached = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
          const name = value.slice('#/components/schemas/'.length);
          if (!reached.has(name)) {
            reached.add(name);
            visit(schemas[name]);
          }
        } else visit(value);
      }
    }
  };
  visit(document.paths);
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => reached.has(name)));
  return { ...document, components: { ...components, schemas: kept } };
}

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'saydo',
        version: pkg.version,
        description: pkg.description,
        license: { name: 'UNLICENSED', identifier: 'UNLICENSED' },
      },
      // Relative: the API is wherever the document was served from (npm start, a container, a proxy).
      servers: [{ url: '/' }],
      tags: [
        { name: 'companies', description: 'Companies and their fiscal calendars.' },
        { name: 'metrics', description: 'What companies report.' },
        { name: 'statements', description: 'Guidance statements, their revisions and evaluations.' },
        { name: 'actuals', description: 'Reported figures: append-only, with restatements and retractions.' },
        { name: 'scorecards', description: 'Credibility as of a knowledge time.' },
        { name: 'changes', description: 'The change feed: everything that happened after a cursor.' },
        { name: 'audit', description: 'Who wrote what, when.' },
        { name: 'keys', description: 'API keys, managed by admins: create, list, revoke.' },
        {
          name: 'webhooks',
          description: 'Signed pushes of the change feed (Standard Webhooks) to endpoints admins register.',
        },
        { name: 'health', description: 'Liveness and readiness.' },
      ],
      components: {
        securitySchemes: {
          [SCHEME]: {
            type: 'http',
            scheme: 'bearer',
            description: "An API key from `npm run keys -- create`, sent as 'Authorization: Bearer saydo_…'.",
          },
        },
      },
    },
    transform: (input) => {
      const { schema, url } = jsonSchemaTransform(input);
      return {
        schema: {
          ...schema,
          response: withResponseHeaders(input.schema.response, schema.response),
          security: securityOf(input.route),
        },
        url,
      };
    },
    transformObject: (input) => pruneUnusedComponents(jsonSchemaTransformObject(input) as Record<string, unknown>),
  });
  // The docs are public: declared on each route swagger-ui registers (page, assets), in a context of their own.
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, scope: 'public' };
    });
    await docs.register(swaggerUi, { routePrefix: '/docs' });
  });
  app.get('/openapi.json', { schema: { hide: true }, config: { scope: 'public' } }, async () => app.swagger());
}
