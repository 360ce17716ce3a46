// Scoring as of a knowledge time. Writes recompute the evaluation timelines of the statements they touch and
// store them; reads look up the segment in force at the knowledge time. The change feed is told of every
// change of status: by the write that caused it, or by the sweeper when a scheduled change (a deadline) comes.
import { addMonths, endOfDayMs, msToDate, type IsoDate } from '../domain/dates.js';
import { nextMidnightMs, statementKnownFrom } from '../domain/knowledge-time.js';
import { fiscalQuartersBetween, type FiscalCalendar } from '../domain/fiscal.js';
import type { Evaluation, Status } from '../domain/model.js';
import { observationsIn, type ObservedStatement } from '../domain/evaluate.js';
import { Dec, formatExact, toDec } from '../domain/decimal.js';
import {
  buildScorecard,
  emptyCounts,
  scorecardFromTotals,
  summarize,
  totalsOf,
  summaryOf,
  BEST_FIRST,
  type LeaderboardSort,
  type Scorecard,
  type ScorecardSummary,
  type ScorecardTotals,
} from '../domain/scorecard.js';
import { figureCanAffect } from '../domain/affects.js';
import { onRecordAt } from '../domain/record-time.js';
import { evaluationTimeline, segmentAt, type TimelineSegment } from '../domain/timeline.js';
import { scoredEvaluation } from '../domain/scorecard.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import type { Clock } from '../lib/clock.js';
import type { NewChange } from '../store/changes.js';
import type { CompanyRow } from '../store/companies.js';
import type { Stores } from '../store/index.js';
import type { MetricRow } from '../store/metrics.js';
import type { StatementRecord } from '../store/statements.js';
import type { SegmentRow, StoredSegment } from '../store/timeline.js';
import { decodeKeyset, encodeCursor, type Page } from '../store/pagination.js';
import { companyCalendar, toDomainRevision, toDomainStatement, toObservedStatement } from './mapping.js';

/** An evaluation with the span of knowledge time over which it holds. */
export interface KnownEvaluation {
  evaluation: Evaluation;
  /** When this evaluation took effect. */
  validFrom: number;
  /** When it is scheduled to change (a deadline), unless new facts change it first; null: not scheduled. */
  validUntil: number | null;
  /**
   * The record time it answers for: the recordedAsOf asked for, or (as of now) when saydo recorded this
   * evaluation; nothing recorded since has changed it.
   */
  recordedAsOf: number;
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
    observedAt: new Date(segment.observed.at),
    observationsDigest: segment.observed.digest,
    announced: segment.from <= now,
    recordedAt: new Date(now),
  };
}

/**
 * What a segment's evaluation column holds: the parts of an evaluation its other columns do not, but for the
 * observations, which are worked out from the figures known when it was judged (observed_at) when it is read.
 */
type StoredPresentation = Pick<Evaluation, 'trajectory' | 'explanation'>;

/** The stored evaluation of a segment of the statement, as of a knowledge time inside it. */
export function fromSegment(row: StoredSegment, asOf: number, statement: ObservedStatement): KnownEvaluation {
  const { trajectory, explanation } = row.evaluation as StoredPresentation;
  const observedAt = (row.observedAt ?? row.validFrom).getTime();
  const figures = row.figures.map((f) => ({
    id: f.id,
    periodStart: f.periodStart,
    periodEnd: f.periodEnd,
    value: f.value,
    publishedAt: Number(f.publishedAt),
    retractedAt: null,
    recordedSeq: Number(f.seq),
  }));
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
      observations: observationsIn(statement, figures, observedAt).observations,
      trajectory,
      explanation,
    },
    validFrom: row.validFrom.getTime(),
    validUntil: row.validTo?.getTime() ?? null,
    recordedAsOf: row.recordedAt.getTime(),
  };
}

