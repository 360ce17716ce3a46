// The change feed (see `changes` in src/db/schema.ts for why it is ordered by transaction id).
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import type { changes } from '../db/schema.js';
import { InvalidInputError } from '../errors.js';

export type ChangeRow = typeof changes.$inferSelect;
export type NewChange = Omit<typeof changes.$inferInsert, 'id' | 'txid'>;

/** The notification channel every instance listens on; a write's notification is delivered at its commit. */
export const CHANGES_CHANNEL = 'saydo_changes';

export interface FeedPosition {
  txid: string;
  id: number;
}

export function encodeFeedCursor(p: FeedPosition): string {
  return `${p.txid}.${p.id}`;
}

export function decodeFeedCursor(cursor: string | undefined): FeedPosition {
  if (cursor === undefined || cursor === '0') return { txid: '0', id: 0 };
  const m = /^(\d{1,20})\.(\d{1,18})$/.exec(cursor);
  if (!m?.[1] || !m[2])
    throw new InvalidInputError([{ parameter: 'after', detail: 'is not a cursor this feed issued' }]);
  return { txid: m[1], id: Number(m[2]) };
}

export function createChangeStore(db: Executor) {
  return {
    /** Record changes and wake every instance's listeners when the transaction commits. */
    async append(rows: NewChange[]): Promise<void> {
      if (rows.length === 0) return;
      const column = <T>(pick: (r: NewChange) => T) => sql.param(rows.map(pick));
      await db.execute(sql`
        insert into changes (at, kind, company_id, resource_id, data)
        select * from unnest(${column((r) => r.at.toISOString())}::timestamptz[], ${column((r) => r.kind)}::text[],
                             ${column((r) => r.companyId)}::text[], ${column((r) => r.resourceId)}::text[],
                             ${column((r) => JSON.stringify(r.data))}::jsonb[])`);
      await db.execute(sql`select pg_notify(${CHANGES_CHANNEL}, '')`);
    },

    /**
     * Changes after a position, oldest first. Only transactions older than the oldest one still running are
     * read, so every change a later call could return sorts after the last one returned now.
     */
    async after(position: FeedPosition, limit: number, companyId?: string): Promise<ChangeRow[]> {
      const result = await db.execute<{
        id: string;
        txid: string;
        at: string;
        kind: ChangeRow['kind'];
        company_id: string;
        resource_id: string;
        data: unknown;
      }>(sql`
        select id, txid::text as txid, at, kind, company_id, resource_id, data
        from changes
        where (txid, id) > (${position.txid}::xid8, ${position.id}::bigint)
          and txid < pg_snapshot_xmin(pg_current_snapshot())
          ${companyId === undefined ? sql`` : sql`and company_id = ${companyId}`}
        order by txid, id
        limit ${limit}`);
      return result.rows.map((r) => ({
        id: Number(r.id),
        txid: r.txid,
        at: new Date(r.at),
        kind: r.kind,
        companyId: r.company_id,
        resourceId: r.resource_id,
        data: r.data,
      }));
    },
  };
}

export type ChangeStore = ReturnType<typeof createChangeStore>;
