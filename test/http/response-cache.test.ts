// Conditional GETs, as a dashboard polling every few seconds relies on them: every GET has a strong ETag naming
// its exact bytes, If-None-Match gets a 304 with no body, an unchanged answer costs no query at all, and a write,
// on this instance or another one on the same database, changes the answer.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, type DatabaseHandle } from '../../src/db/client.js';
import type { Metric } from '../../src/schemas/metrics.js';
import type { Statement } from '../../src/schemas/statements.js';
import { buildCheckedApp, useTestApp } from '../support/app.js';
import { testClock } from '../support/clock.js';
import { TEENS_STATEMENT, actual, get, post, readFeedUntil, seedCompanyLike, watchPool } from '../support/fixtures.js';

// Every instance reads "now" from this clock, fixed after all the data below, so answers "as of now" do not
// depend on the date the suite runs; the calendar tests move it.
const NOW = '2025-06-01T12:00:00.000Z';
const clock = testClock(NOW);
const ctx = useTestApp({ sweepIntervalMs: 0, clock });

const STRONG_ETAG = /^"[A-Za-z0-9_-]+"$/;

/** A second instance with a pool of its own, and an instance with no response cache; both on this file's database. */
let otherDatabase: DatabaseHandle;
let other: FastifyInstance;
let uncached: FastifyInstance;

let statement: Statement;
let metric: Metric;
let actualId = '';
let published = 0;

/** The teens guidance on FY2025Q1..FY2025Q2 reported once more, as a restatement published a day later each time. */
async function restateTeensQuarter(app: FastifyInstance, value: string): Promise<void> {
  published += 1;
  const response = await app.inject({
    method: 'POST',
    url: '/v1/actuals',
    headers: { authorization: `Bearer ${ctx.adminKey}` },
    payload: actual({
      companyId: 'etag-co',
      period: 'FY2025Q1',
      value,
      publishedAt: new Date(Date.UTC(2024, 7, 1) + published * 86_400_000).toISOString(),
    }),
  });
  expect(response.statusCode, response.body).toBe(201);
}

async function getFrom(app: FastifyInstance, url: string, ifNoneMatch?: string): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url, headers: ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch } });
}

