// An anchor is the condition a clause puts on its metric, found in the text before anything else about the
// clause: a figure with its comparator, a range, a band, or a sign change. Each kind is read in its own file
// (targets.ts, bands.ts, signs.ts); this one holds their common shape and the verbs that govern them.
import type { Target } from '../domain/model.js';
import type { Quantity } from './numbers.js';
import type { Assumption, Piece, Span } from './text.js';

export type Op = 'gt' | 'gte' | 'lt' | 'lte';

/** The verb that governs a target: it decides bare figures' operators and, with the horizon, the mode. */
export type VerbClass = 'crossing' | 'up' | 'down' | 'hold' | 'state' | 'spend';

/** How a bare figure becomes a target once the metric's good direction is known. */
/**
 * 'level': a level moved down to ("reduce net debt to $8 billion", "fall to 310 billion yen"), about the figure;
 * 'named': the figure after the metric's name ("an operating margin of 13%"), about the figure even by a deadline.
 */
export type PointRule = 'gte' | 'lte' | 'about' | 'level' | 'target' | 'carry' | 'named';

export type AnchorForm = 'threshold' | 'range' | 'band' | 'about' | 'point' | 'sign' | 'direction' | 'unsupported';

export interface Anchor extends Piece {
  form: AnchorForm;
  /** Settled target; null for a bare figure until `settlePoint`, and for unsupported figures. */
  target: Target | null;
  /** The figure that carries the unit (the upper end of a range); null for bands, signs and directions. */
  quantity: Quantity | null;
  point: { quantity: Quantity; rule: PointRule } | null;
  verb: VerbClass | null;
  /** "grow 20%", "up 5% to 7%", "decline 3%": the figure is a rate of change. */
  growth: boolean;
  /** Words in the target that name the measure: "turn profitable" speaks of profit, "return to revenue growth" of revenue. */
  impliedMeasure: string | null;
  /** An operator a following verbless figure inherits: "reach 10bn in June, 20bn in September". */
  carry: Op | null;
  assumptions: Assumption[];
  unread: string[];
  /** Why an unsupported figure cannot become a target. */
  unsupported: string | null;
  /** The metric is named after the target: "double-digit revenue growth", "positive free cash flow". */
  subjectAfter: boolean;
  /** "USD 1.05 per share": the metric is a per-share amount. */
  perShare: boolean;
  /** "decrease by a net of 150": a change in the metric's own unit (an amount or a count), not a rate. */
  absoluteChange: boolean;
  /** "held below 40 basis points": a bound placed before a figure in points, with no verb of change, on a level. */
  levelBound: boolean;
  /** "2.0x or better": at least the figure where higher is better, at most where lower is (a debt multiple). */
  orBetter: boolean;
}

const VERBS: [RegExp, VerbClass][] = [
  [
    /^(?:reach|reaches|reached|reaching|hit|hits|hitting|exceed|exceeds|exceeding|surpass|surpasses|surpassing|top|tops|cross|crosses|break|breaks|achieve|achieves|achieving|attain|attains|enter|enters|entering|turn|turns|turning|become|becomes|becoming|pass|passes|beat|beats)$/i,
    'crossing',
  ],
  [
    /^(?:rise|rises|rising|grow|grows|growing|increase|increases|increasing|improve|improves|improving|climb|climbs|climbing|expand|expands|expanding|accelerate|accelerates|accelerating|recover|recovers|raise|lift|go|goes|move|moves)$/i,
    'up',
  ],
  [
    /^(?:narrow|narrows|narrowing|fall|falls|falling|decline|declines|declining|drop|drops|dropping|reduce|reduces|reducing|shrink|shrinks|shrinking|decrease|decreases|decreasing|lower|cut|cuts|decelerate|decelerates)$/i,
    'down',
  ],
  [
    /^(?:remain|remains|stay|stays|maintain|maintains|maintaining|keep|keeps|keeping|hold|holds|holding|sustain|sustains)$/i,
    'hold',
  ],
  [/^(?:invest|invests|investing|spend|spends|spending)$/i, 'spend'],
  [
    /^(?:be|is|are|was|were|been|total|totals|represent|represents|account|accounts|stand|stands|come|comes|serve|serves|deliver|delivers|generate|generates|see|sees)$/i,
    'state',
  ],
];

function verbOf(word: string): VerbClass | null {
  for (const [re, verb] of VERBS) if (re.test(word)) return verb;
  return null;
}

/**
 * The nearest verb before a point of `text`, read backwards, found in time independent of how much text lies
 * before it: the words are classified once, and each word remembers the nearest verb at or before it.
 */
export interface Verbs {
  /** The nearest verb in `text.slice(from, end)` (relative offsets), or null. */
  before(end: number, from?: number): VerbClass | null;
}

export function indexVerbs(text: string): Verbs {
  const words = [...text.matchAll(/[A-Za-z]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const verbs = words.map((w) => verbOf(text.slice(w.start, w.end)));
  /** nearest[i]: the index of the last verb among words 0..i, or -1. */
  const nearest: number[] = [];
  verbs.forEach((v, i) => nearest.push(v !== null ? i : (nearest[i - 1] ?? -1)));
  /** The number of words that start before `at`. */
  const startingBefore = (at: number): number => {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((words[mid]?.start ?? Infinity) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // A word cut by `from` or `end` is read as cut, as it would be in the sliced text.
  const cut = (start: number, end: number): VerbClass | null => (end > start ? verbOf(text.slice(start, end)) : null);
  return {
    before(end, from = 0) {
      let i = startingBefore(end) - 1;
      const last = words[i];
      if (last && last.end > end) {
        const verb = cut(Math.max(last.start, from), end);
        if (verb || last.start < from) return verb;
        i--;
      }
      const first = startingBefore(from);
      const j = nearest[i] ?? -1;
      if (j >= first) return verbs[j] ?? null;
      const straddling = words[first - 1];
      return straddling && straddling.end > from ? cut(from, Math.min(straddling.end, end)) : null;
    },
  };
}

export function anchor(base: Partial<Anchor> & Piece & { form: AnchorForm }): Anchor {
  return {
    target: null,
    quantity: null,
    point: null,
    verb: null,
    growth: false,
    impliedMeasure: null,
    carry: null,
    assumptions: [],
    unread: [],
    unsupported: null,
    subjectAfter: false,
    perShare: false,
    absoluteChange: false,
    levelBound: false,
    orBetter: false,
    ...base,
  };
}

export function overlaps(span: Span, taken: readonly Span[]): boolean {
  return taken.some((t) => span.start < t.end && t.start < span.end);
}

/** "10 to 12", "10-12", "the high twenties to low thirties". */
export const TO = /^\s*(?:-|–|—|to)\s*\+?$/i;
