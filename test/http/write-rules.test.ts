// The write-side rulings on real guidance: a statement is a forecast, a decided statement stays decided, a
// revision's kind agrees with its numbers, the same fact is stored once, and impossible input is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actual } from '../../src/schemas/actuals.js';
import type { Statement } from '../../src/schemas/statements.js';

interface Revision {
  kind: string;
}
import { expectProblem, tableCounts, useTestApp } from '../support/app.js';
import { testClock } from '../support/clock.js';
import { ALIBABA, CAPEX, MAAS_ARR, TEENS_STATEMENT, actual, post, seedAlibaba } from '../support/fixtures.js';

const clock = testClock('2026-12-01T12:00:00Z');
const ctx = useTestApp({ clock });
beforeAll(() => seedAlibaba(ctx.app));

let n = 0;
/** The teens statement with a quote of its own: the same statement twice is one. */
const teens = (overrides: Record<string, unknown> = {}) => {
  n += 1;
  return { ...TEENS_STATEMENT, quote: `${TEENS_STATEMENT.quote} [${n}]`, ...overrides };
};

async function refused(url: string, payload: object, status: number) {
  const before = await tableCounts(ctx.db);
  const problem = expectProblem(
    await ctx.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> }),
    status,
  );
  expect(await tableCounts(ctx.db)).toEqual(before);
  return problem;
}

const pointers = (problem: { errors?: { pointer?: string }[] }) => problem.errors?.map((e) => e.pointer);

describe('a statement is a forecast', () => {
  it('refuses a statement whose window had closed when it was stated, naming the window, and stores nothing', async () => {
    const byPeriod = await refused('/v1/statements', teens({ statedOn: '2026-11-15' }), 422);
    expect(pointers(byPeriod)).toEqual(['/window/period']);
    const byEnd = await refused(
      '/v1/statements',
      teens({ statedOn: '2026-11-15', window: { start: '2026-04-01', end: '2026-09-30' } }),
      422,
    );
    expect(pointers(byEnd)).toEqual(['/window/end']);
  });

  it('takes a statement made on the last day of its window', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/v1/statements',
      payload: teens({ statedOn: '2026-09-30' }),
    });
    expect(response.statusCode, response.body).toBe(201);
  });

  it("refuses a statement stated more than a day after the server's clock", async () => {
    const problem = await refused(
      '/v1/statements',
      teens({ statedOn: '2026-12-03', window: { period: 'FY2028' } }),
      422,
    );
    expect(pointers(problem)).toEqual(['/statedOn']);
  });
});

describe('a resolved statement stays resolved', () => {
  it('refuses to withdraw a statement already missed when the withdrawal takes effect (409), and stores nothing', async () => {
    const original = await post<Statement>(ctx.app, '/v1/statements', teens({ window: { period: 'FY2027Q1' } }));
    await post<Actual>(ctx.app, '/v1/actuals', actual({ value: '11.1', publishedAt: '2026-07-15' }));
    const problem = await refused(
      `/v1/statements/${original.id}/revisions`,
      { kind: 'withdrawn', statedOn: '2026-08-01' },
      409,
    );
    expect(problem.detail).toContain('missed');
  });

  it('still takes a withdrawal dated before the miss, even when recorded after it', async () => {
    const original = await post<Statement>(
      ctx.app,
      '/v1/statements',
      teens({ metric: CAPEX.key, target: { op: 'gte', value: '100' }, window: { period: 'FY2027Q1' } }),
    );
    await post<Actual>(
      ctx.app,
      '/v1/actuals',
      actual({ metric: CAPEX.key, unit: 'CNY', value: '50', publishedAt: '2026-07-15' }),
    );
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/v1/statements/${original.id}/revisions`,
      payload: { kind: 'withdrawn', statedOn: '2026-07-01' },
    });
    expect(response.statusCode, response.body).toBe(201);
  });
});

describe("a revision's kind agrees with its numbers", () => {
  const replacing = (target: Record<string, unknown>) => ({
    source: { kind: 'call' },
    quote: 'new guidance',
    metric: 'cloud.ebita_margin',
    commitment: 'expect',
    target,
    window: { period: 'FY2027Q1..FY2027Q2' },
  });
  const from35to40 = () =>
    post<Statement>(
      ctx.app,
      '/v1/statements',
      teens({ target: { op: 'range', low: '35', high: '40' }, metric: 'cloud.ebita_margin' }),
    );

  it.each(['raised', 'narrowed'])('takes 35–40 → 37–40 as %s: the move fits both', async (kind) => {
    const original = await from35to40();
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/v1/statements/${original.id}/revisions`,
      payload: { kind, statedOn: '2026-06-01', statement: replacing({ op: 'range', low: '37', high: '40' }) },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<{ revision: Revision }>().revision.kind).toBe(kind);
  });

  it("refuses a 'raised' revision that lowers every number with a 422 naming /kind, and stores nothing", async () => {
    const original = await from35to40();
    const problem = await refused(
      `/v1/statements/${original.id}/revisions`,
      { kind: 'raised', statedOn: '2026-06-01', statement: replacing({ op: 'range', low: '30', high: '34' }) },
      422,
    );
    expect(pointers(problem)).toEqual(['/kind']);
    expect(problem.errors?.[0]?.detail).toContain('lowered');
  });

  it('derives an omitted kind from the numbers', async () => {
    const original = await from35to40();
    const result = await post<{ revision: Revision; successor: Statement }>(
      ctx.app,
      `/v1/statements/${original.id}/revisions`,
      { statedOn: '2026-06-01', statement: replacing({ op: 'range', low: '30', high: '45' }) },
    );
    expect(result.revision.kind).toBe('widened');
    expect(result.successor.revisionKind).toBe('widened');
  });
});

