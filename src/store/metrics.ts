import { and, asc, eq, gt } from 'drizzle-orm';
import type { Executor as Database } from '../db/client.js';
import { metrics } from '../db/schema.js';
import { NotFoundError } from '../errors.js';
import { insertOrConflict } from './errors.js';
import { decodeCursor, toPage, type Page } from './pagination.js';

export type MetricRow = typeof metrics.$inferSelect;
export type NewMetric = Omit<typeof metrics.$inferInsert, 'id' | 'seq' | 'createdAt'>;

export function createMetricStore(db: Database) {
  return {
    async insert(metric: NewMetric): Promise<MetricRow> {
      const [row] = await insertOrConflict(
        () => db.insert(metrics).values(metric).returning(),
        `metric '${metric.key}' already exists for company '${metric.companyId}'`,
      );
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async findByKey(companyId: string, key: string): Promise<MetricRow | null> {
      const [row] = await db
        .select()
        .from(metrics)
        .where(and(eq(metrics.companyId, companyId), eq(metrics.key, key)));
      return row ?? null;
    },

    async get(id: string): Promise<MetricRow> {
      const [row] = await db.select().from(metrics).where(eq(metrics.id, id));
      if (!row) throw new NotFoundError('metric', id);
      return row;
    },

    async list(filter: { companyId?: string }, page: { limit: number; cursor?: string }): Promise<Page<MetricRow>> {
      const rows = await db
        .select()
        .from(metrics)
        .where(
          and(
            gt(metrics.seq, decodeCursor(page.cursor)),
            filter.companyId === undefined ? undefined : eq(metrics.companyId, filter.companyId),
          ),
        )
        .orderBy(asc(metrics.seq))
        .limit(page.limit + 1);
      return toPage(rows, page.limit, (r) => r);
    },
  };
}

export type MetricStore = ReturnType<typeof createMetricStore>;
