// Optimistic concurrency: an update names the version it read, so two editors cannot silently overwrite each
// other. PATCH needs If-Match (428 without, 412 when stale); revisions and retractions honour it when sent.
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actual } from '../../src/schemas/actuals.js';
import type { Metric } from '../../src/schemas/metrics.js';
import type { Statement } from '../../src/schemas/statements.js';
import { expectProblem, tableCounts, useTestApp } from '../support/app.js';
import { ALIBABA, CLOUD_MARGIN, TEENS_STATEMENT, actual, post, seedAlibaba } from '../support/fixtures.js';

const ctx = useTestApp({ rateLimitPerMinute: 1_000_000 });

async function read(url: string): Promise<{ etag: string; body: unknown }> {
  const response = await ctx.app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  const etag = response.headers.etag;
  if (typeof etag !== 'string') throw new Error(`GET ${url} sent no ETag`);
  return { etag, body: response.json() };
}

function send(
  method: 'PATCH' | 'POST',
  url: string,
  payload: Record<string, unknown>,
  ifMatch?: string,
): Promise<LightMyRequestResponse> {
  return ctx.app.inject({ method, url, payload, headers: ifMatch === undefined ? {} : { 'if-match': ifMatch } });
}

let unique = 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Resource {
  name: string;
  /** A fresh instance of the resource; returns its URL. */
  create: () => Promise<string>;
  /** A change, different each call. */
  change: () => Record<string, unknown>;
}

const RESOURCES: Resource[] = [
  {
    name: 'company',
    create: async () => {
      unique += 1;
      await post(ctx.app, '/v1/companies', { ...ALIBABA, id: `edited-${unique}`, name: `Edited ${unique}` });
      return `/v1/companies/edited-${unique}`;
    },
    change: () => ({ name: `Renamed ${(unique += 1)}` }),
  },
  {
    name: 'metric',
    create: async () => {
      unique += 1;
      const metric = await post<Metric>(ctx.app, '/v1/metrics', { ...CLOUD_MARGIN, key: `edited.${unique}` });
      return `/v1/metrics/${metric.id}`;
    },
    change: () => ({ name: `Renamed ${(unique += 1)}` }),
  },
];

beforeAll(async () => {
  await seedAlibaba(ctx.app);
});

describe.each(RESOURCES)('PATCH of a $name', ({ create, change }) => {
  it('needs If-Match: without it the answer is 428 and nothing changes', async () => {
    const url = await create();
    const before = { version: await read(url), counts: await tableCounts(ctx.db) };
    const response = await send('PATCH', url, change());
    const problem = expectProblem(response, 428);
    expect(problem.type).toMatch(/precondition-required$/);
    expect(await read(url)).toEqual(before.version);
    expect(await tableCounts(ctx.db)).toEqual(before.counts);
  });

  it('with the current ETag is applied (200), and the ETag changes to that of the new version', async () => {
    const url = await create();
    const original = await read(url);
    const patch = change();
    const response = await send('PATCH', url, patch, original.etag);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject(patch);
    const updated = await read(url);
    expect(updated.etag).not.toBe(original.etag);
    expect(updated.body).toEqual(response.json());
  });

  it('is seen at once by a client that was polling the resource: its next GET has the new version and ETag', async () => {
    const url = await create();
    for (let round = 0; round < 5; round += 1) {
      let polled = await read(url);
      for (let i = 0; i < 3; i += 1) {
        await sleep(20);
        polled = await read(url);
      }
      const response = await send('PATCH', url, change(), polled.etag);
      expect(response.statusCode, response.body).toBe(200);
      const next = await read(url);
      expect(next.body, `GET right after PATCH number ${round + 1}`).toEqual(response.json());
      expect(next.etag).not.toBe(polled.etag);
    }
  });

  it('with a stale ETag is refused with 412 and changes nothing', async () => {
    const url = await create();
    const original = await read(url);
    expect((await send('PATCH', url, change(), original.etag)).statusCode).toBe(200);
    const current = { version: await read(url), counts: await tableCounts(ctx.db) };

    const problem = expectProblem(await send('PATCH', url, change(), original.etag), 412);
    expect(problem.type).toMatch(/precondition-failed$/);
    expect(await read(url)).toEqual(current.version);
    expect(await tableCounts(ctx.db)).toEqual(current.counts);
  });

  it('with If-Match: * is applied whatever the version', async () => {
    const url = await create();
    const patch = change();
    const response = await send('PATCH', url, patch, '*');
    expect(response.statusCode, response.body).toBe(200);
    expect((await read(url)).body).toMatchObject(patch);
  });

  it('with a list of ETags is applied when one of them is current', async () => {
    const url = await create();
    const { etag } = await read(url);
    const response = await send('PATCH', url, change(), `"not-this-one", ${etag}`);
    expect(response.statusCode, response.body).toBe(200);
  });

  it('from two editors who read the same version lets exactly one win; the other gets 412', async () => {
    const url = await create();
    const { etag } = await read(url);
    const [first, second] = [change(), change()];
    const answers = await Promise.all([send('PATCH', url, first, etag), send('PATCH', url, second, etag)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 412]);
    const winner = answers[0]?.statusCode === 200 ? first : second;
    expect((await read(url)).body).toMatchObject(winner);
  });

  it('answers 404 for a resource that does not exist, even with If-Match: *', async () => {
    const url = await create();
    const missing = url.replace(/[^/]+$/, (last) =>
      last.includes('-') && last.length === 36 ? '00000000-0000-4000-8000-000000000000' : 'no-such-company',
    );
    expectProblem(await send('PATCH', missing, change(), '*'), 404);
  });
});

