// The timeline keeps its evidence up to date figure by figure; evaluating at each instant from the figures directly
// (evaluateStatement) is the reference it must agree with, segment for segment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  addDays,
  addMonths,
  firstOfMonth,
  lastOfMonth,
  shiftMonth,
  type IsoDate,
} from '../../src/domain/dates.js';
import { deadlineOf, evaluateStatement } from '../../src/domain/evaluate.js';
import type { Actual, Evaluation, Revision, Statement } from '../../src/domain/model.js';
import { evaluationTimeline, segmentAt } from '../../src/domain/timeline.js';
import { quarterEnding, statements, tenths } from './arbitraries.js';
import { actual, on, statement } from './builders.js';

/** Every instant at which anything is published, revised or due: a superset of those the timeline uses. */
function naiveTimeline(s: Statement, actuals: Actual[], revision: Revision | null, from: number) {
  const deadline = deadlineOf(s);
  const instants = [
    from,
    ...actuals.map((a) => a.publishedAt),
    ...(revision ? [revision.effectiveAt] : []),
    ...(deadline === null ? [] : [deadline]),
  ].map((t) => Math.max(from, t));
  const segments: { from: number; to: number | null; evaluation: Evaluation }[] = [];
  for (const at of [...new Set(instants)].sort((a, b) => a - b)) {
    const evaluation = evaluateStatement(s, actuals, at, revision);
    const previous = segments.at(-1);
    if (previous && JSON.stringify({ ...previous.evaluation, asOf: at }) === JSON.stringify(evaluation)) continue;
    if (previous) previous.to = at;
    segments.push({ from: at, to: null, evaluation });
  }
  return segments;
}

type PeriodKind = 'month' | 'quarter' | '13 weeks' | '14 weeks' | 'reading';

/**
 * A month, a quarter, or 13 or 14 weeks, ending at the end of the n-th month after September 2025 (so that periods
 * of one class but of different day counts end the same day, as a 52/53-week year has them); or a reading on the
 * n-th Monday after 2025-10-06 (so that readings 52 and 53 weeks apart each have year-earlier ones).
 */
function periodOf(kind: PeriodKind, n: number): [IsoDate, IsoDate] | IsoDate {
  if (kind === 'quarter') return quarterEnding(n);
  if (kind === 'reading') return addDays('2025-10-06', 7 * n);
  const { year, month } = shiftMonth(2025, 10, n);
  const end = lastOfMonth(year, month);
  if (kind === 'month') return [firstOfMonth(year, month), end];
  return [addDays(end, kind === '13 weeks' ? -90 : -97), end];
}

/** The period end of a figure's period. */
const endOf = (period: [IsoDate, IsoDate] | IsoDate) => (typeof period === 'string' ? period : period[1]);

const figures = fc.array(
  fc.record({
    kind: fc.constantFrom<PeriodKind>('month', 'quarter', 'quarter', '13 weeks', '14 weeks', 'reading'),
    month: fc.integer({ min: 0, max: 30 }),
    value: tenths,
    lagDays: fc.integer({ min: 0, max: 150 }),
    // Several figures published the same day: the later recorded wins.
    seq: fc.integer({ min: 0, max: 3 }),
    retracted: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  }),
  { maxLength: 40 },
);

const cases = fc.record({
  statement: statements,
  statedDays: fc.integer({ min: -120, max: 300 }),
  change: fc.option(
    fc.record({
      kind: fc.constantFrom('relative' as const, 'absolute' as const),
      against: fc.constantFrom('year-earlier' as const, 'prior-period' as const),
    }),
    { nil: undefined, freq: 4 },
  ),
  periodicity: fc.constantFrom(null, 'quarter' as const, 'month' as const, 'point' as const),
  figures,
  shuffle: fc.array(fc.nat(), { maxLength: 40 }),
  revision: fc.option(
    fc.tuple(fc.constantFrom('raised' as const, 'withdrawn' as const), fc.integer({ min: -30, max: 900 })),
  ),
});

