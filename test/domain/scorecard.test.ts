import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Dec } from '../../src/domain/decimal.js';
import { evaluateStatement } from '../../src/domain/evaluate.js';
import { COMMITMENTS, STATUSES, type Evaluation } from '../../src/domain/model.js';
import { buildScorecard, scoredEvaluation, type ScorecardItem } from '../../src/domain/scorecard.js';
import { FY27Q1, FY27Q2, actual, evaluation, on, statement } from './builders.js';

function item(fields: Partial<Omit<ScorecardItem, 'evaluation'>> & { evaluation: Evaluation }): ScorecardItem {
  return {
    metricKey: 'cloud.ebita_margin',
    commitment: 'expect',
    statedOn: '2026-05-15',
    windowEnd: '2026-09-30',
    ...fields,
    evaluation: scoredEvaluation(fields.evaluation),
  };
}

const portfolio: ScorecardItem[] = [
  item({ evaluation: evaluation({ status: 'met', early: true, surprise: '0' }) }),
  item({
    evaluation: evaluation({ status: 'missed', surprise: '-0.0461538462' }),
    commitment: 'will',
    windowEnd: '2026-12-31',
  }),
  item({
    evaluation: evaluation({ status: 'met', surprise: '0.1' }),
    metricKey: 'cloud.maas_arr',
    commitment: 'will',
    windowEnd: '2027-03-31',
  }),
  item({ evaluation: evaluation({ status: 'unreported' }), metricKey: 'cloud.maas_arr', commitment: 'aspire' }),
  item({ evaluation: evaluation({ status: 'pending' }), metricKey: 'retail.unit_economics', windowEnd: '2027-06-30' }),
  item({ evaluation: evaluation({ status: 'superseded' }), metricKey: 'retail.unit_economics', commitment: 'may' }),
];

describe('buildScorecard', () => {
  const card = buildScorecard(portfolio);

  it('counts every status, with zero for those that never occur', () => {
    expect(card.counts).toEqual({ pending: 1, met: 2, missed: 1, unreported: 1, superseded: 1, withdrawn: 0 });
    expect(card.total).toBe(6);
    expect(card.resolved).toBe(4);
  });

  it('counts silence against the hit rate: met / (met + missed + unreported)', () => {
    expect(card.hitRate).toBe('0.5');
    expect(card.unreportedRate).toBe('0.25');
  });

  it('averages the surprise of met and missed statements, and the share of met ones met early', () => {
    // (0 − 0.0461538462 + 0.1) / 3
    expect(card.meanSurprise).toBe('0.0179487179');
    expect(card.earlyRate).toBe('0.5');
  });

  it('averages the margins of met and missed statements, and counts how often they cleared the bar', () => {
    const sandbagger = buildScorecard([
      item({ evaluation: evaluation({ status: 'met', margin: '0.2' }) }),
      item({ evaluation: evaluation({ status: 'met', margin: '0.1' }), metricKey: 'cloud.maas_arr' }),
      item({ evaluation: evaluation({ status: 'missed', margin: '-0.06' }) }),
      // Neutral metrics have no margin and do not count towards either figure; nor does a pending statement.
      item({ evaluation: evaluation({ status: 'met', margin: null }), metricKey: 'group.capex' }),
      item({ evaluation: evaluation({ status: 'pending' }) }),
    ]);
    expect(sandbagger.meanMargin).toBe('0.08');
    expect(sandbagger.positiveMarginRate).toBe('0.6666666667');
    expect(sandbagger.byMetric.map((g) => [g.key, g.meanMargin, g.positiveMarginRate])).toEqual([
      ['cloud.ebita_margin', '0.07', '0.5'],
      ['cloud.maas_arr', '0.1', '1'],
      ['group.capex', null, null],
    ]);
  });

  it('has no margin figures when no resolved statement has a margin', () => {
    expect(card.meanMargin).toBeNull();
    expect(card.positiveMarginRate).toBeNull();
  });

  it('breaks the summary down by metric and by commitment, sorted by key', () => {
    expect(card.byMetric.map((g) => [g.key, g.total, g.hitRate])).toEqual([
      ['cloud.ebita_margin', 2, '0.5'],
      ['cloud.maas_arr', 2, '0.5'],
      ['retail.unit_economics', 2, null],
    ]);
    expect(card.byCommitment.map((g) => [g.key, g.hitRate])).toEqual([
      ['aspire', '0'],
      ['expect', '1'],
      ['may', null],
      ['will', '0.5'],
    ]);
  });

  it('places resolved statements in the calendar quarter their window ended, leaving out open ones', () => {
    expect(card.byQuarter.map((g) => [g.key, g.resolved, g.hitRate])).toEqual([
      ['2026Q3', 2, '0.5'],
      ['2026Q4', 1, '0'],
      ['2027Q1', 1, '1'],
    ]);
    expect(card.byQuarter.every((g) => g.counts.pending === 0 && g.counts.superseded === 0)).toBe(true);
  });

  it('places a statement with no deadline in the quarter of the period that met it', () => {
    const met = evaluation({
      status: 'met',
      decidingActualId: 'q',
      observations: [{ actualId: 'q', periodStart: '2026-07-01', periodEnd: '2026-09-30', value: '21' }],
    });
    expect(buildScorecard([item({ evaluation: met, windowEnd: null })]).byQuarter.map((g) => g.key)).toEqual([
      '2026Q3',
    ]);
  });

  it('reads of an evaluation only what it scores, with the period end of the actual that decided it', () => {
    const observations = [
      { actualId: 'p', periodStart: '2026-04-01', periodEnd: '2026-06-30', value: '9' },
      { actualId: 'q', periodStart: '2026-07-01', periodEnd: '2026-09-30', value: '21' },
    ];
    expect(
      scoredEvaluation(
        evaluation({ status: 'met', early: true, surprise: '0.05', decidingActualId: 'q', observations }),
      ),
    ).toEqual({ status: 'met', early: true, surprise: '0.05', margin: null, decidedPeriodEnd: '2026-09-30' });
    expect(scoredEvaluation(evaluation({ status: 'unreported', observations })).decidedPeriodEnd).toBeNull();
  });

  it('has no rates before anything resolves', () => {
    const empty = buildScorecard([item({ evaluation: evaluation({ status: 'pending' }) })]);
    expect(empty).toMatchObject({
      resolved: 0,
      hitRate: null,
      unreportedRate: null,
      meanSurprise: null,
      earlyRate: null,
    });
    expect(empty.byQuarter).toEqual([]);
  });

  it('scores a company from its evaluated statements', () => {
    const margin = statement();
    const q1 = actual({ period: FY27Q1, value: '11', published: '2026-08-20' });
    const q2 = actual({ period: FY27Q2, value: '12.4', published: '2026-11-15' });
    const asOf = on('2026-12-01');
    const items = [
      { s: margin, actuals: [q1, q2] },
      {
        s: statement({ id: 'stmt-2', mode: 'final', target: { op: 'gte', value: '12' }, commitment: 'will' }),
        actuals: [q1, q2],
      },
      { s: statement({ id: 'stmt-3', commitment: 'aspire' }), actuals: [] },
    ].map(({ s, actuals }) => ({
      evaluation: scoredEvaluation(evaluateStatement(s, actuals, asOf)),
      metricKey: s.metric.key,
      commitment: s.commitment,
      statedOn: s.statedOn,
      windowEnd: s.window.end,
    }));
    const card = buildScorecard(items);
    expect(card.counts).toMatchObject({ met: 1, missed: 1, unreported: 1 });
    expect(card.hitRate).toBe('0.3333333333');
    expect(card.meanSurprise).toBe('-0.0230769231');
  });
});

