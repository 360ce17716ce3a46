// Scoring as of a knowledge time. Writes recompute the evaluation timelines of the statements they touch and
// store them; reads look up the segment in force at the knowledge time. The change feed is told of every
// change of status: by the write that caused it, or by the sweeper when a scheduled change (a deadline) comes.
import { addMonths, endOfDayMs, msToDate, type IsoDate } from '../domain/dates.js';
import { nextMidnightMs, statementKnownFrom } from '../domain/knowledge-time.js';
import { fiscalQuartersBetween, type FiscalCalendar } from '../domain/fiscal.js';
import type { Evaluation, Status } from '../domain/model.js';
import { Dec } from '../domain/decimal.js';
import {
  buildScorecard,
  emptyCounts,
  summarize,
  summaryOf,
  BEST_FIRST,
  type LeaderboardSort,
  type Scorecard,
  type ScorecardSummary,
  type ScorecardTotals,
} from '../domain/scorecard.js';
import { evaluationTimeline, type TimelineSegment } from '../domain/timeline.js';
import { InvalidInputError } from '../errors.js';
import type { Clock } from '../lib/clock.js';
import type { NewChange } from '../store/changes.js';
import type { CompanyRow } from '../store/companies.js';
import type { Stores } from '../store/index.js';
import type { MetricRow } from '../store/metrics.js';
import type { StatementRecord } from '../store/statements.js';
import type { SegmentRow, StoredSegment } from '../store/timeline.js';
import { companyCalendar, toDomainRevision, toDomainStatement } from './mapping.js';

/** An evaluation with the span of knowledge time over which it holds. */
export interface KnownEvaluation {
  evaluation: Evaluation;
  /** When this evaluation took effect. */
  validFrom: number;
  /** When it is scheduled to change (a deadline), unless new facts change it first; null: not scheduled. */
  validUntil: number | null;
}

const calendarOf = (company: CompanyRow): FiscalCalendar => companyCalendar(company);

function knownFrom(record: StatementRecord): number {
  return statementKnownFrom(record.row.statedOn);
}

function toSegmentRow(statementId: string, segment: TimelineSegment, now: number): SegmentRow {
  const evaluation = segment.evaluation;
  return {
    statementId,
    validFrom: new Date(segment.from),
    validTo: segment.to === null ? null : new Date(segment.to),
    status: evaluation.status,
    early: evaluation.early,
    decidingActualId: evaluation.decidingActualId,
    position: evaluation.position,
    surprise: evaluation.surprise,
    error: evaluation.error,
    margin: evaluation.margin,
    evaluation: { trajectory: evaluation.trajectory, explanation: evaluation.explanation } satisfies StoredPresentation,
    observationIds: evaluation.observations.map((o) => o.actualId),
    announced: segment.from <= now,
  };
}

/** What a segment's evaluation column holds: the parts of an evaluation its other columns do not. */
type StoredPresentation = Pick<Evaluation, 'trajectory' | 'explanation'>;

/** The stored evaluation of a segment, as of a knowledge time inside it. */
export function fromSegment(row: StoredSegment, asOf: number): KnownEvaluation {
  const { trajectory, explanation } = row.evaluation as StoredPresentation;
  return {
    evaluation: {
      statementId: row.statementId,
      asOf,
      status: row.status,
      early: row.early,
      decidingActualId: row.decidingActualId,
      position: row.position,
      surprise: row.surprise,
      error: row.error,
      margin: row.margin,
      observations: row.observations,
      trajectory,
      explanation,
    },
    validFrom: row.validFrom.getTime(),
    validUntil: row.validTo?.getTime() ?? null,
  };
}

/** What a write changed, for rescoring. */
export interface Rescore {
  /** New facts about a metric's period, known from an instant: a new or restated actual, or a retraction. */
  touches?: { metricId: string; periodEnd: IsoDate; from: number }[];
  /** Statements to score from an instant (a revision's), or from the start when `from` is null (new ones). */
  statements?: { id: string; metricId: string; from: number | null }[];
  /** Metric and company rows the writer already read in its transaction, so rescoring need not read them again. */
  known?: { metrics: MetricRow[]; companies: CompanyRow[] };
}

