// Bad input gets a 4xx and changes nothing: never a 500, never a half-written write. Every write route is fed a
// table of malformed requests, then random JSON mixing valid and invalid fields.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actual } from '../../src/schemas/actuals.js';
import type { Statement } from '../../src/schemas/statements.js';
import { tableCounts, useTestApp } from '../support/app.js';
import { TEENS_STATEMENT, actual, post } from '../support/fixtures.js';
import { DIGITS_140K, mixed } from '../support/junk.js';
import {
  COMPOUND_PART,
  REPLACEMENT,
  RESOURCE_WRITE_OPERATIONS,
  type ResourceWriteOperation,
  WRITE_ROUTES,
  type WriteOperation,
  type WriteTargets,
  newApiKey,
  seedWriteTargets,
} from '../support/write-routes.js';

// A generous rate limit: this file sends many more requests a minute than a client would.
const ctx = useTestApp({ rateLimitPerMinute: 1_000_000 });

/** Ids the malformed requests refer to, created before any of them is sent. */
type World = WriteTargets & { compound: string; retracted: string; revokedKey: string; unknown: string };
const world: World = {
  companyId: '',
  metricId: '',
  statementId: '',
  actualId: '',
  keyId: '',
  compound: '',
  retracted: '',
  revokedKey: '',
  unknown: randomUUID(),
};

// --- What each route accepts, to break one field at a time --------------------------------------------------

const COMPANY = WRITE_ROUTES.createCompany.body();
const METRIC = WRITE_ROUTES.createMetric.body();
const STATEMENT = WRITE_ROUTES.createStatement.body();
const PART = COMPOUND_PART;
const COMPOUND = WRITE_ROUTES.createCompoundStatement.body();
const REVISION = WRITE_ROUTES.reviseStatement.body();
const ACTUAL = WRITE_ROUTES.createActual.body();
const ARR_ACTUAL = {
  ...actual({ metric: 'bailian.maas_arr', unit: 'CNY', value: '12000000000' }),
  period: undefined,
  date: '2026-06-30',
};
const RETRACTION = WRITE_ROUTES.retractActual.body();
const KEY = WRITE_ROUTES.createApiKey.body();
const REVOCATION = WRITE_ROUTES.revokeApiKey.body();

beforeAll(async () => {
  Object.assign(world, await seedWriteTargets(ctx.app));
  world.compound = (await post<{ parent: Statement }>(ctx.app, '/v1/statements/compound', COMPOUND)).parent.id;
  world.retracted = (
    await post<Actual>(ctx.app, '/v1/actuals', actual({ period: 'FY2027Q2', publishedAt: '2026-11-15' }))
  ).id;
  await post(ctx.app, `/v1/actuals/${world.retracted}/retractions`, { reason: 'entered twice' });
  world.revokedKey = await newApiKey(ctx.app, 'revoked');
  await post(ctx.app, `/v1/keys/${world.revokedKey}/revocations`, { reason: 'leaked' });
});

/** The POST routes, each with the body it accepts; the PATCH routes are further down. */
type Route = Exclude<ResourceWriteOperation, 'updateCompany' | 'updateMetric'>;
const POST_OPERATIONS = RESOURCE_WRITE_OPERATIONS.filter((op): op is Route => WRITE_ROUTES[op].method === 'POST');

const ROUTES = Object.fromEntries(
  POST_OPERATIONS.map((op) => [op, { url: WRITE_ROUTES[op].path, valid: WRITE_ROUTES[op].body() }]),
) as Record<Route, { url: string; valid: Record<string, unknown> }>;

interface Attempt {
  what: string;
  /** Defaults to the route's URL; the route's parameters and {compound}, {retracted} and {unknown} are filled in. */
  url?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent exactly as written, instead of body. */
  raw?: string;
  contentType?: string;
  /** The status the contract names, when it names one; otherwise any 4xx will do. */
  status?: number;
  /** A pointer (or parameter) the problem's errors must name. */
  names?: string;
}

const DECIMALS_20K = `0.${'1'.repeat(20_000)}`;
const HUGE = 'x'.repeat(100_000);
const NUL = 'Fresh\u0000Co';

const without = (body: Record<string, unknown>, key: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(body).filter(([k]) => k !== key));

/** Malformed in the same way whatever the route. */
function generic(): Attempt[] {
  return [
    { what: 'a body that is not JSON at all', raw: '{"companyId": "alibaba",', status: 400 },
    { what: 'JSON that tries prototype poisoning', raw: '{"__proto__": {"admin": true}}', status: 400 },
    { what: 'an empty body declared as JSON', raw: '', status: 400 },
    { what: 'an XML body', raw: '<request/>', contentType: 'application/xml', status: 415 },
    {
      what: 'a form-encoded body',
      raw: 'reason=x&id=y',
      contentType: 'application/x-www-form-urlencoded',
      status: 415,
    },
    { what: 'a plain-text body', raw: 'please record this', contentType: 'text/plain' },
    { what: 'JSON null', raw: 'null' },
    { what: 'a JSON array', body: [], status: 422 },
    { what: 'a JSON string', body: 'alibaba', status: 422 },
    { what: 'a JSON number', body: 42, status: 422 },
    { what: 'an empty object', body: {}, status: 422 },
  ];
}

