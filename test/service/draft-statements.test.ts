// A parsed draft's ready statement (src/service/draft-statements.ts): the StatementCreate body it posts as on the
// metric it is bound to or proposes, or why it has none. Drafts come from the parser and the binder, as the parse
// route makes them.
import { describe, expect, it } from 'vitest';
import type { CompanyMetric } from '../../src/parser/metric-binding.js';
import { bindDrafts } from '../../src/parser/metric-binding.js';
import { parseGuidance } from '../../src/parser/index.js';
import { readyDraft, type DraftOrigin } from '../../src/service/draft-statements.js';
import { companyMetric } from '../support/company-metrics.js';

const COMPANY = { id: 'tesco', name: 'Tesco PLC', currency: 'GBP' };
const ORIGIN: DraftOrigin = { companyId: 'tesco', statedOn: '2026-04-15' };

const metric = companyMetric;

const METRICS = [
  metric('revenue', 'Revenue', 'GBP'),
  metric('gross_margin', 'Gross margin', 'percent'),
  metric('stores', 'Stores', 'count', { kind: 'stock' }),
];

function ready(quote: string, metrics: CompanyMetric[] = METRICS, origin: DraftOrigin = ORIGIN) {
  const { drafts } = parseGuidance({
    quote,
    statedOn: origin.statedOn,
    calendar: { fiscalYearEndMonth: 2 },
    reportingCurrency: 'GBP',
  });
  return bindDrafts(drafts, metrics, COMPANY).map((d) => readyDraft(d, origin));
}

describe('readyDraft', () => {
  it('posts a level on the matched metric, with the quote, window and source it was read with', () => {
    const [draft] = ready('We expect revenue of at least £70 billion in fiscal 2027.', METRICS, {
      ...ORIGIN,
      source: { kind: 'call', title: 'Q4 call' },
    });
    expect(draft?.statementMissing).toBeNull();
    expect(draft?.statement).toMatchObject({
      companyId: 'tesco',
      metric: 'revenue',
      statedOn: '2026-04-15',
      source: { kind: 'call', title: 'Q4 call' },
      commitment: 'expect',
      target: { op: 'gte', value: '70000000000' },
      window: { end: '2027-02-28' },
    });
    expect(draft?.statement?.target).not.toHaveProperty('unit');
    expect(draft?.statement?.target).not.toHaveProperty('change');
    expect(draft?.statement?.quote).toBe(draft?.span.text);
  });

  it("takes a source of kind 'other' when the request names none", () => {
    const [draft] = ready('We expect revenue of at least £70 billion in fiscal 2027.');
    expect(draft?.statement?.source).toEqual({ kind: 'other' });
  });

  it('posts a growth rate as a relative change against the year earlier', () => {
    const [draft] = ready('We expect revenue to grow 3% to 5% in fiscal 2027.');
    expect(draft?.statement?.target).toMatchObject({
      op: 'range',
      low: '3',
      high: '5',
      change: { kind: 'relative', against: 'year-earlier' },
    });
  });

  it("posts 'broadly flat' within half a point of change, and says so among the assumptions", () => {
    const [draft] = ready('We expect revenue to be broadly flat in fiscal 2027.');
    expect(draft?.statement?.target).toMatchObject({ op: 'about', value: '0', tolerance: '0.5' });
    expect(draft?.assumptions.at(-1)).toMatch(
      /states no band: the statement takes it as a change of 0%, give or take 0\.5 of a point$/,
    );
  });

  it('has no statement for a compound annual growth rate, which is no year-on-year change', () => {
    const [draft] = ready(
      'We expect revenue to grow at a compound annual growth rate of 6% to 8% through fiscal 2029.',
    );
    expect(draft?.metric.measure).toBe('cagr');
    expect(draft?.statement).toBeNull();
    expect(draft?.statementMissing).toBe('a compound annual growth rate is not representable as a statement yet');
  });

  it('has no statement for a change the metric cannot have: a stock against the prior period', () => {
    const [draft] = ready('We expect the number of stores to be slightly lower sequentially in the first quarter.');
    expect(draft?.statement).toBeNull();
    expect(draft?.statementMissing).toMatch(/^not postable as read: /);
  });

  it('posts on the proposed metric when none of the company fits, and says why when there is none to propose', () => {
    const [proposed] = ready('Operating margin will exceed 4% in fiscal 2027.', [metric('revenue', 'Revenue', 'GBP')]);
    expect(proposed?.binding.create?.metric.key).toBeDefined();
    expect(proposed?.statement?.metric).toBe(proposed?.binding.create?.metric.key);
    const [none] = ready('Our goal is to grow 8% a year.');
    expect(none?.statement).toBeNull();
    expect(none?.statementMissing).toEqual(expect.any(String));
  });
});
