// Scoring under concurrency: writers on two instances post actuals for one metric at the same moment, and every
// statement on the metric must still end up scored on all of them, as the last writer saw them. And with a pool
// of two connections, a storm of batch writes finishes: no write takes a second connection inside its transaction.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Actual } from '../../src/schemas/actuals.js';
import type { Statement, StatementInput } from '../../src/schemas/statements.js';
import { createApiKey } from '../../src/service/keys.js';
import { buildCheckedApp, useTestApp } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { CLOUD_MARGIN, actual, evaluationAsOf, post, seedCompanyLike } from '../support/fixtures.js';

const ctx = useTestApp({ rateLimitPerMinute: 1_000_000 });

let second: FastifyInstance;
beforeAll(async () => {
  second = await buildCheckedApp({ database: ctx.db, rateLimitPerMinute: 1_000_000 });
});
afterAll(async () => {
  await second?.close();
});

/** Twenty monthly periods, January 2024 to August 2025: a window long closed. */
const MONTHS = Array.from({ length: 20 }, (_, i) => {
  const month = new Date(Date.UTC(2024, i, 1));
  return month.toISOString().slice(0, 7);
});
/** Every month reports a 20% margin except two: one slump and one spike. */
const SLUMP = 7;
const SPIKE = 12;
const marginIn = (month: number) => (month === SLUMP ? '5' : month === SPIKE ? '55' : '20');

function guidance(
  companyId: string,
  quote: string,
  fields: Partial<z.input<typeof StatementInput>>,
): z.input<typeof StatementInput> {
  return {
    companyId,
    metric: CLOUD_MARGIN.key,
    statedOn: '2023-12-01',
    source: { kind: 'call', title: 'FY2024 investor day' },
    quote,
    commitment: 'expect',
    target: { op: 'gte', value: '10' },
    window: { start: '2024-01-01', end: '2025-08-31' },
    graceDays: 0,
    mode: 'all',
    ...fields,
  };
}

describe('actuals for one metric posted at the same moment through two instances', () => {
  it.each([1, 2, 3, 4])('leave every statement on the metric scored on all of them (round %i)', async (round) => {
    const companyId = `contended-${round}`;
    await seedCompanyLike(ctx.app, companyId, [CLOUD_MARGIN]);
    const statements = [
      // Met only once every month is seen; decided by the last month.
      await post<Statement>(
        ctx.app,
        '/v1/statements',
        guidance(companyId, 'margin stays positive every month', { mode: 'all', target: { op: 'gte', value: '1' } }),
      ),
      // Met by the spike alone; missed in any snapshot without it.
      await post<Statement>(
        ctx.app,
        '/v1/statements',
        guidance(companyId, 'margin reaches 50% in some month', { mode: 'any', target: { op: 'gte', value: '50' } }),
      ),
      // Broken by the slump alone; met in any snapshot without it.
      await post<Statement>(
        ctx.app,
        '/v1/statements',
        guidance(companyId, 'margin stays at 10% or more', { mode: 'all', target: { op: 'gte', value: '10' } }),
      ),
      // Decided by the last month.
      await post<Statement>(
        ctx.app,
        '/v1/statements',
        guidance(companyId, 'margin ends the window at 25% or more', {
          mode: 'final',
          target: { op: 'gte', value: '25' },
        }),
      ),
    ];

    const answers = await Promise.all(
      MONTHS.map((period, i) =>
        (i % 2 === 0 ? ctx.app : second).inject({
          method: 'POST',
          url: '/v1/actuals',
          headers: { authorization: `Bearer ${ctx.adminKey}` },
          payload: actual({ companyId, period, value: marginIn(i), publishedAt: '2025-09-15' }),
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(MONTHS.map(() => 201));
    const actualIn = answers.map((a) => a.json<Actual>().id);
    const last = actualIn[MONTHS.length - 1];

    // What the facts decide, with every month seen; a score from a snapshot missing any one month differs.
    const expected = [
      { status: 'met', decidingActualId: last },
      { status: 'met', decidingActualId: actualIn[SPIKE] },
      { status: 'missed', decidingActualId: actualIn[SLUMP] },
      { status: 'missed', decidingActualId: last },
    ];
    const scored = await Promise.all(statements.map((s) => evaluationAsOf(ctx.app, s.id)));
    expect(scored.map((e) => ({ status: e.status, decidingActualId: e.decidingActualId }))).toEqual(expected);
    for (const evaluation of scored)
      expect(evaluation.observations.map((o) => o.actualId).sort()).toEqual([...actualIn].sort());
  });
});

describe('an app whose pool holds two connections', () => {
  let tiny: TestDatabase;
  let app: FastifyInstance;
  let key = '';
  beforeAll(async () => {
    tiny = await createTestDatabase({ max: 2 });
    app = await buildCheckedApp({ database: tiny, rateLimitPerMinute: 1_000_000 });
    key = (await createApiKey(tiny.db, 'tiny', 'admin')).key;
    const seed = (url: string, payload: Record<string, unknown>) =>
      app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${key}` } });
    expect(
      (await seed('/v1/companies', { id: 'alibaba', name: 'Alibaba Group', currency: 'CNY', fiscalYearEndMonth: 3 }))
        .statusCode,
    ).toBe(201);
    expect((await seed('/v1/metrics', CLOUD_MARGIN)).statusCode).toBe(201);
    const teens = guidance('alibaba', 'teens', {
      target: { op: 'range', low: '13', high: '20', highInclusive: false },
      window: { period: 'FY2025Q1..FY2025Q2' },
    });
    expect((await seed('/v1/statements', teens)).statusCode).toBe(201);
  });
  let deadlocked = false;
  afterAll(async () => {
    await app?.close();
    // A deadlocked pool never closes: leave it, and drop its database from outside.
    if (deadlocked) await ctx.db.pool.query(`drop database if exists ${tiny.name} with (force)`);
    else await tiny?.destroy();
  });

  it('finishes 20 concurrent batch writes without deadlock or timeout', async () => {
    const batches = Array.from({ length: 20 }, (_, b) =>
      app.inject({
        method: 'POST',
        url: '/v1/actuals/batch',
        headers: { authorization: `Bearer ${key}`, ...(b % 2 === 0 ? { 'idempotency-key': `tiny-pool-${b}` } : {}) },
        payload: {
          // Every item a fact of its own: a value no other item gives, published at an instant of its own after
          // FY2025Q2 ends (2024-09-30), so none is a repeat and no two give one period different values at once.
          items: Array.from({ length: 50 }, (_, i) =>
            actual({
              period: i % 2 === 0 ? 'FY2025Q1' : 'FY2025Q2',
              value: `${13 + (i % 7)}.${String(b * 50 + i).padStart(4, '0')}`,
              publishedAt: new Date(Date.UTC(2024, 9, 1) + (b * 50 + i) * 60_000).toISOString(),
              note: `batch ${b} item ${i}`,
            }),
          ),
        },
      }),
    );
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        deadlocked = true;
        reject(
          new Error(
            '20 batch writes on a 2-connection pool did not finish in 20 s: a write waits for a second connection',
          ),
        );
      }, 20_000);
    });
    try {
      const answers = await Promise.race([Promise.all(batches), stalled]);
      expect(answers.map((a) => a.statusCode)).toEqual(batches.map(() => 201));
    } finally {
      clearTimeout(timer);
    }
    const rows = await tiny.pool.query<{ n: string }>('select count(*)::text as n from actuals');
    expect(Number(rows.rows[0]?.n)).toBe(20 * 50);
  }, 30_000);
});
