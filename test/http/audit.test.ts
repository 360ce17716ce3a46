// The audit trail: every successful write says which key made it, when, what operation on which resources,
// and what it changed. Admins page through it with a cursor; a refused write leaves no trace in it.
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/service/keys.js';
import { expectProblem, tableCounts, useTestApp } from '../support/app.js';
import { ALIBABA, actual, get, post } from '../support/fixtures.js';
import {
  RESOURCE_WRITE_OPERATIONS,
  type ResourceWriteOperation,
  WRITE_ROUTES,
  type WriteTargets,
  seedWriteTargets,
  writeUrl,
} from '../support/write-routes.js';

const ctx = useTestApp({ rateLimitPerMinute: 1_000_000 });

interface AuditEntry {
  id: number;
  at: string;
  apiKeyId: string | null;
  apiKeyName: string | null;
  method: string;
  path: string;
  operation: string;
  status: number;
  resourceType: string;
  resourceIds: string[];
  changes: unknown;
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const pipeline = { key: '', id: '', name: 'pipeline' };
/** Who sends the writes that need the admin scope (key management). */
const operator = { key: '', id: '', name: 'operator' };
let targets: WriteTargets;

beforeAll(async () => {
  for (const [who, scope] of [
    [pipeline, 'write'],
    [operator, 'admin'],
  ] as const) {
    const created = await createApiKey(ctx.db.db, who.name, scope);
    who.key = created.key;
    who.id = created.row.id;
  }
  targets = await seedWriteTargets(ctx.app);
});

/** Every audit entry, oldest first, fetched page by page as a client would. */
async function wholeTrail(limit = 50): Promise<{ entries: AuditEntry[]; pages: number }> {
  const entries: AuditEntry[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const page: Page<AuditEntry> = await get<Page<AuditEntry>>(ctx.app, `/v1/audit?limit=${limit}${query}`);
    entries.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
    if (pages > 1_000) throw new Error('the audit trail never ended');
  } while (cursor !== null);
  return { entries, pages };
}

async function lastEntry(): Promise<AuditEntry | undefined> {
  return (await wholeTrail(500)).entries.at(-1);
}

/** What the trail must say of each write, sent as the shared table of write routes builds it. */
interface Recorded {
  resourceType: string;
  /** The resource ids the entry must name, read from the write's response and the body sent. */
  resourceIds: (body: Record<string, unknown>, sent: Record<string, unknown>) => unknown[];
  /** What the trail keeps of the change; default the whole response body. */
  changes?: (body: Record<string, unknown>, sent: Record<string, unknown>) => unknown;
}

const idOf = (value: unknown): string => (value as { id: string }).id;

const RECORDED: Record<ResourceWriteOperation, Recorded> = {
  createCompany: { resourceType: 'company', resourceIds: (_, sent) => [sent.id] },
  createMetric: { resourceType: 'metric', resourceIds: (body) => [body.id] },
  createStatement: { resourceType: 'statement', resourceIds: (body) => [body.id] },
  createCompoundStatement: {
    resourceType: 'statement',
    resourceIds: (body) => [idOf(body.parent), ...(body.parts as unknown[]).map(idOf)],
  },
  reviseStatement: {
    resourceType: 'revision',
    resourceIds: (body) => [idOf(body.revision), idOf(body.successor)],
  },
  createActual: { resourceType: 'actual', resourceIds: (body) => [body.id] },
  createActualsBatch: {
    resourceType: 'actual',
    resourceIds: (body) => (body.items as unknown[]).map(idOf),
    // A batch's ids are in resourceIds; the trail keeps its size, how many it stored (one fact once: a figure
    // already on record is not stored again; here every item is new) and its metrics, not the whole answer again.
    changes: (_, sent) => ({
      count: (sent.items as unknown[]).length,
      stored: (sent.items as unknown[]).length,
      metrics: ['cloud.ebita_margin'],
    }),
  },
  retractActual: { resourceType: 'retraction', resourceIds: () => [targets.actualId] },
  updateCompany: { resourceType: 'company', resourceIds: () => [targets.companyId] },
  updateMetric: { resourceType: 'metric', resourceIds: () => [targets.metricId] },
  // The secret is in the answer only, never in the trail.
  createApiKey: {
    resourceType: 'api-key',
    resourceIds: (body) => [body.id],
    changes: (body) => Object.fromEntries(Object.entries(body).filter(([field]) => field !== 'key')),
  },
  revokeApiKey: {
    resourceType: 'api-key',
    resourceIds: () => [targets.keyId],
    changes: (body, sent) => ({ ...body, reason: sent.reason }),
  },
};

const WRITES = RESOURCE_WRITE_OPERATIONS.map((operation) => ({
  operation,
  ...WRITE_ROUTES[operation],
  ...RECORDED[operation],
}));

describe('every successful write', () => {
  it.each(WRITES)('$operation is recorded with its key, time, operation, resources and changes', async (write) => {
    const startedAt = Date.now();
    const url = writeUrl(write.operation, targets);
    const sent = write.body();
    const writer = write.scope === 'admin' ? operator : pipeline;
    const response = await ctx.anonymous.inject({
      method: write.method,
      url,
      payload: sent,
      headers: { authorization: `Bearer ${writer.key}`, ...(write.method === 'PATCH' ? { 'if-match': '*' } : {}) },
    });
    const finishedAt = Date.now();
    expect(response.statusCode, response.body).toBe(write.method === 'PATCH' ? 200 : 201);
    const body = response.json<Record<string, unknown>>();

    const entry = await lastEntry();
    expect(entry).toMatchObject({
      apiKeyId: writer.id,
      apiKeyName: writer.name,
      method: write.method,
      path: url,
      operation: write.operation,
      status: response.statusCode,
      resourceType: write.resourceType,
      resourceIds: write.resourceIds(body, sent),
    });
    expect(entry?.changes).toEqual(write.changes ? write.changes(body, sent) : body);
    const at = Date.parse(entry?.at ?? '');
    expect(at).toBeGreaterThanOrEqual(startedAt - 1_000);
    expect(at).toBeLessThanOrEqual(finishedAt + 1_000);
  });

  it('is recorded once per write: one entry per success, in order', async () => {
    const before = (await wholeTrail()).entries.length;
    // Three distinct facts: a new figure published each day (the same figure twice would be stored once).
    for (let i = 0; i < 3; i += 1) {
      const fact = { value: `13.${6 + i}`, publishedAt: `2026-08-2${1 + i}` };
      await post(ctx.app, '/v1/actuals', actual({ ...fact, note: `one of three (${i})` }));
    }
    const after = (await wholeTrail()).entries;
    expect(after.length).toBe(before + 3);
    expect(after.slice(-3).map((e) => (e.changes as { note: string }).note)).toEqual([
      'one of three (0)',
      'one of three (1)',
      'one of three (2)',
    ]);
  });
});

describe('GET /v1/audit', () => {
  it('pages through the whole trail with a cursor, oldest first, without gaps or repeats', async () => {
    const { entries, pages } = await wholeTrail(3);
    const stored = (await tableCounts(ctx.db)).audit_log;
    expect(entries.length).toBe(stored);
    expect(pages).toBe(Math.max(1, Math.ceil((stored ?? 0) / 3)));
    const entryIds = entries.map((e) => e.id);
    expect(entryIds).toEqual([...entryIds].sort((a, b) => a - b));
    expect(new Set(entryIds).size).toBe(entryIds.length);
    expect(entries).toEqual((await wholeTrail(500)).entries);
  });

  it('refuses a cursor it did not issue with 422', async () => {
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/v1/audit?cursor=not-a-cursor' }), 422);
  });

  it('is for admins only: a write key gets 403', async () => {
    const response = await ctx.anonymous.inject({
      method: 'GET',
      url: '/v1/audit',
      headers: { authorization: `Bearer ${pipeline.key}` },
    });
    expectProblem(response, 403);
  });
});

describe('a write that fails', () => {
  const failures: { what: string; send: () => Promise<LightMyRequestResponse>; status: number }[] = [
    {
      what: 'invalid fields (422)',
      send: () => ctx.app.inject({ method: 'POST', url: '/v1/actuals', payload: actual({ unit: 'CNY' }) }),
      status: 422,
    },
    {
      what: 'a duplicate company (409)',
      send: () => ctx.app.inject({ method: 'POST', url: '/v1/companies', payload: ALIBABA }),
      status: 409,
    },
    {
      what: 'a revision of a statement that does not exist (404)',
      send: () =>
        ctx.app.inject({
          method: 'POST',
          url: '/v1/statements/00000000-0000-4000-8000-000000000000/revisions',
          payload: { kind: 'withdrawn', statedOn: '2026-08-20' },
        }),
      status: 404,
    },
    {
      what: 'a PATCH without If-Match (428)',
      send: () => ctx.app.inject({ method: 'PATCH', url: '/v1/companies/alibaba', payload: { name: 'x' } }),
      status: 428,
    },
    {
      what: 'a PATCH with a stale If-Match (412)',
      send: () =>
        ctx.app.inject({
          method: 'PATCH',
          url: '/v1/companies/alibaba',
          payload: { name: 'x' },
          headers: { 'if-match': '"stale"' },
        }),
      status: 412,
    },
    {
      what: 'no API key (401)',
      send: () => ctx.anonymous.inject({ method: 'POST', url: '/v1/actuals', payload: actual() }),
      status: 401,
    },
    {
      what: 'a batch with one bad item (422)',
      send: () =>
        ctx.app.inject({
          method: 'POST',
          url: '/v1/actuals/batch',
          payload: { items: [actual(), actual({ metric: 'no.such' })] },
        }),
      status: 422,
    },
  ];

  it.each(failures)('leaves no audit entry: $what', async ({ send, status }) => {
    const before = await tableCounts(ctx.db);
    expectProblem(await send(), status);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('and a read leaves none either', async () => {
    const before = (await tableCounts(ctx.db)).audit_log;
    await get(ctx.app, '/v1/companies/alibaba');
    await get(ctx.app, '/v1/audit');
    expect((await tableCounts(ctx.db)).audit_log).toBe(before);
  });
});
