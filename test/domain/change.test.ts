// Change targets: the comparison period found by dates alone (month-end and 52/53-week years alike), the change
// computed exactly, and a statement on the change scored as a level statement on the computed change would be.
import fc from 'fast-check';
import { onRecordAt } from '../../src/domain/record-time.js';
import { describe, expect, it } from 'vitest';
import { byPeriodEnd, changeBetween, comparisonFor, mayCompare } from '../../src/domain/change.js';
import { Dec, formatExact } from '../../src/domain/decimal.js';
import { evaluateStatement, knownActuals } from '../../src/domain/evaluate.js';
import { evidenceFrom } from '../../src/domain/knowledge-time.js';
import type { Actual, Metric, Target, TargetChange } from '../../src/domain/model.js';
import { revisionKindsOf } from '../../src/domain/revision-kinds.js';
import { describeChange, positionOf, readTarget } from '../../src/domain/target.js';
import { evaluationTimeline } from '../../src/domain/timeline.js';
import { quarterEnding, statements, targets, tenths } from './arbitraries.js';
import { actual, ebitaMargin, on, statement } from './builders.js';

const YOY: TargetChange = { kind: 'relative', against: 'year-earlier' };
const POINTS_QOQ: TargetChange = { kind: 'absolute', against: 'prior-period' };

const revenue: Metric = { key: 'revenue', unit: 'USD', kind: 'flow', goodDirection: 'higher' };

/** A flow figure published 30 days after its period, as a 10-Q would be. */
function figure(start: string, end: string, value: string, published = end): Actual {
  return actual({ period: [start, end], value, published, id: `${start}..${end}` });
}

const find = (observed: Actual, known: Actual[], against: TargetChange['against']) =>
  comparisonFor(observed, byPeriodEnd(known), against)?.id ?? null;

describe('the comparison period', () => {
  it("finds Apple's FY2024Q1 for FY2025Q1: 52 weeks earlier, not 12 calendar months", () => {
    const fy25q1 = figure('2024-09-29', '2024-12-28', '124300000000');
    const fy24q1 = figure('2023-10-01', '2023-12-30', '119575000000');
    expect(find(fy25q1, [fy24q1], 'year-earlier')).toBe('2023-10-01..2023-12-30');
  });

  it("finds the quarter a year before a 53-week year's 14-week first quarter, 371 days earlier", () => {
    // Apple FY2023 had 53 weeks; its first quarter (2022-09-25..2022-12-31) had 14.
    const fy23q1 = figure('2022-09-25', '2022-12-31', '117154000000');
    const fy22q1 = figure('2021-09-26', '2021-12-25', '123945000000');
    expect(find(fy23q1, [fy22q1], 'year-earlier')).toBe('2021-09-26..2021-12-25');
    // And the 13-week quarter after it compares with the 14-week one, 364 days earlier.
    const fy24q1 = figure('2023-10-01', '2023-12-30', '119575000000');
    expect(find(fy24q1, [fy23q1, fy22q1], 'year-earlier')).toBe('2022-09-25..2022-12-31');
  });

  it('finds the same calendar quarter a year earlier in a month-end year, leap day or not', () => {
    const q = figure('2024-01-01', '2024-03-31', '10');
    expect(find(q, [figure('2023-01-01', '2023-03-31', '9')], 'year-earlier')).toBe('2023-01-01..2023-03-31');
    const feb = figure('2024-02-01', '2024-02-29', '10');
    expect(find(feb, [figure('2023-02-01', '2023-02-28', '9')], 'year-earlier')).toBe('2023-02-01..2023-02-28');
  });

  it('takes only a period of the same length: a half or a year ending then is no quarter', () => {
    const q = figure('2024-01-01', '2024-03-31', '10');
    const half = figure('2022-10-01', '2023-03-31', '18');
    const year = figure('2022-04-01', '2023-03-31', '36');
    expect(find(q, [half, year], 'year-earlier')).toBeNull();
    expect(find(q, [half, year, figure('2023-01-01', '2023-03-31', '9')], 'year-earlier')).toBe(
      '2023-01-01..2023-03-31',
    );
  });

  it('takes nothing ending just outside 364..371 days earlier', () => {
    const q = figure('2024-09-29', '2024-12-28', '10');
    expect(find(q, [figure('2023-09-30', '2023-12-29', '9')], 'year-earlier')).toBe('2023-09-30..2023-12-29');
    expect(find(q, [figure('2023-10-02', '2023-12-31', '9')], 'year-earlier')).toBeNull(); // 363 days
    expect(find(q, [figure('2023-09-24', '2023-12-22', '9')], 'year-earlier')).toBeNull(); // 372 days
  });

  it("finds NVIDIA's FY2025Q1 as the period before FY2025Q2: it ends the day before", () => {
    const q2 = figure('2024-04-29', '2024-07-28', '30040000000');
    const q1 = figure('2024-01-29', '2024-04-28', '26044000000');
    expect(find(q2, [q1], 'prior-period')).toBe('2024-01-29..2024-04-28');
    expect(find(q2, [figure('2024-01-29', '2024-04-27', '1')], 'prior-period')).toBeNull();
  });

  it('finds a reading a year earlier for a stock, and no prior period for a reading', () => {
    const arr = actual({ period: '2026-06-30', value: '10', published: '2026-07-15', id: 'now' });
    const before = actual({ period: '2025-06-30', value: '5', published: '2025-07-15', id: 'then' });
    expect(find(arr, [before], 'year-earlier')).toBe('then');
    expect(find(arr, [before], 'prior-period')).toBeNull();
  });
});

