// History and knowledge time: every evaluation a statement has had is kept with the moment it took effect, and
// lists, scorecards and evaluations asked "as of" a moment answer exactly what was known then: before a
// restatement, the original figure's verdict; after it, the restated one. Pending statements with interim
// figures say whether they are on track, by a linear projection to the end of their window.
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Actual, ActualInput } from '../../src/schemas/actuals.js';
import type { Scorecard } from '../../src/schemas/scorecards.js';
import type { Evaluation, Statement } from '../../src/schemas/statements.js';
import { useTestApp } from '../support/app.js';
import {
  type ListPage,
  MAAS_ARR,
  TEENS_STATEMENT,
  actual,
  evaluationAsOf,
  get,
  post,
  seedCompanyLike,
} from '../support/fixtures.js';

const ctx = useTestApp({ sweepIntervalMs: 0 });

type ScorecardBody = z.infer<typeof Scorecard>;
type Listed = Statement & { evaluation: Evaluation | null };

async function report(companyId: string, fields: Partial<z.input<typeof ActualInput>>): Promise<Actual> {
  return post<Actual>(ctx.app, '/v1/actuals', actual({ companyId, ...fields }));
}

function arrAt(date: string, value: string, publishedAt: string): Partial<z.input<typeof ActualInput>> {
  return { metric: MAAS_ARR.key, period: undefined, date, value, unit: 'CNY', publishedAt };
}