const TABLE: Record<Route, Attempt[]> = {
  createCompany: [
    { what: 'no id', body: without(COMPANY, 'id'), status: 422, names: '/id' },
    { what: 'no name', body: without(COMPANY, 'name'), status: 422, names: '/name' },
    { what: 'a null name', body: { ...COMPANY, name: null }, status: 422, names: '/name' },
    {
      what: 'fiscalYearEndMonth as a string',
      body: { ...COMPANY, fiscalYearEndMonth: '3' },
      status: 422,
      names: '/fiscalYearEndMonth',
    },
    {
      what: 'fiscalYearEndMonth 13',
      body: { ...COMPANY, fiscalYearEndMonth: 13 },
      status: 422,
      names: '/fiscalYearEndMonth',
    },
    {
      what: 'fiscalYearEndMonth 2.5',
      body: { ...COMPANY, fiscalYearEndMonth: 2.5 },
      status: 422,
      names: '/fiscalYearEndMonth',
    },
    {
      what: 'a negative reporting lag',
      body: { ...COMPANY, reportingLagDays: -1 },
      status: 422,
      names: '/reportingLagDays',
    },
    { what: 'a lowercase currency', body: { ...COMPANY, currency: 'cny' }, status: 422, names: '/currency' },
    { what: 'tickers as a string', body: { ...COMPANY, tickers: 'BABA' }, status: 422, names: '/tickers' },
    { what: 'an id that is not a slug', body: { ...COMPANY, id: 'Fresh Co' }, status: 422, names: '/id' },
    { what: 'a 100,000-character name', body: { ...COMPANY, name: HUGE }, status: 422, names: '/name' },
    { what: 'a name with a NUL character', body: { ...COMPANY, name: NUL } },
    { what: 'a ticker with a NUL character', body: { ...COMPANY, tickers: ['BA\u0000BA'] } },
    { what: 'the id of an existing company', body: { ...COMPANY, id: 'alibaba' }, status: 409 },
  ],
  createMetric: [
    {
      what: 'a company that does not exist',
      body: { ...METRIC, companyId: 'nobody' },
      status: 422,
      names: '/companyId',
    },
    { what: 'companyId as a number', body: { ...METRIC, companyId: 42 }, status: 422, names: '/companyId' },
    { what: 'no key', body: without(METRIC, 'key'), status: 422, names: '/key' },
    { what: 'no kind', body: without(METRIC, 'kind'), status: 422, names: '/kind' },
    { what: "the unknown unit 'percentage'", body: { ...METRIC, unit: 'percentage' }, status: 422, names: '/unit' },
    { what: "the unknown kind 'level'", body: { ...METRIC, kind: 'level' }, status: 422, names: '/kind' },
    {
      what: "the unknown direction 'up'",
      body: { ...METRIC, goodDirection: 'up' },
      status: 422,
      names: '/goodDirection',
    },
    { what: "the unknown basis 'ifrs'", body: { ...METRIC, basis: 'ifrs' }, status: 422, names: '/basis' },
    { what: 'a key with capitals and a space', body: { ...METRIC, key: 'Fresh Metric' }, status: 422, names: '/key' },
    {
      what: 'a 100,000-character description',
      body: { ...METRIC, description: HUGE },
      status: 422,
      names: '/description',
    },
    { what: 'a name with a NUL character', body: { ...METRIC, name: NUL } },
    { what: 'the key of an existing metric', body: { ...METRIC, key: 'capex' }, status: 409 },
  ],
  createStatement: [
    {
      what: 'a company that does not exist',
      body: { ...STATEMENT, companyId: 'nobody' },
      status: 422,
      names: '/companyId',
    },
    {
      what: 'a metric the company lacks',
      body: { ...STATEMENT, metric: 'cloud.nonexistent' },
      status: 422,
      names: '/metric',
    },
    { what: 'no target', body: without(STATEMENT, 'target'), status: 422, names: '/target' },
    { what: 'no window', body: without(STATEMENT, 'window'), status: 422, names: '/window' },
    { what: 'no source', body: without(STATEMENT, 'source'), status: 422, names: '/source' },
    {
      what: "the unknown commitment 'promise'",
      body: { ...STATEMENT, commitment: 'promise' },
      status: 422,
      names: '/commitment',
    },
    { what: "the unknown mode 'some'", body: { ...STATEMENT, mode: 'some' }, status: 422, names: '/mode' },
    {
      what: "the unknown target op 'between'",
      body: { ...STATEMENT, target: { op: 'between', value: '13' } },
      status: 422,
    },
    {
      what: "an exponent decimal '1e5'",
      body: { ...STATEMENT, target: { op: 'gt', value: '1e5' } },
      status: 422,
      names: '/target/value',
    },
    {
      what: "a decimal comma '12,4'",
      body: { ...STATEMENT, target: { op: 'gt', value: '12,4' } },
      status: 422,
      names: '/target/value',
    },
    {
      what: "a signed decimal '+12'",
      body: { ...STATEMENT, target: { op: 'gt', value: '+12' } },
      status: 422,
      names: '/target/value',
    },
    {
      what: "'NaN' as a value",
      body: { ...STATEMENT, target: { op: 'gt', value: 'NaN' } },
      status: 422,
      names: '/target/value',
    },
    {
      what: "a hex value '0x10'",
      body: { ...STATEMENT, target: { op: 'gt', value: '0x10' } },
      status: 422,
      names: '/target/value',
    },
    {
      what: 'a boolean value',
      body: { ...STATEMENT, target: { op: 'gt', value: true } },
      status: 422,
      names: '/target/value',
    },
    {
      what: 'a range whose low is above its high',
      body: { ...STATEMENT, target: { op: 'range', low: '20', high: '13' } },
      status: 422,
      names: '/target/high',
    },
    {
      what: 'a negative tolerance',
      body: { ...STATEMENT, target: { op: 'about', value: '15', tolerance: '-1' } },
      status: 422,
      names: '/target/tolerance',
    },
    {
      what: 'an about target with both an amount and a percentage tolerance',
      body: { ...STATEMENT, target: { op: 'about', value: '15', tolerance: '1', tolerancePercent: '2' } },
      status: 422,
      names: '/target/tolerancePercent',
    },
    {
      what: 'an about target with no tolerance',
      body: { ...STATEMENT, target: { op: 'about', value: '15' } },
      status: 422,
      names: '/target/tolerance',
    },
    {
      what: 'a negative percentage tolerance',
      body: { ...STATEMENT, target: { op: 'about', value: '15', tolerancePercent: '-2' } },
      status: 422,
      names: '/target/tolerancePercent',
    },
    {
      what: "the impossible date '2026-02-30'",
      body: { ...STATEMENT, statedOn: '2026-02-30' },
      status: 422,
      names: '/statedOn',
    },
    {
      what: "a day-first date '15/05/2026'",
      body: { ...STATEMENT, statedOn: '15/05/2026' },
      status: 422,
      names: '/statedOn',
    },
    {
      what: "an unpadded date '2026-5-15'",
      body: { ...STATEMENT, statedOn: '2026-5-15' },
      status: 422,
      names: '/statedOn',
    },
    { what: "statedOn in year zero, '0000-01-01'", body: { ...STATEMENT, statedOn: '0000-01-01' } },
    { what: 'an empty window', body: { ...STATEMENT, window: {} }, status: 422 },
    {
      what: "the shorthand 'FY2027Q5'",
      body: { ...STATEMENT, window: { period: 'FY2027Q5' } },
      status: 422,
      names: '/window/period',
    },
    { what: "the shorthand 'FY0001', which starts in year zero", body: { ...STATEMENT, window: { period: 'FY0001' } } },
    { what: "the month '0000-06'", body: { ...STATEMENT, window: { period: '0000-06' } } },
    { what: 'a window starting in year zero', body: { ...STATEMENT, window: { start: '0000-01-01', end: null } } },
    { what: 'a negative grace', body: { ...STATEMENT, graceDays: -1 }, status: 422, names: '/graceDays' },
    { what: 'a fractional grace', body: { ...STATEMENT, graceDays: 1.5 }, status: 422, names: '/graceDays' },
    { what: 'grace as a string', body: { ...STATEMENT, graceDays: '60' }, status: 422, names: '/graceDays' },
    {
      what: 'a parentId that is not a uuid',
      body: { ...STATEMENT, parentId: 'parent' },
      status: 422,
      names: '/parentId',
    },
    {
      what: 'a parentId that names no statement',
      body: { ...STATEMENT, parentId: randomUUID() },
      status: 422,
      names: '/parentId',
    },
    { what: 'an empty quote', body: { ...STATEMENT, quote: '' }, status: 422, names: '/quote' },
    { what: 'a 100,000-character quote', body: { ...STATEMENT, quote: HUGE }, status: 422, names: '/quote' },
    { what: 'a quote with a NUL character', body: { ...STATEMENT, quote: NUL } },
    {
      what: "the unknown source kind 'tweet'",
      body: { ...STATEMENT, source: { kind: 'tweet' } },
      status: 422,
      names: '/source/kind',
    },
    {
      what: 'a source URL that is not a URL',
      body: { ...STATEMENT, source: { kind: 'call', url: 'not a url' } },
      status: 422,
      names: '/source/url',
    },
    { what: 'a source title with a NUL character', body: { ...STATEMENT, source: { kind: 'call', title: NUL } } },
    { what: 'a target of 140,001 digits', body: { ...STATEMENT, target: { op: 'gt', value: DIGITS_140K } } },
    { what: 'a target with 20,000 decimal places', body: { ...STATEMENT, target: { op: 'gt', value: DECIMALS_20K } } },
  ],
  createCompoundStatement: [
    { what: 'no parts', body: { ...COMPOUND, parts: [] }, status: 422, names: '/parts' },
    {
      what: 'twenty-one parts',
      body: { ...COMPOUND, parts: Array.from({ length: 21 }, () => PART) },
      status: 422,
      names: '/parts',
    },
    { what: 'parts that are not an array', body: { ...COMPOUND, parts: PART }, status: 422, names: '/parts' },
    { what: 'an empty part', body: { ...COMPOUND, parts: [PART, {}] }, status: 422 },
    {
      what: 'a part on a metric the company lacks',
      body: { ...COMPOUND, parts: [PART, { ...PART, metric: 'no.such' }] },
      status: 422,
      names: '/parts/1/metric',
    },
    {
      what: "a part with the shorthand 'FY2027Q5'",
      body: { ...COMPOUND, parts: [PART, { ...PART, window: { period: 'FY2027Q5' } }] },
      status: 422,
      names: '/parts/1/window/period',
    },
    {
      what: "a part with an exponent decimal '1e5'",
      body: { ...COMPOUND, parts: [{ ...PART, target: { op: 'gt', value: '1e5' } }] },
      status: 422,
      names: '/parts/0/target/value',
    },
    { what: 'no quote', body: without(COMPOUND, 'quote'), status: 422, names: '/quote' },
    {
      what: 'a company that does not exist',
      body: { ...COMPOUND, companyId: 'nobody' },
      status: 422,
      names: '/companyId',
    },
    { what: 'a part quote with a NUL character', body: { ...COMPOUND, parts: [PART, { ...PART, quote: NUL }] } },
    {
      what: "a part with the shorthand 'FY0001'",
      body: { ...COMPOUND, parts: [PART, { ...PART, window: { period: 'FY0001' } }] },
    },
    {
      what: 'a part target of 140,001 digits',
      body: { ...COMPOUND, parts: [PART, { ...PART, target: { op: 'gt', value: DIGITS_140K } }] },
    },
  ],
  reviseStatement: [
    {
      what: 'a statement id that is not a uuid',
      url: '/v1/statements/not-a-uuid/revisions',
      body: REVISION,
      status: 422,
      names: 'statementId',
    },
    {
      what: 'a numeric statement id',
      url: '/v1/statements/123/revisions',
      body: REVISION,
      status: 422,
      names: 'statementId',
    },
    { what: 'a statement that does not exist', url: '/v1/statements/{unknown}/revisions', body: REVISION, status: 404 },
    {
      what: "the kind 'initiated', which only a first statement has",
      body: { ...REVISION, kind: 'initiated' },
      status: 422,
      names: '/kind',
    },
    { what: "the unknown kind 'doubled'", body: { ...REVISION, kind: 'doubled' }, status: 422, names: '/kind' },
    // An omitted kind is derived from the numbers; with no replacing statement there are no numbers to derive from.
    {
      what: 'no kind and no replacing statement',
      body: without(without(REVISION, 'kind'), 'statement'),
      status: 422,
      names: '/statement',
    },
    {
      what: 'a raise with no replacing statement',
      body: without(REVISION, 'statement'),
      status: 422,
      names: '/statement',
    },
    {
      what: 'a withdrawal with a replacing statement',
      body: { ...REVISION, kind: 'withdrawn' },
      status: 422,
      names: '/statement',
    },
    {
      what: 'a date before the statement it revises',
      body: { ...REVISION, statedOn: '2026-01-01' },
      status: 422,
      names: '/statedOn',
    },
    {
      what: "the impossible date '2026-02-30'",
      body: { ...REVISION, statedOn: '2026-02-30' },
      status: 422,
      names: '/statedOn',
    },
    {
      what: 'a replacement on a metric the company lacks',
      body: { ...REVISION, statement: { ...REPLACEMENT, metric: 'no.such' } },
      status: 422,
      names: '/statement/metric',
    },
    {
      what: "a replacement with an exponent decimal '1e5'",
      body: { ...REVISION, statement: { ...REPLACEMENT, target: { op: 'gte', value: '1e5' } } },
      status: 422,
      names: '/statement/target/value',
    },
    {
      what: "a replacement with the shorthand 'garbage'",
      body: { ...REVISION, statement: { ...REPLACEMENT, window: { period: 'garbage' } } },
      status: 422,
      names: '/statement/window/period',
    },
    {
      what: 'a compound statement, which is revised through its parts',
      url: '/v1/statements/{compound}/revisions',
      body: { kind: 'withdrawn', statedOn: '2026-08-20' },
      status: 422,
    },
    { what: 'a 100,000-character note', body: { ...REVISION, note: HUGE }, status: 422, names: '/note' },
    { what: 'a note with a NUL character', body: { kind: 'withdrawn', statedOn: '2026-08-20', note: NUL } },
    {
      what: "a replacement with the shorthand 'FY0001'",
      body: { ...REVISION, statement: { ...REPLACEMENT, window: { period: 'FY0001' } } },
    },
  ],
  createActual: [
    {
      what: 'a company that does not exist',
      body: { ...ACTUAL, companyId: 'nobody' },
      status: 422,
      names: '/companyId',
    },
    { what: 'a metric the company lacks', body: { ...ACTUAL, metric: 'no.such' }, status: 422, names: '/metric' },
    { what: 'a unit the metric is not measured in', body: { ...ACTUAL, unit: 'CNY' }, status: 422, names: '/unit' },
    { what: "the unknown unit 'percentage'", body: { ...ACTUAL, unit: 'percentage' }, status: 422, names: '/unit' },
    { what: "an exponent decimal '1e5'", body: { ...ACTUAL, value: '1e5' }, status: 422, names: '/value' },
    { what: "a decimal comma '12,4'", body: { ...ACTUAL, value: '12,4' }, status: 422, names: '/value' },
    { what: 'a boolean value', body: { ...ACTUAL, value: true }, status: 422, names: '/value' },
    { what: 'a null value', body: { ...ACTUAL, value: null }, status: 422, names: '/value' },
    { what: 'no value', body: without(ACTUAL, 'value'), status: 422, names: '/value' },
    { what: 'an object as value', body: { ...ACTUAL, value: { amount: '12.4' } }, status: 422, names: '/value' },
    {
      what: "the impossible publication date '2026-02-30'",
      body: { ...ACTUAL, publishedAt: '2026-02-30' },
      status: 422,
      names: '/publishedAt',
    },
    {
      what: "the publication date 'yesterday'",
      body: { ...ACTUAL, publishedAt: 'yesterday' },
      status: 422,
      names: '/publishedAt',
    },
    {
      what: 'a publication time with no offset',
      body: { ...ACTUAL, publishedAt: '2026-08-20T10:00:00' },
      status: 422,
      names: '/publishedAt',
    },
    { what: "the shorthand 'FY2027Q5'", body: { ...ACTUAL, period: 'FY2027Q5' }, status: 422, names: '/period' },
    {
      what: 'a date for a flow',
      body: { ...ACTUAL, period: undefined, date: '2026-06-30' },
      status: 422,
      names: '/date',
    },
    {
      what: 'period fields for a stock',
      body: { ...ARR_ACTUAL, date: undefined, periodStart: '2026-04-01', periodEnd: '2026-06-30' },
      status: 422,
      names: '/periodStart',
    },
    {
      what: 'both date and period for a stock',
      body: { ...ARR_ACTUAL, period: '2026-06' },
      status: 422,
      names: '/date',
    },
    {
      what: 'a period that ends before it starts',
      body: { ...ACTUAL, period: undefined, periodStart: '2026-06-30', periodEnd: '2026-04-01' },
      status: 422,
      names: '/periodEnd',
    },
    {
      what: 'period together with periodStart and periodEnd',
      body: { ...ACTUAL, periodStart: '2026-04-01', periodEnd: '2026-06-30' },
      status: 422,
      names: '/period',
    },
    {
      what: "the impossible periodStart '2026-02-30'",
      body: { ...ACTUAL, period: undefined, periodStart: '2026-02-30', periodEnd: '2026-06-30' },
      status: 422,
      names: '/periodStart',
    },
    { what: 'a 100,000-character note', body: { ...ACTUAL, note: HUGE }, status: 422, names: '/note' },
    {
      what: 'a source URL that is not a URL',
      body: { ...ACTUAL, source: { url: 'not a url' } },
      status: 422,
      names: '/source/url',
    },
    { what: 'source as a string', body: { ...ACTUAL, source: 'annual report' }, status: 422, names: '/source' },
    { what: 'a note with a NUL character', body: { ...ACTUAL, note: NUL } },
    { what: "a publication date in year zero, '0000-01-01'", body: { ...ACTUAL, publishedAt: '0000-01-01' } },
    { what: "the shorthand 'CY0000'", body: { ...ACTUAL, period: 'CY0000' } },
    { what: 'a stock measured in year zero', body: { ...ARR_ACTUAL, date: '0000-06-30' } },
    { what: 'a value of 140,001 digits', body: { ...ACTUAL, value: DIGITS_140K } },
    { what: 'a value with 20,000 decimal places', body: { ...ACTUAL, value: DECIMALS_20K } },
    {
      what: "a publication time in year zero once read in UTC, '0001-01-01T00:00:00+01:00'",
      body: { ...ACTUAL, publishedAt: '0001-01-01T00:00:00+01:00' },
    },
    {
      what: "a publication time past year 9999 once read in UTC, '9999-12-31T23:59:59-14:00'",
      body: { ...ACTUAL, publishedAt: '9999-12-31T23:59:59-14:00' },
    },
  ],
  createActualsBatch: [
    { what: 'no items', body: { items: [] }, status: 422, names: '/items' },
    { what: 'items left out', body: {}, status: 422, names: '/items' },
    { what: 'items that are not an array', body: { items: ACTUAL }, status: 422, names: '/items' },
    { what: 'an empty item', body: { items: [ACTUAL, {}] }, status: 422 },
    {
      what: 'one item in a unit its metric is not measured in, among good ones',
      body: { items: [ACTUAL, { ...ACTUAL, unit: 'CNY' }, ACTUAL] },
      status: 422,
      names: '/items/1/unit',
    },
    {
      what: 'an item of a company that does not exist',
      body: { items: [ACTUAL, { ...ACTUAL, companyId: 'nobody' }] },
      status: 422,
      names: '/items/1/companyId',
    },
    {
      what: 'an item on a metric the company lacks',
      body: { items: [{ ...ACTUAL, metric: 'no.such' }] },
      status: 422,
      names: '/items/0/metric',
    },
    {
      what: "an item with an exponent decimal '1e5'",
      body: { items: [ACTUAL, { ...ACTUAL, value: '1e5' }] },
      status: 422,
      names: '/items/1/value',
    },
    {
      what: 'an item with a date for a flow',
      body: { items: [{ ...ACTUAL, period: undefined, date: '2026-06-30' }] },
      status: 422,
      names: '/items/0/date',
    },
    {
      what: '10,001 items',
      body: { items: Array.from({ length: 10_001 }, () => ACTUAL) },
      status: 422,
      names: '/items',
    },
    { what: 'an item with a NUL character in its note', body: { items: [ACTUAL, { ...ACTUAL, note: NUL }] } },
    {
      what: "an item published in year zero once read in UTC, '0001-01-01T00:00:00+01:00'",
      body: { items: [ACTUAL, { ...ACTUAL, publishedAt: '0001-01-01T00:00:00+01:00' }] },
    },
    { what: 'an item with a value of 140,001 digits', body: { items: [ACTUAL, { ...ACTUAL, value: DIGITS_140K }] } },
  ],
  retractActual: [
    {
      what: 'an actual id that is not a uuid',
      url: '/v1/actuals/not-a-uuid/retractions',
      body: RETRACTION,
      status: 422,
      names: 'actualId',
    },
    { what: 'an actual that does not exist', url: '/v1/actuals/{unknown}/retractions', body: RETRACTION, status: 404 },
    { what: 'an actual already retracted', url: '/v1/actuals/{retracted}/retractions', body: RETRACTION, status: 409 },
    { what: 'an empty reason', body: { reason: '' }, status: 422, names: '/reason' },
    { what: 'a null reason', body: { reason: null }, status: 422, names: '/reason' },
    { what: 'a numeric reason', body: { reason: 123 }, status: 422, names: '/reason' },
    { what: 'a 100,000-character reason', body: { reason: HUGE }, status: 422, names: '/reason' },
    { what: 'a reason with a NUL character', body: { reason: NUL } },
  ],
  createApiKey: [
    { what: 'no name', body: without(KEY, 'name'), status: 422, names: '/name' },
    { what: 'a blank name', body: { ...KEY, name: '   ' }, status: 422, names: '/name' },
    { what: 'no scope', body: without(KEY, 'scope'), status: 422, names: '/scope' },
    { what: 'an unknown scope', body: { ...KEY, scope: 'root' }, status: 422, names: '/scope' },
    { what: 'a scope in capitals', body: { ...KEY, scope: 'ADMIN' }, status: 422, names: '/scope' },
    { what: 'a 100,000-character name', body: { ...KEY, name: HUGE }, status: 422, names: '/name' },
    { what: 'a name with a NUL character', body: { ...KEY, name: NUL } },
  ],
  revokeApiKey: [
    {
      what: 'a key id that is not a uuid',
      url: '/v1/keys/not-a-uuid/revocations',
      body: REVOCATION,
      status: 422,
      names: 'keyId',
    },
    { what: 'a key that does not exist', url: '/v1/keys/{unknown}/revocations', body: REVOCATION, status: 404 },
    { what: 'a key already revoked', url: '/v1/keys/{revokedKey}/revocations', body: REVOCATION, status: 409 },
    { what: 'no reason', body: {}, status: 422, names: '/reason' },
    { what: 'a blank reason', body: { reason: ' ' }, status: 422, names: '/reason' },
    { what: 'a numeric reason', body: { reason: 123 }, status: 422, names: '/reason' },
    { what: 'a 100,000-character reason', body: { reason: HUGE }, status: 422, names: '/reason' },
    { what: 'a reason with a NUL character', body: { reason: NUL } },
  ],
};

