// Targets on the change of a metric rather than its level: "December-quarter revenue to grow low to mid single
// digits year over year", "operating margin down about 1 point". The observation is computed when the statement is
// scored, from the figure and the comparison figure each as known then: a restatement of either re-scores it, and
// without the comparison figure there is no observation.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ActualInput } from '../../src/schemas/actuals.js';
import type { MetricInput } from '../../src/schemas/metrics.js';
import type {
  EvaluationHistory,
  Statement,
  StatementInput,
  StatementWithEvaluation,
} from '../../src/schemas/statements.js';
import { expectProblem, useTestApp } from '../support/app.js';
import { testClock } from '../support/clock.js';
import { evaluationAsOf, get, post } from '../support/fixtures.js';

const clock = testClock('2025-06-01T12:00:00Z');
const ctx = useTestApp({ sweepIntervalMs: 0, clock });

type StatementBody = z.input<typeof StatementInput>;

const metrics = (companyId: string): z.input<typeof MetricInput>[] => [
  { companyId, key: 'revenue', name: 'Net sales', unit: 'USD', kind: 'flow', goodDirection: 'higher' },
  {
    companyId,
    key: 'operating_margin',
    name: 'Operating margin',
    unit: 'percent',
    kind: 'flow',
    goodDirection: 'higher',
  },
  { companyId, key: 'installed_base', name: 'Installed base', unit: 'count', kind: 'stock', goodDirection: 'higher' },
];

/** A company of the test's own, its year ending in September. Windows and periods are dates: no fiscal shorthand. */
async function company(id: string): Promise<string> {
  await post(ctx.app, '/v1/companies', { id, name: id, currency: 'USD', fiscalYearEndMonth: 9, reportingLagDays: 45 });
  for (const m of metrics(id)) await post(ctx.app, '/v1/metrics', m);
  return id;
}

/** The December quarters of fiscal 2024 and 2025, 52 weeks apart, as a Saturday-ending year has them. */
const FY24Q1 = { periodStart: '2023-10-01', periodEnd: '2023-12-30' };
const FY25Q1 = { periodStart: '2024-09-29', periodEnd: '2024-12-28' };
const FY25Q2 = { periodStart: '2024-12-29', periodEnd: '2025-03-29' };

function figure(companyId: string, fields: Partial<z.input<typeof ActualInput>>): z.input<typeof ActualInput> {
  return { companyId, metric: 'revenue', unit: 'USD', value: '0', publishedAt: '2025-01-30T21:30:00Z', ...fields };
}

/** "We expect December-quarter revenue to grow low to mid single digits year over year." */
function growth(companyId: string, fields: Partial<StatementBody> = {}): StatementBody {
  return {
    companyId,
    metric: 'revenue',
    statedOn: '2024-10-31',
    source: { kind: 'call', title: 'Q4 FY2024 earnings call' },
    quote: 'we expect our December quarter total company revenue to grow low to mid single digits year over year',
    commitment: 'expect',
    target: {
      op: 'range',
      low: '1',
      high: '6',
      change: { kind: 'relative', against: 'year-earlier' },
      wording: 'low to mid single digits',
    },
    window: { start: FY25Q1.periodStart, end: FY25Q1.periodEnd },
    periodicity: 'quarter',
    mode: 'final',
    ...fields,
  };
}

