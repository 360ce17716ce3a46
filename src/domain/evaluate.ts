// Scoring one guidance statement against the actuals known at a knowledge time. Pure: the caller passes asOf.
import { DAY_MS, addDays, compareDates, daysBetween, endOfDayMs, msToDate, type IsoDate } from './dates.js';
import { formatRatio, toDec } from './decimal.js';
import { digestOf } from './observation-digest.js';
import { addPoint, emptySums, projectAt, type LinearSums } from './least-squares.js';
import { fiscalLabelOf, type Period } from './fiscal.js';
import { byPeriodEnd, judgedValue, readChange, type ChangeReading } from './change.js';
import type { Actual, Evaluation, Figure, Observation, Revision, Statement, Status, Trajectory } from './model.js';
import { evidenceFrom } from './knowledge-time.js';
import { expectedPeriods, observes } from './periodicity.js';
import {
  CHANGE_AGAINST,
  errorOf,
  figureAgainstTarget,
  formatJudged,
  formatValue,
  keepsPromise,
  marginOf,
  positionOf,
  surpriseOf,
} from './target.js';

/** A figure that observes a change target but yields no observation: its comparison is missing, or zero. */
export type Gap = Extract<ChangeReading, { ok: false }>;

interface Decision {
  status: 'met' | 'missed';
  deciding: Observation;
  early: boolean;
}

/** Past the deadline, expected periods that would have decided went unreported. */
interface Silence {
  status: 'unreported';
  missing: Period[];
}

const RESOLVED: readonly Status[] = ['met', 'missed', 'unreported'];

export function isResolved(status: Status): boolean {
  return RESOLVED.includes(status);
}

/**
 * Whether actual `a` replaces `b` for the same period: the later publication wins; of two published at the same
 * instant, the later recorded (the latest one known); the id only breaks ties left after that.
 */
export function replaces(a: Actual, b: Actual): boolean {
  if (a.publishedAt !== b.publishedAt) return a.publishedAt > b.publishedAt;
  const aSeq = a.recordedSeq ?? 0;
  const bSeq = b.recordedSeq ?? 0;
  return aSeq !== bSeq ? aSeq > bSeq : a.id > b.id;
}

/**
 * The figures known at `asOf`, one per period. A restatement is a later actual for the same period and wins
 * (point-in-time data, as in I/B/E/S "as reported" histories); a retracted entry was never public and counts at
 * no knowledge time, so the figure it replaced stands throughout. The actuals are the record as it stands at
 * the record time asked for (see onRecordAt in ./record-time.ts): a retraction recorded later is not in it.
 */
export function knownActuals(actuals: readonly Actual[], asOf: number): Actual[] {
  const latest = new Map<string, Actual>();
  for (const actual of actuals) {
    if (actual.publishedAt > asOf) continue;
    if (actual.retractedAt !== null) continue;
    const period = `${actual.periodStart ?? ''}..${actual.periodEnd}`;
    const current = latest.get(period);
    if (current === undefined || replaces(actual, current)) latest.set(period, actual);
  }
  return [...latest.values()];
}

/** What of a statement decides which figures are its observations. */
export type ObservedStatement = Pick<Statement, 'statedOn' | 'window' | 'periodicity' | 'target'>;

/** Oldest period end first; of two periods ending the same day the shorter sorts last, as the latest reading. */
export function byPeriod(
  a: Pick<Figure, 'periodStart' | 'periodEnd'>,
  b: Pick<Figure, 'periodStart' | 'periodEnd'>,
): number {
  return compareDates(a.periodEnd, b.periodEnd) || compareDates(a.periodStart ?? '', b.periodStart ?? '');
}

/**
 * The observations known at `asOf`: the latest known figure of each period that `observes` the statement (wholly
 * inside the window, of its periodicity), when that figure was published after the statement was made. Of a change
 * target, each is the change against its comparison figure known at `asOf` (which may well be older than the
 * statement); a figure whose comparison is missing or zero is no observation, and is returned as a gap.
 */
