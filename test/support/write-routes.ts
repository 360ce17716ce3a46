// Every write the API takes, keyed by its operationId: how to send a request it accepts. The tests that go
// through every write route (keys, audit, bad input, idempotency, random bodies, path spellings) take their
// routes from here, and write-routes.test.ts fails when openapi/openapi.json gains a write this table lacks.
import type { FastifyInstance } from 'fastify';
import type { Actual } from '../../src/schemas/actuals.js';
import type { Metric } from '../../src/schemas/metrics.js';
import type { Statement } from '../../src/schemas/statements.js';
import { ALIBABA, CAPEX, TEENS_STATEMENT, actual, get, post, seedAlibaba } from './fixtures.js';

export type WriteOperation =
  | 'createCompany'
  | 'updateCompany'
  | 'createMetric'
  | 'updateMetric'
  | 'createStatement'
  | 'createCompoundStatement'
  | 'reviseStatement'
  | 'createActual'
  | 'createActualsBatch'
  | 'retractActual'
  | 'createApiKey'
  | 'revokeApiKey'
  | 'createWebhookEndpoint'
  | 'deleteWebhookEndpoint'
  | 'enableWebhookEndpoint';

/** The rows a write acts on: what the path parameters of the write routes name. */
export interface WriteTargets {
  companyId: string;
  metricId: string;
  statementId: string;
  actualId: string;
  /** An API key to revoke (each may be revoked once). */
  keyId: string;
  /** A webhook endpoint (only the admin routes use it). */
  webhookId?: string;
}

export interface WriteRoute {
  method: 'POST' | 'PATCH' | 'DELETE';
  /** The path as the OpenAPI document names it. */
  path: string;
  /**
   * A body the route accepts when it acts on the targets of seedWriteTargets. With a tag, what must be unique (a
   * company id, a metric key) is made unique by it and free text carries it, so the same route can be sent again.
   */
  body: (tag?: string) => Record<string, unknown>;
  /** The scope the route needs when it needs more than 'write'. */
  scope?: 'admin';
  /** Its success status, when not 201 for a POST and 200 for the others (a POST that changes a resource's state). */
  status?: number;
}

const tagged = (text: string, tag: string | undefined) => (tag === undefined ? text : `${text} (${tag})`);

/**
 * A figure of the tag's own: the same fact twice is stored once, so a tagged actual must differ in its value,
 * not only in its note. The same tag gives the same value (a retry sends the same body).
 */
function tagHash(tag: string): number {
  let hash = 0;
  for (const c of tag) hash = (hash * 31 + c.charCodeAt(0)) % 1_000_000_007;
  return hash;
}

/**
 * An actual of the tag's own. The same fact twice is stored once, and two values for one period at one instant
 * conflict, so a tagged actual differs in its value and in the moment of the day it was published, not only in
 * its note. The same tag gives the same body (a retry sends the same body).
 */
function taggedActual(tag: string | undefined, fields: { period: string; publishedOn: string }) {
  if (tag === undefined) return actual({ period: fields.period, publishedAt: fields.publishedOn });
  const hash = tagHash(tag);
  return actual({
    period: fields.period,
    value: `13.5${String(hash).padStart(10, '0')}`,
    publishedAt: new Date(Date.parse(fields.publishedOn) + (hash % 86_400_000)).toISOString(),
    note: tag,
  });
}

/** One part of a compound statement, as a client splits "ARR will reach RMB 10 billion in June, and ...". */
export const COMPOUND_PART = {
  quote: 'ARR will reach RMB 10 billion in June',
  metric: 'bailian.maas_arr',
  commitment: 'will',
  target: { op: 'gte', value: '10000000000' },
  window: { period: '2026-06' },
};

/** What a raised guidance now says: the statement a revision puts in place of the one it revises. */
export const REPLACEMENT = {
  source: { kind: 'call' },
  quote: 'cloud EBITA margin will be at least 15%',
  metric: 'cloud.ebita_margin',
  commitment: 'expect',
  target: { op: 'gte', value: '15' },
  window: { period: 'FY2027Q1..FY2027Q2' },
};

