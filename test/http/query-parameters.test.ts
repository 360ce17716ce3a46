// A query parameter the API does not know is refused with a 400 that names it, never silently ignored: a list
// asked for `?sector=cloud` that came back unfiltered would read as filtered. Health and the docs stay tolerant,
// and `_`, the cache-buster, is taken everywhere and ignored.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { strictQueries } from '../../src/http/plugins/strict-query.js';
import type { Actual } from '../../src/schemas/actuals.js';
import type { Metric } from '../../src/schemas/metrics.js';
import type { Statement } from '../../src/schemas/statements.js';
import { expectProblem, tableCounts, useTestApp } from '../support/app.js';
import { ALIBABA, TEENS_STATEMENT, actual, get, post, seedAlibaba } from '../support/fixtures.js';
import { WRITE_ROUTES, newApiKey } from '../support/write-routes.js';

const ctx = useTestApp({ rateLimitPerMinute: 1_000_000 });

interface Parameter {
  name: string;
  in: string;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, unknown> }>;
}
const spec = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
};

const GETS = Object.entries(spec.paths)
  .filter(([path]) => path.startsWith('/v1/'))
  .flatMap(([path, operations]) => (operations.get ? [{ path, operation: operations.get }] : []));

/** A real resource for each path parameter, so the same URL without the unknown parameter is answered. */
const world: Record<string, string> = { companyId: 'alibaba' };

beforeAll(async () => {
  await seedAlibaba(ctx.app);
  world.metricId = (await get<{ items: Metric[] }>(ctx.app, '/v1/metrics?companyId=alibaba')).items[0]?.id ?? '';
  world.statementId = (await post<Statement>(ctx.app, '/v1/statements', TEENS_STATEMENT)).id;
  world.actualId = (await post<Actual>(ctx.app, '/v1/actuals', actual())).id;
  world.keyId = await newApiKey(ctx.app);
  world.webhookId = (await post<{ id: string }>(ctx.app, '/v1/webhooks', WRITE_ROUTES.createWebhookEndpoint.body())).id;
});

const urlOf = (path: string) => path.replace(/\{(\w+)\}/g, (_, name: string) => world[name] ?? `unknown-${name}`);

/** The names a 400 says the operation knows, from its detail 'is not a known parameter; known: a, b'. */
function knownIn(detail: string): string[] {
  const list = /; known: (.*)$/.exec(detail)?.[1] ?? '';
  return list === 'none' ? [] : list.split(', ').sort();
}

describe('an unknown query parameter', () => {
  it('walks every GET under /v1 in the OpenAPI document', () => {
    expect(GETS.length).toBeGreaterThanOrEqual(15);
  });

  it.each(GETS)('is a 400 naming it on GET $path, which lists the parameters it knows', async ({ path, operation }) => {
    const url = urlOf(path);
    const body = expectProblem(await ctx.app.inject({ url: `${url}?sector=cloud` }), 400);
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors ?? [];
    expect(error?.parameter).toBe('sector');
    expect(error?.detail).toMatch(/^is not a known parameter; known: /);
    const declared = (operation.parameters ?? [])
      .filter((p) => p.in === 'query')
      .map((p) => p.name)
      .sort();
    expect(knownIn(error?.detail ?? '')).toEqual(declared);

    // The same URL without it is answered: the 400 is the unknown parameter's doing. (The stream never ends.)
    if (operation.responses['200']?.content?.['application/json'] !== undefined) {
      expect((await ctx.app.inject({ url })).statusCode).toBe(200);
    }
  });

  it('names every unknown parameter of a statement list that has no such filters', async () => {
    const body = expectProblem(
      await ctx.app.inject({ url: '/v1/statements?companyId=alibaba&sector=cloud&analyst=&isin=US01609W1027' }),
      400,
    );
    expect(body.errors?.map((e) => e.parameter)).toEqual(['sector', 'analyst', 'isin']);
    expect(body.detail).toContain('sector, analyst, isin');
  });

  it('is a 400 on a route that takes no query at all', async () => {
    const body = expectProblem(await ctx.app.inject({ url: '/v1/companies/alibaba?foo=1' }), 400);
    expect(body.errors).toEqual([{ parameter: 'foo', detail: 'is not a known parameter; known: none' }]);
  });

  it('is a 400 on a write too, and nothing is written', async () => {
    const before = await tableCounts(ctx.db);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/v1/companies?dryRun=true',
      payload: { ...ALIBABA, id: 'dry-run-co', name: 'Dry run' },
    });
    expect(expectProblem(response, 400).errors?.map((e) => e.parameter)).toEqual(['dryRun']);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('is the 400, not a 422, when a known parameter is also invalid: only the unknown one is named', async () => {
    const body = expectProblem(await ctx.app.inject({ url: '/v1/statements?limit=0&sector=cloud' }), 400);
    expect(body.errors?.map((e) => e.parameter)).toEqual(['sector']);
  });
});