export function observationsIn(
  statement: ObservedStatement,
  actuals: readonly Actual[],
  asOf: number,
): { observations: Observation[]; gaps: Gap[] } {
  const from = evidenceFrom(statement.statedOn);
  const known = knownActuals(actuals, asOf);
  const figures = known.filter((a) => a.publishedAt >= from && observes(statement, a.periodStart, a.periodEnd));
  const change = statement.target.change;
  if (change === undefined) {
    const observations = figures.map((a) => ({
      actualId: a.id,
      periodStart: a.periodStart,
      periodEnd: a.periodEnd,
      value: a.value,
    }));
    return { observations: observations.sort(byPeriod), gaps: [] };
  }
  const comparisons = byPeriodEnd(known);
  const observations: Observation[] = [];
  const gaps: Gap[] = [];
  for (const figure of figures) {
    const reading = readChange(figure, comparisons, change);
    if (reading.ok) observations.push(reading.observation);
    else gaps.push(reading);
  }
  gaps.sort((a, b) => byPeriod(a.figure, b.figure));
  return { observations: observations.sort(byPeriod), gaps };
}

/** The instant from which a report for the window no longer counts as on time; null without a deadline. */
export function deadlineOf(statement: Statement): number | null {
  const { end } = statement.window;
  return end === null ? null : endOfDayMs(end) + statement.graceDays * DAY_MS;
}

/**
 * What judging reads of the figures known at an instant. `evidenceAt` answers from the figures directly (the
 * reference); a timeline (./timeline.ts) keeps the same answers up to date as figures come, instant by instant.
 */
export interface Evidence {
  /** How many observations there are. */
  readonly count: number;
  /** The observations, oldest period first. */
  observations(): Observation[];
  /** Of change targets, the figures that yield no observation, oldest period first. */
  gaps(): Gap[];
  /** The last of them. */
  lastGap(): Gap | undefined;
  /** The first observation (in period order) that keeps the promise, or that breaks it. */
  first(keeping: boolean): Observation | undefined;
  last(): Observation | undefined;
  /** The observation of an expected period: the latest one whose period ends inside it. */
  reportFor(period: Period): Observation | undefined;
  /** Whether an observation's period ends on the window's last day. */
  readonly reachesWindowEnd: boolean;
  /** Whether some known figure that observes the statement was public before it was made. */
  readonly hasPrior: boolean;
  /** Whether such a figure ends inside the period. */
  priorIn(period: Period): boolean;
  /** The sums of the least-squares line through the observations, x being days since the window opened. */
  readonly sums: LinearSums;
  /** Which figures are observed, as a digest (./observation-digest.ts). */
  digest(): string;
}

/** The point an observation puts on the trajectory: days since the window opened, and the judged value. */
export function trajectoryPoint(statement: ObservedStatement, o: Observation): [number, string] {
  return [daysBetween(statement.window.start, o.periodEnd), judgedValue(o)];
}

export function keeps(statement: Statement, o: Observation): boolean {
  return keepsPromise(judgedValue(o), statement.target, statement.metric.goodDirection);
}

/** The evidence known at `asOf`, read from the actuals at once: the reference that timelines must agree with. */
export function evidenceAt(statement: Statement, actuals: readonly Actual[], asOf: number): Evidence {
  const { observations, gaps } = observationsIn(statement, actuals, asOf);
  const from = evidenceFrom(statement.statedOn);
  const prior = knownActuals(actuals, asOf).filter(
    (a) => a.publishedAt < from && observes(statement, a.periodStart, a.periodEnd),
  );
  const sums = emptySums();
  for (const o of observations) {
    const [x, y] = trajectoryPoint(statement, o);
    addPoint(sums, x, y, 1);
  }
  return {
    count: observations.length,
    observations: () => observations,
    gaps: () => gaps,
    lastGap: () => gaps.at(-1),
    first: (keeping) => observations.find((o) => keeps(statement, o) === keeping),
    last: () => observations.at(-1),
    reportFor: (period) => observations.findLast((o) => endsIn(o.periodEnd, period)),
    reachesWindowEnd: observations.some((o) => o.periodEnd === statement.window.end),
    hasPrior: prior.length > 0,
    priorIn: (period) => prior.some((a) => endsIn(a.periodEnd, period)),
    sums,
    digest: () => digestOf(observations),
  };
}

