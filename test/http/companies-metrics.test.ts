// Companies and metrics: what saydo keeps about who reports what, and how clients page through it.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Company } from '../../src/schemas/companies.js';
import type { Metric } from '../../src/schemas/metrics.js';
import { expectProblem, json, tableCounts, useTestApp } from '../support/app.js';
import { ALIBABA, CAPEX, CLOUD_MARGIN, MAAS_ARR, get, post } from '../support/fixtures.js';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Follow nextCursor from the first page to the last, keeping every page as it came. */
async function walkPages<T>(app: FastifyInstance, url: string): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | null = null;
  do {
    const separator = url.includes('?') ? '&' : '?';
    const query: string = cursor === null ? '' : `${separator}cursor=${encodeURIComponent(cursor)}`;
    const page: Page<T> = await get<Page<T>>(app, `${url}${query}`);
    pages.push(page.items);
    cursor = page.nextCursor;
    if (pages.length > 20) throw new Error(`${url} never reached its last page`);
  } while (cursor !== null);
  return pages;
}

const cursorOf = (payload: unknown): string => Buffer.from(JSON.stringify(payload)).toString('base64url');

const TENCENT = {
  id: 'tencent',
  name: 'Tencent Holdings',
  tickers: ['0700.HK'],
  currency: 'CNY',
  fiscalYearEndMonth: 12,
  reportingLagDays: 75,
};

describe('companies', () => {
  const ctx = useTestApp();

  it('creates Alibaba with its March fiscal year-end and points to it in the Location header', async () => {
    const response = await ctx.app.inject({ method: 'POST', url: '/v1/companies', payload: ALIBABA });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers.location).toBe('/v1/companies/alibaba');
    const company = json<Company>(response);
    expect(company).toEqual({
      ...ALIBABA,
      fiscalCalendar: { type: 'month-end', yearEndMonth: 3 },
      createdAt: expect.any(String),
    });
    expect(Number.isNaN(Date.parse(company.createdAt))).toBe(false);
  });

  it('returns the company it stored, calendar and reporting lag included', async () => {
    const company = await get<Company>(ctx.app, '/v1/companies/alibaba');
    expect(company).toMatchObject({ id: 'alibaba', fiscalYearEndMonth: 3, reportingLagDays: 60, currency: 'CNY' });
  });

  it('defaults the reporting lag to 60 days and the tickers to none', async () => {
    const company = await post<Company>(ctx.app, '/v1/companies', {
      id: 'pdd',
      name: 'PDD Holdings',
      currency: 'CNY',
      fiscalYearEndMonth: 12,
    });
    expect(company).toMatchObject({ id: 'pdd', tickers: [], reportingLagDays: 60 });
  });

  it('refuses a second company with the same id with a 409 problem and keeps the first as it was', async () => {
    const before = await tableCounts(ctx.db);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/v1/companies',
      payload: { ...ALIBABA, name: 'Someone else' },
    });
    const problem = expectProblem(response, 409);
    expect(problem.type).toMatch(/conflict/);
    expect(problem.detail).toContain('alibaba');
    expect(await tableCounts(ctx.db)).toEqual(before);
    expect((await get<Company>(ctx.app, '/v1/companies/alibaba')).name).toBe(ALIBABA.name);
  });

  it('answers an unknown company id with a 404 problem+json', async () => {
    const problem = expectProblem(await ctx.app.inject({ url: '/v1/companies/no-such-company' }), 404);
    expect(problem.type).toMatch(/not-found/);
    expect(problem.detail).toContain('no-such-company');
  });

  it('answers a company id that is not a slug with a 422 naming the parameter', async () => {
    const problem = expectProblem(await ctx.app.inject({ url: '/v1/companies/Not_A_Slug' }), 422);
    expect(problem.errors?.map((e) => e.parameter)).toContain('companyId');
  });
});

describe('listing companies', () => {
  const ctx = useTestApp();
  const ids = ['alibaba', 'tencent', 'jd', 'pdd', 'meituan'];

  it('walks five companies with limit 2 in three pages, each company exactly once, oldest first', async () => {
    for (const id of ids) await post(ctx.app, '/v1/companies', { ...TENCENT, id, name: id });
    const pages = await walkPages<Company>(ctx.app, '/v1/companies?limit=2');
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((c) => c.id)).toEqual(ids);
  });

  it('answers the last page with nextCursor null and a limit above the count with a single page', async () => {
    const page = await get<Page<Company>>(ctx.app, '/v1/companies?limit=5');
    expect(page.items).toHaveLength(5);
    expect(page.nextCursor).toBeNull();
  });

  it.each([
    ['not base64 JSON at all', 'garbage'],
    ['JSON without a position', cursorOf({})],
    ['a position that is not a number', cursorOf({ s: 'x' })],
    ['a position that is not a safe integer', cursorOf({ s: 1e300 })],
    ['a JSON array', cursorOf([1])],
  ])('refuses a cursor that is %s with a 422 naming the cursor', async (_what, cursor) => {
    const response = await ctx.app.inject({ url: `/v1/companies?cursor=${encodeURIComponent(cursor)}` });
    const problem = expectProblem(response, 422);
    expect(problem.errors?.map((e) => e.parameter)).toContain('cursor');
  });

  it.each(['0', '501', '-1', '2.5', 'two'])('refuses limit=%s with a 422 naming the limit', async (limit) => {
    const problem = expectProblem(await ctx.app.inject({ url: `/v1/companies?limit=${limit}` }), 422);
    expect(problem.errors?.map((e) => e.parameter)).toContain('limit');
  });
});

