// A statement's evaluation as a function of knowledge time. With the facts fixed, the evaluation can change
// only at a few instants: when an actual observing it is published or retracted, when a revision takes effect,
// and when the deadline passes (a window closing meets, misses, or finds an expected period unreported).
// (A retraction is no instant: a retracted figure counts at no knowledge time.) Evaluating at each of them gives every evaluation the statement has had or will have, so "as of T" becomes a
// lookup, and a window closing needs no write to take effect.
import type { IsoDate } from './dates.js';
import {
  byPeriod,
  deadlineOf,
  judgedAt,
  keeps,
  observationsIn,
  replaces,
  trajectoryPoint,
  verdictOf,
  type Evidence,
  type Gap,
  type Verdict,
} from './evaluate.js';
import { bearsOn, comparisonEnds, readChange } from './change.js';
import type { Period } from './fiscal.js';
import { evidenceFrom } from './knowledge-time.js';
import { addPoint, emptySums } from './least-squares.js';
import type { Actual, Evaluation, Figure, Observation, Revision, Statement, TargetChange } from './model.js';
import { ObservationDigest } from './observation-digest.js';
import { observes } from './periodicity.js';

export interface TimelineSegment {
  /** Knowledge time (epoch ms) from which this evaluation holds. */
  from: number;
  /** Knowledge time at which the next segment takes over; null for the last, which holds from then on. */
  to: number | null;
  evaluation: Evaluation;
  /** The knowledge time whose figures the evaluation observes, and a digest of which they are. */
  observed: { at: number; digest: string };
}

/** The instants at which the evaluation may change, at or after `from`. */
function changeInstants(
  statement: Statement,
  actuals: readonly Actual[],
  revision: Revision | null,
  from: number,
): number[] {
  const deadline = deadlineOf(statement);
  const instants = new Set<number>([from]);
  for (const a of actuals) {
    // A comparison figure of a change target bears on it as much as an observed one: its restatement re-scores.
    if (!bearsOn(statement, a.periodStart, a.periodEnd)) continue;
    // A retracted figure counts at no knowledge time: it changes nothing, at its publication or later.
    if (a.retractedAt === null) instants.add(Math.max(from, a.publishedAt));
  }
  if (revision) instants.add(Math.max(from, revision.effectiveAt));
  if (deadline !== null) instants.add(Math.max(from, deadline));
  return [...instants].sort((a, b) => a - b);
}

function periodKey(p: Figure | Actual): string {
  return `${p.periodStart ?? ''}..${p.periodEnd}`;
}

function observationOf(a: Actual): Observation {
  return { actualId: a.id, periodStart: a.periodStart, periodEnd: a.periodEnd, value: a.value };
}