/**
 * Applies the statement's mode. `closed` means no further in-window figure is due: the deadline passed or the
 * period ending on the window's last day is out. Returns null while nothing is decisive.
 */
function decide(statement: Statement, evidence: Evidence, closed: boolean): Decision | null {
  const last = evidence.last();
  const end = statement.window.end;
  switch (statement.mode) {
    case 'any': {
      const firstKept = evidence.first(true);
      if (firstKept) {
        // Without a deadline there is nothing to be early for.
        return { status: 'met', deciding: firstKept, early: end !== null && firstKept.periodEnd < end };
      }
      // When no period kept it, the latest reading (where the metric ended up) is held up as the miss.
      return closed && last ? { status: 'missed', deciding: last, early: false } : null;
    }
    case 'all': {
      // A statement with no deadline ("long-term 20%") is never missed: a weak quarter does not break it.
      const firstBroken = end === null ? undefined : evidence.first(false);
      if (firstBroken) return { status: 'missed', deciding: firstBroken, early: false };
      return closed && last ? { status: 'met', deciding: last, early: false } : null;
    }
    case 'final':
      if (!closed || !last) return null;
      return { status: keeps(statement, last) ? 'met' : 'missed', deciding: last, early: false };
  }
}

/**
 * The expected periods still to be reported when the statement was made, as known then: a period whose figure
 * was already public then (and not since replaced by one that is evidence) is no part of the forecast.
 * null when the statement expects no periods, or none is left.
 */
function stillExpected(statement: Statement, evidence: Evidence): Period[] | null {
  const expected = expectedPeriods(statement);
  if (expected === null) return null;
  if (!evidence.hasPrior) return expected;
  const left = expected.filter((p) => evidence.reportFor(p) !== undefined || !evidence.priorIn(p));
  return left.length > 0 ? left : null;
}

/**
 * Applies the mode when the expected periods are known. Under `all` every expected period must be reported and
 * kept; under `final` the last expected period decides; under `any` one kept period meets it, and it is missed
 * only when every expected period was reported and none kept it. Past the deadline, an expected period that
 * would decide and went unreported makes the statement unreported, unless a reported one already broke it.
 */
function decideExpected(
  statement: Statement,
  evidence: Evidence,
  expected: Period[],
  pastDeadline: boolean,
): Decision | Silence | null {
  const missing = expected.filter((p) => evidence.reportFor(p) === undefined);
  const silence = pastDeadline ? ({ status: 'unreported', missing } as const) : null;
  const last = evidence.last();
  const end = statement.window.end;
  switch (statement.mode) {
    case 'any': {
      const firstKept = evidence.first(true);
      if (firstKept) return { status: 'met', deciding: firstKept, early: end !== null && firstKept.periodEnd < end };
      if (missing.length === 0 && last) return { status: 'missed', deciding: last, early: false };
      return silence;
    }
    case 'all': {
      const firstBroken = evidence.first(false);
      if (firstBroken) return { status: 'missed', deciding: firstBroken, early: false };
      if (missing.length === 0 && last) return { status: 'met', deciding: last, early: false };
      return silence;
    }
    case 'final': {
      const finalPeriod = expected.at(-1);
      const deciding = finalPeriod && evidence.reportFor(finalPeriod);
      if (deciding) return { status: keeps(statement, deciding) ? 'met' : 'missed', deciding, early: false };
      return silence && finalPeriod ? { ...silence, missing: [finalPeriod] } : null;
    }
  }
}

