// A company's scorecard as a dashboard shows it: counts by status, hit rate, unreported rate, mean surprise and
// early rate, broken down by metric and by commitment strength, and over time, one point per fiscal quarter with
// the summary as it stood at that quarter's end.
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ActualInput } from '../../src/schemas/actuals.js';
import type { Scorecard, ScorecardSeries } from '../../src/schemas/scorecards.js';
import type { StatementInput } from '../../src/schemas/statements.js';
import { fixedClock } from '../../src/lib/clock.js';
import { useTestApp } from '../support/app.js';
import {
  CAPEX,
  CLOUD_MARGIN,
  MAAS_ARR,
  TEENS_STATEMENT,
  actual,
  get,
  post,
  seedCompanyLike,
} from '../support/fixtures.js';

// "Now" is fixed after every statement below was made and before the 2030 aspiration comes due, so the scorecard
// "as of now" is the same on any date.
const ctx = useTestApp({ sweepIntervalMs: 0, clock: fixedClock('2026-06-01T12:00:00Z') });

type ScorecardBody = z.infer<typeof Scorecard>;
type SeriesBody = z.infer<typeof ScorecardSeries>;
type Counts = ScorecardBody['counts'];

function guidance(fields: Partial<z.input<typeof StatementInput>>): z.input<typeof StatementInput> {
  return { ...TEENS_STATEMENT, companyId: 'score-co', ...fields };
}

async function report(fields: Partial<z.input<typeof ActualInput>>): Promise<void> {
  await post(ctx.app, '/v1/actuals', actual({ companyId: 'score-co', ...fields }));
}

/** A summary as the API writes it: every status counted, zero when none. */
function summary(
  counts: Partial<Counts>,
  ratios: {
    hitRate: string | null;
    unreportedRate: string | null;
    meanSurprise: string | null;
    earlyRate: string | null;
    meanMargin: string | null;
    positiveMarginRate: string | null;
  },
) {
  const all: Counts = { pending: 0, met: 0, missed: 0, unreported: 0, superseded: 0, withdrawn: 0, ...counts };
  return {
    counts: all,
    total: Object.values(all).reduce((a, b) => a + b, 0),
    resolved: all.met + all.missed + all.unreported,
    ...ratios,
  };
}

const NONE_RESOLVED = {
  hitRate: null,
  unreportedRate: null,
  meanSurprise: null,
  earlyRate: null,
  meanMargin: null,
  positiveMarginRate: null,
};
/** Statements with no margin: a neutral metric's, or unreported ones. */
const NO_MARGIN = { meanMargin: null, positiveMarginRate: null };

