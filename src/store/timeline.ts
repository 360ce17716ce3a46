// Evaluation segments per statement (see statement_timeline in src/db/schema.ts).
import {
  and,
  asc,
  eq,
  getTableColumns,
  gt,
  inArray,
  isNull,
  lte,
  or,
  sql,
  type Placeholder,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { companies, companyScores, statementTimeline, statementVerdicts } from '../db/schema.js';
import { MAX_COMPARISON_LOOKBACK_DAYS } from '../domain/affects.js';
import type { ScorecardTotals } from '../domain/scorecard.js';
import { rowSet } from './row-set.js';

export type SegmentRow = typeof statementTimeline.$inferSelect;
/** A figure known when a segment's evaluation was judged: the latest of its period, not retracted. */
export interface KnownFigure {
  id: string;
  periodStart: string | null;
  periodEnd: string;
  value: string;
  /** Epoch ms. */
  publishedAt: number;
  seq: number;
}
/** A segment as read for presenting its evaluation: with the figures its observations are worked out from. */
export type StoredSegment = SegmentRow & { figures: KnownFigure[] };
/** A segment as a scorecard reads it. */
export type ScoredSegment = Pick<
  SegmentRow,
  'statementId' | 'validFrom' | 'validTo' | 'status' | 'early' | 'surprise' | 'margin' | 'recordedAt'
> & {
  decidedPeriodEnd: string | null;
};

/**
 * The figures a segment's observations are worked out from (domain/evaluate.ts observationsIn): of each period
 * that can bear on the statement (inside its window, or where a change target's comparison can end), the latest
 * figure known at the segment's observed_at that is not retracted, as evaluate.ts's `replaces` orders them.
 * Its cost grows with the figures known then, which its evaluation lists anyway.
 * Values go out as text: a jsonb number would reach the process as a binary float.
 */
export const figuresOfSegment = sql<KnownFigure[]>`coalesce(
  (select jsonb_agg(jsonb_build_object('id', f.id, 'periodStart', f.period_start, 'periodEnd', f.period_end,
                                       'value', f.value::text, 'seq', f.seq,
                                       'publishedAt', (extract(epoch from f.published_at) * 1000)::bigint))
   from statements s
   cross join lateral (
     select distinct on (a.period_start, a.period_end) a.*
     from actuals a
     where a.metric_id = s.metric_id
       and a.period_end >= s.window_start - case when s.target_change_against is null then 0
                                                 else ${MAX_COMPARISON_LOOKBACK_DAYS}::int end
       and (s.window_end is null or a.period_end <= s.window_end)
       and a.published_at <= coalesce(${statementTimeline.observedAt}, ${statementTimeline.validFrom})
       -- Implied by the line above, as nothing is published before its period ends (domain/validation.ts), and
       -- what lets the (metric_id, period_end) index stop there: an early segment of a long series reads only
       -- the figures before it, not the whole series.
       and a.period_end <= (coalesce(${statementTimeline.observedAt}, ${statementTimeline.validFrom}) at time zone 'UTC')::date
       and not exists (select 1 from retractions r where r.actual_id = a.id)
     order by a.period_start, a.period_end, a.published_at desc, a.seq desc, a.id desc) f
   where s.id = ${statementTimeline.statementId}),
  '[]'::jsonb)`;

const storedSegment = { ...getTableColumns(statementTimeline), figures: figuresOfSegment };

/** The segment of each statement in force at a knowledge time: valid_from <= T < valid_to. */
export function inForceAt(asOf: Date) {
  return and(
    lte(statementTimeline.validFrom, asOf),
    or(isNull(statementTimeline.validTo), gt(statementTimeline.validTo, asOf)),
  );
}

/** The segments of these statements in force at a knowledge time: one per statement at most. */
function inForceFor(statementIds: string[], asOf: Date) {
  return and(inArray(statementTimeline.statementId, statementIds), inForceAt(asOf));
}

/** Segments as one parameter, expanded into typed rows (see ./row-set.ts). */
function segmentRecords(segments: SegmentRow[]) {
  return rowSet(segments, {
    statement_id: ['uuid', (s) => s.statementId],
    valid_from: ['timestamptz', (s) => s.validFrom],
    valid_to: ['timestamptz', (s) => s.validTo],
    status: ['text', (s) => s.status],
    early: ['boolean', (s) => s.early],
    deciding_actual_id: ['uuid', (s) => s.decidingActualId],
    position: ['text', (s) => s.position],
    surprise: ['numeric', (s) => s.surprise],
    error: ['numeric', (s) => s.error],
    margin: ['numeric', (s) => s.margin],
    evaluation: ['jsonb', (s) => s.evaluation],
    observed_at: ['timestamptz', (s) => s.observedAt],
    observations_digest: ['text', (s) => s.observationsDigest],
    announced: ['boolean', (s) => s.announced],
    recorded_at: ['timestamptz', (s) => s.recordedAt],
  });
}

/** One group of scorecardTotals as json_agg gives it: counts as JSON numbers, sums as text, instants as ISO text. */
interface ScorecardTotalsRow {
  by_metric: boolean;
  by_commitment: boolean;
  by_quarter: boolean;
  metric_key: string | null;
  commitment: string | null;
  due_year: number | null;
  due_quarter: number | null;
  pending: number;
  met: number;
  missed: number;
  unreported: number;
  superseded: number;
  withdrawn: number;
  surprise_sum: string | null;
  surprise_count: number;
  early_met: number;
  margin_sum: string | null;
  margin_count: number;
  positive_margins: number;
  since: string | null;
  until: string | null;
  recorded_at: string | null;
  next_stated_on: string | null;
}

/**
 * What a scorecard reads of statement `id` (metric, commitment, window end, stated date), as a LATERAL subquery:
 * one probe of the primary key per verdict. The LIMIT keeps PostgreSQL from folding it into a join, whose plan on
 * a table it has not analysed yet can be a nested loop over every statement of the company for every verdict.
 */
export function statementOf(id: SQL): SQL {
  return sql`(select s.metric_id, s.commitment, s.window_end, s.stated_on from statements s where s.id = ${id} limit 1)`;
}

/**
 * The rows scorecardGroups takes, from the verdicts alone: each statement of `company` made by `asOfDate` whose
 * current verdict is in force at `asOf`. A query to use in parentheses, or in a union.
 */
export function verdictsInForce(company: SQLWrapper | Placeholder, asOf: SQL, asOfDate: SQL): SQL {
  return sql`select v.statement_id, s.metric_id, s.commitment, s.window_end, v.status, v.early, v.surprise, v.margin,
                    v.valid_from, v.valid_to, v.recorded_at
             from ${statementVerdicts} v
             cross join lateral ${statementOf(sql`v.statement_id`)} s
             where v.company_id = ${company} and s.stated_on <= ${asOfDate}
               and v.valid_from <= ${asOf} and (v.valid_to is null or v.valid_to > ${asOf})`;
}

/**
 * A company's scorecard groups as one JSON array (ScorecardTotalsRow): the totals of `evaluations` (one row per
 * atomic statement: statement_id, metric_id, commitment, window_end, status, early, surprise, margin, valid_from,
 * valid_to, recorded_at) over all of them, by metric key, by commitment and by the calendar quarter a resolved one
 * fell due in (its window end, else the period end of the figure that decided it); with the span every evaluation
 * counted shares and the first statement of the company made after `asOfDate`. Read by a scorecard, and kept with
 * a company's totals by src/store/verdicts.ts.
 */
export function scorecardGroups(
  evaluations: SQL,
  company: SQLWrapper | Placeholder,
  asOfDate: SQL,
): SQL<ScorecardTotalsRow[]> {
  return sql<ScorecardTotalsRow[]>`(select coalesce(json_agg(g), '[]'::json) from (
    select grouping(metric_key) = 0 as by_metric, grouping(commitment) = 0 as by_commitment,
           grouping(extract(year from due_on), extract(quarter from due_on)) = 0 as by_quarter,
           metric_key, commitment, extract(year from due_on)::int as due_year,
           extract(quarter from due_on)::int as due_quarter,
           count(*) filter (where status = 'pending') as pending,
           count(*) filter (where status = 'met') as met,
           count(*) filter (where status = 'missed') as missed,
           count(*) filter (where status = 'unreported') as unreported,
           count(*) filter (where status = 'superseded') as superseded,
           count(*) filter (where status = 'withdrawn') as withdrawn,
           (sum(surprise) filter (where status in ('met', 'missed')))::text as surprise_sum,
           count(surprise) filter (where status in ('met', 'missed')) as surprise_count,
           count(*) filter (where status = 'met' and early) as early_met,
           (sum(margin) filter (where status in ('met', 'missed')))::text as margin_sum,
           count(margin) filter (where status in ('met', 'missed')) as margin_count,
           count(*) filter (where status in ('met', 'missed') and margin > 0) as positive_margins,
           max(valid_from) as since, min(valid_to) as until, max(recorded_at) as recorded_at,
           (select min(s.stated_on)::text from statements s
            where s.company_id = ${company} and s.kind = 'atomic' and s.stated_on > ${asOfDate}) as next_stated_on
    from (
      select m.key as metric_key, x.commitment, x.status, x.early, x.surprise, x.margin, x.valid_from, x.valid_to,
             x.recorded_at,
             case when x.status in ('met', 'missed', 'unreported') then
               coalesce(x.window_end, (select a.period_end from ${statementTimeline} t
                                       join actuals a on a.id = t.deciding_actual_id
                                       where t.statement_id = x.statement_id and t.valid_from = x.valid_from))
             end as due_on
      from ${evaluations} x
      cross join lateral (select m.key from metrics m where m.id = x.metric_id and m.company_id = ${company} limit 1) m
    ) items
    group by grouping sets ((), (metric_key), (commitment), (extract(year from due_on), extract(quarter from due_on)))
  ) g)`;
}

/** A scorecard's totals as PostgreSQL adds them up (see scorecardTotals). */
export interface ScorecardTotalsRows {
  /** When the company was recorded (the scorecard holds from then at the earliest). */
  companyCreatedAt: Date;
  groups: {
    /** all: every statement; metric, commitment, quarter: one group of that breakdown (key null: in none). */
    group: { by: 'all' | 'metric' | 'commitment' | 'quarter'; key: string | null };
    totals: ScorecardTotals;
  }[];
  /** When the latest evaluation counted took effect, the first scheduled change among them, the latest recorded. */
  since: Date | null;
  until: Date | null;
  recordedAt: Date | null;
  /** The first statement stated after the knowledge time's day: the scorecard changes when it is made. */
  nextStatedOn: string | null;
}

/** The six verdict counts of a row that adds statements up (a scorecard's group, a company's scores). */
export function verdictCounts(r: {
  pending: number;
  met: number;
  missed: number;
  unreported: number;
  superseded: number;
  withdrawn: number;
}) {
  const { pending, met, missed, unreported, superseded, withdrawn } = r;
  return { pending, met, missed, unreported, superseded, withdrawn };
}

/** A scorecard's totals from its groups as PostgreSQL added them up (scorecardGroups). */
function scorecardTotalsOf(companyCreatedAt: Date, groups: ScorecardTotalsRow[]): ScorecardTotalsRows {
  const rows = groups.map((r) => ({
    group: r.by_metric
      ? { by: 'metric' as const, key: r.metric_key ?? '' }
      : r.by_commitment
        ? { by: 'commitment' as const, key: r.commitment ?? '' }
        : r.by_quarter
          ? { by: 'quarter' as const, key: r.due_year === null ? null : `${r.due_year}Q${r.due_quarter}` }
          : { by: 'all' as const, key: null },
    totals: {
      counts: verdictCounts(r),
      surpriseSum: r.surprise_sum ?? '0',
      surpriseCount: r.surprise_count,
      earlyMet: r.early_met,
      marginSum: r.margin_sum ?? '0',
      marginCount: r.margin_count,
      positiveMargins: r.positive_margins,
    },
  }));
  const all = groups.find((r) => !r.by_metric && !r.by_commitment && !r.by_quarter);
  const time = (value: string | null | undefined) => (value == null ? null : new Date(value));
  return {
    companyCreatedAt,
    groups: rows,
    since: time(all?.since),
    until: time(all?.until),
    recordedAt: time(all?.recorded_at),
    nextStatedOn: all?.next_stated_on ?? null,
  };
}

export function createTimelineStore(db: Executor) {
  // GET /v1/companies/{id}/scorecard: the company and its totals in one round trip, as a named prepared statement
  // (planned once per connection rather than per request). The groups come as one JSON array, their sums as text.
  // As of now, the totals a write kept with the company (company_scores.scorecard_groups) answer while they hold,
  // one primary-key read with nothing to plan or add up; otherwise PostgreSQL adds the verdicts up for the request.
  const companyId = sql.placeholder('companyId');
  const asOf = sql`${sql.placeholder('asOf')}::timestamptz`;
  const asOfDate = sql`${sql.placeholder('asOfDate')}::date`;
  const storedScorecardQuery = db
    .select({
      companyCreatedAt: companies.createdAt,
      groups: companyScores.scorecardGroups,
      asOf: companyScores.asOf,
      validUntil: companyScores.validUntil,
    })
    .from(companies)
    .leftJoin(companyScores, eq(companyScores.companyId, companies.id))
    .where(sql`${companies.id} = ${companyId}`)
    .prepare('scorecard_stored');
  const scorecardTotalsQuery = db
    .select({
      companyCreatedAt: companies.createdAt,
      groups: scorecardGroups(
        sql`(
          -- Each statement's current verdict, where it holds at the knowledge time: one row per statement from
          -- the company's verdicts, with no look into its timeline.
          ${verdictsInForce(companyId, asOf, asOfDate)}
          union all
          -- Where it does not (a past knowledge time, or a deadline passed before the sweeper ran): the latest
          -- segment begun by then, read from the end of the statement's index range, however long its history.
          select v.statement_id, s.metric_id, s.commitment, s.window_end, t.status, t.early, t.surprise, t.margin,
                 t.valid_from, t.valid_to, t.recorded_at
          from ${statementVerdicts} v
          cross join lateral ${statementOf(sql`v.statement_id`)} s
          cross join lateral (select * from ${statementTimeline} t
                              where t.statement_id = v.statement_id and t.valid_from <= ${asOf}
                              order by t.valid_from desc limit 1) t
          where v.company_id = ${companyId} and s.stated_on <= ${asOfDate}
            and (v.valid_from > ${asOf} or v.valid_to <= ${asOf})
            and (t.valid_to is null or t.valid_to > ${asOf}))`,
        companyId,
        asOfDate,
      ),
    })
    .from(companies)
    .where(sql`${companies.id} = ${companyId}`)
    .prepare('scorecard_totals');

  return {
    async forStatements(statementIds: string[]): Promise<SegmentRow[]> {
      if (statementIds.length === 0) return [];
      return db
        .select()
        .from(statementTimeline)
        .where(inArray(statementTimeline.statementId, statementIds))
        .orderBy(asc(statementTimeline.statementId), asc(statementTimeline.validFrom));
    },

    async segmentsAt(statementIds: string[], asOf: Date): Promise<Map<string, StoredSegment>> {
      if (statementIds.length === 0) return new Map();
      const rows = await db.select(storedSegment).from(statementTimeline).where(inForceFor(statementIds, asOf));
      return new Map(rows.map((r) => [r.statementId, r]));
    },

    /**
     * Scheduled changes whose time has come and that the feed has not told of yet, locked so that of several
     * instances sweeping at once each takes different rows.
     */
    async claimDue(now: Date, limit: number, statementIds: string[] | null = null): Promise<SegmentRow[]> {
      return db
        .select()
        .from(statementTimeline)
        .where(
          and(
            sql`not ${statementTimeline.announced}`,
            lte(statementTimeline.validFrom, now),
            statementIds === null
              ? undefined
              : sql`${statementTimeline.statementId} = any(${sql.param(statementIds)}::uuid[])`,
          ),
        )
        .orderBy(asc(statementTimeline.validFrom))
        .limit(limit)
        .for('update', { skipLocked: true });
    },

    /**
     * Replace each statement's timeline from an instant on with `segments` (each statement's first one starting
     * at that instant), in one statement: earlier segments are untouched, since what was known before the new
     * facts cannot have changed. The segment spanning the instant ends there, unless the first new segment holds
     * the same evaluation (every column of it, numbers compared as written, its observations by their digest; not
     * when they were observed, which the older one keeps): then it simply goes on until that one
     * would have ended. Segments from the instant on that the new timeline does not have are dropped; those it has
     * are written in place.
     *
     * The sub-statements act on disjoint rows (the spanning ones start before the instant; the dropped ones are
     * not among the written ones), and all read the timeline as it was before the statement. That is also why
     * the same statement can answer, for the change feed, the status each statement had at `now` before it.
     */
    async replaceFrom(
      from: { statementId: string; at: Date }[],
      segments: SegmentRow[],
      now: Date,
    ): Promise<Map<string, SegmentRow['status']>> {
      if (from.length === 0) return new Map();
      const result = await db.execute<{ statement_id: string; status: SegmentRow['status'] }>(sql`
        with req as (
          select * from unnest(${sql.param(from.map((f) => f.statementId))}::uuid[],
                               ${sql.param(from.map((f) => f.at.toISOString()))}::timestamptz[]) as r(statement_id, at)),
        new as ${segmentRecords(segments)},
        spanning as (
          select t.statement_id, t.valid_from, req.at, first.valid_to as first_to,
                 first.statement_id is not null
                 and (t.status, t.early, t.deciding_actual_id, t.position, t.surprise::text, t.error::text,
                      t.margin::text, t.evaluation, t.observations_digest)
                     is not distinct from
                     (first.status, first.early, first.deciding_actual_id, first.position, first.surprise::text,
                      first.error::text, first.margin::text, first.evaluation, first.observations_digest) as same
          from req
          cross join lateral (select s.* from statement_timeline s
                              where s.statement_id = req.statement_id and s.valid_from < req.at
                              order by s.valid_from desc limit 1) t
          left join new first on first.statement_id = req.statement_id and first.valid_from = req.at),
        kept as (
          select new.* from new
          where not exists (select 1 from spanning sp
                            where sp.same and sp.statement_id = new.statement_id and sp.at = new.valid_from)),
        ended as (
          update statement_timeline t set valid_to = case when sp.same then sp.first_to else sp.at end
          from spanning sp
          where t.statement_id = sp.statement_id and t.valid_from = sp.valid_from),
        dropped as (
          delete from statement_timeline t using req
          where t.statement_id = req.statement_id and t.valid_from >= req.at
            and not exists (select 1 from kept k where k.statement_id = t.statement_id and k.valid_from = t.valid_from)),
        written as (
          insert into statement_timeline as t (statement_id, valid_from, valid_to, status, early, deciding_actual_id,
                                          position, surprise, error, margin, evaluation, observed_at,
                                          observations_digest, announced, recorded_at)
          select statement_id, valid_from, valid_to, status, early, deciding_actual_id, position, surprise, error,
                 margin, evaluation, observed_at, observations_digest, announced, recorded_at
          from kept
          on conflict (statement_id, valid_from) do update
          set valid_to = excluded.valid_to, status = excluded.status, early = excluded.early,
              deciding_actual_id = excluded.deciding_actual_id, position = excluded.position,
              surprise = excluded.surprise, error = excluded.error, margin = excluded.margin, evaluation = excluded.evaluation,
              observed_at = excluded.observed_at, observations_digest = excluded.observations_digest,
              announced = excluded.announced,
              -- The same evaluation written again was on record already: it keeps the record time it had.
              recorded_at = case
                when (t.status, t.early, t.deciding_actual_id, t.position, t.surprise::text, t.error::text,
                      t.margin::text, t.evaluation, t.observations_digest)
                     is not distinct from
                     (excluded.status, excluded.early, excluded.deciding_actual_id, excluded.position,
                      excluded.surprise::text, excluded.error::text, excluded.margin::text, excluded.evaluation,
                      excluded.observations_digest)
                then t.recorded_at else excluded.recorded_at end)
        -- In force at now, as inForceAt has it: the latest segment begun by then, unless it ended by then.
        select req.statement_id, before.status
        from req
        cross join lateral (select s.status, s.valid_to from statement_timeline s
                            where s.statement_id = req.statement_id and s.valid_from <= ${now.toISOString()}::timestamptz
                            order by s.valid_from desc limit 1) before
        where before.valid_to is null or before.valid_to > ${now.toISOString()}::timestamptz`);
      return new Map(result.rows.map((r) => [r.statement_id, r.status]));
    },

    async markAnnounced(keys: { statementId: string; validFrom: Date }[]): Promise<void> {
      if (keys.length === 0) return;
      await db.execute(sql`
        update statement_timeline t set announced = true
        from unnest(${sql.param(keys.map((k) => k.statementId))}::uuid[],
                    ${sql.param(keys.map((k) => k.validFrom.toISOString()))}::timestamptz[]) as k(statement_id, valid_from)
        where t.statement_id = k.statement_id and t.valid_from = k.valid_from`);
    },

    /** The earliest scheduled change after `now`: until then, nothing read from the timeline can change by itself. */
    async nextScheduledChange(now: Date): Promise<Date | null> {
      const [row] = await db
        .select({ at: sql<Date | null>`min(${statementTimeline.validFrom})`.mapWith(statementTimeline.validFrom) })
        .from(statementTimeline)
        // A segment still to come has not been announced: the partial index on unannounced segments serves this.
        .where(and(sql`not ${statementTimeline.announced}`, gt(statementTimeline.validFrom, now)));
      return row?.at ?? null;
    },

    /**
     * Per company, the totals a scorecard summary is computed from, over the atomic statements made by `asOf`,
     * each in the evaluation in force then. Aggregated in PostgreSQL: one row per company and status.
     */
    /** Scorecard totals of each company at asOf; with a concept, of its statements on metrics tagged with it only. */
    async totalsByCompany(
      asOf: Date,
      concept?: string,
    ): Promise<
      {
        companyId: string;
        status: SegmentRow['status'];
        count: number;
        early: number;
        surpriseSum: string | null;
        surpriseCount: number;
        marginSum: string | null;
        marginCount: number;
        positiveMargins: number;
        since: Date;
        recordedAt: Date;
      }[]
    > {
      const result = await db.execute<{
        company_id: string;
        status: SegmentRow['status'];
        count: string;
        early: string;
        surprise_sum: string | null;
        surprise_count: string;
        margin_sum: string | null;
        margin_count: string;
        positive_margins: string;
        since: string;
        recorded_at: string;
      }>(sql`
        select s.company_id, ${statementTimeline.status} as status, count(*) as count,
               count(*) filter (where ${statementTimeline.early}) as early,
               sum(${statementTimeline.surprise}) filter (where ${statementTimeline.status} in ('met', 'missed')) as surprise_sum,
               count(${statementTimeline.surprise}) filter (where ${statementTimeline.status} in ('met', 'missed')) as surprise_count,
               sum(${statementTimeline.margin}) filter (where ${statementTimeline.status} in ('met', 'missed')) as margin_sum,
               count(${statementTimeline.margin}) filter (where ${statementTimeline.status} in ('met', 'missed')) as margin_count,
               count(*) filter (where ${statementTimeline.status} in ('met', 'missed') and ${statementTimeline.margin} > 0) as positive_margins,
               max(${statementTimeline.validFrom}) as since,
               max(${statementTimeline.recordedAt}) as recorded_at
        from ${statementTimeline}
        join statements s on s.id = ${statementTimeline.statementId}
        where s.kind = 'atomic' and ${inForceAt(asOf)}
          ${concept === undefined ? sql`` : sql`and s.metric_id in (select id from metrics where concept = ${concept})`}
        group by s.company_id, ${statementTimeline.status}`);
      return result.rows.map((r) => ({
        companyId: r.company_id,
        status: r.status,
        count: Number(r.count),
        early: Number(r.early),
        surpriseSum: r.surprise_sum,
        surpriseCount: Number(r.surprise_count),
        marginSum: r.margin_sum,
        marginCount: Number(r.margin_count),
        positiveMargins: Number(r.positive_margins),
        since: new Date(r.since),
        recordedAt: new Date(r.recorded_at),
      }));
    },

    /**
     * A company's scorecard totals as of a knowledge time, from the stored timelines, in one query: the totals of
     * its atomic statements made by then (stated on or before `asOfDate`, the knowledge time's day) in the evaluation
     * in force, over all of them, by metric key, by commitment and by the calendar quarter a resolved one fell due
     * in (its window end, else the period end of the figure that decided it); with the span every scorecard
     * evaluation shares and the first statement made after the knowledge time.
     */
    async scorecardTotals(companyId: string, asOf: Date, asOfDate: string): Promise<ScorecardTotalsRows | null> {
      const [stored] = await storedScorecardQuery.execute({ companyId });
      if (!stored) return null;
      // Kept at as_of and exact until valid_until, over the statements made by as_of's day: on a later day too, as
      // long as no statement was made after that day and by this one (the first such is the groups' next_stated_on).
      const kept =
        stored.groups !== null &&
        stored.asOf !== null &&
        stored.asOf.getTime() <= asOf.getTime() &&
        (stored.validUntil === null || asOf.getTime() < stored.validUntil.getTime())
          ? scorecardTotalsOf(stored.companyCreatedAt, stored.groups as ScorecardTotalsRow[])
          : null;
      if (kept !== null && (kept.nextStatedOn === null || kept.nextStatedOn > asOfDate)) return kept;
      const [found] = await scorecardTotalsQuery.execute({ companyId, asOf: asOf.toISOString(), asOfDate });
      return found ? scorecardTotalsOf(found.companyCreatedAt, found.groups) : null;
    },

    /** The statement's segments from after `after` on, oldest first, at most `limit`: a page of its history. */
    async history(statementId: string, after: Date | null, limit: number): Promise<StoredSegment[]> {
      return db
        .select(storedSegment)
        .from(statementTimeline)
        .where(
          and(
            eq(statementTimeline.statementId, statementId),
            after === null ? undefined : gt(statementTimeline.validFrom, after),
          ),
        )
        .orderBy(asc(statementTimeline.validFrom))
        .limit(limit);
    },
  };
}

export type TimelineStore = ReturnType<typeof createTimelineStore>;
