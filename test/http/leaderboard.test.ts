// The leaderboard: companies ranked by hit rate, compared exactly (2/3 against 3/4, never through rounded
// ratios), ties going to the company with more resolved statements. A file of its own, so the board holds
// exactly the companies below.
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Leaderboard } from '../../src/schemas/leaderboard.js';
import type { Scorecard } from '../../src/schemas/scorecards.js';
import { fixedClock } from '../../src/lib/clock.js';
import { useTestApp } from '../support/app.js';
import { CLOUD_MARGIN, TEENS_STATEMENT, actual, get, post, seedCompanyLike } from '../support/fixtures.js';

// "Now" is fixed after every statement below was made and before the FY2031 one comes due, so the ranking
// "as of now" is the same on any date.
const ctx = useTestApp({ sweepIntervalMs: 0, clock: fixedClock('2026-06-01T12:00:00Z') });

type Board = z.infer<typeof Leaderboard>;
type ScorecardBody = z.infer<typeof Scorecard>;

/**
 * A company whose FY2025Q1 cloud margin came in at 15% (published 2024-08-20), having promised "above N%" for
 * each threshold: a threshold under 15 was met, one over 15 missed.
 */
async function companyWithPromises(id: string, thresholds: number[], concept?: string): Promise<void> {
  await seedCompanyLike(ctx.app, id, [{ ...CLOUD_MARGIN, concept }]);
  for (const threshold of thresholds) {
    await post(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      companyId: id,
      statedOn: '2024-05-15',
      commitment: 'will',
      target: { op: 'gt', value: String(threshold) },
      window: { period: 'FY2025Q1' },
      mode: 'any',
    });
  }
  if (thresholds.length > 0 && id !== 'silent')
    await post(
      ctx.app,
      '/v1/actuals',
      actual({ companyId: id, period: 'FY2025Q1', value: '15', publishedAt: '2024-08-20' }),
    );
}

beforeAll(async () => {
  await companyWithPromises('two-of-three', [10, 12, 20]);
  await companyWithPromises('three-of-four', [10, 11, 12, 20], 'cloud.ebita_margin');
  await companyWithPromises('one-of-one', [10]);
  await companyWithPromises('one-of-two', [10, 20], 'cloud.ebita_margin');
  await companyWithPromises('two-of-four', [10, 11, 20, 21]);
  // Promised, then never reported: unreported once the window and its grace passed.
  await companyWithPromises('silent', [10]);
  // Only a promise still open: nothing resolved, no hit rate.
  await seedCompanyLike(ctx.app, 'nothing-resolved', [CLOUD_MARGIN]);
  await post(ctx.app, '/v1/statements', {
    ...TEENS_STATEMENT,
    companyId: 'nothing-resolved',
    statedOn: '2026-01-10',
    window: { period: 'FY2031Q1' },
  });
});

const ranking = (board: Board) => board.items.map((c) => [c.rank, c.companyId, c.counts.met, c.resolved, c.hitRate]);