export const WRITE_ROUTES: Record<WriteOperation, WriteRoute> = {
  createCompany: {
    method: 'POST',
    path: '/v1/companies',
    body: (tag) => ({
      ...ALIBABA,
      id: tag === undefined ? 'tencent' : `tencent-${tag}`,
      name: tagged('Tencent', tag),
    }),
  },
  updateCompany: {
    method: 'PATCH',
    path: '/v1/companies/{companyId}',
    body: (tag) => ({ name: tagged('Alibaba Group Holding', tag), reportingLagDays: 45 }),
  },
  createMetric: {
    method: 'POST',
    path: '/v1/metrics',
    body: (tag) => ({
      companyId: 'alibaba',
      key: tag === undefined ? 'gmv' : `gmv.${tag}`,
      name: tagged('GMV', tag),
      unit: 'CNY',
      kind: 'flow',
      goodDirection: 'higher',
    }),
  },
  updateMetric: {
    method: 'PATCH',
    path: '/v1/metrics/{metricId}',
    body: (tag) => ({ description: tagged('Purchases of property and equipment', tag), segment: null }),
  },
  createStatement: {
    method: 'POST',
    path: '/v1/statements',
    body: (tag) => ({ ...TEENS_STATEMENT, statedOn: '2026-05-16', quote: tagged(TEENS_STATEMENT.quote, tag) }),
  },
  createCompoundStatement: {
    method: 'POST',
    path: '/v1/statements/compound',
    body: (tag) => ({
      companyId: 'alibaba',
      statedOn: '2026-05-15',
      source: { kind: 'call' },
      quote: tagged('ARR will reach RMB 10 billion in June and surpass RMB 30 billion by the end of the year', tag),
      parts: [
        COMPOUND_PART,
        {
          ...COMPOUND_PART,
          target: { op: 'gt', value: '30000000000' },
          window: { start: '2026-05-15', end: '2026-12-31' },
        },
      ],
    }),
  },
  reviseStatement: {
    method: 'POST',
    path: '/v1/statements/{statementId}/revisions',
    body: (tag) => ({
      kind: 'raised',
      statedOn: '2026-08-20',
      statement: REPLACEMENT,
      ...(tag === undefined ? {} : { note: tag }),
    }),
  },
  createActual: {
    method: 'POST',
    path: '/v1/actuals',
    body: (tag) => taggedActual(tag, { period: 'FY2027Q2', publishedOn: '2026-11-20' }),
  },
  createActualsBatch: {
    method: 'POST',
    path: '/v1/actuals/batch',
    body: (tag) => ({
      items: [
        // Periods already reported when these tests run: nothing is published after the server's clock.
        taggedActual(tag, { period: 'FY2026Q3', publishedOn: '2026-02-20' }),
        taggedActual(tag, { period: 'FY2026Q4', publishedOn: '2026-05-20' }),
      ],
    }),
  },
  retractActual: {
    method: 'POST',
    path: '/v1/actuals/{actualId}/retractions',
    body: (tag) => ({ reason: tagged('keyed from the wrong segment', tag) }),
  },
  createApiKey: {
    method: 'POST',
    path: '/v1/keys',
    body: (tag) => ({ name: tagged('pipeline', tag), scope: 'write' }),
    scope: 'admin',
  },
  revokeApiKey: {
    method: 'POST',
    path: '/v1/keys/{keyId}/revocations',
    body: (tag) => ({ reason: tagged('the pipeline moved to a new key', tag) }),
    scope: 'admin',
  },
  createWebhookEndpoint: {
    method: 'POST',
    path: '/v1/webhooks',
    scope: 'admin',
    // Test apps allow 127.0.0.1 (see ./app.ts); nothing listens on port 9, and delivery is off in them.
    body: (tag) => ({
      url: `http://127.0.0.1:9/hook${tag === undefined ? '' : `/${tag}`}`,
      eventTypes: ['actual.created'],
    }),
  },
  deleteWebhookEndpoint: {
    method: 'DELETE',
    path: '/v1/webhooks/{webhookId}',
    scope: 'admin',
    body: () => ({}),
  },
  enableWebhookEndpoint: {
    method: 'POST',
    path: '/v1/webhooks/{webhookId}/enable',
    scope: 'admin',
    status: 200,
    body: () => ({}),
  },
};

