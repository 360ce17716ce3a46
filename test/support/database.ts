// A database of this test file's own, cloned from the migrated template; dropped when the file ends.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connect, type DatabaseHandle } from '../../src/db/client.js';

export interface TestDatabase extends DatabaseHandle {
  name: string;
  /** Close the pool and drop the database. */
  destroy(): Promise<void>;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('adminUrl') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** With `empty`, the database has no tables: for tests of the migrations themselves. */
export async function createTestDatabase(options: { max?: number; empty?: boolean } = {}): Promise<TestDatabase> {
  const name = `saydo_test_${randomBytes(6).toString('hex')}`;
  const template = options.empty ? 'template0' : inject('templateDatabase');
  await admin((c) => c.query(`create database ${name} template ${template}`));
  const url = new URL(inject('adminUrl'));
  url.pathname = `/${name}`;
  const handle = connect(url.toString(), { max: options.max });
  return {
    ...handle,
    name,
    url: url.toString(),
    async destroy() {
      await handle.close();
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}
