// Random and malformed bodies against every write route. Each answer must be one the route documents in its
// OpenAPI document (a 2xx or a documented 4xx, never a 500), and after each answer the database must hold
// exactly what it says: a 201 adds what its body describes, a refusal adds nothing.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Statement } from '../../src/schemas/statements.js';
import { useTestApp } from '../support/app.js';
import { ALIBABA, get, post } from '../support/fixtures.js';
import { mixed } from '../support/junk.js';
import {
  RESOURCE_WRITE_OPERATIONS,
  type ResourceWriteOperation,
  WRITE_ROUTES,
  type WriteOperation,
  newActual,
  newApiKey,
  newStatement,
  seedWriteTargets,
} from '../support/write-routes.js';

const ctx = useTestApp({ rateLimitPerMinute: 1_000_000 });

// --- What the service documents, and what the database holds ---------------------------------------------------

type Documented = Record<string, Record<string, { responses: Record<string, unknown> }>>;
let documented: Documented = {};

function documentedStatuses(path: string, method: string): string[] {
  return Object.keys(documented[path]?.[method]?.responses ?? {});
}

const ENTITIES = ['companies', 'metrics', 'statements', 'revisions', 'actuals', 'retractions', 'api_keys'] as const;
type Entity = (typeof ENTITIES)[number];
type Counts = Record<Entity, number>;

async function entityCounts(): Promise<Counts> {
  const columns = ENTITIES.map((t) => `(select count(*) from ${t})::int as ${t}`).join(', ');
  const result = await ctx.db.pool.query<Counts>(`select ${columns}`);
  const row = result.rows[0];
  if (!row) throw new Error('no counts');
  return row;
}

const none = (): Counts => ({
  companies: 0,
  metrics: 0,
  statements: 0,
  revisions: 0,
  actuals: 0,
  retractions: 0,
  api_keys: 0,
});

// --- The world the requests act on ------------------------------------------------------------------------------

const world = {
  metricId: '',
  statement: '',
  compound: '',
  actual: '',
  retracted: '',
  key: '',
  unknown: randomUUID(),
};

beforeAll(async () => {
  const targets = await seedWriteTargets(ctx.app);
  documented = (await ctx.app.inject({ method: 'GET', url: '/openapi.json' })).json<{ paths: Documented }>().paths;
  world.metricId = targets.metricId;
  world.statement = targets.statementId;
  world.compound = (
    await post<{ parent: Statement }>(ctx.app, '/v1/statements/compound', WRITE_ROUTES.createCompoundStatement.body())
  ).parent.id;
  world.actual = targets.actualId;
  world.key = targets.keyId;
  world.retracted = await newActual(ctx.app, randomUUID());
  await post(ctx.app, `/v1/actuals/${world.retracted}/retractions`, { reason: 'entered twice' });
});

// --- Bodies: valid-looking objects with fields left out, kept, or replaced by junk ------------------------------

/** How much more often mixed() keeps a field valid than makes it junk. */
const VALID_WEIGHT = 4;

/** Mostly all of the valid fields, sometimes a mutated or partial copy, sometimes any JSON at all. */
function bodies(valid: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.record(valid) },
    { weight: 5, arbitrary: mixed(valid, VALID_WEIGHT) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}

/** Free text, sometimes with characters that JSON can carry but a database may not: lone UTF-16 surrogates. */
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom('\ud800', 'half \udc00 surrogate', 'a whole pair \ud83d\ude00') },
);
const isoDate = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const decimal = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
);
const metricKey = fc.constantFrom('cloud.ebita_margin', 'bailian.maas_arr', 'capex');
const target = fc.oneof(
  fc.record({ op: fc.constantFrom('gt', 'gte', 'lt', 'lte'), value: decimal }),
  fc.record({ op: fc.constant('range'), low: decimal, high: decimal }),
  fc.record({ op: fc.constant('about'), value: decimal, tolerance: decimal }),
);
const windowSpec = fc.oneof(
  fc.record({ period: fc.constantFrom('FY2027Q1', 'FY2027', '2026-06', 'CY2026', 'FY2027Q1..FY2027Q2') }),
  fc.record({ start: isoDate, end: fc.option(isoDate, { nil: null }) }),
);
const atomic = {
  metric: metricKey,
  commitment: fc.constantFrom('will', 'expect', 'target', 'aspire', 'may'),
  target,
  window: windowSpec,
  mode: fc.constantFrom('any', 'all', 'final'),
  graceDays: fc.integer({ min: 0, max: 365 }),
};
const source = fc.record(
  { kind: fc.constantFrom('call', 'press_release', 'filing', 'interview', 'other'), title: text },
  { requiredKeys: ['kind'] },
);
const actualFields = {
  companyId: fc.constantFrom('alibaba', 'alibaba', 'nobody'),
  metric: metricKey,
  period: fc.constantFrom('FY2027Q1', 'FY2027Q2', '2026-06', 'FY2027Q5'),
  value: decimal,
  unit: fc.constantFrom('percent', 'CNY', 'count'),
  publishedAt: fc.oneof(
    isoDate,
    isoDate.map((d) => `${d}T08:00:00Z`),
  ),
  note: text,
};
/** A stock figure as its metric wants it: a date, not a period. */
const stockFields = {
  ...actualFields,
  metric: fc.constant('bailian.maas_arr'),
  unit: fc.constant('CNY'),
  period: fc.constant(undefined),
  date: isoDate,
};
const actualBody = fc.oneof(bodies(actualFields), bodies(stockFields));