describe('evaluation timeline, kept figure by figure', () => {
  it('has the segments of evaluating at every instant from the figures directly (property)', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const s: Statement = statement({
          ...c.statement,
          statedOn: addDays(c.statement.window.start, c.statedDays),
          periodicity: c.periodicity,
          target: c.change ? { ...c.statement.target, change: c.change } : c.statement.target,
        });
        const actuals = c.figures.map((f, i) => {
          const period = periodOf(f.kind, f.month);
          const a = actual({ period, value: f.value, published: addDays(endOf(period), f.lagDays), id: `a${i}` });
          return { ...a, recordedSeq: f.seq, retractedAt: f.retracted ? a.publishedAt : null };
        });
        const from = on(s.statedOn);
        const revision = c.revision ? { kind: c.revision[0], effectiveAt: from + c.revision[1] * DAY_MS } : null;
        const expected = naiveTimeline(s, actuals, revision, from);
        const segments = evaluationTimeline(s, actuals, revision, from);
        const plain = (timeline: typeof segments) =>
          timeline.map((seg) => ({ from: seg.from, to: seg.to, evaluation: { ...seg.evaluation } }));
        expect(plain(segments)).toEqual(expected);
        // Which figures are known decides every answer, never the order they are handed over in.
        const shuffled = [...actuals];
        for (const [i, k] of c.shuffle.entries()) {
          const j = k % shuffled.length;
          const [x, y] = [shuffled[i % shuffled.length], shuffled[j]];
          if (x && y) [shuffled[i % shuffled.length], shuffled[j]] = [y, x];
        }
        expect(plain(evaluationTimeline(s, shuffled, revision, from))).toEqual(expected);
      }),
      { numRuns: 600 },
    );
    // Two timelines and a reference per run, on a machine other tests load too.
  }, 60_000);

  it('scores a daily series of 3,000 readings in one pass, each segment holding only its verdict', () => {
    const price = statement({
      metric: { key: 'price', unit: 'USD', kind: 'stock', goodDirection: 'higher' },
      target: { op: 'gte', value: '1000' },
      window: { start: '2020-01-01', end: '2030-12-31' },
      statedOn: '2019-12-15',
      mode: 'final',
      periodicity: 'point',
    });
    const days = Array.from({ length: 3000 }, (_, i) => addDays('2020-01-01', i));
    const readings = days.map((d, i) => actual({ period: d, value: String(500 + i), published: d, id: `p${i}` }));
    const segments = evaluationTimeline(price, readings, null, on('2019-12-15'));
    // Made, then one per reading, then the deadline.
    expect(segments).toHaveLength(3002);
    const latest = segments[3000];
    expect(latest?.from).toBe(on(days[2999] ?? ''));
    expect(latest?.evaluation.trajectory).toMatchObject({ method: 'linear', basedOn: 3000 });
    // Read only when asked: its observations are every reading, in order.
    expect(latest?.evaluation.observations.map((o) => o.actualId)).toEqual(readings.map((r) => r.id));
    expect({ ...latest?.evaluation }).toEqual(evaluateStatement(price, readings, on(days[2999] ?? '')));
  });

  it('scores a year-over-year change on a daily series of 3,000 readings in one pass, each against a year earlier', () => {
    const first = '2022-01-01';
    const growth = statement({
      metric: { key: 'price', unit: 'USD', kind: 'stock', goodDirection: 'higher' },
      target: { op: 'gte', value: '5', change: { kind: 'relative', against: 'year-earlier' } },
      window: { start: first, end: '2030-12-31' },
      statedOn: '2021-12-15',
      mode: 'final',
      periodicity: 'point',
    });
    // A year of readings before the window: each reading in it has the one 12 months earlier to compare with.
    const days = Array.from({ length: 3000 + 365 }, (_, i) => addDays('2021-01-01', i));
    const readings = days.map((d, i) => actual({ period: d, value: String(500 + i), published: d, id: `p${i}` }));
    const segments = evaluationTimeline(growth, readings, null, on('2021-12-15'));
    const last = days.at(-1) ?? '';
    const latest = segmentAt(segments, on(last));
    expect(latest?.evaluation.trajectory).toMatchObject({ method: 'linear', basedOn: 3000 });
    expect(latest?.evaluation.observations.at(-1)?.comparison?.periodEnd).toBe(addMonths(last, -12));
    expect({ ...latest?.evaluation, asOf: on(last) }).toEqual(evaluateStatement(growth, readings, on(last)));
    // Re-judging every reading at every instant would take minutes: the timeout is a cost bound too.
  }, 60_000);
});