describe('a restated quarter', () => {
  // The teens guidance for FY2025Q1..FY2025Q2 (every quarter in the teens). FY2025Q2 first came in at 12%, a
  // miss, and was restated to 13.5% two months later, which keeps the promise.
  let teens: Statement;
  let q1: Actual;
  let q2: Actual;
  let restated: Actual;

  beforeAll(async () => {
    await seedCompanyLike(ctx.app, 'restated-co');
    teens = await post<Statement>(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      companyId: 'restated-co',
      statedOn: '2024-05-15',
      window: { period: 'FY2025Q1..FY2025Q2' },
    });
    q1 = await report('restated-co', { period: 'FY2025Q1', value: '14', publishedAt: '2024-08-20' });
    q2 = await report('restated-co', { period: 'FY2025Q2', value: '12', publishedAt: '2024-11-15' });
    restated = await report('restated-co', {
      period: 'FY2025Q2',
      value: '13.5',
      publishedAt: '2025-01-20',
      note: 'restated',
    });
  });

  it('lists every evaluation the statement has had, each with the knowledge time it took effect and when it gave way', async () => {
    const history = await get<{ statementId: string; items: Evaluation[] }>(
      ctx.app,
      `/v1/statements/${teens.id}/history`,
    );
    expect(history.statementId).toBe(teens.id);
    expect(
      history.items.map((e) => ({
        status: e.status,
        asOf: e.asOf,
        validUntil: e.validUntil,
        decidingActualId: e.decidingActualId,
        values: e.observations.map((o) => o.value),
      })),
    ).toEqual([
      {
        status: 'pending',
        asOf: '2024-05-15T00:00:00.000Z',
        validUntil: '2024-08-20T00:00:00.000Z',
        decidingActualId: null,
        values: [],
      },
      {
        status: 'pending',
        asOf: '2024-08-20T00:00:00.000Z',
        validUntil: '2024-11-15T00:00:00.000Z',
        decidingActualId: null,
        values: ['14'],
      },
      {
        status: 'missed',
        asOf: '2024-11-15T00:00:00.000Z',
        validUntil: '2025-01-20T00:00:00.000Z',
        decidingActualId: q2.id,
        values: ['14', '12'],
      },
      {
        status: 'met',
        asOf: '2025-01-20T00:00:00.000Z',
        validUntil: null,
        decidingActualId: restated.id,
        values: ['14', '13.5'],
      },
    ]);
    for (const e of history.items) expect(e.statementId).toBe(teens.id);
  });

  it('evaluates as of a moment before the restatement on the original figure, and after it on the restated one', async () => {
    const before = await evaluationAsOf(ctx.app, teens.id, '2025-01-19');
    expect(before).toMatchObject({
      asOf: '2025-01-19T23:59:59.999Z',
      status: 'missed',
      decidingActualId: q2.id,
      position: 'below',
      surprise: '-0.0769230769',
      validUntil: '2025-01-20T00:00:00.000Z',
    });
    expect(before.observations.map((o) => [o.actualId, o.value])).toEqual([
      [q1.id, '14'],
      [q2.id, '12'],
    ]);
    const after = await evaluationAsOf(ctx.app, teens.id, '2025-01-20T00:00:00Z');
    expect(after).toMatchObject({
      asOf: '2025-01-20T00:00:00.000Z',
      status: 'met',
      decidingActualId: restated.id,
      position: 'within',
      surprise: '0',
    });
    // Before anything was reported.
    expect(await evaluationAsOf(ctx.app, teens.id, '2024-06-01')).toMatchObject({
      status: 'pending',
      observations: [],
    });
  });

  it('lists by status as of a moment before and after the restatement', async () => {
    const list = (query: string) => get<ListPage<Listed>>(ctx.app, `/v1/statements?companyId=restated-co&${query}`);
    const missedBefore = await list('status=missed&asOf=2025-01-19');
    expect(missedBefore.items.map((s) => [s.id, s.evaluation?.status, s.evaluation?.decidingActualId])).toEqual([
      [teens.id, 'missed', q2.id],
    ]);
    expect((await list('status=met&asOf=2025-01-19')).items).toEqual([]);
    const metAfter = await list('status=met&asOf=2025-01-20');
    expect(metAfter.items.map((s) => [s.id, s.evaluation?.status, s.evaluation?.decidingActualId])).toEqual([
      [teens.id, 'met', restated.id],
    ]);
    expect((await list('status=missed&asOf=2025-01-20')).items).toEqual([]);
  });

  it('scores the company as of a moment before and after the restatement', async () => {
    const before = await get<ScorecardBody>(ctx.app, '/v1/companies/restated-co/scorecard?asOf=2025-01-19');
    expect(before).toMatchObject({
      asOf: '2025-01-19T23:59:59.999Z',
      counts: { met: 0, missed: 1 },
      resolved: 1,
      hitRate: '0',
      meanSurprise: '-0.0769230769',
    });
    const after = await get<ScorecardBody>(ctx.app, '/v1/companies/restated-co/scorecard?asOf=2025-01-20');
    expect(after).toMatchObject({
      counts: { met: 1, missed: 0 },
      resolved: 1,
      hitRate: '1',
      meanSurprise: '0',
      earlyRate: '0',
    });
  });

  it('lists the actuals public as of a moment, the restatement only from its publication', async () => {
    const ids = async (asOf: string) =>
      (await get<ListPage<Actual>>(ctx.app, `/v1/actuals?companyId=restated-co&asOf=${asOf}`)).items.map((a) => a.id);
    expect(await ids('2024-11-14')).toEqual([q1.id]);
    expect(await ids('2025-01-19')).toEqual([q1.id, q2.id]);
    expect(await ids('2025-01-20')).toEqual([q1.id, q2.id, restated.id]);
  });

  it('takes a retracted restatement out of every knowledge time, and keeps it in what saydo said before', async () => {
    const history = async (query = '') =>
      (await get<{ items: Evaluation[] }>(ctx.app, `/v1/statements/${teens.id}/history${query}`)).items;
    const before = await history();
    expect(before.map((e) => e.status)).toEqual(['pending', 'pending', 'missed', 'met']);
    const onRecord = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await post(ctx.app, `/v1/actuals/${restated.id}/retractions`, {
      reason: 'the restatement was keyed to the wrong quarter',
    });
    await new Promise((resolve) => setTimeout(resolve, 5));

    // The wrong figure was never public: as of every knowledge time, FY2025Q2 at 12% stands and the promise missed.
    const now = await get<Listed>(ctx.app, `/v1/statements/${teens.id}`);
    expect(now.evaluation).toMatchObject({ status: 'missed', decidingActualId: q2.id });
    expect((await evaluationAsOf(ctx.app, teens.id, '2025-06-01')).status).toBe('missed');
    expect((await get<ScorecardBody>(ctx.app, '/v1/companies/restated-co/scorecard?asOf=2025-06-01')).hitRate).toBe(
      '0',
    );
    const retracted = await history();
    expect(retracted.map((e) => e.status)).toEqual(['pending', 'pending', 'missed']);
    // The miss in force now is the one recorded with FY2025Q2 at 12%: the retraction left it as it was.
    expect(retracted.at(-1)?.recordedAsOf).toBe(before[2]?.recordedAsOf);
    expect(Date.parse(retracted.at(-1)?.recordedAsOf ?? '')).toBeLessThan(Date.parse(onRecord));
    expect(retracted.at(-1)?.validUntil).toBeNull();

    // What saydo said before it was told of the mistake: the restatement met the promise from 2025-01-20.
    const then = `asOf=2025-06-01&recordedAsOf=${encodeURIComponent(onRecord)}`;
    const evaluation = await get<Evaluation>(ctx.app, `/v1/statements/${teens.id}/evaluation?${then}`);
    expect(evaluation).toMatchObject({
      status: 'met',
      decidingActualId: restated.id,
      asOf: '2025-06-01T23:59:59.999Z',
      recordedAsOf: onRecord,
    });
    const card = await get<ScorecardBody>(ctx.app, `/v1/companies/restated-co/scorecard?${then}`);
    expect(card).toMatchObject({ hitRate: '1', recordedAsOf: onRecord });
    const pastHistory = await history(`?recordedAsOf=${encodeURIComponent(onRecord)}`);
    expect(pastHistory.map((e) => [e.status, e.asOf, e.recordedAsOf])).toEqual(
      before.map((e) => [e.status, e.asOf, onRecord]),
    );

    // The actual lists its retraction at every knowledge time, but not on the record before it was made.
    const listed = async (query: string) =>
      (await get<ListPage<Actual>>(ctx.app, `/v1/actuals?companyId=restated-co&${query}`)).items.find(
        (a) => a.id === restated.id,
      );
    expect((await listed('asOf=2025-06-01'))?.retraction).not.toBeNull();
    expect((await listed(then))?.retraction).toBeNull();

    // Before saydo recorded the statement, it had no evaluation of it: a 422 naming recordedAsOf.
    const tooEarly = await ctx.app.inject({
      url: `/v1/statements/${teens.id}/evaluation?recordedAsOf=2020-01-01`,
    });
    expect(tooEarly.statusCode).toBe(422);
    expect(tooEarly.json<{ errors: { parameter: string }[] }>().errors).toEqual([
      expect.objectContaining({ parameter: 'recordedAsOf' }),
    ]);
  });
});

