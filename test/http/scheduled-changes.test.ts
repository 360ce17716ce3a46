// Transitions in time: a window closing and its grace passing change a statement's status with no write. Reads
// see it at that instant; the feed learns of it from the sweeper, which announces each scheduled change exactly
// once, however many instances sweep at the same moment.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { z } from 'zod';
import { connect, type DatabaseHandle } from '../../src/db/client.js';
import { addDays, endOfDayMs, msToDate } from '../../src/domain/dates.js';
import { sweepOnce } from '../../src/jobs/sweeper.js';
import { fixedClock } from '../../src/lib/clock.js';
import type { Evaluation, Statement, StatementInput } from '../../src/schemas/statements.js';
import { useTestApp } from '../support/app.js';
import { testClock } from '../support/clock.js';
import {
  type FeedChange,
  type ListPage,
  TEENS_STATEMENT,
  evaluationAsOf,
  get,
  post,
  readFeedAfter,
  seedCompanyLike,
} from '../support/fixtures.js';

// The app's own sweeper is off: these tests sweep by hand, at the instants they choose. "Now" is a fixed
// afternoon, so a deadline "tonight" is the same whatever the date, and a run cannot straddle midnight.
const NOW = '2025-06-18T15:00:00.000Z';
const clock = testClock(NOW);
const ctx = useTestApp({ sweepIntervalMs: 0, clock });

type StatementView = Statement & { evaluation: Evaluation };

/** A second pool on the same database: a sweeper on another instance. */
let otherDatabase: DatabaseHandle;

beforeAll(async () => {
  otherDatabase = connect(ctx.db.url, { max: 4 });
  await seedCompanyLike(ctx.app, 'silent-co');
  await seedCompanyLike(ctx.app, 'sweep-co');
  await seedCompanyLike(ctx.app, 'race-co');
});

afterAll(async () => {
  await otherDatabase?.close();
});

/** Guidance on `companyId`'s cloud margin whose window ends yesterday with one day of grace: due at the end of today (UTC). */
function dueTonight(companyId: string): z.input<typeof StatementInput> {
  const today = msToDate(clock.now().getTime());
  return {
    ...TEENS_STATEMENT,
    companyId,
    statedOn: addDays(today, -30),
    window: { start: addDays(today, -30), end: addDays(today, -1) },
    mode: 'any',
    graceDays: 1,
  };
}

const ids = (page: ListPage<{ id: string }>) => page.items.map((s) => s.id);

describe('a window that closed long ago', () => {
  let silent: Statement;

  beforeAll(async () => {
    // 2024-01-01..2024-03-31 with 30 days of grace, and nothing ever reported: due at 2024-05-01T00:00Z.
    silent = await post<Statement>(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      companyId: 'silent-co',
      statedOn: '2024-01-10',
      window: { start: '2024-01-01', end: '2024-03-31' },
      graceDays: 30,
    });
  });

  it('shows the statement unreported from the moment its grace ran out, in GET and in the list', async () => {
    const view = await get<StatementView>(ctx.app, `/v1/statements/${silent.id}`);
    expect(view.evaluation).toMatchObject({ status: 'unreported', asOf: '2024-05-01T00:00:00.000Z', validUntil: null });
    expect(view.evaluation.explanation).toBe(
      "No cloud.ebita_margin figure for 2024-01-01..2024-03-31 was public by 2024-04-30, the end of 30 days' grace.",
    );
    expect(ids(await get(ctx.app, '/v1/statements?companyId=silent-co&status=unreported'))).toEqual([silent.id]);
    expect(ids(await get(ctx.app, '/v1/statements?companyId=silent-co&status=pending'))).toEqual([]);
  });

  it('was pending until that instant, and says when it was due to change', async () => {
    expect(await evaluationAsOf(ctx.app, silent.id, '2024-04-30T23:59:59.999Z')).toMatchObject({
      status: 'pending',
      validUntil: '2024-05-01T00:00:00.000Z',
    });
    expect((await evaluationAsOf(ctx.app, silent.id, '2024-05-01T00:00:00Z')).status).toBe('unreported');
    const history = await get<{ items: Evaluation[] }>(ctx.app, `/v1/statements/${silent.id}/history`);
    expect(history.items.map((e) => [e.status, e.asOf, e.validUntil])).toEqual([
      ['pending', '2024-01-10T00:00:00.000Z', '2024-05-01T00:00:00.000Z'],
      ['unreported', '2024-05-01T00:00:00.000Z', null],
    ]);
  });
});

