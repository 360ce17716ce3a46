// Every POST honours Idempotency-Key, so a pipeline that retries on a network error writes once: the same key
// and body replay the first response, a different body is refused, and a retry that overlaps the first gets 409.
// Keys are scoped to the API key that sent them, and kept 24 hours.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/db/client.js';
import { IDEMPOTENCY_RETENTION_MS } from '../../src/service/unit-of-work.js';
import type { Actual } from '../../src/schemas/actuals.js';
import { createApiKey, verifyApiKey } from '../../src/service/keys.js';
import { createWriteStore } from '../../src/store/writes.js';
import { buildCheckedApp, expectProblem, tableCounts, useTestApp } from '../support/app.js';
import { ALIBABA, actual, seedAlibaba } from '../support/fixtures.js';
import {
  WRITE_OPERATIONS,
  WRITE_ROUTES,
  type WriteOperation,
  newActual,
  newApiKey,
  newStatement,
  writeUrl,
} from '../support/write-routes.js';

const ctx = useTestApp({ rateLimitPerMinute: 1_000_000 });

let adminKeyId = '';
beforeAll(async () => {
  await seedAlibaba(ctx.app);
  const caller = await verifyApiKey(ctx.db.db, ctx.adminKey);
  adminKeyId = caller?.keyId ?? '';
});

let unique = 0;
const nextId = () => `${Date.now().toString(36)}-${(unique += 1)}`;

/** The writes that take an Idempotency-Key: every POST. */
const successOf = (operation: WriteOperation) => WRITE_ROUTES[operation].status ?? 201;
const POST_ROUTES = WRITE_OPERATIONS.filter((operation) => WRITE_ROUTES[operation].method === 'POST').map(
  (operation) => ({ operation, path: WRITE_ROUTES[operation].path }),
);

/** A valid request for the route that nothing has sent yet (creating what it acts on first). */
async function freshRequest(operation: WriteOperation): Promise<{ url: string; payload: Record<string, unknown> }> {
  const tag = nextId();
  const targets = {
    companyId: ALIBABA.id,
    metricId: '',
    statementId: operation === 'reviseStatement' ? await newStatement(ctx.app, tag) : '',
    actualId: operation === 'retractActual' ? await newActual(ctx.app, tag) : '',
    keyId: operation === 'revokeApiKey' ? await newApiKey(ctx.app, tag) : '',
    webhookId: operation === 'enableWebhookEndpoint' ? await newWebhookEndpoint(tag) : '',
  };
  return { url: writeUrl(operation, targets), payload: WRITE_ROUTES[operation].body(tag) };
}

/** A webhook endpoint registered for the test (enabling it is the write under test). */
async function newWebhookEndpoint(tag: string): Promise<string> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/v1/webhooks',
    payload: WRITE_ROUTES.createWebhookEndpoint.body(tag),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

function postOnce(
  app: FastifyInstance,
  request: { url: string; payload: Record<string, unknown> },
  idempotencyKey: string,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: request.url,
    payload: request.payload,
    headers: { 'idempotency-key': idempotencyKey, ...headers },
  });
}

/**
 * Stand in for a first request still in flight: take the advisory lock that a write with this (API key,
 * Idempotency-Key) takes, through the store's own function, in an open transaction of another session.
 */
async function holdIdempotencyLock(apiKeyId: string, key: string): Promise<{ release: () => Promise<void> }> {
  const other = connect(ctx.db.url, { max: 1 });
  let letGo: () => void = () => undefined;
  const letGoSignal = new Promise<void>((resolve) => {
    letGo = resolve;
  });
  let taken: (held: boolean) => void = () => undefined;
  const takenSignal = new Promise<boolean>((resolve) => {
    taken = resolve;
  });
  const transaction = other.db.transaction(async (tx) => {
    taken(await createWriteStore(tx).tryLockIdempotencyKey(apiKeyId, key));
    await letGoSignal;
  });
  const release = async () => {
    letGo();
    await transaction.catch(() => undefined);
    await other.close();
  };
  try {
    expect(await Promise.race([takenSignal, transaction.then(() => false)])).toBe(true);
  } catch (error) {
    await release();
    throw error;
  }
  return { release };
}

let storms = 0;
/** A figure no other test sends: the same fact twice is stored once, so each storm needs its own. */
function stormActual() {
  storms += 1;
  return actual({
    note: nextId(),
    value: `14.${storms}`,
    publishedAt: new Date(Date.parse('2026-09-01T00:00:00Z') + storms * 1000).toISOString(),
  });
}

