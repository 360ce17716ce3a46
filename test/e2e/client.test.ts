// A client generated from the committed spec (types by openapi-typescript, calls by openapi-fetch) drives the
// service over real HTTP, as a pipeline or a dashboard in another code base would. Only the generated paths,
// parameters and bodies are used: when the spec stops describing the service, this fails to compile or to pass.
// The story is seed 004: Alibaba's FY26 Q4 guidance on cloud margin and Bailian MaaS ARR.
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import createClient, { type Client } from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../../src/app.js';
import { createApiKey } from '../../src/service/keys.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import type { components, paths } from './generated/saydo.js';

type Schemas = components['schemas'];

const ALIBABA: Schemas['CompanyCreateInput'] = {
  id: 'alibaba',
  name: 'Alibaba Group',
  tickers: ['BABA', '9988.HK'],
  currency: 'CNY',
  fiscalYearEndMonth: 3,
};

const METRICS: Schemas['MetricCreateInput'][] = [
  {
    companyId: 'alibaba',
    key: 'cloud.ebita_margin',
    name: 'Cloud Intelligence Group adjusted EBITA margin',
    unit: 'percent',
    kind: 'flow',
    goodDirection: 'higher',
    basis: 'adjusted',
    segment: 'Cloud Intelligence Group',
  },
  {
    companyId: 'alibaba',
    key: 'bailian.maas_arr',
    name: 'Bailian MaaS ARR',
    unit: 'CNY',
    kind: 'stock',
    goodDirection: 'higher',
  },
];

const CALL: Schemas['StatementSourceInput'] = { kind: 'call', title: 'FY2026 Q4 earnings call' };

const STATEMENTS: Schemas['StatementCreateInput'][] = [
  {
    companyId: 'alibaba',
    metric: 'cloud.ebita_margin',
    statedOn: '2026-05-15',
    source: CALL,
    quote: 'cloud EBITA margin will rise to the teens over the next two quarters',
    commitment: 'expect',
    target: { op: 'range', low: '13', high: '20', highInclusive: false, wording: 'the teens' },
    window: { period: 'FY2027Q1..FY2027Q2' },
    mode: 'all',
  },
  {
    companyId: 'alibaba',
    metric: 'bailian.maas_arr',
    statedOn: '2026-05-15',
    source: CALL,
    quote: 'Bailian MaaS ARR will reach RMB 10 billion in June',
    commitment: 'will',
    target: { op: 'gte', value: '10000000000', wording: 'RMB 10 billion' },
    window: { period: '2026-06' },
  },
  {
    companyId: 'alibaba',
    metric: 'bailian.maas_arr',
    statedOn: '2026-05-15',
    source: CALL,
    quote: 'Bailian MaaS ARR will surpass RMB 30 billion by the end of the year',
    commitment: 'will',
    target: { op: 'gt', value: '30000000000', wording: 'RMB 30 billion' },
    window: { start: '2026-05-15', end: '2026-12-31' },
  },
];

const ACTUALS: Schemas['ActualCreateInput'][] = [
  {
    companyId: 'alibaba',
    metric: 'cloud.ebita_margin',
    period: 'FY2027Q1',
    value: '13.5',
    unit: 'percent',
    publishedAt: '2026-08-20',
  },
  {
    companyId: 'alibaba',
    metric: 'cloud.ebita_margin',
    period: 'FY2027Q2',
    value: '14.2',
    unit: 'percent',
    publishedAt: '2026-11-20',
  },
  {
    companyId: 'alibaba',
    metric: 'bailian.maas_arr',
    date: '2026-06-30',
    value: '12000000000',
    unit: 'CNY',
    publishedAt: '2026-08-20',
  },
];

/** After the FY2027Q2 results came out. */
const AS_OF = '2026-11-21T00:00:00Z';

let db: TestDatabase;
let app: FastifyInstance;
let baseUrl = '';
let saydo: Client<paths, 'application/json'>;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await buildApp({ database: db });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const { key } = await createApiKey(db.db, 'e2e pipeline', 'write');
  saydo = createClient<paths, 'application/json'>({ baseUrl, headers: { authorization: `Bearer ${key}` } });
});

afterAll(async () => {
  await app?.close();
  await db?.destroy();
});

type Change = Schemas['Change'];

/**
 * Read the change feed from `after` until `done` holds for what came, long-polling a second at a time. The feed
 * shows a transaction once every older one on the server has finished, so a fresh change may take a moment.
 */
async function readFeed(
  after: string,
  done: (changes: Change[]) => boolean,
): Promise<{ changes: Change[]; cursor: string }> {
  const changes: Change[] = [];
  let cursor = after;
  // The feed shows a transaction once every older writing one has ended, anywhere on the server: allow for
  // another process's long transaction.
  const deadline = Date.now() + 25_000;
  while (Date.now() < deadline && !done(changes)) {
    const { data } = await saydo.GET('/v1/changes', {
      params: { query: { companyId: 'alibaba', after: cursor, wait: 1 } },
    });
    expect(data).toBeDefined();
    changes.push(...(data?.items ?? []));
    cursor = data?.nextCursor ?? cursor;
  }
  return { changes, cursor };
}

