// No session stays stuck: a write whose instance dies or freezes mid-transaction lets go of its locks and its
// Idempotency-Key within seconds, a retry that meets a key in flight is told when to come back, and a write
// that waits too long for a lock is answered 503 with Retry-After, never 500.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, DEFAULT_SESSION_LIMITS } from '../../src/db/client.js';
import { MIGRATION_LOCK_KEY, migrateDatabase } from '../../src/db/migrate.js';
import { createApiKey, verifyApiKey } from '../../src/service/keys.js';
import { createWriteStore } from '../../src/store/writes.js';
import { buildCheckedApp, expectProblem, tableCounts, useTestApp } from '../support/app.js';
import { ALIBABA } from '../support/fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ctx = useTestApp({ rateLimitPerMinute: 1_000_000 });

let adminKeyId = '';
beforeAll(async () => {
  adminKeyId = (await verifyApiKey(ctx.db.db, ctx.adminKey))?.keyId ?? '';
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let unique = 0;
const nextId = () => `stuck-${Date.now().toString(36)}-${(unique += 1)}`;

const createCompany = (id: string, key: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/v1/companies',
    payload: { ...ALIBABA, id, name: `Company ${id}` },
    headers: { 'idempotency-key': key },
  });

/** Retry as a client that honours Retry-After would, until an answer other than 409 or `deadlineMs` passes. */
async function retryUntilThrough(id: string, key: string, deadlineMs: number) {
  const started = Date.now();
  for (;;) {
    const response = await createCompany(id, key);
    if (response.statusCode !== 409 || Date.now() - started > deadlineMs)
      return { response, afterMs: Date.now() - started };
    await sleep(100);
  }
}

describe('the sessions of the pool', () => {
  it('carry a lock timeout, an idle-in-transaction timeout and a client connection check', async () => {
    const shown = await ctx.db.pool.query<Record<string, string>>(
      `select current_setting('lock_timeout') as lock, current_setting('idle_in_transaction_session_timeout') as idle,
              current_setting('client_connection_check_interval') as check, current_setting('statement_timeout') as statement`,
    );
    const seconds = (ms: number) => `${ms / 1_000}s`;
    expect(shown.rows[0]).toEqual({
      lock: seconds(DEFAULT_SESSION_LIMITS.lockTimeoutMs),
      idle: seconds(DEFAULT_SESSION_LIMITS.idleInTransactionTimeoutMs),
      check: seconds(DEFAULT_SESSION_LIMITS.clientCheckIntervalMs),
      statement: seconds(DEFAULT_SESSION_LIMITS.statementTimeoutMs),
    });
  });
});

describe('an instance killed in the middle of a write', () => {
  let child: ChildProcess | null = null;
  afterAll(() => {
    if (child?.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('lets a retry with the same Idempotency-Key through within seconds, though its query was still running', async () => {
    const id = nextId();
    const key = `killed-${id}`;
    // Another process takes the key's lock through the store, the way a write does, then runs a long query
    // (pg_sleep stands in for a slow write). It is killed; PostgreSQL must notice while the query still runs.
    child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', HOLD_KEY_AND_RUN_LONG_QUERY, ctx.db.url, adminKeyId, key],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise<void>((resolve) => child?.once('exit', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      child?.stdout?.setEncoding('utf8').on('data', (chunk: string) => chunk.includes('holding') && resolve());
      void exited.then(() => reject(new Error('the holding process ended before it held the key')));
    });

    const inFlight = await createCompany(id, key);
    expectProblem(inFlight, 409);
    expect(inFlight.headers['retry-after']).toBe('1');

    child.kill('SIGKILL');
    await exited;
    const { response, afterMs } = await retryUntilThrough(id, key, 10_000);
    expect(response.statusCode, response.body).toBe(201);
    expect(afterMs).toBeLessThan(DEFAULT_SESSION_LIMITS.clientCheckIntervalMs + 2_000);
  });
});

/** Run by the child: hold the lock of an Idempotency-Key in a transaction that runs a 20-second query. */
const HOLD_KEY_AND_RUN_LONG_QUERY = `
import { connect } from './src/db/client.ts';
import { createWriteStore } from './src/store/writes.ts';
import { sql } from 'drizzle-orm';
const [url, apiKeyId, key] = process.argv.slice(-3);
const { db } = connect(url, { max: 1 });
await db.transaction(async (tx) => {
  if (!(await createWriteStore(tx).tryLockIdempotencyKey(apiKeyId, key))) throw new Error('not locked');
  console.log('holding');
  await tx.execute(sql\`select pg_sleep(20)\`);
});
`;

describe('an instance that freezes in the middle of a write', () => {
  it('loses its transaction, its locks and its Idempotency-Key once it has been silent for the idle timeout', async () => {
    const id = nextId();
    const key = `frozen-${id}`;
    // A session that opens a transaction, takes the key the way a write does, and says nothing more: a frozen or
    // cut-off instance.
    const frozen = connect(ctx.db.url, { max: 1, limits: { idleInTransactionTimeoutMs: 1_000 } });
    let thaw: () => void = () => undefined;
    const thawed = new Promise<void>((resolve) => (thaw = resolve));
    let held: (locked: boolean) => void = () => undefined;
    const holding = new Promise<boolean>((resolve) => (held = resolve));
    const transaction = frozen.db.transaction(async (tx) => {
      held(await createWriteStore(tx).tryLockIdempotencyKey(adminKeyId, key));
      await thawed;
    });
    try {
      expect(await holding).toBe(true);
      expectProblem(await createCompany(id, key), 409);

      const { response, afterMs } = await retryUntilThrough(id, key, 10_000);
      expect(response.statusCode, response.body).toBe(201);
      expect(afterMs).toBeLessThan(4_000);
    } finally {
      thaw();
      await transaction.catch(() => undefined);
      await frozen.close();
    }
  });
});

describe('a write that waits for a lock longer than the lock timeout', () => {
  it('is answered 503 with Retry-After, writes nothing, and goes through once the lock is free', async () => {
    const impatient = connect(ctx.db.url, { limits: { lockTimeoutMs: 200 } });
    const app = await buildCheckedApp({ database: impatient, sweepIntervalMs: 0 });
    const key = (await createApiKey(ctx.db.db, 'impatient', 'admin')).key;
    const holder = await ctx.db.pool.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table companies in exclusive mode');
      const before = await tableCounts(ctx.db);
      const id = nextId();
      const request = {
        method: 'POST' as const,
        url: '/v1/companies',
        payload: { ...ALIBABA, id, name: `Company ${id}` },
        headers: { authorization: `Bearer ${key}` },
      };
      const busy = await app.inject(request);
      const problem = expectProblem(busy, 503);
      expect(problem.type).toMatch(/\/busy$/);
      expect(busy.headers['retry-after']).toBe('2');
      await holder.query('rollback');
      expect(await tableCounts(ctx.db)).toEqual(before);
      const later = await app.inject(request);
      expect(later.statusCode, later.body).toBe(201);
    } finally {
      await holder.query('rollback').catch(() => undefined);
      holder.release();
      await app.close();
      await impatient.close();
    }
  });
});

describe('migrations on start', () => {
  it('wait for another instance migrating longer than the lock timeout, instead of failing', async () => {
    const impatient = connect(ctx.db.url, { max: 2, limits: { lockTimeoutMs: 100 } });
    const other = await ctx.db.pool.connect();
    try {
      await other.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      const migrated = migrateDatabase(impatient.pool).then(() => 'migrated');
      expect(await Promise.race([migrated, sleep(500).then(() => 'waiting')])).toBe('waiting');
      await other.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      expect(await migrated).toBe('migrated');
      const after = await impatient.pool.query<{ lock: string }>("select current_setting('lock_timeout') as lock");
      expect(after.rows[0]?.lock).toBe('100ms');
    } finally {
      other.release();
      await impatient.close();
    }
  });
});