// --- Sending and judging ------------------------------------------------------------------------------------

/** A GET's answer as a resource: a problem (no such resource) names its own request, which is no change. */
function withoutRequestId(response: LightMyRequestResponse): unknown {
  if (!String(response.headers['content-type']).startsWith('application/problem+json')) return response.body;
  const { requestId: _requestId, ...problem } = response.json<Record<string, unknown>>();
  return problem;
}

interface ProblemShape {
  type?: unknown;
  title?: unknown;
  status?: unknown;
  errors?: { pointer?: unknown; parameter?: unknown; detail?: unknown }[];
}

function urlOf(template: string): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    if (!(key in world)) throw new Error(`nothing to put in {${key}} of ${template}`);
    return world[key as keyof World] ?? '';
  });
}

async function send(
  url: string,
  attempt: Pick<Attempt, 'body' | 'raw' | 'contentType'>,
): Promise<LightMyRequestResponse> {
  return ctx.app.inject({
    method: 'POST',
    url: urlOf(url),
    payload: attempt.raw ?? JSON.stringify(attempt.body),
    headers: { 'content-type': attempt.contentType ?? 'application/json' },
  });
}

/** The shape every refusal shares: a 4xx problem+json with type, title and status, and pointers when invalid. */
function expectRefusal(response: LightMyRequestResponse, what: string): ProblemShape {
  const context = `${what}: ${response.statusCode} ${response.body.slice(0, 400)}`;
  expect(response.statusCode, context).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, context).toBeLessThan(500);
  expect(response.headers['content-type'], context).toMatch(/^application\/problem\+json/);
  const problem = response.json<ProblemShape>();
  expect(typeof problem.type, context).toBe('string');
  expect(typeof problem.title, context).toBe('string');
  expect(problem.status, context).toBe(response.statusCode);
  if (response.statusCode === 422) {
    expect(problem.errors?.length ?? 0, context).toBeGreaterThan(0);
    for (const error of problem.errors ?? []) {
      expect(typeof error.pointer === 'string' || typeof error.parameter === 'string', context).toBe(true);
      expect(typeof error.detail, context).toBe('string');
    }
  }
  return problem;
}

