// Input built to break the server rather than to be wrong: absurd nesting, dates past the year 9999, URLs that
// do not decode, bodies in other media types, numbers a double cannot hold, HTTP that Node itself refuses. Each
// gets a 4xx problem and writes nothing.
import { once } from 'node:events';
import { type AddressInfo, connect } from 'node:net';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { Statement } from '../../src/schemas/statements.js';
import { expectProblem, tableCounts, useTestApp } from '../support/app.js';
import { ALIBABA, MAAS_ARR, TEENS_STATEMENT, actual, post, seedAlibaba } from '../support/fixtures.js';

const ctx = useTestApp({ rateLimitPerMinute: 1_000_000 });

let statementId = '';
beforeAll(async () => {
  await seedAlibaba(ctx.app);
  statementId = (await post<Statement>(ctx.app, '/v1/statements', TEENS_STATEMENT)).id;
});

/** Send a request that must be refused, and check it wrote nothing. */
async function refused(request: InjectOptions, status: number) {
  const before = await tableCounts(ctx.db);
  const response = await ctx.app.inject(request);
  const problem = expectProblem(response, status);
  expect(await tableCounts(ctx.db)).toEqual(before);
  return problem;
}

const rawPost = (url: string, payload: string, contentType = 'application/json'): InjectOptions => ({
  method: 'POST',
  url,
  payload,
  headers: { 'content-type': contentType },
});

const nestedArrays = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

describe('a body nested absurdly deep', () => {
  it('is refused with a 400 that names the limit, whether arrays or objects nest', async () => {
    const arrays = await refused(rawPost('/v1/statements', `{"quote":${nestedArrays(10_000)}}`), 400);
    expect(arrays.detail).toMatch(/nested deeper than 64 levels/);
    const objects = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    expect((await refused(rawPost('/v1/actuals/batch', objects), 400)).detail).toMatch(/deeper than 64/);
  });

  it('is refused on a route that writes nothing too', async () => {
    await refused(rawPost('/v1/statements/parse', `{"companyId":${nestedArrays(100_000)}}`), 400);
  });

  it('is taken up to 64 levels, where the fields themselves are judged', async () => {
    const problem = await refused(rawPost('/v1/statements', `{"quote":${nestedArrays(63)}}`), 422);
    expect(problem.errors?.map((e) => e.pointer)).toContain('/quote');
  });

  it('still has its NUL characters found at depth, by a walk that does not recurse', async () => {
    const deep = `${'{"a":'.repeat(60)}"x\\u0000"${'}'.repeat(60)}`;
    const problem = await refused(rawPost('/v1/companies', `{"id":"deep","name":"Deep","x":${deep}}`), 422);
    expect(problem.errors?.[0]?.pointer).toBe(`/x${'/a'.repeat(60)}`);
  });
});

describe('dates past 9999-12-31', () => {
  const window = { start: '9999-01-01', end: '9999-12-31' };

  it('refuses a window ending on the last day there is, naming the window end', async () => {
    const problem = await refused(
      { method: 'POST', url: '/v1/statements', payload: { ...TEENS_STATEMENT, graceDays: 0, window } },
      422,
    );
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/window/end']);
  });

  it('refuses grace that runs past 9999-12-31, naming graceDays', async () => {
    const payload = { ...TEENS_STATEMENT, graceDays: 30, window: { ...window, end: '9999-12-20' } };
    const problem = await refused({ method: 'POST', url: '/v1/statements', payload }, 422);
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/graceDays']);
  });

  it("refuses a window that the company's default grace carries past 9999-12-31", async () => {
    expect(ALIBABA.reportingLagDays).toBe(60);
    const payload = { ...TEENS_STATEMENT, window: { ...window, end: '9999-12-01' } };
    const problem = await refused({ method: 'POST', url: '/v1/statements', payload }, 422);
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/window/end']);
  });

  it('refuses such a window in a compound part and in a revision, at its own pointer', async () => {
    const part = {
      quote: 'ARR will pass RMB 1 billion',
      metric: MAAS_ARR.key,
      commitment: 'will',
      target: { op: 'gt', value: '1000000000' },
      window,
    };
    const compound = {
      companyId: 'alibaba',
      statedOn: '2026-05-15',
      source: { kind: 'call' },
      quote: 'q',
      parts: [part],
    };
    const inPart = await refused({ method: 'POST', url: '/v1/statements/compound', payload: compound }, 422);
    expect(inPart.errors?.map((e) => e.pointer)).toEqual(['/parts/0/window/end']);
    const replacement = {
      ...part,
      source: { kind: 'call' },
      metric: 'cloud.ebita_margin',
      target: { op: 'gt', value: '15' },
    };
    const revision = { kind: 'raised', statedOn: '2026-08-20', statement: replacement };
    const url = `/v1/statements/${statementId}/revisions`;
    const inRevision = await refused({ method: 'POST', url, payload: revision }, 422);
    expect(inRevision.errors?.map((e) => e.pointer)).toEqual(['/statement/window/end']);
  });

  it('takes a window whose grace ends on 9999-12-30, the last deadline that can be kept', async () => {
    const payload = { ...TEENS_STATEMENT, graceDays: 0, window: { ...window, end: '9999-12-30' } };
    const response = await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload });
    expect(response.statusCode, response.body).toBe(201);
  });

  it('refuses a publication time past 9999 and a year-0 period, and answers reads at the far edge', async () => {
    await refused(
      { method: 'POST', url: '/v1/actuals', payload: actual({ publishedAt: '+275760-09-13T00:00:00Z' }) },
      422,
    );
    await refused({ method: 'POST', url: '/v1/actuals', payload: actual({ period: 'CY9999' }) }, 422);
    await refused({ method: 'GET', url: '/v1/statements?asOf=%2B275760-09-13T00:00:00Z' }, 422);
    await refused({ method: 'GET', url: '/v1/statements?asOf=0000-01-01' }, 422);
    const edge = await ctx.app.inject({ url: '/v1/leaderboard?asOf=9999-12-31T23:59:59.999Z' });
    expect(edge.statusCode, edge.body).toBe(200);
  });
});