function statusAt(segments: SegmentRow[], at: number): Status | null {
  return segments.findLast((s) => s.validFrom.getTime() <= at)?.status ?? null;
}

/** At most twenty years of quarters in one series. */
const SERIES_QUARTERS = 80;

/** Compares met/resolved exactly, by cross-multiplying counts, never through the rounded ratio. */
function compareHitRates(a: ScorecardSummary, b: ScorecardSummary): number {
  return a.counts.met * b.resolved - b.counts.met * a.resolved;
}

/** a − b as a sign, exactly, from the totals rather than the rounded ratios; having none ranks lowest. */
function compareQuotients(a: [Dec, number], b: [Dec, number]): number {
  const [aSum, aCount] = a;
  const [bSum, bCount] = b;
  if (aCount === 0 || bCount === 0) return (aCount === 0 ? 0 : 1) - (bCount === 0 ? 0 : 1);
  return aSum.times(bCount).comparedTo(bSum.times(aCount));
}

type Ranked = ScorecardSummary & { totals: ScorecardTotals };

/** Each leaderboard order, as "how much higher is a than b"; having no value ranks lowest. */
const LEADERBOARD_ORDER: Record<LeaderboardSort, (a: Ranked, b: Ranked) => number> = {
  hitRate: compareHitRates,
  unreportedRate: (a, b) =>
    compareQuotients([new Dec(a.counts.unreported), a.resolved], [new Dec(b.counts.unreported), b.resolved]),
  meanMargin: (a, b) =>
    compareQuotients([a.totals.marginSum, a.totals.marginCount], [b.totals.marginSum, b.totals.marginCount]),
  positiveMarginRate: (a, b) =>
    compareQuotients(
      [new Dec(a.totals.positiveMargins), a.totals.marginCount],
      [new Dec(b.totals.positiveMargins), b.totals.marginCount],
    ),
};

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Rows by id: those already read are kept, and only the missing ones are fetched. */
async function byIdReusing<T extends { id: string }>(
  known: T[] | undefined,
  ids: string[],
  fetch: (ids: string[]) => Promise<T[]>,
): Promise<Map<string, T>> {
  const byId = new Map((known ?? []).map((row) => [row.id, row]));
  for (const row of await fetch(ids.filter((id) => !byId.has(id)))) byId.set(row.id, row);
  return byId;
}