describe.each(Object.keys(ROUTES) as Route[])('POST %s', (route) => {
  const { url } = ROUTES[route];

  it.each([...generic(), ...TABLE[route]])('refuses $what with a 4xx problem and changes nothing', async (attempt) => {
    const before = await tableCounts(ctx.db);
    const response = await send(attempt.url ?? url, attempt);
    const problem = expectRefusal(response, attempt.what);
    if (attempt.status !== undefined) expect(response.statusCode, response.body.slice(0, 400)).toBe(attempt.status);
    if (attempt.names !== undefined) {
      expect(problem.errors?.flatMap((e) => [e.pointer, e.parameter])).toContain(attempt.names);
    }
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('refuses a body over the size limit with a 413 problem and changes nothing', async () => {
    const limit = ctx.app.initialConfig.bodyLimit ?? 1024 * 1024;
    const before = await tableCounts(ctx.db);
    const response = await send(url, { body: { ...ROUTES[route].valid, note: 'x'.repeat(limit) } });
    expectRefusal(response, 'a body over the limit');
    expect(response.statusCode).toBe(413);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });
});

// --- Updates: a refused PATCH leaves the resource byte for byte as it was -----------------------------------

type Patchable = Extract<WriteOperation, 'updateCompany' | 'updateMetric'>;

const PATCHES: Record<Patchable, { url: string; valid: Record<string, unknown>; attempts: Attempt[] }> = {
  updateCompany: {
    url: WRITE_ROUTES.updateCompany.path,
    valid: WRITE_ROUTES.updateCompany.body(),
    attempts: [
      { what: 'a change of fiscal year-end, which cannot change', body: { fiscalYearEndMonth: 12 }, status: 422 },
      { what: 'a change of currency, which cannot change', body: { currency: 'USD' }, status: 422 },
      { what: 'an empty name', body: { name: '' }, status: 422, names: '/name' },
      { what: 'a null name', body: { name: null }, status: 422, names: '/name' },
      { what: 'a negative reporting lag', body: { reportingLagDays: -1 }, status: 422, names: '/reportingLagDays' },
      { what: 'tickers as a string', body: { tickers: 'BABA' }, status: 422, names: '/tickers' },
      { what: 'a 100,000-character name', body: { name: HUGE }, status: 422, names: '/name' },
      { what: 'a name with a NUL character', body: { name: NUL } },
      { what: 'a company that does not exist', url: '/v1/companies/nobody', body: { name: 'Nobody' }, status: 404 },
      {
        what: 'a company id that is not a slug',
        url: '/v1/companies/Not_A_Slug',
        body: { name: 'X' },
        status: 422,
        names: 'companyId',
      },
    ],
  },
  updateMetric: {
    url: WRITE_ROUTES.updateMetric.path,
    valid: WRITE_ROUTES.updateMetric.body(),
    attempts: [
      { what: 'a change of unit, which cannot change', body: { unit: 'USD' }, status: 422 },
      { what: 'a change of good direction, which cannot change', body: { goodDirection: 'higher' }, status: 422 },
      { what: "the unknown basis 'ifrs'", body: { basis: 'ifrs' }, status: 422, names: '/basis' },
      { what: 'an empty name', body: { name: '' }, status: 422, names: '/name' },
      { what: 'a 100,000-character description', body: { description: HUGE }, status: 422, names: '/description' },
      { what: 'a segment with a NUL character', body: { segment: NUL } },
      { what: 'a metric that does not exist', url: '/v1/metrics/{unknown}', body: { name: 'Nothing' }, status: 404 },
      {
        what: 'a metric id that is not a uuid',
        url: '/v1/metrics/capex',
        body: { name: 'Capex' },
        status: 422,
        names: 'metricId',
      },
    ],
  },
};

const headerText = (value: string | number | string[] | undefined): string | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value.join(', ') : String(value);

async function sendPatch(url: string, attempt: Pick<Attempt, 'body' | 'raw' | 'contentType'>, ifMatch?: string) {
  return ctx.app.inject({
    method: 'PATCH',
    url,
    payload: attempt.raw ?? JSON.stringify(attempt.body),
    headers: {
      'content-type': attempt.contentType ?? 'application/json',
      ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }),
    },
  });
}

