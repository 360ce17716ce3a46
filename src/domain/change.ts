// Change targets: the change of a metric against a comparison period, computed from two level figures.
//
// The comparison period is found by dates alone, never through a fiscal calendar, so that 52/53-week years (a year
// earlier is 364 or 371 days earlier) and month-end years (12 calendar months earlier) match alike:
// - `year-earlier`: a period of the same length whose end lies 364..371 days, or 12 calendar months, before;
// - `prior-period`: a period of the same length that ends the day before this one starts.
// "The same length" is the same periodicity class (./periodicity.ts): a 14-week quarter compares with a 13-week one.
import { addDays, addMonths, daysBetween, type IsoDate } from './dates.js';
import { type Dec, formatExact, toDec } from './decimal.js';
import type { Actual, ComparisonBasis, Observation, Statement, TargetChange } from './model.js';
import { observes, periodicityOf } from './periodicity.js';

/** 52 weeks and 53 weeks: the nearest and farthest a year-earlier period can end. */
const YEAR_EARLIER_DAYS = [364, 371] as const;

/**
 * The ends a year-earlier comparison may have, in the order they are preferred: 12 calendar months earlier (a
 * month-end year), 52 weeks, 53 weeks, then the days between, nearest a year first.
 */
function yearEarlierEnds(end: IsoDate): readonly IsoDate[] {
  let ends = yearEarlierMemo.get(end);
  if (ends === undefined) {
    const [nearest, farthest] = YEAR_EARLIER_DAYS;
    const days = [nearest, farthest, 365, 366, 367, 368, 369, 370];
    ends = [...new Set([addMonths(end, -12), ...days.map((d) => addDays(end, -d))])];
    if (yearEarlierMemo.size >= MEMO_LIMIT) yearEarlierMemo.clear();
    yearEarlierMemo.set(end, ends);
  }
  return ends;
}

/**
 * A timeline reads the same figures at every instant: the ends a year earlier, and the change between two
 * figures, are worked out once. Bounded, as toDec's memo is.
 */
const MEMO_LIMIT = 100_000;
const yearEarlierMemo = new Map<IsoDate, readonly IsoDate[]>();
const changeMemo = new WeakMap<Actual, WeakMap<Actual, Map<TargetChange['kind'], string | null>>>();

/** changeBetween of two figures, formatted; remembered per pair of figure objects. */
function changeOfFigures(figure: Actual, comparison: Actual, kind: TargetChange['kind']): string | null {
  let byComparison = changeMemo.get(figure);
  if (byComparison === undefined) changeMemo.set(figure, (byComparison = new WeakMap()));
  let byKind = byComparison.get(comparison);
  if (byKind === undefined) byComparison.set(comparison, (byKind = new Map()));
  if (!byKind.has(kind)) {
    const value = changeBetween(figure.value, comparison.value, kind);
    byKind.set(kind, value === null ? null : formatExact(value));
  }
  return byKind.get(kind) ?? null;
}

/** How far before a window's start a comparison period can end: the reach of rescoring into earlier figures. */
export const COMPARISON_LOOKBACK_DAYS: Record<ComparisonBasis, number> = {
  'year-earlier': YEAR_EARLIER_DAYS[1],
  'prior-period': 1,
};

type Span = { periodStart: IsoDate | null; periodEnd: IsoDate };

/** A period's length: its periodicity class and its days (first to last; 0 for a reading). */
interface Length {
  periodicity: ReturnType<typeof periodicityOf>;
  days: number;
}

/** Lengths of the figures already measured: a timeline compares the same figures at every instant. */
const lengths = new WeakMap<Span, Length>();

function lengthOf(p: Span): Length {
  let length = lengths.get(p);
  if (length === undefined) {
    length = {
      periodicity: periodicityOf(p.periodStart, p.periodEnd),
      days: p.periodStart === null ? 0 : daysBetween(p.periodStart, p.periodEnd),
    };
    lengths.set(p, length);
  }
  return length;
}

/** Two periods of the same length: both readings, or both of one periodicity class (else the same day count). */
function sameLength(a: Span, b: Span): boolean {
  if (a.periodStart === null || b.periodStart === null) return a.periodStart === b.periodStart;
  const [la, lb] = [lengthOf(a), lengthOf(b)];
  return la.periodicity === lb.periodicity && (la.periodicity !== null || la.days === lb.days);
}

/** Figures by the day their period ends, to find a comparison in a few lookups rather than a scan. */
export type FiguresByEnd = ReadonlyMap<IsoDate, readonly Actual[]>;

export function byPeriodEnd(figures: readonly Actual[]): FiguresByEnd {
  const index = new Map<IsoDate, Actual[]>();
  for (const f of figures) {
    const list = index.get(f.periodEnd);
    if (list) list.push(f);
    else index.set(f.periodEnd, [f]);
  }
  return index;
}