/** A least-squares line of value on days since the window opened, projected to the window's end. */
function trajectoryOf(statement: Statement, evidence: Evidence): Trajectory | null {
  const { start, end } = statement.window;
  const last = evidence.last();
  if (end === null || last === undefined) return null;
  const linear = projectAt(evidence.sums, daysBetween(start, end));
  const projected = linear ?? toDec(judgedValue(last));
  const onTrack = keepsPromise(projected, statement.target, statement.metric.goodDirection);
  return {
    status: onTrack ? 'on_track' : 'off_track',
    projectedValue: formatRatio(projected),
    projectedTo: end,
    method: linear ? 'linear' : 'last_value',
    basedOn: linear ? evidence.count : 1,
  };
}

// --- Sentences -------------------------------------------------------------------------------------------------

function periodText(statement: Statement, start: IsoDate | null, end: IsoDate): string {
  if (start === null) return `at ${end}`;
  const fiscal = statement.calendar ? fiscalLabelOf(statement.calendar, start, end) : null;
  return fiscal ? `${fiscal} (${start}..${end})` : `${start}..${end}`;
}

function windowText(statement: Statement): string {
  const { start, end, label } = statement.window;
  if (end === null) return `the period from ${start}`;
  return label ? `${label} (${start}..${end})` : `${start}..${end}`;
}

/**
 * 'cloud.ebita_margin FY2027Q2 (2026-07-01..2026-09-30) = 12.4%, below the target (13 to under 20%, stated as
 * "the teens")'; of a change target, both figures and the change: 'revenue FY2025Q1 (…) = 124.3bn USD against
 * 119.575bn USD for FY2024Q1 (…), up 3.9509%, within the target (year-over-year change of +1 to +6%)'.
 */
function reading(statement: Statement, o: Observation): string {
  const { target, metric } = statement;
  const period = periodText(statement, o.periodStart, o.periodEnd);
  const against = o.comparison
    ? `${formatValue(o.value, metric.unit)} against ${comparisonText(statement, o.comparison)}, `
    : '';
  return `${metric.key} ${period} = ${against}${figureAgainstTarget(judgedValue(o), target, metric.unit)}`;
}

/** '119.575bn USD for FY2024Q1 (2023-10-01..2023-12-30)' */
function comparisonText(
  statement: Statement,
  figure: { periodStart: IsoDate | null; periodEnd: IsoDate; value: string },
) {
  const period = periodText(statement, figure.periodStart, figure.periodEnd);
  return `${formatValue(figure.value, statement.metric.unit)} for ${period}`;
}

/** The comparison period a change target asks for, named without a calendar. */
function comparisonName(statement: Statement): string {
  return statement.target.change?.against === 'prior-period'
    ? 'the period before it'
    : 'the same period a year earlier';
}

/**
 * A figure that could not be scored, as the start of a sentence: 'revenue FY2025Q1 (…) = 124.3bn USD, but no
 * figure for the same period a year earlier' (the caller says when it was missing), or, when the comparison is
 * zero, the whole reason.
 */
function gapText(statement: Statement, gap: Gap): string {
  const { metric } = statement;
  const head = `${metric.key} ${periodText(statement, gap.figure.periodStart, gap.figure.periodEnd)} = ${formatValue(gap.figure.value, metric.unit)}`;
  if (gap.reason === 'zero-comparison') {
    return `${head} against ${comparisonText(statement, gap.comparison)}: a change in percent from zero is undefined`;
  }
  return `${head}, but no figure for ${comparisonName(statement)}`;
}

function graceText(graceDays: number): string {
  return graceDays === 1 ? "1 day's grace" : `${graceDays} days' grace`;
}

/** What the mode made of the deciding reading, as the end of the sentence. */
function modeClause(statement: Statement, decision: Decision, count: number): string {
  const window = windowText(statement);
  const end = statement.window.end;
  switch (statement.mode) {
    case 'any':
      if (decision.early && end) return `, early: ahead of the window's end on ${end}`;
      return decision.status === 'missed' ? `; no period in ${window} kept the promise` : '';
    case 'all':
      if (decision.status === 'missed') return `, and every period in ${window} had to keep the promise`;
      return `; ${count === 1 ? 'the one period' : `all ${count} periods`} reported in ${window} kept it`;
    case 'final':
      return `, ${decision.deciding.periodEnd === end ? 'the final period of' : 'the latest period reported in'} ${window}`;
  }
}

