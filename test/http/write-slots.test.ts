// Reads do not queue behind writes for a connection: writes hold at most some of the pool's connections at once
// (src/service/unit-of-work.ts, writeSlotsOf), so a poll whose cached answer a write has just changed is
// computed while a backlog of writes waits its turn.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type DatabaseHandle } from '../../src/db/client.js';
import { writeSlotsOf } from '../../src/service/unit-of-work.js';
import { buildCheckedApp, useTestApp } from '../support/app.js';
import { testClock } from '../support/clock.js';
import { actual, seedCompanyLike } from '../support/fixtures.js';

const clock = testClock('2025-06-01T12:00:00.000Z');
const ctx = useTestApp({ sweepIntervalMs: 0, clock });

const POOL = 4;
let small: DatabaseHandle;
let app: FastifyInstance;

beforeAll(async () => {
  await seedCompanyLike(ctx.app, 'slots-co');
  small = connect(ctx.db.url, { max: POOL });
  app = await buildCheckedApp({ database: small, sweepIntervalMs: 0, clock });
});

afterAll(async () => {
  await app?.close();
  await small?.close();
});

describe('writes leave connections to reads', () => {
  it('keeps at least one of the pool for reads, and leaves writes most of it', () => {
    expect(writeSlotsOf(1)).toBe(1);
    expect(writeSlotsOf(4)).toBe(3);
    expect(writeSlotsOf(10)).toBe(7);
    expect(writeSlotsOf(30)).toBe(27);
  });

  it('answers a read that needs the database while more writes than the pool has connections wait on a lock', async () => {
    // Another session holds the company's metrics as a rescoring writer does: every write on them waits.
    const blocker = new pg.Client({ connectionString: ctx.db.url });
    await blocker.connect();
    let writes: Promise<LightMyRequestResponse>[] = [];
    try {
      await blocker.query('begin');
      await blocker.query(`select id from metrics where company_id = 'slots-co' for no key update`);
      writes = Array.from({ length: 2 * POOL }, (_, i) =>
        app.inject({
          method: 'POST',
          url: '/v1/actuals',
          headers: { authorization: `Bearer ${ctx.adminKey}` },
          payload: actual({
            companyId: 'slots-co',
            period: 'FY2025Q1',
            value: String(10 + i),
            publishedAt: new Date(Date.UTC(2024, 7, 1) + i * 86_400_000).toISOString(),
          }),
        }),
      );
      // Let the writes take their connections and reach the lock.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const started = performance.now();
      const read = await app.inject({ method: 'GET', url: '/v1/companies/slots-co/scorecard' });
      expect(read.statusCode, read.body).toBe(200);
      // Well within the writes' lock_timeout (5 s): the read did not wait for a write to give up its connection.
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      await blocker.query('rollback').catch(() => undefined);
      await blocker.end();
    }
    const answered = await Promise.all(writes);
    // Each write waited for the lock, not past lock_timeout, and went through once it was released.
    expect(answered.map((r) => `${r.statusCode} ${r.statusCode >= 300 ? r.body : ''}`)).toEqual(
      answered.map(() => '201 '),
    );
  });
});
