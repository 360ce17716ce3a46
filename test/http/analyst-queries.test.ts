// The questions analysts ask of the statement list, each answered by PostgreSQL: every statement by one speaker,
// a segment's or a basis's guidance, a company found by its ticker, several companies at once, what is off track,
// words of the quote, and one concept (cloud margin) across companies whatever each calls it.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fixedClock } from '../../src/lib/clock.js';
import type { MetricInput } from '../../src/schemas/metrics.js';
import type { Statement, StatementInput } from '../../src/schemas/statements.js';
import { buildCheckedApp, expectProblem, useTestApp } from '../support/app.js';
import { ALIBABA, CLOUD_MARGIN, MAAS_ARR, TEENS_STATEMENT, actual, get, post, walkList } from '../support/fixtures.js';
import { beforeAll } from 'vitest';

// After Alibaba's FY2027Q1 margin came out (2026-08-20), before FY2027Q2 ends: the margin promises are pending.
const ctx = useTestApp({ sweepIntervalMs: 0, clock: fixedClock('2026-09-01T00:00:00Z') });

const MICROSOFT = {
  id: 'microsoft',
  name: 'Microsoft',
  tickers: ['MSFT'],
  currency: 'USD',
  fiscalYearEndMonth: 6,
  reportingLagDays: 30,
};

/** Microsoft's own name for a cloud margin, tagged with the same concept as Alibaba's. */
const MS_CLOUD_MARGIN: z.input<typeof MetricInput> = {
  companyId: 'microsoft',
  key: 'intelligent_cloud.operating_margin',
  name: 'Intelligent Cloud operating margin',
  unit: 'percent',
  kind: 'flow',
  goodDirection: 'higher',
  basis: 'gaap',
  segment: 'Intelligent Cloud',
  concept: 'cloud.ebita_margin',
};

type Body = z.input<typeof StatementInput>;
const named: Record<string, string> = {};

async function guide(name: string, body: Body): Promise<void> {
  named[(await post<Statement>(ctx.app, '/v1/statements', body)).id] = name;
}

/** The names of every statement the list answers with this query. */
async function statementsWhere(query: string): Promise<string[]> {
  const pages = await walkList<{ id: string }>(ctx.app, `/v1/statements?${query}`, 500);
  return pages
    .flat()
    .map((s) => named[s.id] ?? `unexpected ${s.id}`)
    .sort();
}

beforeAll(async () => {
  await post(ctx.app, '/v1/companies', ALIBABA);
  await post(ctx.app, '/v1/metrics', { ...CLOUD_MARGIN, concept: 'cloud.ebita_margin' });
  await post(ctx.app, '/v1/metrics', MAAS_ARR);
  await post(ctx.app, '/v1/companies', MICROSOFT);
  await post(ctx.app, '/v1/metrics', MS_CLOUD_MARGIN);

  const call = { kind: 'call' as const, title: 'FY2026 Q4 earnings call' };
  await guide('teens', { ...TEENS_STATEMENT, mode: 'final', source: { ...call, speaker: 'Toby Xu' } });
  await guide('twenty', {
    ...TEENS_STATEMENT,
    mode: 'final',
    quote: 'we aim for a cloud margin above twenty percent by the second quarter',
    target: { op: 'gt', value: '20' },
    commitment: 'aspire',
    source: { ...call, speaker: 'Eddie Wu' },
  });
  await guide('arr', {
    ...TEENS_STATEMENT,
    metric: MAAS_ARR.key,
    quote: 'Bailian MaaS ARR will surpass RMB 30 billion by the end of the year',
    commitment: 'will',
    target: { op: 'gt', value: '30000000000' },
    window: { start: '2026-05-15', end: '2026-12-31' },
    mode: 'any',
    source: { ...call, speaker: 'toby xu' },
  });
  await guide('msft', {
    companyId: 'microsoft',
    metric: MS_CLOUD_MARGIN.key,
    statedOn: '2026-07-29',
    source: { kind: 'call', title: 'FY2026 Q4 earnings call', speaker: 'Amy Hood' },
    quote: 'Intelligent Cloud operating margins will be roughly 40 percent',
    commitment: 'expect',
    target: { op: 'about', value: '40', tolerance: '2' },
    window: { period: 'FY2027Q1' },
    mode: 'final',
  });
  // Q1 at 13.5%: in the teens (on track for the final quarter), short of "above 20" (off track).
  await post(ctx.app, '/v1/actuals', actual({ value: '13.5' }));
});

