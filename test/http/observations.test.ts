// Which figures are observations of a promise (its periodicity), which periods it expects to be reported, and
// that a forecast must come before its evidence: through the API, on real PostgreSQL.
//
// Each test has a company of its own with Alibaba's March year-end: FY2027 is 2026-04-01..2027-03-31, and its
// reporting lag (the default grace) is 60 days. The clock stands in 2030, after every date used here.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Actual, ActualInput } from '../../src/schemas/actuals.js';
import type { Evaluation, Statement, StatementInput } from '../../src/schemas/statements.js';
import { expectProblem, tableCounts, useTestApp } from '../support/app.js';
import { testClock } from '../support/clock.js';
import { MAAS_ARR, TEENS_STATEMENT, actual, evaluationAsOf, get, post, seedCompanyLike } from '../support/fixtures.js';

const ctx = useTestApp({ clock: testClock('2030-01-01T00:00:00Z') });

interface StatementView extends Statement {
  evaluation: Evaluation | null;
}

async function guide(companyId: string, fields: Partial<z.input<typeof StatementInput>> = {}): Promise<Statement> {
  return post<Statement>(ctx.app, '/v1/statements', { ...TEENS_STATEMENT, companyId, ...fields });
}

/** Post an actual of `companyId`: cloud EBITA margin, with its period and value. */
async function report(
  companyId: string,
  period: Partial<z.input<typeof ActualInput>>,
  value: string,
  publishedAt: string,
): Promise<Actual> {
  return post<Actual>(ctx.app, '/v1/actuals', actual({ companyId, ...period, value, publishedAt }));
}

const atLeast = (value: string) => ({ op: 'gte' as const, value, wording: `at least ${value}%` });

describe('periodicity of a statement', () => {
  it('defaults from the shorthand, keeps one given, is a reading date for a stock, and none for dates', async () => {
    await seedCompanyLike(ctx.app, 'default-co');
    expect((await guide('default-co')).periodicity).toBe('quarter');
    expect((await guide('default-co', { window: { period: 'FY2027' } })).periodicity).toBe('year');
    expect((await guide('default-co', { window: { period: '2026-06' } })).periodicity).toBe('month');
    expect((await guide('default-co', { window: { period: 'CY2026' } })).periodicity).toBe('year');
    expect((await guide('default-co', { window: { start: '2026-05-15', end: '2026-12-31' } })).periodicity).toBeNull();
    // In words of its own: the same statement twice (as the FY2027 one above) is recorded once.
    const given = await guide('default-co', {
      quote: `${TEENS_STATEMENT.quote}, month by month`,
      window: { period: 'FY2027' },
      periodicity: 'month',
    });
    expect(given.periodicity).toBe('month');
    expect((await get<StatementView>(ctx.app, `/v1/statements/${given.id}`)).periodicity).toBe('month');
    const arr = await guide('default-co', {
      metric: MAAS_ARR.key,
      target: { op: 'gt', value: '30000000000' },
      window: { period: 'FY2027' },
    });
    expect(arr.periodicity).toBe('point');
  });

  it('refuses a reading date for a flow, or a length of period for a stock, with a 422 naming the field', async () => {
    await seedCompanyLike(ctx.app, 'mismatch-co');
    const before = await tableCounts(ctx.db);
    const flow = await ctx.app.inject({
      method: 'POST',
      url: '/v1/statements',
      payload: { ...TEENS_STATEMENT, companyId: 'mismatch-co', periodicity: 'point' },
    });
    expect(expectProblem(flow, 422).errors).toEqual([expect.objectContaining({ pointer: '/periodicity' })]);
    const stock = await ctx.app.inject({
      method: 'POST',
      url: '/v1/statements',
      payload: {
        ...TEENS_STATEMENT,
        companyId: 'mismatch-co',
        metric: MAAS_ARR.key,
        target: { op: 'gt', value: '30000000000' },
        periodicity: 'quarter',
      },
    });
    expect(expectProblem(stock, 422).errors).toEqual([expect.objectContaining({ pointer: '/periodicity' })]);
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/v1/statements',
      payload: { ...TEENS_STATEMENT, companyId: 'mismatch-co', periodicity: 'fortnight' },
    });
    expect(expectProblem(unknown, 422).errors).toEqual([expect.objectContaining({ pointer: '/periodicity' })]);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });
});

