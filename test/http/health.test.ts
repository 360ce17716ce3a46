import { describe, expect, it } from 'vitest';
import { expectProblem, useTestApp } from '../support/app.js';

describe('health', () => {
  const ctx = useTestApp();

  it('answers /healthz without the database and /readyz when the database answers', async () => {
    expect((await ctx.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await ctx.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' });
  });

  it('answers an unknown route with a 404 problem', async () => {
    expectProblem(await ctx.app.inject({ url: '/v1/nothing-here' }), 404);
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const spec = (await ctx.app.inject({ url: '/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toContain('/v1/statements/{statementId}/evaluation');
    expect((await ctx.app.inject({ url: '/docs' })).statusCode).toBeLessThan(400);
  });
});

describe('health under a rate limit', () => {
  const ctx = useTestApp({ rateLimitPerMinute: 2 });

  it('answers the probes however often they come, while the API is limited', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await ctx.anonymous.inject({ url: '/healthz' })).statusCode).toBe(200);
      expect((await ctx.anonymous.inject({ url: '/readyz' })).statusCode).toBe(200);
    }
    const answers = [];
    for (let i = 0; i < 3; i += 1) answers.push((await ctx.anonymous.inject({ url: '/v1/companies' })).statusCode);
    expect(answers).toEqual([200, 200, 429]);
  });
});