describe('POST /v1/statements/{id}/revisions with If-Match', () => {
  async function guidance(): Promise<{ statement: Statement; url: string }> {
    unique += 1;
    const statement = await post<Statement>(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      quote: `teens, take ${unique}`,
    });
    return { statement, url: `/v1/statements/${statement.id}` };
  }
  const withdrawal = { kind: 'withdrawn', statedOn: '2026-08-20' };

  it('is applied when it names the ETag of the current GET of the statement', async () => {
    const { url } = await guidance();
    const { etag } = await read(url);
    const response = await send('POST', `${url}/revisions`, withdrawal, etag);
    expect(response.statusCode, response.body).toBe(201);
  });

  it('is refused with 412 when another editor revised the statement after its ETag was read, and writes nothing', async () => {
    const { url } = await guidance();
    const { etag } = await read(url);
    expect(
      (await send('POST', `${url}/revisions`, { kind: 'withdrawn', statedOn: '2026-08-21', note: 'first editor' }))
        .statusCode,
    ).toBe(201);
    const before = await tableCounts(ctx.db);
    expectProblem(await send('POST', `${url}/revisions`, withdrawal, etag), 412);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('is refused with 412 when it names a version that never was, and writes nothing', async () => {
    const { url } = await guidance();
    const before = await tableCounts(ctx.db);
    expectProblem(await send('POST', `${url}/revisions`, withdrawal, '"not-a-version"'), 412);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('gives a statement the same ETag on two GETs when nothing changed in between', async () => {
    const { url } = await guidance();
    expect((await read(url)).etag).toBe((await read(url)).etag);
  });
});

describe('POST /v1/actuals/{id}/retractions with If-Match', () => {
  async function figure(): Promise<string> {
    unique += 1;
    // A fact of its own: a value not given before, published a minute after the last (one fact is stored once).
    const fact = {
      value: `13.5${String(unique).padStart(3, '0')}`,
      publishedAt: new Date(Date.UTC(2026, 7, 20) + unique * 60_000).toISOString(),
    };
    const created = await post<Actual>(ctx.app, '/v1/actuals', actual({ ...fact, note: `figure ${unique}` }));
    return `/v1/actuals/${created.id}`;
  }
  const retraction = { reason: 'keyed from the wrong segment' };

  it('is applied when it names the ETag of the current GET of the actual', async () => {
    const url = await figure();
    const { etag } = await read(url);
    const response = await send('POST', `${url}/retractions`, retraction, etag);
    expect(response.statusCode, response.body).toBe(201);
    expect((await read(url)).etag).not.toBe(etag);
  });

  it('is refused with 412 when it names another version, and writes nothing', async () => {
    const url = await figure();
    const other = await read(await figure());
    const before = await tableCounts(ctx.db);
    expectProblem(await send('POST', `${url}/retractions`, retraction, other.etag), 412);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('is applied without If-Match: the header is optional here', async () => {
    const url = await figure();
    expect((await send('POST', `${url}/retractions`, retraction)).statusCode).toBe(201);
  });
});

describe('the OpenAPI document', () => {
  it('documents 412 for every write that honours If-Match, and 428 where it is required', async () => {
    const document = (await ctx.app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    }>();
    const statuses = (path: string, method: string) => Object.keys(document.paths[path]?.[method]?.responses ?? {});
    expect(statuses('/v1/companies/{companyId}', 'patch')).toEqual(expect.arrayContaining(['412', '428']));
    expect(statuses('/v1/metrics/{metricId}', 'patch')).toEqual(expect.arrayContaining(['412', '428']));
    expect(statuses('/v1/statements/{statementId}/revisions', 'post')).toContain('412');
    expect(statuses('/v1/actuals/{actualId}/retractions', 'post')).toContain('412');
  });
});
