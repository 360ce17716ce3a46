// One pg pool per process, wrapped by drizzle. Every path (embedded, DATABASE_URL, tests) goes through here.
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema.js';

// NUMERIC stays a string (exact); DATE stays 'YYYY-MM-DD' (no time zone shift through JS Date).
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => v);
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Database = NodePgDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Anything queries can run on: the pool-backed database or an open transaction. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  /** The connection string, for a dedicated LISTEN connection beside the pool. */
  url: string;
  close(): Promise<void>;
}

/** Bounds on every pooled session, so that no session stays stuck and none keeps others stuck. */
export interface SessionLimits {
  /** A query longer than this fails its request instead of holding a connection. */
  statementTimeoutMs: number;
  /**
   * A wait for a lock longer than this fails (503, retry): a write queued behind a stuck or slow one answers
   * within seconds instead of holding its own connection and locks as well.
   */
  lockTimeoutMs: number;
  /**
   * A session that holds a transaction open and says nothing for this long is ended, releasing its locks and
   * its Idempotency-Key: an instance that froze or lost its network mid-write. Well above the longest pause
   * a healthy write makes between its queries.
   */
  idleInTransactionTimeoutMs: number;
  /**
   * While a query runs, PostgreSQL checks this often that its client is still there: an instance killed
   * during a long query releases its locks within this, rather than when the query ends.
   */
  clientCheckIntervalMs: number;
}

export const DEFAULT_SESSION_LIMITS: SessionLimits = {
  statementTimeoutMs: 30_000,
  lockTimeoutMs: 5_000,
  idleInTransactionTimeoutMs: 15_000,
  clientCheckIntervalMs: 2_000,
};

export function connect(
  connectionString: string,
  options: { max?: number; limits?: Partial<SessionLimits> } = {},
): DatabaseHandle {
  const limits = { ...DEFAULT_SESSION_LIMITS, ...options.limits };
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    statement_timeout: limits.statementTimeoutMs,
    lock_timeout: limits.lockTimeoutMs,
    idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
    // pg has no field of its own for this one; PostgreSQL takes it as a startup option.
    options: `-c client_connection_check_interval=${limits.clientCheckIntervalMs}`,
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  // Nor may a checked-out one that the server ends between queries (idle in transaction too long): its
  // transaction's next query fails instead, and the pool discards it.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = drizzle(pool, { schema });
  return { db, pool, url: connectionString, close: () => pool.end() };
}
