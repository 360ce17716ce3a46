import { describe, expect, it } from 'vitest';
import { expectProblem, tableCounts, useTestApp } from '../support/app.js';
import { ALIBABA, CLOUD_MARGIN, MAAS_ARR, post } from '../support/fixtures.js';

interface Draft {
  metric: { key: string | null };
  target: { op: string; low: string | null; high: string | null; value: string | null; highInclusive: boolean | null };
  window: { start: string; end: string | null; label: string | null };
  mode: string;
  commitment: string;
  span: { start: number; end: number; text: string };
  confidence: number;
  statement: Record<string, unknown> | null;
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

  it('splits a compound sentence into two drafts, each ready to post once reviewed', async () => {
    const { drafts } = await parse(
      'The ARR of the Bailian MaaS platform is expected to reach RMB 10 billion in June and surpass RMB 30 billion by the end of the year.',
    );
    expect(drafts.map((d) => [d.target.op, d.target.value, d.window.end])).toEqual([
      ['gte', '10000000000', '2026-06-30'],
      ['gt', '30000000000', '2026-12-31'],
    ]);
    const ready = drafts[1]?.statement;
    expect(ready).not.toBeNull();
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/v1/statements',
      payload: { ...ready, metric: 'bailian.maas_arr' },
    });
    expect(created.statusCode, created.body).toBe(201);
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
        payload: { companyId: 'alibaba', statedOn: '2026-05-15', quote: 'x'.repeat(5001) },
      }),
      422,
    );
    expect(problem.errors?.map((e) => e.pointer)).toContain('/quote');
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