describe('a year-over-year growth target', () => {
  it('echoes the change it is on, and is met on growth of 3.95% with both figures in the sentence', async () => {
    const id = await company('grows');
    await post(ctx.app, '/v1/actuals', figure(id, { ...FY24Q1, value: '119575000000', publishedAt: '2024-02-01' }));
    const created = await post<Statement>(ctx.app, '/v1/statements', growth(id));
    expect(created.target).toMatchObject({
      op: 'range',
      low: '1',
      high: '6',
      change: { kind: 'relative', against: 'year-earlier' },
      description: 'low to mid single digits (year-over-year change of +1 to +6%)',
    });
    const fy25q1 = await post<{ id: string }>(ctx.app, '/v1/actuals', figure(id, { ...FY25Q1, value: '124300000000' }));

    const evaluation = await evaluationAsOf(ctx.app, created.id);
    expect(evaluation).toMatchObject({
      status: 'met',
      position: 'within',
      decidingActualId: fy25q1.id,
      margin: '-0.3414175204',
    });
    expect(evaluation.observations).toEqual([
      expect.objectContaining({
        actualId: fy25q1.id,
        value: '124300000000',
        comparison: expect.objectContaining({ ...FY24Q1, value: '119575000000' }),
        change: '3.951494877691825214300648128789462680326',
      }),
    ]);
    expect(evaluation.explanation).toBe(
      'revenue 2024-09-29..2024-12-28 = 124.3bn USD against 119.575bn USD for 2023-10-01..2023-12-30, up 3.9515%, ' +
        'within the target (year-over-year change of +1 to +6%, stated as "low to mid single digits"), the final ' +
        'period of 2024-09-29..2024-12-28.',
    );
  });

  it('is missed when revenue grew 0.5%, below the range, though the level rose', async () => {
    const id = await company('lags');
    await post(ctx.app, '/v1/actuals', figure(id, { ...FY24Q1, value: '100000000000', publishedAt: '2024-02-01' }));
    const created = await post<Statement>(ctx.app, '/v1/statements', growth(id));
    await post(ctx.app, '/v1/actuals', figure(id, { ...FY25Q1, value: '100500000000' }));
    const evaluation = await evaluationAsOf(ctx.app, created.id);
    expect(evaluation).toMatchObject({ status: 'missed', position: 'below', surprise: '-0.5' });
    expect(evaluation.observations[0]?.change).toBe('0.5');
    expect(evaluation.explanation).toContain('against 100bn USD for 2023-10-01..2023-12-30, up 0.5%, below the target');
  });

  it('is re-scored when the comparison figure is restated: growth falls out of the range', async () => {
    const id = await company('restates');
    await post(ctx.app, '/v1/actuals', figure(id, { ...FY24Q1, value: '119575000000', publishedAt: '2024-02-01' }));
    const created = await post<Statement>(ctx.app, '/v1/statements', growth(id));
    await post(ctx.app, '/v1/actuals', figure(id, { ...FY25Q1, value: '124300000000' }));
    expect((await evaluationAsOf(ctx.app, created.id)).status).toBe('met');

    // A later filing restates the year-earlier quarter up to 123.9bn: growth is now 0.32%.
    const restated = await post<{ id: string }>(
      ctx.app,
      '/v1/actuals',
      figure(id, { ...FY24Q1, value: '123900000000', publishedAt: '2025-05-01' }),
    );
    const now = await evaluationAsOf(ctx.app, created.id);
    expect(now.status).toBe('missed');
    expect(now.observations[0]?.comparison?.actualId).toBe(restated.id);
    expect(now.explanation).toContain('against 123.9bn USD for 2023-10-01..2023-12-30, up 0.3228%, below the target');
    // What was known before the restatement stands as it was.
    expect((await evaluationAsOf(ctx.app, created.id, '2025-04-30')).status).toBe('met');

    const history = await get<z.infer<typeof EvaluationHistory>>(ctx.app, `/v1/statements/${created.id}/history`);
    expect(history.items.map((e) => [e.status, e.observations[0]?.comparison?.value ?? null])).toEqual([
      ['pending', null],
      ['met', '119575000000'],
      ['missed', '123900000000'],
    ]);
  });

  it('is re-scored when the comparison figure is retracted: the figure it replaced stands again', async () => {
    const id = await company('retracts');
    await post(ctx.app, '/v1/actuals', figure(id, { ...FY24Q1, value: '119575000000', publishedAt: '2024-02-01' }));
    const wrong = await post<{ id: string }>(
      ctx.app,
      '/v1/actuals',
      figure(id, { ...FY24Q1, value: '123900000000', publishedAt: '2024-08-01' }),
    );
    const created = await post<Statement>(ctx.app, '/v1/statements', growth(id));
    await post(ctx.app, '/v1/actuals', figure(id, { ...FY25Q1, value: '124300000000' }));
    expect((await evaluationAsOf(ctx.app, created.id)).status).toBe('missed');
    await post(ctx.app, `/v1/actuals/${wrong.id}/retractions`, { reason: 'keyed from the wrong filing' });
    const now = await evaluationAsOf(ctx.app, created.id);
    expect(now.status).toBe('met');
    expect(now.observations[0]?.comparison?.value).toBe('119575000000');
  });

  it('has no observation without the comparison figure: pending, then unreported once the grace has passed', async () => {
    const id = await company('no-history');
    const created = await post<Statement>(ctx.app, '/v1/statements', growth(id));
    await post(ctx.app, '/v1/actuals', figure(id, { ...FY25Q1, value: '124300000000' }));
    const pending = await evaluationAsOf(ctx.app, created.id, '2025-02-01');
    expect(pending).toMatchObject({ status: 'pending', observations: [] });
    expect(pending.explanation).toBe(
      'revenue 2024-09-29..2024-12-28 = 124.3bn USD, but no figure for the same period a year earlier is known yet ' +
        'to compare it with; reports count until 2025-02-11.',
    );
    const silent = await evaluationAsOf(ctx.app, created.id);
    expect(silent.status).toBe('unreported');
    expect(silent.explanation).toBe(
      'revenue 2024-09-29..2024-12-28 = 124.3bn USD, but no figure for the same period a year earlier to compare ' +
        "it with was public by 2025-02-11, the end of 45 days' grace.",
    );
  });

  it('is a different statement from the same numbers on the level, and the same statement when posted again', async () => {
    const id = await company('twice');
    const first = await post<Statement>(ctx.app, '/v1/statements', growth(id));
    const again = await post<Statement>(ctx.app, '/v1/statements', growth(id), 200);
    expect(again.id).toBe(first.id);
    const onLevel = growth(id);
    const { change: _change, ...levelTarget } = onLevel.target as { change?: unknown };
    const level = await post<Statement>(ctx.app, '/v1/statements', { ...onLevel, target: levelTarget });
    expect(level.id).not.toBe(first.id);
    expect(level.target?.change).toBeNull();
    const sequential = await post<Statement>(ctx.app, '/v1/statements', {
      ...onLevel,
      target: { ...levelTarget, change: { kind: 'relative', against: 'prior-period' } },
    });
    expect(sequential.id).not.toBe(first.id);
  });
});

