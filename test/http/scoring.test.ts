// Scoring through the API: every status a statement can reach, as of a knowledge time, with restatements,
// retractions, the company scorecard and the kept history of evaluations.
//
// Each test starts from a company of its own (Alibaba's March year-end under another id), so the statements
// and actuals of one story never leak into another's.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Actual, ActualInput } from '../../src/schemas/actuals.js';
import type { Scorecard } from '../../src/schemas/scorecards.js';
import type { Evaluation, Statement, StatementInput } from '../../src/schemas/statements.js';
import { expectProblem, tableCounts, useTestApp } from '../support/app.js';
import {
  type FeedChange,
  readFeedUntil,
  CAPEX,
  CLOUD_MARGIN,
  MAAS_ARR,
  RETAIL_LOSS,
  TEENS_STATEMENT,
  actual,
  evaluationAsOf,
  get,
  post,
  seedCompanyLike,
  walkList,
} from '../support/fixtures.js';

type ScorecardBody = z.infer<typeof Scorecard>;

const ctx = useTestApp();

/** The teens guidance of `companyId`, with what the test is about changed. */
async function guide(companyId: string, fields: Partial<z.input<typeof StatementInput>> = {}): Promise<Statement> {
  return post<Statement>(ctx.app, '/v1/statements', { ...TEENS_STATEMENT, companyId, ...fields });
}

/** Post an actual of `companyId` (cloud EBITA margin for FY2027Q1 unless told otherwise). */
async function report(companyId: string, fields: Partial<z.input<typeof ActualInput>>): Promise<Actual> {
  return post<Actual>(ctx.app, '/v1/actuals', actual({ companyId, ...fields }));
}

function arrAt(date: string, value: string, publishedAt: string): Partial<z.input<typeof ActualInput>> {
  return { metric: MAAS_ARR.key, period: undefined, date, value, unit: 'CNY', publishedAt };
}

