// Polling survives writes: a write drops only the cached answers it can change, on every instance, and a poll
// whose answer has not changed is answered from the stored ETag without computing anything. Two instances, each
// with its own pool, cache and LISTEN connection, on one database; and a cache with a byte budget.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type DatabaseHandle } from '../../src/db/client.js';
import type { Statement } from '../../src/schemas/statements.js';
import { buildCheckedApp, useTestApp } from '../support/app.js';
import { testClock } from '../support/clock.js';
import { TEENS_STATEMENT, actual, post, seedCompanyLike, watchPool, type WatchablePool } from '../support/fixtures.js';

const clock = testClock('2025-06-01T12:00:00.000Z');
const ctx = useTestApp({ sweepIntervalMs: 0, clock });

let secondDatabase: DatabaseHandle;
let second: FastifyInstance;
const statements = new Map<string, Statement>();
let published = 0;

beforeAll(async () => {
  secondDatabase = connect(ctx.db.url, { max: 4 });
  second = await buildCheckedApp({ database: secondDatabase, sweepIntervalMs: 0, clock });
  for (const company of ['alpha-co', 'beta-co']) {
    await seedCompanyLike(ctx.app, company);
    // Every window here closed long ago: nothing is scheduled to change by itself, so only writes change answers.
    statements.set(
      company,
      await post<Statement>(ctx.app, '/v1/statements', {
        ...TEENS_STATEMENT,
        companyId: company,
        statedOn: '2024-05-15',
        window: { period: 'FY2025Q1..FY2025Q2' },
      }),
    );
  }
});

afterAll(async () => {
  await second?.close();
  await secondDatabase?.close();
});

function statementOf(company: string): Statement {
  const found = statements.get(company);
  if (!found) throw new Error(`no statement for ${company}`);
  return found;
}

/** The answers a dashboard about one company polls. */
const companyUrls = (company: string) => [
  `/v1/statements/${statementOf(company).id}`,
  `/v1/statements?companyId=${company}`,
  `/v1/companies/${company}/scorecard`,
  `/v1/metrics?companyId=${company}`,
  `/v1/companies/${company}`,
];

/** Answers across companies: every write may change them. */
const spanningUrls = ['/v1/leaderboard', '/v1/statements', '/v1/companies'];

async function getFrom(app: FastifyInstance, url: string, ifNoneMatch?: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url, headers: ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch } });
}

