// The change feed, as a dashboard follows it: everything after a cursor, in order; a cursor that never skips a
// committed change even when transactions commit out of order; long polls that wake at a write; and the same
// feed pushed as Server-Sent Events that resume after Last-Event-ID.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Actual, ActualInput } from '../../src/schemas/actuals.js';
import type { Statement } from '../../src/schemas/statements.js';
import { expectProblem, useTestApp } from '../support/app.js';
import {
  type FeedChange,
  TEENS_STATEMENT,
  actual,
  feedCursorBefore,
  get,
  post,
  readEventStream,
  readFeedAfter,
  seedCompanyLike,
} from '../support/fixtures.js';

const ctx = useTestApp({ sweepIntervalMs: 0 });

interface FeedPage {
  items: FeedChange[];
  nextCursor: string;
}

async function report(companyId: string, fields: Partial<z.input<typeof ActualInput>>): Promise<Actual> {
  return post<Actual>(ctx.app, '/v1/actuals', actual({ companyId, ...fields }));
}

/**
 * The cursor after the newest change, once every committed change is readable: the feed holds back a
 * transaction while an older one runs anywhere on the server, so read until the feed has shown every row.
 */
async function feedHead(): Promise<string> {
  // A row with items stands for one change per item.
  const total = Number(
    (
      await ctx.db.pool.query<{ n: string }>(
        'select coalesce(sum(coalesce(jsonb_array_length(items), 1)), 0)::text as n from changes',
      )
    ).rows[0]?.n,
  );
  let seen = 0;
  const { cursor } = await readFeedAfter(ctx.app, '0', 'limit=1000', (changes) => {
    seen = changes.length;
    return seen >= total;
  });
  expect(seen, 'every committed change became readable').toBe(total);
  return cursor;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  await seedCompanyLike(ctx.app, 'feed-co');
  await seedCompanyLike(ctx.app, 'wait-co');
});