describe('"operating margin down about 1 point"', () => {
  it('is judged on the change in percentage points from the prior quarter', async () => {
    const id = await company('margin');
    const margin = (fields: Partial<z.input<typeof ActualInput>>) =>
      figure(id, { metric: 'operating_margin', unit: 'percent', ...fields });
    await post(ctx.app, '/v1/actuals', margin({ ...FY25Q1, value: '34.5', publishedAt: '2025-01-30' }));
    const created = await post<Statement>(ctx.app, '/v1/statements', {
      ...growth(id),
      metric: 'operating_margin',
      statedOn: '2025-01-30',
      quote: 'we expect operating margin to be down about 1 point sequentially',
      target: {
        op: 'about',
        value: '-1',
        tolerance: '0.5',
        change: { kind: 'absolute', against: 'prior-period' },
        wording: 'down about 1 point',
      },
      window: { start: FY25Q2.periodStart, end: FY25Q2.periodEnd },
    });
    expect(created.target?.description).toBe(
      'down about 1 point (period-over-period change of about -1 point (-1.5 to -0.5 points))',
    );
    await post(ctx.app, '/v1/actuals', margin({ ...FY25Q2, value: '33.35', publishedAt: '2025-05-01' }));
    const evaluation = await evaluationAsOf(ctx.app, created.id);
    expect(evaluation).toMatchObject({ status: 'met', position: 'within', error: expect.any(String) });
    expect(evaluation.observations[0]?.change).toBe('-1.15');
    expect(evaluation.explanation).toBe(
      'operating_margin 2024-12-29..2025-03-29 = 33.35% against 34.5% for 2024-09-29..2024-12-28, down 1.15 points, ' +
        'within the target (period-over-period change of about -1 point (-1.5 to -0.5 points), stated as "down ' +
        'about 1 point"), the final period of 2024-12-29..2025-03-29.',
    );
  });
});

describe('writing a change target', () => {
  it('refuses a prior period for a stock, naming /target/change/against, and an unknown kind', async () => {
    const id = await company('refuses');
    const stock = await ctx.app.inject({
      method: 'POST',
      url: '/v1/statements',
      payload: {
        ...growth(id),
        metric: 'installed_base',
        periodicity: undefined,
        target: { op: 'gt', value: '10', change: { kind: 'relative', against: 'prior-period' } },
      },
    });
    expect(expectProblem(stock, 422).errors).toEqual([
      { pointer: '/target/change/against', detail: expect.stringContaining("compare with 'year-earlier'") },
    ]);
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/v1/statements',
      payload: {
        ...growth(id),
        target: { op: 'gt', value: '10', change: { kind: 'compound', against: 'year-earlier' } },
      },
    });
    expect(expectProblem(unknown, 422).errors?.map((e) => e.pointer)).toEqual(['/target/change/kind']);
  });

  it('takes a revision of a growth range by the numbers: up is raised, and a move to the level is no reiteration', async () => {
    const id = await company('revises');
    const created = await post<Statement>(ctx.app, '/v1/statements', growth(id));
    const replacing = (target: Record<string, unknown>) => ({
      source: { kind: 'press_release' },
      quote: 'we now expect growth of mid to high single digits',
      metric: 'revenue',
      commitment: 'expect',
      target,
      window: { start: FY25Q1.periodStart, end: FY25Q1.periodEnd },
      periodicity: 'quarter',
      mode: 'final',
    });
    const higher = { op: 'range', low: '3', high: '8', change: { kind: 'relative', against: 'year-earlier' } };
    const lowered = await ctx.app.inject({
      method: 'POST',
      url: `/v1/statements/${created.id}/revisions`,
      payload: { kind: 'lowered', statedOn: '2024-11-15', statement: replacing(higher) },
    });
    expect(expectProblem(lowered, 422).errors?.map((e) => e.pointer)).toEqual(['/kind']);
    const level = await ctx.app.inject({
      method: 'POST',
      url: `/v1/statements/${created.id}/revisions`,
      payload: {
        kind: 'reiterated',
        statedOn: '2024-11-15',
        statement: replacing({ op: 'range', low: '1', high: '6' }),
      },
    });
    expect(expectProblem(level, 422).errors?.map((e) => e.pointer)).toEqual(['/kind']);
    const raised = await post<{ revision: { kind: string }; successor: z.infer<typeof StatementWithEvaluation> }>(
      ctx.app,
      `/v1/statements/${created.id}/revisions`,
      { statedOn: '2024-11-15', statement: replacing(higher) },
    );
    expect(raised.revision.kind).toBe('raised');
    expect(raised.successor.target?.change).toEqual({ kind: 'relative', against: 'year-earlier' });
  });
});