/** GET until this instance answers from its cache (it caches once it knows when the next scheduled change is). */
async function warm(app: FastifyInstance, url: string): Promise<LightMyRequestResponse> {
  const deadline = Date.now() + 3_000;
  for (;;) {
    const response = await getFrom(app, url);
    expect(response.statusCode, response.body).toBe(200);
    if (response.headers['x-cache'] === 'hit' || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** GET until the ETag differs from `stale`, for up to `ms`. */
async function etagAfter(
  app: FastifyInstance,
  url: string,
  stale: string,
  ms = 2_000,
): Promise<LightMyRequestResponse> {
  const deadline = Date.now() + ms;
  for (;;) {
    const response = await getFrom(app, url);
    if (response.headers.etag !== stale || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

beforeAll(async () => {
  await seedCompanyLike(ctx.app, 'etag-co');
  const [first] = (await get<{ items: Metric[] }>(ctx.app, '/v1/metrics?companyId=etag-co')).items;
  if (!first) throw new Error('etag-co has no metric');
  metric = first;
  // Every window here closed long ago: nothing is scheduled to change by itself, so only writes change answers.
  statement = await post<Statement>(ctx.app, '/v1/statements', {
    ...TEENS_STATEMENT,
    companyId: 'etag-co',
    statedOn: '2024-05-15',
    window: { period: 'FY2025Q1..FY2025Q2' },
  });
  actualId = (
    await post<{ id: string }>(
      ctx.app,
      '/v1/actuals',
      actual({ companyId: 'etag-co', period: 'FY2025Q2', value: '14', publishedAt: '2024-11-15' }),
    )
  ).id;
  otherDatabase = connect(ctx.db.url, { max: 4 });
  other = await buildCheckedApp({ database: otherDatabase, sweepIntervalMs: 0, clock });
  uncached = await buildCheckedApp({ database: ctx.db, listen: false, sweepIntervalMs: 0, clock });
});

afterAll(async () => {
  await other?.close();
  await uncached?.close();
  await otherDatabase?.close();
});

const readUrls = () => [
  '/v1/companies',
  '/v1/companies/etag-co',
  '/v1/companies/etag-co/scorecard',
  '/v1/companies/etag-co/scorecard?asOf=2024-12-01',
  '/v1/companies/etag-co/scorecard/series?from=2024-04-01&to=2025-03-31',
  // GET /v1/leaderboard is specified with the rankings, in leaderboard.test.ts.
  '/v1/metrics?companyId=etag-co',
  `/v1/metrics/${metric.id}`,
  '/v1/statements?companyId=etag-co',
  `/v1/statements/${statement.id}`,
  `/v1/statements/${statement.id}/evaluation`,
  `/v1/statements/${statement.id}/evaluation?asOf=2024-10-01`,
  `/v1/statements/${statement.id}/history`,
  '/v1/actuals?companyId=etag-co',
  `/v1/actuals/${actualId}`,
  '/v1/changes?after=0',
  '/v1/audit',
];

describe('ETags and If-None-Match', () => {
  it('gives every GET a strong ETag, and If-None-Match with it a 304 with no body', async () => {
    // The feed shows a transaction once every older one has finished: wait until it shows what was written.
    await readFeedUntil(ctx.app, 'companyId=etag-co', (changes) => changes.some((c) => c.resourceId === actualId));
    for (const url of readUrls()) {
      const first = await ctx.app.inject({ method: 'GET', url });
      expect(first.statusCode, `${url}: ${first.body}`).toBe(200);
      const etag = first.headers.etag;
      expect(etag, url).toMatch(STRONG_ETAG);
      if (typeof etag !== 'string') throw new Error(`${url} sent no ETag`);

      const again = await ctx.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
      expect(again.statusCode, url).toBe(304);
      expect(again.body, url).toBe('');
      expect(again.headers.etag, url).toBe(etag);

      // A list of candidates matches if any does; a different ETag gets the whole body.
      const listed = await ctx.app.inject({ method: 'GET', url, headers: { 'if-none-match': `"nope", ${etag}` } });
      expect(listed.statusCode, url).toBe(304);
      const changed = await ctx.app.inject({
        method: 'GET',
        url,
        headers: { 'if-none-match': '"some-other-version"' },
      });
      expect(changed.statusCode, url).toBe(200);
      expect(changed.body, url).toBe(first.body);
    }
  });

  it('answers GET /v1/statements/{id} twice in a row with byte-identical bodies and the same ETag, cache or no cache', async () => {
    for (const url of [
      `/v1/statements/${statement.id}`,
      '/v1/statements?companyId=etag-co',
      '/v1/companies/etag-co/scorecard',
    ]) {
      const first = await getFrom(uncached, url);
      const second = await getFrom(uncached, url);
      expect(first.statusCode, url).toBe(200);
      expect(first.headers['x-cache'], `${url}: the uncached instance computes every answer`).toBeUndefined();
      expect(second.body, url).toBe(first.body);
      expect(second.headers.etag, url).toBe(first.headers.etag);
      // The caching instance sends the very same bytes.
      const cached = await warm(ctx.anonymous, url);
      expect(cached.body, url).toBe(first.body);
      expect(cached.headers.etag, url).toBe(first.headers.etag);
    }
  });

  it('changes the ETag of the statement, its list and its scorecard after a write that changes them', async () => {
    const urls = [
      `/v1/statements/${statement.id}`,
      '/v1/statements?companyId=etag-co',
      '/v1/companies/etag-co/scorecard',
    ];
    const before = new Map<string, LightMyRequestResponse>();
    for (const url of urls) before.set(url, await warm(ctx.anonymous, url));
    await restateTeensQuarter(ctx.app, '9');
    for (const url of urls) {
      const old = before.get(url);
      const stale = String(old?.headers.etag);
      const fresh = await etagAfter(ctx.anonymous, url, stale);
      expect(fresh.statusCode, url).toBe(200);
      expect(fresh.headers.etag, url).toMatch(STRONG_ETAG);
      expect(fresh.headers.etag, url).not.toBe(stale);
      expect(fresh.body, url).not.toBe(old?.body);
      // The old ETag no longer gets a 304.
      expect((await getFrom(ctx.anonymous, url, stale)).statusCode, url).toBe(200);
    }
    expect((await getFrom(ctx.anonymous, `/v1/statements/${statement.id}`)).json<unknown>()).toMatchObject({
      evaluation: { status: 'missed' },
    });
  });

  it('answers the very next GET after a write on the same instance with the new ETag', async () => {
    // A client that posts an actual and then reads the statement must see its own write.
    const url = `/v1/statements/${statement.id}`;
    const stale: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const before = await warm(ctx.anonymous, url);
      await restateTeensQuarter(ctx.app, i % 2 === 0 ? '14' : '9');
      const after = await getFrom(ctx.anonymous, url);
      if (after.headers.etag === before.headers.etag)
        stale.push(`write ${i}: served ${String(after.headers['x-cache'] ?? 'computed')}`);
    }
    expect(stale, 'GETs that answered with the pre-write body after the write had returned 201').toEqual([]);
  });
});

describe('the cached path issues no SQL', () => {
  for (const [name, url] of [
    ['a statement', () => `/v1/statements/${statement.id}`],
    ['a list', () => '/v1/statements?companyId=etag-co&limit=10'],
    ['a scorecard', () => '/v1/companies/etag-co/scorecard'],
  ] as const) {
    it(`answers a repeated GET of ${name}, 304 or 200, with zero queries once cached`, async () => {
      const cached = await warm(ctx.anonymous, url());
      expect(cached.headers['x-cache']).toBe('hit');
      const etag = String(cached.headers.etag);
      const watch = watchPool(ctx.db.pool);
      try {
        for (let i = 0; i < 3; i += 1) {
          const notModified = await getFrom(ctx.anonymous, url(), etag);
          expect(notModified.statusCode).toBe(304);
          expect(notModified.body).toBe('');
          const whole = await getFrom(ctx.anonymous, url());
          expect(whole.statusCode).toBe(200);
          expect(whole.body).toBe(cached.body);
          expect(whole.headers.etag).toBe(etag);
        }
        expect(watch.queries.map((q) => q.text)).toEqual([]);
        expect(watch.acquired).toBe(0);
      } finally {
        watch.stop();
      }
    });
  }

  it('counts queries with a watch that does see an uncached GET', async () => {
    const watch = watchPool(ctx.db.pool);
    try {
      await getFrom(uncached, `/v1/statements/${statement.id}`);
    } finally {
      watch.stop();
    }
    expect(watch.acquired).toBeGreaterThan(0);
    expect(watch.queries.length).toBeGreaterThan(0);
  });
});

describe('several instances on one database', () => {
  it("invalidates this instance's cache within a short time when another instance writes", async () => {
    const url = `/v1/statements/${statement.id}`;
    const before = await warm(ctx.anonymous, url);
    expect(before.headers['x-cache']).toBe('hit');
    const beforeStatus = before.json<{ evaluation: { status: string } }>().evaluation.status;
    await restateTeensQuarter(other, beforeStatus === 'met' ? '9' : '14');

    const started = Date.now();
    const fresh = await etagAfter(ctx.anonymous, url, String(before.headers.etag), 2_000);
    expect(
      fresh.headers.etag,
      `still the old ETag ${Date.now() - started} ms after the other instance's write`,
    ).not.toBe(before.headers.etag);
    // Both instances now send the same bytes under the same ETag.
    const there = await getFrom(other, url);
    expect(fresh.body).toBe(there.body);
    expect(fresh.headers.etag).toBe(there.headers.etag);
    expect(fresh.json<{ evaluation: { status: string } }>().evaluation.status).toBe(
      beforeStatus === 'met' ? 'missed' : 'met',
    );
  });
});

describe('answers "as of now" that move with the calendar', () => {
  const lastQuarter = (response: LightMyRequestResponse) =>
    response.json<{ points: { quarter: string }[] }>().points.at(-1)?.quarter;

  afterEach(() => {
    clock.set(NOW);
  });

  it('stops serving the default scorecard series once a fiscal quarter has ended overnight', async () => {
    // Without from/to, the series runs up to today: on 2027-03-31 it gains FY2027Q4 (January to March 2027).
    // Nothing in this database is scheduled to change then, and nothing is written.
    const url = '/v1/companies/etag-co/scorecard/series';
    clock.set('2027-03-30T23:59:59Z');
    let cached = await getFrom(ctx.anonymous, url);
    for (let i = 0; i < 200 && cached.headers['x-cache'] !== 'hit'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      cached = await getFrom(ctx.anonymous, url);
    }
    expect(cached.headers['x-cache']).toBe('hit');
    expect(lastQuarter(cached)).toBe('FY2027Q3');

    clock.set('2027-03-31T00:00:01Z');
    const computed = await getFrom(uncached, url);
    expect(lastQuarter(computed)).toBe('FY2027Q4');
    const served = await getFrom(ctx.anonymous, url);
    expect(lastQuarter(served), `served from ${String(served.headers['x-cache'] ?? 'a fresh computation')}`).toBe(
      'FY2027Q4',
    );
    expect(served.headers.etag).toBe(computed.headers.etag);
  });
});
