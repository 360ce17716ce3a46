import { and, asc, eq, gt, inArray, is, lte, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Executor as Database } from '../db/client.js';
import { metrics } from '../db/schema.js';
import { NotFoundError } from '../errors.js';
import { insertOrConflict } from './errors.js';
import { decodeCursor, toPage, type Page } from './pagination.js';

export type MetricRow = typeof metrics.$inferSelect;
export type NewMetric = Omit<typeof metrics.$inferInsert, 'id' | 'seq' | 'createdAt'>;

export function createMetricStore(db: Database) {
  // The metrics this store has locked: a unit of work makes its stores for its one transaction, and a lock is
  // held until that ends, so locking one again (a batch, then its rescoring) would only cost a round of row locks.
  const locked = new Set<string>();
  const inTransaction = is(db, PgTransaction);
  return {
    async insert(metric: NewMetric, createdAt: Date): Promise<MetricRow> {
      const [row] = await insertOrConflict(
        () =>
          db
            .insert(metrics)
            .values({ ...metric, createdAt })
            .returning(),
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

    async update(
      id: string,
      patch: Partial<Pick<MetricRow, 'name' | 'description' | 'segment' | 'basis' | 'concept'>>,
    ): Promise<{ row: MetricRow; changed: boolean }> {
      // An empty patch changes nothing (and drizzle refuses an UPDATE with no SET).
      const changed = Object.values(patch).some((v) => v !== undefined);
      const [row] = changed
        ? await db.update(metrics).set(patch).where(eq(metrics.id, id)).returning()
        : await db.select().from(metrics).where(eq(metrics.id, id));
      if (!row) throw new NotFoundError('metric', id);
      return { row, changed };
    },

    /** Read a metric and lock it until the transaction ends, for a read-compare-write update. */
    async getForUpdate(id: string): Promise<MetricRow> {
      const [row] = await db.select().from(metrics).where(eq(metrics.id, id)).for('update');
      if (!row) throw new NotFoundError('metric', id);
      return row;
    },

    async byIds(ids: string[]): Promise<MetricRow[]> {
      if (ids.length === 0) return [];
      return db.select().from(metrics).where(inArray(metrics.id, ids));
    },

    /** The metrics named by (company, key) pairs, in one query. */
    async byCompanyKeys(pairs: { companyId: string; key: string }[]): Promise<MetricRow[]> {
      if (pairs.length === 0) return [];
      return db
        .select()
        .from(metrics)
        .where(
          sql`(${metrics.companyId}, ${metrics.key}) in (select * from unnest(${sql.param(pairs.map((p) => p.companyId))}::text[], ${sql.param(pairs.map((p) => p.key))}::text[]))`,
        );
    },

    /**
     * Lock metric rows until the transaction ends, in id order so two batches cannot deadlock. FOR NO KEY
     * UPDATE does not conflict with the KEY SHARE locks that inserting actuals (foreign keys) takes. Those this
     * store has locked already are not locked again.
     */
    async lockForScoring(ids: string[]): Promise<void> {
      const wanted = [...new Set(ids)].filter((id) => !locked.has(id)).sort();
      if (wanted.length === 0) return;
      await db.execute(
        sql`select id from ${metrics} where id = any(${sql.param(wanted)}::uuid[]) order by id for no key update`,
      );
      // Outside a transaction the lock ended with the statement.
      if (inTransaction) for (const id of wanted) locked.add(id);
    },

    async get(id: string): Promise<MetricRow> {
      const [row] = await db.select().from(metrics).where(eq(metrics.id, id));
      if (!row) throw new NotFoundError('metric', id);
      return row;
    },

    /** Every metric of a company, in the order they were recorded: what a parsed draft may bind to. */
    async ofCompany(companyId: string): Promise<MetricRow[]> {
      return db.select().from(metrics).where(eq(metrics.companyId, companyId)).orderBy(asc(metrics.seq));
    },

    /** Metrics in the order they were recorded; with asOf, only those recorded by then. */
    async list(
      filter: { companyId?: string; concept?: string; asOf?: Date },
      page: { limit: number; cursor?: string },
    ): Promise<Page<MetricRow>> {
      const rows = await db
        .select()
        .from(metrics)
        .where(
          and(
            gt(metrics.seq, decodeCursor(page.cursor)),
            filter.companyId === undefined ? undefined : eq(metrics.companyId, filter.companyId),
            filter.concept === undefined ? undefined : eq(metrics.concept, filter.concept),
            filter.asOf === undefined ? undefined : lte(metrics.createdAt, filter.asOf),
          ),
        )
        .orderBy(asc(metrics.seq))
        .limit(page.limit + 1);
      return toPage(rows, page.limit, (r) => r);
    },
  };
}

export type MetricStore = ReturnType<typeof createMetricStore>;