describe('the same statement twice is one statement', () => {
  it('answers the repeat with 200 and the statement on record, storing nothing: no row, no feed entry, no audit', async () => {
    const body = teens();
    const first = await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: body });
    expect(first.statusCode, first.body).toBe(201);
    const before = await tableCounts(ctx.db);
    const again = await ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: body });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<Statement>().id).toBe(first.json<Statement>().id);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('is a new statement when the target differs only as a number is written the same: 13 and 13.0 are one', async () => {
    const body = teens();
    const first = await post<Statement>(ctx.app, '/v1/statements', body);
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/v1/statements',
      payload: { ...body, target: { ...body.target, low: '13.0' } },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<Statement>().id).toBe(first.id);
  });

  it('is another statement when the same words promise another period length or another percentage band', async () => {
    const body = teens();
    const first = await post<Statement>(ctx.app, '/v1/statements', body);
    const halfYear = await post<Statement>(ctx.app, '/v1/statements', { ...body, periodicity: 'half' });
    expect(halfYear.id).not.toBe(first.id);

    const about = (percent: string) => ({
      ...body,
      target: { op: 'about', value: '15', tolerancePercent: percent, wording: `15%, plus or minus ${percent}%` },
    });
    const twoPercent = await post<Statement>(ctx.app, '/v1/statements', about('2'));
    const threePercent = await post<Statement>(ctx.app, '/v1/statements', about('3'));
    expect(new Set([first.id, twoPercent.id, threePercent.id]).size).toBe(3);
  });

  it('stores one statement when ten identical POSTs arrive at once', async () => {
    const body = teens();
    const before = await tableCounts(ctx.db);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => ctx.app.inject({ method: 'POST', url: '/v1/statements', payload: body })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json<Statement>().id)).size).toBe(1);
    expect((await tableCounts(ctx.db)).statements).toBe((before.statements ?? 0) + 1);
  });
});

