// Webhook delivery against real receivers on 127.0.0.1: what arrives, signed how, in what order, how often, and
// what happens when a receiver fails or hangs. Time moves only with the test clock.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/db/client.js';
import { startWebhookDeliverer } from '../../src/jobs/webhook-deliverer.js';
import { systemClock, type Clock } from '../../src/lib/clock.js';
import { createWebhookDeliverer } from '../../src/service/webhook-delivery.js';
import { buildCheckedApp, json, useTestApp } from '../support/app.js';
import { testClock } from '../support/clock.js';
import { actual, post, seedAlibaba } from '../support/fixtures.js';

const T0 = Date.parse('2026-12-01T12:00:00Z');
const clock = testClock(T0);
const ctx = useTestApp({ clock });
const POLICY = { allowedHosts: ['127.0.0.1'], selfHosts: [] };

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on a random local port; `answer` decides each response (a status, or 'hang' to never answer). */
async function receiver(answer: (n: number) => number | 'hang' = () => 200) {
  const received: Received[] = [];
  const hanging: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const a = answer(received.length);
      if (a === 'hang') hanging.push(() => res.destroy());
      // A little later, as over a network: two instances at one endpoint would overlap.
      else setTimeout(() => res.writeHead(a).end(), 20);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    resources: () => received.map((r) => (JSON.parse(r.body) as { data: { resourceId: string } }).data.resourceId),
    close: async () => {
      hanging.forEach((end) => end());
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const open: { close(): Promise<void> }[] = [];
async function localReceiver(answer?: (n: number) => number | 'hang') {
  const r = await receiver(answer);
  open.push(r);
  return r;
}

interface Endpoint {
  id: string;
  secret: string;
  enabled: boolean;
  nextAttemptAt: string | null;
  disabledReason: string | null;
}
async function register(url: string): Promise<Endpoint> {
  return post<Endpoint>(ctx.app, '/v1/webhooks', { url, eventTypes: ['actual.created'] });
}
const endpoint = async (id: string) => json<Endpoint>(await ctx.app.inject(`/v1/webhooks/${id}`));
const deliveries = async (id: string) =>
  json<{ items: { succeeded: boolean; responseStatus: number | null; error: string | null; messageId: string }[] }>(
    await ctx.app.inject(`/v1/webhooks/${id}/deliveries?limit=500`),
  ).items;

let figures = 0;
/** Record a new actual (one actual.created event); returns its id. */
async function newActual(): Promise<string> {
  figures += 1;
  const value = `13.${String(figures).padStart(3, '0')}`;
  return (
    await post<{ id: string }>(
      ctx.app,
      '/v1/actuals',
      actual({ value, publishedAt: `2026-08-20T00:${String(figures).padStart(2, '0')}:00Z` }),
    )
  ).id;
}

const deliverer = (c: Clock = clock, options: Partial<Parameters<typeof createWebhookDeliverer>[2]> = {}) =>
  createWebhookDeliverer(ctx.db, c, { urlPolicy: POLICY, retryBaseMs: 1_000, timeoutMs: 2_000, ...options });

beforeAll(async () => {
  await seedAlibaba(ctx.app);
});

afterEach(async () => {
  // Each test's endpoints go with it, so the next one's passes deliver to its own receivers only.
  const list = json<{ items: { id: string }[] }>(await ctx.app.inject('/v1/webhooks'));
  for (const e of list.items) await ctx.app.inject({ method: 'DELETE', url: `/v1/webhooks/${e.id}` });
  await Promise.all(open.splice(0).map((r) => r.close()));
  clock.set(T0);
});

describe('the webhook deliverer', () => {
  it('delivers an event recorded after registration, signed so that the Standard Webhooks verifier accepts it', async () => {
    const r = await localReceiver();
    const e = await register(r.url);
    const actualId = await newActual();
    // The real clock here: the verifier checks the timestamp against the time now.
    expect(await deliverer(systemClock).deliverOnce()).toBe(1);

    expect(r.received).toHaveLength(1);
    const [message] = r.received;
    const payload = new Webhook(e.secret).verify(message?.body ?? '', {
      'webhook-id': String(message?.headers['webhook-id']),
      'webhook-timestamp': String(message?.headers['webhook-timestamp']),
      'webhook-signature': String(message?.headers['webhook-signature']),
    });
    expect(payload).toMatchObject({ type: 'actual.created', data: { kind: 'actual.created', resourceId: actualId } });
    // Another secret does not verify it.
    const other = await register(r.url);
    expect(() =>
      new Webhook(other.secret).verify(message?.body ?? '', message?.headers as Record<string, string>),
    ).toThrow();
    expect(await deliveries(e.id)).toMatchObject([{ succeeded: true, responseStatus: 200, error: null }]);
    // Nothing is sent twice.
    expect(await deliverer(systemClock).deliverOnce()).toBe(0);
    expect(r.received).toHaveLength(1);
  });

  it('retries after a 500, waiting 1 s, then 2 s: exponential backoff by the clock', async () => {
    const r = await localReceiver((n) => (n <= 2 ? 500 : 204));
    const e = await register(r.url);
    await newActual();
    const d = deliverer();

    expect(await d.deliverOnce()).toBe(0);
    expect((await endpoint(e.id)).nextAttemptAt).toBe(new Date(T0 + 1_000).toISOString());
    await d.deliverOnce();
    expect(r.received).toHaveLength(1); // not due yet

    clock.set(T0 + 1_000);
    expect(await d.deliverOnce()).toBe(0);
    expect((await endpoint(e.id)).nextAttemptAt).toBe(new Date(T0 + 1_000 + 2_000).toISOString());
    clock.set(T0 + 2_999);
    await d.deliverOnce();
    expect(r.received).toHaveLength(2);

    clock.set(T0 + 3_000);
    expect(await d.deliverOnce()).toBe(1);
    expect(r.received).toHaveLength(3);
    expect(new Set(r.received.map((m) => m.headers['webhook-id'])).size).toBe(1); // one message, three attempts
    expect((await deliveries(e.id)).map((x) => x.responseStatus)).toEqual([500, 500, 204]);
    expect(await endpoint(e.id)).toMatchObject({ enabled: true, nextAttemptAt: null });
    // The log comes a page at a time.
    const first = json<{ items: { responseStatus: number }[]; nextCursor: string | null }>(
      await ctx.app.inject(`/v1/webhooks/${e.id}/deliveries?limit=2`),
    );
    expect(first.items.map((x) => x.responseStatus)).toEqual([500, 500]);
    const rest = json<{ items: { responseStatus: number }[]; nextCursor: string | null }>(
      await ctx.app.inject(`/v1/webhooks/${e.id}/deliveries?limit=2&cursor=${first.nextCursor ?? ''}`),
    );
    expect(rest).toMatchObject({ items: [{ responseStatus: 204 }], nextCursor: null });
  });

  it('keeps feed order per endpoint, also across a failure', async () => {
    const r = await localReceiver((n) => (n === 2 ? 503 : 200));
    await register(r.url);
    const ids = [await newActual(), await newActual(), await newActual()];
    const d = deliverer();
    await d.deliverOnce(); // the first, then the second fails
    clock.set(T0 + 1_000);
    await d.deliverOnce();
    expect(r.resources()).toEqual([ids[0], ids[1], ids[1], ids[2]]);
  });

  it('sends each event once when two instances deliver at the same time', async () => {
    const r = await localReceiver();
    await register(r.url);
    const ids = [await newActual(), await newActual(), await newActual(), await newActual()];
    const other = connect(ctx.db.url, { max: 4 });
    try {
      const a = deliverer();
      const b = createWebhookDeliverer(other, clock, { urlPolicy: POLICY, retryBaseMs: 1_000 });
      const counts = await Promise.all([a.deliverOnce(), b.deliverOnce(), a.deliverOnce(), b.deliverOnce()]);
      const more = await Promise.all([a.deliverOnce(), b.deliverOnce()]);
      expect([...counts, ...more].reduce((x, y) => x + y, 0)).toBe(4);
    } finally {
      await other.close();
    }
    expect(r.resources()).toEqual(ids);
    expect(new Set(r.received.map((m) => m.headers['webhook-id'])).size).toBe(4);
  });

  it('times out a receiver that hangs and retries it, while other endpoints are served', async () => {
    const hung = await localReceiver((n) => (n === 1 ? 'hang' : 200));
    const fine = await localReceiver();
    const h = await register(hung.url);
    await register(fine.url);
    const actualId = await newActual();
    const job = startWebhookDeliverer(
      ctx.db,
      clock,
      { urlPolicy: POLICY, intervalMs: 20, timeoutMs: 1_500, retryBaseMs: 1_000 },
      (err) => {
        throw err;
      },
    );
    try {
      const started = Date.now();
      await expect.poll(() => fine.received.length, { timeout: 1_000, interval: 10 }).toBe(1);
      expect(Date.now() - started).toBeLessThan(1_000); // while the hung one still waits for its 1.5 s
      // Both are sent at once, but which request reaches its receiver first is up to the sockets.
      await expect.poll(() => hung.received.length, { timeout: 1_000, interval: 10 }).toBe(1);
      await expect.poll(async () => (await deliveries(h.id)).length, { timeout: 3_000, interval: 50 }).toBe(1);
      expect((await deliveries(h.id))[0]).toMatchObject({ succeeded: false, error: 'no answer within 1500 ms' });
      clock.set(T0 + 1_000);
      await expect.poll(() => hung.received.length, { timeout: 2_000, interval: 20 }).toBe(2);
      await expect.poll(async () => (await endpoint(h.id)).nextAttemptAt, { timeout: 2_000 }).toBeNull();
      expect(hung.resources()).toEqual([actualId, actualId]);
    } finally {
      await job.stop();
    }
  });

  it('runs in every app: an app started with webhooks on delivers without being asked', async () => {
    const r = await localReceiver();
    const app = await buildCheckedApp({
      database: ctx.db,
      clock,
      webhookAllowedHosts: ['127.0.0.1'],
      webhookIntervalMs: 20,
    });
    try {
      await register(r.url);
      const actualId = await newActual();
      await expect.poll(() => r.resources(), { timeout: 2_000, interval: 20 }).toEqual([actualId]);
      // Its /metrics counts the delivery once the receiver's answer is in (the admin key of this file's apps is
      // valid on this one too).
      const delivered = async () =>
        (await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${ctx.adminKey}` } })).body
          .split('\n')
          .filter((line) => line.startsWith('saydo_webhook_deliveries_total'));
      await expect
        .poll(delivered, { timeout: 2_000, interval: 20 })
        .toEqual(['saydo_webhook_deliveries_total{outcome="succeeded"} 1']);
    } finally {
      await app.close();
    }
  });

  it('disables an endpoint once its failures span more than a day', async () => {
    const r = await localReceiver(() => 500);
    const e = await register(r.url);
    await newActual();
    const d = deliverer(clock, { retryBaseMs: 60 * 60_000 });
    await d.deliverOnce();
    clock.set(T0 + 24 * 60 * 60_000); // exactly a day: still trying
    await d.deliverOnce();
    expect(await endpoint(e.id)).toMatchObject({ enabled: true });
    clock.set(T0 + 24 * 60 * 60_000 + 60 * 60_000);
    await d.deliverOnce();
    expect(await endpoint(e.id)).toMatchObject({
      enabled: false,
      disabledReason: `deliveries failed since ${new Date(T0).toISOString()}`,
    });
    clock.set(T0 + 30 * 24 * 60 * 60_000);
    await d.deliverOnce();
    expect(r.received).toHaveLength(3);
  });

  it('takes a disabled endpoint back on POST .../enable: delivery resumes with the event that failed, none skipped', async () => {
    let failing = true;
    const r = await localReceiver(() => (failing ? 500 : 200));
    const e = await register(r.url);
    const first = await newActual();
    const d = deliverer(clock, { retryBaseMs: 60 * 60_000 });
    await d.deliverOnce();
    clock.set(T0 + 25 * 60 * 60_000);
    await d.deliverOnce();
    expect(await endpoint(e.id)).toMatchObject({ enabled: false });
    const second = await newActual();
    await d.deliverOnce();
    expect(r.resources()).toEqual([first, first]); // disabled: the second is not tried

    failing = false;
    const enabled = await post<Endpoint>(ctx.app, `/v1/webhooks/${e.id}/enable`, undefined, 200);
    expect(enabled).toMatchObject({ enabled: true, disabledReason: null, nextAttemptAt: null });
    expect(await endpoint(e.id)).toMatchObject({ enabled: true, disabledReason: null, nextAttemptAt: null });
    await d.deliverOnce();
    expect(r.resources()).toEqual([first, first, first, second]);
    // Enabling it again changes nothing.
    expect(await post<Endpoint>(ctx.app, `/v1/webhooks/${e.id}/enable`, undefined, 200)).toEqual(await endpoint(e.id));
  });

  it('refuses to enable an endpoint whose host is no longer allowed: 409, and it stays disabled', async () => {
    const r = await localReceiver(() => 500);
    const e = await register(r.url);
    await newActual();
    const d = deliverer(clock, { retryBaseMs: 60 * 60_000 });
    await d.deliverOnce();
    clock.set(T0 + 25 * 60 * 60_000);
    await d.deliverOnce();
    const stricter = await buildCheckedApp({ database: ctx.db, clock, webhookAllowedHosts: ['hooks.example.com'] });
    try {
      const response = await stricter.inject({
        method: 'POST',
        url: `/v1/webhooks/${e.id}/enable`,
        headers: { authorization: `Bearer ${ctx.adminKey}` },
      });
      expect(response.statusCode, response.body).toBe(409);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(json<{ detail: string }>(response).detail).toMatch(/not in WEBHOOK_ALLOWED_HOSTS/);
    } finally {
      await stricter.close();
    }
    expect(await endpoint(e.id)).toMatchObject({ enabled: false });
  });

  it('refuses a listed name that resolves to a private address (DNS rebinding), unless that network is listed', async () => {
    // localhost is a name, as a rebinding attacker's host would be, resolving to a loopback address.
    const r = await localReceiver();
    const url = r.url.replace('127.0.0.1', 'localhost');
    const byNameApp = await buildCheckedApp({ database: ctx.db, clock, webhookAllowedHosts: ['localhost'] });
    let e: Endpoint;
    try {
      const response = await byNameApp.inject({
        method: 'POST',
        url: '/v1/webhooks',
        headers: { authorization: `Bearer ${ctx.adminKey}` },
        payload: { url, eventTypes: ['actual.created'] },
      });
      expect(response.statusCode, response.body).toBe(201);
      e = json<Endpoint>(response);
    } finally {
      await byNameApp.close();
    }
    await newActual();
    const byName = { allowedHosts: ['localhost'], selfHosts: [] };
    await deliverer(clock, { urlPolicy: byName }).deliverOnce();
    expect(r.received).toHaveLength(0);
    expect((await deliveries(e.id))[0]).toMatchObject({ succeeded: false, responseStatus: null });
    expect((await deliveries(e.id))[0]?.error).toMatch(/is not allowed.*private IP address/i);

    clock.set(T0 + 10 * 60_000); // past the retry delay
    const withNetwork = { ...byName, privateNetworks: ['127.0.0.0/8', '::1'] };
    await deliverer(clock, { urlPolicy: withNetwork }).deliverOnce();
    expect(r.received).toHaveLength(1);
  });

  it('checks the URL again at delivery: a host no longer allowed is not called', async () => {
    const r = await localReceiver();
    const e = await register(r.url);
    await newActual();
    await deliverer(clock, { urlPolicy: { allowedHosts: ['hooks.example.com'], selfHosts: [] } }).deliverOnce();
    expect(r.received).toHaveLength(0);
    expect((await deliveries(e.id))[0]).toMatchObject({ succeeded: false, responseStatus: null });
    expect((await deliveries(e.id))[0]?.error).toMatch(/not in WEBHOOK_ALLOWED_HOSTS/);
  });
});
