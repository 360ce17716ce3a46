// Several instances behind one load balancer: two apps on the same database, each with its own pool, cache and
// LISTEN connection, serve the same answers under the same ETags and the same feed, whichever one took the write.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { connect, type DatabaseHandle } from '../../src/db/client.js';
import { createApiKey } from '../../src/service/keys.js';
import type { ActualInput } from '../../src/schemas/actuals.js';
import { buildCheckedApp, useTestApp } from '../support/app.js';
import { type FeedChange, TEENS_STATEMENT, actual, readFeedAfter, seedCompanyLike } from '../support/fixtures.js';

const ctx = useTestApp({ sweepIntervalMs: 0 });

let secondDatabase: DatabaseHandle;
let second: FastifyInstance;
const instances = () => ({ first: ctx.anonymous, second });

beforeAll(async () => {
  secondDatabase = connect(ctx.db.url, { max: 4 });
  second = await buildCheckedApp({ database: secondDatabase, sweepIntervalMs: 0 });
  await seedCompanyLike(ctx.app, 'twin-co');
});

afterAll(async () => {
  await second?.close();
  await secondDatabase?.close();
});

/** POST through one instance with the admin key; returns the created resource's id. */
async function postThrough(app: FastifyInstance, url: string, payload: object): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url,
    payload,
    headers: { authorization: `Bearer ${ctx.adminKey}` },
  });
  expect(response.statusCode, response.body).toBe(201);
  const body = response.json<{ id?: string }>();
  return body.id ?? '';
}

function margin(fields: Partial<z.input<typeof ActualInput>>): z.input<typeof ActualInput> {
  return actual({ companyId: 'twin-co', ...fields });
}

/**
 * GET a URL from both instances until they agree and, when `stale` is given, both have moved on from it (a cache
 * hears of another instance's write a moment later); gives up after two seconds.
 */
