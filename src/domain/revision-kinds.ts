// Which kinds of revision the numbers bear out. A revision says how new guidance relates to the old: `raised`
// moves the target up, `lowered` down, `narrowed` keeps it inside the old one, `widened` contains it, and
// `reiterated` keeps target and window. Pure: the statement service refuses a kind the numbers contradict and
// derives one when none is given.
import type { IsoDate } from './dates.js';
import { Dec } from './decimal.js';
import type { RevisionKind, Target } from './model.js';
import { toleranceOf } from './target.js';

/** The kinds a revision with a replacing statement can have (a withdrawal has none and is always explicit). */
export type MovingKind = Exclude<RevisionKind, 'initiated' | 'withdrawn'>;

/** In the order a derived kind is chosen from, when the numbers fit more than one. */
export const MOVING_KINDS: readonly MovingKind[] = ['reiterated', 'raised', 'lowered', 'narrowed', 'widened'];

/** One end of the set of values a target holds; `at: null` is unbounded (−∞ below, +∞ above). */
interface Bound {
  at: Dec | null;
  inclusive: boolean;
}

interface Interval {
  low: Bound;
  high: Bound;
}

const OPEN: Bound = { at: null, inclusive: false };

/** The values a target holds, as an interval. */
export function intervalOf(target: Target): Interval {
  switch (target.op) {
    case 'gt':
      return { low: { at: new Dec(target.value), inclusive: false }, high: OPEN };
    case 'gte':
      return { low: { at: new Dec(target.value), inclusive: true }, high: OPEN };
    case 'lt':
      return { low: OPEN, high: { at: new Dec(target.value), inclusive: false } };
    case 'lte':
      return { low: OPEN, high: { at: new Dec(target.value), inclusive: true } };
    case 'range':
      return {
        low: { at: new Dec(target.low), inclusive: target.lowInclusive },
        high: { at: new Dec(target.high), inclusive: target.highInclusive },
      };
    case 'about': {
      const value = new Dec(target.value);
      const tolerance = toleranceOf(target);
      return {
        low: { at: value.minus(tolerance), inclusive: true },
        high: { at: value.plus(tolerance), inclusive: true },
      };
    }
  }
}

/**
 * Compare two lower bounds by the values they let in: negative when `a` starts lower (lets in more below),
 * positive when higher, 0 when the same.
 */
function compareLow(a: Bound, b: Bound): number {
  if (a.at === null || b.at === null) return a.at === null ? (b.at === null ? 0 : -1) : 1;
  const c = a.at.comparedTo(b.at);
  if (c !== 0) return c;
  return a.inclusive === b.inclusive ? 0 : a.inclusive ? -1 : 1;
}

/** Compare two upper bounds: negative when `a` ends lower, positive when higher, 0 when the same. */
function compareHigh(a: Bound, b: Bound): number {
  if (a.at === null || b.at === null) return a.at === null ? (b.at === null ? 0 : 1) : -1;
  const c = a.at.comparedTo(b.at);
  if (c !== 0) return c;
  return a.inclusive === b.inclusive ? 0 : a.inclusive ? 1 : -1;
}

export interface RevisionWindow {
  start: IsoDate;
  /** null: no deadline. */
  end: IsoDate | null;
}

/** Compare window ends, no deadline last. */
function compareEnds(a: IsoDate | null, b: IsoDate | null): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every kind the move from the old target and window to the new ones fits, in the order a derived kind is
 * chosen from (the first). Never empty.
 *
 * When the target changes, its interval decides: both ends up (or one up, one kept) is raised, both down is
 * lowered, both inward is narrowed, both outward is widened; a move can fit two (35–40 → 37–40 is raised and
 * narrowed). When only the window changes, the same words speak of the window: inside the old is narrowed,
 * around it is widened, and a window moved to other dates fits any kind but reiterated, since the numbers do
 * not say. Target and window both kept is reiterated. A target moved from the level to the change (or between kinds
 * of change) measures something else, so its numbers do not say either: any kind but reiterated.
 */
export function revisionKindsOf(
  oldTarget: Target,
  newTarget: Target,
  oldWindow: RevisionWindow,
  newWindow: RevisionWindow,
): MovingKind[] {
  if (!sameMeasure(oldTarget, newTarget)) return ['raised', 'lowered', 'narrowed', 'widened'];
  const before = intervalOf(oldTarget);
  const after = intervalOf(newTarget);
  const low = compareLow(after.low, before.low);
  const high = compareHigh(after.high, before.high);
  if (low !== 0 || high !== 0) {
    const kinds: MovingKind[] = [];
    if (low >= 0 && high >= 0) kinds.push('raised');
    if (low <= 0 && high <= 0) kinds.push('lowered');
    if (low >= 0 && high <= 0) kinds.push('narrowed');
    if (low <= 0 && high >= 0) kinds.push('widened');
    return kinds;
  }
  const start = compareStarts(newWindow.start, oldWindow.start);
  const end = compareEnds(newWindow.end, oldWindow.end);
  if (start === 0 && end === 0) return ['reiterated'];
  if (start >= 0 && end <= 0) return ['narrowed'];
  if (start <= 0 && end >= 0) return ['widened'];
  return ['raised', 'lowered', 'narrowed', 'widened'];
}

/** Whether two targets judge the same number: both the level, or the same kind of change against the same period. */
function sameMeasure(a: Target, b: Target): boolean {
  return a.change?.kind === b.change?.kind && a.change?.against === b.change?.against;
}

function compareStarts(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
