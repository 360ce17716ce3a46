// Fiscal calendars over HTTP: a company is registered with a month-end or a 52/53-week (weekday) calendar, and
// every fiscal shorthand it is sent (statement windows, actual periods) resolves through it.
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Actual } from '../../src/schemas/actuals.js';
import type { Company } from '../../src/schemas/companies.js';
import type { Statement } from '../../src/schemas/statements.js';
import { expectProblem, tableCounts, useTestApp } from '../support/app.js';
import { testClock } from '../support/clock.js';
import { ALIBABA, get, post } from '../support/fixtures.js';

const clock = testClock('2025-03-01T00:00:00Z');
const ctx = useTestApp({ clock });

const APPLE_CALENDAR = { type: 'weekday', weekday: 'saturday', month: 9, rule: 'last', week53Quarter: 1 } as const;
const APPLE = { id: 'apple', name: 'Apple Inc.', tickers: ['AAPL'], currency: 'USD', fiscalCalendar: APPLE_CALENDAR };

function revenue(companyId: string) {
  return { companyId, key: 'revenue', name: 'Net sales', unit: 'USD', kind: 'flow', goodDirection: 'higher' };
}

function statement(companyId: string, period: string) {
  return {
    companyId,
    metric: 'revenue',
    statedOn: '2024-10-31',
    source: { kind: 'call', title: 'Test call' },
    quote: 'revenue will be above 100 billion dollars',
    commitment: 'expect',
    target: { op: 'gt', value: '100', unit: 'USD', scale: 'billion' },
    window: { period },
    mode: 'final',
  };
}

async function create(payload: Record<string, unknown>): Promise<LightMyRequestResponse> {
  return ctx.app.inject({ method: 'POST', url: '/v1/companies', payload });
}

async function patch(id: string, payload: Record<string, unknown>): Promise<LightMyRequestResponse> {
  return ctx.app.inject({ method: 'PATCH', url: `/v1/companies/${id}`, payload, headers: { 'if-match': '*' } });
}

