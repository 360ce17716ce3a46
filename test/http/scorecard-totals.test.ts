// A scorecard on the record as it stands is added up by PostgreSQL from the stored timelines; on a past record it
// is computed in the domain from the evaluations recomputed then. Asked of a record time after every write, both
// must say the same: same counts, ratios and breakdowns, at every knowledge time. Knowledge times are explicit
// dates, so the answers do not depend on the day the suite runs; only record times come from the clock.
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ActualInput } from '../../src/schemas/actuals.js';
import type { Scorecard } from '../../src/schemas/scorecards.js';
import type { StatementInput } from '../../src/schemas/statements.js';
import { useTestApp } from '../support/app.js';
import {
  CAPEX,
  CLOUD_MARGIN,
  MAAS_ARR,
  TEENS_STATEMENT,
  actual,
  get,
  post,
  seedCompanyLike,
} from '../support/fixtures.js';

const ctx = useTestApp({ sweepIntervalMs: 0 });

type ScorecardBody = z.infer<typeof Scorecard>;

const COMPANY = 'totals-co';

function guidance(fields: Partial<z.input<typeof StatementInput>>): z.input<typeof StatementInput> {
  return { ...TEENS_STATEMENT, companyId: COMPANY, ...fields };
}

async function report(fields: Partial<z.input<typeof ActualInput>>): Promise<void> {
  await post(ctx.app, '/v1/actuals', actual({ companyId: COMPANY, ...fields }));
}

/** Everything but the times the answer names (a past record answers for the record time asked). */
function withoutTimes(card: ScorecardBody) {
  const { asOf: _asOf, validUntil: _validUntil, recordedAsOf: _recordedAsOf, ...rest } = card;
  return rest;
}

let recordedAfterAll = '';

beforeAll(async () => {
  await seedCompanyLike(ctx.app, COMPANY, [CLOUD_MARGIN, MAAS_ARR, CAPEX]);
  // Met (a range in the teens, mode all), missed (above 10%), met early (ARR above 30bn), unreported (capex), two
  // pending ones stated later, and one met by a figure without a deadline: every status a scorecard counts, on three
  // metrics and four commitments, resolving in several quarters, with positive and negative margins.
  await post(ctx.app, '/v1/statements', guidance({ statedOn: '2024-05-15', window: { period: 'FY2025Q1..FY2025Q2' } }));
  await report({ period: 'FY2025Q1', value: '14', publishedAt: '2024-08-20' });
  await report({ period: 'FY2025Q2', value: '24', publishedAt: '2024-11-15' });
  await post(
    ctx.app,
    '/v1/statements',
    guidance({
      statedOn: '2024-09-01',
      commitment: 'will',
      target: { op: 'gt', value: '10' },
      window: { period: 'FY2025Q3' },
      mode: 'any',
    }),
  );
  await report({ period: 'FY2025Q3', value: '9', publishedAt: '2025-02-20' });
  await post(
    ctx.app,
    '/v1/statements',
    guidance({
      metric: MAAS_ARR.key,
      statedOn: '2024-05-15',
      commitment: 'will',
      target: { op: 'gt', value: '30000000000' },
      window: { start: '2024-05-15', end: '2024-12-31' },
      mode: 'any',
    }),
  );
  await report({
    metric: MAAS_ARR.key,
    period: undefined,
    date: '2024-10-31',
    value: '31000000000',
    unit: 'CNY',
    publishedAt: '2024-11-10',
  });
  await post(
    ctx.app,
    '/v1/statements',
    guidance({
      metric: CAPEX.key,
      statedOn: '2024-04-10',
      commitment: 'target',
      target: { op: 'range', low: '10000000000', high: '20000000000' },
      window: { period: 'FY2025' },
      graceDays: 30,
    }),
  );
  await post(
    ctx.app,
    '/v1/statements',
    guidance({
      statedOn: '2026-01-01',
      commitment: 'aspire',
      target: { op: 'gte', value: '20' },
      window: { start: '2030-01-01', end: '2030-12-31' },
    }),
  );
  await post(
    ctx.app,
    '/v1/statements',
    guidance({
      statedOn: '2024-09-15',
      target: { op: 'gte', value: '13' },
      window: { start: '2024-10-01', end: null },
      mode: 'any',
    }),
  );
  await report({ period: 'FY2025Q4', value: '15', publishedAt: '2025-05-20' });
  recordedAfterAll = new Date().toISOString();
  // The record time asked must be before now, or it is the record as it stands.
  await new Promise((resolve) => setTimeout(resolve, 5));
});

describe('the scorecard added up by PostgreSQL', () => {
  it.each(['2024-06-30', '2024-12-31', '2025-03-31', '2025-06-30', '2026-06-01', '2031-06-30'])(
    'agrees with the domain scorecard of the same record as of %s',
    async (asOf) => {
      const stored = await get<ScorecardBody>(ctx.app, `/v1/companies/${COMPANY}/scorecard?asOf=${asOf}`);
      const recomputed = await get<ScorecardBody>(
        ctx.app,
        `/v1/companies/${COMPANY}/scorecard?asOf=${asOf}&recordedAsOf=${encodeURIComponent(recordedAfterAll)}`,
      );
      expect(recomputed.recordedAsOf).toBe(recordedAfterAll);
      expect(withoutTimes(stored)).toEqual(withoutTimes(recomputed));
      expect(stored.validUntil).toBe(recomputed.validUntil);
    },
  );

  it('counts every status somewhere along the way', async () => {
    const late = await get<ScorecardBody>(ctx.app, `/v1/companies/${COMPANY}/scorecard?asOf=2026-06-01`);
    expect(late.counts).toMatchObject({ met: 3, missed: 1, unreported: 1, pending: 1 });
    expect(late.byQuarter.length).toBeGreaterThan(1);
    expect(late.byCommitment.map((g) => g.key)).toEqual(['aspire', 'expect', 'target', 'will']);
  });
});
