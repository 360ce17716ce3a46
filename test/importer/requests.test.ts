// The request bodies an import sends, built before a single request.
import { describe, expect, it } from 'vitest';
import { ActualInput } from '../../src/schemas/actuals.js';
import { CompanyInput } from '../../src/schemas/companies.js';
import { MetricInput } from '../../src/schemas/metrics.js';
import { BUILT_IN_MAPPING } from '../../src/importer/mapping.js';
import { batchesOf, companyBody, defaultCompanyId, metricBodies, plannedActuals } from '../../src/importer/requests.js';
import { appleSubmissions, selectApple } from './apple.js';

const { calendar, selection } = selectApple();
const apple = {
  id: 'apple',
  name: appleSubmissions.name,
  tickers: appleSubmissions.tickers,
  currency: 'USD',
  calendar,
};

describe('the company', () => {
  it('is sent with its fiscal calendar in the shape the API takes', () => {
    expect(companyBody(apple)).toEqual({
      id: 'apple',
      name: 'Apple Inc.',
      tickers: ['AAPL'],
      currency: 'USD',
      fiscalYearEndMonth: 9,
      fiscalCalendar: { type: 'weekday', weekday: 'saturday', month: 9, rule: 'last', week53Quarter: 1 },
    });
  });

  it('is a valid company as the API takes it', () => {
    expect(CompanyInput.safeParse(companyBody(apple)).success).toBe(true);
  });

  it('is named after its first ticker unless told', () => {
    expect(defaultCompanyId(['AAPL'], '320193')).toBe('aapl');
    expect(defaultCompanyId(['BRK.B'], '1067983')).toBe('brk-b');
    expect(defaultCompanyId([], '0000320193')).toBe('cik-320193');
  });
});

describe('metrics and actuals', () => {
  it('creates every metric the figures need, each valid as the API takes it', () => {
    const bodies = metricBodies('apple', BUILT_IN_MAPPING, selection);
    expect(bodies.map((b) => `${b.key}:${b.kind}:${b.unit}`)).toEqual([
      'revenue:flow:USD',
      'gross_profit:flow:USD',
      'operating_income:flow:USD',
      'net_income:flow:USD',
      'eps_diluted:flow:USD',
      'capex:flow:USD',
      'diluted_shares:flow:count',
      'shares_outstanding:stock:count',
      'gross_margin:flow:percent',
      'operating_margin:flow:percent',
    ]);
    for (const body of bodies) expect(MetricInput.safeParse(body).success).toBe(true);
  });

  it('sends every version in the order it became public, each a valid actual', () => {
    const planned = plannedActuals('apple', selection, calendar);
    const times = planned.map((p) => p.body.publishedAt);
    expect(times).toEqual([...times].sort());
    for (const p of planned) expect(ActualInput.safeParse(p.body).success, p.label).toBe(true);
    const q4 = planned.find((p) => p.label === 'revenue FY2024Q4');
    expect(q4?.body).toMatchObject({
      periodStart: '2024-06-30',
      periodEnd: '2024-09-28',
      value: '94930000000',
      unit: 'USD',
    });
    expect(planned.find((p) => p.label === 'shares_outstanding 2024-10-18')?.body).toMatchObject({
      date: '2024-10-18',
    });
  });

  it('keys each batch by its content: the same figures give the same key, other figures another', () => {
    const planned = plannedActuals('apple', selection, calendar);
    const once = batchesOf(planned, 500).map((b) => b.idempotencyKey);
    const again = batchesOf(plannedActuals('apple', selectApple().selection, calendar), 500).map(
      (b) => b.idempotencyKey,
    );
    expect(again).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
    expect(batchesOf(planned, 300)[0]?.idempotencyKey).not.toBe(once[0]);
  });
});