/** Send a PATCH with the current ETag, so only the body can be at fault, and return the resource before and after. */
async function patchWithCurrentEtag(url: string, attempt: Pick<Attempt, 'body' | 'raw' | 'contentType'>) {
  const before = await ctx.app.inject({ url });
  const response = await sendPatch(url, attempt, headerText(before.headers.etag) ?? '*');
  const after = await ctx.app.inject({ url });
  return { before, response, after };
}

describe.each(Object.keys(PATCHES) as Patchable[])('PATCH %s', (which) => {
  const route = PATCHES[which];
  // An empty patch is a valid patch that changes nothing, so it is not among the malformed ones here.
  const attempts = [...generic().filter((a) => a.what !== 'an empty object'), ...route.attempts];

  it.each(attempts)('refuses $what with a 4xx problem and leaves the resource as it was', async (attempt) => {
    const counts = await tableCounts(ctx.db);
    const { before, response, after } = await patchWithCurrentEtag(urlOf(attempt.url ?? route.url), attempt);
    const problem = expectRefusal(response, attempt.what);
    if (attempt.status !== undefined) expect(response.statusCode, response.body.slice(0, 400)).toBe(attempt.status);
    if (attempt.names !== undefined) {
      expect(problem.errors?.flatMap((e) => [e.pointer, e.parameter])).toContain(attempt.names);
    }
    expect(withoutRequestId(after)).toEqual(withoutRequestId(before));
    expect(await tableCounts(ctx.db)).toEqual(counts);
  });

  it('treats an empty patch as a change of nothing: 200 with the resource as it was', async () => {
    const counts = await tableCounts(ctx.db);
    const { before, response, after } = await patchWithCurrentEtag(urlOf(route.url), { body: {} });
    expect(response.statusCode, response.body.slice(0, 400)).toBe(200);
    expect(response.json()).toEqual(before.json());
    expect(after.body).toBe(before.body);
    expect(await tableCounts(ctx.db)).toEqual(counts);
  });

  it('refuses a valid change without If-Match with a 428, and with a stale ETag with a 412', async () => {
    const url = urlOf(route.url);
    const before = await ctx.app.inject({ url });
    const missing = await sendPatch(url, { body: route.valid });
    expectRefusal(missing, 'no If-Match');
    expect(missing.statusCode).toBe(428);
    const stale = await sendPatch(url, { body: route.valid }, '"not-the-current-etag"');
    expectRefusal(stale, 'a stale If-Match');
    expect(stale.statusCode).toBe(412);
    expect((await ctx.app.inject({ url })).body).toBe(before.body);
  });
});

