import { asc, eq, isNull, and } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { apiKeys } from '../db/schema.js';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export function createApiKeyStore(db: Executor) {
  return {
    async insert(key: {
      name: string;
      scope: ApiKeyRow['scope'];
      prefix: string;
      secretHash: string;
    }): Promise<ApiKeyRow> {
      const [row] = await db.insert(apiKeys).values(key).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async findActiveByPrefix(prefix: string): Promise<ApiKeyRow | null> {
      const [row] = await db
        .select()
        .from(apiKeys)
        .where(and(eq(apiKeys.prefix, prefix), isNull(apiKeys.revokedAt)));
      return row ?? null;
    },

    async findById(id: string): Promise<ApiKeyRow | null> {
      const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
      return row ?? null;
    },

    /**
     * Active admin keys, locked until the transaction ends: two admins revoking each other's key at once cannot
     * both see the other as the one left.
     */
    async lockActiveAdmins(): Promise<string[]> {
      const rows = await db
        .select({ id: apiKeys.id })
        .from(apiKeys)
        .where(and(eq(apiKeys.scope, 'admin'), isNull(apiKeys.revokedAt)))
        .orderBy(asc(apiKeys.id))
        .for('update');
      return rows.map((r) => r.id);
    },

    async list(): Promise<ApiKeyRow[]> {
      return db.select().from(apiKeys).orderBy(asc(apiKeys.createdAt));
    },

    /** Revoke by id or by prefix; returns the row, or null when no active key matched. */
    async revoke(idOrPrefix: string, at: Date): Promise<ApiKeyRow | null> {
      const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrPrefix);
      const [row] = await db
        .update(apiKeys)
        .set({ revokedAt: at })
        .where(and(isUuid ? eq(apiKeys.id, idOrPrefix) : eq(apiKeys.prefix, idOrPrefix), isNull(apiKeys.revokedAt)))
        .returning();
      return row ?? null;
    },
  };
}

export type ApiKeyStore = ReturnType<typeof createApiKeyStore>;