// --- The routes -------------------------------------------------------------------------------------------------

type Target = 'current' | 'unknown' | 'malformed' | 'compound' | 'retracted';

/** A lone UTF-16 surrogate: valid in a JSON string, not in PostgreSQL text or jsonb. */
const LONE_SURROGATE = 'keyed \ud800 twice';

/** How to fuzz one write route; its method and path are the shared table's. */
interface FuzzRoute {
  /** Which instance the request goes to: the one the world holds, or an id that names nothing. */
  target: fc.Arbitrary<Target>;
  url: (target: string) => string;
  body: fc.Arbitrary<unknown>;
  /** A valid body (the shared table's) whose free text holds a lone surrogate, always tried first. */
  edge: Record<string, unknown>;
  /** What a 2xx answer says it added. */
  added: (body: Record<string, unknown>) => Partial<Counts>;
  /** The stored state a 2xx answer describes, read back. */
  readBack?: (body: Record<string, unknown>) => Promise<void>;
  /** After a 2xx, make the world ready for the next request (a statement revises only once). */
  renew?: () => Promise<void>;
}

const valid = (operation: WriteOperation) => WRITE_ROUTES[operation].body();
const only = <T extends string>(value: T) => fc.constant(value);
const idOf = (target: string, current: string) =>
  target === 'unknown'
    ? world.unknown
    : target === 'malformed'
      ? 'not-a-uuid'
      : target === 'compound'
        ? world.compound
        : target === 'retracted'
          ? world.retracted
          : current;

async function expectStored(url: string, body: Record<string, unknown>): Promise<void> {
  expect(await get(ctx.app, url)).toMatchObject(body);
}