describe('statuses, as of a knowledge time', () => {
  it('keeps the teens guidance pending while FY2027Q1..FY2027Q2 is open and nothing is reported', async () => {
    await seedCompanyLike(ctx.app, 'pending-co');
    const teens = await guide('pending-co');
    const evaluation = await evaluationAsOf(ctx.app, teens.id, '2026-07-01');
    expect(evaluation).toMatchObject({
      statementId: teens.id,
      status: 'pending',
      decidingActualId: null,
      position: null,
      surprise: null,
      observations: [],
    });
    expect(evaluation.explanation).toBe(
      'No cloud.ebita_margin figure for FY2027Q1..FY2027Q2 (2026-04-01..2026-09-30) is public yet; reports count until 2026-11-29.',
    );
  });

  it('marks the ARR promise met early when ARR passes 30bn in October, for a window ending 2026-12-31', async () => {
    await seedCompanyLike(ctx.app, 'early-co');
    const promise = await guide('early-co', {
      metric: MAAS_ARR.key,
      quote: 'Bailian MaaS ARR will surpass RMB 30 billion by the end of the year',
      commitment: 'will',
      target: { op: 'gt', value: '30000000000', wording: 'more than RMB 30 billion' },
      window: { start: '2026-05-15', end: '2026-12-31' },
      mode: 'any',
    });
    await report('early-co', arrAt('2026-09-30', '24000000000', '2026-10-20'));
    const october = await report('early-co', arrAt('2026-10-31', '31000000000', '2026-11-10'));

    expect((await evaluationAsOf(ctx.app, promise.id, '2026-11-01')).status).toBe('pending');
    const evaluation = await evaluationAsOf(ctx.app, promise.id, '2026-11-15');
    expect(evaluation).toMatchObject({
      status: 'met',
      early: true,
      decidingActualId: october.id,
      position: 'within',
      surprise: '0',
      error: null,
    });
    expect(evaluation.explanation).toBe(
      'bailian.maas_arr at 2026-10-31 = 31bn CNY, meeting the target (above 30bn CNY, stated as "more than RMB 30 ' +
        'billion"), early: ahead of the window\'s end on 2026-12-31.',
    );
  });

  it('marks the teens guidance met with a positive surprise when FY2027Q2 margin is 22%', async () => {
    await seedCompanyLike(ctx.app, 'beat-co');
    const teens = await guide('beat-co', { window: { period: 'FY2027Q2' }, mode: 'any' });
    const q2 = await report('beat-co', { period: 'FY2027Q2', value: '22', publishedAt: '2026-11-15' });
    const evaluation = await evaluationAsOf(ctx.app, teens.id, '2026-11-16');
    expect(evaluation).toMatchObject({
      status: 'met',
      early: false,
      decidingActualId: q2.id,
      position: 'above',
      surprise: '0.1',
      error: '0.25',
    });
    expect(evaluation.explanation).toBe(
      'cloud.ebita_margin FY2027Q2 (2026-07-01..2026-09-30) = 22%, above the target (13 to under 20%, stated as "the teens").',
    );
  });

  it("marks the teens guidance missed under mode 'any' when neither quarter reaches the teens (FY2027Q2 at 12.4%)", async () => {
    await seedCompanyLike(ctx.app, 'any-co');
    const teens = await guide('any-co', { mode: 'any' });
    await report('any-co', { period: 'FY2027Q1', value: '12', publishedAt: '2026-08-20' });
    const q2 = await report('any-co', { period: 'FY2027Q2', value: '12.4', publishedAt: '2026-11-15' });

    expect((await evaluationAsOf(ctx.app, teens.id, '2026-09-01')).status).toBe('pending');
    const evaluation = await evaluationAsOf(ctx.app, teens.id, '2026-11-16');
    expect(evaluation).toMatchObject({
      status: 'missed',
      early: false,
      decidingActualId: q2.id,
      position: 'below',
      surprise: '-0.0461538462',
      error: '0.3306451613',
    });
    expect(evaluation.explanation).toBe(
      'cloud.ebita_margin FY2027Q2 (2026-07-01..2026-09-30) = 12.4%, below the target (13 to under 20%, stated as "the teens"); ' +
        'no period in FY2027Q1..FY2027Q2 (2026-04-01..2026-09-30) kept the promise.',
    );
  });

  it("marks the teens guidance missed under mode 'all' as soon as FY2027Q1 margin is 12.4%, before the window closes", async () => {
    await seedCompanyLike(ctx.app, 'all-co');
    const teens = await guide('all-co', { mode: 'all' });
    const q1 = await report('all-co', { period: 'FY2027Q1', value: '12.4', publishedAt: '2026-08-20' });
    const evaluation = await evaluationAsOf(ctx.app, teens.id, '2026-08-21');
    expect(evaluation).toMatchObject({ status: 'missed', decidingActualId: q1.id, position: 'below', early: false });
    expect(evaluation.surprise).toBe('-0.0461538462');
    expect(evaluation.error).toBe('0.3306451613');
    expect(evaluation.explanation).toContain('= 12.4%, below the target (13 to under 20%, stated as "the teens")');
    expect(evaluation.explanation).toContain('every period in FY2027Q1..FY2027Q2');
  });

  it("marks the teens guidance missed under mode 'final' when FY2027Q2 falls to 12.4% after a FY2027Q1 in the teens", async () => {
    await seedCompanyLike(ctx.app, 'final-co');
    const teens = await guide('final-co', { mode: 'final' });
    await report('final-co', { period: 'FY2027Q1', value: '14', publishedAt: '2026-08-20' });
    expect((await evaluationAsOf(ctx.app, teens.id, '2026-09-01')).status).toBe('pending');
    const q2 = await report('final-co', { period: 'FY2027Q2', value: '12.4', publishedAt: '2026-11-15' });
    const evaluation = await evaluationAsOf(ctx.app, teens.id, '2026-11-16');
    expect(evaluation).toMatchObject({ status: 'missed', decidingActualId: q2.id, position: 'below' });
    expect(evaluation.explanation).toContain('= 12.4%');
    expect(evaluation.explanation).toContain('the final period of FY2027Q1..FY2027Q2');
  });

  it('marks the teens guidance unreported once the window closed and 30 days of grace passed with no in-window figure', async () => {
    await seedCompanyLike(ctx.app, 'silent-co');
    const teens = await guide('silent-co', { graceDays: 30 });
    // A figure for a period outside the window does not count.
    await report('silent-co', { period: 'FY2026Q4', value: '15', publishedAt: '2026-05-20' });

    expect((await evaluationAsOf(ctx.app, teens.id, '2026-10-30')).status).toBe('pending');
    const evaluation = await evaluationAsOf(ctx.app, teens.id, '2026-10-31');
    expect(evaluation).toMatchObject({ status: 'unreported', decidingActualId: null, observations: [] });
    expect(evaluation.explanation).toBe(
      "No cloud.ebita_margin figure for FY2027Q1..FY2027Q2 (2026-04-01..2026-09-30) was public by 2026-10-30, the end of 30 days' grace.",
    );
  });

  it('marks the teens guidance superseded from the day it is raised, and pending before', async () => {
    await seedCompanyLike(ctx.app, 'raised-co');
    const teens = await guide('raised-co', { mode: 'any' });
    const { successor } = await post<{ successor: Statement }>(ctx.app, `/v1/statements/${teens.id}/revisions`, {
      kind: 'raised',
      statedOn: '2026-08-01',
      statement: {
        source: { kind: 'press_release' },
        quote: 'cloud EBITA margin will be at least 15% over the next two quarters',
        metric: CLOUD_MARGIN.key,
        commitment: 'expect',
        target: { op: 'gte', value: '15' },
        window: { period: 'FY2027Q1..FY2027Q2' },
      },
    });
    expect((await evaluationAsOf(ctx.app, teens.id, '2026-07-31')).status).toBe('pending');
    const evaluation = await evaluationAsOf(ctx.app, teens.id, '2026-08-01');
    expect(evaluation.status).toBe('superseded');
    expect(evaluation.explanation).toBe(
      `Superseded on 2026-08-01 by statement ${successor.id} (raised), before it resolved.`,
    );
    expect((await evaluationAsOf(ctx.app, successor.id, '2026-08-01')).status).toBe('pending');
  });

  it('marks the teens guidance withdrawn from the day management withdraws it', async () => {
    await seedCompanyLike(ctx.app, 'withdrawn-co');
    const teens = await guide('withdrawn-co');
    await post(ctx.app, `/v1/statements/${teens.id}/revisions`, { kind: 'withdrawn', statedOn: '2026-08-01' });
    expect((await evaluationAsOf(ctx.app, teens.id, '2026-07-31')).status).toBe('pending');
    expect(await evaluationAsOf(ctx.app, teens.id, '2026-12-31')).toMatchObject({
      status: 'withdrawn',
      explanation: 'Withdrawn on 2026-08-01, before it resolved.',
    });
  });
});