describe('which figures are observations of a promise', () => {
  it('judges a Q4 promise on the Q4 figure, not the annual one', async () => {
    await seedCompanyLike(ctx.app, 'q4-co');
    const q4Promise = await guide('q4-co', { window: { period: 'FY2027Q4' }, target: atLeast('30'), mode: 'any' });
    const annual = await report('q4-co', { period: 'FY2027' }, '31', '2027-05-15');
    const q4 = await report('q4-co', { period: 'FY2027Q4' }, '28', '2027-05-15');
    const evaluation = await evaluationAsOf(ctx.app, q4Promise.id, '2027-05-16');
    expect(evaluation).toMatchObject({ status: 'missed', decidingActualId: q4.id });
    expect(evaluation.observations.map((o) => o.actualId)).toEqual([q4.id]);
    expect(evaluation.observations.map((o) => o.actualId)).not.toContain(annual.id);
  });

  it('judges an annual promise on the annual figure, not its Q4', async () => {
    await seedCompanyLike(ctx.app, 'annual-co');
    const annualPromise = await guide('annual-co', {
      window: { period: 'FY2027' },
      target: atLeast('30'),
      mode: 'any',
      graceDays: 90,
    });
    await report('annual-co', { period: 'FY2027Q4' }, '28', '2027-05-15');
    expect(await evaluationAsOf(ctx.app, annualPromise.id, '2027-05-16')).toMatchObject({
      status: 'pending',
      observations: [],
    });
    const annual = await report('annual-co', { period: 'FY2027' }, '31', '2027-06-20');
    expect(await evaluationAsOf(ctx.app, annualPromise.id, '2027-06-21')).toMatchObject({
      status: 'met',
      decidingActualId: annual.id,
    });
  });

  it("does not count a half-year figure for a quarter's promise", async () => {
    await seedCompanyLike(ctx.app, 'half-co');
    const teens = await guide('half-co', { mode: 'any' });
    await report('half-co', { period: 'FY2027Q1' }, '11', '2026-08-20');
    await report('half-co', { period: 'FY2027H1' }, '14', '2026-11-15');
    const q2 = await report('half-co', { period: 'FY2027Q2' }, '12', '2026-11-15');
    expect(await evaluationAsOf(ctx.app, teens.id, '2026-11-16')).toMatchObject({
      status: 'missed',
      decidingActualId: q2.id,
    });
  });

  it('observes "some month of FY27" in monthly figures only', async () => {
    await seedCompanyLike(ctx.app, 'monthly-co');
    const someMonth = await guide('monthly-co', {
      window: { period: 'FY2027' },
      periodicity: 'month',
      target: atLeast('30'),
      mode: 'any',
    });
    await report('monthly-co', { period: 'FY2027Q1' }, '35', '2026-08-20');
    const april = await report('monthly-co', { period: '2026-04' }, '25', '2026-05-20');
    expect(await evaluationAsOf(ctx.app, someMonth.id, '2026-09-01')).toMatchObject({
      status: 'pending',
      observations: [{ actualId: april.id }],
    });
    const may = await report('monthly-co', { period: '2026-05' }, '32', '2026-06-20');
    expect(await evaluationAsOf(ctx.app, someMonth.id, '2026-09-01')).toMatchObject({
      status: 'met',
      early: true,
      decidingActualId: may.id,
    });
  });

  it('counts every period wholly inside a date window with no periodicity, not one straddling its start', async () => {
    await seedCompanyLike(ctx.app, 'dates-co');
    const dates = await guide('dates-co', {
      window: { start: '2026-05-15', end: '2026-12-31' },
      target: atLeast('20'),
      mode: 'any',
    });
    await report('dates-co', { period: 'FY2027Q1' }, '25', '2026-08-20');
    const july = await report('dates-co', { period: '2026-07' }, '10', '2026-08-20');
    const q3 = await report('dates-co', { period: 'FY2027Q3' }, '15', '2027-02-01');
    const evaluation = await evaluationAsOf(ctx.app, dates.id, '2027-02-02');
    expect(evaluation.observations.map((o) => o.actualId)).toEqual([july.id, q3.id]);
    expect(evaluation).toMatchObject({ status: 'missed', decidingActualId: q3.id });
  });
});