describe('the bodies the tables break', () => {
  it.each(Object.keys(ROUTES) as Route[])(
    'are accepted by POST %s, so each refusal above is down to what was broken',
    async (route) => {
      const response = await send(ROUTES[route].url, { body: ROUTES[route].valid });
      expect(response.statusCode, response.body.slice(0, 400)).toBe(201);
    },
  );

  it.each(Object.keys(PATCHES) as Patchable[])('are accepted by PATCH %s with the current ETag', async (which) => {
    const { response } = await patchWithCurrentEtag(urlOf(PATCHES[which].url), { body: PATCHES[which].valid });
    expect(response.statusCode, response.body.slice(0, 400)).toBe(200);
  });
});

// --- Random JSON ------------------------------------------------------------------------------------------

const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
const decimal = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
);
const isoDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const period = fc.constantFrom('FY2027Q1', 'FY2027', '2026-06', 'CY2026', 'FY2027Q1..FY2027Q2', 'FY2026Q4');
const target = fc.oneof(
  fc.record({ op: fc.constantFrom('gt', 'gte', 'lt', 'lte'), value: decimal }),
  fc.record({ op: fc.constant('range'), low: decimal, high: decimal }),
  fc.record({ op: fc.constant('about'), value: decimal, tolerance: decimal }),
);
const windowSpec = fc.oneof(
  fc.record({ period }),
  fc.record({ start: isoDate, end: fc.option(isoDate, { nil: null }) }),
);
const source = fc.record(
  { kind: fc.constantFrom('call', 'press_release', 'filing', 'interview', 'other') },
  { requiredKeys: [] },
);
const text = fc.string({ minLength: 1, maxLength: 40 });