describe('scorecard properties', () => {
  const evaluations = fc
    .record({
      status: fc.constantFrom(...STATUSES),
      early: fc.boolean(),
      surprise: fc.option(
        fc.integer({ min: -1000, max: 1000 }).map((n) => new Dec(n).div(100).toFixed()),
        { nil: null },
      ),
    })
    .map((fields) => scoredEvaluation(evaluation(fields)));
  const items = fc.array(
    fc.record({
      evaluation: evaluations,
      metricKey: fc.constantFrom('a', 'b', 'c'),
      commitment: fc.constantFrom(...COMMITMENTS),
      statedOn: fc.constant('2026-01-01'),
      windowEnd: fc.option(fc.constantFrom('2026-03-31', '2026-09-30', '2027-12-31'), { nil: null }),
    }),
    { maxLength: 30 },
  );

  it('keeps every hit rate within [0, 1]', () => {
    fc.assert(
      fc.property(items, (xs) => {
        const card = buildScorecard(xs);
        for (const summary of [card, ...card.byMetric, ...card.byCommitment, ...card.byQuarter]) {
          if (summary.hitRate === null) expect(summary.resolved).toBe(0);
          else expect(new Dec(summary.hitRate).gte(0) && new Dec(summary.hitRate).lte(1)).toBe(true);
        }
      }),
    );
  });

  it('ignores pending statements in every rate', () => {
    const pending = fc.array(
      fc
        .record({ metricKey: fc.constantFrom('a', 'b'), windowEnd: fc.constant('2026-09-30') })
        .map((f) => item({ ...f, evaluation: evaluation({ status: 'pending' }) })),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(items, pending, (xs, extra) => {
        const rates = ({ hitRate, unreportedRate, meanSurprise, earlyRate }: ReturnType<typeof buildScorecard>) => ({
          hitRate,
          unreportedRate,
          meanSurprise,
          earlyRate,
        });
        expect(rates(buildScorecard([...xs, ...extra]))).toEqual(rates(buildScorecard(xs)));
      }),
    );
  });
});
