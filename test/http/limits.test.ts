// Limits that protect the service: a body over the configured size gets 413, and a client over its rate gets
// 429 with Retry-After. Both are problem+json and neither writes anything.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/service/keys.js';
import { buildCheckedApp, expectProblem, tableCounts, useTestApp } from '../support/app.js';
import { actual, seedAlibaba } from '../support/fixtures.js';

const ctx = useTestApp();

beforeAll(async () => {
  await seedAlibaba(ctx.app);
});

describe('an app built with bodyLimit: 1024', () => {
  let small: FastifyInstance;
  beforeAll(async () => {
    small = await buildCheckedApp({ database: ctx.db, bodyLimit: 1024 });
  });
  afterAll(async () => {
    await small.close();
  });

  const send = (url: string, payload: unknown) =>
    small.inject({
      method: 'POST',
      url,
      payload: JSON.stringify(payload),
      headers: { authorization: `Bearer ${ctx.adminKey}`, 'content-type': 'application/json' },
    });

  it('accepts an actual whose body fits', async () => {
    const body = actual({ note: 'fits' });
    expect(JSON.stringify(body).length).toBeLessThan(1024);
    const response = await send('/v1/actuals', body);
    expect(response.statusCode, response.body).toBe(201);
  });

  it.each([
    ['an actual with a 2 KB note', '/v1/actuals', actual({ note: 'x'.repeat(2048) })],
    ['a batch of 20 actuals', '/v1/actuals/batch', { items: Array.from({ length: 20 }, () => actual()) }],
  ])('refuses %s with a 413 problem and writes nothing', async (_what, url, payload) => {
    expect(JSON.stringify(payload).length).toBeGreaterThan(1024);
    const before = await tableCounts(ctx.db);
    const problem = expectProblem(await send(url, payload), 413);
    expect(problem.type).toMatch(/body-too-large$/);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });
});

describe('an app built with rateLimitPerMinute: 3', () => {
  let limited: FastifyInstance;
  let otherKey = '';
  beforeAll(async () => {
    limited = await buildCheckedApp({ database: ctx.db, rateLimitPerMinute: 3 });
    otherKey = (await createApiKey(ctx.db.db, 'second-pipeline', 'write')).key;
  });
  afterAll(async () => {
    await limited.close();
  });

  // Each write a fact of its own: a new value, published a minute after the last (one fact is stored once).
  let writes = 0;
  const write = (key: string, note: string) => {
    writes += 1;
    const fact = {
      value: `14.${String(writes).padStart(3, '0')}`,
      publishedAt: new Date(Date.UTC(2026, 7, 21) + writes * 60_000).toISOString(),
    };
    return limited.inject({
      method: 'POST',
      url: '/v1/actuals',
      payload: actual({ ...fact, note }),
      headers: { authorization: `Bearer ${key}` },
    });
  };

  it('serves three requests a minute to a key and refuses the fourth with a 429 problem and Retry-After, writing nothing', async () => {
    for (let i = 0; i < 3; i += 1) {
      const response = await write(ctx.adminKey, `within the rate (${i})`);
      expect(response.statusCode, response.body).toBe(201);
    }
    const before = await tableCounts(ctx.db);

    const refused = await write(ctx.adminKey, 'over the rate');

    const problem = expectProblem(refused, 429);
    expect(problem.type).toMatch(/rate-limited$/);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('counts each key on its own: another key still gets through', async () => {
    const response = await write(otherKey, 'from the second pipeline');
    expect(response.statusCode, response.body).toBe(201);
  });

  it('counts callers without a key by address', async () => {
    const read = () => limited.inject({ method: 'GET', url: '/v1/companies', remoteAddress: '203.0.113.7' });
    for (let i = 0; i < 3; i += 1) expect((await read()).statusCode).toBe(200);
    const refused = await read();
    expectProblem(refused, 429);
    expect(refused.headers['retry-after']).toBeDefined();
    const elsewhere = await limited.inject({ method: 'GET', url: '/v1/companies', remoteAddress: '203.0.113.8' });
    expect(elsewhere.statusCode).toBe(200);
  });
});