export function createScoringService(stores: Stores, clock: Clock) {
  const { statements, actuals, metrics, companies, timeline, changes: feed } = stores;

  /** Tell the feed of the scheduled changes of these statements (all, when null) whose time has come. */
  async function announceDue(now: Date, statementIds: string[] | null): Promise<number> {
    // Only these statements' rows: claiming others' (and filtering here) would lock rows this write does not
    // announce, and a backlog of others' could crowd these out of the limit.
    const due = await timeline.claimDue(now, 1000, statementIds);
    if (due.length === 0) return 0;
    const ids = [...new Set(due.map((s) => s.statementId))];
    const segments = groupBy(await timeline.forStatements(ids), (s) => s.statementId);
    const companyOf = new Map((await statements.getMany(ids)).map((r) => [r.row.id, r.row.companyId]));
    const changes: NewChange[] = due.map((segment) => ({
      at: segment.validFrom,
      kind: 'evaluation.changed',
      companyId: companyOf.get(segment.statementId) ?? '',
      resourceId: segment.statementId,
      data: {
        statementId: segment.statementId,
        status: segment.status,
        previousStatus: statusAt(segments.get(segment.statementId) ?? [], segment.validFrom.getTime() - 1),
        cause: 'scheduled',
      },
    }));
    await feed.append(changes);
    await timeline.markAnnounced(due);
    return due.length;
  }

  return {
    /** The evaluation of one statement as of `asOf`, or now; null for a compound statement. */
    async evaluate(statementId: string, asOf: number | null): Promise<KnownEvaluation | null> {
      const record = await statements.get(statementId);
      return (await this.evaluateRecords([record], asOf)).get(statementId) ?? null;
    },

    /**
     * Evaluations of atomic statements as of `asOf`, or now. As of now, an evaluation reports the moment it took
     * effect as its knowledge time: it is the same evaluation at every instant since, so repeated reads are
     * byte-identical and cacheable.
     */
    async evaluateRecords(records: StatementRecord[], asOf: number | null): Promise<Map<string, KnownEvaluation>> {
      const at = asOf ?? clock.now().getTime();
      const atomic = records.filter((r) => r.row.kind === 'atomic');
      const found = await timeline.segmentsAt(
        atomic.map((r) => r.row.id),
        new Date(at),
      );
      const result = new Map<string, KnownEvaluation>();
      for (const record of atomic) {
        const segment = found.get(record.row.id);
        if (segment) result.set(record.row.id, fromSegment(segment, asOf ?? segment.validFrom.getTime()));
        else if (asOf !== null && asOf < knownFrom(record) && records.length === 1) {
          throw new InvalidInputError([
            { parameter: 'asOf', detail: `is before the statement was made (${record.row.statedOn})` },
          ]);
        }
      }
      return result;
    },

    async history(statementId: string): Promise<KnownEvaluation[]> {
      await statements.get(statementId);
      return (await timeline.history(statementId)).map((s) => fromSegment(s, s.validFrom.getTime()));
    },

    async scorecard(
      companyId: string,
      asOf: number | null,
    ): Promise<Scorecard & { asOf: number; validUntil: number | null }> {
      const company = await companies.get(companyId);
      const at = asOf ?? clock.now().getTime();
      const all = await statements.atomicForCompany(company.id);
      // A statement not yet made at the knowledge time is not on that day's scorecard.
      const records = all.filter((r) => knownFrom(r) <= at);
      // Only what the scorecard reads of each evaluation: no observations, trajectory or explanation.
      const known = await timeline.scoredAt(
        records.map((r) => r.row.id),
        new Date(at),
      );
      const items = records.flatMap((record) => {
        const k = known.get(record.row.id);
        if (!k || !record.metricKey || !record.row.commitment) return [];
        return [
          {
            evaluation: k,
            metricKey: record.metricKey,
            commitment: record.row.commitment,
            statedOn: record.row.statedOn,
            windowEnd: record.row.windowEnd,
          },
        ];
      });
      // As of now, the scorecard took its present form when the latest of its evaluations took effect, and
      // holds until the first scheduled change or the first statement dated later.
      const spans = [...known.values()];
      const since = Math.max(company.createdAt.getTime(), ...spans.map((k) => k.validFrom.getTime()));
      const upcoming = [
        ...spans.flatMap((k) => (k.validTo === null ? [] : [k.validTo.getTime()])),
        ...all.map(knownFrom).filter((t) => t > at),
      ];
      return {
        ...buildScorecard(items),
        asOf: asOf ?? since,
        validUntil: upcoming.length === 0 ? null : Math.min(...upcoming),
      };
    },

    /**
     * The company's credibility at the end of each of its fiscal quarters from `from` to `to` (default: two years
     * before `to`, and today): what the scorecard said then, from the stored timelines, with no recomputation.
     */
    async series(
      companyId: string,
      from: IsoDate | undefined,
      until: IsoDate | undefined,
    ): Promise<{ quarter: string; asOf: number; summary: ScorecardSummary }[]> {
      const to = until ?? msToDate(clock.now().getTime());
      from ??= addMonths(to, -24);
      const company = await companies.get(companyId);
      const calendar = calendarOf(company);
      const records = await statements.atomicForCompany(company.id);
      const segments = groupBy(await timeline.forStatements(records.map((r) => r.row.id)), (s) => s.statementId);
      const points = [];
      for (const quarter of fiscalQuartersBetween(calendar, from, to, SERIES_QUARTERS)) {
        const asOf = endOfDayMs(quarter.end) - 1;
        const inForce = records.flatMap((r) => {
          const segment = (segments.get(r.row.id) ?? []).findLast((s) => s.validFrom.getTime() <= asOf);
          return segment && knownFrom(r) <= asOf ? [segment] : [];
        });
        points.push({ quarter: quarter.label, asOf, summary: summarize(inForce) });
      }
      return points;
    },

    /**
     * Companies ranked by hit rate (or by mean margin, or the share of positive margins) as of a knowledge time,
     * best first; a company with no margin ranks after those with one; ties go to the one with more resolved
     * statements.
     */
    /**
     * Companies ranked by `sort`, best first unless `order` says otherwise; companies with no value for the sort
     * (no margin, nothing resolved) come last either way. With `concept`, each company is judged on its
     * statements about metrics tagged with that concept only: a comparison of one kind of guidance across companies.
     */
    async leaderboard(
      asOf: number | null,
      minResolved: number,
      limit: number,
      sort: LeaderboardSort = 'hitRate',
      order: 'asc' | 'desc' = BEST_FIRST[sort],
      concept?: string,
    ) {
      const rows = await timeline.totalsByCompany(asOf === null ? clock.now() : new Date(asOf), concept);
      // As of now, the ranking took its present form when the latest evaluation in it took effect.
      const since = Math.max(0, ...rows.map((r) => r.since.getTime()));
      const totals = groupBy(rows, (t) => t.companyId);
      const names = new Map((await companies.byIds([...totals.keys()])).map((c) => [c.id, c.name]));
      const ranked = [...totals.entries()]
        .map(([companyId, rows]) => {
          const counts = emptyCounts();
          let surpriseSum = new Dec(0);
          let surpriseCount = 0;
          let earlyMet = 0;
          let marginSum = new Dec(0);
          let marginCount = 0;
          let positiveMargins = 0;
          for (const row of rows) {
            counts[row.status] += row.count;
            if (row.surpriseSum !== null) surpriseSum = surpriseSum.plus(row.surpriseSum);
            surpriseCount += row.surpriseCount;
            if (row.status === 'met') earlyMet += row.early;
            if (row.marginSum !== null) marginSum = marginSum.plus(row.marginSum);
            marginCount += row.marginCount;
            positiveMargins += row.positiveMargins;
          }
          const totals = { counts, surpriseSum, surpriseCount, earlyMet, marginSum, marginCount, positiveMargins };
          return { companyId, name: names.get(companyId) ?? companyId, ...summaryOf(totals), totals };
        })
        .filter((c) => c.resolved >= minResolved)
        .sort((a, b) => {
          const hasValue = (c: Ranked) =>
            (sort === 'meanMargin' || sort === 'positiveMarginRate' ? c.totals.marginCount : c.resolved) > 0;
          const valued = Number(hasValue(b)) - Number(hasValue(a));
          const higher = LEADERBOARD_ORDER[sort](b, a);
          return (
            valued ||
            (order === 'desc' ? higher : -higher) ||
            b.resolved - a.resolved ||
            (a.companyId < b.companyId ? -1 : 1)
          );
        });
      return {
        asOf: asOf ?? since,
        items: ranked.slice(0, limit).map(({ totals: _totals, ...c }, i) => ({ rank: i + 1, ...c })),
      };
    },

    /**
     * Rescore after a write, inside the writer's transaction so the timelines commit with the facts. Only the
     * statements the write can affect are touched, and each only from the instant its new facts became known:
     * the segments before it cannot have changed. Every status that changes as of now goes to the feed.
     * Set-based: a handful of queries however many metrics and statements a batch touches.
     *
     * Concurrency: it first locks the metrics' rows until the transaction ends, so rescoring of one metric runs
     * one writer at a time, and each reads (READ COMMITTED) after the previous writer committed. The last writer
     * therefore computes from a snapshot holding every actual. Row locks rather than SERIALIZABLE-with-retries:
     * a writer never aborts, and writers on other metrics never wait.
     */
    async rescore(change: Rescore, now: Date, cause: string): Promise<void> {
      const touches = change.touches ?? [];
      const named = new Map((change.statements ?? []).map((s) => [s.id, s]));
      const metricIds = [
        ...new Set([...touches.map((t) => t.metricId), ...[...named.values()].map((s) => s.metricId)]),
      ];
      await metrics.lockForScoring(metricIds);
      const touchesByMetric = groupBy(touches, (t) => t.metricId);
      const affected: { record: StatementRecord; from: number }[] = [];
      for (const record of await statements.atomicForMetrics(metricIds)) {
        const start = knownFrom(record);
        const { windowStart, windowEnd } = record.row;
        let from = Number.POSITIVE_INFINITY;
        const asked = named.get(record.row.id);
        if (asked) from = asked.from ?? start;
        for (const t of touchesByMetric.get(record.row.metricId ?? '') ?? []) {
          const inWindow =
            windowStart !== null && t.periodEnd >= windowStart && (windowEnd === null || t.periodEnd <= windowEnd);
          if (inWindow) from = Math.min(from, t.from);
        }
        if (from !== Number.POSITIVE_INFINITY) affected.push({ record, from: Math.max(from, start) });
      }
      if (affected.length === 0) return;
      const ids = affected.map((a) => a.record.row.id);
      await announceDue(now, ids);

      const touched = [
        ...new Set(affected.map((a) => a.record.row.metricId).filter((id): id is string => id !== null)),
      ];
      // Rows the writer already read in this transaction are taken as they are, even if read before the lock:
      // what scoring uses of them (a metric's key, unit, kind and good direction, a company's fiscal year end)
      // cannot change. Only the rest are fetched.
      const metricById = await byIdReusing(change.known?.metrics, touched, metrics.byIds);
      const companyIds = [...new Set(affected.map((a) => a.record.row.companyId))];
      const companyById = await byIdReusing(change.known?.companies, companyIds, companies.byIds);
      const calendarById = new Map([...companyById.values()].map((c) => [c.id, calendarOf(c)]));
      const since = new Date(Math.min(...affected.map((a) => a.from)));
      const history = groupBy(await actuals.historyForScoring(ids, since), (a) => a.metricId);
      const starts = affected.map((a) => ({ statementId: a.record.row.id, at: new Date(a.from) }));

      const inserts: SegmentRow[] = [];
      const statusAfter: { record: StatementRecord; status: Status | null }[] = [];
      for (const { record, from } of affected) {
        const metric = record.row.metricId ? metricById.get(record.row.metricId) : undefined;
        const calendar = calendarById.get(record.row.companyId);
        if (!metric || !calendar) continue;
        const statement = toDomainStatement(record, metric, calendar);
        const tail = evaluationTimeline(statement, history.get(metric.id) ?? [], toDomainRevision(record), from).map(
          (s) => toSegmentRow(record.row.id, s, now.getTime()),
        );
        inserts.push(...tail);
        // The tail starts at `from`, so a segment of it is in force now exactly when the new facts are already
        // known. (A first segment that replaceFrom merges into the one before has that one's status anyway.)
        statusAfter.push({ record, status: tail.findLast((s) => s.validFrom <= now)?.status ?? null });
      }
      const statusBefore = await timeline.replaceFrom(starts, inserts, now);
      const changes: NewChange[] = [];
      for (const { record, status } of statusAfter) {
        const previousStatus = statusBefore.get(record.row.id) ?? null;
        if (status !== null && status !== previousStatus) {
          changes.push({
            at: now,
            kind: 'evaluation.changed',
            companyId: record.row.companyId,
            resourceId: record.row.id,
            data: { statementId: record.row.id, status, previousStatus, cause },
          });
        }
      }
      await feed.append(changes);
    },

    /** Announce every scheduled change whose time has come; safe to run on several instances at once. */
    async sweep(now: Date): Promise<number> {
      return announceDue(now, null);
    },

    /** The next instant at which an answer "as of now" changes by itself: a scheduled change, or midnight. */
    async nextScheduledChange(): Promise<Date> {
      const now = clock.now();
      const midnight = new Date(nextMidnightMs(now.getTime()));
      const next = await timeline.nextScheduledChange(now);
      return next && next < midnight ? next : midnight;
    },
  };
}

export type ScoringService = ReturnType<typeof createScoringService>;
