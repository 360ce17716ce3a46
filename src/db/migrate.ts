import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));

// Any number to identify saydo's migration lock among other advisory locks.
export const MIGRATION_LOCK_KEY = 7_140_301;

/** Apply pending migrations. Several instances may start at once: an advisory lock lets one migrate at a time. */
export async function migrateDatabase(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    // The pool's lock_timeout is for requests. Here waiting is right: for another instance's migration to
    // finish, and for running instances' transactions to let go of the tables a migration alters.
    await client.query('set lock_timeout = 0');
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      await client.query('reset lock_timeout');
    }
  } finally {
    client.release();
  }
}