async function actualsCount(): Promise<number> {
  return (await tableCounts(ctx.db)).actuals ?? -1;
}

describe('a retry with the same Idempotency-Key and the same body', () => {
  it.each(POST_ROUTES.map((r) => r.operation))(
    'replays the first response of %s, marked idempotent-replayed, and writes once',
    async (operation) => {
      const request = await freshRequest(operation);
      const key = `retry-${nextId()}`;
      const first = await postOnce(ctx.app, request, key);
      expect(first.statusCode, first.body).toBe(successOf(operation));
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const afterFirst = await tableCounts(ctx.db);

      const retry = await postOnce(ctx.app, request, key);
      expect(retry.statusCode, retry.body).toBe(successOf(operation));
      expect(retry.headers['idempotent-replayed']).toBe('true');
      // A created API key's secret is shown once: the replay is the same answer without it.
      const { key: secret, ...shown } = first.json<Record<string, unknown>>();
      if (operation === 'createApiKey') {
        expect(secret).toMatch(/^saydo_/);
        expect(retry.json()).toEqual(shown);
        const kept = await ctx.db.pool.query('select * from idempotency_keys');
        expect(JSON.stringify(kept.rows)).not.toContain(String(secret).slice(19));
      } else expect(retry.json()).toEqual(first.json());
      expect(retry.headers.location).toBe(first.headers.location);
      expect(await tableCounts(ctx.db)).toEqual(afterFirst);
    },
  );

  it('replays also when the retry lists the same fields in another order', async () => {
    const request = await freshRequest('createActual');
    const reordered = { url: request.url, payload: Object.fromEntries(Object.entries(request.payload).reverse()) };
    const key = `reordered-${nextId()}`;
    const first = await postOnce(ctx.app, request, key);
    const before = await actualsCount();
    const retry = await postOnce(ctx.app, reordered, key);
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(await actualsCount()).toBe(before);
  });

  it('is not a replay without the header, yet the same figure twice is one fact: 200 with the first, nothing stored', async () => {
    const request = await freshRequest('createActual');
    const before = await actualsCount();
    const first = await ctx.app.inject({ method: 'POST', url: request.url, payload: request.payload });
    expect(first.statusCode, first.body).toBe(201);
    const again = await ctx.app.inject({ method: 'POST', url: request.url, payload: request.payload });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(again.json<Actual>().id).toBe(first.json<Actual>().id);
    expect(await actualsCount()).toBe(before + 1);
  });
});

