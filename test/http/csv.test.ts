// Lists, scorecards and the leaderboard as CSV for a spreadsheet: Accept: text/csv gets RFC 4180 with the same
// filters, exact decimals and the next page in a Link header; an Accept the operation cannot answer gets a 406.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import type { Statement } from '../../src/schemas/statements.js';
import { buildCheckedApp, expectProblem, useTestApp } from '../support/app.js';
import { TEENS_STATEMENT, actual, post, seedAlibaba } from '../support/fixtures.js';

const ctx = useTestApp({ sweepIntervalMs: 0, clock: fixedClock('2026-12-01T00:00:00Z') });
const CSV = { accept: 'text/csv' };

let teens = '';
let formula = '';

/** GET as CSV: the rows as objects keyed by the header, and the response. */
async function csv(url: string) {
  const response = await ctx.app.inject({ url, headers: CSV });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
  const rows = parse(response.body, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
  return { rows, response };
}

beforeAll(async () => {
  await seedAlibaba(ctx.app);
  teens = (
    await post<Statement>(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      source: { kind: 'call', speaker: 'Toby Xu' },
    })
  ).id;
  formula = (
    await post<Statement>(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      quote: '=HYPERLINK("http://evil.example","margin, "quoted"")',
      source: { kind: 'interview', speaker: 'Someone' },
    })
  ).id;
  await post(ctx.app, '/v1/actuals', actual({ value: '13.12345678901234567891' }));
  await post(ctx.app, '/v1/actuals', actual({ period: 'FY2027Q2', value: '14', publishedAt: '2026-11-15' }));
});

