// Webhook endpoints over HTTP: admins only, URLs only to hosts the operator allows and never to the service
// itself, the secret shown once, the delivery log readable. Delivery itself: test/jobs/webhook-deliverer.test.ts.
import { describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/service/keys.js';
import { expectProblem, json, useTestApp } from '../support/app.js';

// localhost is allowed too, so that the service's own address is refused for being itself.
const ctx = useTestApp({ webhookAllowedHosts: ['127.0.0.1', 'localhost'] });
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const ENDPOINT = { url: 'http://127.0.0.1:4010/hooks', eventTypes: ['actual.created', 'evaluation.changed'] };

describe('registering a webhook endpoint', () => {
  it('answers with the endpoint and a whsec_ signing secret, shown only then', async () => {
    const response = await ctx.app.inject({ method: 'POST', url: '/v1/webhooks', payload: ENDPOINT });
    expect(response.statusCode, response.body).toBe(201);
    const created = json<{ id: string; secret: string; enabled: boolean; companyId: string | null }>(response);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created).toMatchObject({ ...ENDPOINT, enabled: true, companyId: null });
    expect(response.headers.location).toBe(`/v1/webhooks/${created.id}`);

    const read = json<Record<string, unknown>>(await ctx.app.inject(`/v1/webhooks/${created.id}`));
    expect(read).toMatchObject(ENDPOINT);
    expect(read).not.toHaveProperty('secret');
    const list = json<{ items: Record<string, unknown>[] }>(await ctx.app.inject('/v1/webhooks'));
    expect(list.items.map((e) => e.id)).toContain(created.id);
    expect(JSON.stringify(list)).not.toContain(created.secret);
    // The audit trail keeps the registration, but not the secret.
    const audit = await ctx.app.inject('/v1/audit?limit=500');
    expect(audit.body).toContain(created.id);
    expect(audit.body).not.toContain(created.secret);
  });

  it.each([
    ['a host not in WEBHOOK_ALLOWED_HOSTS', 'http://10.0.0.5/hooks'],
    ['a cloud metadata address', 'http://169.254.169.254/latest/meta-data'],
    ['the service itself, as the request reached it', 'http://localhost:80/v1/companies'],
    ['a scheme other than http(s)', 'file:///etc/passwd'],
    ['credentials in the URL', 'http://user:pw@127.0.0.1/hooks'],
    ['not a URL', 'hooks'],
  ])('refuses %s with 422 naming /url, and records nothing', async (what, url) => {
    const before = json<{ items: unknown[] }>(await ctx.app.inject('/v1/webhooks')).items.length;
    const body = expectProblem(
      await ctx.app.inject({ method: 'POST', url: '/v1/webhooks', payload: { ...ENDPOINT, url } }),
      422,
    );
    expect(body.errors?.map((e) => e.pointer)).toEqual(['/url']);
    if (what.startsWith('the service')) expect(body.errors?.[0]?.detail).toBe('must not point at this service');
    expect(json<{ items: unknown[] }>(await ctx.app.inject('/v1/webhooks')).items).toHaveLength(before);
  });

  it('refuses event types the feed does not have', async () => {
    const body = expectProblem(
      await ctx.app.inject({ method: 'POST', url: '/v1/webhooks', payload: { ...ENDPOINT, eventTypes: ['nope'] } }),
      422,
    );
    expect(body.errors?.[0]?.pointer).toMatch(/^\/eventTypes/);
  });
});

describe('webhook routes', () => {
  const routes = [
    { method: 'POST' as const, url: '/v1/webhooks', payload: ENDPOINT },
    { method: 'GET' as const, url: '/v1/webhooks' },
    { method: 'GET' as const, url: '/v1/webhooks/00000000-0000-4000-8000-000000000000' },
    { method: 'DELETE' as const, url: '/v1/webhooks/00000000-0000-4000-8000-000000000000' },
    { method: 'GET' as const, url: '/v1/webhooks/00000000-0000-4000-8000-000000000000/deliveries' },
    { method: 'POST' as const, url: '/v1/webhooks/00000000-0000-4000-8000-000000000000/enable' },
  ];

  it.each(routes)('$method $url: 401 without a key, 403 with a read or write key', async (route) => {
    expectProblem(await ctx.anonymous.inject(route), 401);
    for (const scope of ['read', 'write'] as const) {
      const key = (await createApiKey(ctx.db.db, `k-${scope}`, scope)).key;
      expectProblem(await ctx.anonymous.inject({ ...route, headers: bearer(key) }), 403);
    }
  });

  it('deletes an endpoint: then it is gone (404), and so is its delivery log', async () => {
    const created = json<{ id: string }>(
      await ctx.app.inject({ method: 'POST', url: '/v1/webhooks', payload: ENDPOINT }),
    );
    const deleted = await ctx.app.inject({ method: 'DELETE', url: `/v1/webhooks/${created.id}` });
    expect(deleted.statusCode, deleted.body).toBe(200);
    expectProblem(await ctx.app.inject(`/v1/webhooks/${created.id}`), 404);
    expectProblem(await ctx.app.inject(`/v1/webhooks/${created.id}/deliveries`), 404);
    expectProblem(await ctx.app.inject({ method: 'DELETE', url: `/v1/webhooks/${created.id}` }), 404);
  });

  it('gives an empty delivery log for an endpoint nothing was sent to', async () => {
    const created = json<{ id: string }>(
      await ctx.app.inject({ method: 'POST', url: '/v1/webhooks', payload: ENDPOINT }),
    );
    expect(json(await ctx.app.inject(`/v1/webhooks/${created.id}/deliveries`))).toEqual({
      items: [],
      nextCursor: null,
    });
  });
});