/** A segment of a timeline computed from the record as it stood at `recordedAsOf`, as of a knowledge time in it. */
function fromComputed(segment: TimelineSegment, asOf: number, recordedAsOf: number): KnownEvaluation {
  return {
    evaluation: { ...segment.evaluation, asOf },
    validFrom: segment.from,
    validUntil: segment.to,
    recordedAsOf,
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

/** Verdicts and company totals one sweep brings up to date, at most. */
const SWEEP_BATCH = 1000;

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

/** What a scorecard reads of an evaluation, with its span of knowledge time and when it was recorded. */
type ScoredSpan = ReturnType<typeof scoredEvaluation> & { validFrom: Date; validTo: Date | null; recordedAt: number };

type Ranked = ScorecardSummary & { totals: ScorecardTotals };

/** Each leaderboard order, as "how much higher is a than b"; having no value ranks lowest. */
const LEADERBOARD_ORDER: Record<LeaderboardSort, (a: Ranked, b: Ranked) => number> = {
  hitRate: compareHitRates,
  unreportedRate: (a, b) =>
    compareQuotients([new Dec(a.counts.unreported), a.resolved], [new Dec(b.counts.unreported), b.resolved]),
  meanMargin: (a, b) =>
    compareQuotients(
      [toDec(a.totals.marginSum), a.totals.marginCount],
      [toDec(b.totals.marginSum), b.totals.marginCount],
    ),
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
  const { statements, actuals, metrics, companies, timeline, verdicts, changes: feed } = stores;

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

  /**
   * A record time in the past, or null for the record as it stands (none asked for, or not before now: nothing
   * recorded later than now can be read, so the record now is the record then).
   */
  function pastRecord(recordedAsOf: number | null): number | null {
    return recordedAsOf !== null && recordedAsOf < clock.now().getTime() ? recordedAsOf : null;
  }

  function notOnRecord(record: StatementRecord, recordedAsOf: number): InvalidInputError {
    return new InvalidInputError([
      {
        parameter: 'recordedAsOf',
        detail:
          `is ${new Date(recordedAsOf).toISOString()}, before saydo recorded the statement ` +
          `(${record.row.createdAt.toISOString()}); it had no evaluation then`,
      },
    ]);
  }

  /**
   * The timelines of these atomic statements computed from the record as it stood at `recordedAsOf`: statements,
   * revisions and actuals recorded by then, retractions recorded by then. Statements not yet on record are left
   * out. Nothing is stored: the stored timelines are the record as it stands now.
   */
  async function timelinesOnRecord(
    records: StatementRecord[],
    recordedAsOf: number,
  ): Promise<Map<string, TimelineSegment[]>> {
    const onRecord = records.filter((r) => r.row.kind === 'atomic' && r.row.createdAt.getTime() <= recordedAsOf);
    const result = new Map<string, TimelineSegment[]>();
    if (onRecord.length === 0) return result;
    const metricIds = [...new Set(onRecord.flatMap((r) => (r.row.metricId === null ? [] : [r.row.metricId])))];
    const metricById = new Map((await metrics.byIds(metricIds)).map((m) => [m.id, m]));
    const companyIds = [...new Set(onRecord.map((r) => r.row.companyId))];
    const calendarById = new Map((await companies.byIds(companyIds)).map((c) => [c.id, calendarOf(c)]));
    const ids = onRecord.map((r) => r.row.id);
    const history = groupBy(
      onRecordAt(await actuals.onRecordFor(ids, new Date(recordedAsOf)), recordedAsOf),
      (a) => a.metricId,
    );
    for (const record of onRecord) {
      const metric = record.row.metricId ? metricById.get(record.row.metricId) : undefined;
      const calendar = calendarById.get(record.row.companyId);
      if (!metric || !calendar) continue;
      const revised = record.revisedBy && record.revisedBy.createdAt.getTime() <= recordedAsOf;
      const revision = revised ? toDomainRevision(record) : null;
      const statement = toDomainStatement(record, metric, calendar);
      result.set(
        record.row.id,
        evaluationTimeline(statement, history.get(metric.id) ?? [], revision, knownFrom(record)),
      );
    }
    return result;
  }

  /**
   * What totalsByCompany answers from the stored timelines, computed from the record as it stood at
   * `recordedAsOf`: one row per statement. Reads every statement on record then and its actuals: its cost grows
   * with the dataset, as a question about the past record of every company must.
   */
  async function totalsOnRecord(asOf: number, recordedAsOf: number, concept?: string) {
    let records = await statements.atomicRecordedBy(new Date(recordedAsOf));
    if (concept !== undefined) {
      const metricIds = [...new Set(records.flatMap((r) => (r.row.metricId === null ? [] : [r.row.metricId])))];
      const tagged = new Set((await metrics.byIds(metricIds)).filter((m) => m.concept === concept).map((m) => m.id));
      records = records.filter((r) => r.row.metricId !== null && tagged.has(r.row.metricId));
    }
    const timelines = await timelinesOnRecord(records, recordedAsOf);
    const companyOf = new Map(records.map((r) => [r.row.id, r.row.companyId]));
    return [...timelines].flatMap(([id, segments]) => {
      const segment = segmentAt(segments, asOf);
      if (!segment || (segment.to !== null && segment.to <= asOf)) return [];
      const e = segment.evaluation;
      const decided = e.status === 'met' || e.status === 'missed';
      return [
        {
          companyId: companyOf.get(id) ?? '',
          status: e.status,
          count: 1,
          early: e.early ? 1 : 0,
          surpriseSum: decided ? e.surprise : null,
          surpriseCount: decided && e.surprise !== null ? 1 : 0,
          marginSum: decided ? e.margin : null,
          marginCount: decided && e.margin !== null ? 1 : 0,
          positiveMargins: decided && e.margin !== null && new Dec(e.margin).gt(0) ? 1 : 0,
          since: new Date(segment.from),
          recordedAt: new Date(recordedAsOf),
        },
      ];
    });
  }

  return {
    /**
     * The evaluation of one statement as of `asOf`, or now, on the record as it stood at `recordedAsOf`, or now;
     * null for a compound statement.
     */
    async evaluate(
      statementId: string,
      asOf: number | null,
      recordedAsOf: number | null = null,
    ): Promise<KnownEvaluation | null> {
      const record = await statements.get(statementId);
      return (await this.evaluateRecords([record], asOf, recordedAsOf)).get(statementId) ?? null;
    },

    /**
     * Evaluations of atomic statements as of `asOf`, or now. As of now, an evaluation reports the moment it took
     * effect as its knowledge time: it is the same evaluation at every instant since, so repeated reads are
     * byte-identical and cacheable. With a past `recordedAsOf`, each is computed from the record as it stood
     * then (see pastRecord); a statement not yet on record then has none.
     */
    async evaluateRecords(
      records: StatementRecord[],
      asOf: number | null,
      recordedAsOf: number | null = null,
    ): Promise<Map<string, KnownEvaluation>> {
      const at = asOf ?? clock.now().getTime();
      const atomic = records.filter((r) => r.row.kind === 'atomic');
      const result = new Map<string, KnownEvaluation>();
      const beforeMade = (record: StatementRecord) => {
        if (asOf !== null && asOf < knownFrom(record) && records.length === 1) {
          throw new InvalidInputError([
            { parameter: 'asOf', detail: `is before the statement was made (${record.row.statedOn})` },
          ]);
        }
      };
      const past = pastRecord(recordedAsOf);
      if (past !== null) {
        const timelines = await timelinesOnRecord(atomic, past);
        for (const record of atomic) {
          const segments = timelines.get(record.row.id);
          if (segments === undefined) {
            if (records.length === 1) throw notOnRecord(record, past);
            continue;
          }
          const segment = segmentAt(segments, at);
          if (segment) result.set(record.row.id, fromComputed(segment, asOf ?? segment.from, past));
          else beforeMade(record);
        }
        return result;
      }
      const found = await timeline.segmentsAt(
        atomic.map((r) => r.row.id),
        new Date(at),
      );
      for (const record of atomic) {
        const segment = found.get(record.row.id);
        if (segment) {
          const observed = toObservedStatement(record.row);
          result.set(record.row.id, fromSegment(segment, asOf ?? segment.validFrom.getTime(), observed));
        } else beforeMade(record);
      }
      return result;
    },

    /**
     * Every evaluation the statement has had, on the record as it stands now or stood at `recordedAsOf`, a page
     * at a time in order of knowledge time: the cursor names the last evaluation's start.
     */
    async history(
      statementId: string,
      recordedAsOf: number | null = null,
      page: { limit: number; cursor?: string } = { limit: 100 },
    ): Promise<Page<KnownEvaluation>> {
      const record = await statements.get(statementId);
      const after = decodeKeyset(page.cursor)?.seq ?? null;
      const past = pastRecord(recordedAsOf);
      let found: KnownEvaluation[];
      if (past !== null) {
        const segments = (await timelinesOnRecord([record], past)).get(statementId);
        if (segments === undefined) throw notOnRecord(record, past);
        found = segments
          .filter((s) => after === null || s.from > after)
          .slice(0, page.limit + 1)
          .map((s) => fromComputed(s, s.from, past));
      } else {
        const rows = await timeline.history(statementId, after === null ? null : new Date(after), page.limit + 1);
        const observed = toObservedStatement(record.row);
        found = rows.map((s) => fromSegment(s, s.validFrom.getTime(), observed));
      }
      const items = found.slice(0, page.limit);
      const last = items.at(-1);
      return {
        items,
        nextCursor: found.length > page.limit && last ? encodeCursor({ seq: last.validFrom, key: null }) : null,
      };
    },

    async scorecard(
      companyId: string,
      asOf: number | null,
      recordedAsOf: number | null = null,
    ): Promise<Scorecard & { asOf: number; validUntil: number | null; recordedAsOf: number }> {
      const at = asOf ?? clock.now().getTime();
      const past = pastRecord(recordedAsOf);
      if (past === null) {
        // On the record as it stands: added up by PostgreSQL from the stored timelines, one row per group, in the
        // same round trip as the company itself.
        const found = await timeline.scorecardTotals(companyId, new Date(at), msToDate(at));
        if (found === null) throw new NotFoundError('company', companyId);
        const groups = (by: 'metric' | 'commitment' | 'quarter') =>
          found.groups.flatMap((g) =>
            g.group.by === by && g.group.key !== null ? [{ key: g.group.key, totals: g.totals }] : [],
          );
        const all = found.groups.find((g) => g.group.by === 'all');
        const created = found.companyCreatedAt.getTime();
        // As of now, the scorecard took its present form when the latest of its evaluations took effect, and
        // holds until the first scheduled change or the first statement dated later.
        const upcoming = [
          ...(found.until === null ? [] : [found.until.getTime()]),
          ...(found.nextStatedOn === null ? [] : [statementKnownFrom(found.nextStatedOn)]),
        ];
        return {
          ...scorecardFromTotals(all ? all.totals : totalsOf([]), {
            byMetric: groups('metric'),
            byCommitment: groups('commitment'),
            byQuarter: groups('quarter'),
          }),
          asOf: asOf ?? Math.max(created, found.since?.getTime() ?? created),
          validUntil: upcoming.length === 0 ? null : Math.min(...upcoming),
          recordedAsOf: Math.max(created, found.recordedAt?.getTime() ?? created),
        };
      }
      const company = await companies.get(companyId);
      const onRecord = await statements.atomicForCompany(company.id);
      const all = onRecord.filter((r) => r.row.createdAt.getTime() <= past);
      // A statement not yet made at the knowledge time is not on that day's scorecard.
      const records = all.filter((r) => knownFrom(r) <= at);
      // Only what the scorecard reads of each evaluation: no observations, trajectory or explanation.
      const known = new Map<string, ScoredSpan>();
      const timelines = await timelinesOnRecord(records, past);
      for (const [id, segments] of timelines) {
        const segment = segmentAt(segments, at);
        if (!segment) continue;
        known.set(id, {
          ...scoredEvaluation(segment.evaluation),
          validFrom: new Date(segment.from),
          validTo: segment.to === null ? null : new Date(segment.to),
          recordedAt: past,
        });
      }
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
        recordedAsOf: past,
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
     * Companies ranked by `sort`, best first unless `order` says otherwise; companies with no value for the sort
     * (no margin, nothing resolved) come last either way. With `concept`, each company is judged on its
     * statements about metrics tagged with that concept only: a comparison of one kind of guidance across companies.
     * With a past `recordedAsOf`, from what saydo had on record then.
     */
    async leaderboard(
      asOf: number | null,
      minResolved: number,
      limit: number,
      sort: LeaderboardSort = 'hitRate',
      order: 'asc' | 'desc' = BEST_FIRST[sort],
      concept?: string,
      recordedAsOf: number | null = null,
    ) {
      const past = pastRecord(recordedAsOf);
      const at = asOf === null ? clock.now() : new Date(asOf);
      if (asOf === null && past === null && concept === undefined) {
        // As of now: one row of totals per company, ranked and limited by PostgreSQL.
        const board = await verdicts.leaderboard(at, { minResolved, limit, sort, order });
        return {
          asOf: board.since?.getTime() ?? 0,
          recordedAsOf: board.recordedAt?.getTime() ?? 0,
          items: board.rows.map(({ companyId, name, ...totals }, i) => ({
            rank: i + 1,
            companyId,
            name,
            ...summaryOf(totals),
          })),
        };
      }
      const rows =
        past === null ? await timeline.totalsByCompany(at, concept) : await totalsOnRecord(at.getTime(), past, concept);
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
          const totals: ScorecardTotals = {
            counts,
            surpriseSum: formatExact(surpriseSum),
            surpriseCount,
            earlyMet,
            marginSum: formatExact(marginSum),
            marginCount,
            positiveMargins,
          };
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
        // As of now: the record as it stood when the latest evaluation in it was recorded.
        recordedAsOf: past ?? Math.max(0, ...rows.map((r) => r.recordedAt.getTime())),
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
      // Only the statements the write can affect are read: not every statement on its metrics.
      const candidates = await statements.atomicAffectedBy(touches, [...named.keys()]);
      for (const record of candidates) {
        const start = knownFrom(record);
        let from = Number.POSITIVE_INFINITY;
        const asked = named.get(record.row.id);
        if (asked) from = asked.from ?? start;
        for (const t of touchesByMetric.get(record.row.metricId ?? '') ?? []) {
          if (figureCanAffect(record.row, t.periodEnd)) from = Math.min(from, t.from);
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
      // The current verdicts and company totals move with the timelines, in this transaction.
      await verdicts.refresh(ids, now);
      await verdicts.refreshCompanies(companyIds, now);
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
      const announced = await announceDue(now, null);
      // Verdicts whose deadline passed move on, and the totals of their companies (and of any company whose
      // totals lapsed) are added up again. Never waits: rows a writer holds are the writer's to set.
      const moved = await verdicts.advanceDue(now, SWEEP_BATCH);
      const lapsed = await verdicts.staleCompanies(now, SWEEP_BATCH);
      await verdicts.refreshCompanies([...moved, ...lapsed], now, true);
      return announced;
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