describe('a client generated from openapi/openapi.json', () => {
  const statementIds: string[] = [];
  const actualIds: string[] = [];
  let feedCursor = '0';

  it('creates a company, its metrics and its statements', async () => {
    const company = await saydo.POST('/v1/companies', { body: ALIBABA });
    expect(company.response.status).toBe(201);
    expect(company.data?.fiscalYearEndMonth).toBe(3);

    for (const metric of METRICS) {
      const { data, response } = await saydo.POST('/v1/metrics', { body: metric });
      expect(response.status).toBe(201);
      expect(data?.key).toBe(metric.key);
    }

    for (const statement of STATEMENTS) {
      const { data, response } = await saydo.POST('/v1/statements', { body: statement });
      expect(response.status, JSON.stringify(data)).toBe(201);
      expect(data?.quote).toBe(statement.quote);
      if (data) statementIds.push(data.id);
    }
    expect(statementIds).toHaveLength(3);
  });

  it('posts a batch of actuals with an Idempotency-Key, and a retry replays the first answer', async () => {
    const request = { params: { header: { 'idempotency-key': 'e2e-fy2027q2-release' } }, body: { items: ACTUALS } };
    const first = await saydo.POST('/v1/actuals/batch', request);
    expect(first.response.status, JSON.stringify(first.error)).toBe(201);
    expect(first.response.headers.get('idempotent-replayed')).toBeNull();
    expect(first.data?.count).toBe(3);
    actualIds.push(...(first.data?.items.map((item) => item.id) ?? []));

    const retry = await saydo.POST('/v1/actuals/batch', request);
    expect(retry.response.status).toBe(201);
    expect(retry.response.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.data).toEqual(first.data);

    const { data } = await saydo.GET('/v1/actuals', { params: { query: { companyId: 'alibaba' } } });
    expect(data?.items.map((a) => a.id).sort()).toEqual([...actualIds].sort());
  });

  it('polls a statement cheaply: If-None-Match with its ETag gets a 304', async () => {
    const statementId = statementIds[0] ?? '';
    const first = await saydo.GET('/v1/statements/{statementId}', { params: { path: { statementId } } });
    expect(first.response.status).toBe(200);
    expect(first.data?.id).toBe(statementId);
    const etag = first.response.headers.get('etag');
    expect(etag).toBeTruthy();

    const again = await saydo.GET('/v1/statements/{statementId}', {
      params: { path: { statementId } },
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(again.response.status).toBe(304);
    expect(again.data).toBeUndefined();
  });

  it('pages through the statements with cursors, each once', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const { data } = await saydo.GET('/v1/statements', {
        params: { query: { companyId: 'alibaba', limit: 1, cursor } },
      });
      expect(data?.items.length).toBeLessThanOrEqual(1);
      seen.push(...(data?.items.map((s) => s.id) ?? []));
      if (!data?.nextCursor) break;
      cursor = data.nextCursor;
    }
    expect([...seen].sort()).toEqual([...statementIds].sort());
  });

  it('scores the statements as of a knowledge time, one by one and on the scorecard', async () => {
    const [teens, june, yearEnd] = statementIds;
    const statusOf = async (statementId = '') => {
      const { data } = await saydo.GET('/v1/statements/{statementId}/evaluation', {
        params: { path: { statementId }, query: { asOf: AS_OF } },
      });
      return data?.status;
    };
    expect(await statusOf(teens)).toBe('met');
    expect(await statusOf(june)).toBe('met');
    expect(await statusOf(yearEnd)).toBe('pending');

    const { data } = await saydo.GET('/v1/companies/{companyId}/scorecard', {
      params: { path: { companyId: 'alibaba' }, query: { asOf: AS_OF } },
    });
    expect(data?.counts).toMatchObject({ met: 2, pending: 1, missed: 0, unreported: 0 });
    expect(data?.byMetric.map((group) => group.key).sort()).toEqual(['bailian.maas_arr', 'cloud.ebita_margin']);
  });

  it('lists every statement and actual once on the change feed', async () => {
    const created = (changes: Change[], kind: Change['kind']) =>
      changes
        .filter((c) => c.kind === kind)
        .map((c) => c.resourceId)
        .sort();
    const { changes, cursor } = await readFeed(
      '0',
      (c) => created(c, 'statement.created').length >= 3 && created(c, 'actual.created').length >= 3,
    );
    expect(created(changes, 'statement.created')).toEqual([...statementIds].sort());
    expect(created(changes, 'actual.created')).toEqual([...actualIds].sort());
    feedCursor = cursor;
  });

  it('gives a dashboard that kept its cursor only what moved since', async () => {
    const { data: later } = await saydo.POST('/v1/actuals', {
      body: {
        companyId: 'alibaba',
        metric: 'bailian.maas_arr',
        date: '2026-09-30',
        value: '21000000000',
        unit: 'CNY',
        publishedAt: '2026-11-20',
      },
    });
    expect(later).toBeDefined();
    const { changes } = await readFeed(feedCursor, (c) => c.some((change) => change.resourceId === later?.id));
    expect(changes.filter((c) => c.kind === 'actual.created').map((c) => c.resourceId)).toEqual([later?.id]);
    expect(changes.some((c) => c.kind === 'statement.created')).toBe(false);
  });
});

describe('the spec version', () => {
  const Versioned = z.object({ version: z.string() });
  const Spec = z.object({ info: Versioned });

  it("is package.json's version, in the committed spec and in the one the server serves", async () => {
    const read = async (file: string) => JSON.parse(await readFile(new URL(file, import.meta.url), 'utf8')) as unknown;
    const { version } = Versioned.parse(await read('../../package.json'));
    const committed = Spec.parse(await read('../../openapi/openapi.json'));
    const served = Spec.parse(await (await fetch(`${baseUrl}/openapi.json`)).json());
    expect(committed.info.version).toBe(version);
    expect(served.info.version).toBe(version);
  });
});
