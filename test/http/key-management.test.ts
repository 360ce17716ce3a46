// Keys over HTTP for admins: create (the secret once), list and get (never the secret), revoke; each audited,
// none open to a key below admin.
import { describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/service/keys.js';
import { expectProblem, useTestApp } from '../support/app.js';
import { ALIBABA } from '../support/fixtures.js';

const ctx = useTestApp({ rateLimitPerMinute: 1_000_000 });

interface Key {
  id: string;
  name: string;
  scope: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
  key?: string;
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

async function createKey(name: string, scope: string): Promise<Key> {
  const response = await ctx.app.inject({ method: 'POST', url: '/v1/keys', payload: { name, scope } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Key>();
}

/** Instances forget a verified key when they hear of a change (NOTIFY at commit): give the news a moment. */
async function untilRefused(key: string): Promise<number> {
  const deadline = Date.now() + 2_000;
  for (;;) {
    const response = await ctx.anonymous.inject({
      method: 'POST',
      url: '/v1/companies',
      headers: bearer(key),
      payload: { ...ALIBABA, id: `after-${Date.now()}` },
    });
    if (response.statusCode === 401 || Date.now() > deadline) return response.statusCode;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('an admin creating a key', () => {
  it('gets the whole key once, which then writes with its scope, and is pointed at the key', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/v1/keys',
      payload: { name: 'pipeline', scope: 'write' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<Key>();
    expect(created).toMatchObject({ name: 'pipeline', scope: 'write', revokedAt: null });
    expect(created.key).toMatch(/^saydo_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    expect(created.key?.startsWith(created.prefix.replace('…', ''))).toBe(true);
    expect(response.headers.location).toBe(`/v1/keys/${created.id}`);

    const write = await ctx.anonymous.inject({
      method: 'POST',
      url: '/v1/companies',
      headers: bearer(created.key ?? ''),
      payload: ALIBABA,
    });
    expect(write.statusCode, write.body).toBe(201);
  });

  it('lists and reads it back by prefix, never with its secret, nor does the audit trail hold it', async () => {
    const created = await createKey('dashboard', 'read');
    // The secret is base64url, which may itself hold '_': it is everything after the second one.
    const secret = created.key?.split('_').slice(2).join('_') ?? '';
    expect(secret).toHaveLength(43);
    const list = await ctx.app.inject({ url: '/v1/keys' });
    const listed = list.json<{ items: Key[] }>().items.find((k) => k.id === created.id);
    const { key: _key, ...shown } = created;
    expect(listed).toEqual(shown);
    expect(list.body).not.toContain(secret);
    const one = await ctx.app.inject({ url: `/v1/keys/${created.id}` });
    expect(one.json()).toEqual(shown);
    const audit = await ctx.app.inject({ url: '/v1/audit?limit=500' });
    expect(audit.body).toContain(created.id);
    expect(audit.body).not.toContain(secret);
  });
});

describe('an admin revoking a key', () => {
  it('stops it at once, records the reason in the audit trail, and refuses a second revocation with 409', async () => {
    const created = await createKey('leaked', 'write');
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/v1/keys/${created.id}/revocations`,
      payload: { reason: 'pasted in a chat' },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<Key>().revokedAt).not.toBeNull();
    expect(await untilRefused(created.key ?? '')).toBe(401);

    const audit = (await ctx.app.inject({ url: '/v1/audit?limit=500' })).json<{
      items: { operation: string; resourceIds: string[]; changes: { reason?: string } }[];
    }>();
    const entry = audit.items.find((e) => e.operation === 'revokeApiKey' && e.resourceIds[0] === created.id);
    expect(entry?.changes.reason).toBe('pasted in a chat');

    const again = await ctx.app.inject({
      method: 'POST',
      url: `/v1/keys/${created.id}/revocations`,
      payload: { reason: 'twice' },
    });
    expectProblem(again, 409);
  });

  it('keeps the last active admin key (409), so someone can still manage keys', async () => {
    // This file's app has one admin key (the tests'): another is made and revoked, then the last one is kept.
    const second = await createKey('second admin', 'admin');
    const revokeSecond = await ctx.app.inject({
      method: 'POST',
      url: `/v1/keys/${second.id}/revocations`,
      payload: { reason: 'temporary' },
    });
    expect(revokeSecond.statusCode, revokeSecond.body).toBe(201);
    const own = (await ctx.app.inject({ url: '/v1/keys' }))
      .json<{ items: Key[] }>()
      .items.filter((k) => k.scope === 'admin' && k.revokedAt === null);
    expect(own).toHaveLength(1);
    const last = await ctx.app.inject({
      method: 'POST',
      url: `/v1/keys/${own[0]?.id ?? ''}/revocations`,
      payload: { reason: 'oops' },
    });
    expect(expectProblem(last, 409).detail).toMatch(/last active admin key/);
    expect((await ctx.app.inject({ url: '/v1/keys' })).statusCode).toBe(200);
  });
});

describe('keys below admin', () => {
  it.each([
    ['GET', '/v1/keys'],
    ['POST', '/v1/keys'],
    ['POST', `/v1/keys/00000000-0000-4000-8000-000000000000/revocations`],
  ] as const)('are refused %s %s: 401 without a key, 403 with a read or write key', async (method, url) => {
    const payload = method === 'POST' ? { name: 'mine', scope: 'admin', reason: 'x' } : undefined;
    expectProblem(await ctx.anonymous.inject({ method, url, payload }), 401);
    for (const scope of ['read', 'write'] as const) {
      const { key } = await createApiKey(ctx.db.db, `a ${scope} key`, scope);
      expectProblem(await ctx.anonymous.inject({ method, url, payload, headers: bearer(key) }), 403);
    }
  });
});