describe('the change', () => {
  it('is relative in percent of the comparison: 124.3bn against 119.575bn is up 3.95…%', () => {
    const change = changeBetween('124300000000', '119575000000', 'relative');
    expect(change?.toDecimalPlaces(6).toFixed()).toBe('3.951495');
  });

  it('measures a relative change against the size of a negative figure: a loss from -10 to -5 is +50%', () => {
    expect(changeBetween('-5', '-10', 'relative')?.toFixed()).toBe('50');
    expect(changeBetween('-15', '-10', 'relative')?.toFixed()).toBe('-50');
  });

  it('is absolute in the metric unit, exactly: a margin from 30.25 to 29.1 is -1.15 points', () => {
    expect(changeBetween('29.1', '30.25', 'absolute')?.toFixed()).toBe('-1.15');
  });

  it('has no relative change from zero, but an absolute one', () => {
    expect(changeBetween('5', '0', 'relative')).toBeNull();
    expect(changeBetween('5', '0', 'absolute')?.toFixed()).toBe('5');
  });

  const nonZero = tenths.filter((t) => !new Dec(t).isZero());

  it('is 0 from a figure to itself, relative or absolute', () => {
    fc.assert(
      fc.property(nonZero, (x) => {
        expect(changeBetween(x, x, 'relative')?.isZero()).toBe(true);
        expect(changeBetween(x, x, 'absolute')?.isZero()).toBe(true);
      }),
    );
  });

  it('is antisymmetric when absolute: a to b is minus b to a', () => {
    fc.assert(
      fc.property(tenths, tenths, (a, b) => {
        const there = changeBetween(a, b, 'absolute');
        const back = changeBetween(b, a, 'absolute');
        expect(there?.eq(back?.neg() ?? NaN)).toBe(true);
      }),
    );
  });
});