beforeAll(async () => {
  await seedCompanyLike(ctx.app, 'score-co', [CLOUD_MARGIN, MAAS_ARR, CAPEX]);
  // 1. expect: every quarter of FY2025Q1..FY2025Q2 in the teens. 14% then 24%: met on 2024-11-15, 20% above
  //    the top of the range (surprise +0.2), not early (mode all waits for the window's last quarter).
  await post(ctx.app, '/v1/statements', guidance({ statedOn: '2024-05-15', window: { period: 'FY2025Q1..FY2025Q2' } }));
  await report({ period: 'FY2025Q1', value: '14', publishedAt: '2024-08-20' });
  await report({ period: 'FY2025Q2', value: '24', publishedAt: '2024-11-15' });
  // 2. will: margin above 10% in FY2025Q3. 9%: missed on 2025-02-20, 10% short (surprise -0.1).
  await post(
    ctx.app,
    '/v1/statements',
    guidance({
      statedOn: '2024-09-01',
      commitment: 'will',
      target: { op: 'gt', value: '10' },
      window: { period: 'FY2025Q3' },
      mode: 'any',
    }),
  );
  await report({ period: 'FY2025Q3', value: '9', publishedAt: '2025-02-20' });
  // 3. will: ARR above 30bn by 2024-12-31. 31bn at the end of October: met early on 2024-11-10 (surprise 0).
  await post(
    ctx.app,
    '/v1/statements',
    guidance({
      metric: MAAS_ARR.key,
      statedOn: '2024-05-15',
      commitment: 'will',
      target: { op: 'gt', value: '30000000000' },
      window: { start: '2024-05-15', end: '2024-12-31' },
      mode: 'any',
    }),
  );
  await report({
    metric: MAAS_ARR.key,
    period: undefined,
    date: '2024-10-31',
    value: '31000000000',
    unit: 'CNY',
    publishedAt: '2024-11-10',
  });
  // 4. target: FY2025 capex between 10bn and 20bn, never reported: unreported from 2025-05-01 (30 days' grace).
  await post(
    ctx.app,
    '/v1/statements',
    guidance({
      metric: CAPEX.key,
      statedOn: '2024-04-10',
      commitment: 'target',
      target: { op: 'range', low: '10000000000', high: '20000000000' },
      window: { period: 'FY2025' },
      graceDays: 30,
    }),
  );
  // 5. aspire: margin of 20% or more in 2030, stated 2026-01-01: pending.
  await post(
    ctx.app,
    '/v1/statements',
    guidance({
      statedOn: '2026-01-01',
      commitment: 'aspire',
      target: { op: 'gte', value: '20' },
      window: { start: '2030-01-01', end: '2030-12-31' },
    }),
  );
});

describe('GET /v1/companies/{id}/scorecard', () => {
  it('counts statements by status and computes hit rate, unreported rate, mean surprise and early rate', async () => {
    const card = await get<ScorecardBody>(ctx.app, '/v1/companies/score-co/scorecard');
    expect(card.companyId).toBe('score-co');
    // met 2, missed 1, unreported 1: hit rate 2/4; bias (0.2 + 0 - 0.1) / 3; one of the two met early.
    expect({
      counts: card.counts,
      total: card.total,
      resolved: card.resolved,
      hitRate: card.hitRate,
      unreportedRate: card.unreportedRate,
      meanSurprise: card.meanSurprise,
      earlyRate: card.earlyRate,
      meanMargin: card.meanMargin,
      positiveMarginRate: card.positiveMarginRate,
    }).toEqual(
      summary(
        { met: 2, missed: 1, unreported: 1, pending: 1 },
        {
          hitRate: '0.5',
          unreportedRate: '0.25',
          meanSurprise: '0.0333333333',
          earlyRate: '0.5',
          // Margins beyond the good-side boundary: the top of the teens at 24% (+0.2), 9% against 10% (−0.1), 31bn
          // against 30bn (+1/30); capex is neutral and unreported. Two of the three beat their bar.
          meanMargin: '0.0444444444',
          positiveMarginRate: '0.6666666667',
        },
      ),
    );
    // Nothing changes by itself before the aspiration's deadline: 2030-12-31 plus 60 days' grace.
    expect(card.validUntil).toBe('2031-03-02T00:00:00.000Z');
  });

  it('breaks the scorecard down by metric', async () => {
    const card = await get<ScorecardBody>(ctx.app, '/v1/companies/score-co/scorecard');
    expect(card.byMetric).toEqual([
      {
        key: 'bailian.maas_arr',
        ...summary(
          { met: 1 },
          {
            hitRate: '1',
            unreportedRate: '0',
            meanSurprise: '0',
            earlyRate: '1',
            meanMargin: '0.0333333333',
            positiveMarginRate: '1',
          },
        ),
      },
      {
        key: 'capex',
        ...summary(
          { unreported: 1 },
          { hitRate: '0', unreportedRate: '1', meanSurprise: null, earlyRate: null, ...NO_MARGIN },
        ),
      },
      {
        key: 'cloud.ebita_margin',
        ...summary(
          { met: 1, missed: 1, pending: 1 },
          {
            hitRate: '0.5',
            unreportedRate: '0',
            meanSurprise: '0.05',
            earlyRate: '0',
            meanMargin: '0.05',
            positiveMarginRate: '0.5',
          },
        ),
      },
    ]);
  });

  it('breaks the scorecard down by commitment strength', async () => {
    const card = await get<ScorecardBody>(ctx.app, '/v1/companies/score-co/scorecard');
    expect(card.byCommitment).toEqual([
      { key: 'aspire', ...summary({ pending: 1 }, NONE_RESOLVED) },
      {
        key: 'expect',
        ...summary(
          { met: 1 },
          {
            hitRate: '1',
            unreportedRate: '0',
            meanSurprise: '0.2',
            earlyRate: '0',
            meanMargin: '0.2',
            positiveMarginRate: '1',
          },
        ),
      },
      {
        key: 'target',
        ...summary(
          { unreported: 1 },
          { hitRate: '0', unreportedRate: '1', meanSurprise: null, earlyRate: null, ...NO_MARGIN },
        ),
      },
      {
        key: 'will',
        ...summary(
          { met: 1, missed: 1 },
          {
            hitRate: '0.5',
            unreportedRate: '0',
            meanSurprise: '-0.05',
            earlyRate: '1',
            // (−0.1 + 0.0333333333) / 2, from the margins as stored to 10 places, rounded half away from zero.
            meanMargin: '-0.0333333334',
            positiveMarginRate: '0.5',
          },
        ),
      },
    ]);
  });

  it('scores as of a knowledge time: on 2024-12-31 two promises were met and two still open', async () => {
    const card = await get<ScorecardBody>(ctx.app, '/v1/companies/score-co/scorecard?asOf=2024-12-31');
    expect(card.asOf).toBe('2024-12-31T23:59:59.999Z');
    expect(card).toMatchObject(
      summary(
        { met: 2, pending: 2 },
        {
          hitRate: '1',
          unreportedRate: '0',
          meanSurprise: '0.1',
          earlyRate: '0.5',
          meanMargin: '0.1166666667',
          positiveMarginRate: '1',
        },
      ),
    );
    expect(card.byMetric.map((g) => g.key)).toEqual(['bailian.maas_arr', 'capex', 'cloud.ebita_margin']);
  });
});