describe('GET /v1/leaderboard', () => {
  it('ranks companies by hit rate, exactly: 1/1, then 3/4, then 2/3, then the half-right ones, more resolved first', async () => {
    const board = await get<Board>(ctx.app, '/v1/leaderboard?minResolved=1');
    expect(ranking(board)).toEqual([
      [1, 'one-of-one', 1, 1, '1'],
      [2, 'three-of-four', 3, 4, '0.75'],
      [3, 'two-of-three', 2, 3, '0.6666666667'],
      [4, 'two-of-four', 2, 4, '0.5'],
      [5, 'one-of-two', 1, 2, '0.5'],
      [6, 'silent', 0, 1, '0'],
    ]);
    expect(board.items[0]?.name).toBe('Alibaba Group (one-of-one)');
  });

  it('gives each company the same summary as its own scorecard', async () => {
    const board = await get<Board>(ctx.app, '/v1/leaderboard?minResolved=1');
    for (const entry of board.items) {
      const { rank: _rank, companyId, name: _name, ...fromBoard } = entry;
      const card = await get<ScorecardBody>(ctx.app, `/v1/companies/${companyId}/scorecard`);
      const {
        companyId: _id,
        asOf: _asOf,
        recordedAsOf: _recordedAsOf,
        validUntil: _until,
        byMetric: _m,
        byCommitment: _c,
        byQuarter: _q,
        ...fromCard
      } = card;
      expect(fromBoard, companyId).toEqual(fromCard);
    }
  });

  it('leaves out companies with fewer resolved statements than minResolved, and keeps the first `limit`', async () => {
    expect(ranking(await get<Board>(ctx.app, '/v1/leaderboard?minResolved=3')).map((r) => r[1])).toEqual([
      'three-of-four',
      'two-of-three',
      'two-of-four',
    ]);
    expect(ranking(await get<Board>(ctx.app, '/v1/leaderboard?limit=2&minResolved=1')).map((r) => r[1])).toEqual([
      'one-of-one',
      'three-of-four',
    ]);
    const everyone = await get<Board>(ctx.app, '/v1/leaderboard?minResolved=0');
    expect(everyone.items.at(-1)).toMatchObject({ rank: 7, companyId: 'nothing-resolved', resolved: 0, hitRate: null });
  });

  it('ranks by mean margin with sort=meanMargin: one-of-two clears its bars by more than two-of-four', async () => {
    // 15% against thresholds N: each margin is (15 − N) / N, e.g. +50% over 10 and −25% under 20.
    const board = await get<Board>(ctx.app, '/v1/leaderboard?sort=meanMargin&minResolved=0');
    expect(board.items.map((c) => [c.rank, c.companyId, c.meanMargin, c.positiveMarginRate])).toEqual([
      [1, 'one-of-one', '0.5', '1'],
      [2, 'three-of-four', '0.2159090909', '0.75'],
      [3, 'two-of-three', '0.1666666667', '0.6666666667'],
      [4, 'one-of-two', '0.125', '0.5'],
      [5, 'two-of-four', '0.0819805195', '0.5'],
      // No margin at all ranks last, more resolved first.
      [6, 'silent', null, null],
      [7, 'nothing-resolved', null, null],
    ]);
  });

  it('ranks by the share of positive margins with sort=positiveMarginRate, more resolved first on a tie', async () => {
    const board = await get<Board>(ctx.app, '/v1/leaderboard?sort=positiveMarginRate&minResolved=1');
    expect(board.items.map((c) => [c.companyId, c.positiveMarginRate])).toEqual([
      ['one-of-one', '1'],
      ['three-of-four', '0.75'],
      ['two-of-three', '0.6666666667'],
      ['two-of-four', '0.5'],
      ['one-of-two', '0.5'],
      ['silent', null],
    ]);
  });

  it('leaves one lucky statement off the board by default: a company needs five resolved statements', async () => {
    // one-of-one's single kept promise would top a board that took every company with one resolved statement.
    expect((await get<Board>(ctx.app, '/v1/leaderboard')).items).toEqual([]);
    expect(
      ranking(await get<Board>(ctx.app, '/v1/leaderboard?minResolved=4')).map((r) => r[1]),
      'at four resolved',
    ).toEqual(['three-of-four', 'two-of-four']);
  });

  it('ranks by unreported rate with sort=unreportedRate, lowest first, or highest first with order=desc', async () => {
    const low = await get<Board>(ctx.app, '/v1/leaderboard?sort=unreportedRate&minResolved=1');
    expect(low.items.map((c) => [c.companyId, c.unreportedRate])).toEqual([
      ['three-of-four', '0'],
      ['two-of-four', '0'],
      ['two-of-three', '0'],
      ['one-of-two', '0'],
      ['one-of-one', '0'],
      ['silent', '1'],
    ]);
    const high = await get<Board>(ctx.app, '/v1/leaderboard?sort=unreportedRate&order=desc&minResolved=0');
    expect(high.items.map((c) => c.companyId)).toEqual([
      'silent',
      'three-of-four',
      'two-of-four',
      'two-of-three',
      'one-of-two',
      'one-of-one',
      // No rate at all comes last in either order.
      'nothing-resolved',
    ]);
  });

  it('ranks the worst hit rate first with order=asc', async () => {
    const board = await get<Board>(ctx.app, '/v1/leaderboard?order=asc&minResolved=2');
    expect(board.items.map((c) => c.companyId)).toEqual(['two-of-four', 'one-of-two', 'two-of-three', 'three-of-four']);
  });

  it('compares one concept across companies: only statements about metrics tagged with it count', async () => {
    const board = await get<Board>(ctx.app, '/v1/leaderboard?concept=cloud.ebita_margin&minResolved=1');
    expect(ranking(board)).toEqual([
      [1, 'three-of-four', 3, 4, '0.75'],
      [2, 'one-of-two', 1, 2, '0.5'],
    ]);
  });

  it.each(['sort=vibes', 'order=up', 'concept=Cloud!', 'minResolved=-1'])('refuses %s with a 422', async (query) => {
    const response = await ctx.app.inject({ method: 'GET', url: `/v1/leaderboard?${query}` });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('refuses an unknown sort with a 422 naming it', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/v1/leaderboard?sort=vibes' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('sort');
  });

  it('ranks as of a knowledge time: before the figures came out nothing had resolved', async () => {
    expect((await get<Board>(ctx.app, '/v1/leaderboard?asOf=2024-08-19')).items).toEqual([]);
    expect(ranking(await get<Board>(ctx.app, '/v1/leaderboard?asOf=2024-08-20&minResolved=1'))).toHaveLength(5);
  });

  it('answers twice with the same bytes under a strong ETag, and If-None-Match with a 304', async () => {
    const first = await ctx.app.inject({ method: 'GET', url: '/v1/leaderboard' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const second = await ctx.app.inject({ method: 'GET', url: '/v1/leaderboard' });
    expect(second.body).toBe(first.body);
    const notModified = await ctx.app.inject({
      method: 'GET',
      url: '/v1/leaderboard',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
  });
});
