// Reads from a streaming replica (DATABASE_READ_URL), writes to the primary, and a client still reads its own
// writes. Needs a real replica of the test server: `.ci/replica` makes one with pg_basebackup -R on port 5433 and
// prints the URL to set as TEST_REPLICA_URL (any database name; this file's own database is used on it).
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type DatabaseHandle } from '../../src/db/client.js';
import { parseLsn } from '../../src/lib/lsn.js';
import { buildCheckedApp, useTestApp } from '../support/app.js';
import { TEENS_STATEMENT, seedCompanyLike, watchPool } from '../support/fixtures.js';

const REPLICA_URL = process.env.TEST_REPLICA_URL ?? process.env.DATABASE_READ_URL;
const reason = 'TEST_REPLICA_URL is not set: run .ci/replica to make a streaming replica and export the URL it prints';

const ctx = useTestApp({ sweepIntervalMs: 0 });

let replica: DatabaseHandle;
let app: FastifyInstance;
/** A superuser session on the replica, to pause and resume its replay. */
let control: pg.Client;

function replicaUrlFor(database: string): string {
  const url = new URL(REPLICA_URL ?? '');
  url.pathname = `/${database}`;
  return url.toString();
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

describe.skipIf(!REPLICA_URL)(`a streaming replica for reads${REPLICA_URL ? '' : ` (skipped: ${reason})`}`, () => {
  beforeAll(async () => {
    // The test database was just created on the primary; the replica has it once it has replayed that far.
    const url = replicaUrlFor(ctx.db.name);
    for (let i = 0; ; i += 1) {
      const probe = new pg.Client({ connectionString: url });
      try {
        await probe.connect();
        await probe.end();
        break;
      } catch (error) {
        await probe.end().catch(() => undefined);
        if (i > 100) throw error;
        await sleep(100);
      }
    }
    replica = connect(url, { max: 4 });
    control = new pg.Client({ connectionString: url });
    await control.connect();
    const recovery = await control.query<{ standby: boolean }>('select pg_is_in_recovery() as standby');
    expect(recovery.rows[0]?.standby, 'TEST_REPLICA_URL must be a standby').toBe(true);
    app = await buildCheckedApp({ database: ctx.db, readDatabase: replica, sweepIntervalMs: 0, replicaWaitMs: 200 });
    await seedCompanyLike(ctx.app, 'replica-co');
  });

  afterAll(async () => {
    await control?.query('select pg_wal_replay_resume()').catch(() => undefined);
    await control?.end().catch(() => undefined);
    await app?.close();
    await replica?.close();
  });

  it('answers GETs from the replica once it has caught up', async () => {
    const watch = watchPool(replica.pool);
    try {
      // Each URL its own cache entry (`_` is ignored by the routes), so each is computed.
      for (let i = 0; i < 20 && watch.queries.length === 0; i += 1) {
        const response = await app.inject({ method: 'GET', url: `/v1/companies/replica-co?_=${i}` });
        expect(response.statusCode, response.body).toBe(200);
        await sleep(50);
      }
    } finally {
      watch.stop();
    }
    expect(watch.queries.some((q) => q.text.includes('companies'))).toBe(true);
  });

  it('sends writes to the primary, and a client that sends back Saydo-Read-After reads its write while the replica lags', async () => {
    // Stop the replica replaying WAL: anything written from now on is on the primary only.
    await control.query('select pg_wal_replay_pause()');
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/v1/statements',
        headers: { authorization: `Bearer ${ctx.adminKey}` },
        payload: { ...TEENS_STATEMENT, companyId: 'replica-co', statedOn: '2024-05-15' },
      });
      expect(response.statusCode, response.body).toBe(201);
      const id = response.json<{ id: string }>().id;
      const token = response.headers['saydo-read-after'];
      expect(typeof token === 'string' && parseLsn(token) !== null, `token ${String(token)}`).toBe(true);

      // The write is on the primary, not (yet) on the replica.
      const onPrimary = await ctx.db.pool.query('select 1 from statements where id = $1', [id]);
      expect(onPrimary.rowCount).toBe(1);
      const onReplica = await replica.pool.query('select 1 from statements where id = $1', [id]);
      expect(onReplica.rowCount, 'the replica should still lag').toBe(0);

      // The client reads its own write: the instance waits up to 200 ms for the replica, then asks the primary.
      const read = await app.inject({
        method: 'GET',
        url: `/v1/statements/${id}`,
        headers: { 'saydo-read-after': String(token) },
      });
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json<{ id: string }>().id).toBe(id);
      // So does a list of the company's statements, which the replica would answer without it.
      const list = await app.inject({
        method: 'GET',
        url: '/v1/statements?companyId=replica-co',
        headers: { 'saydo-read-after': String(token) },
      });
      expect(list.json<{ items: { id: string }[] }>().items.map((s) => s.id)).toContain(id);
    } finally {
      await control.query('select pg_wal_replay_resume()');
    }
  });

  it('goes back to the replica once it has replayed the write', async () => {
    const watch = watchPool(replica.pool);
    try {
      for (let i = 0; i < 50 && watch.queries.length === 0; i += 1) {
        await app.inject({ method: 'GET', url: `/v1/statements?companyId=replica-co&_=${i}` });
        await sleep(50);
      }
    } finally {
      watch.stop();
    }
    expect(watch.queries.length).toBeGreaterThan(0);
  });
});
