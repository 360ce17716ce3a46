// Webhook endpoints and their delivery log (see src/jobs/webhook-deliverer.ts for how deliveries run).
import { and, asc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { webhookDeliveries, webhookEndpoints } from '../db/schema.js';
import { decodeCursor, toPage, type Page } from './pagination.js';

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type NewWebhookDelivery = Omit<typeof webhookDeliveries.$inferInsert, 'id'>;

export function createWebhookStore(db: Executor) {
  return {
    /** This transaction's id, as the feed orders by it. */
    async currentTransactionId(): Promise<string> {
      const result = await db.execute<{ txid: string }>(sql`select pg_current_xact_id()::text as txid`);
      return result.rows[0]?.txid ?? '0';
    },

    async create(row: Omit<typeof webhookEndpoints.$inferInsert, 'id'>): Promise<WebhookEndpointRow> {
      const [created] = await db.insert(webhookEndpoints).values(row).returning();
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    async get(id: string): Promise<WebhookEndpointRow | null> {
      const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
      return row ?? null;
    },

    async list(): Promise<WebhookEndpointRow[]> {
      return db.select().from(webhookEndpoints).orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
    },

    async remove(id: string): Promise<boolean> {
      const rows = await db
        .delete(webhookEndpoints)
        .where(eq(webhookEndpoints.id, id))
        .returning({ id: webhookEndpoints.id });
      return rows.length > 0;
    },

    /** The enabled endpoints whose next attempt is due. */
    async due(now: Date): Promise<string[]> {
      const rows = await db
        .select({ id: webhookEndpoints.id })
        .from(webhookEndpoints)
        .where(
          and(
            eq(webhookEndpoints.enabled, true),
            or(isNull(webhookEndpoints.nextAttemptAt), lte(webhookEndpoints.nextAttemptAt, now)),
          ),
        );
      return rows.map((r) => r.id);
    },

    async update(id: string, patch: Partial<Omit<WebhookEndpointRow, 'id'>>): Promise<void> {
      await db.update(webhookEndpoints).set(patch).where(eq(webhookEndpoints.id, id));
    },

    async logDelivery(row: NewWebhookDelivery): Promise<void> {
      await db.insert(webhookDeliveries).values(row);
    },

    /**
     * Delete delivery attempts made before `olderThan`, oldest first, `batch` rows per statement (through the index
     * on `at`), so that a long backlog never makes one statement hold many rows locked; returns how many.
     */
    async pruneDeliveries(olderThan: Date, batch = 5_000): Promise<number> {
      let total = 0;
      for (;;) {
        const result = await db.execute(sql`
          delete from ${webhookDeliveries} where ${webhookDeliveries.id} in (
            select ${webhookDeliveries.id} from ${webhookDeliveries}
            where ${webhookDeliveries.at} < ${olderThan.toISOString()}::timestamptz
            order by ${webhookDeliveries.at} limit ${batch})`);
        const deleted = result.rowCount ?? 0;
        total += deleted;
        if (deleted < batch) return total;
      }
    },

    /** An endpoint's delivery attempts, oldest first, a page at a time. */
    async deliveries(endpointId: string, page: { limit: number; cursor?: string }): Promise<Page<WebhookDeliveryRow>> {
      const after = decodeCursor(page.cursor);
      const rows = await db
        .select()
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.endpointId, endpointId), gt(webhookDeliveries.id, after)))
        .orderBy(asc(webhookDeliveries.id))
        .limit(page.limit + 1);
      return toPage(
        rows.map((r) => ({ ...r, seq: r.id })),
        page.limit,
        ({ seq: _seq, ...r }) => r,
      );
    },
  };
}

export type WebhookStore = ReturnType<typeof createWebhookStore>;
