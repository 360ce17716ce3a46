// The app reads the time only through the clock it is given: what it records is stamped with that clock's time,
// and what it answers "as of now" is as of that time, whatever the date the suite runs and the database's now().
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/schemas/statements.js';
import { fixedClock } from '../../src/lib/clock.js';
import { useTestApp } from '../support/app.js';
import { TEENS_STATEMENT, actual, evaluationAsOf, get, post, seedCompanyLike } from '../support/fixtures.js';

// After FY2027Q1's margin is published (2026-08-20), before FY2027Q2 ends and its grace runs out (2026-11-29).
const NOW = '2026-09-10T08:00:00.000Z';
const ctx = useTestApp({ clock: fixedClock(NOW) });

describe('an app given a clock', () => {
  it('stamps companies, metrics, statements, actuals, retractions and the audit trail with its time', async () => {
    await seedCompanyLike(ctx.app, 'clocked');
    const company = await get<{ createdAt: string }>(ctx.app, '/v1/companies/clocked');
    const metrics = await get<{ items: { createdAt: string }[] }>(ctx.app, '/v1/metrics?companyId=clocked');
    const statement = await post<Statement>(ctx.app, '/v1/statements', { ...TEENS_STATEMENT, companyId: 'clocked' });
    const recorded = await post<{ id: string; recordedAt: string }>(
      ctx.app,
      '/v1/actuals',
      actual({ companyId: 'clocked' }),
    );
    const retracted = await post<{ retraction: { retractedAt: string } }>(
      ctx.app,
      `/v1/actuals/${recorded.id}/retractions`,
      { reason: 'entered twice' },
    );
    const audit = await get<{ items: { at: string }[] }>(ctx.app, '/v1/audit?limit=100');

    expect(company.createdAt).toBe(NOW);
    expect(metrics.items.map((m) => m.createdAt)).toEqual(metrics.items.map(() => NOW));
    expect(statement.createdAt).toBe(NOW);
    expect(recorded.recordedAt).toBe(NOW);
    expect(retracted.retraction.retractedAt).toBe(NOW);
    expect(new Set(audit.items.map((e) => e.at))).toEqual(new Set([NOW]));
  });

  it('answers "as of now" as of its time: pending before the grace runs out, and series up to its today', async () => {
    await seedCompanyLike(ctx.app, 'clocked-reads');
    const teens = await post<Statement>(ctx.app, '/v1/statements', { ...TEENS_STATEMENT, companyId: 'clocked-reads' });
    await post(ctx.app, '/v1/actuals', actual({ companyId: 'clocked-reads' }));
    expect((await evaluationAsOf(ctx.app, teens.id)).status).toBe('pending');
    const series = await get<{ points: { quarter: string }[] }>(
      ctx.app,
      '/v1/companies/clocked-reads/scorecard/series',
    );
    expect(series.points.at(-1)?.quarter).toBe('FY2027Q1');
  });
});
