// A company's credibility as of a knowledge time: how its evaluated statements add up.
import type { IsoDate } from './dates.js';
import { formatCountRatio, formatExact, formatMean, sum, toDec } from './decimal.js';
import { isResolved } from './evaluate.js';
import { fiscalQuarterOf } from './fiscal.js';
import type { Commitment, Decimal, Evaluation, Status } from './model.js';

/** What a scorecard reads of an evaluation. */
export interface ScoredEvaluation extends Pick<Evaluation, 'status' | 'surprise' | 'margin' | 'early'> {
  /** The period end of the actual that decided it (met or missed), when one did. */
  decidedPeriodEnd: IsoDate | null;
}

/** The part of a whole evaluation that a scorecard reads. */
export function scoredEvaluation(evaluation: Evaluation): ScoredEvaluation {
  const deciding = evaluation.observations.find((o) => o.actualId === evaluation.decidingActualId);
  return {
    status: evaluation.status,
    surprise: evaluation.surprise,
    margin: evaluation.margin,
    early: evaluation.early,
    decidedPeriodEnd: deciding?.periodEnd ?? null,
  };
}

export interface ScorecardItem {
  evaluation: ScoredEvaluation;
  metricKey: string;
  commitment: Commitment;
  statedOn: IsoDate;
  windowEnd: IsoDate | null;
}

export interface ScorecardSummary {
  /** Every status is present, zero when none. */
  counts: Record<Status, number>;
  total: number;
  /** met + missed + unreported: the statements whose outcome is known. */
  resolved: number;
  /** met / resolved; null when nothing resolved. Silence counts against it. */
  hitRate: Decimal | null;
  /** unreported / resolved; null when nothing resolved. */
  unreportedRate: Decimal | null;
  /** Mean surprise of met and missed statements: the bias; negative means management over-promises. */
  meanSurprise: Decimal | null;
  /** Share of met statements met before their window closed; null when none met. */
  earlyRate: Decimal | null;
  /**
   * Mean margin of met and missed statements (beyond the good-side boundary); null when none has one. Routinely
   * positive means management clears its own bar: sandbagging.
   */
  meanMargin: Decimal | null;
  /** Share of met and missed statements with a margin whose margin is positive; null when none has one. */
  positiveMarginRate: Decimal | null;
}

export interface ScorecardGroup extends ScorecardSummary {
  key: string;
}

export interface Scorecard extends ScorecardSummary {
  byMetric: ScorecardGroup[];
  byCommitment: ScorecardGroup[];
  /** Resolved statements by the calendar quarter their window ended in, e.g. '2026Q3'. */
  byQuarter: ScorecardGroup[];
}

/** What a leaderboard can be ranked by: the hit rate, or the sandbagging signal (mean margin, positive share). */
export const LEADERBOARD_SORTS = ['hitRate', 'meanMargin', 'positiveMarginRate', 'unreportedRate'] as const;

/** The order in which a leaderboard sort is best first: a low unreported rate is good, the other ratios high. */
export const BEST_FIRST: Record<LeaderboardSort, 'asc' | 'desc'> = {
  hitRate: 'desc',
  meanMargin: 'desc',
  positiveMarginRate: 'desc',
  unreportedRate: 'asc',
};
export type LeaderboardSort = (typeof LEADERBOARD_SORTS)[number];

function ratio(numerator: number, denominator: number): Decimal | null {
  return denominator === 0 ? null : formatCountRatio(numerator, denominator);
}

/** What a summary is computed from; a database can total these itself and get the same summary. */
export interface ScorecardTotals {
  counts: Record<Status, number>;
  /** Sum (exact, a plain decimal string) and count of the surprises of met and missed statements. */
  surpriseSum: Decimal;
  surpriseCount: number;
  /** Met statements that were met early. */
  earlyMet: number;
  /** Sum (exact) and count of the margins of met and missed statements, and how many of those are positive. */
  marginSum: Decimal;
  marginCount: number;
  positiveMargins: number;
}

export function emptyCounts(): Record<Status, number> {
  return { pending: 0, met: 0, missed: 0, unreported: 0, superseded: 0, withdrawn: 0 };
}

