// Whether a request needs a key is decided by the route that matched, never by the URL's text: every way of
// spelling a path that the router may decode or normalise (percent-encoding, absolute-form targets, dot
// segments, doubled slashes, case, `;` parameters) still needs a key, sent as raw HTTP/1.1 on a real socket
// so that nothing between the test and the server tidies the request target first.
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { requiredScope } from '../../src/http/plugins/auth.js';
import { createApiKey } from '../../src/service/keys.js';
import { tableCounts, useTestApp } from '../support/app.js';
import { WRITE_ROUTES, type WriteOperation, seedWriteTargets } from '../support/write-routes.js';

const ctx = useTestApp({ rateLimitPerMinute: 1_000_000, sweepIntervalMs: 0 });

interface Operation {
  id: string;
  method: string;
  path: string;
  /** The spec's security requirements: [] public, [{}, apiKey] key optional, [apiKey] key required. */
  security: Record<string, string[]>[];
}

const spec = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId: string; security?: Record<string, string[]>[] }>>;
};
const operations: Operation[] = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({
    id: op.operationId,
    method: method.toUpperCase(),
    path,
    security: op.security ?? [],
  })),
);
const isPublic = (op: Operation) => op.security.length === 0;
const keyOptional = (op: Operation) => op.security.some((requirement) => Object.keys(requirement).length === 0);
const writes = operations.filter((op) => op.method !== 'GET' && !keyOptional(op));
const reads = operations.filter((op) => !isPublic(op) && !writes.includes(op));

let ids: Record<string, string> = {};

/** The reads that need the admin scope: the audit trail, the keys, the metrics and the webhook endpoints. */
const ADMIN_READS = new Set([
  'listAuditEntries',
  'listApiKeys',
  'getApiKey',
  'getMetrics',
  'listWebhookEndpoints',
  'getWebhookEndpoint',
  'listWebhookDeliveries',
]);
const keys = { read: '', write: '' };

/** A body the parse POST accepts: with readsRequireKey it is a read, refused only for want of a key. */
const PARSE_BODY = { quote: 'ARR will reach RMB 10 billion in June', companyId: 'alibaba', statedOn: '2026-05-15' };

/** A body each route would accept: the requests below are refused only for want of a key. */
function bodyOf(operationId: string): unknown {
  if (operationId === 'parseStatement') return PARSE_BODY;
  if (!(operationId in WRITE_ROUTES)) throw new Error(`no request prepared for ${operationId}: add one`);
  return WRITE_ROUTES[operationId as WriteOperation].body();
}

/** The operation's path with real ids in it, so that with a key it would act on real rows. */
function concrete(op: Operation): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const id = ids[name];
    if (!id) throw new Error(`no id for {${name}} in ${op.path}`);
    return id;
  });
}

/**
 * Spellings of a /v1/ path that a prefix check on the raw URL would miss, or that the router normalises. (A
 * target with no leading slash or `*` at all, such as `v1/actuals`, is refused by Node's HTTP parser with 400
 * before the app sees it.)
 */