describe('a statement on the change', () => {
  /** December-quarter revenue to grow low to mid single digits year over year (Apple, FY2025Q1). */
  const growth: Target = { op: 'range', low: '1', high: '6', lowInclusive: true, highInclusive: true, change: YOY };
  const apple = statement({
    metric: revenue,
    statedOn: '2024-10-31',
    target: { ...growth, wording: 'low to mid single digits' },
    window: { start: '2024-09-29', end: '2024-12-28' },
    periodicity: 'quarter',
    mode: 'final',
    graceDays: 45,
    calendar: { fiscalYearEndMonth: 9 },
  });
  const fy24q1 = figure('2023-10-01', '2023-12-30', '119575000000', '2024-02-01');
  const fy25q1 = figure('2024-09-29', '2024-12-28', '124300000000', '2025-01-30');

  it('is met on the change from the figure a year earlier, and says so with both figures', () => {
    const e = evaluateStatement(apple, [fy24q1, fy25q1], on('2025-02-01'));
    expect(e.status).toBe('met');
    expect(e.observations).toEqual([
      {
        actualId: fy25q1.id,
        periodStart: '2024-09-29',
        periodEnd: '2024-12-28',
        value: '124300000000',
        comparison: { actualId: fy24q1.id, periodStart: '2023-10-01', periodEnd: '2023-12-30', value: '119575000000' },
        change: formatExact(new Dec('4725000000').div('119575000000').times(100)),
      },
    ]);
    expect(e.explanation).toBe(
      'revenue 2024-09-29..2024-12-28 = 124.3bn USD against 119.575bn USD for 2023-10-01..2023-12-30, up 3.9515%, ' +
        'within the target (year-over-year change of +1 to +6%, stated as "low to mid single digits"), the final ' +
        'period of 2024-09-29..2024-12-28.',
    );
  });

  it('takes its margin and surprise on the change: 7% growth against 1 to 6% beats the top by 1/6', () => {
    const strong = figure('2024-09-29', '2024-12-28', '127945250000', '2025-01-30'); // +7%
    const e = evaluateStatement(apple, [fy24q1, strong], on('2025-02-01'));
    expect(e.observations[0]?.change).toBe('7');
    expect(e).toMatchObject({ status: 'met', position: 'above', margin: '0.1666666667', surprise: '0.1666666667' });
  });

  it('has no observation without the comparison figure: pending, then unreported after the grace', () => {
    const pending = evaluateStatement(apple, [fy25q1], on('2025-02-01'));
    expect(pending.status).toBe('pending');
    expect(pending.observations).toEqual([]);
    expect(pending.explanation).toBe(
      'revenue 2024-09-29..2024-12-28 = 124.3bn USD, but no figure for the same period a year earlier is known yet ' +
        'to compare it with; reports count until 2025-02-11.',
    );
    const silent = evaluateStatement(apple, [fy25q1], on('2025-03-01'));
    expect(silent.status).toBe('unreported');
    expect(silent.explanation).toBe(
      'revenue 2024-09-29..2024-12-28 = 124.3bn USD, but no figure for the same period a year earlier to compare ' +
        "it with was public by 2025-02-11, the end of 45 days' grace.",
    );
  });

  it('has no relative observation against a zero figure, and says why', () => {
    const zero = figure('2023-10-01', '2023-12-30', '0', '2024-02-01');
    const e = evaluateStatement(apple, [zero, fy25q1], on('2025-03-01'));
    expect(e.status).toBe('unreported');
    expect(e.explanation).toBe(
      'revenue 2024-09-29..2024-12-28 = 124.3bn USD against 0 USD for 2023-10-01..2023-12-30: a change in percent ' +
        'from zero is undefined.',
    );
  });

  it('is re-scored when the comparison figure is restated, from the instant the restatement is public', () => {
    // Restated down to 118bn: growth becomes 5.34%, still met; restated down to 110bn: 13%, above the range
    // (met, higher is better) with a larger margin.
    const restated = figure('2023-10-01', '2023-12-30', '110000000000', '2025-03-15');
    const segments = evaluationTimeline(apple, [fy24q1, fy25q1, restated], null, on('2024-10-31'));
    const last = segments.at(-1);
    expect(last?.from).toBe(on('2025-03-15'));
    expect(last?.evaluation.observations[0]?.comparison?.value).toBe('110000000000');
    expect(last?.evaluation.position).toBe('above');
    expect(segments.at(-2)?.evaluation.position).toBe('within');
  });

  it('forgets a retracted comparison figure at every knowledge time, and keeps it for a record time before the retraction', () => {
    const wrong = figure('2023-10-01', '2023-12-30', '100000000000', '2024-03-01');
    const retracted = { ...wrong, retractedAt: on('2025-02-05') };
    const all = [fy24q1, retracted, fy25q1];
    const comparisonAt = (actuals: Actual[], asOf: number) =>
      evaluateStatement(apple, actuals, asOf).observations[0]?.comparison?.actualId;
    expect(comparisonAt(all, on('2025-02-01'))).toBe(fy24q1.id);
    expect(comparisonAt(all, on('2025-02-06'))).toBe(fy24q1.id);
    expect(comparisonAt(onRecordAt(all, on('2025-02-01')), on('2025-02-01'))).toBe(wrong.id);
  });

  it('judges "operating margin down about 1 point" on the change in percentage points from the prior quarter', () => {
    const margin = statement({
      metric: ebitaMargin,
      target: { op: 'about', value: '-1', tolerance: '0.5', change: POINTS_QOQ, wording: 'down about 1 point' },
      window: { start: '2026-07-01', end: '2026-09-30', label: 'FY2027Q2' },
      mode: 'final',
    });
    const q1 = figure('2026-04-01', '2026-06-30', '30.25', '2026-05-20');
    const q2 = figure('2026-07-01', '2026-09-30', '29.1', '2026-11-15');
    const e = evaluateStatement(margin, [q1, q2], on('2026-11-16'));
    expect(e.status).toBe('met');
    expect(e.explanation).toBe(
      'cloud.ebita_margin FY2027Q2 (2026-07-01..2026-09-30) = 29.1% against 30.25% for FY2027Q1 ' +
        '(2026-04-01..2026-06-30), down 1.15 points, within the target (period-over-period change of about -1 ' +
        'point (-1.5 to -0.5 points), stated as "down about 1 point"), the final period of FY2027Q2 (2026-07-01..2026-09-30).',
    );
  });

  it('takes as comparisons only figures that can be one: of the periodicity, ending before the window', () => {
    expect(mayCompare(apple, '2023-10-01', '2023-12-30')).toBe(true);
    expect(mayCompare(apple, '2022-12-25', '2023-12-30')).toBe(false); // a year, not a quarter
    expect(mayCompare(apple, '2022-07-01', '2022-09-30')).toBe(false); // too early to be a year before
    expect(mayCompare({ ...apple, target: { ...growth, change: undefined } }, '2023-10-01', '2023-12-30')).toBe(false);
  });
});