describe('a write that leaves the evaluation as it was', () => {
  it('adds no entry to the history: the evaluation in force simply goes on', async () => {
    await seedCompanyLike(ctx.app, 'unchanged-co');
    const teens = await post<Statement>(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      companyId: 'unchanged-co',
      statedOn: '2024-05-15',
      window: { period: 'FY2025Q1..FY2025Q2' },
    });
    const first = await report('unchanged-co', { period: 'FY2025Q1', value: '14', publishedAt: '2024-08-20' });
    await report('unchanged-co', { period: 'FY2025Q1', value: '15', publishedAt: '2024-09-01' });
    const historyOf = async () =>
      (await get<{ items: Evaluation[] }>(ctx.app, `/v1/statements/${teens.id}/history`)).items.map((e) => ({
        status: e.status,
        asOf: e.asOf,
        validUntil: e.validUntil,
        values: e.observations.map((o) => o.value),
      }));
    const before = await historyOf();
    // Pending on 14, then on the restated 15, then unreported once the window's deadline passed with FY2025Q2,
    // an expected quarter, never reported.
    expect(before.map((e) => [e.status, ...e.values])).toEqual([
      ['pending'],
      ['pending', '14'],
      ['pending', '15'],
      ['unreported', '15'],
    ]);

    // The same figure again (a later filing repeating it) is no new fact: nothing is written.
    await post(
      ctx.app,
      '/v1/actuals',
      actual({ companyId: 'unchanged-co', period: 'FY2025Q1', value: '15.0', publishedAt: '2024-10-01' }),
      200,
    );
    expect(await historyOf()).toEqual(before);
    // Retracting the first figure takes it out of every knowledge time: the statement was never pending on 14.
    const onRecord = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await post(ctx.app, `/v1/actuals/${first.id}/retractions`, { reason: 'keyed wrong' });
    expect((await historyOf()).map((e) => [e.status, ...e.values])).toEqual([
      ['pending'],
      ['pending', '15'],
      ['unreported', '15'],
    ]);
    const then = await get<{ items: Evaluation[] }>(
      ctx.app,
      `/v1/statements/${teens.id}/history?recordedAsOf=${encodeURIComponent(onRecord)}`,
    );
    expect(then.items.map((e) => [e.status, ...e.observations.map((o) => o.value)])).toEqual(
      before.map((e) => [e.status, ...e.values]),
    );
  });
});