describe('a known query parameter', () => {
  it('with an invalid value is still a 422 naming it', async () => {
    const body = expectProblem(await ctx.app.inject({ url: '/v1/statements?status=bogus' }), 422);
    expect(body.errors?.map((e) => e.parameter)).toEqual(['status']);
  });

  it('given twice where it takes one value is a 400 saying so', async () => {
    const body = expectProblem(await ctx.app.inject({ url: '/v1/statements?status=met&status=missed' }), 400);
    expect(body.errors).toEqual([{ parameter: 'status', detail: 'is given 2 times; it takes one value' }]);
    const limit = expectProblem(await ctx.app.inject({ url: '/v1/actuals?limit=5&limit=5&limit=5' }), 400);
    expect(limit.errors).toEqual([{ parameter: 'limit', detail: 'is given 3 times; it takes one value' }]);
  });
});

describe('the cache-buster _', () => {
  it('is taken and ignored by every GET under /v1', async () => {
    for (const { path, operation } of GETS) {
      if (operation.responses['200']?.content?.['application/json'] === undefined) continue;
      const url = urlOf(path);
      const busted = await ctx.app.inject({ url: `${url}?_=1718000000000` });
      expect(busted.statusCode, `${path}: ${busted.body}`).toBe(200);
      expect(busted.json()).toEqual((await ctx.app.inject({ url })).json());
    }
  });

  it('leaves the filters beside it working', async () => {
    const filtered = await get<{ items: unknown[] }>(ctx.app, '/v1/statements?companyId=nobody&_=1');
    expect(filtered.items).toEqual([]);
  });
});

describe('health, readiness and the docs', () => {
  it('ignore query parameters they do not know', async () => {
    expect((await ctx.app.inject({ url: '/healthz?foo=1' })).statusCode).toBe(200);
    expect((await ctx.app.inject({ url: '/readyz?foo=1' })).statusCode).toBe(200);
    expect((await ctx.app.inject({ url: '/openapi.json?foo=1' })).statusCode).toBe(200);
    expect((await ctx.app.inject({ url: '/docs?foo=1' })).statusCode).toBeLessThan(400);
  });
});

describe('the strict-query plugin', () => {
  async function appWith(response: Record<number, z.ZodType>) {
    const app = Fastify().withTypeProvider<ZodTypeProvider>();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await app.register(strictQueries);
    app.get('/thing', { schema: { querystring: z.object({ a: z.string().optional() }), response } }, async () => ({
      ok: true,
    }));
    return app;
  }

  it('refuses to start a route that does not declare the 400 it would send', async () => {
    await expect(appWith({ 200: z.object({ ok: z.boolean() }) })).rejects.toThrow(/GET \/thing: declare a 400/);
  });

  it('closes the querystring a route declares', async () => {
    const app = await appWith({ 200: z.object({ ok: z.boolean() }), 400: z.unknown() });
    expect((await app.inject({ url: '/thing?a=1' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/thing?b=1' })).statusCode).toBe(400);
    await app.close();
  });
});