/**
 * The ends a comparison period of an observed period may have, in the order they are preferred; none for the
 * prior period of a reading (a stock has no prior period).
 */
export function comparisonEnds(observed: Span, against: ComparisonBasis): readonly IsoDate[] {
  if (against === 'year-earlier') return yearEarlierEnds(observed.periodEnd);
  return observed.periodStart === null ? [] : [addDays(observed.periodStart, -1)];
}

/**
 * The comparison figure for an observed period among `known` (one figure per period, the latest known): the first
 * preferred end that has a figure of the same length; of several there, the nearest in day count, and of two as
 * near the shorter. Which figures are known decides it, never the order they came in. null when there is none.
 */
export function comparisonFor(observed: Span, known: FiguresByEnd, against: ComparisonBasis): Actual | null {
  const days = lengthOf(observed).days;
  for (const end of comparisonEnds(observed, against)) {
    let found: Actual | null = null;
    for (const c of known.get(end) ?? []) {
      if (!sameLength(c, observed)) continue;
      const distance = Math.abs(lengthOf(c).days - days);
      const best = found === null ? Number.POSITIVE_INFINITY : Math.abs(lengthOf(found).days - days);
      if (distance < best || (distance === best && found !== null && lengthOf(c).days < lengthOf(found).days)) {
        found = c;
      }
    }
    if (found) return found;
  }
  return null;
}

/**
 * The change from `comparison` to `current`: absolute, current − comparison exactly; relative, in percent of the
 * comparison's size, (current − comparison) / |comparison| × 100, so a loss narrowing from −10 to −5 is +50.
 * A relative change from zero is undefined: null. The quotient is exact to `Dec`'s 40 significant digits.
 */
export function changeBetween(current: Dec | string, comparison: Dec | string, kind: TargetChange['kind']): Dec | null {
  const now = toDec(current);
  const then = toDec(comparison);
  const difference = now.minus(then);
  if (kind === 'absolute') return difference;
  if (then.isZero()) return null;
  return difference.div(then.abs()).times(100);
}

/** What became of a figure observing a change target: an observation, or why it yields none. */
export type ChangeReading =
  | { ok: true; observation: Observation }
  | { ok: false; figure: Actual; reason: 'no-comparison' }
  | { ok: false; figure: Actual; reason: 'zero-comparison'; comparison: Actual };

function asFigure(a: Actual) {
  return { actualId: a.id, periodStart: a.periodStart, periodEnd: a.periodEnd, value: a.value };
}

/** The change observation of one observed figure, against the comparison figure known alongside it. */
export function readChange(figure: Actual, known: FiguresByEnd, change: TargetChange): ChangeReading {
  const comparison = comparisonFor(figure, known, change.against);
  if (comparison === null) return { ok: false, figure, reason: 'no-comparison' };
  const value = changeOfFigures(figure, comparison, change.kind);
  if (value === null) return { ok: false, figure, reason: 'zero-comparison', comparison };
  return { ok: true, observation: { ...asFigure(figure), comparison: asFigure(comparison), change: value } };
}

/** The number a target judges of an observation: the change for a change target, else the figure itself. */
export function judgedValue(observation: Observation): string {
  return observation.change ?? observation.value;
}

/**
 * The period ends a comparison figure of this statement can have: from the lookback before the window's start to
 * the day before its end. A figure ending there may change the statement's evaluation though it observes nothing.
 */
export function comparisonReach(
  window: { start: IsoDate; end: IsoDate | null },
  against: ComparisonBasis,
): { from: IsoDate; to: IsoDate | null } {
  return {
    from: addDays(window.start, -COMPARISON_LOOKBACK_DAYS[against]),
    to: window.end === null ? null : addDays(window.end, -1),
  };
}

/** Whether a figure for this period may serve as the comparison of one of the statement's observations. */
export function mayCompare(statement: Statement, periodStart: IsoDate | null, periodEnd: IsoDate): boolean {
  const change = statement.target.change;
  if (change === undefined) return false;
  const { from, to } = comparisonReach(statement.window, change.against);
  if (periodEnd < from || (to !== null && periodEnd > to)) return false;
  const periodicity = statement.periodicity ?? null;
  return periodicity === null || periodicityOf(periodStart, periodEnd) === periodicity;
}

/** Whether a figure for this period may bear on the statement: as an observation, or as a comparison. */
export function bearsOn(statement: Statement, periodStart: IsoDate | null, periodEnd: IsoDate): boolean {
  return observes(statement, periodStart, periodEnd) || mayCompare(statement, periodStart, periodEnd);
}
