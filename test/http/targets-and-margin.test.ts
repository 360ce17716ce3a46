// Targets people actually state, and how far past them the figures land: an 'about' target with a percentage
// tolerance ("28.0bn plus or minus 2%"), and the margin of every resolved statement beyond the good-side boundary
// of its target, with the scorecard's mean margin: the sandbagging signal.
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { MetricInput } from '../../src/schemas/metrics.js';
import type { Scorecard, ScorecardSeries } from '../../src/schemas/scorecards.js';
import type { Statement, StatementInput } from '../../src/schemas/statements.js';
import { fixedClock } from '../../src/lib/clock.js';
import { expectProblem, tableCounts, useTestApp } from '../support/app.js';
import {
  CAPEX,
  CLOUD_MARGIN,
  TEENS_STATEMENT,
  actual,
  evaluationAsOf,
  get,
  post,
  seedCompanyLike,
} from '../support/fixtures.js';

const ctx = useTestApp({ sweepIntervalMs: 0, clock: fixedClock('2026-12-01T12:00:00Z') });

const REVENUE: z.input<typeof MetricInput> = {
  companyId: 'alibaba',
  key: 'group.revenue',
  name: 'Group revenue',
  unit: 'CNY',
  kind: 'flow',
  goodDirection: 'higher',
};

type StatementBody = z.input<typeof StatementInput>;
type ScorecardBody = z.infer<typeof Scorecard>;

function promise(companyId: string, fields: Partial<StatementBody>): StatementBody {
  return {
    ...TEENS_STATEMENT,
    companyId,
    commitment: 'will',
    window: { period: 'FY2027Q1' },
    mode: 'any',
    ...fields,
  };
}

/** Revenue "about RMB 28.0 billion, plus or minus 2%" for FY2027Q1: 27.44bn to 28.56bn. */
const about28bn = (companyId: string, quote = 'revenue of RMB 28.0 billion, plus or minus 2%') =>
  promise(companyId, {
    metric: 'group.revenue',
    quote,
    target: { op: 'about', value: '28000000000', tolerancePercent: '2', wording: 'RMB 28.0 billion, plus or minus 2%' },
  });

beforeAll(async () => {
  await seedCompanyLike(ctx.app, 'about-co', [REVENUE]);
  await seedCompanyLike(ctx.app, 'bar-co', [CLOUD_MARGIN, CAPEX]);
});

describe("'about' with a percentage tolerance", () => {
  it('stores the percentage as stated and shows it with its reading', async () => {
    const created = await post<Statement>(ctx.app, '/v1/statements', about28bn('about-co'));
    expect(created.target).toMatchObject({
      op: 'about',
      value: '28000000000',
      tolerance: null,
      tolerancePercent: '2',
      wording: 'RMB 28.0 billion, plus or minus 2%',
      description: 'RMB 28.0 billion, plus or minus 2% (about 28bn CNY, plus or minus 2% (27.44bn to 28.56bn CNY))',
    });
    const read = await get<Statement>(ctx.app, `/v1/statements/${created.id}`);
    expect(read.target).toEqual(created.target);
  });

  it('judges the ends exactly: 27.44bn is met, 27,439,999,999.99 is missed', async () => {
    await seedCompanyLike(ctx.app, 'edge-co', [REVENUE]);
    await seedCompanyLike(ctx.app, 'short-co', [REVENUE]);
    const onEdge = await post<Statement>(ctx.app, '/v1/statements', about28bn('edge-co'));
    const short = await post<Statement>(ctx.app, '/v1/statements', about28bn('short-co'));
    const revenue = { metric: 'group.revenue', unit: 'CNY', period: 'FY2027Q1', publishedAt: '2026-08-20' };
    await post(ctx.app, '/v1/actuals', actual({ ...revenue, companyId: 'edge-co', value: '27440000000' }));
    await post(ctx.app, '/v1/actuals', actual({ ...revenue, companyId: 'short-co', value: '27439999999.99' }));
    expect(await evaluationAsOf(ctx.app, onEdge.id)).toMatchObject({ status: 'met', position: 'within' });
    expect(await evaluationAsOf(ctx.app, short.id)).toMatchObject({ status: 'missed', position: 'below' });
  });

  it.each([
    ['both tolerances', { tolerance: '500000000', tolerancePercent: '2' }, '/target/tolerancePercent'],
    ['neither tolerance', {}, '/target/tolerance'],
    ['a negative percentage', { tolerancePercent: '-2' }, '/target/tolerancePercent'],
  ])('refuses %s with a 422 naming the field, and stores nothing', async (_what, tolerances, pointer) => {
    const before = await tableCounts(ctx.db);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/v1/statements',
      payload: promise('about-co', {
        metric: 'group.revenue',
        target: { op: 'about', value: '28000000000', ...tolerances },
      }),
    });
    const problem = expectProblem(response, 422);
    expect(JSON.stringify(problem)).toContain(pointer);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });
});