export const WRITE_OPERATIONS = Object.keys(WRITE_ROUTES) as WriteOperation[];

/**
 * The writes the shared tests (keys, audit, bad input, fuzz) go through, with an admin key where the route needs
 * one: all but the webhook endpoints, whose registration test/http/webhooks.test.ts covers on its own (a registered
 * endpoint would start deliveries the shared tests do not expect).
 */
export type ResourceWriteOperation = Exclude<
  WriteOperation,
  'createWebhookEndpoint' | 'deleteWebhookEndpoint' | 'enableWebhookEndpoint'
>;
const WEBHOOK_OPERATIONS: readonly WriteOperation[] = [
  'createWebhookEndpoint',
  'deleteWebhookEndpoint',
  'enableWebhookEndpoint',
];
export const RESOURCE_WRITE_OPERATIONS = WRITE_OPERATIONS.filter(
  (op): op is ResourceWriteOperation => !WEBHOOK_OPERATIONS.includes(op),
);

/** The route's path with the targets' ids in it. */
export function writeUrl(operation: WriteOperation, targets: WriteTargets): string {
  return WRITE_ROUTES[operation].path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const id = targets[name as keyof WriteTargets] as string | undefined;
    if (!id) throw new Error(`no target for {${name}} in ${WRITE_ROUTES[operation].path}`);
    return id;
  });
}

/** A statement of its own to revise: a statement is revised only once. */
export async function newStatement(app: FastifyInstance, tag?: string): Promise<string> {
  return (await post<Statement>(app, '/v1/statements', { ...TEENS_STATEMENT, quote: tagged('to be revised', tag) })).id;
}

/** An actual of its own to retract: an actual is retracted only once. */
let untagged = 0;
export async function newActual(app: FastifyInstance, tag?: string): Promise<string> {
  untagged += 1;
  const own = taggedActual(tag ?? `to be retracted ${untagged}`, { period: 'FY2027Q1', publishedOn: '2026-08-20' });
  return (await post<Actual>(app, '/v1/actuals', { ...own, note: tagged('to be retracted', tag) })).id;
}

/** A read key of its own to revoke: a key is revoked only once. */
export async function newApiKey(app: FastifyInstance, tag?: string): Promise<string> {
  return (await post<{ id: string }>(app, '/v1/keys', { name: tagged('to be revoked', tag), scope: 'read' })).id;
}

/**
 * Alibaba with its metrics (seedAlibaba), a statement and an actual: the targets every write route's body fits.
 * The metric is capex, whose good direction is neutral and unit CNY.
 */
export async function seedWriteTargets(app: FastifyInstance): Promise<WriteTargets> {
  await seedAlibaba(app);
  const metrics = await get<{ items: Metric[] }>(app, '/v1/metrics?companyId=alibaba');
  return {
    companyId: ALIBABA.id,
    metricId: metrics.items.find((m) => m.key === CAPEX.key)?.id ?? '',
    statementId: (await post<Statement>(app, '/v1/statements', TEENS_STATEMENT)).id,
    actualId: (await post<Actual>(app, '/v1/actuals', actual())).id,
    keyId: await newApiKey(app),
    webhookId: (await post<{ id: string }>(app, '/v1/webhooks', WRITE_ROUTES.createWebhookEndpoint.body())).id,
  };
}