function decisionSentence(statement: Statement, decision: Decision, count: number): string {
  return `${reading(statement, decision.deciding)}${modeClause(statement, decision, count)}.`;
}

function pendingSentence(statement: Statement, evidence: Evidence, trajectory: Trajectory | null): string {
  const { key, unit } = statement.metric;
  const { start, end } = statement.window;
  const last = evidence.last();
  if (last === undefined) {
    const gap = evidence.lastGap();
    const until =
      end === null ? 'the statement has no deadline' : `reports count until ${addDays(end, statement.graceDays)}`;
    if (gap) {
      const missing = gap.reason === 'no-comparison' ? ' is known yet to compare it with' : '';
      return `${gapText(statement, gap)}${missing}; ${until}.`;
    }
    if (end === null) return `No ${key} figure since ${start} is public yet, and the statement has no deadline.`;
    return `No ${key} figure for ${windowText(statement)} is public yet; ${until}.`;
  }
  if (trajectory === null) return `Latest ${reading(statement, last)}; the statement has no deadline.`;
  const how =
    trajectory.method === 'linear' ? `a linear trend over ${trajectory.basedOn} periods` : 'holding the latest value';
  const track = trajectory.status === 'on_track' ? 'on track' : 'off track';
  const projected = formatJudged(trajectory.projectedValue, statement.target, unit, 'derived');
  const what = statement.target.change ? `a ${CHANGE_AGAINST[statement.target.change.against]} of ` : '';
  return `Latest ${reading(statement, last)}; ${how} projects ${what}${projected} at ${trajectory.projectedTo}, ${track}.`;
}

/** Whether a figure's period ends inside an expected period. */
export function endsIn(periodEnd: IsoDate, period: Period): boolean {
  return periodEnd >= period.start && periodEnd <= period.end;
}

/**
 * Names the last day a report counted, not the knowledge time, so the sentence holds from the deadline on; and
 * the expected periods that went unreported, when it was they that were missing rather than the whole window. Of a
 * change target, a period whose figure came but whose comparison did not (or was zero) is named with both.
 */
function unreportedSentence(
  statement: Statement,
  windowEnd: IsoDate,
  missing: Period[] | null = null,
  allGaps: Gap[] = [],
): string {
  const grace = statement.graceDays > 0 ? `, the end of ${graceText(statement.graceDays)}` : '';
  const lastDay = addDays(windowEnd, statement.graceDays);
  const gaps = missing ? allGaps.filter((g) => missing.some((p) => endsIn(g.figure.periodEnd, p))) : allGaps;
  const silent = missing ? missing.filter((p) => !gaps.some((g) => endsIn(g.figure.periodEnd, p))) : null;
  const sentences = gaps.map((gap) =>
    gap.reason === 'zero-comparison'
      ? `${gapText(statement, gap)}.`
      : `${gapText(statement, gap)} to compare it with was public by ${lastDay}${grace}.`,
  );
  if ((silent === null && gaps.length === 0) || (silent !== null && silent.length > 0)) {
    const what = silent ? silent.map((p) => periodText(statement, p.start, p.end)).join(' or ') : windowText(statement);
    sentences.unshift(`No ${statement.metric.key} figure for ${what} was public by ${lastDay}${grace}.`);
  }
  return sentences.join(' ');
}

function revisionSentence(revision: Revision): string {
  const on = msToDate(revision.effectiveAt);
  if (revision.kind === 'withdrawn') return `Withdrawn on ${on}, before it resolved.`;
  const by = revision.byStatementId ? `statement ${revision.byStatementId}` : 'a later statement';
  return `Superseded on ${on} by ${by} (${revision.kind}), before it resolved.`;
}