describe('margin', () => {
  let aboveTen: Statement;
  let aboveTwenty: Statement;
  let capexBand: Statement;

  beforeAll(async () => {
    // bar-co promises "above 10%" and "above 20%" for FY2027Q1, and a capex band; the margin comes in at 15%.
    aboveTen = await post<Statement>(
      ctx.app,
      '/v1/statements',
      promise('bar-co', { target: { op: 'gt', value: '10' } }),
    );
    aboveTwenty = await post<Statement>(
      ctx.app,
      '/v1/statements',
      promise('bar-co', { quote: 'above 20%', target: { op: 'gt', value: '20' } }),
    );
    capexBand = await post<Statement>(
      ctx.app,
      '/v1/statements',
      promise('bar-co', {
        metric: 'capex',
        quote: 'capex of RMB 100 to 120 billion',
        target: { op: 'range', low: '100000000000', high: '120000000000' },
      }),
    );
    await post(ctx.app, '/v1/actuals', actual({ companyId: 'bar-co', value: '15' }));
    await post(
      ctx.app,
      '/v1/actuals',
      actual({ companyId: 'bar-co', metric: 'capex', unit: 'CNY', value: '110000000000' }),
    );
  });

  it('shows how far a met statement cleared its bar: "above 10%" at 15% has margin +50% where surprise is 0', async () => {
    expect(await evaluationAsOf(ctx.app, aboveTen.id)).toMatchObject({
      status: 'met',
      surprise: '0',
      margin: '0.5',
      explanation: 'cloud.ebita_margin FY2027Q1 (2026-04-01..2026-06-30) = 15%, meeting the target (above 10%).',
    });
  });

  it('is negative for a miss, null for a neutral metric, and null before anything resolved', async () => {
    expect(await evaluationAsOf(ctx.app, aboveTwenty.id)).toMatchObject({ status: 'missed', margin: '-0.25' });
    expect(await evaluationAsOf(ctx.app, capexBand.id)).toMatchObject({ status: 'met', margin: null });
    expect(await evaluationAsOf(ctx.app, aboveTen.id, '2026-08-19')).toMatchObject({
      status: 'pending',
      margin: null,
    });
  });

  it('keeps the margin in the evaluation history', async () => {
    const history = await get<{ items: { status: string; margin: string | null }[] }>(
      ctx.app,
      `/v1/statements/${aboveTen.id}/history`,
    );
    expect(history.items.map((e) => [e.status, e.margin])).toEqual([
      ['pending', null],
      ['met', '0.5'],
    ]);
  });

  it('adds the mean margin and the share of positive margins to the scorecard, its breakdowns and its series', async () => {
    const card = await get<ScorecardBody>(ctx.app, '/v1/companies/bar-co/scorecard');
    // (0.5 − 0.25) / 2, over the two statements with a margin: capex is neutral.
    expect(card).toMatchObject({ meanMargin: '0.125', positiveMarginRate: '0.5' });
    expect(card.byMetric.map((g) => [g.key, g.meanMargin, g.positiveMarginRate])).toEqual([
      ['capex', null, null],
      ['cloud.ebita_margin', '0.125', '0.5'],
    ]);
    expect(card.byQuarter.map((g) => [g.key, g.meanMargin])).toEqual([['2026Q2', '0.125']]);
    const series = await get<z.infer<typeof ScorecardSeries>>(
      ctx.app,
      '/v1/companies/bar-co/scorecard/series?from=2026-04-01&to=2026-09-30',
    );
    expect(series.points.map((p) => [p.quarter, p.meanMargin, p.positiveMarginRate])).toEqual([
      ['FY2027Q1', null, null],
      ['FY2027Q2', '0.125', '0.5'],
    ]);
  });
});
