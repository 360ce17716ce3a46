import { and, asc, eq, gt, inArray, or } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { metrics, revisions, statements } from '../db/schema.js';
import { NotFoundError } from '../errors.js';
import { insertOrConflict } from './errors.js';
import { decodeCursor, toPage, type Page } from './pagination.js';

export type StatementRow = typeof statements.$inferSelect;
export type NewStatement = Omit<typeof statements.$inferInsert, 'id' | 'seq' | 'createdAt'>;
export type RevisionRow = typeof revisions.$inferSelect;
export type NewRevision = Omit<typeof revisions.$inferInsert, 'id' | 'createdAt'>;

/** A statement with what the revision chain and compound structure say about it. */
export interface StatementRecord {
  row: StatementRow;
  metricKey: string | null;
  metricUnit: string | null;
  /** The revision that replaced or withdrew this statement. */
  revisedBy: RevisionRow | null;
  /** The revision through which this statement replaced an earlier one. */
  revisionOf: RevisionRow | null;
  partIds: string[];
}

export interface StatementFilter {
  companyId?: string;
  metricId?: string;
  parentId?: string;
}

export function createStatementStore(db: Executor) {
  async function withRelations(rows: { statement: StatementRow; metricKey: string | null; metricUnit: string | null }[]): Promise<StatementRecord[]> {
    const ids = rows.map((r) => r.statement.id);
    if (ids.length === 0) return [];
    // Sequential on purpose: inside a transaction every query shares one connection.
    const revs = await db
      .select()
      .from(revisions)
      .where(or(inArray(revisions.statementId, ids), inArray(revisions.successorId, ids)));
    const parts = await db
      .select({ id: statements.id, parentId: statements.parentId })
      .from(statements)
      .where(inArray(statements.parentId, ids))
      .orderBy(asc(statements.seq));
    return rows.map(({ statement, metricKey, metricUnit }) => ({
      row: statement,
      metricKey,
      metricUnit,
      revisedBy: revs.find((r) => r.statementId === statement.id) ?? null,
      revisionOf: revs.find((r) => r.successorId === statement.id) ?? null,
      partIds: parts.filter((p) => p.parentId === statement.id).map((p) => p.id),
    }));
  }

  const selectWithMetric = () =>
    db
      .select({ statement: statements, metricKey: metrics.key, metricUnit: metrics.unit })
      .from(statements)
      .leftJoin(metrics, eq(metrics.id, statements.metricId));

  return {
    async insert(statement: NewStatement): Promise<StatementRow> {
      const [row] = await db.insert(statements).values(statement).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async insertRevision(revision: NewRevision): Promise<RevisionRow> {
      const [row] = await insertOrConflict(
        () => db.insert(revisions).values(revision).returning(),
        `statement '${revision.statementId}' has already been revised; revise its latest revision instead`,
      );
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async find(id: string): Promise<StatementRecord | null> {
      const rows = await selectWithMetric().where(eq(statements.id, id));
      const [record] = await withRelations(rows);
      return record ?? null;
    },

    async get(id: string): Promise<StatementRecord> {
      const record = await this.find(id);
      if (!record) throw new NotFoundError('statement', id);
      return record;
    },

    /** Several statements, in the order of `ids`. */
    async getMany(ids: string[]): Promise<StatementRecord[]> {
      if (ids.length === 0) return [];
      const records = await withRelations(await selectWithMetric().where(inArray(statements.id, ids)));
      const byId = new Map(records.map((r) => [r.row.id, r]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    async list(filter: StatementFilter, page: { limit: number; cursor?: string }): Promise<Page<StatementRecord>> {
      const rows = await selectWithMetric()
        .where(
          and(
            gt(statements.seq, decodeCursor(page.cursor)),
            filter.companyId === undefined ? undefined : eq(statements.companyId, filter.companyId),
            filter.metricId === undefined ? undefined : eq(statements.metricId, filter.metricId),
            filter.parentId === undefined ? undefined : eq(statements.parentId, filter.parentId),
          ),
        )
        .orderBy(asc(statements.seq))
        .limit(page.limit + 1);
      const records = await withRelations(rows);
      const page_ = toPage(
        records.map((r) => ({ ...r, seq: r.row.seq })),
        page.limit,
        ({ seq: _seq, ...r }) => r,
      );
      return page_;
    },

    /** Every atomic statement scored against these metrics, with its revisions: what re-evaluation needs. */
    async atomicForMetrics(metricIds: string[]): Promise<StatementRecord[]> {
      if (metricIds.length === 0) return [];
      const rows = await selectWithMetric()
        .where(and(inArray(statements.metricId, metricIds), eq(statements.kind, 'atomic')))
        .orderBy(asc(statements.seq));
      return withRelations(rows);
    },

    async atomicForCompany(companyId: string): Promise<StatementRecord[]> {
      const rows = await selectWithMetric()
        .where(and(eq(statements.companyId, companyId), eq(statements.kind, 'atomic')))
        .orderBy(asc(statements.seq));
      return withRelations(rows);
    },
  };
}

export type StatementStore = ReturnType<typeof createStatementStore>;
