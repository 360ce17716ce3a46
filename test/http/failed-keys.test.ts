// Guessing keys is throttled: failed keys count against the caller's address, and past the limit the address
// gets 429 without a database lookup per guess. A key of the wrong shape never reaches the database at all.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFailedKeyLimiter } from '../../src/http/failed-keys.js';
import { createApiKey } from '../../src/service/keys.js';
import { expectProblem, useTestApp } from '../support/app.js';
import { watchPool } from '../support/fixtures.js';

const LIMIT = 5;
const ctx = useTestApp({ failedKeysPerMinute: LIMIT, rateLimitPerMinute: 1_000_000, sweepIntervalMs: 0 });

const unknownKey = () => `saydo_${'z'.repeat(12)}_${randomBytes(32).toString('base64url')}`;

async function read(address: string, key: string) {
  return ctx.anonymous.inject({
    method: 'GET',
    url: '/v1/companies',
    remoteAddress: address,
    headers: { authorization: `Bearer ${key}` },
  });
}

describe('a key of the wrong shape', () => {
  it.each([
    ['too short', `saydo_${'a'.repeat(12)}_${'b'.repeat(42)}`],
    ['too long', `saydo_${'a'.repeat(12)}_${'b'.repeat(44)}`],
    ['with an upper-case prefix', `saydo_${'A'.repeat(12)}_${'b'.repeat(43)}`],
    ['with another product name', `sayno_${'a'.repeat(12)}_${'b'.repeat(43)}`],
    ['that is no key at all', 'not-a-saydo-key'],
  ])('(%s) is refused with 401 and never reaches the database', async (_, key) => {
    const watch = watchPool(ctx.db.pool);
    try {
      expectProblem(await read('198.51.100.1', key), 401);
      expect(watch.acquired).toBe(0);
      expect(watch.queries).toEqual([]);
    } finally {
      watch.stop();
    }
  });
});

describe('a flood of failed keys from one address', () => {
  it('is answered with 429 and Retry-After past the limit, and the lookups stop', async () => {
    const address = '203.0.113.7';
    const watch = watchPool(ctx.db.pool);
    try {
      for (let i = 0; i < LIMIT; i += 1) expectProblem(await read(address, unknownKey()), 401);
      const lookups = watch.queries.length;
      expect(lookups).toBeGreaterThanOrEqual(LIMIT);
      for (let i = 0; i < 3 * LIMIT; i += 1) {
        const response = await read(address, unknownKey());
        const problem = expectProblem(response, 429);
        expect(problem.type).toMatch(/rate-limited$/);
        const retryAfter = Number(response.headers['retry-after']);
        expect(retryAfter).toBeGreaterThan(0);
        expect(retryAfter).toBeLessThanOrEqual(60);
      }
      expect(watch.queries.length).toBe(lookups);
    } finally {
      watch.stop();
    }
  });

  it('counts malformed keys too, and keeps refusing a valid key it has not already verified', async () => {
    const address = '203.0.113.8';
    for (let i = 0; i < LIMIT; i += 1) expectProblem(await read(address, 'Bearer-garbage'), 401);
    expectProblem(await read(address, 'Bearer-garbage'), 429);
    const { key } = await createApiKey(ctx.db.db, 'late', 'read');
    expectProblem(await read(address, key), 429);
  });

  it('leaves other addresses, and a key the instance already verified, alone', async () => {
    const address = '203.0.113.9';
    const { key } = await createApiKey(ctx.db.db, 'dashboard', 'read');
    expect((await read(address, key)).statusCode).toBe(200);
    for (let i = 0; i <= LIMIT; i += 1) await read(address, unknownKey());
    expectProblem(await read(address, unknownKey()), 429);
    expect((await read(address, key)).statusCode).toBe(200);
    expectProblem(await read('203.0.113.10', unknownKey()), 401);
  });

  it('does not count requests that carry no key', async () => {
    const address = '203.0.113.11';
    for (let i = 0; i < 3 * LIMIT; i += 1) {
      const response = await ctx.anonymous.inject({ method: 'POST', url: '/v1/companies', remoteAddress: address });
      expectProblem(response, 401);
    }
    expectProblem(await read(address, unknownKey()), 401);
  });
});

describe('the failed-key limiter', () => {
  it('lets an address try again once its window has passed', () => {
    const limiter = createFailedKeyLimiter({ max: 2, windowMs: 60_000 });
    limiter.recordFailure('a', 0);
    expect(limiter.retryAfterMs('a', 1_000)).toBe(0);
    limiter.recordFailure('a', 1_000);
    expect(limiter.retryAfterMs('a', 1_000)).toBe(59_000);
    expect(limiter.retryAfterMs('a', 59_999)).toBe(1);
    expect(limiter.retryAfterMs('a', 60_000)).toBe(0);
    limiter.recordFailure('a', 60_000);
    expect(limiter.retryAfterMs('a', 60_000)).toBe(0);
  });

  it('tracks no more addresses than its capacity, however many fail', () => {
    const limiter = createFailedKeyLimiter({ max: 2, windowMs: 60_000, capacity: 100 });
    for (let i = 0; i < 1_000; i += 1) limiter.recordFailure(`10.0.${i >> 8}.${i & 255}`, i);
    expect(limiter.size).toBeLessThanOrEqual(100);
    limiter.recordFailure('newest', 1_000);
    limiter.recordFailure('newest', 1_000);
    expect(limiter.retryAfterMs('newest', 1_000)).toBeGreaterThan(0);
  });
});
