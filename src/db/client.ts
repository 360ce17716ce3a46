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

export function connect(connectionString: string, options: { max?: number } = {}): DatabaseHandle {
  // statement_timeout bounds every query: a runaway query fails its request instead of holding a connection.
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, statement_timeout: 30_000 });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const db = drizzle(pool, { schema });
  return { db, pool, url: connectionString, close: () => pool.end() };
}
