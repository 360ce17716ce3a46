// The board's pages and CORS, as HTTP sees them (the browser tests are in test/e2e).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let database: TestDatabase;
let closed: FastifyInstance;
let open: FastifyInstance;

beforeAll(async () => {
  database = await createTestDatabase();
  closed = await buildApp({ database, readsRequireKey: true, sweepIntervalMs: 0 });
  open = await buildApp({ database, corsOrigins: ['https://dash.example.com'], sweepIntervalMs: 0 });
});

afterAll(async () => {
  await closed?.close();
  await open?.close();
  await database?.destroy();
});

describe('the board', () => {
  it('is where / and /board lead', async () => {
    for (const url of ['/', '/board']) {
      const response = await closed.inject(url);
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/board/');
    }
  });

  it('is public even where reads need a key: the pages ask for one, the API checks it', async () => {
    const page = await closed.inject('/board/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<main id="main"');
    for (const asset of ['/board/board.js', '/board/board.css', '/board/vendor/uplot/uPlot.iife.min.js']) {
      expect((await closed.inject(asset)).statusCode, asset).toBe(200);
    }
    expect((await closed.inject('/v1/companies')).statusCode).toBe(401);
  });

  it('lets scripts run only from its own origin, and no page frame it', async () => {
    const csp = (await closed.inject('/board/')).headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('serves nothing else of the uPlot package and nothing outside its folder', async () => {
    for (const url of [
      '/board/vendor/uplot/package.json',
      '/board/vendor/uplot/uPlot.cjs.js',
      '/board/../package.json',
      '/board/%2e%2e/package.json',
    ]) {
      const response = await closed.inject(url);
      expect([401, 404], url).toContain(response.statusCode);
      expect(response.body, url).not.toContain('"name": "saydo"');
    }
  });
});

describe('CORS', () => {
  const preflight = (app: FastifyInstance, origin: string) =>
    app.inject({
      method: 'OPTIONS',
      url: '/v1/actuals',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });

  it('allows no origin by default', async () => {
    const read = await closed.inject({ url: '/healthz', headers: { origin: 'https://dash.example.com' } });
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
    expect(
      (await preflight(closed, 'https://dash.example.com')).headers['access-control-allow-origin'],
    ).toBeUndefined();
  });

  it('answers a listed origin’s preflight for a keyed write, and exposes the ETag to its scripts', async () => {
    const response = await preflight(open, 'https://dash.example.com');
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('https://dash.example.com');
    expect(response.headers['access-control-allow-headers']).toMatch(/authorization/);
    const read = await open.inject({ url: '/v1/companies', headers: { origin: 'https://dash.example.com' } });
    expect(read.headers['access-control-allow-origin']).toBe('https://dash.example.com');
    expect(String(read.headers['access-control-expose-headers'])).toMatch(/\betag\b/);
  });

  it('gives an origin not listed no allowance', async () => {
    expect((await preflight(open, 'https://evil.example.com')).headers['access-control-allow-origin']).toBeUndefined();
    const read = await open.inject({ url: '/v1/companies', headers: { origin: 'https://evil.example.com' } });
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
  });
});
