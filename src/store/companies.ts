import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Executor as Database } from '../db/client.js';
import { companies, statements } from '../db/schema.js';
import { NotFoundError } from '../errors.js';
import { insertOrConflict } from './errors.js';
import { decodeCursor, toPage, type Page } from './pagination.js';

export type CompanyRow = typeof companies.$inferSelect;
export type NewCompany = Omit<typeof companies.$inferInsert, 'seq' | 'createdAt'>;

/** Companies listed under this ticker, as given or upper-cased ('baba' finds BABA): an overlap the GIN index answers. */
export function tickerIs(ticker: string) {
  return sql`${companies.tickers} && array[${ticker}, ${ticker.toUpperCase()}]::text[]`;
}

export function createCompanyStore(db: Database) {
  return {
    async insert(company: NewCompany, createdAt: Date): Promise<CompanyRow> {
      const [row] = await insertOrConflict(
        () =>
          db
            .insert(companies)
            .values({ ...company, createdAt })
            .returning(),
        `company '${company.id}' already exists`,
      );
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async find(id: string): Promise<CompanyRow | null> {
      const [row] = await db.select().from(companies).where(eq(companies.id, id));
      return row ?? null;
    },

    async update(
      id: string,
      patch: Partial<
        Pick<
          CompanyRow,
          | 'name'
          | 'tickers'
          | 'reportingLagDays'
          | 'fiscalYearEndMonth'
          | 'fiscalWeekday'
          | 'fiscalWeekdayRule'
          | 'fiscalWeek53Quarter'
        >
      >,
    ): Promise<{ row: CompanyRow; changed: boolean }> {
      // An empty patch changes nothing (and drizzle refuses an UPDATE with no SET).
      const changed = Object.values(patch).some((v) => v !== undefined);
      const [row] = changed
        ? await db.update(companies).set(patch).where(eq(companies.id, id)).returning()
        : await db.select().from(companies).where(eq(companies.id, id));
      if (!row) throw new NotFoundError('company', id);
      return { row, changed };
    },

    /** Read a company and lock it until the transaction ends, for a read-compare-write update. */
    async getForUpdate(id: string): Promise<CompanyRow> {
      const [row] = await db.select().from(companies).where(eq(companies.id, id)).for('update');
      if (!row) throw new NotFoundError('company', id);
      return row;
    },

    /**
     * Read a company for recording a statement about it: the row is held (FOR KEY SHARE, the lock its foreign key
     * takes anyway) until the transaction ends, so its calendar cannot change under the statement.
     */
    async findForStatement(id: string): Promise<CompanyRow | null> {
      const [row] = await db.select().from(companies).where(eq(companies.id, id)).for('key share');
      return row ?? null;
    },

    /** Whether any statement, of any kind, is recorded about the company. */
    async hasStatements(id: string): Promise<boolean> {
      const [row] = await db
        .select({ id: statements.id })
        .from(statements)
        .where(eq(statements.companyId, id))
        .limit(1);
      return row !== undefined;
    },

    async byIds(ids: string[]): Promise<CompanyRow[]> {
      if (ids.length === 0) return [];
      return db.select().from(companies).where(inArray(companies.id, ids));
    },

    async get(id: string): Promise<CompanyRow> {
      const row = await this.find(id);
      if (!row) throw new NotFoundError('company', id);
      return row;
    },

    /**
     * Companies in the order they were recorded; with asOf, only those recorded by then; with ticker, those listed
     * under it as given or upper-cased (the GIN index on tickers answers the overlap).
     */
    async list(
      filter: { asOf?: Date; ticker?: string },
      page: { limit: number; cursor?: string },
    ): Promise<Page<CompanyRow>> {
      const rows = await db
        .select()
        .from(companies)
        .where(
          and(
            gt(companies.seq, decodeCursor(page.cursor)),
            filter.asOf === undefined ? undefined : lte(companies.createdAt, filter.asOf),
            filter.ticker === undefined ? undefined : tickerIs(filter.ticker),
          ),
        )
        .orderBy(asc(companies.seq))
        .limit(page.limit + 1);
      return toPage(rows, page.limit, (r) => r);
    },
  };
}

export type CompanyStore = ReturnType<typeof createCompanyStore>;