describe('a change target on figures is a level target on the computed change', () => {
  it('gives the same status, position, surprise, margin and error', () => {
    let decided = 0;
    const changes = fc.constantFrom<TargetChange>(YOY, POINTS_QOQ, { kind: 'relative', against: 'prior-period' });
    // A dense series of quarters (fiscal quarters of a March year-end), each reported or not, late or soon.
    const quarterMonths = Array.from({ length: 22 }, (_, i) => -13 + 3 * i);
    const level = fc.array(
      fc.option(fc.record({ value: tenths, lagDays: fc.integer({ min: 1, max: 120 }) }), { freq: 5, nil: null }),
      { minLength: quarterMonths.length, maxLength: quarterMonths.length },
    );
    fc.assert(
      fc.property(
        statements,
        targets,
        changes,
        level,
        fc.integer({ min: 0, max: 1600 }),
        (s, t, change, specs, day) => {
          const onChange = { ...s, target: { ...t, change } };
          const figures = specs.flatMap((spec, i) => {
            if (spec === null) return [];
            const [start, end] = quarterEnding(quarterMonths[i] ?? 0);
            const published = on(end) + spec.lagDays * 86_400_000;
            return [
              {
                id: `a${i}`,
                periodStart: start,
                periodEnd: end,
                value: spec.value,
                publishedAt: published,
                retractedAt: null,
              },
            ];
          });
          const asOf = on('2025-10-01') + day * 86_400_000;
          const byId = new Map(figures.map((f) => [f.id, f]));
          const judged = evaluateStatement(onChange, figures, asOf);
          // The level statement sees, for each observed period, one figure: the change; and the figures that were
          // already public when the statement was made, which take their periods out of the forecast for both.
          const already = knownActuals(figures, asOf).filter((a) => a.publishedAt < evidenceFrom(s.statedOn));
          const computed = [
            ...already,
            ...judged.observations.map((o) => ({ ...byId.get(o.actualId), value: o.change ?? '' }) as Actual),
          ];
          const onLevel = evaluateStatement({ ...s, target: t }, computed, asOf);
          if (judged.status === 'met' || judged.status === 'missed') decided += 1;
          if (judged.status === 'unreported' || judged.status === 'pending') {
            // A figure without a comparison is silence for the change, and absent for the level: the same status.
            expect(onLevel.status).toBe(judged.status);
            return;
          }
          expect({
            status: onLevel.status,
            position: onLevel.position,
            surprise: onLevel.surprise,
            margin: onLevel.margin,
            error: onLevel.error,
            early: onLevel.early,
            decidingActualId: onLevel.decidingActualId,
          }).toEqual({
            status: judged.status,
            position: judged.position,
            surprise: judged.surprise,
            margin: judged.margin,
            error: judged.error,
            early: judged.early,
            decidingActualId: judged.decidingActualId,
          });
        },
      ),
      { numRuns: 300 },
    );
    // The run did reach decisions on the change, not only silence.
    expect(decided).toBeGreaterThan(30);
  });
});