describe('the statement list answers analysts', () => {
  it('finds every statement by one speaker, however the name is capitalised', async () => {
    expect(await statementsWhere('speaker=TOBY%20XU')).toEqual(['arr', 'teens']);
    expect(await statementsWhere('speaker=Amy%20Hood')).toEqual(['msft']);
  });

  it("filters by the metric's segment and basis", async () => {
    expect(await statementsWhere('segment=cloud%20intelligence%20group')).toEqual(['teens', 'twenty']);
    expect(await statementsWhere('basis=gaap')).toEqual(['msft']);
    expect(await statementsWhere('basis=adjusted&speaker=eddie%20wu')).toEqual(['twenty']);
  });

  it('finds a company by ticker, as listed or in lower case', async () => {
    expect(await statementsWhere('ticker=BABA')).toEqual(['arr', 'teens', 'twenty']);
    expect(await statementsWhere('ticker=9988.HK')).toEqual(['arr', 'teens', 'twenty']);
    expect(await statementsWhere('ticker=msft')).toEqual(['msft']);
    expect(await statementsWhere('ticker=NOPE')).toEqual([]);
    const companies = await get<{ items: { id: string }[] }>(ctx.app, '/v1/companies?ticker=baba');
    expect(companies.items.map((c) => c.id)).toEqual(['alibaba']);
  });

  it('takes several companies, repeated or comma-separated', async () => {
    const all = ['arr', 'msft', 'teens', 'twenty'];
    expect(await statementsWhere('companyId=alibaba,microsoft')).toEqual(all);
    expect(await statementsWhere('companyId=alibaba&companyId=microsoft')).toEqual(all);
    expect(await statementsWhere('companyId=microsoft')).toEqual(['msft']);
    expect(await statementsWhere('companyId=microsoft&metric=intelligent_cloud.operating_margin')).toEqual(['msft']);
  });

  it('lists what is off track, and what is on track, as of a knowledge time', async () => {
    expect(await statementsWhere('trajectory=off_track')).toEqual(['twenty']);
    expect(await statementsWhere('trajectory=on_track')).toEqual(['teens']);
    // Before the Q1 figure came out there was nothing to project from.
    expect(await statementsWhere('trajectory=off_track&asOf=2026-08-19')).toEqual([]);
  });

  it('searches the quotes in English: stemmed words, phrases and exclusions', async () => {
    expect(await statementsWhere('q=margins')).toEqual(['msft', 'teens', 'twenty']);
    expect(await statementsWhere('q=%22cloud%20margin%22')).toEqual(['twenty']);
    expect(await statementsWhere('q=margin%20-teens')).toEqual(['msft', 'twenty']);
    expect(await statementsWhere('q=ARR')).toEqual(['arr']);
    // Operators a user might type are read as words, never as tsquery syntax that fails.
    expect(await statementsWhere(`q=${encodeURIComponent("teens & !(' :*")}`)).toEqual(['teens']);
  });

  it('gathers one concept across companies, whatever each company calls its metric', async () => {
    expect(await statementsWhere('concept=cloud.ebita_margin')).toEqual(['msft', 'teens', 'twenty']);
    expect(await statementsWhere('concept=cloud.ebita_margin&ticker=MSFT')).toEqual(['msft']);
  });
});