describe('expected periods', () => {
  // FY2027Q1..FY2027Q2 with 60 days' grace: reports count until 2026-11-29; from 2026-11-30 it has closed.
  const DEADLINE = '2026-11-30T00:00:00.000Z';

  it('is unreported after the grace, pending before, when Q2 of "each of the next two quarters" never came', async () => {
    await seedCompanyLike(ctx.app, 'each-co');
    const each = await guide('each-co', { target: atLeast('20'), mode: 'all' });
    await report('each-co', { period: 'FY2027Q1' }, '22', '2026-08-20');
    const before = await evaluationAsOf(ctx.app, each.id, '2026-11-29');
    expect(before).toMatchObject({ status: 'pending', validUntil: DEADLINE });
    const after = await evaluationAsOf(ctx.app, each.id, '2026-11-30');
    expect(after).toMatchObject({ status: 'unreported', decidingActualId: null, asOf: expect.any(String) });
    expect(after.explanation).toContain('No cloud.ebita_margin figure for FY2027Q2 (2026-07-01..2026-09-30)');
    // A scheduled change at the deadline, stored with no write: the history ends on it.
    const history = await get<{ items: Evaluation[] }>(ctx.app, `/v1/statements/${each.id}/history`);
    expect(history.items.map((e) => [e.status, e.asOf])).toEqual([
      ['pending', '2026-05-15T00:00:00.000Z'],
      ['pending', '2026-08-20T00:00:00.000Z'],
      ['unreported', DEADLINE],
    ]);
  });

  it("is unreported, not met on the first quarter, when a 'final' promise's final quarter never came", async () => {
    await seedCompanyLike(ctx.app, 'final-co');
    const exit = await guide('final-co', { target: atLeast('20'), mode: 'final' });
    await report('final-co', { period: 'FY2027Q1' }, '25', '2026-08-20');
    expect((await evaluationAsOf(ctx.app, exit.id, '2026-11-29')).status).toBe('pending');
    expect(await evaluationAsOf(ctx.app, exit.id, '2026-11-30')).toMatchObject({
      status: 'unreported',
      decidingActualId: null,
    });
  });

  it("misses under 'all' on a reported quarter that broke it, even with another unreported", async () => {
    await seedCompanyLike(ctx.app, 'broken-co');
    const each = await guide('broken-co', { target: atLeast('20'), mode: 'all' });
    const q1 = await report('broken-co', { period: 'FY2027Q1' }, '18', '2026-08-20');
    expect(await evaluationAsOf(ctx.app, each.id, '2026-11-30')).toMatchObject({
      status: 'missed',
      decidingActualId: q1.id,
    });
  });
});

describe('a forecast comes before its evidence', () => {
  it('does not count a figure already public when the statement was made', async () => {
    await seedCompanyLike(ctx.app, 'hindsight-co');
    const q1 = await report('hindsight-co', { period: 'FY2027Q1' }, '14', '2026-08-20');
    const late = await guide('hindsight-co', { statedOn: '2026-08-25', mode: 'any' });
    const sameDay = await guide('hindsight-co', { statedOn: '2026-08-20', mode: 'any' });
    for (const statement of [late, sameDay]) {
      const evaluation = await evaluationAsOf(ctx.app, statement.id, '2026-09-01');
      expect(evaluation).toMatchObject({ status: 'pending', observations: [] });
      expect(evaluation.decidingActualId).not.toBe(q1.id);
    }
    // The day before, the same figure would have been a forecast come true.
    const dayBefore = await guide('hindsight-co', { statedOn: '2026-08-19', mode: 'any' });
    expect(await evaluationAsOf(ctx.app, dayBefore.id, '2026-09-01')).toMatchObject({
      status: 'met',
      decidingActualId: q1.id,
    });
  });
});
