// POST /v1/actuals/batch: up to 10,000 actuals, all or nothing. A bad item names itself by index and field and
// nothing is written; a good batch is written and re-scores what it touches in the same transaction.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ActualInput } from '../../src/schemas/actuals.js';
import type { Statement } from '../../src/schemas/statements.js';
import { fixedClock } from '../../src/lib/clock.js';
import { expectProblem, tableCounts, useTestApp } from '../support/app.js';
import { MAAS_ARR, TEENS_STATEMENT, actual, evaluationAsOf, post, seedCompanyLike } from '../support/fixtures.js';

// "Now" is after the actuals below are published and before the teens statement's grace runs out (2026-11-29),
// so the batch turns evaluations as of now from pending to met.
const ctx = useTestApp({ rateLimitPerMinute: 1_000_000, clock: fixedClock('2026-11-20T12:00:00Z') });

interface BatchResult {
  count: number;
  items: { index: number; id: string; metric: string; periodEnd: string; periodLabel: string | null }[];
}

/**
 * Bailian MaaS ARR of `companyId` measured on `n` consecutive days from 1990-01-01, each a stock figure published
 * the day after it was measured (a reading cannot be published before it is taken).
 */
function arrSeries(companyId: string, n: number, value = '1000000000'): z.input<typeof ActualInput>[] {
  const start = Date.UTC(1990, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    companyId,
    metric: MAAS_ARR.key,
    date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    value,
    unit: 'CNY',
    publishedAt: new Date(start + (i + 1) * 86_400_000).toISOString().slice(0, 10),
  }));
}

const postBatch = (items: unknown[]) =>
  ctx.app.inject({ method: 'POST', url: '/v1/actuals/batch', payload: { items } });

describe('a batch of 10,000 valid actuals', () => {
  it('is written in one request, answering each item with its index and id', async () => {
    await seedCompanyLike(ctx.app, 'ten-thousand');
    const items = arrSeries('ten-thousand', 10_000);
    const before = await tableCounts(ctx.db);

    const response = await postBatch(items);

    expect(response.statusCode, response.body.slice(0, 400)).toBe(201);
    const result = response.json<BatchResult>();
    expect(result.count).toBe(10_000);
    expect(result.items.map((item) => item.index)).toEqual(items.map((_, i) => i));
    expect(result.items[9_999]).toMatchObject({ index: 9_999, metric: MAAS_ARR.key, periodEnd: items[9_999]?.date });
    expect(new Set(result.items.map((item) => item.id)).size).toBe(10_000);

    const after = await tableCounts(ctx.db);
    expect(after.actuals).toBe((before.actuals ?? 0) + 10_000);
    const stored = await ctx.db.pool.query<{ n: string }>(
      'select count(*)::text as n from actuals where id = any($1::uuid[])',
      [result.items.map((item) => item.id)],
    );
    expect(Number(stored.rows[0]?.n)).toBe(10_000);
  });

  it('stores each item under the id the answer gave it', async () => {
    await seedCompanyLike(ctx.app, 'ids-match');
    const items = arrSeries('ids-match', 50).map((item, i) => ({ ...item, value: String(1_000 + i) }));
    const result = (await postBatch(items)).json<BatchResult>();
    const rows = await ctx.db.pool.query<{ id: string; value: string; period_end: string }>(
      'select id, value::text as value, period_end::text as period_end from actuals where id = any($1::uuid[])',
      [result.items.map((item) => item.id)],
    );
    const byId = new Map(rows.rows.map((r) => [r.id, r]));
    for (const item of result.items) {
      expect(byId.get(item.id)).toMatchObject({ value: items[item.index]?.value, period_end: items[item.index]?.date });
    }
  });
});

