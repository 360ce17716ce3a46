// Request ids: a caller's sane X-Request-Id is kept (a fresh UUID otherwise), echoed on every answer, carried by
// every log line the request writes and by every problem body, so "request 7f3c… failed" leads to its log lines.
import { connect } from 'node:net';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createApiKey } from '../../src/service/keys.js';
import { checked, expectProblem } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { ALIBABA } from '../support/fixtures.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  err?: { message: string };
}

let database: TestDatabase;
let app: FastifyInstance;
/** The same app without the spec check: the spec rightly documents no 500. */
let unchecked: FastifyInstance;
let adminKey: string;
const logLines: LogLine[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const stream = new PassThrough();
  let partial = '';
  stream.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line) logLines.push(JSON.parse(line) as LogLine);
  });
  unchecked = await buildApp({ database, logLevel: 'info', logStream: stream, rateLimitPerMinute: 40 });
  app = checked(unchecked);
  adminKey = (await createApiKey(database.db, 'tests', 'admin')).key;
});

afterAll(async () => {
  await app?.close();
  await database?.destroy();
});

const linesOf = (requestId: string) => logLines.filter((l) => l.requestId === requestId);

describe('a request that brings its own X-Request-Id', () => {
  it('is answered under that id, and every log line it writes carries it', async () => {
    const id = 'checkout-7f3c:42.1';
    const response = await app.inject({ url: '/v1/companies', headers: { 'x-request-id': id } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-request-id']).toBe(id);
    const lines = linesOf(id);
    expect(lines.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
  });

  it.for([
    ['longer than 128 characters', 'a'.repeat(129)],
    ['with spaces', 'two words'],
    ['with quotes and braces', '"},{"level":60'],
    ['empty', ''],
  ])('gets a fresh UUID instead of an id %s', async ([, given]) => {
    const response = await app.inject({ url: '/v1/companies', headers: { 'x-request-id': given } });
    const answered = String(response.headers['x-request-id']);
    expect(answered).toMatch(UUID);
    expect(linesOf(answered)).toHaveLength(2);
    expect(logLines.some((l) => l.requestId === given)).toBe(false);
  });

  it('keeps an id of exactly 128 characters', async () => {
    const id = `${'0123456789abcdef'.repeat(8)}`;
    const response = await app.inject({ url: '/healthz', headers: { 'x-request-id': id } });
    expect(response.headers['x-request-id']).toBe(id);
  });
});

describe('a request without an id', () => {
  it('gets a UUID of its own, different for each request', async () => {
    const first = await app.inject({ url: '/healthz' });
    const second = await app.inject({ url: '/healthz' });
    expect(first.headers['x-request-id']).toMatch(UUID);
    expect(second.headers['x-request-id']).toMatch(UUID);
    expect(first.headers['x-request-id']).not.toBe(second.headers['x-request-id']);
  });
});

describe('every problem body names its request', () => {
  const refusals: [string, () => Promise<Awaited<ReturnType<FastifyInstance['inject']>>>, number][] = [
    [
      'an unknown route (404)',
      () => app.inject({ url: '/v1/nothing-here', headers: { 'x-request-id': 'r-404' } }),
      404,
    ],
    [
      'a write without a key (401)',
      () =>
        app.inject({ method: 'POST', url: '/v1/companies', payload: ALIBABA, headers: { 'x-request-id': 'r-401' } }),
      401,
    ],
    [
      'an invalid body (422)',
      () =>
        app.inject({
          method: 'POST',
          url: '/v1/companies',
          payload: { id: 'x' },
          headers: { authorization: `Bearer ${adminKey}`, 'x-request-id': 'r-422' },
        }),
      422,
    ],
    [
      'an unknown query parameter (400)',
      () => app.inject({ url: '/v1/companies?colour=red', headers: { 'x-request-id': 'r-400' } }),
      400,
    ],
    [
      'a malformed path (400, refused while routing)',
      () => app.inject({ url: '/v1/statements/%E0%A4%A', headers: { 'x-request-id': 'r-bad-url' } }),
      400,
    ],
  ];

  it.for(refusals)('on %s', async ([, send, status]) => {
    const response = await send();
    const body = expectProblem(response, status) as { requestId?: string };
    expect(body.requestId).toBeDefined();
    expect(body.requestId).toBe(response.headers['x-request-id']);
  });

  it('on a rate-limited request (429)', async () => {
    let last;
    for (let i = 0; i < 45; i++)
      last = await app.inject({ url: '/v1/metrics', headers: { 'x-request-id': `r-429-${i}` } });
    if (!last) throw new Error('no request sent');
    const body = expectProblem(last, 429) as { requestId?: string };
    expect(body.requestId).toBe('r-429-44');
    expect(last.headers['x-request-id']).toBe('r-429-44');
  });

  it('on HTTP that Node refuses before there is a request (400 on the socket)', async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('utf8')));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    const id = /\r\nX-Request-Id: ([^\r]+)\r\n/i.exec(raw)?.[1];
    expect(id, raw).toMatch(UUID);
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as { requestId?: string; status: number };
    expect(body).toMatchObject({ status: 400, requestId: id });
  });
});

describe('a request the server fails', () => {
  it('answers 500 with its id and what to do, logs the error under that id, and leaks nothing of the cause', async () => {
    await database.pool.query('alter table companies rename to companies_gone');
    try {
      // With a key: its rate-limit budget is its own, untouched by the anonymous requests above. A URL not asked
      // before, so no cached answer hides the failure.
      const response = await unchecked.inject({
        url: '/v1/companies?limit=7',
        headers: { authorization: `Bearer ${adminKey}`, 'x-request-id': 'r-500' },
      });
      const body = expectProblem(response, 500) as { requestId?: string; detail?: string };
      expect(body.requestId).toBe('r-500');
      expect(body.detail).toContain('r-500');
      expect(body.detail).toMatch(/not a fault in the request/);
      // The database's message names the table; the caller sees none of it.
      expect(Object.keys(body).sort()).toEqual(['detail', 'instance', 'requestId', 'status', 'title', 'type']);
      expect(body.detail).not.toMatch(/companies|relation|does not exist|\.ts/);
      const logged = linesOf('r-500').find((l) => l.level >= 50);
      expect(logged?.err?.message).toMatch(/does not exist/);
    } finally {
      await database.pool.query('alter table companies_gone rename to companies');
    }
  });
});
