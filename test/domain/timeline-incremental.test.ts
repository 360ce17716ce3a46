// The timeline keeps its evidence up to date figure by figure; evaluating at each instant from the figures directly
// (evaluateStatement) is the reference it must agree with, segment for segment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, addDays, firstOfMonth, lastOfMonth, shiftMonth, type IsoDate } from '../../src/domain/dates.js';
import { deadlineOf, evaluateStatement } from '../../src/domain/evaluate.js';
import type { Actual, Evaluation, Revision, Statement } from '../../src/domain/model.js';
import { evaluationTimeline } from '../../src/domain/timeline.js';
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

/** A month, or a quarter, ending at the end of the n-th month after September 2025. */
function periodOf(kind: 'month' | 'quarter', n: number): [IsoDate, IsoDate] {
  if (kind === 'quarter') return quarterEnding(n);
  const { year, month } = shiftMonth(2025, 10, n);
  return [firstOfMonth(year, month), lastOfMonth(year, month)];
}

const figures = fc.array(
  fc.record({
    kind: fc.constantFrom('month' as const, 'quarter' as const),
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
  periodicity: fc.constantFrom(null, 'quarter' as const, 'month' as const),
  figures,
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
          const a = actual({ period, value: f.value, published: addDays(period[1], f.lagDays), id: `a${i}` });
          return { ...a, recordedSeq: f.seq, retractedAt: f.retracted ? a.publishedAt : null };
        });
        const from = on(s.statedOn);
        const revision = c.revision ? { kind: c.revision[0], effectiveAt: from + c.revision[1] * DAY_MS } : null;
        const expected = naiveTimeline(s, actuals, revision, from);
        const segments = evaluationTimeline(s, actuals, revision, from);
        expect(segments.map((seg) => ({ from: seg.from, to: seg.to, evaluation: { ...seg.evaluation } }))).toEqual(
          expected,
        );
      }),
      { numRuns: 600 },
    );
  });

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
});
