import { describe, expect, it } from 'vitest';
import { buildCheckedApp, expectProblem, tableCounts, useTestApp } from '../support/app.js';
import { ALIBABA, CLOUD_MARGIN, MAAS_ARR, post } from '../support/fixtures.js';

interface Draft {
  metric: { key: string | null };
  target: {
    op: string;
    low: string | null;
    high: string | null;
    value: string | null;
    highInclusive: boolean | null;
    change?: unknown;
  };
  window: { start: string; end: string | null; label: string | null };
  mode: string;
  commitment: string;
  span: { start: number; end: number; text: string };
  confidence: number;
  statement: (Record<string, unknown> & { target: Record<string, unknown> }) | null;
}
interface ParseBody {
  drafts: Draft[];
  unreadable: { text: string; reason: string }[];
  reason: string | null;
}

const ctx = useTestApp();

async function parse(quote: string, statedOn = '2026-05-15') {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/v1/statements/parse',
    payload: { companyId: 'alibaba', statedOn, quote },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ParseBody>();
}

describe('POST /v1/statements/parse', () => {
  it('reads "the teens over the next two quarters" through Alibaba\'s calendar, and writes nothing', async () => {
    await post(ctx.app, '/v1/companies', ALIBABA);
    await post(ctx.app, '/v1/metrics', CLOUD_MARGIN);
    await post(ctx.app, '/v1/metrics', MAAS_ARR);
    const before = await tableCounts(ctx.db);
    const quote = 'The cloud business EBITA margin is expected to rise to the teens over the next two quarters.';
    const { drafts } = await parse(quote);
    expect(drafts).toHaveLength(1);
    const [teens] = drafts;
    expect(teens).toMatchObject({
      metric: { key: 'cloud.ebita_margin' },
      target: { op: 'range', low: '13', high: '20', highInclusive: false },
      window: { start: '2026-04-01', end: '2026-09-30' },
      commitment: 'expect',
    });
    expect(quote.slice(teens?.span.start, teens?.span.end)).toBe(teens?.span.text);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it("splits a compound sentence into two drafts, each bound to the company's ARR metric and posted as it is", async () => {
    const { drafts } = await parse(
      'The ARR of the Bailian MaaS platform is expected to reach RMB 10 billion in June and surpass RMB 30 billion by the end of the year.',
    );
    expect(drafts.map((d) => [d.target.op, d.target.value, d.window.end])).toEqual([
      ['gte', '10000000000', '2026-06-30'],
      ['gt', '30000000000', '2026-12-31'],
    ]);
    expect(drafts.map((d) => d.metric.key)).toEqual(['bailian.maas_arr', 'bailian.maas_arr']);
    const ready = drafts[1]?.statement;
    expect(ready).not.toBeNull();
    const created = await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: ready ?? {} });
    expect(created.statusCode, created.body).toBe(201);
  });

  it('drafts growth and basis points as change targets that post as they are', async () => {
    // Alibaba and its cloud margin are registered by the first test.
    await post(ctx.app, '/v1/metrics', {
      ...MAAS_ARR,
      key: 'cloud.revenue',
      name: 'Cloud Intelligence Group revenue',
      kind: 'flow',
    });
    const { drafts } = await parse(
      'Cloud revenue will grow 20% to 25% year over year next quarter. The cloud EBITA margin is expected to expand by 50 to 100 basis points in FY27.',
    );
    expect(drafts.map((d) => [d.metric.key, d.statement?.target])).toEqual([
      [
        'cloud.revenue',
        expect.objectContaining({
          op: 'range',
          low: '20',
          high: '25',
          change: { kind: 'relative', against: 'year-earlier' },
        }),
      ],
      [
        'cloud.ebita_margin',
        expect.objectContaining({
          op: 'range',
          low: '0.5',
          high: '1',
          change: { kind: 'absolute', against: 'year-earlier' },
        }),
      ],
    ]);
    // The draft shows the change it proposes, not only its ready body.
    expect(drafts.map((d) => d.target.change)).toEqual([
      { kind: 'relative', against: 'year-earlier' },
      { kind: 'absolute', against: 'year-earlier' },
    ]);
    for (const d of drafts) {
      const created = await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: d.statement ?? {} });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json<{ target: { change: unknown } }>().target.change).toEqual(d.statement?.target.change);
    }
  });

  it('takes "broadly flat" within half a point, says so among its assumptions, and posts it', async () => {
    // Cloud revenue is registered by the test before.
    const { drafts } = await parse('Cloud revenue should be broadly flat quarter over quarter in the June quarter.');
    expect(drafts).toHaveLength(1);
    const [draft] = drafts as [Draft & { assumptions: string[] }];
    // The draft shows what was said, with no band; the statement carries the band it is read with.
    expect(draft.target).toMatchObject({ op: 'about', value: '0', tolerance: null });
    expect(draft.statement?.target).toEqual(
      expect.objectContaining({
        op: 'about',
        value: '0',
        tolerance: '0.5',
        change: { kind: 'relative', against: 'prior-period' },
      }),
    );
    expect(draft.assumptions).toContain(
      "'broadly flat' states no band: the statement takes it as a change of 0%, give or take 0.5 of a point",
    );
    const created = await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: draft.statement ?? {} });
    expect(created.statusCode, created.body).toBe(201);
  });

  it("gives a stock's change against the prior period no statement, and says why", async () => {
    // The ARR is a stock, read at a date (the compound test registers it): it has no prior period.
    const { drafts } = await parse('Bailian MaaS ARR is expected to be slightly lower sequentially next quarter.');
    expect(drafts.map((d) => [d.metric.key, d.target.op, d.target.change])).toEqual([
      ['bailian.maas_arr', 'lt', { kind: 'relative', against: 'prior-period' }],
    ]);
    const [draft] = drafts as [Draft & { statementMissing: string | null }];
    expect(draft.statement).toBeNull();
    expect(draft.statementMissing).toBe(
      "not postable as read: the metric is a stock, read at a date, so it has no prior period: compare with 'year-earlier'",
    );
  });

  it('gives an unreadable sentence no draft and says why, never a guess', async () => {
    const result = await parse('We remain cautiously optimistic about the long-term opportunity.');
    expect(result.drafts).toEqual([]);
    expect(result.reason).toEqual(expect.any(String));
  });

  it('refuses an unknown company with a 404 and a quote too long with a 422', async () => {
    expectProblem(
      await ctx.app.inject({
        method: 'POST',
        url: '/v1/statements/parse',
        payload: { companyId: 'nobody', statedOn: '2026-05-15', quote: 'x' },
      }),
      404,
    );
    const problem = expectProblem(
      await ctx.app.inject({
        method: 'POST',
        url: '/v1/statements/parse',
        payload: { companyId: 'alibaba', statedOn: '2026-05-15', quote: 'x'.repeat(4001) },
      }),
      422,
    );
    expect(problem.errors).toContainEqual({
      pointer: '/quote',
      detail: 'is longer than 4000 characters: parse one passage of guidance at a time',
    });
  });

  it('reads a quote of exactly 4,000 characters', async () => {
    const sentence = 'Cloud revenue will grow 30% year over year in fiscal 2027. ';
    const quote = sentence.repeat(Math.ceil(4000 / sentence.length)).slice(0, 4000);
    expect((await parse(quote)).drafts.length).toBeGreaterThan(60);
  });

  it('allows each caller its own, lower number of parses a minute, and leaves other routes alone', async () => {
    const app = await buildCheckedApp({ database: ctx.db, rateLimitPerMinute: 1_000_000, parseRateLimitPerMinute: 3 });
    try {
      const company = await ctx.app.inject({ method: 'GET', url: '/v1/companies/alibaba' });
      if (company.statusCode === 404) await post(ctx.app, '/v1/companies', ALIBABA);
      const send = (headers: Record<string, string> = {}) =>
        app.inject({
          method: 'POST',
          url: '/v1/statements/parse',
          headers,
          payload: { companyId: 'alibaba', statedOn: '2026-05-15', quote: 'Revenue will exceed RMB 1 trillion.' },
        });
      for (let i = 0; i < 3; i++) expect((await send()).statusCode).toBe(200);
      const problem = expectProblem(await send(), 429);
      expect(problem.detail).toMatch(/^More than 3 requests a minute; retry in /);
      // Another caller has a budget of its own; the other routes count against the general limit only.
      expect((await send({ authorization: `Bearer ${ctx.adminKey}` })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/v1/companies/alibaba' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/v1/statements' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('is open to readers without a key, like a read', async () => {
    const response = await ctx.anonymous.inject({
      method: 'POST',
      url: '/v1/statements/parse',
      payload: { companyId: 'alibaba', statedOn: '2026-05-15', quote: 'Capex may exceed the RMB 380 billion plan.' },
    });
    expect(response.statusCode, response.body).toBe(200);
  });
});
