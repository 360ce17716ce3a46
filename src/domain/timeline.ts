// A statement's evaluation as a function of knowledge time. With the facts fixed, the evaluation can change
// only at a few instants: when an actual observing it is published or retracted, when a revision takes effect,
// and when the deadline passes (a window closing meets, misses, or finds an expected period unreported).
// (A retraction is no instant: a retracted figure counts at no knowledge time.) Evaluating at each of them gives every evaluation the statement has had or will have, so "as of T" becomes a
// lookup, and a window closing needs no write to take effect.
import { deadlineOf, evaluateStatement } from './evaluate.js';
import { bearsOn } from './change.js';
import type { Actual, Evaluation, Figure, Revision, Statement } from './model.js';

export interface TimelineSegment {
  /** Knowledge time (epoch ms) from which this evaluation holds. */
  from: number;
  /** Knowledge time at which the next segment takes over; null for the last, which holds from then on. */
  to: number | null;
  evaluation: Evaluation;
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

function sameFigure(a: Figure | undefined, b: Figure | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.actualId === b.actualId && a.value === b.value && a.periodStart === b.periodStart && a.periodEnd === b.periodEnd
  );
}

/** Everything but the knowledge time: two evaluations that differ only in asOf are the same evaluation. */
export function sameEvaluation(a: Omit<Evaluation, 'asOf'>, b: Omit<Evaluation, 'asOf'>): boolean {
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
    a.observations.length === b.observations.length &&
    a.observations.every((o, i) => {
      const p = b.observations[i];
      return p !== undefined && sameFigure(o, p) && sameFigure(o.comparison, p.comparison) && o.change === p.change;
    }) &&
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

/**
 * The statement's evaluations from knowledge time `from` (when it was made) on, as consecutive segments.
 * Each segment's evaluation carries `asOf` = its `from`.
 */
export function evaluationTimeline(
  statement: Statement,
  actuals: readonly Actual[],
  revision: Revision | null,
  from: number,
): TimelineSegment[] {
  const segments: TimelineSegment[] = [];
  for (const at of changeInstants(statement, actuals, revision, from)) {
    const evaluation = evaluateStatement(statement, actuals, at, revision);
    const previous = segments.at(-1);
    if (previous && sameEvaluation(previous.evaluation, evaluation)) continue;
    if (previous) previous.to = at;
    segments.push({ from: at, to: null, evaluation });
  }
  return segments;
}

/** The segment in force at knowledge time `asOf`, or null before the first. */
export function segmentAt(segments: readonly TimelineSegment[], asOf: number): TimelineSegment | null {
  return segments.findLast((s) => s.from <= asOf) ?? null;
}
