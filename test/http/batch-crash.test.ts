// A batch is all or nothing even when the server dies under it: the real server runs as a child process, gets
// 10,000 actuals over HTTP, and is killed with SIGKILL part way. The database then holds all of them (with their
// audit entry and the evaluation they decide) or none of them (and none of those either).
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Statement } from '../../src/schemas/statements.js';
import { createApiKey } from '../../src/service/keys.js';
import { buildApp } from '../../src/app.js';
import { checked, tableCounts } from '../support/app.js';
import { freePort } from '../support/ports.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { MAAS_ARR, evaluationAsOf, post, seedCompanyLike } from '../support/fixtures.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BATCH_SIZE = 10_000;
/** The server's sessions carry this name, so the test can tell when PostgreSQL has let go of all of them. */
const SERVER_APP_NAME = `saydo-crash-${process.pid}`;

let database: TestDatabase;
let setup: FastifyInstance;
let writeKey = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const admin = (await createApiKey(database.db, 'setup', 'admin')).key;
  writeKey = (await createApiKey(database.db, 'pipeline', 'write')).key;
  // The fixtures seed through this app, every request carrying the admin key.
  setup = checked(await buildApp({ database, sweepIntervalMs: 0 }), admin);
});

afterAll(async () => {
  await setup?.close();
  await database?.destroy();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(
  what: string,
  condition: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 25,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

interface Server {
  origin: string;
  /** SIGKILL the whole process group (npx, tsx and node), and wait for it to be gone. */
  kill(): Promise<void>;
}

/** `npx tsx src/server.ts` on the test database, in a process group of its own; resolves once it answers. */
async function startServer(): Promise<Server> {
  const port = await freePort();
  const child: ChildProcess = spawn('npx', ['tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      PGAPPNAME: SERVER_APP_NAME,
    },
    detached: true,
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const kill = async () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null)
      process.kill(-child.pid, 'SIGKILL');
    await exited;
  };
  try {
    await waitFor(
      'the server to answer /healthz',
      async () => (await fetch(`${origin}/healthz`).catch(() => null))?.ok === true,
      30_000,
      50,
    );
  } catch (error) {
    await kill();
    throw error;
  }
  return { origin, kill };
}

async function serverSessions(): Promise<number> {
  const rows = await database.pool.query<{ n: string }>(
    'select count(*)::text as n from pg_stat_activity where application_name = $1',
    [SERVER_APP_NAME],
  );
  return Number(rows.rows[0]?.n ?? 0);
}

/** True once a transaction of the server is inserting, or has inserted, actuals that it has not committed. */
async function serverIsMidBatch(): Promise<boolean> {
  const rows = await database.pool.query<{ n: string }>(
    `select count(*)::text as n from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where a.application_name = $1 and l.relation = 'actuals'::regclass and l.mode = 'RowExclusiveLock'`,
    [SERVER_APP_NAME],
  );
  return Number(rows.rows[0]?.n ?? 0) > 0;
}

async function actualsOf(companyId: string): Promise<number> {
  const rows = await database.pool.query<{ n: string }>(
    'select count(*)::text as n from actuals where company_id = $1',
    [companyId],
  );
  return Number(rows.rows[0]?.n ?? 0);
}

let run = 0;
/** How long the last batch that was answered took, from sending to the answer. */
let answeredAfterMs = 1_000;

/** A company of this run's own with a statement that the batch would turn met, and the batch itself. */
async function prepareRun(): Promise<{ batch: string; statementId: string; companyId: string }> {
  run += 1;
  const companyId = `crash-${run}`;
  await seedCompanyLike(setup, companyId, [MAAS_ARR]);
  const statement = await post<Statement>(setup, '/v1/statements', {
    companyId,
    metric: MAAS_ARR.key,
    statedOn: '1989-12-01',
    source: { kind: 'call' },
    quote: 'ARR will pass RMB 1 billion',
    commitment: 'will',
    target: { op: 'gt', value: '1000000000' },
    window: { start: '1990-01-01', end: null },
    mode: 'any',
  });
  // Daily readings from 1990 to 2017, each read before the batch publishes them.
  const start = Date.UTC(1990, 0, 1);
  const items = Array.from({ length: BATCH_SIZE }, (_, i) => ({
    companyId,
    metric: MAAS_ARR.key,
    date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    value: String(990_000_000 + i * 2_000),
    unit: 'CNY',
    publishedAt: '2026-09-01',
  }));
  return { batch: JSON.stringify({ items }), statementId: statement.id, companyId };
}

/** Send the batch, kill the server when `killWhen` resolves, and return what the database holds afterwards. */
async function crashDuringBatch(
  killWhen: (sent: Promise<number | 'no answer'>, companyId: string) => Promise<unknown>,
) {
  const { batch, statementId, companyId } = await prepareRun();
  const server = await startServer();
  const before = await tableCounts(database);
  const sentAt = Date.now();
  const sent = fetch(`${server.origin}/v1/actuals/batch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${writeKey}`, 'content-type': 'application/json' },
    body: batch,
  }).then(
    (response) => {
      answeredAfterMs = Date.now() - sentAt;
      return response.status;
    },
    (): 'no answer' => 'no answer',
  );
  try {
    await killWhen(sent, companyId);
  } finally {
    await server.kill();
  }
  const answer = await sent;
  // PostgreSQL ends a dead client's transaction when it notices the socket closed; wait until it has.
  await waitFor("PostgreSQL to drop the killed server's sessions", async () => (await serverSessions()) === 0, 20_000);
  const after = await tableCounts(database);
  const delta = (table: string) => (after[table] ?? 0) - (before[table] ?? 0);
  return { answer, before, after, delta, status: (await evaluationAsOf(setup, statementId)).status };
}