describe('GET /v1/changes', () => {
  it('returns every change after the cursor in order: creations, revisions, retractions and each change of status with its cause', async () => {
    const start = await feedHead();
    // FY2026Q1..FY2026Q2 closed on 2025-11-30 with nothing reported: unreported as soon as it is recorded.
    const teens = await post<Statement>(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      companyId: 'feed-co',
      statedOn: '2025-05-15',
      window: { period: 'FY2026Q1..FY2026Q2' },
    });
    const q1 = await report('feed-co', { period: 'FY2026Q1', value: '14', publishedAt: '2025-08-20' });
    const q2 = await report('feed-co', { period: 'FY2026Q2', value: '12', publishedAt: '2025-11-15' });
    await post(ctx.app, `/v1/actuals/${q2.id}/retractions`, { reason: 'keyed from the wrong segment' });
    const revised = await post<{ revision: { id: string }; successor: Statement }>(
      ctx.app,
      `/v1/statements/${teens.id}/revisions`,
      {
        kind: 'lowered',
        statedOn: '2025-06-01',
        statement: {
          source: { kind: 'call', title: 'Investor day' },
          quote: 'we now expect the margin to reach 12% or more',
          metric: 'cloud.ebita_margin',
          commitment: 'expect',
          // Lowered: the bottom moves down from 13 to 12, the top (under 20) stays where it was.
          target: { op: 'range', low: '12', high: '20', lowInclusive: true, highInclusive: false },
          window: { period: 'FY2026Q1..FY2026Q2' },
          mode: 'all',
        },
      },
    );
    const successor = revised.successor;
    const revision = revised.revision.id;

    const expected = [
      {
        kind: 'statement.created',
        resourceId: teens.id,
        data: { statementId: teens.id, kind: 'atomic', parentId: null },
      },
      {
        kind: 'evaluation.changed',
        resourceId: teens.id,
        data: { status: 'unreported', previousStatus: null, cause: `statement:${teens.id}` },
      },
      // FY2026Q1 alone leaves it unreported: under 'all' FY2026Q2 is expected too, so no change of status.
      {
        kind: 'actual.created',
        resourceId: q1.id,
        data: { actualId: q1.id, metric: 'cloud.ebita_margin', value: '14' },
      },
      { kind: 'actual.created', resourceId: q2.id, data: { actualId: q2.id, value: '12' } },
      {
        kind: 'evaluation.changed',
        resourceId: teens.id,
        data: { status: 'missed', previousStatus: 'unreported', cause: `actual:${q2.id}` },
      },
      {
        kind: 'actual.retracted',
        resourceId: q2.id,
        data: { actualId: q2.id, reason: 'keyed from the wrong segment' },
      },
      {
        kind: 'evaluation.changed',
        resourceId: teens.id,
        data: { status: 'unreported', previousStatus: 'missed', cause: `retraction:${q2.id}` },
      },
      {
        kind: 'statement.revised',
        resourceId: teens.id,
        data: { statementId: teens.id, kind: 'lowered', successorId: successor.id },
      },
      { kind: 'statement.created', resourceId: successor.id, data: { statementId: successor.id } },
      {
        kind: 'evaluation.changed',
        resourceId: teens.id,
        data: { status: 'superseded', previousStatus: 'unreported', cause: `revision:${revision}` },
      },
      {
        kind: 'evaluation.changed',
        resourceId: successor.id,
        data: { status: 'unreported', previousStatus: null, cause: `revision:${revision}` },
      },
    ];
    const { changes } = await readFeedAfter(ctx.app, start, 'companyId=feed-co', (c) => c.length >= expected.length);
    expect(changes.map(({ kind, resourceId, data }) => ({ kind, resourceId, data }))).toEqual(
      expected.map((e) => ({ ...e, data: expect.objectContaining({ ...e.data }) })),
    );
    for (const change of changes) {
      expect(change.companyId).toBe('feed-co');
      expect(Number.isNaN(Date.parse(change.at))).toBe(false);
    }
    // Cursors only grow.
    for (const [i, change] of changes.entries()) {
      const previous = i === 0 ? start : changes[i - 1]?.cursor;
      expect(feedCursorBefore(String(previous), change.cursor), `${previous} before ${change.cursor}`).toBe(true);
    }
    // The same read from the start of this story, one change per page, gives the same changes.
    const paged: FeedChange[] = [];
    let cursor = start;
    for (let i = 0; i < expected.length; i += 1) {
      const page = await get<FeedPage>(ctx.app, `/v1/changes?after=${cursor}&companyId=feed-co&limit=1`);
      paged.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(paged).toEqual(changes);
  });

  it("tells of each actual of a batch, in item order within each company, and pages through a batch's changes one at a time", async () => {
    const start = await feedHead();
    // Quarters long over, outside every window here, published after they end.
    const items = [
      actual({ companyId: 'feed-co', period: 'FY2024Q1', value: '1.5', publishedAt: '2024-11-20' }),
      actual({ companyId: 'wait-co', period: 'FY2024Q1', value: '2.5', publishedAt: '2024-11-20' }),
      actual({ companyId: 'feed-co', period: 'FY2024Q2', value: '3.5', publishedAt: '2024-11-20' }),
    ];
    const written = await post<{ items: { index: number; id: string }[] }>(ctx.app, '/v1/actuals/batch', { items });
    const ids = written.items.map((i) => i.id);
    const isCreated = (c: FeedChange) => c.kind === 'actual.created';
    const { changes } = await readFeedAfter(ctx.app, start, '', (c) => c.filter(isCreated).length >= 3);
    const created = changes.filter(isCreated);
    expect(created.map((c) => [c.companyId, c.resourceId])).toEqual([
      ['feed-co', ids[0]],
      ['feed-co', ids[2]],
      ['wait-co', ids[1]],
    ]);
    expect(created[1]?.data).toEqual({
      actualId: ids[2],
      metric: 'cloud.ebita_margin',
      periodStart: expect.any(String),
      periodEnd: expect.any(String),
      value: '3.5',
    });
    // One change per page, resuming inside the batch's rows: each change exactly once, in the same order.
    const paged: FeedChange[] = [];
    let cursor = start;
    while (paged.length < changes.length) {
      const page = await get<FeedPage>(ctx.app, `/v1/changes?after=${cursor}&limit=1`);
      expect(page.items.length).toBe(1);
      paged.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(paged).toEqual(changes);
    // A company's feed has only its own of the batch's actuals.
    const { changes: waitCo } = await readFeedAfter(ctx.app, start, 'companyId=wait-co', (c) => c.some(isCreated));
    expect(waitCo.filter(isCreated).map((c) => c.resourceId)).toEqual([ids[1]]);
  });

  it('refuses a cursor it did not issue', async () => {
    const problem = expectProblem(await ctx.app.inject({ method: 'GET', url: '/v1/changes?after=yesterday' }), 422);
    expect(problem.errors).toEqual([expect.objectContaining({ parameter: 'after' })]);
  });
});

describe('a cursor never skips a change committed out of order', () => {
  let older: pg.Client;

  beforeAll(async () => {
    older = new pg.Client({ connectionString: ctx.db.url });
    await older.connect();
  });

  afterAll(async () => {
    await older.query('rollback').catch(() => undefined);
    await older.end();
  });

  it('holds back a newer committed transaction while an older one runs, then returns both in (txid, id) order', async () => {
    const before = await feedHead();

    // Transaction A starts and writes a change, but does not commit yet.
    await older.query('begin');
    const a = await older.query<{ id: string; txid: string }>(
      `insert into changes (at, kind, company_id, resource_id, data) values (now(), 'actual.created', 'x', 'a', '{}') returning id::text, txid::text`,
    );
    const rowA = a.rows[0];
    if (!rowA) throw new Error('A wrote no change');

    // Transaction B (an actual through the API) starts later and commits first.
    const b = await report('feed-co', { period: 'FY2026Q3', value: '15', publishedAt: '2026-02-20' });
    const rowB = (
      await ctx.db.pool.query<{ txid: string }>(
        `select txid::text from changes where items @> jsonb_build_array(jsonb_build_object('resourceId', $1::text))`,
        [b.id],
      )
    ).rows[0];
    expect(BigInt(rowB?.txid ?? '0')).toBeGreaterThan(BigInt(rowA.txid));

    // B is committed, but A is older and still running: B must not be shown yet, and the cursor must not move.
    const whileOpen = await get<FeedPage>(ctx.app, `/v1/changes?after=${before}`);
    expect(whileOpen.items).toEqual([]);
    expect(whileOpen.nextCursor).toBe(before);
    const polled = await get<FeedPage>(ctx.app, `/v1/changes?after=${before}&wait=1`);
    expect(polled.items).toEqual([]);
    expect(polled.nextCursor).toBe(before);

    await older.query('commit');

    // A client holding the cursor from before gets A, then B.
    const { changes } = await readFeedAfter(ctx.app, whileOpen.nextCursor, '', (c) =>
      c.some((x) => x.resourceId === b.id),
    );
    expect(changes[0]).toMatchObject({
      cursor: `${rowA.txid}.${rowA.id}`,
      kind: 'actual.created',
      companyId: 'x',
      resourceId: 'a',
    });
    expect(changes.slice(1).map((c) => c.kind)).toEqual(['actual.created']);
    expect(changes[1]?.resourceId).toBe(b.id);
    for (let i = 1; i < changes.length; i += 1) {
      expect(feedCursorBefore(String(changes[i - 1]?.cursor), String(changes[i]?.cursor))).toBe(true);
    }
  });
});

describe('long polling with wait', () => {
  it('returns shortly after a write with that change when the wait began before it', async () => {
    const before = await feedHead();
    const started = Date.now();
    const waiting = ctx.app.inject({ method: 'GET', url: `/v1/changes?after=${before}&companyId=wait-co&wait=5` });
    await sleep(500);
    const written = await report('wait-co', { period: 'FY2026Q1', value: '13.5', publishedAt: '2025-08-20' });
    const wroteAt = Date.now();
    const response = await waiting;
    const returnedAt = Date.now();
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<FeedPage>();
    expect(page.items.map((c) => [c.kind, c.resourceId])).toEqual([['actual.created', written.id]]);
    expect(page.nextCursor).toBe(page.items[0]?.cursor);
    expect(returnedAt - wroteAt, 'ms from the write to the answer').toBeLessThan(3_000);
    expect(returnedAt - started, 'ms the request took in all').toBeLessThan(4_500);
  });

  it('returns an empty page with the cursor unchanged after about wait seconds when nothing happens', async () => {
    const before = await feedHead();
    const started = Date.now();
    const page = await get<FeedPage>(ctx.app, `/v1/changes?after=${before}&wait=2`);
    const took = Date.now() - started;
    expect(page).toEqual({ items: [], nextCursor: before });
    expect(took).toBeGreaterThanOrEqual(1_900);
    expect(took).toBeLessThan(4_000);
  });
});

describe('GET /v1/changes/stream (Server-Sent Events)', () => {
  let base = '';

  beforeAll(async () => {
    await ctx.anonymous.listen({ port: 0, host: '127.0.0.1' });
    const address = ctx.anonymous.server.address();
    if (address === null || typeof address === 'string') throw new Error('not listening on a port');
    base = `http://127.0.0.1:${address.port}`;
  });

  it('delivers the same changes as the feed, each with id: <cursor> and event: <kind>, and resumes after Last-Event-ID', async () => {
    const start = await feedHead();
    await post(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      companyId: 'wait-co',
      statedOn: '2025-05-15',
      window: { period: 'FY2026Q1..FY2026Q2' },
    });
    // statement.created and evaluation.changed (met on FY2026Q1's 13.5%), actual.created and evaluation.changed (missed).
    await report('wait-co', { period: 'FY2026Q2', value: '12', publishedAt: '2025-11-15' });
    const { changes: polled } = await readFeedAfter(ctx.app, start, '', (c) => c.length >= 4);
    expect(polled.map((c) => c.kind)).toEqual([
      'statement.created',
      'evaluation.changed',
      'actual.created',
      'evaluation.changed',
    ]);

    const streamed = await readEventStream(`${base}/v1/changes/stream?after=${start}`, {
      enough: (e) => e.length >= polled.length,
    });
    expect(streamed.contentType).toMatch(/^text\/event-stream/);
    expect(streamed.events.map((e) => ({ id: e.id, event: e.event, data: JSON.parse(e.data) as unknown }))).toEqual(
      polled.map((c) => ({ id: c.cursor, event: c.kind, data: c })),
    );

    // Reconnecting with Last-Event-ID resumes right after that event (the header wins over ?after).
    const resumeAfter = polled[1]?.cursor ?? '';
    const resumed = await readEventStream(`${base}/v1/changes/stream?after=${start}`, {
      headers: { 'last-event-id': resumeAfter },
      enough: (e) => e.length >= polled.length - 2,
    });
    expect(resumed.events.map((e) => e.id)).toEqual(polled.slice(2).map((c) => c.cursor));
  });

  it('pushes a change written while the stream is open', async () => {
    const start = await feedHead();
    let written = '';
    const streamed = await readEventStream(`${base}/v1/changes/stream?after=${start}&companyId=wait-co`, {
      opened: async () => {
        written = (await report('wait-co', { period: 'FY2026Q3', value: '15', publishedAt: '2026-02-20' })).id;
      },
      enough: (e) => e.some((x) => x.event === 'actual.created'),
    });
    const created = streamed.events.find((e) => e.event === 'actual.created');
    expect(created, 'the new actual arrived on the open stream').toBeDefined();
    expect(JSON.parse(created?.data ?? '{}') as unknown).toMatchObject({
      kind: 'actual.created',
      resourceId: written,
      companyId: 'wait-co',
    });
    expect(feedCursorBefore(start, created?.id ?? '0')).toBe(true);
  });
});
