// The bookkeeping of writes: idempotency records and the audit trail. Both are written in the write's own
// transaction, so a replayed response always describes a committed write, and every committed write is audited.
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { auditLog, idempotencyKeys } from '../db/schema.js';
import { decodeCursor, toPage, type Page } from './pagination.js';

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
export type NewAudit = Omit<typeof auditLog.$inferInsert, 'id' | 'at'> & { at: Date };

export function createWriteStore(db: Executor) {
  return {
    /**
     * Take the (key, Idempotency-Key) lock for this transaction, or learn that another request holds it.
     * An advisory lock rather than a row: it is released by commit, rollback, or the death of the session.
     * The API key id is a fixed-length UUID, so '<id>:<key>' names one pair unambiguously.
     */
    async tryLockIdempotencyKey(apiKeyId: string, key: string): Promise<boolean> {
      const result = await db.execute<{ locked: boolean }>(
        sql`select pg_try_advisory_xact_lock(hashtextextended(${`${apiKeyId}:${key}`}, 0)) as locked`,
      );
      return result.rows[0]?.locked === true;
    },

    async findIdempotent(apiKeyId: string, key: string): Promise<IdempotencyRow | null> {
      const [row] = await db
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.apiKeyId, apiKeyId), eq(idempotencyKeys.key, key)));
      return row ?? null;
    },

    async saveIdempotent(row: IdempotencyRow): Promise<void> {
      await db.insert(idempotencyKeys).values(row);
    },

    async pruneIdempotent(olderThan: Date): Promise<number> {
      const deleted = await db
        .delete(idempotencyKeys)
        .where(lt(idempotencyKeys.createdAt, olderThan))
        .returning({ key: idempotencyKeys.key });
      return deleted.length;
    },

    async audit(entry: NewAudit): Promise<void> {
      await db.insert(auditLog).values(entry);
    },

    async listAudit(page: { limit: number; cursor?: string }): Promise<Page<AuditRow>> {
      const rows = await db
        .select()
        .from(auditLog)
        .where(gt(auditLog.id, decodeCursor(page.cursor)))
        .orderBy(asc(auditLog.id))
        .limit(page.limit + 1);
      return toPage(
        rows.map((r) => ({ ...r, seq: r.id })),
        page.limit,
        ({ seq: _seq, ...r }) => r,
      );
    },
  };
}

export type WriteStore = ReturnType<typeof createWriteStore>;
