import { and, asc, eq, gt, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { actuals, metrics, retractions, statements } from '../db/schema.js';
import { NotFoundError } from '../errors.js';
import { insertOrConflict } from './errors.js';
import { decodeCursor, toPage, type Page } from './pagination.js';

export type ActualRow = typeof actuals.$inferSelect;
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
  /** Period end on or after / on or before. */
  periodFrom?: string;
  periodTo?: string;
  /** Only what was public by then, with retractions as they stood then. */
  asOf?: Date;
}

export function createActualStore(db: Executor) {
  const selectRecords = () =>
    db
      .select({ row: actuals, metricKey: metrics.key, retraction: retractions })
      .from(actuals)
      .innerJoin(metrics, eq(metrics.id, actuals.metricId))
      .leftJoin(retractions, eq(retractions.actualId, actuals.id));

  return {
    async insert(actual: NewActual): Promise<ActualRow> {
      const [row] = await db.insert(actuals).values(actual).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    /**
     * Insert many actuals in one statement: one array parameter per column, expanded by unnest. Ids are made
     * here so each input item knows its row without relying on RETURNING order.
     */
    async insertMany(rows: (NewActual & { id: string })[]): Promise<void> {
      if (rows.length === 0) return;
      const column = <T>(pick: (r: NewActual & { id: string }) => T) => sql.param(rows.map(pick));
      await db.execute(sql`
        insert into actuals (id, company_id, metric_id, period_start, period_end, period_label, value, unit,
                             published_at, source_document, source_url, source_page, note)
        select * from unnest(
          ${column((r) => r.id)}::uuid[], ${column((r) => r.companyId)}::text[], ${column((r) => r.metricId)}::uuid[],
          ${column((r) => r.periodStart ?? null)}::date[], ${column((r) => r.periodEnd)}::date[],
          ${column((r) => r.periodLabel ?? null)}::text[], ${column((r) => r.value)}::numeric[],
          ${column((r) => r.unit)}::text[], ${column((r) => r.publishedAt.toISOString())}::timestamptz[],
          ${column((r) => r.sourceDocument ?? null)}::text[], ${column((r) => r.sourceUrl ?? null)}::text[],
          ${column((r) => r.sourcePage ?? null)}::text[], ${column((r) => r.note ?? null)}::text[])`);
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
            filter.periodFrom === undefined ? undefined : gte(actuals.periodEnd, filter.periodFrom),
            filter.periodTo === undefined ? undefined : lte(actuals.periodEnd, filter.periodTo),
            filter.asOf === undefined ? undefined : lte(actuals.publishedAt, filter.asOf),
          ),
        )
        .orderBy(asc(actuals.seq))
        .limit(page.limit + 1);
      const asOf = filter.asOf;
      return toPage(
        rows.map((r) => ({ ...r, seq: r.row.seq })),
        page.limit,
        // A retraction made after the knowledge time was not known then.
        ({ seq: _seq, ...r }) => (asOf && r.retraction && r.retraction.retractedAt > asOf ? { ...r, retraction: null } : r),
      );
    },

    /** The whole history of a metric (restatements and retractions included): evaluation filters by knowledge time. */
    async forMetric(metricId: string): Promise<ActualRecord[]> {
      return selectRecords().where(eq(actuals.metricId, metricId)).orderBy(asc(actuals.seq));
    },

    /**
     * The actuals that can matter to some statement on these metrics: those whose period ends inside a
     * statement's window. Restatements and retractions included; evaluation filters by knowledge time.
     */
    async inStatementWindows(metricIds: string[]): Promise<ActualRecord[]> {
      if (metricIds.length === 0) return [];
      return selectRecords()
        .where(
          and(
            inArray(actuals.metricId, metricIds),
            sql`exists (select 1 from ${statements} s
                        where s.metric_id = ${actuals.metricId} and s.kind = 'atomic'
                          and ${actuals.periodEnd} >= s.window_start
                          and (s.window_end is null or ${actuals.periodEnd} <= s.window_end))`,
          ),
        )
        .orderBy(asc(actuals.seq));
    },

    async forCompany(companyId: string): Promise<ActualRecord[]> {
      return selectRecords().where(eq(actuals.companyId, companyId)).orderBy(asc(actuals.seq));
    },
  };
}

export type ActualStore = ReturnType<typeof createActualStore>;