describe('the same Idempotency-Key with a different body', () => {
  it('is refused with a 422 problem naming the header, and writes nothing', async () => {
    const key = `reused-${nextId()}`;
    const first = await postOnce(ctx.app, { url: '/v1/actuals', payload: actual({ value: '13.5' }) }, key);
    expect(first.statusCode, first.body).toBe(201);
    const before = await tableCounts(ctx.db);

    const other = await postOnce(ctx.app, { url: '/v1/actuals', payload: actual({ value: '14.1' }) }, key);
    const problem = expectProblem(other, 422);
    expect(problem.errors?.map((e) => e.parameter)).toContain('Idempotency-Key');
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('is refused when the same key is sent to another route', async () => {
    const key = `cross-route-${nextId()}`;
    expect((await postOnce(ctx.app, await freshRequest('createActual'), key)).statusCode).toBe(201);
    const before = await tableCounts(ctx.db);
    expectProblem(await postOnce(ctx.app, await freshRequest('createCompany'), key), 422);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it.each([
    ['an empty key', ''],
    ['a key of 256 characters', 'k'.repeat(256)],
    ['a key with a space', 'two words'],
  ])('is not even looked up when the key is malformed (%s): 422, nothing written', async (_what, key) => {
    const before = await tableCounts(ctx.db);
    const problem = expectProblem(await postOnce(ctx.app, await freshRequest('createActual'), key), 422);
    expect(problem.errors?.map((e) => e.parameter?.toLowerCase())).toContain('idempotency-key');
    expect(await tableCounts(ctx.db)).toEqual(before);
  });
});

describe('the scope of an Idempotency-Key', () => {
  it('is the API key: the same Idempotency-Key from two API keys writes twice', async () => {
    const pipelineA = (await createApiKey(ctx.db.db, 'pipeline-a', 'write')).key;
    const pipelineB = (await createApiKey(ctx.db.db, 'pipeline-b', 'write')).key;
    const request = await freshRequest('createActual');
    const before = await actualsCount();

    const fromA = await postOnce(ctx.anonymous, request, 'shared-key', { authorization: `Bearer ${pipelineA}` });
    const fromB = await postOnce(ctx.anonymous, request, 'shared-key', { authorization: `Bearer ${pipelineB}` });
    expect(fromA.statusCode, fromA.body).toBe(201);
    // Not a replay of A's answer: B's request is its own, and finds the same fact already on record.
    expect(fromB.statusCode, fromB.body).toBe(200);
    expect(fromB.headers['idempotent-replayed']).toBeUndefined();
    expect(fromB.json<Actual>().id).toBe(fromA.json<Actual>().id);
    expect(await actualsCount()).toBe(before + 1);

    const retryA = await postOnce(ctx.anonymous, request, 'shared-key', { authorization: `Bearer ${pipelineA}` });
    expect(retryA.headers['idempotent-replayed']).toBe('true');
    expect(retryA.json<Actual>().id).toBe(fromA.json<Actual>().id);
  });
});

describe('a retry while the first request is still in flight', () => {
  it.each(POST_ROUTES.map((r) => r.operation))(
    'gets a 409 problem from %s and writes nothing; once the first ends it goes through',
    async (operation) => {
      const request = await freshRequest(operation);
      const key = `in-flight-${nextId()}`;
      const before = await tableCounts(ctx.db);
      const lock = await holdIdempotencyLock(adminKeyId, key);
      try {
        const response = await postOnce(ctx.app, request, key);
        expectProblem(response, 409);
        expect(await tableCounts(ctx.db)).toEqual(before);
      } finally {
        await lock.release();
      }
      const after = await postOnce(ctx.app, request, key);
      expect(after.statusCode, after.body).toBe(successOf(operation));
    },
  );

  it('is a 409 that every POST documents in the OpenAPI document, beside the 422 of a reused key', async () => {
    const document = (await ctx.app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, { post?: { responses: Record<string, unknown> } }>;
    }>();
    const undocumented = POST_ROUTES.flatMap(({ operation, path }) => {
      const documented = Object.keys(document.paths[path]?.post?.responses ?? {});
      return ['409', '422']
        .filter((status) => !documented.includes(status))
        .map((status) => `${operation} (POST ${path}) lacks ${status}`);
    });
    expect(undocumented).toEqual([]);
  });
});

describe('retention', () => {
  // Ages are counted back from a fixed instant, not from PostgreSQL's now(), which need not agree with ours.
  const NOW = Date.parse('2026-03-01T12:00:00Z');

  async function storeRecord(key: string, ageMs: number): Promise<void> {
    await ctx.db.pool.query(
      `insert into idempotency_keys (api_key_id, key, fingerprint, response_status, response_body, location, created_at)
       values ($1, $2, 'a-fingerprint', 201, '{}', null, $3::timestamptz)`,
      [adminKeyId, key, new Date(NOW - ageMs).toISOString()],
    );
  }

  async function stored(key: string): Promise<boolean> {
    const rows = await ctx.db.pool.query('select 1 from idempotency_keys where api_key_id = $1 and key = $2', [
      adminKeyId,
      key,
    ]);
    return rows.rowCount === 1;
  }

  it('keeps responses 24 hours', () => {
    expect(IDEMPOTENCY_RETENTION_MS).toBe(24 * 60 * 60 * 1000);
  });

  it('prunes records older than 24 hours and keeps newer ones', async () => {
    const HOUR = 60 * 60 * 1000;
    await storeRecord('aged-25h', 25 * HOUR);
    await storeRecord('aged-24h-and-a-minute', 24 * HOUR + 60_000);
    await storeRecord('aged-23h', 23 * HOUR);
    await storeRecord('aged-1m', 60_000);

    const pruned = await createWriteStore(ctx.db.db).pruneIdempotent(new Date(NOW - IDEMPOTENCY_RETENTION_MS));

    expect(pruned).toBe(2);
    expect(await stored('aged-25h')).toBe(false);
    expect(await stored('aged-24h-and-a-minute')).toBe(false);
    expect(await stored('aged-23h')).toBe(true);
    expect(await stored('aged-1m')).toBe(true);
  });

  it('lets a pruned key be used afresh, while a kept key still refuses another body', async () => {
    const pruned = await postOnce(ctx.app, await freshRequest('createActual'), 'aged-25h');
    expect(pruned.statusCode, pruned.body).toBe(201);
    expect(pruned.headers['idempotent-replayed']).toBeUndefined();
    expectProblem(await postOnce(ctx.app, await freshRequest('createActual'), 'aged-23h'), 422);
  });
});

// --- The proof: the same POST, many times at once --------------------------------------------------------------

interface Answer {
  status: number;
  replayed: boolean;
  body: string;
}

/** What a storm of identical retries must come to: one write, replays of it or 409s, never a 500. */
async function expectOneWrite(answers: Answer[], before: Record<string, number>): Promise<void> {
  const statuses = answers.map((a) => a.status);
  expect(
    statuses.filter((s) => s !== 201 && s !== 409),
    JSON.stringify(answers.filter((a) => a.status !== 201 && a.status !== 409).slice(0, 3)),
  ).toEqual([]);
  const created = answers.filter((a) => a.status === 201);
  expect(created.length).toBeGreaterThanOrEqual(1);
  expect(created.filter((a) => !a.replayed)).toHaveLength(1);
  const bodies = new Set(created.map((a) => JSON.stringify(JSON.parse(a.body))));
  expect(bodies.size).toBe(1);

  const after = await tableCounts(ctx.db);
  expect(after.actuals).toBe((before.actuals ?? 0) + 1);
  expect(after.audit_log).toBe((before.audit_log ?? 0) + 1);
  expect(after.idempotency_keys).toBe((before.idempotency_keys ?? 0) + 1);
  const [body] = bodies;
  const id = (JSON.parse(body ?? '{}') as { id?: string }).id ?? '';
  const rows = await ctx.db.pool.query('select 1 from actuals where id = $1', [id]);
  expect(rows.rowCount).toBe(1);
}

const fromInject = (r: LightMyRequestResponse): Answer => ({
  status: r.statusCode,
  replayed: r.headers['idempotent-replayed'] === 'true',
  body: r.body,
});

describe('the same POST /v1/actuals with one Idempotency-Key, fired many times at once', () => {
  let second: FastifyInstance;
  beforeAll(async () => {
    second = await buildCheckedApp({ database: ctx.db, rateLimitPerMinute: 1_000_000 });
  });
  afterAll(async () => {
    await second.close();
  });

  const authorized = () => ({
    'idempotency-key': `storm-${nextId()}`,
    authorization: `Bearer ${ctx.adminKey}`,
    'content-type': 'application/json',
  });

  it('writes one actual when 40 copies arrive together at one instance', async () => {
    const headers = authorized();
    const payload = JSON.stringify(stormActual());
    const before = await tableCounts(ctx.db);
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => ctx.anonymous.inject({ method: 'POST', url: '/v1/actuals', payload, headers })),
    );
    await expectOneWrite(answers.map(fromInject), before);
  });

  it('writes one actual when 40 copies arrive together at two instances sharing the database', async () => {
    const headers = authorized();
    const payload = JSON.stringify(stormActual());
    const before = await tableCounts(ctx.db);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 === 0 ? ctx.anonymous : second).inject({ method: 'POST', url: '/v1/actuals', payload, headers }),
      ),
    );
    await expectOneWrite(answers.map(fromInject), before);
  });

  describe('over real HTTP', () => {
    let listening: FastifyInstance[] = [];
    let origins: string[] = [];
    beforeAll(async () => {
      listening = [
        await buildCheckedApp({ database: ctx.db, rateLimitPerMinute: 1_000_000 }),
        await buildCheckedApp({ database: ctx.db, rateLimitPerMinute: 1_000_000 }),
      ];
      for (const app of listening) await app.listen({ port: 0, host: '127.0.0.1' });
      origins = listening.map((app) => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
    });
    afterAll(async () => {
      await Promise.all(listening.map((app) => app.close()));
    });

    it('writes one actual when 30 copies are sent at once to two listening instances', async () => {
      const headers = authorized();
      const body = JSON.stringify(stormActual());
      const before = await tableCounts(ctx.db);
      const answers = await Promise.all(
        Array.from({ length: 30 }, async (_, i): Promise<Answer> => {
          const response = await fetch(`${origins[i % origins.length] ?? ''}/v1/actuals`, {
            method: 'POST',
            headers,
            body,
          });
          return {
            status: response.status,
            replayed: response.headers.get('idempotent-replayed') === 'true',
            body: await response.text(),
          };
        }),
      );
      await expectOneWrite(answers, before);
    });
  });
});