describe('the same figure twice is one fact', () => {
  const figure = (overrides: Record<string, unknown> = {}) =>
    actual({
      metric: CAPEX.key,
      unit: 'CNY',
      period: 'FY2026Q4',
      value: '7000',
      publishedAt: '2026-05-20',
      ...overrides,
    });

  it('answers a repeated actual with 200 and the one on record, and stores nothing', async () => {
    const first = await post<Actual>(ctx.app, '/v1/actuals', figure());
    const before = await tableCounts(ctx.db);
    const again = await ctx.app.inject({ method: 'POST', url: '/v1/actuals', payload: figure({ note: 'a re-run' }) });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<Actual>().id).toBe(first.id);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('does not store a later filing that repeats the latest figure, but stores a restatement', async () => {
    const first = await post<Actual>(ctx.app, '/v1/actuals', figure({ period: 'FY2026Q3', value: '6000' }));
    const repeat = await ctx.app.inject({
      method: 'POST',
      url: '/v1/actuals',
      payload: figure({ period: 'FY2026Q3', value: '6000.00', publishedAt: '2026-08-20' }),
    });
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json<Actual>().id).toBe(first.id);
    const restated = await ctx.app.inject({
      method: 'POST',
      url: '/v1/actuals',
      payload: figure({ period: 'FY2026Q3', value: '6100', publishedAt: '2026-08-20' }),
    });
    expect(restated.statusCode).toBe(201);
  });

  it('refuses two different values for one period published at the same instant (409), storing nothing', async () => {
    await post<Actual>(ctx.app, '/v1/actuals', figure({ period: 'FY2026Q2', value: '5000' }));
    await refused('/v1/actuals', figure({ period: 'FY2026Q2', value: '5001' }), 409);
  });

  it('stores an item given twice in a batch once, and names the same actual for both', async () => {
    const item = figure({ period: 'FY2026Q1', value: '4000' });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/v1/actuals/batch',
      payload: { items: [item, item] },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { items } = response.json<{ items: { id: string; created: boolean }[] }>();
    expect(items[0]?.id).toBe(items[1]?.id);
    expect(items.map((i) => i.created)).toEqual([true, false]);
    const listed = await ctx.app.inject(
      `/v1/actuals?companyId=alibaba&metric=${CAPEX.key}&periodTo=2025-06-30&periodFrom=2025-06-30`,
    );
    expect(listed.json<{ items: unknown[] }>().items).toHaveLength(1);
    const again = await ctx.app.inject({ method: 'POST', url: '/v1/actuals/batch', payload: { items: [item] } });
    expect(again.statusCode).toBe(200);
  });

  it('refuses a batch with two values for one period at one instant (409), writing nothing', async () => {
    await refused(
      '/v1/actuals/batch',
      { items: [figure({ period: 'FY2025Q4', value: '1' }), figure({ period: 'FY2025Q4', value: '2' })] },
      409,
    );
  });

  it('stores one actual when ten identical POSTs arrive at once, without an Idempotency-Key', async () => {
    const body = figure({ period: 'FY2025Q3', value: '3000' });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => ctx.app.inject({ method: 'POST', url: '/v1/actuals', payload: body })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json<Actual>().id)).size).toBe(1);
  });
});

describe('plausible input only', () => {
  it.each([
    ['a quarter published before it ended', actual({ period: 'FY2027Q3', publishedAt: '2026-11-20' }), '/publishedAt'],
    [
      'a reading dated after its publication',
      actual({ metric: MAAS_ARR.key, unit: 'CNY', period: undefined, date: '2026-10-01', publishedAt: '2026-09-30' }),
      '/date',
    ],
    [
      "a figure published more than a day after the server's clock",
      actual({ period: 'FY2027Q2', publishedAt: '2026-12-02T12:00:01Z' }),
      '/publishedAt',
    ],
  ])('refuses %s with a 422 naming the field', async (_what, body, pointer) => {
    expect(pointers(await refused('/v1/actuals', body, 422))).toEqual([pointer]);
  });

  it("takes a figure published within a day of the server's clock", async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/v1/actuals',
      payload: actual({ period: 'FY2027Q2', value: '14.2', publishedAt: '2026-12-02T12:00:00Z' }),
    });
    expect(response.statusCode, response.body).toBe(201);
  });

  it("refuses the currency 'XYZ' for a company and for a metric's unit: it is not ISO 4217", async () => {
    const company = await refused('/v1/companies', { ...ALIBABA, id: 'xyz-co', currency: 'XYZ' }, 422);
    expect(pointers(company)).toEqual(['/currency']);
    const metric = await refused('/v1/metrics', { ...CAPEX, key: 'capex.xyz', unit: 'XYZ' }, 422);
    expect(pointers(metric)).toEqual(['/unit']);
  });
});