/** GET until the instance answers from its cache (it caches once it knows when the next scheduled change is). */
async function warm(app: FastifyInstance, url: string): Promise<LightMyRequestResponse> {
  const deadline = Date.now() + 3_000;
  for (;;) {
    const response = await getFrom(app, url);
    expect(response.statusCode, response.body).toBe(200);
    if (response.headers['x-cache'] === 'hit') return response;
    if (Date.now() > deadline) throw new Error(`${url} was never served from the cache`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** GET until the ETag differs from `stale`, for up to two seconds. */
async function etagAfter(app: FastifyInstance, url: string, stale: string): Promise<LightMyRequestResponse> {
  const deadline = Date.now() + 2_000;
  for (;;) {
    const response = await getFrom(app, url);
    if (response.headers.etag !== stale || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A restatement of the teens quarter for a company, published a day after the last one, through `app`. */
async function restate(app: FastifyInstance, company: string, value: string): Promise<void> {
  published += 1;
  const response = await app.inject({
    method: 'POST',
    url: '/v1/actuals',
    headers: { authorization: `Bearer ${ctx.adminKey}` },
    payload: actual({
      companyId: company,
      period: 'FY2025Q1',
      value,
      publishedAt: new Date(Date.UTC(2024, 7, 1) + published * 86_400_000).toISOString(),
    }),
  });
  expect(response.statusCode, response.body).toBe(201);
}

/** Run `work` and return the queries it sent through the pool. */
async function queriesDuring(pool: WatchablePool, work: () => Promise<void>): Promise<string[]> {
  const watch = watchPool(pool);
  try {
    await work();
  } finally {
    watch.stop();
  }
  return watch.queries.map((q) => q.text);
}

describe('a write drops only the answers it can change, on every instance', () => {
  it("leaves beta-co's cached answers and ETags in place on both instances when alpha-co is written, and changes alpha-co's on both", async () => {
    const instances = [
      { name: 'first', app: ctx.anonymous, pool: ctx.db.pool },
      { name: 'second', app: second, pool: secondDatabase.pool },
    ];
    const before = new Map<string, LightMyRequestResponse>();
    for (const { name, app } of instances)
      for (const url of [...companyUrls('alpha-co'), ...companyUrls('beta-co'), ...spanningUrls])
        before.set(`${name} ${url}`, await warm(app, url));

    // Through the first instance: the second hears of it only through PostgreSQL.
    await restate(ctx.app, 'alpha-co', '9');

    for (const { name, app } of instances) {
      // alpha-co's answers changed on both instances (once the second has heard the NOTIFY).
      for (const url of companyUrls('alpha-co').slice(0, 3)) {
        const stale = String(before.get(`${name} ${url}`)?.headers.etag);
        const fresh = await etagAfter(app, url, stale);
        expect(fresh.headers.etag, `${name} ${url}`).not.toBe(stale);
        expect((await getFrom(app, url, stale)).statusCode, `${name} ${url} with the old ETag`).toBe(200);
      }
    }
    for (const { name, app, pool } of instances) {
      // beta-co's are still served from the cache, 304 and 200 alike, without a single query.
      const sent = await queriesDuring(pool, async () => {
        for (const url of companyUrls('beta-co')) {
          const old = before.get(`${name} ${url}`);
          const etag = String(old?.headers.etag);
          const notModified = await getFrom(app, url, etag);
          expect(notModified.statusCode, `${name} ${url}`).toBe(304);
          expect(notModified.headers['x-cache'], `${name} ${url}`).toBe('hit');
          const whole = await getFrom(app, url);
          expect(whole.headers['x-cache'], `${name} ${url}`).toBe('hit');
          expect(whole.body, `${name} ${url}`).toBe(old?.body);
        }
      });
      expect(sent, `${name}: queries for beta-co's answers after a write to alpha-co`).toEqual([]);
      // Answers that span companies were dropped: the next one is computed again.
      for (const url of spanningUrls) {
        const next = await getFrom(app, url);
        expect(next.headers['x-cache'], `${name} ${url} after a write to alpha-co`).toBeUndefined();
      }
    }
  });

  it("drops beta-co's answers on both instances when beta-co's company record is edited (a write with no feed row)", async () => {
    const url = '/v1/companies/beta-co';
    const before = [await warm(ctx.anonymous, url), await warm(second, url)];
    const response = await second.inject({
      method: 'PATCH',
      url,
      headers: { authorization: `Bearer ${ctx.adminKey}`, 'if-match': String(before[1]?.headers.etag) },
      payload: { name: 'Beta, renamed' },
    });
    expect(response.statusCode, response.body).toBe(200);
    for (const [i, app] of [ctx.anonymous, second].entries()) {
      const fresh = await etagAfter(app, url, String(before[i]?.headers.etag));
      expect(fresh.json<{ name: string }>().name).toBe('Beta, renamed');
    }
  });
});

describe('an answer a write changed', () => {
  it('is computed once after the write is heard, and kept: the next poll is answered from the cache', async () => {
    const url = `/v1/companies/alpha-co/scorecard`;
    const stale = await warm(second, url);
    await restate(ctx.app, 'alpha-co', '11');
    // The second instance hears of it through PostgreSQL, and reads the next scheduled change again at once.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const recomputed = await getFrom(second, url, String(stale.headers.etag));
    expect(recomputed.statusCode, recomputed.body).toBe(200);
    expect(recomputed.headers['x-cache']).toBeUndefined();
    const sent = await queriesDuring(secondDatabase.pool, async () => {
      const next = await getFrom(second, url, String(recomputed.headers.etag));
      expect(next.statusCode).toBe(304);
      expect(next.headers['x-cache']).toBe('hit');
    });
    expect(sent).toEqual([]);
  });
});

describe('a write that changes nothing', () => {
  it('drops no cached answer: the same statement posted again is answered 200 and every answer stays cached', async () => {
    const urls = [...companyUrls('alpha-co'), ...spanningUrls];
    for (const url of urls) await warm(ctx.anonymous, url);
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/v1/statements',
      payload: {
        ...TEENS_STATEMENT,
        companyId: 'alpha-co',
        statedOn: '2024-05-15',
        window: { period: 'FY2025Q1..FY2025Q2' },
      },
    });
    expect(again.statusCode, again.body).toBe(200);
    // Give a NOTIFY, had there been one, time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const sent = await queriesDuring(ctx.db.pool, async () => {
      for (const url of urls) expect((await getFrom(ctx.anonymous, url)).headers['x-cache'], url).toBe('hit');
    });
    expect(sent).toEqual([]);
  });
});

describe('a 304 is answered from the stored ETag', () => {
  it('computes nothing, not even with the body too large for the budget to keep', async () => {
    // A budget of 8 KiB keeps bodies up to 512 characters (an eighth of it, at two bytes a character): the list
    // of statements is larger, so this instance keeps only its ETag.
    const small = connect(ctx.db.url, { max: 2 });
    const app = await buildCheckedApp({ database: small, sweepIntervalMs: 0, clock, responseCacheMaxBytes: 8_192 });
    try {
      const url = '/v1/statements?companyId=alpha-co';
      let first = await getFrom(app, url);
      expect(first.body.length).toBeGreaterThan(512);
      const etag = String(first.headers.etag);
      // Until the instance knows when the next scheduled change comes, it keeps nothing; then it keeps the ETag.
      for (let i = 0; i < 100 && (await getFrom(app, url, etag)).headers['x-cache'] !== 'hit'; i += 1)
        await new Promise((resolve) => setTimeout(resolve, 5));
      const sent304 = await queriesDuring(small.pool, async () => {
        for (let i = 0; i < 3; i += 1) {
          const notModified = await getFrom(app, url, etag);
          expect(notModified.statusCode).toBe(304);
          expect(notModified.headers.etag).toBe(etag);
        }
      });
      expect(sent304).toEqual([]);
      // Without If-None-Match the body must be computed: the watch does see that.
      const sent200 = await queriesDuring(small.pool, async () => {
        first = await getFrom(app, url);
        expect(first.statusCode).toBe(200);
      });
      expect(sent200.length).toBeGreaterThan(0);
      expect(first.headers.etag).toBe(etag);
    } finally {
      await app.close();
      await small.close();
    }
  });
});

describe('the cache has a byte budget', () => {
  it('evicts the least recently used answers once the budget is spent, and keeps answering', async () => {
    // 64 KiB holds a few dozen of these answers (about 1 KB each, counted at 2 bytes a character), not 200.
    const small = connect(ctx.db.url, { max: 2 });
    const app = await buildCheckedApp({
      database: small,
      sweepIntervalMs: 0,
      clock,
      responseCacheMaxBytes: 65_536,
    });
    try {
      const id = statementOf('alpha-co').id;
      // 200 different URLs for the same evaluation (asOf on successive days): each its own entry.
      const urls = Array.from(
        { length: 200 },
        (_, i) =>
          `/v1/statements/${id}/evaluation?asOf=${new Date(Date.UTC(2024, 5, 1) + i * 86_400_000).toISOString().slice(0, 10)}`,
      );
      const firstUrl = urls[0] ?? '';
      const lastUrl = urls.at(-1) ?? '';
      await warm(app, firstUrl);
      for (const url of urls) await getFrom(app, url);
      expect((await getFrom(app, lastUrl)).headers['x-cache'], 'the most recent answer is kept').toBe('hit');
      const evicted = await getFrom(app, firstUrl);
      expect(evicted.statusCode).toBe(200);
      expect(evicted.headers['x-cache'], 'the first answer was evicted to stay within 64 KiB').toBeUndefined();
    } finally {
      await app.close();
      await small.close();
    }
  });
});

describe('requests without Accept', () => {
  it('share the cached answer of Accept: */*, and a request for CSV does not', async () => {
    const url = '/v1/statements?companyId=beta-co';
    const withAny = () => second.inject({ method: 'GET', url, headers: { accept: '*/*' } });
    let any = await withAny();
    for (let i = 0; i < 100 && any.headers['x-cache'] !== 'hit'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      any = await withAny();
    }
    expect(any.headers['x-cache']).toBe('hit');
    const sent = await queriesDuring(secondDatabase.pool, async () => {
      const none = await second.inject({ method: 'GET', url });
      expect(none.headers['x-cache']).toBe('hit');
      expect(none.body).toBe(any.body);
    });
    expect(sent).toEqual([]);
    const csv = await second.inject({ method: 'GET', url, headers: { accept: 'text/csv' } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
  });
});

describe('concurrent misses', () => {
  it('compute an answer once for twenty simultaneous requests of it', async () => {
    const url = `/v1/companies/alpha-co/scorecard?asOf=2024-12-01`;
    const fresh = connect(ctx.db.url, { max: 4 });
    const app = await buildCheckedApp({ database: fresh, sweepIntervalMs: 0, clock });
    try {
      // Let the instance learn when the next scheduled change is, with another URL.
      await warm(app, '/v1/companies/alpha-co');
      const one = await queriesDuring(fresh.pool, async () => {
        await getFrom(app, `/v1/companies/alpha-co/scorecard?asOf=2024-12-02`);
      });
      let answers: LightMyRequestResponse[] = [];
      const twenty = await queriesDuring(fresh.pool, async () => {
        answers = await Promise.all(Array.from({ length: 20 }, () => getFrom(app, url)));
      });
      expect(new Set(answers.map((a) => a.headers.etag)).size).toBe(1);
      expect(answers.every((a) => a.statusCode === 200)).toBe(true);
      expect(twenty.length, `one computation sends ${one.length} queries`).toBe(one.length);
    } finally {
      await app.close();
      await fresh.close();
    }
  });
});
