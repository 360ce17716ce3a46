// fast-check arbitraries for the scoring core: statements, actuals and knowledge times over 2025-2030.
import fc from 'fast-check';
import { DAY_MS, firstOfMonth, lastOfMonth, shiftMonth, type IsoDate } from '../../src/domain/dates.js';
import { Dec } from '../../src/domain/decimal.js';
import { GOOD_DIRECTIONS, MODES, type Actual, type Target } from '../../src/domain/model.js';
import { on, statement } from './builders.js';

const BASE_MONTH = { year: 2025, month: 10 };

/** A quarter ending at the end of the n-th month after September 2025. */
export function quarterEnding(n: number): [IsoDate, IsoDate] {
  const end = shiftMonth(BASE_MONTH.year, BASE_MONTH.month, n);
  const start = shiftMonth(end.year, end.month, -2);
  return [firstOfMonth(start.year, start.month), lastOfMonth(end.year, end.month)];
}

export const tenths = fc.integer({ min: -300, max: 300 }).map((n) => new Dec(n).div(10).toFixed());

export const targets: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ op: fc.constantFrom('gt' as const, 'gte' as const, 'lt' as const, 'lte' as const), value: tenths }),
  fc.tuple(tenths, tenths, fc.boolean(), fc.boolean()).map(([a, b, lowInclusive, highInclusive]) => {
    const [low, high] = new Dec(a).lte(b) ? [a, b] : [b, a];
    return { op: 'range' as const, low, high, lowInclusive, highInclusive };
  }),
  fc.record({ op: fc.constant('about' as const), value: tenths, tolerance: tenths.map((t) => t.replace('-', '')) }),
  fc.record({
    op: fc.constant('about' as const),
    value: tenths,
    tolerancePercent: fc.integer({ min: 0, max: 50 }).map(String),
  }),
);

export const statements = fc
  .record({
    target: targets,
    goodDirection: fc.constantFrom(...GOOD_DIRECTIONS),
    mode: fc.constantFrom(...MODES),
    startMonth: fc.integer({ min: 0, max: 24 }),
    months: fc.option(fc.integer({ min: 1, max: 24 }), { nil: null }),
    graceDays: fc.integer({ min: 0, max: 90 }),
    // Quarterly promises expect their fiscal quarters; with none, every period wholly inside counts.
    periodicity: fc.constantFrom(null, 'quarter' as const),
  })
  .map(({ target, goodDirection, mode, startMonth, months, graceDays, periodicity }) =>
    statement({
      metric: { key: 'm', unit: 'percent', kind: 'flow', goodDirection },
      target,
      mode,
      window: {
        start: quarterEnding(startMonth)[0],
        end: months === null ? null : quarterEnding(startMonth + months)[1],
      },
      graceDays,
      periodicity,
    }),
  );

/**
 * Statements on the level or, half of them, on the change against a comparison period: of those, the comparison
 * figure of an early quarter lies before the window, and is read from the same record as the rest.
 */
export const levelOrChangeStatements = fc
  .tuple(
    statements,
    fc.option(
      fc.record({
        kind: fc.constantFrom('relative' as const, 'absolute' as const),
        against: fc.constantFrom('year-earlier' as const, 'prior-period' as const),
      }),
      { nil: undefined, freq: 2 },
    ),
  )
  .map(([s, change]) => (change === undefined ? s : { ...s, target: { ...s.target, change } }));

export interface ActualSpec {
  month: number;
  value: string;
  lagDays: number;
  /** Days after publication that saydo recorded it (late loading), from a day before. */
  recordLagDays: number;
  /** Days after it was recorded that saydo recorded its retraction as a wrong entry. */
  retractAfterDays: number | null;
}

export const actualSpec: fc.Arbitrary<ActualSpec> = fc.record({
  month: fc.integer({ min: 0, max: 48 }),
  value: tenths,
  lagDays: fc.integer({ min: 0, max: 200 }),
  recordLagDays: fc.integer({ min: -1, max: 300 }),
  // Most figures stand; a retracted one counts at no knowledge time, so a few are enough.
  retractAfterDays: fc.oneof(
    { weight: 4, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }) },
  ),
});

export function toActual(spec: ActualSpec, index: number): Actual {
  const [periodStart, periodEnd] = quarterEnding(spec.month);
  const publishedAt = on(periodEnd) + spec.lagDays * DAY_MS;
  const recordedAt = publishedAt + spec.recordLagDays * DAY_MS;
  return {
    id: `a${String(index).padStart(3, '0')}`,
    periodStart,
    periodEnd,
    value: spec.value,
    publishedAt,
    recordedAt,
    retractedAt: spec.retractAfterDays === null ? null : recordedAt + spec.retractAfterDays * DAY_MS,
  };
}

/** Knowledge times from late 2025 to 2030, at any hour. */
export const knowledgeTime = fc.integer({ min: 0, max: 1600 * 24 }).map((h) => on('2025-10-01') + h * 3_600_000);