function bypassForms(path: string, origin: string): { form: string; target: string }[] {
  const rest = path.slice('/v1/'.length);
  const firstLetter = `%${rest.charCodeAt(0).toString(16)}`;
  const forms: [string, string][] = [
    ['as written', path],
    ['with the v percent-encoded', `/%761/${rest}`],
    ['with a letter of the resource percent-encoded', `/v1/${firstLetter}${rest.slice(1)}`],
    ['with the v double-encoded', `/%25761/${rest}`],
    ['in absolute form', `${origin}${path}`],
    ['in absolute form naming another host', `http://saydo.example${path}`],
    ['in absolute form with the v percent-encoded', `${origin}/%761/${rest}`],
    ['behind a *', `*v1/${rest}`],
    ['behind a doubled slash', `//v1/${rest}`],
    ['with a doubled inner slash', `/v1//${rest}`],
    ['with a dot-dot segment', `/v1/../v1/${rest}`],
    ['with a dot segment', `/v1/./${rest}`],
    ['with percent-encoded dot segments', `/v1/%2e%2e/v1/${rest}`],
    ['with an encoded slash after v1', `/v1%2F${rest}`],
    ['with a trailing %2F', `${path}%2F`],
    ['with a trailing slash', `${path}/`],
    ['with V1 in upper case', `/V1/${rest}`],
    ['with the resource in upper case', `/v1/${rest.toUpperCase()}`],
    ['with a ; parameter on v1', `/v1;x=1/${rest}`],
    ['with a trailing ; parameter', `${path};x=1`],
    ['with a query string', `${path}?v1=/v1/`],
  ];
  return forms.map(([form, target]) => ({ form, target }));
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One HTTP/1.1 request written byte for byte to the socket: the target goes out exactly as given. */
function rawRequest(
  port: number,
  method: string,
  target: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? '' : JSON.stringify(body);
    const lines = [
      `${method} ${target} HTTP/1.1`,
      `host: 127.0.0.1:${port}`,
      'connection: close',
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      ...(body === undefined
        ? []
        : ['content-type: application/json', `content-length: ${Buffer.byteLength(payload)}`]),
    ];
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${method} ${target}`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const parsed: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        parsed[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers: parsed, body: rest.join('\r\n\r\n') });
    });
    socket.write(`${lines.join('\r\n')}\r\n\r\n${payload}`);
  });
}

async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return (app.server.address() as AddressInfo).port;
}

/** What went wrong with each answer, so one failure lists every form and route it affects. */
function mismatch(response: RawResponse, status: number): string | null {
  const problems: string[] = [];
  if (response.status !== status) problems.push(`status ${response.status}`);
  if (!/^application\/problem\+json/.test(response.headers['content-type'] ?? '')) {
    problems.push(`content-type ${response.headers['content-type']}`);
  }
  if (status === 401 && !/^Bearer /.test(response.headers['www-authenticate'] ?? '')) {
    problems.push('no WWW-Authenticate: Bearer');
  }
  return problems.length ? `${problems.join(', ')}: ${response.body.slice(0, 160)}` : null;
}

let port = 0;

beforeAll(async () => {
  keys.read = (await createApiKey(ctx.db.db, 'dashboard', 'read')).key;
  keys.write = (await createApiKey(ctx.db.db, 'pipeline', 'write')).key;
  ids = { ...(await seedWriteTargets(ctx.app)) };
  port = await listen(ctx.anonymous);
});

describe('the operations under test, from the committed OpenAPI document', () => {
  it('cover every write, and only the parse POST among non-GETs takes an optional key', () => {
    expect(writes.length).toBeGreaterThanOrEqual(10);
    expect(writes.every((op) => op.path.startsWith('/v1/'))).toBe(true);
    expect(operations.filter((op) => op.method !== 'GET' && keyOptional(op)).map((op) => op.id)).toEqual([
      'parseStatement',
    ]);
    expect(operations.filter(isPublic).map((op) => op.id)).toEqual(['getHealth', 'getReadiness']);
  });
});

describe('a write sent without a key, however its path is spelled', () => {
  it('is refused with 401 problem+json on every write route and every form, and changes nothing', async () => {
    const before = await tableCounts(ctx.db);
    const origin = `http://127.0.0.1:${port}`;
    const wrong: string[] = [];
    for (const op of writes) {
      for (const { form, target } of bypassForms(concrete(op), origin)) {
        const headers: Record<string, string> = op.method === 'PATCH' ? { 'if-match': '*' } : {};
        const response = await rawRequest(port, op.method, target, headers, bodyOf(op.id));
        const problem = mismatch(response, 401);
        if (problem) wrong.push(`${op.id} ${form} (${op.method} ${target}): ${problem}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('is refused with 403 when it carries a read-scoped key, on every write route and every form', async () => {
    const before = await tableCounts(ctx.db);
    const origin = `http://127.0.0.1:${port}`;
    const wrong: string[] = [];
    for (const op of writes) {
      for (const { form, target } of bypassForms(concrete(op), origin)) {
        const headers = { authorization: `Bearer ${keys.read}`, ...(op.method === 'PATCH' ? { 'if-match': '*' } : {}) };
        const response = await rawRequest(port, op.method, target, headers, bodyOf(op.id));
        const problem = mismatch(response, 403);
        if (problem) wrong.push(`${op.id} ${form} (${op.method} ${target}): ${problem}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])(
    'to a path no route serves is refused with 401 (%s), not 404',
    async (method) => {
      for (const target of ['/v1/nothing-here', '/healthz', '/openapi.json', '/docs', '/elsewhere']) {
        const response = await rawRequest(port, method, target, {}, { any: 'body' });
        expect(mismatch(response, 401), `${method} ${target}`).toBeNull();
      }
    },
  );

  it('still reaches each route with a write key (admin where it needs one): the refusals above were down to the key alone', async () => {
    // Deletions last: an endpoint deleted first could not be enabled after.
    const deletionsLast = [...writes].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
    for (const op of deletionsLast) {
      // API keys and webhook endpoints are for admins: their refusals above were down to the key too.
      const route = WRITE_ROUTES[op.id as WriteOperation];
      const key = route.scope === 'admin' ? ctx.adminKey : keys.write;
      const headers = { authorization: `Bearer ${key}`, ...(op.method === 'PATCH' ? { 'if-match': '*' } : {}) };
      const response = await rawRequest(port, op.method, concrete(op), headers, bodyOf(op.id));
      expect(response.status, `${op.id}: ${response.body}`).toBe(route.status ?? (op.method === 'POST' ? 201 : 200));
    }
  });
});

describe('with readsRequireKey, a read sent without a key, however its path is spelled', () => {
  let closed: FastifyInstance;
  let closedPort = 0;
  beforeAll(async () => {
    closed = await buildApp({
      database: ctx.db,
      readsRequireKey: true,
      rateLimitPerMinute: 1_000_000,
      sweepIntervalMs: 0,
    });
    closedPort = await listen(closed);
    // The write tests above deleted the seeded webhook endpoint: register another to read.
    const webhook = await ctx.app.inject({
      method: 'POST',
      url: '/v1/webhooks',
      payload: WRITE_ROUTES.createWebhookEndpoint.body('closed'),
    });
    ids.webhookId = webhook.json<{ id: string }>().id;
  });
  afterAll(async () => {
    await closed.close();
  });

  it('is refused with 401 on every read route (GET and HEAD) and every form', async () => {
    const origin = `http://127.0.0.1:${closedPort}`;
    const wrong: string[] = [];
    for (const op of reads) {
      const methods = op.method === 'GET' ? ['GET', 'HEAD'] : [op.method];
      for (const method of methods) {
        for (const { form, target } of bypassForms(concrete(op), origin)) {
          const body = method === 'POST' ? bodyOf(op.id) : undefined;
          const response = await rawRequest(closedPort, method, target, {}, body);
          // A HEAD answer has headers only.
          const problem =
            method === 'HEAD'
              ? response.status === 401
                ? null
                : `status ${response.status}`
              : mismatch(response, 401);
          if (problem) wrong.push(`${op.id} ${form} (${method} ${target}): ${problem}`);
        }
      }
    }
    expect(reads.length).toBeGreaterThanOrEqual(15);
    expect(wrong).toEqual([]);
  });

  it('is refused with 401 on a path no route serves, not 404', async () => {
    for (const target of ['/v1/nothing-here', '/nothing-here', '/healthz/more', '/docs-but-not']) {
      expect(mismatch(await rawRequest(closedPort, 'GET', target, {}), 401), target).toBeNull();
    }
  });

  it.each(['/healthz', '/readyz', '/openapi.json', '/docs', '/docs/static/index.html', '/docs/json'])(
    'leaves %s open: health, readiness, the spec and the docs are the only public routes',
    async (target) => {
      const response = await rawRequest(closedPort, 'GET', target, {});
      expect(response.status, response.body.slice(0, 200)).toBeGreaterThanOrEqual(200);
      expect(response.status, response.body.slice(0, 200)).toBeLessThan(400);
    },
  );

  it('leaves the docs page and every asset it loads open, as declared when swagger-ui registered them', async () => {
    const page = await rawRequest(closedPort, 'GET', '/docs/', {});
    expect(page.status).toBe(200);
    const linked = [...page.body.matchAll(/(?:href|src)="([^"]+)"/g)].map(
      (m) => new URL(m[1] ?? '', 'http://saydo.example/docs/').pathname,
    );
    expect(linked.length).toBeGreaterThanOrEqual(5);
    for (const target of new Set([...linked, '/docs/yaml', '/docs/static/logo.svg'])) {
      expect((await rawRequest(closedPort, 'GET', target, {})).status, target).toBe(200);
    }
  });

  it('serves a read key through the canonical path (the refusals were down to the key alone)', async () => {
    for (const op of reads.filter((o) => o.method === 'GET' && !o.id.startsWith('stream'))) {
      const scoped = ADMIN_READS.has(op.id) ? ctx.adminKey : keys.read;
      const response = await rawRequest(closedPort, 'GET', concrete(op), { authorization: `Bearer ${scoped}` });
      expect(response.status, `${op.id}: ${response.body.slice(0, 200)}`).toBe(200);
    }
  });
});

describe('the access rule', () => {
  it('needs write for anything but GET and HEAD on a route that declares nothing, and read for those when closed', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND']) {
      expect(requiredScope({}, method, false)).toBe('write');
    }
    expect(requiredScope({}, 'GET', false)).toBeNull();
    expect(requiredScope({}, 'HEAD', true)).toBe('read');
    expect(requiredScope({ readOnly: true }, 'POST', true)).toBe('read');
    expect(requiredScope({ scope: 'public' }, 'POST', true)).toBeNull();
    expect(requiredScope({ scope: 'admin' }, 'GET', false)).toBe('admin');
  });
});