describe('metrics', () => {
  const ctx = useTestApp();

  it('creates the cloud EBITA margin metric of Alibaba with its unit, kind, direction, basis and segment', async () => {
    await post(ctx.app, '/v1/companies', ALIBABA);
    const response = await ctx.app.inject({ method: 'POST', url: '/v1/metrics', payload: CLOUD_MARGIN });
    expect(response.statusCode, response.body).toBe(201);
    const metric = json<Metric>(response);
    expect(response.headers.location).toBe(`/v1/metrics/${metric.id}`);
    expect(metric).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      companyId: 'alibaba',
      key: 'cloud.ebita_margin',
      name: CLOUD_MARGIN.name,
      unit: 'percent',
      kind: 'flow',
      goodDirection: 'higher',
      basis: 'adjusted',
      segment: 'Cloud Intelligence Group',
      description: null,
      concept: null,
      createdAt: expect.any(String),
    });
    expect(await get<Metric>(ctx.app, `/v1/metrics/${metric.id}`)).toEqual(metric);
  });

  it('keeps a stock metric (ARR) apart from a flow, with no basis or segment when none is given', async () => {
    const metric = await post<Metric>(ctx.app, '/v1/metrics', MAAS_ARR);
    expect(metric).toMatchObject({ key: 'bailian.maas_arr', kind: 'stock', unit: 'CNY', basis: null, segment: null });
  });

  it('refuses a second metric with the same key for the same company with a 409 problem', async () => {
    const before = await tableCounts(ctx.db);
    const problem = expectProblem(
      await ctx.app.inject({ method: 'POST', url: '/v1/metrics', payload: { ...CLOUD_MARGIN, name: 'Again' } }),
      409,
    );
    expect(problem.detail).toContain('cloud.ebita_margin');
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('lets another company use the same key: keys are unique within a company', async () => {
    await post(ctx.app, '/v1/companies', TENCENT);
    const metric = await post<Metric>(ctx.app, '/v1/metrics', { ...CLOUD_MARGIN, companyId: 'tencent' });
    expect(metric.companyId).toBe('tencent');
  });

  it('refuses a metric of a company that does not exist with a 422 pointing at /companyId', async () => {
    const before = await tableCounts(ctx.db);
    const problem = expectProblem(
      await ctx.app.inject({ method: 'POST', url: '/v1/metrics', payload: { ...CAPEX, companyId: 'nobody' } }),
      422,
    );
    expect(problem.errors).toEqual([expect.objectContaining({ pointer: '/companyId' })]);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('lists only the metrics of the company asked for', async () => {
    const page = await get<Page<Metric>>(ctx.app, '/v1/metrics?companyId=alibaba');
    expect(page.items.map((m) => m.key)).toEqual(['cloud.ebita_margin', 'bailian.maas_arr']);
    expect(page.items.every((m) => m.companyId === 'alibaba')).toBe(true);
  });

  it('answers an unknown metric id with a 404 problem+json and a malformed one with a 422', async () => {
    expectProblem(await ctx.app.inject({ url: `/v1/metrics/${randomUUID()}` }), 404);
    const problem = expectProblem(await ctx.app.inject({ url: '/v1/metrics/not-a-uuid' }), 422);
    expect(problem.errors?.map((e) => e.parameter)).toContain('metricId');
  });
});

describe('listing metrics', () => {
  const ctx = useTestApp();

  it("walks a company's five metrics with limit 2, each exactly once, and never another company's", async () => {
    await post(ctx.app, '/v1/companies', ALIBABA);
    await post(ctx.app, '/v1/companies', TENCENT);
    await post(ctx.app, '/v1/metrics', { ...CLOUD_MARGIN, companyId: 'tencent' });
    const keys = ['m.one', 'm.two', 'm.three', 'm.four', 'm.five'];
    for (const key of keys) {
      await post(ctx.app, '/v1/metrics', { ...CAPEX, key, name: key });
      await post(ctx.app, '/v1/metrics', { ...CAPEX, companyId: 'tencent', key, name: key });
    }
    const pages = await walkPages<Metric>(ctx.app, '/v1/metrics?companyId=alibaba&limit=2');
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((m) => m.key)).toEqual(keys);
    expect(pages.flat().every((m) => m.companyId === 'alibaba')).toBe(true);
  });

  it('refuses a cursor it did not issue with a 422 naming the cursor', async () => {
    const problem = expectProblem(
      await ctx.app.inject({ url: '/v1/metrics?companyId=alibaba&cursor=not-a-cursor' }),
      422,
    );
    expect(problem.errors?.map((e) => e.parameter)).toContain('cursor');
  });
});