export function totalsOf(
  evaluations: readonly Pick<Evaluation, 'status' | 'surprise' | 'margin' | 'early'>[],
): ScorecardTotals {
  const counts = emptyCounts();
  for (const e of evaluations) counts[e.status] += 1;
  const surprises = evaluations
    .filter((e) => e.status === 'met' || e.status === 'missed')
    .flatMap((e) => (e.surprise === null ? [] : [toDec(e.surprise)]));
  const margins = evaluations
    .filter((e) => e.status === 'met' || e.status === 'missed')
    .flatMap((e) => (e.margin === null ? [] : [toDec(e.margin)]));
  return {
    counts,
    surpriseSum: formatExact(sum(surprises)),
    surpriseCount: surprises.length,
    earlyMet: evaluations.filter((e) => e.status === 'met' && e.early).length,
    marginSum: formatExact(sum(margins)),
    marginCount: margins.length,
    positiveMargins: margins.filter((m) => m.isPositive() && !m.isZero()).length,
  };
}

/** The one definition of the credibility ratios. */
export function summaryOf(totals: ScorecardTotals): ScorecardSummary {
  const { counts } = totals;
  const resolved = counts.met + counts.missed + counts.unreported;
  return {
    counts,
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    resolved,
    hitRate: ratio(counts.met, resolved),
    unreportedRate: ratio(counts.unreported, resolved),
    meanSurprise: totals.surpriseCount === 0 ? null : formatMean(totals.surpriseSum, totals.surpriseCount),
    earlyRate: ratio(totals.earlyMet, counts.met),
    meanMargin: totals.marginCount === 0 ? null : formatMean(totals.marginSum, totals.marginCount),
    positiveMarginRate: ratio(totals.positiveMargins, totals.marginCount),
  };
}

export function summarize(
  evaluations: readonly Pick<Evaluation, 'status' | 'surprise' | 'margin' | 'early'>[],
): ScorecardSummary {
  return summaryOf(totalsOf(evaluations));
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupBy(items: readonly ScorecardItem[], keyOf: (item: ScorecardItem) => string | null): ScorecardGroup[] {
  const groups = new Map<string, ScoredEvaluation[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    groups.set(key, [...(groups.get(key) ?? []), item.evaluation]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareKeys(a, b))
    .map(([key, evaluations]) => ({ key, ...summarize(evaluations) }));
}

const CALENDAR = { fiscalYearEndMonth: 12 };

/**
 * The calendar quarter a resolved statement falls due in. A statement without a deadline can only resolve by
 * being met, so it is placed in the quarter of the period that met it.
 */
function resolutionQuarter(item: ScorecardItem): string | null {
  const { evaluation } = item;
  if (!isResolved(evaluation.status)) return null;
  const date = item.windowEnd ?? evaluation.decidedPeriodEnd;
  if (date === null) return null;
  const { fiscalYear, quarter } = fiscalQuarterOf(CALENDAR, date);
  return `${fiscalYear}Q${quarter}`;
}

/** A scorecard from totals already added up per group (by a database); groups in key order, as buildScorecard. */
export function scorecardFromTotals(
  all: ScorecardTotals,
  groups: Record<'byMetric' | 'byCommitment' | 'byQuarter', readonly { key: string; totals: ScorecardTotals }[]>,
): Scorecard {
  const present = (list: readonly { key: string; totals: ScorecardTotals }[]) =>
    [...list].sort((a, b) => compareKeys(a.key, b.key)).map(({ key, totals }) => ({ key, ...summaryOf(totals) }));
  return {
    ...summaryOf(all),
    byMetric: present(groups.byMetric),
    byCommitment: present(groups.byCommitment),
    byQuarter: present(groups.byQuarter),
  };
}

export function buildScorecard(items: readonly ScorecardItem[]): Scorecard {
  return {
    ...summarize(items.map((i) => i.evaluation)),
    byMetric: groupBy(items, (i) => i.metricKey),
    byCommitment: groupBy(items, (i) => i.commitment),
    byQuarter: groupBy(items, resolutionQuarter),
  };
}
