import { and, asc, eq, gt } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { actuals, metrics, retractions } from '../db/schema.js';
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
          ),
        )
        .orderBy(asc(actuals.seq))
        .limit(page.limit + 1);
      return toPage(
        rows.map((r) => ({ ...r, seq: r.row.seq })),
        page.limit,
        ({ seq: _seq, ...r }) => r,
      );
    },

    /** The whole history of a metric (restatements and retractions included): evaluation filters by knowledge time. */
    async forMetric(metricId: string): Promise<ActualRecord[]> {
      return selectRecords().where(eq(actuals.metricId, metricId)).orderBy(asc(actuals.seq));
    },

    async forCompany(companyId: string): Promise<ActualRecord[]> {
      return selectRecords().where(eq(actuals.companyId, companyId)).orderBy(asc(actuals.seq));
    },
  };
}

export type ActualStore = ReturnType<typeof createActualStore>;
