// CORS as a browser enforces it: pages served from two other origins (another port is another origin) call the
// API in headless Chromium. The allowed one reads, revalidates, follows the event stream and writes with a key;
// the other one can do none of it, and its write never reaches the API.
import type { FastifyInstance } from 'fastify';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { demoDataset } from '../../src/cli/demo-data.js';
import { createApiKey } from '../../src/service/keys.js';
import { type HeadlessChromium, launchChromium } from '../support/browser.js';
import { testClock } from '../support/clock.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let database: TestDatabase;
let app: FastifyInstance;
let api: string;
let writeKey: string;
let browser: HeadlessChromium;
const pages: Server[] = [];
let allowed: Page;
let refused: Page;

/** A bare page on an origin of its own. */
async function otherOrigin(): Promise<string> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>dashboard</title><p>dashboard');
  });
  pages.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  const [allowedOrigin, refusedOrigin] = [await otherOrigin(), await otherOrigin()];
  database = await createTestDatabase();
  app = await buildApp({ database, clock: testClock('2026-10-15T12:00:00Z'), corsOrigins: [allowedOrigin] });
  writeKey = (await createApiKey(database.db, 'cors test', 'write')).key;
  const created = await app.inject({
    method: 'POST',
    url: '/v1/companies',
    headers: { authorization: `Bearer ${writeKey}` },
    payload: demoDataset.company,
  });
  expect(created.statusCode, created.body).toBe(201);
  // One change in the feed: a figure.
  const metric = demoDataset.metrics.find((m) => m.key === 'cloud.ebita_margin');
  const actual = demoDataset.actuals.find((a) => a.metric === 'cloud.ebita_margin');
  for (const [url, payload] of [
    ['/v1/metrics', metric],
    ['/v1/actuals', actual],
  ] as const) {
    const response = await app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${writeKey}` },
      payload,
    });
    expect(response.statusCode, response.body).toBe(201);
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  api = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  allowed = await browser.context.newPage();
  await allowed.goto(`${allowedOrigin}/`);
  refused = await browser.context.newPage();
  await refused.goto(`${refusedOrigin}/`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await database?.destroy();
  for (const server of pages) server.close();
});

/** A GET from the page, then one with the ETag it read: the status of each, or the error the browser gave. */
function readTwice(page: Page) {
  return page.evaluate(async (url) => {
    try {
      const first = await fetch(url, { cache: 'no-store' } as RequestInit);
      const etag = first.headers.get('etag');
      const body = (await first.json()) as { name?: string };
      const again = await fetch(url, {
        cache: 'no-store',
        headers: etag ? { 'if-none-match': etag } : {},
      } as RequestInit);
      return { status: first.status, name: body.name, etag, revalidated: again.status };
    } catch (error) {
      return { error: String(error) };
    }
  }, `${api}/v1/companies/alibaba`);
}

/** The first event of the change stream, or 'error' if the browser refused it. */
function firstEvent(page: Page) {
  return page.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        const source = new EventSource(url);
        source.addEventListener('actual.created', (event) => {
          source.close();
          resolve(
            `${event.type} ${(JSON.parse((event as MessageEvent).data as string) as { companyId: string }).companyId}`,
          );
        });
        source.onerror = () => {
          source.close();
          resolve('error');
        };
      }),
    `${api}/v1/changes/stream`,
  );
}

function createCompany(page: Page, id: string) {
  return page.evaluate(
    async ({ url, key, body }) => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: response.status, location: response.headers.get('location') };
      } catch (error) {
        return { error: String(error) };
      }
    },
    { url: `${api}/v1/companies`, key: writeKey, body: { ...demoDataset.company, id, tickers: [] } },
  );
}

describe('CORS from a page on an allowed origin', () => {
  it('reads, and revalidates with the ETag it may read: 304', async () => {
    expect(await readTwice(allowed)).toEqual({
      status: 200,
      name: demoDataset.company.name,
      etag: expect.stringMatching(/^(W\/)?"/),
      revalidated: 304,
    });
  });

  // The feed shows a change once every older transaction on the PostgreSQL server has ended, in any database.
  it('follows the change feed with EventSource', { timeout: 90_000 }, async () => {
    expect(await firstEvent(allowed)).toBe('actual.created alibaba');
  });

  it('writes with a key, and reads the Location of what it made', async () => {
    expect(await createCompany(allowed, 'from-the-dashboard')).toEqual({
      status: 201,
      location: '/v1/companies/from-the-dashboard',
    });
  });
});

describe('CORS from a page on an origin not listed', () => {
  it('can read nothing', async () => {
    expect(await readTwice(refused)).toEqual({ error: expect.stringContaining('Failed to fetch') });
  });

  it('gets no event stream', async () => {
    expect(await firstEvent(refused)).toBe('error');
  });

  it('cannot write, and nothing reaches the API: the preflight is refused first', async () => {
    expect(await createCompany(refused, 'from-elsewhere')).toEqual({
      error: expect.stringContaining('Failed to fetch'),
    });
    expect((await app.inject({ url: '/v1/companies/from-elsewhere' })).statusCode).toBe(404);
  });
});
