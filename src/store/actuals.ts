import { and, asc, eq, gt, gte, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { actuals, metrics, retractions } from '../db/schema.js';
import { NotFoundError } from '../errors.js';
import { COMPARISON_LOOKBACK_DAYS } from '../domain/change.js';
import { COMPARISON_BASES, type Actual as DomainActual } from '../domain/model.js';
import { announceActualsCreated } from './changes.js';
import { insertOrConflict } from './errors.js';
import { rowSet } from './row-set.js';
import { decodeCursor, toPage, type Page } from './pagination.js';

export type ActualRow = typeof actuals.$inferSelect;

/** Days before a statement's window in which its comparison figures can end: none for a target on the level. */
const comparisonLookbackDays = sql`(case s.target_change_against ${sql.join(
  COMPARISON_BASES.map((basis) => sql`when ${basis} then ${COMPARISON_LOOKBACK_DAYS[basis]}::int`),
  sql` `,
)} else 0 end)`;
export type NewActual = Omit<typeof actuals.$inferInsert, 'id' | 'seq' | 'recordedAt'>;
export type RetractionRow = typeof retractions.$inferSelect;

export interface ActualRecord {
  row: ActualRow;
  metricKey: string;
  retraction: RetractionRow | null;
}

export interface ActualFilter {
  companyId?: string;
  metricId?: string;
  /** Figures of metrics tagged with this concept, in any company. */
  concept?: string;
  /** Period end on or after / on or before. */
  periodFrom?: string;
  periodTo?: string;
  /** Only what was public by then. */
  asOf?: Date;
  /** Only what saydo had on record then, with retractions as they stood on record then. */
  recordedAsOf?: Date;
}

/** An actual as scoring reads it: raw columns. */
type ScoringRow = {
  id: string;
  metric_id: string;
  period_start: string | null;
  period_end: string;
  value: string;
  published_at: Date;
  seq: string;
  recorded_at: Date;
  retracted_at: Date | null;
};

function toScoringActual(r: ScoringRow): DomainActual & { metricId: string } {
  return {
    id: r.id,
    metricId: r.metric_id,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    value: r.value,
    publishedAt: new Date(r.published_at).getTime(),
    recordedAt: new Date(r.recorded_at).getTime(),
    retractedAt: r.retracted_at === null ? null : new Date(r.retracted_at).getTime(),
    recordedSeq: Number(r.seq),
  };
}

export function createActualStore(db: Executor) {
  const selectRecords = () =>
    db
      .select({ row: actuals, metricKey: metrics.key, retraction: retractions })
      .from(actuals)
      .innerJoin(metrics, eq(metrics.id, actuals.metricId))
      .leftJoin(retractions, eq(retractions.actualId, actuals.id));

  return {
    /**
     * Insert many actuals in one statement. The rows travel as one parameter (see ./row-set.ts). With `announcedAt`, the same
     * statement tells the change feed of each new actual (see announceActualsCreated in ./changes.ts) and stamps
     * each row as recorded then (else PostgreSQL's now()). Ids are made by the caller so each input item knows its
     * row without relying on RETURNING order.
     */
    async insertMany(rows: (NewActual & { id: string; metricKey?: string })[], announcedAt?: Date): Promise<void> {
      if (rows.length === 0) return;
      const input = rowSet(rows, {
        ord: ['int', (_, ord) => ord],
        id: ['uuid', (r) => r.id],
        company_id: ['text', (r) => r.companyId],
        metric_id: ['uuid', (r) => r.metricId],
        metric_key: ['text', (r) => r.metricKey],
        period_start: ['date', (r) => r.periodStart],
        period_end: ['date', (r) => r.periodEnd],
        period_label: ['text', (r) => r.periodLabel],
        value: ['text', (r) => r.value],
        unit: ['text', (r) => r.unit],
        published_at: ['timestamptz', (r) => r.publishedAt],
        source_document: ['text', (r) => r.sourceDocument],
        source_url: ['text', (r) => r.sourceUrl],
        source_page: ['text', (r) => r.sourcePage],
        note: ['text', (r) => r.note],
      });
      const insert = sql`
        insert into actuals (id, company_id, metric_id, period_start, period_end, period_label, value, unit,
                             published_at, source_document, source_url, source_page, note, recorded_at)
        select id, company_id, metric_id, period_start, period_end, period_label, value::numeric, unit,
               published_at, source_document, source_url, source_page, note,
               coalesce(${announcedAt?.toISOString() ?? null}::timestamptz, now())
        from input order by ord`;
      if (announcedAt === undefined) {
        await db.execute(sql`with input as ${input} ${insert}`);
        return;
      }
      await db.execute(sql`with input as ${input}, inserted as (${insert}) ${announceActualsCreated(announcedAt)}`);
    },

    /**
     * For each new actual, what is on record for its period (same metric, period start and end), leaving out
     * retracted entries: the latest known one published at or before it (`sameId` when its value equals the
     * new one's, compared as numbers), and any published at the same instant with a different value
     * (`conflictId`). The caller holds the metrics' locks, so no writer slips in between.
     */
    async matchExisting(
      rows: Pick<NewActual, 'metricId' | 'periodStart' | 'periodEnd' | 'value' | 'publishedAt'>[],
    ): Promise<{ sameId: string | null; conflictId: string | null; conflictValue: string | null }[]> {
      if (rows.length === 0) return [];
      const result = await db.execute<{
        ord: number;
        same_id: string | null;
        conflict_id: string | null;
        conflict_value: string | null;
      }>(sql`
        with input as ${rowSet(rows, {
          ord: ['int', (_, ord) => ord],
          metric_id: ['uuid', (r) => r.metricId],
          period_start: ['date', (r) => r.periodStart],
          period_end: ['date', (r) => r.periodEnd],
          value: ['text', (r) => r.value],
          published_at: ['timestamptz', (r) => r.publishedAt],
        })}
        select i.ord, latest.same_id, conflict.id as conflict_id, conflict.value::text as conflict_value
        from input i
        left join lateral (
          select case when a.value = i.value::numeric then a.id end as same_id
          from actuals a
          where a.metric_id = i.metric_id and a.period_end = i.period_end
            and a.period_start is not distinct from i.period_start and a.published_at <= i.published_at
            and not exists (select 1 from retractions r where r.actual_id = a.id)
          order by a.published_at desc, a.seq desc
          limit 1) latest on true
        left join lateral (
          select a.id, a.value
          from actuals a
          where a.metric_id = i.metric_id and a.period_end = i.period_end
            and a.period_start is not distinct from i.period_start and a.published_at = i.published_at
            and a.value <> i.value::numeric
            and not exists (select 1 from retractions r where r.actual_id = a.id)
          order by a.seq
          limit 1) conflict on true
        order by i.ord`);
      return result.rows.map((r) => ({
        sameId: r.same_id,
        conflictId: r.conflict_id,
        conflictValue: r.conflict_value,
      }));
    },

    async retract(actualId: string, reason: string, at: Date): Promise<RetractionRow> {
      const [row] = await insertOrConflict(
        () => db.insert(retractions).values({ actualId, reason, retractedAt: at }).returning(),
        `actual '${actualId}' is already retracted`,
      );
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async find(id: string): Promise<ActualRecord | null> {
      const [record] = await selectRecords().where(eq(actuals.id, id));
      return record ?? null;
    },

    async get(id: string): Promise<ActualRecord> {
      const record = await this.find(id);
      if (!record) throw new NotFoundError('actual', id);
      return record;
    },

    async list(filter: ActualFilter, page: { limit: number; cursor?: string }): Promise<Page<ActualRecord>> {
      const rows = await selectRecords()
        .where(
          and(
            gt(actuals.seq, decodeCursor(page.cursor)),
            filter.companyId === undefined ? undefined : eq(actuals.companyId, filter.companyId),
            filter.metricId === undefined ? undefined : eq(actuals.metricId, filter.metricId),
            filter.concept === undefined ? undefined : eq(metrics.concept, filter.concept),
            filter.periodFrom === undefined ? undefined : gte(actuals.periodEnd, filter.periodFrom),
            filter.periodTo === undefined ? undefined : lte(actuals.periodEnd, filter.periodTo),
            filter.asOf === undefined ? undefined : lte(actuals.publishedAt, filter.asOf),
            filter.recordedAsOf === undefined ? undefined : lte(actuals.recordedAt, filter.recordedAsOf),
          ),
        )
        .orderBy(asc(actuals.seq))
        .limit(page.limit + 1);
      const recordedAsOf = filter.recordedAsOf;
      return toPage(
        rows.map((r) => ({ ...r, seq: r.row.seq })),
        page.limit,
        // A retraction is a correction of the record: it is not on record before it was made. (It holds at every
        // knowledge time: the figure was never public.)
        ({ seq: _seq, ...r }) =>
          recordedAsOf && r.retraction && r.retraction.retractedAt > recordedAsOf ? { ...r, retraction: null } : r,
      );
    },

    /**
     * What rescoring these statements from `since` on can need: the actuals whose period ends inside one of
     * their windows (or, for a change target, where its comparison figures can end, before the window), less the versions that a firm (never retracted) later version published by `since` has
     * replaced for good; they cannot be the latest known at or after `since`. Raw columns, no ORM mapping: a
     * batch reads thousands of these.
     */
    async historyForScoring(statementIds: string[], since: Date): Promise<(DomainActual & { metricId: string })[]> {
      if (statementIds.length === 0) return [];
      const result = await db.execute<ScoringRow>(sql`
        with h as (
          select a.id, a.metric_id, a.period_start, a.period_end, a.value, a.published_at, a.seq, a.recorded_at,
                 r.retracted_at,
                 (r.actual_id is null and a.published_at <= ${since.toISOString()}::timestamptz) as firm,
                 row_number() over w as newest_first
          -- Joined with the statements' metrics, the (metric_id, period_end) index can drive the scan (the EXISTS
          -- alone cannot), and a scan of the table hashes them, unlike an "= any(array(...))" filter, whose
          -- array is searched from the start for every actual read.
          from (select distinct s.metric_id from statements s
                where s.id = any(${sql.param(statementIds)}::uuid[])) m
          join actuals a on a.metric_id = m.metric_id
          left join retractions r on r.actual_id = a.id
          where exists (select 1 from statements s
                        where s.id = any(${sql.param(statementIds)}::uuid[]) and s.metric_id = a.metric_id
                          and a.period_end >= s.window_start - ${comparisonLookbackDays}
                          and (s.window_end is null or a.period_end <= s.window_end))
          window w as (partition by a.metric_id, a.period_start, a.period_end order by a.published_at desc, a.seq desc)),
        cut as (
          select h.*, min(newest_first) filter (where firm) over (partition by metric_id, period_start, period_end) as first_firm
          from h)
        select id, metric_id, period_start, period_end, value, published_at, seq, recorded_at, retracted_at
        from cut
        where first_firm is null or newest_first <= first_firm`);
      return result.rows.map(toScoringActual);
    },

    /**
     * Every actual that can bear on these statements (period end inside one of their windows, or, of a change
     * target, where its comparison figures can end, before the window: as historyForScoring) as saydo had it on
     * record at `recordedAsOf`: recorded by then, with its retraction if that was recorded by then too (the
     * domain's onRecordAt reads retracted_at against the same instant). For answers as of a past record time.
     */
    async onRecordFor(statementIds: string[], recordedAsOf: Date): Promise<(DomainActual & { metricId: string })[]> {
      if (statementIds.length === 0) return [];
      const result = await db.execute<ScoringRow>(sql`
        select a.id, a.metric_id, a.period_start, a.period_end, a.value, a.published_at, a.seq, a.recorded_at,
               case when r.retracted_at <= ${recordedAsOf.toISOString()}::timestamptz then r.retracted_at end as retracted_at
        from (select distinct s.metric_id from statements s
              where s.id = any(${sql.param(statementIds)}::uuid[])) m
        join actuals a on a.metric_id = m.metric_id
        left join retractions r on r.actual_id = a.id
        where a.recorded_at <= ${recordedAsOf.toISOString()}::timestamptz
          and exists (select 1 from statements s
                      where s.id = any(${sql.param(statementIds)}::uuid[]) and s.metric_id = a.metric_id
                        and a.period_end >= s.window_start - ${comparisonLookbackDays}
                        and (s.window_end is null or a.period_end <= s.window_end))`);
      return result.rows.map(toScoringActual);
    },
  };
}

export type ActualStore = ReturnType<typeof createActualStore>;