describe('good direction', () => {
  const capexGuidance = (period: string) => ({
    metric: CAPEX.key,
    quote: 'capex will be RMB 100 to 120 billion a quarter',
    commitment: 'expect' as const,
    target: { op: 'range' as const, low: '100000000000', high: '120000000000' },
    window: { period },
    mode: 'any' as const,
  });

  it('marks neutral capex missed when it comes in above the range: more is not better, and the surprise is negative', async () => {
    await seedCompanyLike(ctx.app, 'capex-over');
    const guidance = await guide('capex-over', capexGuidance('FY2027Q1'));
    const q1 = await report('capex-over', {
      metric: CAPEX.key,
      value: '130000000000',
      unit: 'CNY',
      publishedAt: '2026-08-20',
    });
    const evaluation = await evaluationAsOf(ctx.app, guidance.id, '2026-08-21');
    expect(evaluation).toMatchObject({
      status: 'missed',
      decidingActualId: q1.id,
      position: 'above',
      surprise: '-0.0833333333',
      error: '0.1538461538',
    });
    expect(evaluation.explanation).toContain('capex FY2027Q1 (2026-04-01..2026-06-30) = 130bn CNY, above');
  });

  it('marks neutral capex met when it comes in inside the range', async () => {
    await seedCompanyLike(ctx.app, 'capex-inside');
    const guidance = await guide('capex-inside', capexGuidance('FY2027Q1'));
    const q1 = await report('capex-inside', {
      metric: CAPEX.key,
      value: '110000000000',
      unit: 'CNY',
      publishedAt: '2026-08-20',
    });
    expect(await evaluationAsOf(ctx.app, guidance.id, '2026-08-21')).toMatchObject({
      status: 'met',
      decidingActualId: q1.id,
      position: 'within',
      surprise: '0',
      error: '0',
    });
  });

  it('never scores a bigger loss as a beat: a 7bn loss against 3bn to 5bn guided is missed with a negative surprise', async () => {
    await seedCompanyLike(ctx.app, 'loss-co', [RETAIL_LOSS]);
    const guidance = await guide('loss-co', {
      metric: RETAIL_LOSS.key,
      quote: 'instant-retail losses will narrow to RMB 3 to 5 billion this quarter',
      target: { op: 'range', low: '3000000000', high: '5000000000' },
      window: { period: 'FY2027Q1' },
      mode: 'any',
    });
    const q1 = await report('loss-co', {
      metric: RETAIL_LOSS.key,
      value: '7000000000',
      unit: 'CNY',
      publishedAt: '2026-08-20',
    });
    const evaluation = await evaluationAsOf(ctx.app, guidance.id, '2026-08-21');
    expect(evaluation).toMatchObject({
      status: 'missed',
      decidingActualId: q1.id,
      position: 'above',
      surprise: '-0.4',
      error: '0.4285714286',
    });
    expect(evaluation.explanation).toContain('= 7bn CNY, above');
  });

  it('scores a smaller loss than guided as met with a positive surprise', async () => {
    await seedCompanyLike(ctx.app, 'small-loss-co', [RETAIL_LOSS]);
    const guidance = await guide('small-loss-co', {
      metric: RETAIL_LOSS.key,
      quote: 'instant-retail losses will narrow to RMB 3 to 5 billion this quarter',
      target: { op: 'range', low: '3000000000', high: '5000000000' },
      window: { period: 'FY2027Q1' },
      mode: 'any',
    });
    await report('small-loss-co', {
      metric: RETAIL_LOSS.key,
      value: '2000000000',
      unit: 'CNY',
      publishedAt: '2026-08-20',
    });
    expect(await evaluationAsOf(ctx.app, guidance.id, '2026-08-21')).toMatchObject({
      status: 'met',
      position: 'below',
      surprise: '0.3333333333',
      error: '1',
    });
  });
});