const FUZZ: Record<ResourceWriteOperation, FuzzRoute> = {
  createCompany: {
    edge: { ...valid('createCompany'), id: 'surrogate-co', name: LONE_SURROGATE },
    target: only('current'),
    url: () => '/v1/companies',
    body: bodies({
      id: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), fc.constant('alibaba')),
      name: text,
      tickers: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 }),
      currency: fc.constantFrom('CNY', 'USD', 'usd'),
      fiscalYearEndMonth: fc.integer({ min: 0, max: 13 }),
      reportingLagDays: fc.integer({ min: -1, max: 366 }),
    }),
    added: () => ({ companies: 1 }),
    readBack: (body) => expectStored(`/v1/companies/${String(body.id)}`, body),
  },
  createMetric: {
    edge: { ...valid('createMetric'), key: 'surrogate.metric', name: LONE_SURROGATE },
    target: only('current'),
    url: () => '/v1/metrics',
    body: bodies({
      companyId: fc.constantFrom('alibaba', 'nobody'),
      key: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_.]{0,12}$/), metricKey),
      name: text,
      unit: fc.constantFrom('percent', 'count', 'number', 'CNY', 'percentage'),
      kind: fc.constantFrom('flow', 'stock', 'level'),
      goodDirection: fc.constantFrom('higher', 'lower', 'neutral'),
      basis: fc.constantFrom('gaap', 'adjusted', 'operational'),
      segment: text,
    }),
    added: () => ({ metrics: 1 }),
    readBack: (body) => expectStored(`/v1/metrics/${String(body.id)}`, body),
  },
  createStatement: {
    edge: { ...valid('createStatement'), quote: LONE_SURROGATE },
    target: only('current'),
    url: () => '/v1/statements',
    body: bodies({
      companyId: fc.constantFrom('alibaba', 'nobody'),
      statedOn: isoDate,
      source,
      quote: text,
      ...atomic,
    }),
    added: () => ({ statements: 1 }),
    readBack: (body) => expectStored(`/v1/statements/${String(body.id)}`, body),
  },
  createCompoundStatement: {
    edge: { ...valid('createCompoundStatement'), quote: LONE_SURROGATE },
    target: only('current'),
    url: () => '/v1/statements/compound',
    body: bodies({
      companyId: fc.constantFrom('alibaba', 'nobody'),
      statedOn: isoDate,
      source,
      quote: text,
      parts: fc.array(fc.oneof(fc.record(atomic), mixed({ quote: text, ...atomic }, VALID_WEIGHT)), {
        minLength: 0,
        maxLength: 4,
      }),
    }),
    added: (body) => ({ statements: 1 + (body.parts as unknown[]).length }),
    readBack: async (body) => {
      for (const part of body.parts as Record<string, unknown>[])
        await expectStored(`/v1/statements/${String(part.id)}`, part);
    },
  },
  reviseStatement: {
    edge: { ...valid('reviseStatement'), note: LONE_SURROGATE },
    target: fc.constantFrom('current', 'current', 'current', 'compound', 'unknown', 'malformed'),
    url: (target) => `/v1/statements/${idOf(target, world.statement)}/revisions`,
    body: bodies({
      kind: fc.constantFrom('reiterated', 'raised', 'lowered', 'narrowed', 'widened', 'withdrawn', 'initiated'),
      statedOn: isoDate,
      note: text,
      statement: fc.oneof(
        fc.record({ source, quote: text, ...atomic }),
        mixed({ source, quote: text, ...atomic }, VALID_WEIGHT),
      ),
    }),
    added: (body) => ({ revisions: 1, statements: body.successor === null ? 0 : 1 }),
    readBack: (body) =>
      expectStored(`/v1/statements/${idOf('current', world.statement)}`, { revisedBy: body.revision }),
    renew: async () => {
      world.statement = await newStatement(ctx.app, randomUUID());
    },
  },
  createActual: {
    edge: { ...valid('createActual'), note: LONE_SURROGATE },
    target: only('current'),
    url: () => '/v1/actuals',
    body: actualBody,
    added: () => ({ actuals: 1 }),
    readBack: (body) => expectStored(`/v1/actuals/${String(body.id)}`, body),
  },
  createActualsBatch: {
    edge: {
      items: (valid('createActualsBatch').items as Record<string, unknown>[]).map((item) => ({
        ...item,
        note: LONE_SURROGATE,
      })),
    },
    target: only('current'),
    url: () => '/v1/actuals/batch',
    body: fc.oneof(
      fc.record({
        items: fc.array(fc.oneof(fc.record(actualFields), fc.record(stockFields)), { minLength: 1, maxLength: 40 }),
      }),
      fc.record({ items: fc.array(actualBody, { minLength: 0, maxLength: 40 }) }),
      bodies({ items: fc.array(actualBody, { maxLength: 3 }) }),
    ),
    added: (body) => ({ actuals: Number(body.count) }),
    readBack: async (body) => {
      const items = body.items as { id: string }[];
      expect(items).toHaveLength(Number(body.count));
      const stored = await ctx.db.pool.query('select id from actuals where id = any($1::uuid[])', [
        items.map((i) => i.id),
      ]);
      expect(stored.rowCount).toBe(items.length);
    },
  },
  retractActual: {
    edge: { ...valid('retractActual'), reason: LONE_SURROGATE },
    target: fc.constantFrom('current', 'current', 'current', 'retracted', 'unknown', 'malformed'),
    url: (target) => `/v1/actuals/${idOf(target, world.actual)}/retractions`,
    body: bodies({ reason: fc.oneof(text, fc.constant('')) }),
    added: () => ({ retractions: 1 }),
    readBack: (body) => expectStored(`/v1/actuals/${String(body.id)}`, { retraction: body.retraction }),
    renew: async () => {
      world.actual = await newActual(ctx.app, randomUUID());
    },
  },
  createApiKey: {
    edge: { ...valid('createApiKey'), name: LONE_SURROGATE },
    target: only('current'),
    url: () => '/v1/keys',
    body: bodies({ name: fc.oneof(text, fc.constant(' ')), scope: fc.constantFrom('read', 'write', 'admin', 'root') }),
    added: () => ({ api_keys: 1 }),
    readBack: async (body) => {
      const { key: _key, ...stored } = body;
      await expectStored(`/v1/keys/${String(body.id)}`, stored);
    },
  },
  revokeApiKey: {
    edge: { ...valid('revokeApiKey'), reason: LONE_SURROGATE },
    target: fc.constantFrom('current', 'current', 'current', 'unknown', 'malformed'),
    url: (target) => `/v1/keys/${idOf(target, world.key)}/revocations`,
    body: bodies({ reason: fc.oneof(text, fc.constant('')) }),
    added: () => ({}),
    readBack: (body) => expectStored(`/v1/keys/${String(body.id)}`, { revokedAt: body.revokedAt }),
    renew: async () => {
      world.key = await newApiKey(ctx.app, randomUUID());
    },
  },
  updateCompany: {
    edge: { ...valid('updateCompany'), name: LONE_SURROGATE },
    target: fc.constantFrom('current', 'current', 'current', 'current', 'unknown'),
    url: (target) => `/v1/companies/${target === 'unknown' ? 'nobody' : ALIBABA.id}`,
    body: bodies({
      name: text,
      tickers: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 }),
      reportingLagDays: fc.integer({ min: -1, max: 366 }),
      currency: fc.constant('USD'),
    }),
    added: () => ({}),
    readBack: (body) => expectStored(`/v1/companies/${ALIBABA.id}`, body),
  },
  updateMetric: {
    edge: { ...valid('updateMetric'), description: LONE_SURROGATE },
    target: fc.constantFrom('current', 'current', 'current', 'current', 'unknown', 'malformed'),
    url: (target) => `/v1/metrics/${idOf(target, world.metricId)}`,
    body: bodies({
      name: text,
      basis: fc.constantFrom('gaap', 'adjusted', 'operational', null),
      segment: fc.option(text, { nil: null }),
      description: fc.option(text, { nil: null }),
      unit: fc.constant('count'),
    }),
    added: () => ({}),
    readBack: (body) => expectStored(`/v1/metrics/${world.metricId}`, body),
  },
};