type Outcome = Awaited<ReturnType<typeof crashDuringBatch>>;

/**
 * All: the actuals, their audit entry, and the statement they decide scored met. None: not one row more in any
 * table (no actual, no audit entry, no evaluation), and the statement still pending.
 */
function expectAllOrNothing(outcome: Outcome): 'all' | 'none' {
  const written = outcome.delta('actuals');
  expect([0, BATCH_SIZE], `actuals written by a killed batch (answer: ${outcome.answer})`).toContain(written);
  if (written === BATCH_SIZE) {
    expect(outcome.delta('audit_log'), 'audit entries of a batch written whole').toBe(1);
    expect(outcome.status, 'the statement the batch decides').toBe('met');
    return 'all';
  }
  expect(outcome.after, 'rows of every table after a batch written not at all').toEqual(outcome.before);
  expect(outcome.status, 'the statement the batch would have decided').toBe('pending');
  if (outcome.answer !== 'no answer') expect(outcome.answer).not.toBe(201);
  return 'none';
}

describe('a batch of 10,000 actuals to a server killed with SIGKILL', () => {
  it('is written whole when the server is killed only after it answered', async () => {
    const outcome = await crashDuringBatch(async (sent) => {
      await sent;
    });
    expect(outcome.answer).toBe(201);
    expect(expectAllOrNothing(outcome)).toBe('all');
  });

  it('is not written at all when the server is killed while its transaction has written part of it', async () => {
    const outcome = await crashDuringBatch(async () => {
      await waitFor('the batch transaction to start writing actuals', serverIsMidBatch, 20_000, 1);
    });
    expect(expectAllOrNothing(outcome)).toBe('none');
  });

  it('is written whole when the server is killed the moment its commit becomes visible, before it can answer', async () => {
    const outcome = await crashDuringBatch(async (_sent, companyId) => {
      await waitFor('the batch to be committed', async () => (await actualsOf(companyId)) > 0, 20_000, 1);
    });
    expect(expectAllOrNothing(outcome)).toBe('all');
  });

  // Spread around the time an answered batch took: early kills catch it parsing or writing, late ones after it committed.
  it.each([0.25, 0.6, 0.9, 1.2])(
    'is written whole or not at all when the server is killed at %f of the time a batch takes',
    async (fraction) => {
      const delayMs = Math.round(answeredAfterMs * fraction);
      const outcome = await crashDuringBatch(async (sent) => {
        await Promise.race([sleep(delayMs), sent]);
      });
      expectAllOrNothing(outcome);
    },
  );
});
