// Limits when scaled out: with REDIS_URL two instances share one count per caller; TRUST_PROXY decides whose
// address counts for callers without a key, in the general limit and in the failed-key limit alike.
import { connect as connectTcp } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustProxy } from '../../src/config.js';
import { createApiKey } from '../../src/service/keys.js';
import { buildCheckedApp, expectProblem, useTestApp } from '../support/app.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether a Redis answers PING at REDIS_URL within a second. */
function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connectTcp(Number(port || 6379), hostname, () => socket.write('PING\r\n'));
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.on('data', (chunk) => done(chunk.toString().startsWith('+PONG')));
    socket.on('error', () => done(false));
  });
}

const ctx = useTestApp();
const redisUp = await redisAnswers(REDIS_URL);

describe.skipIf(!redisUp)(`two instances with REDIS_URL (${REDIS_URL}; skipped when no Redis answers there)`, () => {
  let a: FastifyInstance;
  let b: FastifyInstance;
  beforeAll(async () => {
    a = await buildCheckedApp({ database: ctx.db, rateLimitPerMinute: 5, redisUrl: REDIS_URL });
    b = await buildCheckedApp({ database: ctx.db, rateLimitPerMinute: 5, redisUrl: REDIS_URL });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('count one caller once across both: 5 a minute in all, not 5 each', async () => {
    // A key of this run's own: its count in Redis starts at zero whatever earlier runs left there.
    const { key } = await createApiKey(ctx.db.db, `shared-${Date.now()}`, 'read');
    const get = (app: FastifyInstance) =>
      app.inject({ url: '/v1/companies', headers: { authorization: `Bearer ${key}` } });
    const statuses = [];
    for (const app of [a, b, a, b, a]) statuses.push((await get(app)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expectProblem(await get(b), 429);
    expectProblem(await get(a), 429);
  });
});

describe('two instances without REDIS_URL', () => {
  let a: FastifyInstance;
  let b: FastifyInstance;
  beforeAll(async () => {
    a = await buildCheckedApp({ database: ctx.db, rateLimitPerMinute: 3 });
    b = await buildCheckedApp({ database: ctx.db, rateLimitPerMinute: 3 });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('count each alone: 3 a minute on each', async () => {
    const { key } = await createApiKey(ctx.db.db, 'alone', 'read');
    const get = (app: FastifyInstance) =>
      app.inject({ url: '/v1/companies', headers: { authorization: `Bearer ${key}` } });
    for (let i = 0; i < 3; i++) expect((await get(a)).statusCode).toBe(200);
    expectProblem(await get(a), 429);
    expect((await get(b)).statusCode).toBe(200);
  });
});

describe('TRUST_PROXY', () => {
  const from = (app: FastifyInstance, forwardedFor: string, headers: Record<string, string> = {}) =>
    app.inject({
      url: '/v1/companies',
      remoteAddress: '10.0.0.2',
      headers: { 'x-forwarded-for': forwardedFor, ...headers },
    });

  it('reads true, false, unset and a list of proxies', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('10.0.0.0/8,127.0.0.1')).toBe('10.0.0.0/8,127.0.0.1');
  });

  describe('unset: the socket peer counts, whatever X-Forwarded-For claims', () => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await buildCheckedApp({ database: ctx.db, rateLimitPerMinute: 2, failedKeysPerMinute: 2 });
    });
    afterAll(async () => app?.close());

    it('limits the proxy address as one caller, however many clients it forwards', async () => {
      expect((await from(app, '203.0.113.1')).statusCode).toBe(200);
      expect((await from(app, '203.0.113.2')).statusCode).toBe(200);
      expectProblem(await from(app, '203.0.113.3'), 429);
    });
  });

  describe('trusting the proxy at 10.0.0.2', () => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await buildCheckedApp({
        database: ctx.db,
        rateLimitPerMinute: 2,
        failedKeysPerMinute: 2,
        trustProxy: '10.0.0.2',
      });
    });
    afterAll(async () => app?.close());

    it('limits each forwarded client on its own', async () => {
      for (const client of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
        expect((await from(app, client)).statusCode, client).toBe(200);
        expect((await from(app, client)).statusCode, client).toBe(200);
      }
      expectProblem(await from(app, '203.0.113.1'), 429);
    });

    it('counts failed keys per forwarded client, so one guesser does not lock out the rest', async () => {
      const wrong = { authorization: `Bearer saydo_${'z'.repeat(12)}_${'x'.repeat(43)}` };
      for (let i = 0; i < 2; i++) expectProblem(await from(app, '198.51.100.7', wrong), 401);
      expectProblem(await from(app, '198.51.100.7', wrong), 429);
      expectProblem(await from(app, '198.51.100.8', wrong), 401);
    });
  });
});