describe('a company with a 52/53-week calendar', () => {
  it('is created with its weekday calendar and answers it, with the month its year normally ends in', async () => {
    const company = await post<Company>(ctx.app, '/v1/companies', APPLE);
    expect(company).toMatchObject({ fiscalYearEndMonth: 9, fiscalCalendar: APPLE_CALENDAR });
    expect(await get<Company>(ctx.app, '/v1/companies/apple')).toMatchObject({ fiscalCalendar: APPLE_CALENDAR });
    await post(ctx.app, '/v1/metrics', revenue('apple'));
  });

  it("resolves a statement's FY2025Q1 to Apple's 13 weeks, 2024-09-29..2024-12-28, a quarter by default", async () => {
    const made = await post<Statement>(ctx.app, '/v1/statements', statement('apple', 'FY2025Q1'));
    expect(made.window).toEqual({ start: '2024-09-29', end: '2024-12-28', label: 'FY2025Q1' });
    expect(made.periodicity).toBe('quarter');
  });

  it('puts an actual for FY2025Q1 on those dates, and it is the observation that decides the statement', async () => {
    const posted = await post<Actual>(ctx.app, '/v1/actuals', {
      companyId: 'apple',
      metric: 'revenue',
      period: 'FY2025Q1',
      value: '124300000000',
      unit: 'USD',
      publishedAt: '2025-01-30T21:30:00Z',
    });
    expect(posted).toMatchObject({ periodStart: '2024-09-29', periodEnd: '2024-12-28' });
    const statements = await get<{ items: { id: string }[] }>(ctx.app, '/v1/statements?companyId=apple');
    const id = statements.items[0]?.id ?? '';
    const evaluation = await get<{ status: string }>(ctx.app, `/v1/statements/${id}/evaluation`);
    expect(evaluation.status).toBe('met');
  });

  it("resolves the 53-week year's 14-week first quarter (FY2023Q1 = 2022-09-25..2022-12-31) for an actual", async () => {
    const posted = await post<Actual>(ctx.app, '/v1/actuals', {
      companyId: 'apple',
      metric: 'revenue',
      period: 'FY2023Q1',
      value: '117154000000',
      unit: 'USD',
      publishedAt: '2023-02-02T21:30:00Z',
    });
    expect(posted).toMatchObject({ periodStart: '2022-09-25', periodEnd: '2022-12-31' });
  });

  it("expects Apple's own quarters in a two-quarter window: both reported, every one above target, it is met", async () => {
    clock.set('2025-08-01T00:00:00Z');
    const made = await post<Statement>(ctx.app, '/v1/statements', {
      ...statement('apple', 'FY2025Q1..FY2025Q2'),
      target: { op: 'gt', value: '90', unit: 'USD', scale: 'billion' },
      mode: 'all',
    });
    expect(made.window).toMatchObject({ start: '2024-09-29', end: '2025-03-29' });
    await post(ctx.app, '/v1/actuals', {
      companyId: 'apple',
      metric: 'revenue',
      period: 'FY2025Q2',
      value: '95359000000',
      unit: 'USD',
      publishedAt: '2025-05-01T20:30:00Z',
    });
    const evaluation = await get<{ status: string; observations: unknown[] }>(
      ctx.app,
      `/v1/statements/${made.id}/evaluation`,
    );
    expect(evaluation.status).toBe('met');
    expect(evaluation.observations).toHaveLength(2);
  });

  it("gives the scorecard series a point at the end of each of Apple's fiscal quarters", async () => {
    const series = await get<{ points: { quarter: string; asOf: string }[] }>(
      ctx.app,
      '/v1/companies/apple/scorecard/series?from=2024-09-29&to=2025-07-01',
    );
    expect(series.points.map((p) => p.quarter)).toEqual(['FY2025Q1', 'FY2025Q2', 'FY2025Q3']);
    expect(series.points.map((p) => p.asOf.slice(0, 10))).toEqual(['2024-12-28', '2025-03-29', '2025-06-28']);
  });

  it('defaults week53Quarter to 4', async () => {
    const { week53Quarter: _q, ...withoutQuarter } = APPLE_CALENDAR;
    const company = await post<Company>(ctx.app, '/v1/companies', {
      ...APPLE,
      id: 'nvidia',
      fiscalCalendar: { ...withoutQuarter, weekday: 'sunday', month: 1 },
    });
    expect(company.fiscalCalendar).toEqual({
      type: 'weekday',
      weekday: 'sunday',
      month: 1,
      rule: 'last',
      week53Quarter: 4,
    });
    expect(company.fiscalYearEndMonth).toBe(1);
  });
});

describe('month-end calendars', () => {
  it('are what fiscalYearEndMonth alone gives, as before', async () => {
    const company = await post<Company>(ctx.app, '/v1/companies', ALIBABA);
    expect(company).toMatchObject({ fiscalYearEndMonth: 3, fiscalCalendar: { type: 'month-end', yearEndMonth: 3 } });
  });

  it('can be given as a fiscalCalendar, with or without a fiscalYearEndMonth that agrees', async () => {
    const shape = { type: 'month-end', yearEndMonth: 1 };
    const walmart = await post<Company>(ctx.app, '/v1/companies', {
      id: 'walmart',
      name: 'Walmart',
      currency: 'USD',
      fiscalCalendar: shape,
    });
    expect(walmart).toMatchObject({ fiscalYearEndMonth: 1, fiscalCalendar: shape });
    const again = await post<Company>(ctx.app, '/v1/companies', {
      id: 'walmart-2',
      name: 'Walmart',
      currency: 'USD',
      fiscalYearEndMonth: 1,
      fiscalCalendar: shape,
    });
    expect(again.fiscalCalendar).toEqual(shape);
  });
});