describe('knowledge time', () => {
  it('does not use an actual published after asOf, and says which knowledge time it used', async () => {
    await seedCompanyLike(ctx.app, 'asof-co');
    const teens = await guide('asof-co', { mode: 'any' });
    const q1 = await report('asof-co', { value: '13.5', publishedAt: '2026-08-20T18:00:00Z' });

    const morning = await evaluationAsOf(ctx.app, teens.id, '2026-08-20T12:00:00Z');
    expect(morning).toMatchObject({ asOf: '2026-08-20T12:00:00.000Z', status: 'pending', observations: [] });

    const evening = await evaluationAsOf(ctx.app, teens.id, '2026-08-20T18:00:00Z');
    expect(evening).toMatchObject({ asOf: '2026-08-20T18:00:00.000Z', status: 'met', decidingActualId: q1.id });

    const beijing = await evaluationAsOf(ctx.app, teens.id, '2026-08-21T01:59:59+08:00');
    expect(beijing).toMatchObject({ asOf: '2026-08-20T17:59:59.000Z', status: 'pending' });
  });

  it('reads asOf given as a date as the end of that day (UTC)', async () => {
    await seedCompanyLike(ctx.app, 'asof-date-co');
    const teens = await guide('asof-date-co', { mode: 'any' });
    await report('asof-date-co', { value: '13.5', publishedAt: '2026-08-20T23:30:00Z' });
    expect(await evaluationAsOf(ctx.app, teens.id, '2026-08-19')).toMatchObject({
      asOf: '2026-08-19T23:59:59.999Z',
      status: 'pending',
    });
    expect(await evaluationAsOf(ctx.app, teens.id, '2026-08-20')).toMatchObject({
      asOf: '2026-08-20T23:59:59.999Z',
      status: 'met',
    });
  });

  it('reads publishedAt given as a date as the start of that day (UTC)', async () => {
    await seedCompanyLike(ctx.app, 'published-date-co');
    const q1 = await report('published-date-co', { value: '13.5', publishedAt: '2026-08-20' });
    expect(q1.publishedAt).toBe('2026-08-20T00:00:00.000Z');
  });

  it('evaluates as of now when no asOf is given, dating the answer from when it took effect', async () => {
    await seedCompanyLike(ctx.app, 'now-co');
    const teens = await guide('now-co');
    const evaluation = await evaluationAsOf(ctx.app, teens.id);
    const now = Date.now();
    expect(Date.parse(evaluation.asOf)).toBeLessThanOrEqual(now);
    expect(evaluation.validUntil === null || Date.parse(evaluation.validUntil) > now).toBe(true);
    const explicit = await evaluationAsOf(ctx.app, teens.id, new Date(now).toISOString());
    expect({ ...evaluation, asOf: explicit.asOf, validUntil: explicit.validUntil }).toEqual(explicit);
  });

  describe('a malformed asOf', () => {
    let teens: Statement;
    beforeAll(async () => {
      await seedCompanyLike(ctx.app, 'bad-asof-co');
      teens = await guide('bad-asof-co');
    });

    it.each(['2026-02-30', 'yesterday', '2026-08-20T12:00:00', '20260820'])(
      'refuses asOf=%s with a 422 naming the parameter',
      async (asOf) => {
        const problem = expectProblem(
          await ctx.app.inject({ url: `/v1/statements/${teens.id}/evaluation?asOf=${encodeURIComponent(asOf)}` }),
          422,
        );
        expect(problem.errors?.map((e) => e.parameter)).toContain('asOf');
      },
    );
  });
});

