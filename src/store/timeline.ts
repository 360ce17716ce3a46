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

export function createTimelineStore(db: Executor) {
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

    /** Replace the whole timeline of these statements: one DELETE and one INSERT of unnested arrays. */
    async replace(statementIds: string[], segments: SegmentRow[]): Promise<void> {
      if (statementIds.length === 0) return;
      await db.delete(statementTimeline).where(inArray(statementTimeline.statementId, statementIds));
      if (segments.length === 0) return;
      const column = <T>(pick: (s: SegmentRow) => T) => sql.param(segments.map(pick));
      await db.execute(sql`
        insert into statement_timeline (statement_id, valid_from, valid_to, status, early, deciding_actual_id,
                                        position, surprise, error, evaluation, announced)
        select * from unnest(
          ${column((s) => s.statementId)}::uuid[], ${column((s) => s.validFrom.toISOString())}::timestamptz[],
          ${column((s) => s.validTo?.toISOString() ?? null)}::timestamptz[], ${column((s) => s.status)}::text[],
          ${column((s) => s.early)}::boolean[], ${column((s) => s.decidingActualId)}::uuid[],
          ${column((s) => s.position)}::text[], ${column((s) => s.surprise)}::numeric[],
          ${column((s) => s.error)}::numeric[], ${column((s) => JSON.stringify(s.evaluation))}::jsonb[],
          ${column((s) => s.announced)}::boolean[])`);
    },

    /**
     * Scheduled changes whose time has come and that the feed has not told of yet, locked so that of several
     * instances sweeping at once each takes different rows.
     */
    async claimDue(now: Date, limit: number): Promise<SegmentRow[]> {
      return db
        .select()
        .from(statementTimeline)
        .where(and(sql`not ${statementTimeline.announced}`, lte(statementTimeline.validFrom, now)))
        .orderBy(asc(statementTimeline.validFrom))
        .limit(limit)
        .for('update', { skipLocked: true });
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
        .where(gt(statementTimeline.validFrom, now));
      return row?.at ?? null;
    },

    /**
     * Per company, the totals a scorecard summary is computed from, over the atomic statements made by `asOf`,
     * each in the evaluation in force then. Aggregated in PostgreSQL: one row per company and status.
     */
    async totalsByCompany(asOf: Date): Promise<
      { companyId: string; status: SegmentRow['status']; count: number; early: number; surpriseSum: string | null; surpriseCount: number; since: Date }[]
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
        select s.company_id, t.status, count(*) as count, count(*) filter (where t.early) as early,
               sum(t.surprise) filter (where t.status in ('met', 'missed')) as surprise_sum,
               count(t.surprise) filter (where t.status in ('met', 'missed')) as surprise_count,
               max(t.valid_from) as since
        from ${statementTimeline} t
        join statements s on s.id = t.statement_id
        where s.kind = 'atomic' and ${inForceAt(asOf)}
        group by s.company_id, t.status`);
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