const part = mixed({
  quote: text,
  metric: fc.constantFrom('cloud.ebita_margin', 'bailian.maas_arr', 'capex'),
  commitment: fc.constantFrom('will', 'expect', 'target', 'aspire', 'may'),
  target,
  window: windowSpec,
  mode: fc.constantFrom('any', 'all', 'final'),
  graceDays: fc.integer({ min: 0, max: 365 }),
});

const statementFields = {
  companyId: fc.constant('alibaba'),
  statedOn: isoDate,
  source,
  quote: text,
  metric: fc.constantFrom('cloud.ebita_margin', 'bailian.maas_arr', 'capex'),
  commitment: fc.constantFrom('will', 'expect', 'target', 'aspire', 'may'),
  target,
  window: windowSpec,
  mode: fc.constantFrom('any', 'all', 'final'),
  graceDays: fc.integer({ min: 0, max: 365 }),
};

const actualFields = {
  companyId: fc.constantFrom('alibaba', 'nobody'),
  metric: fc.constantFrom('cloud.ebita_margin', 'bailian.maas_arr', 'capex'),
  period,
  periodStart: isoDate,
  periodEnd: isoDate,
  date: isoDate,
  value: decimal,
  unit: fc.constantFrom('percent', 'CNY', 'count'),
  publishedAt: fc.oneof(
    isoDate,
    isoDate.map((d) => `${d}T08:00:00Z`),
  ),
  source: fc.record({ document: text, page: text }, { requiredKeys: [] }),
  note: text,
};

const { companyId: _companyId, ...replacementFields } = statementFields;