describe('Accept: text/csv', () => {
  it('lists statements as CSV rows with dotted columns, the same filters, and CRLF line ends', async () => {
    const { rows, response } = await csv('/v1/statements?companyId=alibaba&speaker=toby%20xu');
    expect(response.body.split('\r\n')[0]).toMatch(/^id,kind,companyId,metric,/);
    expect(
      rows.map((r) => [r.id, r['source.speaker'], r['target.low'], r['target.high'], r['evaluation.status']]),
    ).toEqual([[teens, 'Toby Xu', '13', '20', 'met']]);
    expect(response.headers.vary).toMatch(/accept/i);
    // The request carried a key: the answer varies with it too, each plugin adding its field to Vary.
    expect(response.headers.vary).toMatch(/authorization/i);
  });

  it('keeps decimals exact, quotes commas and quotes, and defuses a quote a spreadsheet would run as a formula', async () => {
    const { rows } = await csv('/v1/actuals?companyId=alibaba');
    expect(rows.map((r) => r.value)).toEqual(['13.12345678901234567891', '14']);
    const byId = new Map((await csv('/v1/statements?companyId=alibaba')).rows.map((r) => [r.id, r]));
    expect(byId.get(formula)?.quote).toBe('\'=HYPERLINK("http://evil.example","margin, "quoted"")');
  });

  it('pages with the same cursor, handed over in a Link header', async () => {
    const first = await csv('/v1/statements?companyId=alibaba&limit=1');
    expect(first.rows.map((r) => r.id)).toEqual([teens]);
    const link = /^<([^>]+)>; rel="next"$/.exec(String(first.response.headers.link))?.[1];
    expect(link).toMatch(/^\/v1\/statements\?companyId=alibaba&limit=1&cursor=/);
    const second = await csv(link ?? '');
    expect(second.rows.map((r) => r.id)).toEqual([formula]);
    expect(second.response.headers.link).toBeUndefined();
  });

  it('answers companies, metrics, the scorecard, its series and the leaderboard', async () => {
    expect((await csv('/v1/companies?ticker=BABA')).rows.map((r) => [r.id, r.tickers])).toEqual([
      ['alibaba', 'BABA 9988.HK'],
    ]);
    expect((await csv('/v1/metrics?companyId=alibaba')).rows.map((r) => r.key)).toEqual([
      'cloud.ebita_margin',
      'bailian.maas_arr',
      'capex',
    ]);
    const card = (await csv('/v1/companies/alibaba/scorecard')).rows;
    expect(card[0]).toMatchObject({ companyId: 'alibaba', breakdown: 'overall', 'counts.met': '2', hitRate: '1' });
    expect(card.map((r) => [r.breakdown, r.key])).toContainEqual(['metric', 'cloud.ebita_margin']);
    const series = (await csv('/v1/companies/alibaba/scorecard/series?from=2026-06-01&to=2026-12-31')).rows;
    expect(series.map((r) => [r.quarter, r.resolved])).toEqual([
      ['FY2027Q1', '0'],
      ['FY2027Q2', '0'],
      ['FY2027Q3', '2'],
    ]);
    const board = (await csv('/v1/leaderboard?minResolved=1')).rows;
    expect(board.map((r) => [r.rank, r.companyId, r.hitRate, r.asOf])).toEqual([
      ['1', 'alibaba', '1', '2026-11-15T00:00:00.000Z'],
    ]);
  });

  it('never mixes JSON and CSV of one URL in the response cache, and gives each its own ETag', async () => {
    const url = '/v1/statements?companyId=alibaba';
    // GET until the JSON answer is served from the cache (it caches once it knows the next scheduled change).
    let json1 = await ctx.app.inject(url);
    for (let i = 0; i < 200 && json1.headers['x-cache'] !== 'hit'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      json1 = await ctx.app.inject(url);
    }
    expect(json1.headers['x-cache']).toBe('hit');
    expect(json1.headers['content-type']).toMatch(/^application\/json/);
    const asCsv = await ctx.app.inject({ url, headers: CSV });
    expect(asCsv.headers['content-type']).toMatch(/^text\/csv/);
    expect(asCsv.headers.etag).not.toBe(json1.headers.etag);
    const again = await ctx.app.inject({ url, headers: { ...CSV, 'if-none-match': String(asCsv.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('keeps the Link to the next page on a CSV page served from the cache', async () => {
    const url = '/v1/statements?companyId=alibaba&limit=1';
    let page = await ctx.app.inject({ url, headers: CSV });
    for (let i = 0; i < 200 && page.headers['x-cache'] !== 'hit'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      page = await ctx.app.inject({ url, headers: CSV });
    }
    expect(page.headers['x-cache']).toBe('hit');
    expect(page.headers.link).toMatch(/rel="next"$/);
  });
});

describe('other Accept types', () => {
  it('prefers JSON when Accept allows anything or says nothing', async () => {
    for (const headers of [{}, { accept: '*/*' }, { accept: 'text/csv;q=0.5, application/json' }]) {
      const response = await ctx.app.inject({ url: '/v1/leaderboard', headers });
      expect(response.headers['content-type'], JSON.stringify(headers)).toMatch(/^application\/json/);
    }
  });

  it.each([
    ['/v1/statements', 'application/xml'],
    ['/v1/leaderboard', 'text/html'],
    ['/v1/statements/00000000-0000-4000-8000-000000000000', 'text/csv'],
  ])('GET %s with Accept: %s is a 406 problem', async (url, accept) => {
    const problem = expectProblem(await ctx.app.inject({ url, headers: { accept } }), 406);
    expect(problem.detail).toContain(accept);
  });

  it('keeps filter errors and closed reads as problems when CSV is asked for', async () => {
    expectProblem(await ctx.app.inject({ url: '/v1/statements?trajectory=sideways', headers: CSV }), 422);
    expectProblem(await ctx.app.inject({ url: '/v1/statements?colour=red', headers: CSV }), 400);
    const closed = await buildCheckedApp({ database: ctx.db, readsRequireKey: true, sweepIntervalMs: 0 });
    try {
      expectProblem(await closed.inject({ url: '/v1/statements', headers: CSV }), 401);
    } finally {
      await closed.close();
    }
  });
});