describe('the scorecard by quarter', () => {
  it('places a statement with no deadline in the calendar quarter of the period whose actual met it', async () => {
    await seedCompanyLike(ctx.app, 'open-ended-co');
    await post(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      companyId: 'open-ended-co',
      statedOn: '2024-09-15',
      target: { op: 'gte', value: '13' },
      window: { start: '2024-10-01', end: null },
      mode: 'any',
    });
    // FY2025Q3 is October to December 2024 (a March year-end): met by it, in 2024Q4. Never early: there is no
    // deadline to be early for.
    await post(
      ctx.app,
      '/v1/actuals',
      actual({ companyId: 'open-ended-co', period: 'FY2025Q3', value: '14', publishedAt: '2025-02-20' }),
    );
    const card = await get<ScorecardBody>(ctx.app, '/v1/companies/open-ended-co/scorecard');
    expect(card.byQuarter).toEqual([
      {
        key: '2024Q4',
        ...summary(
          { met: 1 },
          {
            hitRate: '1',
            unreportedRate: '0',
            meanSurprise: '0',
            earlyRate: '0',
            // 14% against "at least 13%": (14 − 13) / 13.
            meanMargin: '0.0769230769',
            positiveMarginRate: '1',
          },
        ),
      },
    ]);
  });
});