describe('a deadline passing tonight', () => {
  let tonight: Statement;
  let deadline = 0;
  let cursor = '0';

  beforeAll(async () => {
    deadline = endOfDayMs(msToDate(clock.now().getTime()));
    tonight = await post<Statement>(ctx.app, '/v1/statements', dueTonight('sweep-co'));
    const created = await readFeedAfter(ctx.app, '0', 'companyId=sweep-co', (c) => c.length >= 2);
    expect(created.changes.map((c) => [c.kind, c.data.status ?? null])).toEqual([
      ['statement.created', null],
      ['evaluation.changed', 'pending'],
    ]);
    cursor = created.cursor;
  });

  it('is pending now, and scheduled to become unreported at the end of today', async () => {
    const view = await get<StatementView>(ctx.app, `/v1/statements/${tonight.id}`);
    expect(view.evaluation).toMatchObject({ status: 'pending', validUntil: new Date(deadline).toISOString() });
    const history = await get<{ items: Evaluation[] }>(ctx.app, `/v1/statements/${tonight.id}/history`);
    expect(history.items.at(-1)).toMatchObject({
      status: 'unreported',
      asOf: new Date(deadline).toISOString(),
      validUntil: null,
    });
  });

  it('is listed as unreported as of the deadline, and not a millisecond before', async () => {
    const at = (ms: number) => encodeURIComponent(new Date(ms).toISOString());
    const query = '/v1/statements?companyId=sweep-co';
    expect(ids(await get(ctx.app, `${query}&status=unreported&asOf=${at(deadline)}`))).toEqual([tonight.id]);
    expect(ids(await get(ctx.app, `${query}&status=unreported&asOf=${at(deadline + 86_400_000)}`))).toEqual([
      tonight.id,
    ]);
    expect(ids(await get(ctx.app, `${query}&status=unreported&asOf=${at(deadline - 1)}`))).toEqual([]);
    expect(ids(await get(ctx.app, `${query}&status=pending&asOf=${at(deadline - 1)}`))).toEqual([tonight.id]);
    expect(ids(await get(ctx.app, `${query}&status=unreported`))).toEqual([]);
  });

  describe('as the clock passes the deadline, with no write', () => {
    afterEach(() => {
      clock.set(NOW);
    });

    /** GET until this instance answers from its cache. */
    async function cachedGet(app: FastifyInstance, url: string): Promise<LightMyRequestResponse> {
      let response = await app.inject({ method: 'GET', url });
      for (let i = 0; i < 200 && response.headers['x-cache'] !== 'hit'; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        response = await app.inject({ method: 'GET', url });
      }
      expect(response.headers['x-cache'], url).toBe('hit');
      return response;
    }

    it('turns unreported in GET and in the list at the deadline, even where a cached answer said pending', async () => {
      const one = `/v1/statements/${tonight.id}`;
      const unreported = '/v1/statements?companyId=sweep-co&status=unreported';
      clock.set(deadline - 1_000);
      expect((await cachedGet(ctx.anonymous, one)).json<StatementView>().evaluation.status).toBe('pending');
      expect(ids((await cachedGet(ctx.anonymous, unreported)).json<ListPage<{ id: string }>>())).toEqual([]);

      clock.set(deadline + 1_000);
      const after = await ctx.anonymous.inject({ method: 'GET', url: one });
      expect(after.json<StatementView>().evaluation).toMatchObject({
        status: 'unreported',
        asOf: new Date(deadline).toISOString(),
        validUntil: null,
      });
      expect(
        ids((await ctx.anonymous.inject({ method: 'GET', url: unreported })).json<ListPage<{ id: string }>>()),
      ).toEqual([tonight.id]);
    });
  });

  it('tells the feed once the sweeper runs after the deadline: evaluation.changed, cause scheduled, at the deadline', async () => {
    expect(await sweepOnce(ctx.db.db, fixedClock(deadline - 1))).toBe(0);
    expect(await sweepOnce(ctx.db.db, fixedClock(deadline + 1_000))).toBe(1);
    const { changes, cursor: next } = await readFeedAfter(ctx.app, cursor, 'companyId=sweep-co', (c) => c.length >= 1);
    expect(changes.map(({ kind, at, resourceId, data }) => ({ kind, at, resourceId, data }))).toEqual([
      {
        kind: 'evaluation.changed',
        at: new Date(deadline).toISOString(),
        resourceId: tonight.id,
        data: { statementId: tonight.id, status: 'unreported', previousStatus: 'pending', cause: 'scheduled' },
      },
    ]);
    cursor = next;
  });

  it('adds nothing when it sweeps again', async () => {
    expect(await sweepOnce(ctx.db.db, fixedClock(deadline + 2_000))).toBe(0);
    expect(await sweepOnce(otherDatabase.db, fixedClock(deadline + 60_000))).toBe(0);
    const page = await get<{ items: FeedChange[]; nextCursor: string }>(
      ctx.app,
      `/v1/changes?after=${cursor}&companyId=sweep-co&wait=1`,
    );
    expect(page).toEqual({ items: [], nextCursor: cursor });
  });
});

describe('sweepers racing on several instances', () => {
  it('announces each scheduled change exactly once', async () => {
    const deadline = endOfDayMs(msToDate(clock.now().getTime()));
    const racing: Statement[] = [];
    // Five different statements, each in words of its own: the same statement twice is recorded once.
    for (let i = 0; i < 5; i += 1) {
      const statement = dueTonight('race-co');
      racing.push(
        await post<Statement>(ctx.app, '/v1/statements', { ...statement, quote: `${statement.quote} (${i})` }),
      );
    }
    const { cursor } = await readFeedAfter(ctx.app, '0', 'companyId=race-co', (c) => c.length >= 10);

    const at = new Date(deadline + 1_000);
    const swept = await Promise.all([
      sweepOnce(ctx.db.db, fixedClock(at)),
      sweepOnce(otherDatabase.db, fixedClock(at)),
      sweepOnce(ctx.db.db, fixedClock(at)),
      sweepOnce(otherDatabase.db, fixedClock(at)),
    ]);
    expect(
      swept.reduce((a, b) => a + b, 0),
      `announced per sweeper: ${swept.join(', ')}`,
    ).toBe(racing.length);

    const { changes } = await readFeedAfter(ctx.app, cursor, 'companyId=race-co', (c) => c.length >= racing.length);
    // Read on a little longer: a duplicate would come after.
    const late = await get<{ items: FeedChange[] }>(
      ctx.app,
      `/v1/changes?after=${changes.at(-1)?.cursor ?? cursor}&companyId=race-co&wait=1`,
    );
    const announced = [...changes, ...late.items];
    expect(announced.every((c) => c.kind === 'evaluation.changed' && c.data.cause === 'scheduled')).toBe(true);
    expect(announced.map((c) => c.resourceId).sort()).toEqual(racing.map((s) => s.id).sort());
  });
});