/** The first index whose item satisfies `after` (false for a prefix of the items, true for the rest). */
function bisect<T>(items: readonly T[], after: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const item = items[mid];
    if (item !== undefined && after(item)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The verdict with its observations, computed from the figures when they are read (and each time): a timeline's
 * segments would otherwise hold every observation so far, each.
 */
function withObservations(verdict: Verdict, statement: Statement, actuals: readonly Actual[], at: number): Evaluation {
  const evaluation = { ...verdict } as Evaluation;
  Object.defineProperty(evaluation, 'observations', {
    enumerable: true,
    get: () => observationsIn(statement, actuals, at).observations,
  });
  return evaluation;
}

/** Everything but the knowledge time and the observations (which the digest compares). */
function sameVerdict(a: Verdict, b: Verdict): boolean {
  const ta = a.trajectory;
  const tb = b.trajectory;
  return (
    a.statementId === b.statementId &&
    a.status === b.status &&
    a.early === b.early &&
    a.decidingActualId === b.decidingActualId &&
    a.position === b.position &&
    a.surprise === b.surprise &&
    a.error === b.error &&
    a.margin === b.margin &&
    a.explanation === b.explanation &&
    (ta === tb ||
      (ta !== null &&
        tb !== null &&
        ta.status === tb.status &&
        ta.projectedValue === tb.projectedValue &&
        ta.projectedTo === tb.projectedTo &&
        ta.method === tb.method &&
        ta.basedOn === tb.basedOn))
  );
}

/** Counts over positions 0..size-1 (a Fenwick tree): each update and query in O(log size). */
class Counts {
  private readonly tree: Int32Array;
  private readonly top: number;

  constructor(readonly size: number) {
    this.tree = new Int32Array(size + 1);
    let top = 1;
    while (top * 2 <= size) top *= 2;
    this.top = top;
  }

  add(position: number, delta: number): void {
    for (let i = position + 1; i <= this.size; i += i & -i) this.tree[i] = (this.tree[i] ?? 0) + delta;
  }

  /** How many at positions below `end`. */
  before(end: number): number {
    let total = 0;
    for (let i = end; i > 0; i -= i & -i) total += this.tree[i] ?? 0;
    return total;
  }

  /** The position of the k-th (from 1), or -1 when there are fewer. */
  nth(k: number): number {
    let position = 0;
    let left = k;
    for (let step = this.top; step > 0; step >>= 1) {
      const next = position + step;
      const here = this.tree[next] ?? 0;
      if (next <= this.size && here < left) {
        position = next;
        left -= here;
      }
    }
    return position < this.size ? position : -1;
  }

  first(): number {
    return this.nth(1);
  }

  /** The last position in [from, to), or -1. */
  lastIn(from: number, to: number): number {
    const upTo = this.before(to);
    return upTo > this.before(from) ? this.nth(upTo) : -1;
  }
}

/** What an observed period's latest known figure makes of it: an observation, a gap, or a prior figure. */
type Reading = { kind: 'observation'; observation: Observation } | { kind: 'gap'; gap: Gap } | { kind: 'prior' };

/**
 * The evidence of a statement, kept up to date as knowledge time advances: the latest known figure of each period
 * that observes the statement, which of them are observations (published after the statement was made) or were
 * public before it, which keep the promise, and the trajectory's sums. Periods are ranked once in period order,
 * so finding the first kept, the last, or the report for an expected period is a lookup in counts.
 *
 * Of a target on the change, an observation is the change of a figure against its comparison figure known
 * alongside it, which may be any known figure ending where a comparison can (a year or a period earlier, often
 * before the window). Each observed period's comparison ends are listed once, so a figure that becomes known
 * re-reads only the few periods that could be compared with it: a series of N figures costs O(N log N), as on
 * the level.
 */
class ObservationBook implements Evidence {
  private readonly figures: Actual[];
  private next = 0;
  private readonly periods: Actual[];
  /** The rank of the observed period of each figure; -1 for a figure that can only be a comparison. */
  private readonly rankOf: Map<Actual, number>;
  private readonly known: (Actual | undefined)[];
  /** What each observed period's known figure makes of it, as tallied in the counts below. */
  private readonly readings: (Reading | undefined)[];
  private readonly present: Counts;
  private readonly kept: Counts;
  private readonly broken: Counts;
  private readonly prior: Counts;
  private readonly gapped: Counts;
  private readonly evidenceFrom: number;
  private atWindowEnd = 0;
  private readonly running = new ObservationDigest();
  readonly sums = emptySums();
  /** Of a change target: the known figures by period end, one per period, and the ranks each end is compared with. */
  private readonly change: TargetChange | undefined;
  private readonly knownByEnd = new Map<IsoDate, Actual[]>();
  private readonly comparedBy = new Map<IsoDate, number[]>();
  private readonly dirty: Uint8Array;
  private readonly dirtyRanks: number[] = [];

  constructor(
    private readonly statement: Statement,
    actuals: readonly Actual[],
  ) {
    this.change = statement.target.change;
    // A retracted figure counts at no knowledge time; one that cannot bear on the statement changes nothing.
    const bears = this.change === undefined ? observes : bearsOn;
    this.figures = actuals
      .filter((a) => a.retractedAt === null && bears(statement, a.periodStart, a.periodEnd))
      .sort((a, b) => (a === b ? 0 : replaces(a, b) ? 1 : -1));
    const byKey = new Map<string, Actual>();
    for (const a of this.figures) {
      if (observes(statement, a.periodStart, a.periodEnd)) byKey.set(periodKey(a), a);
    }
    this.periods = [...byKey.values()].sort(byPeriod);
    const rank = new Map(this.periods.map((p, i) => [periodKey(p), i]));
    this.rankOf = new Map(this.figures.map((a) => [a, rank.get(periodKey(a)) ?? -1]));
    const size = this.periods.length;
    this.known = new Array<Actual | undefined>(size);
    this.readings = new Array<Reading | undefined>(size);
    this.present = new Counts(size);
    this.kept = new Counts(size);
    this.broken = new Counts(size);
    this.prior = new Counts(size);
    this.gapped = new Counts(size);
    this.dirty = new Uint8Array(size);
    this.evidenceFrom = evidenceFrom(statement.statedOn);
    if (this.change !== undefined) {
      for (const [r, p] of this.periods.entries()) {
        for (const end of comparisonEnds(p, this.change.against)) {
          const ranks = this.comparedBy.get(end);
          if (ranks) ranks.push(r);
          else this.comparedBy.set(end, [r]);
        }
      }
    }
  }

  /** Makes every figure published by `asOf` known; knowledge time only moves forward. */
  advanceTo(asOf: number): this {
    for (let a = this.figures[this.next]; a !== undefined && a.publishedAt <= asOf; a = this.figures[++this.next]) {
      if (this.change !== undefined) {
        this.knowAtEnd(a);
        for (const r of this.comparedBy.get(a.periodEnd) ?? []) this.markDirty(r);
      }
      const rank = this.rankOf.get(a) ?? -1;
      if (rank >= 0) {
        this.known[rank] = a;
        this.markDirty(rank);
      }
    }
    // Each period touched is read once, after every figure published by then is known.
    for (const rank of this.dirtyRanks) {
      this.dirty[rank] = 0;
      this.reread(rank);
    }
    this.dirtyRanks.length = 0;
    return this;
  }

  /** The figure is the latest known of its period, among those ending the same day. */
  private knowAtEnd(a: Actual): void {
    const list = this.knownByEnd.get(a.periodEnd);
    if (list === undefined) {
      this.knownByEnd.set(a.periodEnd, [a]);
      return;
    }
    const key = periodKey(a);
    const i = list.findIndex((b) => periodKey(b) === key);
    if (i === -1) list.push(a);
    else list[i] = a;
  }

  private markDirty(rank: number): void {
    if (this.dirty[rank]) return;
    this.dirty[rank] = 1;
    this.dirtyRanks.push(rank);
  }

  private reread(rank: number): void {
    const before = this.readings[rank];
    if (before) this.tally(rank, before, -1);
    const a = this.known[rank];
    const after = a && this.readingOf(a);
    this.readings[rank] = after;
    if (after) this.tally(rank, after, 1);
  }

  private readingOf(a: Actual): Reading {
    if (a.publishedAt < this.evidenceFrom) return { kind: 'prior' };
    if (this.change === undefined) return { kind: 'observation', observation: observationOf(a) };
    const read = readChange(a, this.knownByEnd, this.change);
    return read.ok ? { kind: 'observation', observation: read.observation } : { kind: 'gap', gap: read };
  }

  private tally(rank: number, reading: Reading, sign: 1 | -1): void {
    switch (reading.kind) {
      case 'prior':
        this.prior.add(rank, sign);
        return;
      case 'gap':
        this.gapped.add(rank, sign);
        return;
      case 'observation': {
        const o = reading.observation;
        this.present.add(rank, sign);
        (keeps(this.statement, o) ? this.kept : this.broken).add(rank, sign);
        if (o.periodEnd === this.statement.window.end) this.atWindowEnd += sign;
        const [x, y] = trajectoryPoint(this.statement, o);
        addPoint(this.sums, x, y, sign);
        this.running.add(o, sign);
      }
    }
  }

  private at(rank: number): Observation | undefined {
    const reading = rank < 0 ? undefined : this.readings[rank];
    return reading?.kind === 'observation' ? reading.observation : undefined;
  }

  private gapAt(rank: number): Gap | undefined {
    const reading = rank < 0 ? undefined : this.readings[rank];
    return reading?.kind === 'gap' ? reading.gap : undefined;
  }

  /** The ranks of the periods ending inside `period`: [from, to). */
  private ranksEndingIn(period: Period): [number, number] {
    return [this.firstEndingFrom(period.start), this.firstEndingAfter(period.end)];
  }

  private firstEndingFrom(date: IsoDate): number {
    return bisect(this.periods, (p) => p.periodEnd >= date);
  }

  private firstEndingAfter(date: IsoDate): number {
    return bisect(this.periods, (p) => p.periodEnd > date);
  }

  get count(): number {
    return this.present.before(this.present.size);
  }

  get reachesWindowEnd(): boolean {
    return this.atWindowEnd > 0;
  }

  get hasPrior(): boolean {
    return this.prior.before(this.prior.size) > 0;
  }

  observations(): Observation[] {
    return this.readings.flatMap((r) => (r?.kind === 'observation' ? [r.observation] : []));
  }

  gaps(): Gap[] {
    return this.readings.flatMap((r) => (r?.kind === 'gap' ? [r.gap] : []));
  }

  lastGap(): Gap | undefined {
    return this.gapAt(this.gapped.lastIn(0, this.gapped.size));
  }

  first(keeping: boolean): Observation | undefined {
    return this.at((keeping ? this.kept : this.broken).first());
  }

  last(): Observation | undefined {
    return this.at(this.present.lastIn(0, this.present.size));
  }

  reportFor(period: Period): Observation | undefined {
    const [from, to] = this.ranksEndingIn(period);
    return this.at(this.present.lastIn(from, to));
  }

  priorIn(period: Period): boolean {
    const [from, to] = this.ranksEndingIn(period);
    return this.prior.before(to) > this.prior.before(from);
  }

  digest(): string {
    return this.running.toString();
  }
}

/**
 * The statement's evaluations from knowledge time `from` (when it was made) on, as consecutive segments.
 * Each segment's evaluation carries `asOf` = its `from`.
 *
 * Cost: the figures are sorted once, and each instant then applies only the figures published at it (of a target
 * on the change, and re-reads the few periods they can be the comparison of), so a series of N figures costs
 * O(N log N) rather than re-judging all N at each of N instants.
 *
 * A segment's observations are computed when read (`observationsOf`): held for every segment, a series of N
 * figures would hold N² of them. Two segments are told apart by the digest of which figures they observe.
 */
export function evaluationTimeline(
  statement: Statement,
  actuals: readonly Actual[],
  revision: Revision | null,
  from: number,
): TimelineSegment[] {
  const instants = changeInstants(statement, actuals, revision, from);
  const book = new ObservationBook(statement, actuals);
  const segments: TimelineSegment[] = [];
  for (const at of instants) {
    const judged = judgedAt(at, revision);
    const evidence = book.advanceTo(judged);
    const verdict = verdictOf(statement, evidence, at, revision);
    const observed = { at: judged, digest: evidence.digest() };
    const previous = segments.at(-1);
    if (!previous || previous.observed.digest !== observed.digest || !sameVerdict(previous.evaluation, verdict)) {
      if (previous) previous.to = at;
      segments.push({
        from: at,
        to: null,
        evaluation: withObservations(verdict, statement, actuals, judged),
        observed,
      });
    }
    // Once a revision is known the statement is frozen at it: no later instant can change the evaluation.
    if (revision !== null && revision.effectiveAt <= at) break;
  }
  return segments;
}

/** The segment in force at knowledge time `asOf`, or null before the first. */
export function segmentAt(segments: readonly TimelineSegment[], asOf: number): TimelineSegment | null {
  return segments.findLast((s) => s.from <= asOf) ?? null;
}