describe('bad calendars get 422 naming the field, and nothing is stored', () => {
  const base = { id: 'bad', name: 'Bad', currency: 'USD' };
  it.each([
    [{ fiscalCalendar: { ...APPLE_CALENDAR, weekday: 'caturday' } }, '/fiscalCalendar/weekday'],
    [{ fiscalCalendar: { ...APPLE_CALENDAR, month: 13 } }, '/fiscalCalendar/month'],
    [{ fiscalCalendar: { ...APPLE_CALENDAR, month: 0 } }, '/fiscalCalendar/month'],
    [{ fiscalCalendar: { ...APPLE_CALENDAR, rule: 'first' } }, '/fiscalCalendar/rule'],
    [{ fiscalCalendar: { ...APPLE_CALENDAR, week53Quarter: 5 } }, '/fiscalCalendar/week53Quarter'],
    [{ fiscalCalendar: { ...APPLE_CALENDAR, week53Quarter: 1.5 } }, '/fiscalCalendar/week53Quarter'],
    [{ fiscalCalendar: { type: 'month-end', yearEndMonth: 13 } }, '/fiscalCalendar/yearEndMonth'],
    [{ fiscalCalendar: { type: 'weekly' } }, '/fiscalCalendar'],
    [{ fiscalCalendar: 'last saturday of september' }, '/fiscalCalendar'],
    [{}, '/fiscalYearEndMonth'],
    [{ fiscalYearEndMonth: 8, fiscalCalendar: APPLE_CALENDAR }, '/fiscalYearEndMonth'],
  ])('%j → %s', async (fields, pointer) => {
    const before = await tableCounts(ctx.db);
    const problem = expectProblem(await create({ ...base, ...fields }), 422);
    expect(problem.errors?.map((e) => e.pointer).some((p) => p?.startsWith(pointer))).toBe(true);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });
});

describe('PATCH of a calendar', () => {
  it('sets the calendar while the company has no statements, and windows then resolve through it', async () => {
    await post(ctx.app, '/v1/companies', {
      ...APPLE,
      id: 'apple-late',
      fiscalCalendar: undefined,
      fiscalYearEndMonth: 9,
    });
    const response = await patch('apple-late', { fiscalCalendar: APPLE_CALENDAR });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Company>()).toMatchObject({ fiscalYearEndMonth: 9, fiscalCalendar: APPLE_CALENDAR });
    await post(ctx.app, '/v1/metrics', revenue('apple-late'));
    const made = await post<Statement>(ctx.app, '/v1/statements', statement('apple-late', 'FY2025Q1'));
    expect(made.window).toMatchObject({ start: '2024-09-29', end: '2024-12-28' });
  });

  it('refuses another calendar once statements exist (409), and changes nothing', async () => {
    const before = await get<Company>(ctx.app, '/v1/companies/apple-late');
    const problem = expectProblem(
      await patch('apple-late', { fiscalCalendar: { type: 'month-end', yearEndMonth: 9 } }),
      409,
    );
    expect(problem.detail).toMatch(/statements/);
    expect(await get<Company>(ctx.app, '/v1/companies/apple-late')).toEqual(before);
  });

  it('accepts the calendar it already has, with other fields, once statements exist', async () => {
    const response = await patch('apple-late', { fiscalCalendar: APPLE_CALENDAR, reportingLagDays: 35 });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Company>()).toMatchObject({ reportingLagDays: 35, fiscalCalendar: APPLE_CALENDAR });
  });

  it('gets 422 naming the field for a bad calendar', async () => {
    const problem = expectProblem(
      await patch('apple-late', { fiscalCalendar: { ...APPLE_CALENDAR, rule: 'first' } }),
      422,
    );
    expect(problem.errors?.[0]?.pointer).toBe('/fiscalCalendar/rule');
  });

  it('can go back to a month-end calendar before any statement', async () => {
    await post(ctx.app, '/v1/companies', { ...APPLE, id: 'undecided' });
    const response = await patch('undecided', { fiscalCalendar: { type: 'month-end', yearEndMonth: 12 } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Company>()).toMatchObject({
      fiscalYearEndMonth: 12,
      fiscalCalendar: { type: 'month-end', yearEndMonth: 12 },
    });
  });
});