async function bothAgree(url: string, stale?: string): Promise<[LightMyRequestResponse, LightMyRequestResponse]> {
  const { first, second: other } = instances();
  const deadline = Date.now() + 2_000;
  for (;;) {
    const a = await first.inject({ method: 'GET', url });
    const b = await other.inject({ method: 'GET', url });
    const agree = a.headers.etag === b.headers.etag && a.body === b.body;
    if ((agree && (stale === undefined || a.body !== stale)) || Date.now() > deadline) return [a, b];
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('two instances on one database', () => {
  it('serve the same answers under the same ETags after writes through either', async () => {
    const { first, second: other } = instances();
    const statementId = await postThrough(other, '/v1/statements', {
      ...TEENS_STATEMENT,
      companyId: 'twin-co',
      statedOn: '2024-05-15',
      window: { period: 'FY2025Q1..FY2025Q2' },
    });
    const urls = [
      `/v1/statements/${statementId}`,
      `/v1/statements/${statementId}/history`,
      `/v1/statements/${statementId}/evaluation?asOf=2024-12-01`,
      '/v1/statements?companyId=twin-co',
      '/v1/statements?companyId=twin-co&status=met',
      '/v1/actuals?companyId=twin-co',
      '/v1/companies/twin-co/scorecard',
      '/v1/companies/twin-co/scorecard/series?from=2024-04-01&to=2025-03-31',
      '/v1/companies',
      '/v1/metrics?companyId=twin-co',
    ];
    const writes: [string, () => Promise<string>][] = [
      [
        'an actual through the first',
        () => postThrough(first, '/v1/actuals', margin({ period: 'FY2025Q1', value: '14', publishedAt: '2024-08-20' })),
      ],
      [
        'an actual through the second',
        () => postThrough(other, '/v1/actuals', margin({ period: 'FY2025Q2', value: '12', publishedAt: '2024-11-15' })),
      ],
      [
        'a restatement through the first',
        () =>
          postThrough(first, '/v1/actuals', margin({ period: 'FY2025Q2', value: '13.5', publishedAt: '2025-01-20' })),
      ],
    ];
    let restatement = '';
    const actualsList = '/v1/actuals?companyId=twin-co';
    for (const [what, write] of writes) {
      const before = (await bothAgree(actualsList))[0].body;
      restatement = await write();
      // Both instances show the new actual within a moment, whichever took the write...
      const [listA, listB] = await bothAgree(actualsList, before);
      expect(listA.body, `${actualsList} on the first instance after ${what}`).not.toBe(before);
      expect(listB.body, `${actualsList} on the second instance after ${what}`).not.toBe(before);
      // ...and then answer every read alike.
      for (const url of urls) {
        const [a, b] = await bothAgree(url);
        expect(a.statusCode, `${url} after ${what}`).toBe(200);
        expect(a.headers.etag, `${url} after ${what}`).toBe(b.headers.etag);
        expect(a.body, `${url} after ${what}`).toBe(b.body);
      }
    }
    // And a retraction through the second.
    const statementUrl = `/v1/statements/${statementId}`;
    const beforeRetraction = (await bothAgree(statementUrl))[0].body;
    await postThrough(other, `/v1/actuals/${restatement}/retractions`, { reason: 'wrong quarter' });
    const [a, b] = await bothAgree(statementUrl, beforeRetraction);
    expect(a.body).toBe(b.body);
    expect(a.headers.etag).toBe(b.headers.etag);
    expect(a.json<{ evaluation: { status: string } }>().evaluation.status).toBe('missed');
  });

  it('serve the same change feed', async () => {
    const { first, second: other } = instances();
    const total = Number(
      (await ctx.db.pool.query<{ n: string }>(`select count(*)::text as n from changes where company_id = 'twin-co'`))
        .rows[0]?.n,
    );
    const fromFirst = await readFeedAfter(first, '0', 'companyId=twin-co', (c) => c.length >= total);
    const fromSecond = await readFeedAfter(other, '0', 'companyId=twin-co', (c) => c.length >= total);
    expect(fromFirst.changes).toHaveLength(total);
    expect(fromSecond.changes).toEqual(fromFirst.changes);
    expect(fromSecond.cursor).toBe(fromFirst.cursor);
    // Page by page too, with the same ETags.
    const url = `/v1/changes?after=0&companyId=twin-co&limit=3`;
    const [pageA, pageB] = [await first.inject({ method: 'GET', url }), await other.inject({ method: 'GET', url })];
    expect(pageA.body).toBe(pageB.body);
    expect(pageA.headers.etag).toBe(pageB.headers.etag);
  });

  it('wake a long poll on one instance for a write through the other', async () => {
    const { first, second: other } = instances();
    const total = Number(
      (await ctx.db.pool.query<{ n: string }>(`select count(*)::text as n from changes where company_id = 'twin-co'`))
        .rows[0]?.n,
    );
    const { cursor } = await readFeedAfter(first, '0', 'companyId=twin-co', (c) => c.length >= total);
    const waiting = first.inject({ method: 'GET', url: `/v1/changes?after=${cursor}&companyId=twin-co&wait=5` });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const id = await postThrough(
      other,
      '/v1/actuals',
      margin({ period: 'FY2025Q3', value: '15', publishedAt: '2025-02-20' }),
    );
    const wroteAt = Date.now();
    const response = await waiting;
    expect(Date.now() - wroteAt, 'ms from the write on the second instance to the answer on the first').toBeLessThan(
      3_000,
    );
    expect(response.json<{ items: FeedChange[] }>().items.map((c) => [c.kind, c.resourceId])).toEqual([
      ['actual.created', id],
    ]);
  });

  it('stop honouring a key on one instance within a second of its revocation through the other', async () => {
    const { key, row } = await createApiKey(ctx.db.db, 'leaver', 'read');
    const poll = () =>
      second.inject({ method: 'GET', url: '/v1/companies/twin-co', headers: { authorization: `Bearer ${key}` } });
    // Verified once, then remembered by the second instance: its later polls do not look the key up.
    expect((await poll()).statusCode).toBe(200);
    expect((await poll()).statusCode).toBe(200);
    const revoked = await ctx.anonymous.inject({
      method: 'POST',
      url: `/v1/keys/${row.id}/revocations`,
      payload: { reason: 'left the team' },
      headers: { authorization: `Bearer ${ctx.adminKey}` },
    });
    expect(revoked.statusCode, revoked.body).toBe(201);
    const started = Date.now();
    let status = 200;
    while (status === 200 && Date.now() - started < 1_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = (await poll()).statusCode;
    }
    expect(status).toBe(401);
  });
});