// --- Evaluation ------------------------------------------------------------------------------------------------

/** An evaluation but for its observations, which a timeline reads only when it presents them. */
export type Verdict = Omit<Evaluation, 'observations'>;

/** The statement judged on the evidence public at `asOf`, ignoring revisions. */
function judge(statement: Statement, evidence: Evidence, asOf: number): Verdict {
  const deadline = deadlineOf(statement);
  const pastDeadline = deadline !== null && asOf >= deadline;
  const closed = pastDeadline || evidence.reachesWindowEnd;
  const base = {
    statementId: statement.id,
    asOf,
    early: false,
    decidingActualId: null,
    position: null,
    surprise: null,
    error: null,
    margin: null,
    trajectory: null,
  };

  const expected = stillExpected(statement, evidence);
  const decision = expected
    ? decideExpected(statement, evidence, expected, pastDeadline)
    : decide(statement, evidence, closed);
  if (decision?.status === 'unreported' && statement.window.end !== null) {
    const missing = decision.missing.length === expectedPeriods(statement)?.length ? null : decision.missing;
    return {
      ...base,
      status: 'unreported',
      explanation: unreportedSentence(statement, statement.window.end, missing, evidence.gaps()),
    };
  }
  if (decision && decision.status !== 'unreported') {
    const { actualId } = decision.deciding;
    const value = judgedValue(decision.deciding);
    const { target, metric } = statement;
    return {
      ...base,
      status: decision.status,
      early: decision.early,
      decidingActualId: actualId,
      position: positionOf(value, target),
      surprise: surpriseOf(value, target, metric.goodDirection),
      error: errorOf(value, target),
      margin: marginOf(value, target, metric.goodDirection),
      explanation: decisionSentence(statement, decision, evidence.count),
    };
  }
  // Undecided past the deadline can only mean silence: any in-window figure would have decided every mode.
  if (pastDeadline && evidence.count === 0 && statement.window.end !== null) {
    return {
      ...base,
      status: 'unreported',
      explanation: unreportedSentence(statement, statement.window.end, null, evidence.gaps()),
    };
  }
  const trajectory = trajectoryOf(statement, evidence);
  return {
    ...base,
    status: 'pending',
    trajectory,
    explanation: pendingSentence(statement, evidence, trajectory),
  };
}

/** The knowledge time whose figures decide the evaluation as of `asOf`: a revision known by then freezes it. */
export function judgedAt(asOf: number, revision: Revision | null): number {
  return revision !== null && revision.effectiveAt <= asOf ? revision.effectiveAt : asOf;
}

/**
 * The verdict as of `asOf`, given the evidence known at judgedAt(asOf, revision). A revision known by then freezes
 * the statement at the revision: if it had already resolved, that result stands (management cannot revise away a
 * miss); otherwise it is superseded or withdrawn.
 */
export function verdictOf(statement: Statement, evidence: Evidence, asOf: number, revision: Revision | null): Verdict {
  const at = judgedAt(asOf, revision);
  const judged = judge(statement, evidence, at);
  if (revision === null || revision.effectiveAt > asOf || isResolved(judged.status)) {
    return { ...judged, asOf };
  }
  return {
    ...judged,
    asOf,
    status: revision.kind === 'withdrawn' ? 'withdrawn' : 'superseded',
    trajectory: null,
    explanation: revisionSentence(revision),
  };
}

/**
 * Scores a statement as of knowledge time `asOf` (epoch ms); see verdictOf for revisions. Actuals published at the
 * very instant of the revision count as known before it, since results and new guidance usually come out on the
 * same call.
 */
export function evaluateStatement(
  statement: Statement,
  actuals: readonly Actual[],
  asOf: number,
  revision: Revision | null = null,
): Evaluation {
  const evidence = evidenceAt(statement, actuals, judgedAt(asOf, revision));
  return { ...verdictOf(statement, evidence, asOf, revision), observations: evidence.observations() };
}
