// The reads "as of now" across companies (a list filtered by status, the leaderboard) are answered from each
// statement's current verdict and each company's totals, and a company's scorecard from the groups kept with its
// totals, all kept by the writes and the sweeper. They must answer exactly what the timelines answer at the same
// instant: after every kind of write, when a deadline passes before the sweeper has run, and after it has.
import { type SQL, sql, TransactionRollbackError } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { sweepOnce } from '../../src/jobs/sweeper.js';
import { LEADERBOARD_SORTS } from '../../src/domain/scorecard.js';
import type { Status } from '../../src/domain/model.js';
import type { StatementInput } from '../../src/schemas/statements.js';
import { createServices, type Services } from '../../src/service/index.js';
import { createStores } from '../../src/store/index.js';
import { useTestApp } from '../support/app.js';
import { testClock } from '../support/clock.js';
import { CAPEX, CLOUD_MARGIN, TEENS_STATEMENT, actual, post, seedCompanyLike } from '../support/fixtures.js';

const clock = testClock('2026-05-20T12:00:00.000Z');
const ctx = useTestApp({ sweepIntervalMs: 0, clock });

const COMPANIES = ['verdict-a', 'verdict-b', 'verdict-c'];
const STATUSES: Status[] = ['pending', 'met', 'missed', 'unreported', 'superseded', 'withdrawn'];
const SORTS = ['due', 'created', 'stated'] as const;

let services: Services;
type Scorecard = Awaited<ReturnType<Services['scoring']['scorecard']>>;

beforeAll(async () => {
  services = createServices(createStores(ctx.db.db), clock);
  for (const id of COMPANIES) await seedCompanyLike(ctx.app, id);
});

/** Guidance of several shapes and deadlines on one company's cloud margin and capex. */
function guidance(companyId: string, statedOn: string): z.input<typeof StatementInput>[] {
  const base = { ...TEENS_STATEMENT, companyId, statedOn };
  return [
    base,
    {
      ...base,
      quote: 'at least 12',
      target: { op: 'gte', value: '12' },
      window: { period: 'FY2027Q1' },
      graceDays: 10,
    },
    { ...base, quote: 'at most 15', target: { op: 'lte', value: '15' }, window: { period: 'FY2027Q2' }, graceDays: 5 },
    {
      ...base,
      quote: 'between 10 and 14',
      target: { op: 'range', low: '10', high: '14' },
      window: { period: 'FY2027Q1..FY2027Q3' },
      mode: 'any',
    },
    {
      ...base,
      metric: CAPEX.key,
      quote: 'capex of about 30bn in the quarter',
      target: { op: 'about', value: '30000000000', tolerancePercent: '10' },
      window: { period: 'FY2027Q1' },
      graceDays: 20,
    },
  ];
}

const ids = (items: { record: { row: { id: string } } }[]) => items.map((i) => i.record.row.id);

/** Every page of a list, as of now (the verdicts) and as of the same instant given explicitly (the timelines). */
async function bothLists(filter: { status: Status; sort: (typeof SORTS)[number]; companyId?: string[] }) {
  const at = clock.now().getTime();
  const read = async (asOf: number | null) => {
    const found: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await services.statements.list(filter, asOf, { limit: 2, cursor });
      found.push(ids(page.items));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return found;
  };
  return { fast: await read(null), slow: await read(at) };
}

/**
 * A company's scorecard as of now, read after `change` is made to company_scores in a transaction rolled back: what
 * the scorecard answers when the groups kept with the totals are other than they are.
 */
async function scorecardWith(change: SQL, companyId: string): Promise<Scorecard> {
  let found: Scorecard | undefined;
  await ctx.db.db
    .transaction(async (tx) => {
      await tx.execute(change);
      found = await createServices(createStores(tx), clock).scoring.scorecard(companyId, null);
      tx.rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof TransactionRollbackError)) throw error;
    });
  if (found === undefined) throw new Error(`no scorecard of ${companyId} was read`);
  return found;
}

/**
 * Each company's scorecard as of now, from the groups kept with its totals where they hold, against the same
 * scorecard added up afresh from the verdicts and timelines (the kept groups cleared).
 */
async function expectSameScorecards(): Promise<void> {
  for (const companyId of COMPANIES) {
    const kept = await services.scoring.scorecard(companyId, null);
    const afresh = await scorecardWith(sql`update company_scores set scorecard_groups = null`, companyId);
    expect(kept, `${companyId}'s scorecard at ${clock.now().toISOString()}`).toEqual(afresh);
  }
}

/**
 * How many companies' kept scorecard groups answer as of now: those in force, where no statement was made after the
 * day they were kept and by today.
 */
async function scorecardsKept(): Promise<number> {
  const at = clock.now().toISOString();
  const result = await ctx.db.pool.query<{ n: string }>(
    `select count(*) as n from company_scores c
     where scorecard_groups is not null and as_of <= $1 and (valid_until is null or valid_until > $1)
       and not exists (select 1 from statements s
                       where s.company_id = c.company_id and s.kind = 'atomic'
                         and s.stated_on > (c.as_of at time zone 'UTC')::date
                         and s.stated_on <= ($1::timestamptz at time zone 'UTC')::date)`,
    [at],
  );
  return Number(result.rows[0]?.n);
}

/**
 * Whether a company's scorecard as of now is answered from the groups kept with its totals: with them emptied, such a
 * scorecard counts nothing, where one added up afresh still counts its statements.
 */
async function answeredFromKept(companyId: string): Promise<boolean> {
  const emptied = sql`update company_scores set scorecard_groups = '[]'::json where company_id = ${companyId}`;
  return (await scorecardWith(emptied, companyId)).total === 0;
}

