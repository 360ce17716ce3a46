// The feed is bounded: it waits only for transactions that could still add to it. A transaction open in another
// database on the same server (another service, a forgotten psql session) never holds it back; one open in this
// database holds it back until it ends, which a saydo session does within its idle-in-transaction timeout.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/db/client.js';
import { useTestApp } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEENS_STATEMENT, get, post, seedCompanyLike } from '../support/fixtures.js';

const ctx = useTestApp({ sweepIntervalMs: 0 });

interface FeedPage {
  items: { kind: string; resourceId: string; companyId: string }[];
  nextCursor: string;
}

let stranger: TestDatabase;

beforeAll(async () => {
  stranger = await createTestDatabase();
  await seedCompanyLike(ctx.app, 'horizon-co');
});

afterAll(async () => {
  await stranger?.destroy();
});

/** The feed's current end: every change so far, read until a page comes back empty. */
async function feedHead(): Promise<string> {
  let after = '0';
  for (;;) {
    const page = await get<FeedPage>(ctx.app, `/v1/changes?after=${after}&limit=500`);
    if (page.items.length === 0) return page.nextCursor;
    after = page.nextCursor;
  }
}

async function postStatement(statedOn: string): Promise<string> {
  const statement = await post<{ id: string }>(ctx.app, '/v1/statements', {
    ...TEENS_STATEMENT,
    companyId: 'horizon-co',
    statedOn,
    window: { period: 'FY2025Q1..FY2025Q2' },
  });
  return statement.id;
}

/** Long-poll the feed after `cursor` until the statement's creation shows, for up to `ms`; when it showed. */
async function showsWithin(cursor: string, statementId: string, ms: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    const page = await get<FeedPage>(ctx.app, `/v1/changes?after=${cursor}&companyId=horizon-co&wait=1`);
    if (page.items.some((c) => c.kind === 'statement.created' && c.resourceId === statementId))
      return Date.now() - started;
  }
  return null;
}

/** Open a transaction that has a transaction id (it wrote, or asked for one), and leave it idle. */
async function holdTransactionOpen(client: pg.Client): Promise<string> {
  await client.query('begin');
  const result = await client.query<{ txid: string }>('select pg_current_xact_id()::text as txid');
  return result.rows[0]?.txid ?? '';
}

describe('a transaction open in another database', () => {
  it('does not hold the feed back: a write here shows within seconds while it stays open', async () => {
    const client = new pg.Client({ connectionString: stranger.url });
    await client.connect();
    client.on('error', () => undefined);
    try {
      const before = await feedHead();
      const txid = await holdTransactionOpen(client);
      const statementId = await postStatement('2024-05-15');

      const shownAfter = await showsWithin(before, statementId, 5_000);
      expect(shownAfter, `the feed withheld the write behind transaction ${txid} in ${stranger.name}`).not.toBeNull();
      // And the stranger's transaction was open all along, idle in it.
      const state = await ctx.db.pool.query<{ state: string }>(
        'select state from pg_stat_activity where backend_xid = $1::text::xid',
        [String(BigInt(txid) % 4294967296n)],
      );
      expect(state.rows.map((r) => r.state)).toEqual(['idle in transaction']);
    } finally {
      await client.query('rollback').catch(() => undefined);
      await client.end();
    }
  });
});

describe('a transaction left open in this database', () => {
  it("holds the feed back only until a saydo session's idle-in-transaction timeout ends it", async () => {
    // An instance that froze mid-write: its session, with the pool's limits (here 1.5 s of silence), keeps a
    // transaction with an id open. The feed must wait for it (it may yet write a change), but not for longer.
    const frozen = connect(ctx.db.url, { max: 1, limits: { idleInTransactionTimeoutMs: 1_500 } });
    try {
      const before = await feedHead();
      const client = await frozen.pool.connect();
      client.on('error', () => undefined);
      await client.query('begin');
      await client.query('select pg_current_xact_id()');
      const started = Date.now();
      const statementId = await postStatement('2024-05-16');

      const early = await get<FeedPage>(ctx.app, `/v1/changes?after=${before}&companyId=horizon-co`);
      expect(early.items, 'shown while an older transaction of this database was still open').toEqual([]);
      const shownAfter = await showsWithin(before, statementId, 10_000);
      expect(shownAfter).not.toBeNull();
      expect(Date.now() - started, 'ms until the feed showed the write').toBeLessThan(6_000);
      client.release(true);
    } finally {
      await frozen.close();
    }
  });
});