describe('a batch over the limit', () => {
  it('of 10,001 items is refused with a 422 problem pointing at the items, and writes nothing', async () => {
    await seedCompanyLike(ctx.app, 'too-many');
    const before = await tableCounts(ctx.db);
    const problem = expectProblem(await postBatch(arrSeries('too-many', 10_001)), 422);
    expect(problem.errors?.map((e) => e.pointer)).toContain('/items');
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('of no items is refused with a 422 problem', async () => {
    const before = await tableCounts(ctx.db);
    const problem = expectProblem(await postBatch([]), 422);
    expect(problem.errors?.map((e) => e.pointer)).toContain('/items');
    expect(await tableCounts(ctx.db)).toEqual(before);
  });
});

describe('a batch with bad items among many good ones', () => {
  it('is refused with a 422 naming each bad item by index and field, and writes nothing', async () => {
    await seedCompanyLike(ctx.app, 'bad-items');
    const items: z.input<typeof ActualInput>[] = Array.from({ length: 1_000 }, (_, i) =>
      actual({ companyId: 'bad-items', value: String(10 + (i % 10)), publishedAt: '2026-08-20' }),
    );
    items[3] = { ...actual({ companyId: 'bad-items' }), unit: 'CNY' };
    items[7] = actual({ companyId: 'bad-items', metric: 'cloud.no_such_metric' });
    items[42] = actual({ companyId: 'bad-items', period: 'FY2027Q5' });
    items[999] = actual({ companyId: 'nobody' });
    const before = await tableCounts(ctx.db);

    const problem = expectProblem(await postBatch(items), 422);

    expect(problem.errors?.map((e) => e.pointer).sort()).toEqual([
      '/items/3/unit',
      '/items/42/period',
      '/items/7/metric',
      '/items/999/companyId',
    ]);
    expect(problem.detail).toContain('4 of 1000 items');
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('names an item that fails the schema by index and field too', async () => {
    await seedCompanyLike(ctx.app, 'schema-items');
    const items: unknown[] = Array.from({ length: 100 }, () => actual({ companyId: 'schema-items' }));
    items[5] = { ...actual({ companyId: 'schema-items' }), value: '1e5' };
    items[61] = { ...actual({ companyId: 'schema-items' }), publishedAt: 'yesterday' };
    const before = await tableCounts(ctx.db);

    const problem = expectProblem(await postBatch(items), 422);

    const pointers = problem.errors?.map((e) => e.pointer) ?? [];
    expect(pointers).toContain('/items/5/value');
    expect(pointers).toContain('/items/61/publishedAt');
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('writes nothing when only the last of 10,000 items is bad', async () => {
    await seedCompanyLike(ctx.app, 'last-bad');
    const items = arrSeries('last-bad', 10_000).map((item, i) => (i === 9_999 ? { ...item, unit: 'percent' } : item));
    const before = await tableCounts(ctx.db);
    const problem = expectProblem(await postBatch(items), 422);
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/items/9999/unit']);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });
});

describe('a batch re-scores the statements it touches', () => {
  it('turns them met, storing their evaluations and feed entries in the same transaction as the actuals and the audit entry', async () => {
    await seedCompanyLike(ctx.app, 'rescored');
    const teens = await post<Statement>(ctx.app, '/v1/statements', { ...TEENS_STATEMENT, companyId: 'rescored' });
    const arr = await post<Statement>(ctx.app, '/v1/statements', {
      companyId: 'rescored',
      metric: MAAS_ARR.key,
      statedOn: '2026-05-15',
      source: { kind: 'call' },
      quote: 'Bailian MaaS ARR will surpass RMB 30 billion by the end of the year',
      commitment: 'will',
      target: { op: 'gt', value: '30000000000' },
      window: { start: '2026-05-15', end: '2026-12-31' },
      mode: 'any',
    });
    expect((await evaluationAsOf(ctx.app, teens.id)).status).toBe('pending');
    expect((await evaluationAsOf(ctx.app, arr.id)).status).toBe('pending');

    const response = await postBatch([
      actual({ companyId: 'rescored', period: 'FY2027Q1', value: '13.5', publishedAt: '2026-08-20' }),
      actual({ companyId: 'rescored', period: 'FY2027Q2', value: '15.2', publishedAt: '2026-11-15' }),
      {
        companyId: 'rescored',
        metric: MAAS_ARR.key,
        date: '2026-10-31',
        value: '31000000000',
        unit: 'CNY',
        publishedAt: '2026-11-15',
      },
    ]);
    expect(response.statusCode, response.body).toBe(201);
    const ids = response.json<BatchResult>().items.map((item) => item.id);

    expect((await evaluationAsOf(ctx.app, teens.id)).status).toBe('met');
    expect((await evaluationAsOf(ctx.app, arr.id)).status).toBe('met');

    // Rows written by one transaction carry its id in xmin.
    const written = await ctx.db.pool.query<{ tx: string }>(
      'select distinct xmin::text as tx from actuals where id = any($1::uuid[])',
      [ids],
    );
    expect(written.rows).toHaveLength(1);
    const batchTransaction = written.rows[0]?.tx;
    const inBatch = async (sql: string, params: unknown[]) =>
      (
        await ctx.db.pool.query<{ n: string }>(
          `select count(*)::text as n from (${sql}) r where r.tx = $${params.length + 1}`,
          [...params, batchTransaction],
        )
      ).rows[0]?.n;

    const statementIds = [teens.id, arr.id];
    expect(await inBatch("select xmin::text as tx from audit_log where operation = 'createActualsBatch'", [])).toBe(
      '1',
    );
    expect(
      await inBatch(
        "select xmin::text as tx from statement_timeline where statement_id = any($1::uuid[]) and status = 'met'",
        [statementIds],
      ),
    ).toBe('2');
    const feed = await ctx.db.pool.query<{ resource_id: string; status: string; cause: string; tx: string }>(
      "select resource_id, data->>'status' as status, data->>'cause' as cause, xmin::text as tx from changes where kind = 'evaluation.changed' and resource_id = any($1::text[]) and data->>'status' = 'met'",
      [statementIds],
    );
    expect(feed.rows.map((r) => r.resource_id).sort()).toEqual([...statementIds].sort());
    for (const row of feed.rows) {
      expect(row.tx).toBe(batchTransaction);
      expect(row.cause).toMatch(/^batch:/);
    }
  });
});