describe('a write that changes only the observations', () => {
  it('starts a new entry: the status and the deciding figure stay, the observations do not', async () => {
    await seedCompanyLike(ctx.app, 'observed-co');
    const teens = await post<Statement>(ctx.app, '/v1/statements', {
      ...TEENS_STATEMENT,
      companyId: 'observed-co',
      statedOn: '2024-05-15',
      window: { period: 'FY2025Q1..FY2025Q2' },
      mode: 'any',
    });
    const q1 = await report('observed-co', { period: 'FY2025Q1', value: '14', publishedAt: '2024-08-20' });
    await report('observed-co', { period: 'FY2025Q2', value: '16', publishedAt: '2024-11-20' });
    const history = (await get<{ items: Evaluation[] }>(ctx.app, `/v1/statements/${teens.id}/history`)).items;
    expect(history.map((e) => [e.status, e.decidingActualId, e.observations.map((o) => o.value)])).toEqual([
      ['pending', null, []],
      ['met', q1.id, ['14']],
      ['met', q1.id, ['14', '16']],
    ]);
    // The explanation names only the deciding figure, so it is the same in both: only the observations differ.
    expect(history[2]?.explanation).toBe(history[1]?.explanation);
    const current = await get<{ evaluation: Evaluation }>(ctx.app, `/v1/statements/${teens.id}`);
    expect(current.evaluation.observations.map((o) => o.value)).toEqual(['14', '16']);
  });
});

describe('trajectory of a pending statement', () => {
  // ARR of 10bn at the end of March and 20bn at the end of June (91 days later): a straight line reaches 30bn
  // another 91 days on, on 2024-09-29, the last day of the window.
  let above25: Statement;
  let above35: Statement;

  beforeAll(async () => {
    await seedCompanyLike(ctx.app, 'arr-co');
    const promise = (value: string) =>
      post<Statement>(ctx.app, '/v1/statements', {
        ...TEENS_STATEMENT,
        companyId: 'arr-co',
        metric: MAAS_ARR.key,
        statedOn: '2024-01-05',
        quote: `Bailian MaaS ARR will pass RMB ${value} by the end of September`,
        commitment: 'will',
        target: { op: 'gt', value },
        window: { start: '2024-01-01', end: '2024-09-29' },
        mode: 'any',
      });
    above25 = await promise('25000000000');
    above35 = await promise('35000000000');
    await report('arr-co', arrAt('2024-03-31', '10000000000', '2024-04-15'));
    await report('arr-co', arrAt('2024-06-30', '20000000000', '2024-07-15'));
  });

  it('projects 30bn at the end of the window by a straight line through 10bn and 20bn: on track for >25bn', async () => {
    const evaluation = await evaluationAsOf(ctx.app, above25.id, '2024-07-31');
    expect(evaluation.status).toBe('pending');
    expect(evaluation.trajectory).toEqual({
      status: 'on_track',
      projectedValue: '30000000000',
      projectedTo: '2024-09-29',
      method: 'linear',
      basedOn: 2,
    });
  });

  it('finds the same projection off track for >35bn', async () => {
    const evaluation = await evaluationAsOf(ctx.app, above35.id, '2024-07-31');
    expect(evaluation.status).toBe('pending');
    expect(evaluation.trajectory).toEqual({
      status: 'off_track',
      projectedValue: '30000000000',
      projectedTo: '2024-09-29',
      method: 'linear',
      basedOn: 2,
    });
  });

  it('holds the latest value with one observation, and has no trajectory with none', async () => {
    expect((await evaluationAsOf(ctx.app, above25.id, '2024-05-01')).trajectory).toEqual({
      status: 'off_track',
      projectedValue: '10000000000',
      projectedTo: '2024-09-29',
      method: 'last_value',
      basedOn: 1,
    });
    expect((await evaluationAsOf(ctx.app, above25.id, '2024-04-01')).trajectory).toBeNull();
  });

  it('shows the trajectory in the list and the history too', async () => {
    const page = await get<ListPage<Listed>>(ctx.app, '/v1/statements?companyId=arr-co&asOf=2024-07-31');
    expect(
      page.items.map((s) => [s.id, s.evaluation?.trajectory?.status, s.evaluation?.trajectory?.projectedValue]),
    ).toEqual([
      [above25.id, 'on_track', '30000000000'],
      [above35.id, 'off_track', '30000000000'],
    ]);
    const history = await get<{ items: Evaluation[] }>(ctx.app, `/v1/statements/${above25.id}/history`);
    expect(history.items.find((e) => e.asOf === '2024-07-15T00:00:00.000Z')?.trajectory).toMatchObject({
      status: 'on_track',
      projectedValue: '30000000000',
    });
  });
});