describe('a concept shared across companies', () => {
  it("lists every company's metric for the concept, and their figures", async () => {
    const metrics = await get<{ items: { key: string; concept: string | null }[] }>(
      ctx.app,
      '/v1/metrics?concept=cloud.ebita_margin',
    );
    expect(metrics.items.map((m) => m.key).sort()).toEqual([
      'cloud.ebita_margin',
      'intelligent_cloud.operating_margin',
    ]);
    const figures = await get<{ items: { companyId: string; value: string }[] }>(
      ctx.app,
      '/v1/actuals?concept=cloud.ebita_margin',
    );
    expect(figures.items.map((a) => [a.companyId, a.value])).toEqual([['alibaba', '13.5']]);
    expect((await get<{ items: unknown[] }>(ctx.app, '/v1/actuals?concept=no.such_concept')).items).toEqual([]);
  });

  it('is set and cleared by PATCH, under If-Match', async () => {
    const arr = (await get<{ items: { id: string }[] }>(ctx.app, '/v1/metrics?companyId=alibaba')).items[1];
    const url = `/v1/metrics/${arr?.id ?? ''}`;
    const tag = async (concept: string | null) => {
      const current = await ctx.app.inject(url);
      const response = await ctx.app.inject({
        method: 'PATCH',
        url,
        headers: { 'if-match': String(current.headers.etag) },
        payload: { concept },
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ concept: string | null }>().concept;
    };
    expect(await tag('ai.arr')).toBe('ai.arr');
    expect(await statementsWhere('concept=ai.arr')).toEqual(['arr']);
    expect(await tag(null)).toBeNull();
    expect(await statementsWhere('concept=ai.arr')).toEqual([]);
    const bad = await ctx.app.inject(url);
    expectProblem(
      await ctx.app.inject({
        method: 'PATCH',
        url,
        headers: { 'if-match': String(bad.headers.etag) },
        payload: { concept: 'Not A Tag' },
      }),
      422,
    );
  });
});

describe('bad analyst queries are refused and change nothing', () => {
  it.each([
    ['companyId=Alibaba!', 'companyId'],
    ['companyId=alibaba,', 'companyId'],
    ['trajectory=sideways', 'trajectory'],
    ['basis=creative', 'basis'],
    ['concept=Cloud%20Margin', 'concept'],
    [`q=${'x'.repeat(201)}`, 'q'],
    [`speaker=${'x'.repeat(201)}`, 'speaker'],
  ])('%s gets a 422 naming %s', async (query, parameter) => {
    const problem = expectProblem(await ctx.app.inject(`/v1/statements?${query}`), 422);
    expect(problem.errors?.map((e) => e.parameter)).toContain(parameter);
  });

  it('refuses a metric without a company', async () => {
    expectProblem(await ctx.app.inject('/v1/statements?metric=cloud.ebita_margin'), 422);
  });

  it('refuses a ticker given twice, and an unknown parameter', async () => {
    expectProblem(await ctx.app.inject('/v1/statements?ticker=BABA&ticker=MSFT'), 400);
    expectProblem(await ctx.app.inject('/v1/companies?tickr=BABA'), 400);
  });

  it('needs a key where reads are closed', async () => {
    const closed = await buildCheckedApp({ database: ctx.db, readsRequireKey: true, sweepIntervalMs: 0 });
    try {
      expectProblem(await closed.inject('/v1/statements?speaker=Toby%20Xu'), 401);
      expectProblem(await closed.inject('/v1/companies?ticker=BABA'), 401);
    } finally {
      await closed.close();
    }
  });
});

describe('each filter can be answered by its index', () => {
  // The planner picks a sequential scan for a handful of rows; with it disallowed, a plan that still reads the
  // index proves the filter's expression is the one indexed (a mismatch would leave only the sequential scan).
  async function plan(query: string, params: unknown[]): Promise<string> {
    const client = await ctx.db.pool.connect();
    try {
      await client.query('begin');
      await client.query('set local enable_seqscan = off');
      const result = await client.query<{ 'QUERY PLAN': string }>(`explain ${query}`, params);
      await client.query('rollback');
      return result.rows.map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      client.release();
    }
  }

  it.each([
    [
      'statements_quote_search',
      "select id from statements where to_tsvector('english', quote) @@ websearch_to_tsquery('english', $1)",
      ['margin'],
    ],
    ['statements_speaker', 'select id from statements where lower(speaker) = lower($1)', ['Toby Xu']],
    ['companies_tickers', 'select id from companies where tickers && array[$1, upper($1)]::text[]', ['baba']],
    ['metrics_segment', 'select id from metrics where lower(segment) = lower($1)', ['Intelligent Cloud']],
    ['metrics_concept', 'select id from metrics where concept = $1', ['cloud.ebita_margin']],
  ])('%s', async (index, query, params) => {
    expect(await plan(query, params)).toContain(index);
  });
});