describe('reading targets people state', () => {
  it('reads "$32.5 billion, plus or minus 2%" as 31.85bn to 33.15bn', () => {
    const target: Target = { op: 'about', value: '32500000000', tolerancePercent: '2' };
    expect(readTarget(target, 'USD')).toBe('about 32.5bn USD, plus or minus 2% (31.85bn to 33.15bn USD)');
    expect(positionOf('31850000000', target)).toBe('within');
    expect(positionOf('31849999999.99', target)).toBe('below');
  });

  it('reads a change target with signed numbers in the unit of the change', () => {
    const yoy = (t: Target): Target => ({ ...t, change: YOY });
    expect(readTarget(yoy({ op: 'gt', value: '10' }), 'USD')).toBe('year-over-year change above +10%');
    expect(readTarget(yoy({ op: 'gte', value: '0' }), 'USD')).toBe('year-over-year change of at least 0%');
    expect(
      readTarget(yoy({ op: 'range', low: '-5', high: '-2', lowInclusive: true, highInclusive: true }), 'USD'),
    ).toBe('year-over-year change of -5 to -2%');
    const dollars: Target = { op: 'lte', value: '-2000000000', change: { kind: 'absolute', against: 'year-earlier' } };
    expect(readTarget(dollars, 'USD')).toBe('year-over-year change of at most -2bn USD');
  });

  it('says which way a figure moved, without doubling the direction words', () => {
    expect(describeChange('-1.15', POINTS_QOQ, 'percent')).toBe('down 1.15 points');
    expect(describeChange('1', POINTS_QOQ, 'percent')).toBe('up 1 point');
    expect(describeChange('0', YOY, 'USD')).toBe('unchanged');
    expect(describeChange('3.951494877691825214300648128789462680326', YOY, 'USD')).toBe('up 3.9515%');
    expect(describeChange('4725000000', { kind: 'absolute', against: 'year-earlier' }, 'USD')).toBe('up 4.725bn USD');
  });
});

describe('revising a change target', () => {
  const window = { start: '2024-09-29', end: '2024-12-28' };
  const range = (low: string, high: string, change?: TargetChange): Target => ({
    op: 'range',
    low,
    high,
    lowInclusive: true,
    highInclusive: true,
    ...(change ? { change } : {}),
  });

  it('reads the numbers as for a level when the change is the same: 1–6% to 3–8% is raised', () => {
    expect(revisionKindsOf(range('1', '6', YOY), range('3', '8', YOY), window, window)).toEqual(['raised']);
    expect(revisionKindsOf(range('1', '6', YOY), range('1', '6', YOY), window, window)).toEqual(['reiterated']);
  });

  it('never calls a move between the level and a change, or between changes, a reiteration', () => {
    const anyMove = ['raised', 'lowered', 'narrowed', 'widened'];
    expect(revisionKindsOf(range('1', '6', YOY), range('1', '6'), window, window)).toEqual(anyMove);
    expect(revisionKindsOf(range('1', '6', YOY), range('1', '6', POINTS_QOQ), window, window)).toEqual(anyMove);
  });
});
