// The change feed (see `changes` in src/db/schema.ts for why it is ordered by transaction id).
// The one place that writes the feed and notifies every instance of a change.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { CHANGES_CHANNEL, encodeChangeScope, EVERYTHING, type ChangeScope } from '../db/notifications.js';
import type { changes } from '../db/schema.js';

/** One change as the feed tells of it: a row of its own, or one item of a row holding several (`n` from 1). */
export interface ChangeRow {
  id: number;
  txid: string;
  n: number;
  at: Date;
  kind: (typeof changes.$inferSelect)['kind'];
  companyId: string;
  resourceId: string;
  data: unknown;
}
export type NewChange = Omit<ChangeRow, 'id' | 'txid' | 'n'>;

/** A place in the feed: a row, and for a row of several changes, which of them (0 for a row of its own). */
export interface FeedPosition {
  txid: string;
  id: number;
  n: number;
}

/**
 * The feed rows announcing new actuals (actual.created): one row per company, holding its actuals in item order.
 * A statement to run in the same query as their insert, after `with input as (...)` whose columns are those of
 * the actuals store's input (ord, id, company_id, metric_key, period_start, period_end, value): a batch of
 * 10,000 items is then sent to PostgreSQL once.
 */
export function announceActualsCreated(at: Date): SQL {
  return sql`
    insert into changes (at, kind, company_id, items)
    select ${at.toISOString()}::timestamptz, 'actual.created', company_id,
           jsonb_agg(jsonb_build_object('resourceId', id,
                                        'data', jsonb_build_object('actualId', id, 'metric', metric_key,
                                                                   'periodStart', period_start,
                                                                   'periodEnd', period_end, 'value', value))
                     order by ord)
    from input group by company_id order by min(ord)`;
}

/**
 * The first transaction id the feed may not read past: the oldest transaction still running that could write to
 * this database's feed, else the next id to be assigned. Transaction ids are shared by every database on the
 * server, so pg_snapshot_xmin alone would let a transaction open in another database (or idle there) hold the
 * feed back for as long as it stays open. One is passed over only when pg_stat_activity shows it running in
 * another database; one it cannot place (a prepared transaction, a session hidden from a role without
 * pg_read_all_stats) still holds the feed back, as it may be ours. Sessions in this database are bounded by
 * their own limits instead: every pool's statement_timeout and idle_in_transaction_session_timeout (see
 * src/db/client.ts).
 */
const feedHorizon = sql`
  select coalesce(
    (select min(x) from pg_snapshot_xip(s.snap) as x
     -- An xid is the low 32 bits of the xid8 (the high bits count wraparounds). The subquery runs once, hashed.
     where ((x::text::numeric % 4294967296)::text)::xid not in (
       select a.backend_xid from pg_stat_activity a
       where a.backend_xid is not null
         and a.datid <> (select oid from pg_database where datname = current_database()))),
    pg_snapshot_xmax(s.snap))
  from (select pg_current_snapshot() as snap) s`;

export function createChangeStore(db: Executor) {
  return {
    /** Record changes; the unit of work tells every instance of them when the transaction commits. */
    async append(rows: NewChange[]): Promise<void> {
      if (rows.length === 0) return;
      const column = <T>(pick: (r: NewChange) => T) => sql.param(rows.map(pick));
      await db.execute(sql`
        insert into changes (at, kind, company_id, resource_id, data)
        select * from unnest(${column((r) => r.at.toISOString())}::timestamptz[], ${column((r) => r.kind)}::text[],
                             ${column((r) => r.companyId)}::text[], ${column((r) => r.resourceId)}::text[],
                             ${column((r) => JSON.stringify(r.data))}::jsonb[])`);
    },

    /** The companies this transaction has written feed rows for so far (none if it has written nothing). */
    async companiesFedByThisTransaction(): Promise<string[]> {
      const result = await db.execute<{ company_id: string }>(sql`
        select distinct company_id from changes where txid = pg_current_xact_id_if_assigned()`);
      return result.rows.map((r) => r.company_id);
    },

    /**
     * Tell every instance, when this transaction commits, what it changed (see src/db/notifications.ts): caches
     * drop the answers about those companies, and waiting readers look again.
     */
    async notify(scope: ChangeScope = EVERYTHING): Promise<void> {
      await db.execute(sql`select pg_notify(${CHANGES_CHANNEL}, ${encodeChangeScope(scope)})`);
    },

    /**
     * How long the feed has been held back, in seconds: the age of the transaction at the feed's horizon (see
     * feedHorizon) when a change committed after it waits behind it (0 when none waits). The feed reads only
     * transactions before the horizon (see `after`), so that transaction's age is how late the waiting changes are.
     */
    async heldBackSeconds(): Promise<number> {
      const result = await db.execute<{ seconds: string | null }>(sql`
        with horizon as (${feedHorizon})
        select extract(epoch from now() - min(a.xact_start))::text as seconds
        from pg_stat_activity a, horizon h(xmin)
        where a.backend_xid is not null
          and a.backend_xid::text::numeric = h.xmin::text::numeric % 4294967296
          and exists (select 1 from changes c where c.txid >= h.xmin)`);
      return Number(result.rows[0]?.seconds ?? 0);
    },

    /**
     * Changes after a position, oldest first. Only transactions older than the oldest one still running in this
     * database are read (feedHorizon), so every change a later call could return sorts after the last one
     * returned now.
     */
    async after(position: FeedPosition, limit: number, companyId?: string): Promise<ChangeRow[]> {
      const result = await db.execute<{
        id: string;
        txid: string;
        n: string;
        at: string;
        kind: ChangeRow['kind'];
        company_id: string;
        resource_id: string;
        data: unknown;
      }>(sql`
        select c.id, c.txid::text as txid, e.n, c.at, c.kind, c.company_id,
               coalesce(c.resource_id, e.item->>'resourceId') as resource_id, coalesce(c.data, e.item->'data') as data
        from changes c
        cross join lateral (select x.item, x.n from jsonb_array_elements(c.items) with ordinality as x(item, n)
                            union all
                            select null::jsonb, 0::bigint where c.items is null) e
        -- The first condition lets the (txid, id) index find where to start; the second skips what was read
        -- of a row of several changes.
        where (c.txid, c.id) >= (${position.txid}::xid8, ${position.id}::bigint)
          and (c.txid, c.id, e.n) > (${position.txid}::xid8, ${position.id}::bigint, ${position.n}::bigint)
          and c.txid < (${feedHorizon})
          ${companyId === undefined ? sql`` : sql`and c.company_id = ${companyId}`}
        order by c.txid, c.id, e.n
        limit ${limit}`);
      return result.rows.map((r) => ({
        id: Number(r.id),
        txid: r.txid,
        n: Number(r.n),
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