describe('restatements', () => {
  it('lets a restated FY2027Q1 margin win from its publication on, while an evaluation as of before it still uses the first', async () => {
    await seedCompanyLike(ctx.app, 'restated-co');
    const teens = await guide('restated-co', { mode: 'any' });
    const first = await report('restated-co', { value: '12.4', publishedAt: '2026-08-20' });
    const restated = await report('restated-co', {
      value: '13.5',
      publishedAt: '2026-09-10',
      note: 'restated in the FY2027 interim report',
    });

    const before = await evaluationAsOf(ctx.app, teens.id, '2026-09-09');
    expect(before.status).toBe('pending');
    expect(before.observations).toEqual([
      { actualId: first.id, periodStart: '2026-04-01', periodEnd: '2026-06-30', value: '12.4' },
    ]);

    const after = await evaluationAsOf(ctx.app, teens.id, '2026-09-10');
    expect(after).toMatchObject({ status: 'met', early: true, decidingActualId: restated.id });
    expect(after.observations).toEqual([
      { actualId: restated.id, periodStart: '2026-04-01', periodEnd: '2026-06-30', value: '13.5' },
    ]);
    expect(after.explanation).toContain('13.5%');
  });
});

describe('retractions', () => {
  it('shows the retraction on the actual, ignores the actual at every knowledge time, and sees it on the earlier record', async () => {
    await seedCompanyLike(ctx.app, 'retract-co');
    const teens = await guide('retract-co', { mode: 'any' });
    const first = await report('retract-co', { value: '12.4', publishedAt: '2026-08-20' });
    const wrong = await report('retract-co', {
      value: '13.5',
      publishedAt: '2026-09-10',
      note: 'keyed from the wrong segment',
    });

    const onRecord = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/v1/actuals/${wrong.id}/retractions`,
      payload: { reason: 'keyed from the wrong segment' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const retracted = response.json<Actual>();
    expect(retracted).toMatchObject({
      id: wrong.id,
      value: '13.5',
      retraction: { actualId: wrong.id, reason: 'keyed from the wrong segment', retractedAt: expect.any(String) },
    });
    expect(await get<Actual>(ctx.app, `/v1/actuals/${wrong.id}`)).toEqual(retracted);
    // Nothing is deleted: the wrong entry stays listed, with its retraction.
    const listed = await get<{ items: Actual[] }>(ctx.app, '/v1/actuals?companyId=retract-co');
    expect(listed.items.map((a) => [a.id, a.retraction === null])).toEqual([
      [first.id, true],
      [wrong.id, false],
    ]);

    // The wrong figure was never public: as of 2026-09-15 the statement was waiting for FY2027Q2.
    expect(await evaluationAsOf(ctx.app, teens.id, '2026-09-15')).toMatchObject({
      status: 'pending',
      decidingActualId: null,
    });
    // What saydo said then, on the record before the retraction: the wrong figure met the teens.
    const then = await get<Evaluation>(
      ctx.app,
      `/v1/statements/${teens.id}/evaluation?asOf=2026-09-15&recordedAsOf=${encodeURIComponent(onRecord)}`,
    );
    expect(then).toMatchObject({ status: 'met', decidingActualId: wrong.id, recordedAsOf: onRecord });
    // Later, the window has long closed: FY2027Q1 did not keep the promise and FY2027Q2, which could have, was
    // never reported.
    const later = await evaluationAsOf(ctx.app, teens.id, '2099-01-01');
    expect(later).toMatchObject({ status: 'unreported', decidingActualId: null });
    expect(later.observations.map((o) => o.actualId)).toEqual([first.id]);
  });

  it('filters a list by status on the record as it stood before a retraction, a page at a time', async () => {
    await seedCompanyLike(ctx.app, 'retract-list-co');
    // Two statements the wrong figure met, one it could not (a higher bar): on the record before the retraction,
    // two met and one pending as of 2026-09-15; on the record now, all three pending.
    const low = await guide('retract-list-co', { mode: 'any', quote: 'teens (low)' });
    const lower = await guide('retract-list-co', {
      mode: 'any',
      quote: 'teens (lower)',
      target: { op: 'gte', value: '13' },
    });
    const high = await guide('retract-list-co', { mode: 'any', quote: 'above 20', target: { op: 'gt', value: '20' } });
    await report('retract-list-co', { value: '12.4', publishedAt: '2026-08-20' });
    const wrong = await report('retract-list-co', { value: '13.5', publishedAt: '2026-09-10' });
    const onRecord = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await post(ctx.app, `/v1/actuals/${wrong.id}/retractions`, { reason: 'keyed from the wrong segment' });

    const ids = async (query: string, limit = 100) =>
      (await walkList<Statement>(ctx.app, `/v1/statements?companyId=retract-list-co&asOf=2026-09-15&${query}`, limit))
        .flat()
        .map((s) => s.id);
    const then = `recordedAsOf=${encodeURIComponent(onRecord)}`;
    expect(await ids(`status=met&${then}`)).toEqual([low.id, lower.id]);
    // One at a time: the cursor of a page ends at its last statement, and the next starts after it.
    expect(await ids(`status=met&${then}`, 1)).toEqual([low.id, lower.id]);
    expect(await ids(`status=pending&${then}`, 1)).toEqual([high.id]);
    const listed = await get<{ items: (Statement & { evaluation: Evaluation })[] }>(
      ctx.app,
      `/v1/statements?companyId=retract-list-co&asOf=2026-09-15&status=met&${then}`,
    );
    expect(listed.items.map((s) => [s.evaluation.status, s.evaluation.decidingActualId])).toEqual([
      ['met', wrong.id],
      ['met', wrong.id],
    ]);
    // On the record as it stands, the wrong figure never was.
    expect(await ids('status=met')).toEqual([]);
    expect(await ids('status=pending')).toEqual([low.id, lower.id, high.id]);
  });

  it('refuses to retract an actual twice with a 409, and writes nothing', async () => {
    await seedCompanyLike(ctx.app, 'retract-twice-co');
    const q1 = await report('retract-twice-co', { value: '13.5', publishedAt: '2026-08-20' });
    await post(ctx.app, `/v1/actuals/${q1.id}/retractions`, { reason: 'duplicate entry' });
    const before = await tableCounts(ctx.db);
    const problem = expectProblem(
      await ctx.app.inject({ method: 'POST', url: `/v1/actuals/${q1.id}/retractions`, payload: { reason: 'again' } }),
      409,
    );
    expect(problem.detail).toContain(q1.id);
    expect(await tableCounts(ctx.db)).toEqual(before);
    expect((await get<Actual>(ctx.app, `/v1/actuals/${q1.id}`)).retraction?.reason).toBe('duplicate entry');
  });

  it('answers a retraction of an unknown actual with a 404 problem', async () => {
    expectProblem(
      await ctx.app.inject({
        method: 'POST',
        url: `/v1/actuals/${randomUUID()}/retractions`,
        payload: { reason: 'x' },
      }),
      404,
    );
  });
});

describe('units and kinds of actuals', () => {
  it('refuses a margin reported in CNY with a 422 at /unit that names the unit the metric is measured in', async () => {
    await seedCompanyLike(ctx.app, 'unit-co');
    const before = await tableCounts(ctx.db);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/v1/actuals',
      payload: actual({ companyId: 'unit-co', unit: 'CNY' }),
    });
    const problem = expectProblem(response, 422);
    expect(problem.errors).toEqual([{ pointer: '/unit', detail: expect.stringContaining('percent') }]);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('refuses period fields for a stock (ARR) and a date for a flow (margin) with a 422 pointing at them', async () => {
    await seedCompanyLike(ctx.app, 'kind-co');
    const before = await tableCounts(ctx.db);
    const stockWithPeriod = await ctx.app.inject({
      method: 'POST',
      url: '/v1/actuals',
      payload: actual({
        companyId: 'kind-co',
        ...arrAt('2026-06-30', '12000000000', '2026-07-20'),
        date: undefined,
        periodStart: '2026-04-01',
        periodEnd: '2026-06-30',
      }),
    });
    expect(expectProblem(stockWithPeriod, 422).errors?.map((e) => e.pointer)).toEqual(['/periodStart']);

    const flowWithDate = await ctx.app.inject({
      method: 'POST',
      url: '/v1/actuals',
      payload: actual({ companyId: 'kind-co', period: undefined, date: '2026-06-30' }),
    });
    expect(expectProblem(flowWithDate, 422).errors?.map((e) => e.pointer)).toEqual(['/date']);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('records a stock at a date and a flow over a period given as dates, naming the fiscal quarter', async () => {
    await seedCompanyLike(ctx.app, 'kinds-ok-co');
    const arr = await report('kinds-ok-co', arrAt('2026-06-30', '12000000000', '2026-07-20'));
    expect(arr).toMatchObject({ periodStart: null, periodEnd: '2026-06-30', value: '12000000000', unit: 'CNY' });
    const margin = await report('kinds-ok-co', {
      period: undefined,
      periodStart: '2026-04-01',
      periodEnd: '2026-06-30',
    });
    expect(margin).toMatchObject({ periodStart: '2026-04-01', periodEnd: '2026-06-30', periodLabel: 'FY2027Q1' });
  });
});

describe('scorecard', () => {
  it('counts statements by status and computes the hit rate as met / (met + missed + unreported), ignoring pending', async () => {
    await seedCompanyLike(ctx.app, 'card-co');
    const met = await guide('card-co', { mode: 'any' });
    const missed = await guide('card-co', {
      metric: MAAS_ARR.key,
      quote: 'ARR will reach RMB 10 billion in June',
      commitment: 'will',
      target: { op: 'gte', value: '10000000000' },
      window: { period: '2026-06' },
      mode: 'any',
    });
    const unreported = await guide('card-co', {
      metric: CAPEX.key,
      quote: 'capex of RMB 100 to 120 billion in the March quarter',
      statedOn: '2025-11-20',
      commitment: 'will',
      target: { op: 'range', low: '100000000000', high: '120000000000' },
      window: { period: 'FY2026Q4' },
    });
    const pending = await guide('card-co', { commitment: 'aspire', window: { period: 'FY2028' } });
    const withdrawn = await guide('card-co', { commitment: 'may', window: { period: 'FY2027Q3' } });
    await post(ctx.app, `/v1/statements/${withdrawn.id}/revisions`, { kind: 'withdrawn', statedOn: '2026-08-25' });
    await report('card-co', { value: '13.5', publishedAt: '2026-08-20' });
    await report('card-co', arrAt('2026-06-30', '8000000000', '2026-07-20'));

    const asOf = '2026-09-01';
    const statuses = await Promise.all(
      [met, missed, unreported, pending, withdrawn].map(
        async (s) => (await evaluationAsOf(ctx.app, s.id, asOf)).status,
      ),
    );
    expect(statuses).toEqual(['met', 'missed', 'unreported', 'pending', 'withdrawn']);

    const card = await get<ScorecardBody>(ctx.app, `/v1/companies/card-co/scorecard?asOf=${asOf}`);
    expect(card).toMatchObject({
      companyId: 'card-co',
      asOf: '2026-09-01T23:59:59.999Z',
      counts: { pending: 1, met: 1, missed: 1, unreported: 1, superseded: 0, withdrawn: 1 },
      total: 5,
      resolved: 3,
      hitRate: '0.3333333333',
      unreportedRate: '0.3333333333',
      meanSurprise: '-0.1',
      earlyRate: '1',
    });
    const summary = (g: ScorecardBody['byMetric'][number]) => [g.key, g.counts, g.hitRate];
    const none = { pending: 0, met: 0, missed: 0, unreported: 0, superseded: 0, withdrawn: 0 };
    expect(card.byMetric.map(summary)).toEqual([
      ['bailian.maas_arr', { ...none, missed: 1 }, '0'],
      ['capex', { ...none, unreported: 1 }, '0'],
      ['cloud.ebita_margin', { ...none, met: 1, pending: 1, withdrawn: 1 }, '1'],
    ]);
    expect(card.byCommitment.map((g) => [g.key, g.total, g.hitRate])).toEqual([
      ['aspire', 1, null],
      ['expect', 1, '1'],
      ['may', 1, null],
      ['will', 2, '0'],
    ]);
  });

  it('says on 2026-03-01 what it knew then: a statement first made on 2026-05-15 is not yet on the scorecard', async () => {
    await seedCompanyLike(ctx.app, 'card-then-co');
    await guide('card-then-co', { statedOn: '2026-05-15' });
    const then = await get<ScorecardBody>(ctx.app, '/v1/companies/card-then-co/scorecard?asOf=2026-03-01');
    expect(then).toMatchObject({ total: 0, counts: { pending: 0 } });
    const later = await get<ScorecardBody>(ctx.app, '/v1/companies/card-then-co/scorecard?asOf=2026-06-01');
    expect(later).toMatchObject({ total: 1, counts: { pending: 1 } });
  });

  it('answers the scorecard of an unknown company with a 404 problem', async () => {
    expectProblem(await ctx.app.inject({ url: '/v1/companies/nobody-at-all/scorecard' }), 404);
  });
});

describe('evaluation history', () => {
  it('keeps every evaluation by knowledge time, and tells the feed of each change of status with its cause', async () => {
    // FY2026Q3..FY2026Q4 (2025-10-01..2026-03-31) with 60 days' grace: long closed, so "now" cannot move it.
    await seedCompanyLike(ctx.app, 'history-co');
    const teens = await guide('history-co', {
      statedOn: '2025-11-20',
      window: { period: 'FY2026Q3..FY2026Q4' },
      mode: 'any',
    });
    await report('history-co', { period: 'FY2026Q3', value: '12', publishedAt: '2026-02-20' });
    const q4 = await report('history-co', { period: 'FY2026Q4', value: '13.5', publishedAt: '2026-05-15' });
    const q4Restated = await report('history-co', { period: 'FY2026Q4', value: '12.9', publishedAt: '2026-06-01' });
    const retracted = await post<{ retraction: { retractedAt: string } }>(
      ctx.app,
      `/v1/actuals/${q4Restated.id}/retractions`,
      {
        reason: 'the restatement was keyed wrongly',
      },
    );
    // A figure outside the window changes nothing.
    await report('history-co', { period: 'FY2027Q1', value: '14', publishedAt: '2026-08-20' });

    const history = await get<{ items: Evaluation[] }>(ctx.app, `/v1/statements/${teens.id}/history`);
    expect(history.items.map((e) => [e.asOf, e.status, e.decidingActualId, e.observations.length])).toEqual([
      ['2025-11-20T00:00:00.000Z', 'pending', null, 0],
      ['2026-02-20T00:00:00.000Z', 'pending', null, 1],
      ['2026-05-15T00:00:00.000Z', 'met', q4.id, 2],
    ]);
    // The retracted restatement was never public; on the record before its retraction, it missed from 06-01.
    const before = new Date(Date.parse(retracted.retraction.retractedAt) - 1).toISOString();
    const then = await get<{ items: Evaluation[] }>(
      ctx.app,
      `/v1/statements/${teens.id}/history?recordedAsOf=${encodeURIComponent(before)}`,
    );
    expect(then.items.map((e) => [e.asOf, e.status, e.decidingActualId])).toEqual([
      ['2025-11-20T00:00:00.000Z', 'pending', null],
      ['2026-02-20T00:00:00.000Z', 'pending', null],
      ['2026-05-15T00:00:00.000Z', 'met', q4.id],
      ['2026-06-01T00:00:00.000Z', 'missed', q4Restated.id],
    ]);
    // Each segment gives way where the next begins; the last holds until new facts arrive.
    history.items.forEach((e, i) => expect(e.validUntil).toBe(history.items[i + 1]?.asOf ?? null));

    // What saydo said at each write, in the feed: the status as of the write, and the write that changed it.
    const ofTeens = (all: FeedChange[]) =>
      all.filter((c) => c.kind === 'evaluation.changed' && c.resourceId === teens.id);
    // FY2026Q3 alone, written after the deadline, leaves it unreported: FY2026Q4 could still have kept it.
    const changes = ofTeens(await readFeedUntil(ctx.app, 'companyId=history-co', (all) => ofTeens(all).length >= 4));
    expect(changes.map((c) => [c.data.status, c.data.cause])).toEqual([
      ['unreported', `statement:${teens.id}`],
      ['met', `actual:${q4.id}`],
      ['missed', `actual:${q4Restated.id}`],
      ['met', `retraction:${q4Restated.id}`],
    ]);
  });
});