const BODIES: Record<Route, fc.Arbitrary<Record<string, unknown>>> = {
  createCompany: mixed({
    id: slug,
    name: text,
    tickers: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 }),
    currency: fc.constantFrom('CNY', 'USD', 'HKD'),
    fiscalYearEndMonth: fc.integer({ min: 1, max: 12 }),
    reportingLagDays: fc.integer({ min: 0, max: 365 }),
  }),
  createMetric: mixed({
    companyId: fc.constantFrom('alibaba', 'nobody'),
    key: fc.stringMatching(/^[a-z][a-z0-9_.]{0,20}$/),
    name: text,
    unit: fc.constantFrom('percent', 'count', 'number', 'CNY'),
    kind: fc.constantFrom('flow', 'stock'),
    goodDirection: fc.constantFrom('higher', 'lower', 'neutral'),
    basis: fc.constantFrom('gaap', 'adjusted', 'operational'),
    segment: text,
  }),
  createStatement: mixed({ ...statementFields, parentId: fc.uuid() }),
  createCompoundStatement: mixed({
    companyId: fc.constant('alibaba'),
    statedOn: isoDate,
    source,
    quote: text,
    parts: fc.array(part, { minLength: 1, maxLength: 3 }),
  }),
  reviseStatement: mixed({
    kind: fc.constantFrom('reiterated', 'raised', 'lowered', 'narrowed', 'widened', 'withdrawn'),
    statedOn: isoDate,
    note: text,
    statement: mixed(replacementFields),
  }),
  createActual: mixed(actualFields),
  createActualsBatch: mixed({ items: fc.array(mixed(actualFields), { maxLength: 3 }) }),
  retractActual: mixed({ reason: text }),
  createApiKey: mixed({ name: text, scope: fc.constantFrom('read', 'write', 'admin', 'root') }),
  revokeApiKey: mixed({ reason: text }),
};

const PATCH_BODIES: Record<Patchable, fc.Arbitrary<Record<string, unknown>>> = {
  updateCompany: mixed({
    name: text,
    tickers: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 }),
    reportingLagDays: fc.integer({ min: 0, max: 365 }),
    fiscalYearEndMonth: fc.integer({ min: 1, max: 12 }),
  }),
  updateMetric: mixed({
    name: text,
    basis: fc.constantFrom('gaap', 'adjusted', 'operational', null),
    segment: fc.option(text, { nil: null }),
    description: fc.option(text, { nil: null }),
    unit: fc.constantFrom('percent', 'CNY'),
  }),
};

let fresh = 0;

describe('random JSON', () => {
  it.each(Object.keys(ROUTES) as Route[])(
    'never makes POST %s fail with a 500, and never lets a refusal change anything',
    async (route) => {
      // Fresh targets for the routes that act on one, so earlier tests' writes do not decide the outcome.
      // Each its own: the same statement or figure twice is one, and is not written again.
      fresh += 1;
      const statementId = (
        await post<Statement>(ctx.app, '/v1/statements', {
          ...TEENS_STATEMENT,
          statedOn: '2026-05-20',
          quote: `${TEENS_STATEMENT.quote} (${fresh})`,
        })
      ).id;
      const actualId = (
        await post<Actual>(
          ctx.app,
          '/v1/actuals',
          actual({
            period: 'FY2026Q4',
            value: `12.${fresh}`,
            publishedAt: new Date(Date.parse('2026-05-20T00:00:00Z') + fresh * 1000).toISOString(),
          }),
        )
      ).id;
      const keyId = await newApiKey(ctx.app, `fuzz-${fresh}`);
      const urls: Record<Route, fc.Arbitrary<string>> = {
        createCompany: fc.constant('/v1/companies'),
        createMetric: fc.constant('/v1/metrics'),
        createStatement: fc.constant('/v1/statements'),
        createCompoundStatement: fc.constant('/v1/statements/compound'),
        reviseStatement: fc
          .constantFrom(statementId, world.compound, world.unknown, 'not-a-uuid')
          .map((id) => `/v1/statements/${id}/revisions`),
        createActual: fc.constant('/v1/actuals'),
        createActualsBatch: fc.constant('/v1/actuals/batch'),
        retractActual: fc
          .constantFrom(actualId, world.retracted, world.unknown, 'not-a-uuid')
          .map((id) => `/v1/actuals/${id}/retractions`),
        createApiKey: fc.constant('/v1/keys'),
        revokeApiKey: fc
          .constantFrom(keyId, world.revokedKey, world.unknown, 'not-a-uuid')
          .map((id) => `/v1/keys/${id}/revocations`),
      };
      const body = fc.oneof(BODIES[route], BODIES[route], fc.jsonValue({ maxDepth: 3 }));

      await fc.assert(
        fc.asyncProperty(urls[route], body, async (url, payload) => {
          const before = await tableCounts(ctx.db);
          const response = await send(url, { body: payload });
          expect(response.statusCode, response.body.slice(0, 400)).toBeLessThan(500);
          if (response.statusCode >= 300) {
            expectRefusal(response, JSON.stringify(payload).slice(0, 200));
            expect(await tableCounts(ctx.db)).toEqual(before);
          }
        }),
        { numRuns: 50 },
      );
    },
  );

  it.each(Object.keys(PATCHES) as Patchable[])(
    'never makes PATCH %s fail with a 500, and never lets a refusal change it',
    async (which) => {
      const body = fc.oneof(PATCH_BODIES[which], PATCH_BODIES[which], fc.jsonValue({ maxDepth: 3 }));
      await fc.assert(
        fc.asyncProperty(body, async (payload) => {
          const { before, response, after } = await patchWithCurrentEtag(urlOf(PATCHES[which].url), { body: payload });
          expect(response.statusCode, response.body.slice(0, 400)).toBeLessThan(500);
          if (response.statusCode >= 300) {
            expectRefusal(response, JSON.stringify(payload).slice(0, 200));
            expect(after.body).toBe(before.body);
          }
        }),
        { numRuns: 50 },
      );
    },
  );
});
