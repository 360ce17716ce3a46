// Large answers are compressed for clients that accept it; every GET says how it may be cached: revalidate
// always (no-cache), and never in a shared cache when a key was involved (private, Vary: Authorization).
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCheckedApp, useTestApp } from '../support/app.js';
import { seedAlibaba } from '../support/fixtures.js';

const ctx = useTestApp({ rateLimitPerMinute: 1_000_000 });

beforeAll(async () => {
  await seedAlibaba(ctx.app);
});

describe('compression', () => {
  it('gzips a large answer for a client that accepts gzip, to the same JSON', async () => {
    const plain = await ctx.anonymous.inject({ url: '/openapi.json' });
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await ctx.anonymous.inject({ url: '/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(String(zipped.headers.vary)).toMatch(/accept-encoding/i);
    const body = gunzipSync(zipped.rawPayload).toString('utf8');
    expect(JSON.parse(body)).toEqual(JSON.parse(plain.body));
    expect(zipped.rawPayload.length).toBeLessThan(plain.body.length / 3);
  });

  it('leaves a small answer as it is', async () => {
    const response = await ctx.anonymous.inject({ url: '/healthz', headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.json()).toEqual({ status: 'ok' });
  });
});

describe('Cache-Control and Vary on GETs', () => {
  it('lets any cache keep an open read only to revalidate it', async () => {
    const response = await ctx.anonymous.inject({ url: '/v1/companies/alibaba' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(String(response.headers.vary ?? '')).not.toMatch(/authorization/i);
  });

  it('marks a read sent with a key private, varying with Authorization', async () => {
    const response = await ctx.app.inject({ url: '/v1/companies/alibaba' });
    expect(response.headers['cache-control']).toBe('private, no-cache');
    expect(String(response.headers.vary)).toMatch(/authorization/i);
  });

  it('marks an admin read private', async () => {
    const response = await ctx.app.inject({ url: '/v1/audit' });
    expect(response.headers['cache-control']).toBe('private, no-cache');
  });

  it('says nothing on writes', async () => {
    const response = await ctx.app.inject({ method: 'POST', url: '/v1/keys', payload: { name: 'x', scope: 'read' } });
    expect(response.statusCode).toBe(201);
    expect(response.headers['cache-control']).toBeUndefined();
  });

  describe('when reads need a key', () => {
    let closed: FastifyInstance;
    beforeAll(async () => {
      closed = await buildCheckedApp({ database: ctx.db, readsRequireKey: true });
    });
    afterAll(async () => closed?.close());

    it('marks every read private, and keeps public documents shareable', async () => {
      const read = await closed.inject({
        url: '/v1/companies/alibaba',
        headers: { authorization: `Bearer ${ctx.adminKey}` },
      });
      expect(read.headers['cache-control']).toBe('private, no-cache');
      const spec = await closed.inject({ url: '/openapi.json' });
      expect(spec.headers['cache-control']).toBe('no-cache');
    });
  });
});