describe('GET /v1/companies/{id}/scorecard/series', () => {
  const EXPECTED: [quarter: string, end: string, summary: ReturnType<typeof summary>][] = [
    ['FY2025Q1', '2024-06-30', summary({ pending: 3 }, NONE_RESOLVED)],
    ['FY2025Q2', '2024-09-30', summary({ pending: 4 }, NONE_RESOLVED)],
    [
      'FY2025Q3',
      '2024-12-31',
      summary(
        { met: 2, pending: 2 },
        {
          hitRate: '1',
          unreportedRate: '0',
          meanSurprise: '0.1',
          earlyRate: '0.5',
          meanMargin: '0.1166666667',
          positiveMarginRate: '1',
        },
      ),
    ],
    [
      'FY2025Q4',
      '2025-03-31',
      summary(
        { met: 2, missed: 1, pending: 1 },
        {
          hitRate: '0.6666666667',
          unreportedRate: '0',
          meanSurprise: '0.0333333333',
          earlyRate: '0.5',
          meanMargin: '0.0444444444',
          positiveMarginRate: '0.6666666667',
        },
      ),
    ],
    ...['FY2026Q1:2025-06-30', 'FY2026Q2:2025-09-30', 'FY2026Q3:2025-12-31'].map(
      (q): [string, string, ReturnType<typeof summary>] => [
        q.slice(0, 8),
        q.slice(9),
        summary(
          { met: 2, missed: 1, unreported: 1 },
          {
            hitRate: '0.5',
            unreportedRate: '0.25',
            meanSurprise: '0.0333333333',
            earlyRate: '0.5',
            meanMargin: '0.0444444444',
            positiveMarginRate: '0.6666666667',
          },
        ),
      ],
    ),
    ...['FY2026Q4:2026-03-31', 'FY2027Q1:2026-06-30'].map((q): [string, string, ReturnType<typeof summary>] => [
      q.slice(0, 8),
      q.slice(9),
      summary(
        { met: 2, missed: 1, unreported: 1, pending: 1 },
        {
          hitRate: '0.5',
          unreportedRate: '0.25',
          meanSurprise: '0.0333333333',
          earlyRate: '0.5',
          meanMargin: '0.0444444444',
          positiveMarginRate: '0.6666666667',
        },
      ),
    ]),
  ];

  it("gives one point per fiscal quarter, named by Alibaba's March year-end, with the summary as it stood at the quarter's end", async () => {
    const series = await get<SeriesBody>(
      ctx.app,
      '/v1/companies/score-co/scorecard/series?from=2024-04-01&to=2026-06-30',
    );
    expect(series.companyId).toBe('score-co');
    expect(series.points).toEqual(
      EXPECTED.map(([quarter, end, expected]) => ({ quarter, asOf: `${end}T23:59:59.999Z`, ...expected })),
    );
  });

  it('agrees at every point with the scorecard asked as of that quarter end', async () => {
    const series = await get<SeriesBody>(
      ctx.app,
      '/v1/companies/score-co/scorecard/series?from=2024-04-01&to=2026-06-30',
    );
    for (const point of series.points) {
      const card = await get<ScorecardBody>(
        ctx.app,
        `/v1/companies/score-co/scorecard?asOf=${encodeURIComponent(point.asOf)}`,
      );
      const { quarter: _quarter, asOf: _asOf, ...fromSeries } = point;
      expect(
        {
          counts: card.counts,
          total: card.total,
          resolved: card.resolved,
          hitRate: card.hitRate,
          unreportedRate: card.unreportedRate,
          meanSurprise: card.meanSurprise,
          earlyRate: card.earlyRate,
          meanMargin: card.meanMargin,
          positiveMarginRate: card.positiveMarginRate,
        },
        point.quarter,
      ).toEqual(fromSeries);
    }
  });

  it('starts at the quarter holding `from` and ends at the last quarter ended by `to`', async () => {
    const series = await get<SeriesBody>(
      ctx.app,
      '/v1/companies/score-co/scorecard/series?from=2026-05-01&to=2026-12-30',
    );
    expect(series.points.map((p) => p.quarter)).toEqual(['FY2027Q1', 'FY2027Q2']);
  });
});