const ROUTES = RESOURCE_WRITE_OPERATIONS.map((operation) => ({
  name: operation,
  method: WRITE_ROUTES[operation].method,
  path: WRITE_ROUTES[operation].path,
  ...FUZZ[operation],
}));

// --- The property -------------------------------------------------------------------------------------------------

describe.each(ROUTES)('$name with random and malformed bodies', (route) => {
  it('answers only what the OpenAPI document lists for it, and the database holds exactly what each answer says', async () => {
    const method = route.method.toLowerCase();
    const listed = documentedStatuses(route.path, method);
    expect(listed.length, `${route.name} is not in the OpenAPI document`).toBeGreaterThan(0);

    // The time limit below interrupts the property, but fast-check cannot stop a run already going: it keeps
    // running, its outcome ignored. Its writes must not land in the next route's row counts, so the last run
    // is awaited before this test ends.
    let lastRun: Promise<unknown> = Promise.resolve();
    const check = async (target: Target, payload: unknown) => {
      const url = route.url(target);
      let ifMatch: Record<string, string> = {};
      if (route.method === 'PATCH') {
        // A valid If-Match: the ETag of the current version, read just before.
        const current = await ctx.app.inject({ method: 'GET', url });
        ifMatch = { 'if-match': typeof current.headers.etag === 'string' ? current.headers.etag : '*' };
      }
      const before = await entityCounts();
      const response = await ctx.app.inject({
        method: route.method,
        url,
        payload: JSON.stringify(payload),
        headers: { 'content-type': 'application/json', ...ifMatch },
      });
      const context = `${route.method} ${url} ${JSON.stringify(payload)?.slice(0, 300)} -> ${response.statusCode} ${response.body.slice(0, 300)}`;

      expect(response.statusCode, context).toBeLessThan(500);
      expect(listed, context).toContain(String(response.statusCode));

      const after = await entityCounts();
      const success = response.statusCode >= 200 && response.statusCode < 300;
      const body = success ? response.json<Record<string, unknown>>() : {};
      const expected = { ...none(), ...(success ? route.added(body) : {}) };
      const delta = Object.fromEntries(ENTITIES.map((t) => [t, after[t] - before[t]]));
      expect(delta, context).toEqual(expected);
      if (success) {
        await route.readBack?.(body);
        await route.renew?.();
      }
    };
    await fc.assert(
      fc.asyncProperty(route.target, route.body, (target, payload) => {
        const run = check(target, payload);
        lastRun = run.catch(() => undefined);
        return run;
      }),
      {
        numRuns: 150,
        interruptAfterTimeLimit: 5_000,
        markInterruptAsFailure: false,
        examples: [['current', route.edge]],
      },
    );
    await lastRun;
  });
});
