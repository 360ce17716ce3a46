// Evaluation segments per statement (see statement_timeline in src/db/schema.ts).
import { and, asc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { statementTimeline } from '../db/schema.js';

export type SegmentRow = typeof statementTimeline.$inferSelect;

/** The segment of each statement in force at a knowledge time: valid_from <= T < valid_to. */
export function inForceAt(asOf: Date) {
  return and(
    lte(statementTimeline.validFrom, asOf),
    or(isNull(statementTimeline.validTo), gt(statementTimeline.validTo, asOf)),
  );
}

/** A statement_timeline row as PostgreSQL returns it to a raw query. */
interface RawSegment extends Record<string, unknown> {
  statement_id: string;
  valid_from: Date | string;
  valid_to: Date | string | null;
  status: SegmentRow['status'];
  early: boolean;
  deciding_actual_id: string | null;
  position: SegmentRow['position'];
  surprise: string | null;
  error: string | null;
  evaluation: unknown;
  announced: boolean;
}

function fromRaw(r: RawSegment): SegmentRow {
  return {
    statementId: r.statement_id,
    validFrom: new Date(r.valid_from),
    validTo: r.valid_to === null ? null : new Date(r.valid_to),
    status: r.status,
    early: r.early,
    decidingActualId: r.deciding_actual_id,
    position: r.position,
    surprise: r.surprise,
    error: r.error,
    evaluation: r.evaluation,
    announced: r.announced,
  };
}

export function createTimelineStore(db: Executor) {
  /** One INSERT however many segments: the rows travel as one JSON parameter, expanded by json_to_recordset. */
  async function insertSegments(segments: SegmentRow[]): Promise<void> {
    if (segments.length === 0) return;
    const rows = segments.map((s) => ({
      statement_id: s.statementId,
      valid_from: s.validFrom,
      valid_to: s.validTo,
      status: s.status,
      early: s.early,
      deciding_actual_id: s.decidingActualId,
      position: s.position,
      surprise: s.surprise,
      error: s.error,
      evaluation: s.evaluation,
      announced: s.announced,
    }));
    await db.execute(sql`
      insert into statement_timeline (statement_id, valid_from, valid_to, status, early, deciding_actual_id,
                                      position, surprise, error, evaluation, announced)
      select statement_id, valid_from, valid_to, status, early, deciding_actual_id, position, surprise::numeric,
             error::numeric, evaluation, announced
      from json_to_recordset(${JSON.stringify(rows)}::json)
           as x(statement_id uuid, valid_from timestamptz, valid_to timestamptz, status text, early boolean,
                deciding_actual_id uuid, position text, surprise text, error text, evaluation jsonb, announced boolean)`);
  }

  return {
    async forStatements(statementIds: string[]): Promise<SegmentRow[]> {
      if (statementIds.length === 0) return [];
      return db
        .select()
        .from(statementTimeline)
        .where(inArray(statementTimeline.statementId, statementIds))
        .orderBy(asc(statementTimeline.statementId), asc(statementTimeline.validFrom));
    },

    async segmentsAt(statementIds: string[], asOf: Date): Promise<Map<string, SegmentRow>> {
      if (statementIds.length === 0) return new Map();
      const rows = await db
        .select()
        .from(statementTimeline)
        .where(and(inArray(statementTimeline.statementId, statementIds), inForceAt(asOf)));
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
     * For each statement to be rescored from `from` on: the segment in force just before `from` (starts before
     * it, ends at or after it), and the segment in force at `now`. At most two rows per statement.
     */
    async around(
      from: { statementId: string; at: Date }[],
      now: Date,
    ): Promise<{ spanning: Map<string, SegmentRow>; atNow: Map<string, SegmentRow> }> {
      const spanning = new Map<string, SegmentRow>();
      const atNow = new Map<string, SegmentRow>();
      if (from.length === 0) return { spanning, atNow };
      // Segments tile each timeline, so the one in force at an instant is the last that started by then:
      // two index probes per statement on the primary key (statement_id, valid_from).
      const result = await db.execute<RawSegment>(sql`
        select t.* from unnest(${sql.param(from.map((f) => f.statementId))}::uuid[],
                               ${sql.param(from.map((f) => f.at.toISOString()))}::timestamptz[]) as req(statement_id, at)
        cross join lateral (
          (select * from statement_timeline s where s.statement_id = req.statement_id and s.valid_from < req.at
           order by s.valid_from desc limit 1)
          union all
          (select * from statement_timeline s where s.statement_id = req.statement_id and s.valid_from <= ${now.toISOString()}::timestamptz
           order by s.valid_from desc limit 1)) t`);
      const rows = result.rows.map((r) => ({ segment: fromRaw(r) }));
      const startOf = new Map(from.map((f) => [f.statementId, f.at.getTime()]));
      for (const { segment } of rows) {
        const at = startOf.get(segment.statementId) ?? 0;
        const start = segment.validFrom.getTime();
        const end = segment.validTo?.getTime() ?? Number.POSITIVE_INFINITY;
        if (start < at && end >= at) spanning.set(segment.statementId, segment);
        if (start <= now.getTime() && end > now.getTime()) atNow.set(segment.statementId, segment);
      }
      return { spanning, atNow };
    },

    /**
     * Replace each statement's timeline from an instant on: drop the segments starting at or after it, end (or
     * extend) the segment spanning it, and add the new ones. Earlier segments are untouched: what was known
     * before the new facts cannot have changed.
     */
    async replaceFrom(
      from: { statementId: string; at: Date }[],
      spanningEnds: { statementId: string; validFrom: Date; validTo: Date | null }[],
      segments: SegmentRow[],
    ): Promise<void> {
      if (from.length > 0) {
        await db.execute(sql`
          delete from statement_timeline t
          using unnest(${sql.param(from.map((f) => f.statementId))}::uuid[],
                       ${sql.param(from.map((f) => f.at.toISOString()))}::timestamptz[]) as req(statement_id, at)
          where t.statement_id = req.statement_id and t.valid_from >= req.at`);
      }
      if (spanningEnds.length > 0) {
        await db.execute(sql`
          update statement_timeline t set valid_to = req.valid_to
          from unnest(${sql.param(spanningEnds.map((e) => e.statementId))}::uuid[],
                      ${sql.param(spanningEnds.map((e) => e.validFrom.toISOString()))}::timestamptz[],
                      ${sql.param(spanningEnds.map((e) => e.validTo?.toISOString() ?? null))}::timestamptz[])
               as req(statement_id, valid_from, valid_to)
          where t.statement_id = req.statement_id and t.valid_from = req.valid_from`);
      }
      await insertSegments(segments);
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
    async totalsByCompany(asOf: Date): Promise<
      {
        companyId: string;
        status: SegmentRow['status'];
        count: number;
        early: number;
        surpriseSum: string | null;
        surpriseCount: number;
        since: Date;
      }[]
    > {
      const result = await db.execute<{
        company_id: string;
        status: SegmentRow['status'];
        count: string;
        early: string;
        surprise_sum: string | null;
        surprise_count: string;
        since: string;
      }>(sql`
        select s.company_id, ${statementTimeline.status} as status, count(*) as count,
               count(*) filter (where ${statementTimeline.early}) as early,
               sum(${statementTimeline.surprise}) filter (where ${statementTimeline.status} in ('met', 'missed')) as surprise_sum,
               count(${statementTimeline.surprise}) filter (where ${statementTimeline.status} in ('met', 'missed')) as surprise_count,
               max(${statementTimeline.validFrom}) as since
        from ${statementTimeline}
        join statements s on s.id = ${statementTimeline.statementId}
        where s.kind = 'atomic' and ${inForceAt(asOf)}
        group by s.company_id, ${statementTimeline.status}`);
      return result.rows.map((r) => ({
        companyId: r.company_id,
        status: r.status,
        count: Number(r.count),
        early: Number(r.early),
        surpriseSum: r.surprise_sum,
        surpriseCount: Number(r.surprise_count),
        since: new Date(r.since),
      }));
    },

    async history(statementId: string): Promise<SegmentRow[]> {
      return db
        .select()
        .from(statementTimeline)
        .where(eq(statementTimeline.statementId, statementId))
        .orderBy(asc(statementTimeline.validFrom));
    },
  };
}

export type TimelineStore = ReturnType<typeof createTimelineStore>;