describe('URLs that do not decode', () => {
  it('refuses broken percent-encoding in a path with a 400 problem', async () => {
    const problem = await refused({ method: 'GET', url: '/v1/statements/%E0%A4%A' }, 400);
    expect(problem.type).toMatch(/bad-url$/);
    await refused({ method: 'POST', url: '/v1/statements/%E0%A4%A/revisions', payload: { kind: 'withdrawn' } }, 400);
  });

  it('refuses a path parameter longer than any id with a 400 problem', async () => {
    await refused({ method: 'GET', url: `/v1/companies/${'a'.repeat(2_000)}` }, 400);
    const url = `/v1/actuals/${'a'.repeat(500)}/retractions`;
    await refused({ method: 'POST', url, payload: { reason: 'too long an id' } }, 400);
  });

  it('refuses broken percent-encoding in a query string with a 4xx problem', async () => {
    const response = await ctx.app.inject({ url: '/v1/statements?companyId=%E0%A4%A&cursor=%ZZ' });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expectProblem(response, response.statusCode);
  });
});

describe('bodies in a media type the route does not take', () => {
  const company = JSON.stringify({ ...ALIBABA, id: 'media-co' });

  it.each([
    ['text/plain', 'text/plain'],
    ['form-encoded', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['JSON in latin1', 'application/json; charset=latin1'],
    ['a JSON merge patch to a POST', 'application/merge-patch+json'],
  ])('refuses %s with a 415 problem', async (_what, contentType) => {
    await refused(rawPost('/v1/companies', company, contentType), 415);
  });

  it('refuses a body with no content type with a 415 problem', async () => {
    const before = await tableCounts(ctx.db);
    const response = await ctx.app.inject({ method: 'POST', url: '/v1/companies', payload: Buffer.from(company) });
    expectProblem(response, 415);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('refuses a PATCH as application/merge-patch+json with a 415 problem: PATCH takes application/json', async () => {
    const headers = { 'content-type': 'application/merge-patch+json', 'if-match': '*' };
    const patch = { method: 'PATCH' as const, url: '/v1/companies/alibaba', payload: '{"name":"X"}', headers };
    await refused(patch, 415);
  });

  it('takes JSON declared as UTF-8, in any case', async () => {
    for (const [id, contentType] of [
      ['utf8-co', 'application/json; charset=UTF-8'],
      ['quoted-co', 'application/json; charset="utf-8"'],
    ] as const) {
      const response = await ctx.app.inject(rawPost('/v1/companies', JSON.stringify({ ...ALIBABA, id }), contentType));
      expect(response.statusCode, response.body).toBe(201);
    }
  });
});

describe('numbers a double cannot hold exactly', () => {
  /** After every fiscal year used below has ended (FY2021 ends 2021-03-31): a flow's figure follows its period. */
  const PUBLISHED_AFTER = '2021-06-01';
  /** An actual whose value is the literal as written, not as JSON.stringify would round it. */
  const actualWithValue = (literal: string, period: string) =>
    JSON.stringify(actual({ period, value: 'VALUE', publishedAt: PUBLISHED_AFTER })).replace('"VALUE"', literal);

  it.each(['12345678901234567890.123', '0.1000000000000000000001', '9007199254740993', '1e400', '1e-400'])(
    'refuses %s with a 422 at its pointer that says to send it as a string',
    async (literal) => {
      const problem = await refused(rawPost('/v1/actuals', actualWithValue(literal, 'FY2030')), 422);
      expect(problem.errors).toEqual([
        { pointer: '/value', detail: expect.stringContaining(`send it as a string, "${literal}"`) as string },
      ]);
    },
  );

  it('points into a batch at the item that holds it', async () => {
    const items = [actual({ period: 'FY2031' }), actual({ period: 'FY2032', value: 'VALUE' })];
    const body = JSON.stringify({ items }).replace('"VALUE"', '18014398509481985');
    const problem = await refused(rawPost('/v1/actuals/batch', body), 422);
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/items/1/value']);
  });

  it('refuses an integer beyond 2^53 where an integer is wanted', async () => {
    const body = JSON.stringify({ ...TEENS_STATEMENT, graceDays: 'GRACE' }).replace('"GRACE"', '9007199254740993');
    const problem = await refused(rawPost('/v1/statements', body), 422);
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/graceDays']);
  });

  it('keeps every digit of the same value sent as a string', async () => {
    const body = JSON.stringify(
      actual({ period: 'FY2016', value: '12345678901234567890.123', publishedAt: PUBLISHED_AFTER }),
    );
    const response = await ctx.app.inject(rawPost('/v1/actuals', body));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<{ value: string }>().value).toBe('12345678901234567890.123');
  });

  it('takes numbers a double holds exactly, however they are written', async () => {
    for (const [literal, period, stored] of [
      ['12.4', 'FY2017', '12.4'],
      ['1.20e1', 'FY2018', '12'],
      ['9007199254740992', 'FY2019', '9007199254740992'],
      ['0.00000000000000000001', 'FY2020', '0.00000000000000000001'],
    ] as const) {
      const response = await ctx.app.inject(rawPost('/v1/actuals', actualWithValue(literal, period)));
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json<{ value: string }>().value).toBe(stored);
    }
  });

  it('does not mistake digits inside strings, escaped quotes included, for numbers', async () => {
    const body = JSON.stringify(
      actual({
        period: 'FY2021',
        publishedAt: PUBLISHED_AFTER,
        note: 'ref \\"12345678901234567890123\\" 99999999999999999999',
      }),
    );
    const response = await ctx.app.inject(rawPost('/v1/actuals', body));
    expect(response.statusCode, response.body).toBe(201);
  });
});

describe("HTTP that Node's parser refuses", () => {
  let server: FastifyInstance;
  let port = 0;
  beforeAll(async () => {
    server = await buildApp({ database: ctx.db, listen: false, sweepIntervalMs: 0 });
    await server.listen({ host: '127.0.0.1', port: 0 });
    port = (server.server.address() as AddressInfo).port;
    return () => server.close();
  });

  /** Write raw bytes to the server and read everything it answers until it closes the connection. */
  async function rawExchange(request: string): Promise<{ status: number; headers: string; body: string }> {
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.write(request);
    await once(socket, 'close');
    const text = Buffer.concat(chunks).toString('utf8');
    const [head = '', body = ''] = text.split('\r\n\r\n');
    return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), headers: head.toLowerCase(), body };
  }

  function expectRawProblem(answer: { status: number; headers: string; body: string }, status: number) {
    expect(answer.status, answer.headers).toBe(status);
    expect(answer.headers).toContain('content-type: application/problem+json');
    const problem = JSON.parse(answer.body) as { status: number; title: string; type: string };
    expect(problem.status).toBe(status);
    expect(problem.type).toMatch(/^https:\/\/saydo\.dev\/problems\//);
  }

  it('refuses a body sent with no content type at all with a 415 problem', async () => {
    const before = await tableCounts(ctx.db);
    const body = JSON.stringify({ ...ALIBABA, id: 'raw-co' });
    const request =
      `POST /v1/companies HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${ctx.adminKey}\r\n` +
      `content-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`;
    expectRawProblem(await rawExchange(request), 415);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('answers a garbage request line with a 400 problem', async () => {
    expectRawProblem(await rawExchange('HELLO THERE\r\n\r\n'), 400);
  });

  it('answers headers larger than Node takes with a 431 problem', async () => {
    const header = `x-filler: ${'a'.repeat(20_000)}\r\n`;
    expectRawProblem(await rawExchange(`GET /health HTTP/1.1\r\nhost: x\r\n${header}\r\n`), 431);
  });
});