/** The fast reads against the timelines at the clock's instant, for every status, sort, company filter and ranking. */
async function expectSameAnswers(): Promise<void> {
  const now = clock.now();
  await expectSameScorecards();
  for (const status of STATUSES) {
    for (const sort of SORTS) {
      for (const companyId of [undefined, [COMPANIES[1] ?? '']]) {
        const { fast, slow } = await bothLists({ status, sort, ...(companyId ? { companyId } : {}) });
        expect(fast, `${status} by ${sort} ${companyId ?? 'all'} at ${now.toISOString()}`).toEqual(slow);
      }
    }
  }
  const inForce = await createStores(ctx.db.db).timeline.totalsByCompany(now);
  for (const sort of LEADERBOARD_SORTS) {
    for (const order of ['asc', 'desc'] as const) {
      for (const [minResolved, limit] of [
        [0, 1000],
        [1, 2],
      ] as const) {
        const fast = await services.scoring.leaderboard(null, minResolved, limit, sort, order);
        const slow = await services.scoring.leaderboard(now.getTime(), minResolved, limit, sort, order);
        const label = `${sort} ${order} ${minResolved}/${limit} at ${now.toISOString()}`;
        expect(fast.items, label).toEqual(slow.items);
        expect(fast.recordedAsOf, label).toBe(slow.recordedAsOf);
        expect(fast.asOf, label).toBe(Math.max(0, ...inForce.map((r) => r.since.getTime())));
      }
    }
  }
}

describe('the current verdicts and company totals', () => {
  it('answer as the timelines do through writes, deadlines passing unswept, sweeps, back-dated figures, retractions and revisions', async () => {
    const made: Record<string, string[]> = {};
    for (const companyId of COMPANIES) {
      made[companyId] = [];
      for (const input of guidance(companyId, '2026-05-15')) {
        made[companyId].push((await post<{ id: string }>(ctx.app, '/v1/statements', input)).id);
      }
    }
    // One stated tomorrow (within the clock's slack): its verdict has not begun yet.
    await post(ctx.app, '/v1/statements', { ...guidance('verdict-c', '2026-05-21')[1], quote: 'tomorrow' });
    // Every company's scorecard is answered from the groups its last write kept.
    expect(await scorecardsKept()).toBe(COMPANIES.length);
    await expectSameAnswers();
    // The next day, with nothing written: the groups still hold where no statement was made since, and so are still
    // what answers; the company with a statement made today is added up afresh, with it on its scorecard.
    clock.set('2026-05-21T12:00:00.000Z');
    expect(await scorecardsKept()).toBe(COMPANIES.length - 1);
    expect(await answeredFromKept('verdict-a')).toBe(true);
    expect(await answeredFromKept('verdict-c')).toBe(false);
    await expectSameAnswers();
    expect((await services.scoring.scorecard('verdict-c', null)).total).toBe(guidance('verdict-c', '').length + 1);

    // FY2027Q1 (April to June 2026) comes out for two companies; the third stays silent past its deadlines.
    clock.set('2026-08-06T12:00:00.000Z');
    await post(ctx.app, '/v1/actuals', actual({ companyId: 'verdict-a', value: '13.5', publishedAt: '2026-08-05' }));
    await post(
      ctx.app,
      '/v1/actuals',
      actual({
        companyId: 'verdict-a',
        metric: CAPEX.key,
        unit: 'CNY',
        value: '31000000000',
        publishedAt: '2026-08-05',
      }),
    );
    await expectSameAnswers();
    await sweepOnce(ctx.db.db, clock);
    await expectSameAnswers();

    // A figure back-dated before a deadline that has already passed, and then restated.
    clock.set('2026-08-10T12:00:00.000Z');
    await post(ctx.app, '/v1/actuals', actual({ companyId: 'verdict-b', value: '11.0', publishedAt: '2026-07-01' }));
    await expectSameAnswers();
    const restated = await post<{ id: string }>(
      ctx.app,
      '/v1/actuals',
      actual({ companyId: 'verdict-b', value: '12.5', publishedAt: '2026-08-09' }),
    );
    await expectSameAnswers();

    // The restatement was keyed wrongly: retracted, it leaves every knowledge time.
    await post(ctx.app, `/v1/actuals/${restated.id}/retractions`, { reason: 'keyed from the wrong segment' });
    await expectSameAnswers();

    // Revisions: one statement replaced by a lower bound, one withdrawn.
    const [, , atMostB] = made['verdict-b'] ?? [];
    const [, , , rangeC] = made['verdict-c'] ?? [];
    await post(ctx.app, `/v1/statements/${atMostB}/revisions`, {
      statedOn: '2026-08-10',
      statement: {
        source: { kind: 'press_release' },
        quote: 'at most 13% next quarter',
        metric: CLOUD_MARGIN.key,
        commitment: 'expect',
        target: { op: 'lte', value: '13' },
        window: { period: 'FY2027Q2' },
      },
    });
    await post(ctx.app, `/v1/statements/${rangeC}/revisions`, { kind: 'withdrawn', statedOn: '2026-08-10' });
    await expectSameAnswers();

    // Every deadline passes with nothing swept, then the sweeper catches up.
    for (const at of ['2026-11-03T00:00:00.000Z', '2027-03-01T00:00:00.000Z']) {
      clock.set(at);
      await expectSameAnswers();
      await sweepOnce(ctx.db.db, clock);
      await expectSameAnswers();
    }
    // A figure for a closed quarter arriving after everything resolved.
    await post(
      ctx.app,
      '/v1/actuals',
      actual({ companyId: 'verdict-c', period: 'FY2027Q2', value: '14.2', publishedAt: '2026-10-20' }),
    );
    await expectSameAnswers();
  }, 300_000);
});
