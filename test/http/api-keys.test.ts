// Writes need a Bearer API key with the write scope; reads are open unless the app closes them; the audit
// trail needs admin. Keys are random, shown once, and kept only as a hash.
import { randomBytes } from 'node:crypto';
import * as nodeCrypto from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiKey, verifyApiKey } from '../../src/service/keys.js';
import { createApiKeyStore } from '../../src/store/api-keys.js';
import { buildCheckedApp, expectProblem, tableCounts, useTestApp } from '../support/app.js';
import {
  RESOURCE_WRITE_OPERATIONS,
  WRITE_ROUTES,
  type WriteTargets,
  seedWriteTargets,
  writeUrl,
} from '../support/write-routes.js';

// Wrap (not replace) the comparison, so a test can see that verification goes through it.
vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof nodeCrypto>();
  return { ...original, timingSafeEqual: vi.fn(original.timingSafeEqual) };
});

// Many refusals below come from one address: the failed-key limit (failed-keys.test.ts) is not under test here.
const ctx = useTestApp({ rateLimitPerMinute: 1_000_000, failedKeysPerMinute: 1_000_000 });

const KEY_SHAPE = /^saydo_([a-z0-9]{12})_([A-Za-z0-9_-]+)$/;

function partsOf(key: string): { prefix: string; secret: string } {
  const match = KEY_SHAPE.exec(key);
  if (!match?.[1] || !match[2]) throw new Error(`'${key}' is not a saydo key`);
  return { prefix: match[1], secret: match[2] };
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

interface Keys {
  write: string;
  read: string;
  admin: string;
  revoked: string;
  /** Well formed, but no row has its prefix. */
  unknown: string;
  /** The prefix of a real key with another secret. */
  wrongSecret: string;
}
const keys = {} as Keys;
let targets: WriteTargets;

beforeAll(async () => {
  keys.write = (await createApiKey(ctx.db.db, 'pipeline', 'write')).key;
  keys.read = (await createApiKey(ctx.db.db, 'dashboard', 'read')).key;
  keys.admin = ctx.adminKey;
  const revoked = await createApiKey(ctx.db.db, 'leaked', 'write');
  await createApiKeyStore(ctx.db.db).revoke(revoked.row.id, new Date());
  keys.revoked = revoked.key;
  keys.unknown = `saydo_${'z'.repeat(12)}_${randomBytes(32).toString('base64url')}`;
  keys.wrongSecret = `saydo_${partsOf(keys.write).prefix}_${randomBytes(32).toString('base64url')}`;

  targets = await seedWriteTargets(ctx.app);
});

/** One valid request per write route: refused only for want of a key, accepted with one. */
const writeRequests = () =>
  RESOURCE_WRITE_OPERATIONS.map((operation) => ({
    what: operation,
    scope: WRITE_ROUTES[operation].scope ?? 'write',
    method: WRITE_ROUTES[operation].method,
    url: writeUrl(operation, targets),
    payload: WRITE_ROUTES[operation].body(),
  }));

async function send(
  request: ReturnType<typeof writeRequests>[number],
  headers: Record<string, string>,
): Promise<LightMyRequestResponse> {
  return ctx.anonymous.inject({
    method: request.method,
    url: request.url,
    payload: request.payload,
    headers: { ...headers, ...(request.method === 'PATCH' ? { 'if-match': '*' } : {}) },
  });
}

describe('a write without a valid write-scoped key', () => {
  const refusals: { who: string; headers: () => Record<string, string>; status: 401 | 403 }[] = [
    { who: 'no Authorization header', headers: () => ({}), status: 401 },
    { who: 'an unknown key', headers: () => bearer(keys.unknown), status: 401 },
    { who: 'a revoked key', headers: () => bearer(keys.revoked), status: 401 },
    { who: 'the prefix of a real key with a wrong secret', headers: () => bearer(keys.wrongSecret), status: 401 },
    { who: 'a malformed key', headers: () => bearer('not-a-saydo-key'), status: 401 },
    { who: 'a truncated key', headers: () => bearer(keys.write.slice(0, -1)), status: 401 },
    {
      who: 'the key in Basic instead of Bearer',
      headers: () => ({ authorization: `Basic ${keys.write}` }),
      status: 401,
    },
    { who: 'Bearer with no key', headers: () => ({ authorization: 'Bearer ' }), status: 401 },
    { who: 'a read-scoped key', headers: () => bearer(keys.read), status: 403 },
  ];

  it.each(refusals)(
    'is refused with $status when it carries $who, on every write route, and changes nothing',
    async ({ headers, status }) => {
      const before = await tableCounts(ctx.db);
      for (const request of writeRequests()) {
        const response = await send(request, headers());
        const problem = expectProblem(response, status);
        expect(problem.type, request.what).toMatch(status === 401 ? /unauthorized$/ : /forbidden$/);
        if (status === 401) expect(response.headers['www-authenticate'], request.what).toMatch(/^Bearer /);
        else expect(response.headers['www-authenticate'], request.what).toBeUndefined();
      }
      expect(await tableCounts(ctx.db)).toEqual(before);
    },
  );

  it('is refused with 403 when it carries a write-scoped key, on every route that needs admin (key management)', async () => {
    const before = await tableCounts(ctx.db);
    const adminOnly = writeRequests().filter((request) => request.scope === 'admin');
    expect(adminOnly.map((r) => r.what)).toEqual(['createApiKey', 'revokeApiKey']);
    for (const request of adminOnly) expectProblem(await send(request, bearer(keys.write)), 403);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('is accepted, route by route, with a key of the scope it needs (so each refusal above was down to the key)', async () => {
    for (const request of writeRequests()) {
      const response = await send(request, bearer(request.scope === 'admin' ? keys.admin : keys.write));
      expect(response.statusCode, `${request.what}: ${response.body}`).toBe(request.method === 'PATCH' ? 200 : 201);
    }
  });
});

describe('reads', () => {
  it('are open by default: no key needed', async () => {
    const response = await ctx.anonymous.inject({ method: 'GET', url: '/v1/companies/alibaba' });
    expect(response.statusCode, response.body).toBe(200);
  });

  it('still refuse a key that is present but invalid, even when open', async () => {
    const response = await ctx.anonymous.inject({
      method: 'GET',
      url: '/v1/companies/alibaba',
      headers: bearer(keys.revoked),
    });
    expectProblem(response, 401);
  });

  describe('when the app is built with readsRequireKey', () => {
    let closed: FastifyInstance;
    beforeAll(async () => {
      closed = await buildCheckedApp({ database: ctx.db, readsRequireKey: true });
    });
    afterAll(async () => {
      await closed.close();
    });

    it.each(['/v1/companies', '/v1/companies/alibaba', '/v1/metrics', '/v1/statements', '/v1/actuals'])(
      'refuse GET %s without a key with 401',
      async (url) => {
        const response = await closed.inject({ method: 'GET', url });
        expectProblem(response, 401);
        expect(response.headers['www-authenticate']).toMatch(/^Bearer /);
      },
    );

    it('refuse an unknown key with 401', async () => {
      expectProblem(await closed.inject({ method: 'GET', url: '/v1/companies', headers: bearer(keys.unknown) }), 401);
    });

    it.each(['read', 'write', 'admin'] as const)('serve a %s-scoped key with 200', async (scope) => {
      const response = await closed.inject({
        method: 'GET',
        url: '/v1/companies/alibaba',
        headers: bearer(keys[scope]),
      });
      expect(response.statusCode, response.body).toBe(200);
    });

    it('still leave the liveness probe open', async () => {
      expect((await closed.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    });
  });
});

describe('GET /v1/audit', () => {
  it('needs the admin scope: 401 without a key', async () => {
    expectProblem(await ctx.anonymous.inject({ method: 'GET', url: '/v1/audit' }), 401);
  });

  it.each(['read', 'write'] as const)('refuses a %s-scoped key with 403', async (scope) => {
    expectProblem(await ctx.anonymous.inject({ method: 'GET', url: '/v1/audit', headers: bearer(keys[scope]) }), 403);
  });

  it('serves an admin key', async () => {
    const response = await ctx.anonymous.inject({ method: 'GET', url: '/v1/audit', headers: bearer(keys.admin) });
    expect(response.statusCode, response.body).toBe(200);
  });
});

describe('the keys themselves', () => {
  it('carry at least 128 random bits, and no two are alike', async () => {
    const created = await Promise.all(
      Array.from({ length: 50 }, (_, i) => createApiKey(ctx.db.db, `bulk-${i}`, 'read')),
    );
    const secrets = created.map(({ key }) => partsOf(key).secret);
    for (const secret of secrets) expect(Buffer.from(secret, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(new Set(secrets).size).toBe(secrets.length);
    expect(new Set(created.map(({ key }) => partsOf(key).prefix)).size).toBe(created.length);
  });

  it('are stored only as a hash: no column of api_keys holds a key or its secret', async () => {
    const created = await createApiKey(ctx.db.db, 'audit-me', 'write');
    const rows = await ctx.db.pool.query<{ id: string; secret_hash: string; whole: string }>(
      'select id, secret_hash, row_to_json(k)::text as whole from api_keys k',
    );
    const own = rows.rows.find((r) => r.id === created.row.id);
    expect(own?.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    for (const key of [created.key, keys.write, keys.read, keys.admin, keys.revoked]) {
      const { secret } = partsOf(key);
      for (const row of rows.rows) {
        expect(row.whole).not.toContain(key);
        expect(row.whole).not.toContain(secret);
        expect(row.whole).not.toContain(Buffer.from(secret, 'base64url').toString('hex'));
      }
    }
  });

  it('are shown once: the stored row cannot give the key back', async () => {
    const created = await createApiKey(ctx.db.db, 'shown-once', 'read');
    expect(Object.values(created.row).map(String)).not.toContain(created.key);
    expect(Object.values(created.row).map(String)).not.toContain(partsOf(created.key).secret);
  });

  it('are compared in constant time, also when the prefix names no key', async () => {
    const compare = vi.mocked(nodeCrypto.timingSafeEqual);
    compare.mockClear();
    expect(await verifyApiKey(ctx.db.db, keys.write)).toMatchObject({ name: 'pipeline', scope: 'write' });
    expect(await verifyApiKey(ctx.db.db, keys.wrongSecret)).toBeNull();
    expect(await verifyApiKey(ctx.db.db, keys.unknown)).toBeNull();
    expect(compare).toHaveBeenCalledTimes(3);
  });
});
