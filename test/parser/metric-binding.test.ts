import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Measure } from '../../src/domain/model.js';
import {
  type CompanyMetric,
  type MetricWanted,
  WEAK_MATCH,
  bindDrafts,
  bindMetric,
  metricTokens,
  unitFits,
} from '../../src/parser/metric-binding.js';
import { parseGuidance } from '../../src/parser/index.js';
import { MetricInput } from '../../src/schemas/metrics.js';
import { companyMetric } from '../support/company-metrics.js';

const APPLE = { id: 'apple', name: 'Apple Inc.', currency: 'USD' };

const metric = companyMetric;

function wanted(phrase: string, unit: string | null, extra: Partial<MetricWanted> = {}): MetricWanted {
  return { phrase, key: null, measure: 'level', goodDirection: 'higher', unit, context: phrase, ...extra };
}

const APPLE_METRICS = [
  metric('revenue', 'Net sales', 'USD'),
  metric('services.revenue', 'Services net sales', 'USD', { segment: 'Services' }),
  metric('gross_margin', 'Gross margin', 'percent'),
  metric('opex', 'Operating expenses', 'USD', { goodDirection: 'lower' }),
  metric('eps', 'Diluted earnings per share', 'USD'),
];

describe('bindMetric', () => {
  it("binds 'organic net sales' growth to the company's net sales, not to a segment's", () => {
    const binding = bindMetric(
      wanted('organic net sales', 'percent', { measure: 'yoy_growth', key: 'organic.revenue' }),
      APPLE_METRICS,
      APPLE,
    );
    expect(binding.match).toMatchObject({ key: 'revenue', words: ['net', 'sales'] });
  });

  it.each([
    ['comparable EPS', 'eps'],
    ['underlying EPS', 'eps'],
    ['all-in EPS', 'eps'],
    ['consolidated net sales', 'revenue'],
    ['constant-currency revenue', 'revenue'],
  ])("binds '%s' growth to the one metric of that measure: the basis it is stated on names no other", (phrase, key) => {
    const binding = bindMetric(wanted(phrase, 'percent', { measure: 'yoy_growth' }), APPLE_METRICS, APPLE);
    expect(binding.match?.key).toBe(key);
  });

  it.each([
    ['capital spending estimate', 'capex'],
    ['investment budget', 'capex'],
    ['maintaining revenue', 'revenue'],
    ['revised revenue', 'revenue'],
  ])("binds '%s': the guidance's own nouns and hedges name no metric", (phrase, key) => {
    const metrics = [...APPLE_METRICS, metric('capex', 'Capital expenditures', 'USD', { goodDirection: 'neutral' })];
    const binding = bindMetric(wanted(phrase, 'USD'), metrics, APPLE);
    expect(binding.match?.key).toBe(key);
  });

  it.each([
    ['Capex excluding leases', 'capex', {}],
    ['free cash flow before customer financing', 'fcf', {}],
    ['net interest income', 'nii', {}],
    ['Group NII excluding IB and Head Office', 'nii_ex', {}],
    ['cost savings', 'cost_reductions', {}],
    ['passenger traffic', 'passengers', { unit: 'count' }],
    ['leverage ratio', 'leverage', { unit: 'number' }],
    ['operating margin', 'operating_margin', { unit: 'percent', key: 'longer_term.operating_margin' }],
  ])(
    "binds '%s' to '%s': what it leaves out, synonyms, abbreviations and horizons in the key",
    (phrase, key, extra) => {
      const metrics = [
        metric('capex', 'Capital expenditures', 'USD', { goodDirection: 'neutral' }),
        metric('fcf', 'Free cash flow', 'USD'),
        metric('nii', 'NII', 'USD'),
        metric('nii_ex', 'NII excluding IB and Head Office', 'USD'),
        metric('cost_reductions', 'Cost reductions', 'USD'),
        metric('passengers', 'Passengers', 'count'),
        metric('leverage', 'Net leverage', 'number', { goodDirection: 'lower', kind: 'stock' }),
        metric('operating_margin', 'Operating margin', 'percent'),
      ];
      const binding = bindMetric(wanted(phrase, 'USD', extra), metrics, APPLE);
      expect(binding.match?.key).toBe(key);
    },
  );

  it('binds a segment metric when the segment is named, and says which words matched', () => {
    const binding = bindMetric(wanted('services revenue', 'percent', { measure: 'yoy_growth' }), APPLE_METRICS, APPLE);
    expect(binding.match?.key).toBe('services.revenue');
    expect(binding.match?.how).toBe("'services', 'revenue' found in its name");
  });

  it("reads 'earnings per share' as EPS, and the company's own name as no segment", () => {
    expect(bindMetric(wanted('Apple earnings per share', 'USD'), APPLE_METRICS, APPLE).match?.key).toBe('eps');
    expect(bindMetric(wanted('revenue', 'USD', { key: 'apple.revenue' }), APPLE_METRICS, APPLE).match?.key).toBe(
      'revenue',
    );
  });

  it('refuses a metric whose unit cannot hold the target, and proposes one that can', () => {
    // "Capital expenditures will be about 3.5% of net sales": a percent level is not the USD capex metric.
    const metrics = [...APPLE_METRICS, metric('capex', 'Capital expenditures', 'USD', { goodDirection: 'neutral' })];
    const binding = bindMetric(
      wanted('Capital expenditures', 'percent', { key: 'capex', goodDirection: 'neutral' }),
      metrics,
      APPLE,
    );
    expect(binding.match).toBeNull();
    expect(binding.create?.reason).toBe("'capex' matches the words but is in USD, and the target is in percent");
    expect(binding.create?.metric).toEqual({
      companyId: 'apple',
      key: 'capex_percent',
      name: 'Capital expenditures',
      unit: 'percent',
      kind: 'flow',
      goodDirection: 'neutral',
    });
  });

  it('never binds money in another currency', () => {
    const cny = [metric('cloud.revenue', 'Cloud revenue', 'CNY', { segment: 'Cloud' })];
    const company = { id: 'alibaba', name: 'Alibaba Group', currency: 'CNY' };
    const binding = bindMetric(wanted('cloud revenue', 'USD', { key: 'cloud.revenue' }), cny, company);
    expect(binding.match).toBeNull();
    expect(binding.create?.metric).toMatchObject({ key: 'cloud.revenue_usd', unit: 'USD', segment: 'Cloud' });
  });

  it('proposes a count metric held at a date for users, in the segment the parser read', () => {
    const binding = bindMetric(
      wanted('Premium subscribers', 'count', { key: 'premium.subscribers' }),
      [metric('revenue', 'Revenue', 'EUR')],
      { id: 'spotify', name: 'Spotify', currency: 'EUR' },
    );
    expect(binding.create?.metric).toEqual({
      companyId: 'spotify',
      key: 'premium.subscribers',
      name: 'Premium subscribers',
      unit: 'count',
      kind: 'stock',
      goodDirection: 'higher',
      segment: 'Premium',
    });
  });

  it("never makes the company's own name a segment of the metric it proposes", () => {
    const sony = { id: 'sony', name: 'Sony Group', currency: 'JPY' };
    const binding = bindMetric(wanted('Sony operating income', 'JPY', { key: 'sony.operating_profit' }), [], sony);
    expect(binding.create?.metric).toMatchObject({ key: 'operating_profit', unit: 'JPY' });
    expect(binding.create?.metric).not.toHaveProperty('segment');
  });

  it('binds a metric named by its key alone, or by its name alone: the two are names of one metric', () => {
    const kao = { id: 'kao', name: 'Kao', currency: 'JPY' };
    const metrics = [
      metric('net_sales', 'Net sales', 'JPY'),
      metric('operating_income', 'Operating income', 'JPY'),
      metric('roic', 'Return on invested capital', 'percent'),
    ];
    // The parser reads "ROIC" and re-reads it as 'return_on_capital': the same metric either way.
    const byAbbreviation = bindMetric(wanted('ROIC', 'percent', { key: 'return_on_capital' }), metrics, kao);
    expect(byAbbreviation.match).toMatchObject({ key: 'roic' });
    expect(byAbbreviation.match?.score).toBeGreaterThanOrEqual(WEAK_MATCH);
    const byName = bindMetric(wanted('return on invested capital', 'percent'), metrics, kao);
    expect(byName.match).toMatchObject({ key: 'roic' });
    expect(byName.match?.score).toBeGreaterThanOrEqual(WEAK_MATCH);
  });

  it("binds the one metric that shares a word with the draft when the phrase names none of the company's", () => {
    // "We plan to open about 40 stores": the phrase read is the verb; the parser's key names the stores.
    const ulta = { id: 'ulta', name: 'Ulta Beauty', currency: 'USD' };
    const metrics = [
      metric('net_sales', 'Net sales', 'USD'),
      metric('operating_margin', 'Operating margin', 'percent'),
      metric('new_stores', 'Net new stores', 'count'),
    ];
    const opened = bindMetric(wanted('open', 'count', { key: 'open.stores' }), metrics, ulta);
    expect(opened.match?.key).toBe('new_stores');
    expect(opened.match?.score).toBeLessThan(WEAK_MATCH);
    // Two metrics in a fitting unit share the word: neither is the one meant.
    const twoStores = [...metrics, metric('remodels', 'Store remodels', 'count')];
    expect(bindMetric(wanted('open', 'count', { key: 'open.stores' }), twoStores, ulta).match).toBeNull();
    // A phrase that names a word of the company's metrics is held to the full threshold ("gross margin" is not
    // the company's operating margin).
    const gross = bindMetric(wanted('non-GAAP gross margin', 'percent'), metrics, ulta);
    expect(gross.match).toBeNull();
  });

  it('leaves the verbs of guidance the parser read into a phrase out of its words', () => {
    // "We project sales up 4% to 6%": the phrase and key carry the verb ('project sales', 'project.revenue').
    const metrics = [metric('sales', 'Sales', 'USD'), metric('gross_margin', 'Gross margin', 'percent')];
    const mccormick = { id: 'mccormick', name: 'McCormick', currency: 'USD' };
    const want = wanted('project sales', 'percent', { key: 'project.revenue', measure: 'yoy_growth' });
    const binding = bindMetric(want, metrics, mccormick);
    expect(binding.match?.key).toBe('sales');
    expect(binding.match?.score).toBeGreaterThanOrEqual(WEAK_MATCH);
  });

  it('binds a loss to the profit metric it is a negative value of', () => {
    // "We expect an EBIT loss for the year": the parser's key is 'ebit.loss'; the metric is EBIT.
    const metrics = [metric('sales', 'Sales', 'EUR'), metric('ebit', 'EBIT', 'EUR')];
    const puma = { id: 'puma', name: 'Puma', currency: 'EUR' };
    const want = wanted('loss', 'EUR', { key: 'ebit.loss', goodDirection: 'lower' });
    expect(bindMetric(want, metrics, puma).match?.key).toBe('ebit');
  });

  it('does not take the one metric sharing a word when the measure read names one it lacks', () => {
    // "Gross margin should land around 39%": the parser read the verb as the phrase and as a segment of its key.
    const metrics = [
      metric('net_sales', 'Net sales', 'USD'),
      metric('operating_margin', 'Operating margin', 'percent'),
    ];
    const company = { id: 'ulta', name: 'Ulta Beauty', currency: 'USD' };
    const want = wanted('Land', 'percent', {
      key: 'land.gross_margin',
      context: 'Gross margin should land around 39% this year',
    });
    const binding = bindMetric(want, metrics, company);
    expect(binding.match).toBeNull();
    // The metric to create is named by what was measured, not by the verb.
    expect(binding.create?.metric).toMatchObject({ key: 'gross_margin', name: 'Gross margin', unit: 'percent' });
  });

  it('does not bind stores opened to the count of stores held at a date', () => {
    const metrics = [metric('revenue', 'Revenue', 'USD'), metric('stores', 'Stores', 'count', { kind: 'stock' })];
    const company = { id: 'lulu', name: 'Lululemon', currency: 'USD' };
    expect(bindMetric(wanted('open', 'count', { key: 'open.stores' }), metrics, company).match).toBeNull();
    // The same draft binds a metric of openings over a period.
    const openings = [...metrics.slice(0, 1), metric('new_stores', 'New stores', 'count')];
    expect(bindMetric(wanted('open', 'count', { key: 'open.stores' }), openings, company).match?.key).toBe(
      'new_stores',
    );
  });

  it("proposes a growth rate's metric in the company's currency when its words measure money", () => {
    const binding = bindMetric(wanted('free cash flow', 'percent', { measure: 'yoy_growth' }), [], APPLE);
    expect(binding.create?.metric).toMatchObject({ key: 'free_cash_flow', unit: 'USD', kind: 'flow' });
  });
});

describe('bindDrafts', () => {
  it('binds a net loss stated as an amount to net income, as a negative value of it', () => {
    const { drafts } = parseGuidance({
      quote: 'We expect a net loss of $50 million to $60 million in 2026.',
      statedOn: '2026-04-15',
      calendar: { fiscalYearEndMonth: 12 },
      reportingCurrency: 'USD',
    });
    const metrics = [metric('revenue', 'Revenue', 'USD'), metric('net_income', 'Net income', 'USD')];
    const [draft] = bindDrafts(drafts, metrics, { id: 'acme', name: 'Acme', currency: 'USD' });
    expect(draft?.metric).toMatchObject({ phrase: 'net income', key: 'net_income', goodDirection: 'higher' });
    expect(draft?.target).toMatchObject({ op: 'range', low: '-60000000', high: '-50000000' });
    expect(draft?.binding.match).toMatchObject({ key: 'net_income', score: 1 });
  });

  it('proposes the profit measure, not a metric of losses, for a loss stated as an amount that nothing fits', () => {
    const { drafts } = parseGuidance({
      quote: 'We expect an operating loss of about $20 million in the first quarter.',
      statedOn: '2026-04-15',
      calendar: { fiscalYearEndMonth: 12 },
      reportingCurrency: 'USD',
    });
    const [draft] = bindDrafts(drafts, [metric('revenue', 'Revenue', 'USD')], {
      id: 'acme',
      name: 'Acme',
      currency: 'USD',
    });
    expect(draft?.binding.create?.metric).toMatchObject({
      key: 'operating_profit',
      name: 'Operating profit',
      goodDirection: 'higher',
    });
    expect(draft?.target).toMatchObject({ op: 'about', value: '-20000000' });
  });

  it('keeps a metric that is itself a loss, with its figures positive', () => {
    const { drafts } = parseGuidance({
      quote: 'All Others losses will be below RMB 20 billion next quarter.',
      statedOn: '2026-04-15',
      calendar: { fiscalYearEndMonth: 3 },
      reportingCurrency: 'CNY',
    });
    expect(drafts[0]?.metric).toMatchObject({ key: 'all_others.loss', goodDirection: 'lower' });
    expect(drafts[0]?.target).toMatchObject({ op: 'lt', value: '20000000000' });
  });

  it("at equal score takes the segment's metric when the sentence names the segment", () => {
    const { drafts } = parseGuidance({
      quote:
        'We anticipate the Beef segment will post an adjusted operating loss of between $250 million and $500 million in fiscal 2026.',
      statedOn: '2026-04-15',
      calendar: { fiscalYearEndMonth: 12 },
      reportingCurrency: 'USD',
    });
    const metrics = [
      metric('adjusted_operating_income', 'Adjusted operating income', 'USD'),
      metric('beef.adjusted_operating_income', 'Beef adjusted operating income', 'USD', { segment: 'Beef' }),
      metric('chicken.adjusted_operating_income', 'Chicken adjusted operating income', 'USD', { segment: 'Chicken' }),
    ];
    const [draft] = bindDrafts(drafts, metrics, { id: 'tyson', name: 'Tyson Foods', currency: 'USD' });
    expect(draft?.binding.match?.key).toBe('beef.adjusted_operating_income');
  });

  it('says in one sentence, among the assumptions, why no metric fits and which to create', () => {
    const { drafts } = parseGuidance({
      quote: 'Gross margin will exceed 46% in 2026.',
      statedOn: '2026-04-15',
      calendar: { fiscalYearEndMonth: 12 },
      reportingCurrency: 'GBP',
    });
    const [draft] = bindDrafts(drafts, [metric('revenue', 'Revenue', 'GBP')], {
      id: 'tesco',
      name: 'Tesco',
      currency: 'GBP',
    });
    expect(draft?.assumptions.at(-1)).toBe(
      "the company has no metric in a unit that fits the target; create 'gross_margin' first",
    );
  });

  it("lowers a weakly matched draft's confidence and says why; a strong match keeps it", () => {
    const { drafts } = parseGuidance({
      quote: 'We expect to have more than 5,000 stores by the end of the year. Gross margin will exceed 46% in 2026.',
      statedOn: '2026-04-15',
      calendar: { fiscalYearEndMonth: 12 },
      reportingCurrency: 'GBP',
    });
    const metrics = [
      metric('outlets', 'Stores and franchised outlets', 'count', { kind: 'stock' }),
      metric('gross_margin', 'Gross margin', 'percent'),
    ];
    const [stores, margin] = bindDrafts(drafts, metrics, { id: 'tesco', name: 'Tesco PLC', currency: 'GBP' });
    expect(stores?.binding.match?.key).toBe('outlets');
    expect(stores?.binding.match?.score).toBeLessThan(WEAK_MATCH);
    expect(stores?.confidence).toBeLessThan(drafts[0]?.confidence ?? 0);
    expect(stores?.assumptions.at(-1)).toMatch(/^metric 'outlets' is a weak match: /);
    expect(margin?.binding.match).toMatchObject({ key: 'gross_margin', score: 1 });
    expect(margin?.confidence).toBe(drafts[1]?.confidence);
  });
});

// ---- Properties, over metric names drawn from the words companies use -------------------------------------
const WORDS = [
  'revenue',
  'sales',
  'gross',
  'margin',
  'operating',
  'income',
  'cloud',
  'services',
  'users',
  'deliveries',
  'capex',
  'free',
  'cash',
  'flow',
  'ebitda',
  'subscribers',
  'advertising',
  'retail',
  'stores',
  'adjusted',
  'energy',
  'storage',
  'premium',
  'automotive',
  'headcount',
];
const UNITS = ['percent', 'count', 'number', 'USD', 'EUR', 'CNY'];
const MEASURES: Measure[] = ['level', 'yoy_growth', 'qoq_growth', 'cagr', 'change', 'cumulative'];
const words = fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 });
const anyMetric = fc.record({
  words,
  unit: fc.constantFrom(...UNITS),
  segment: fc.option(fc.constantFrom('Cloud', 'Services', 'Retail'), { nil: null }),
  goodDirection: fc.constantFrom('higher' as const, 'lower' as const, 'neutral' as const),
});
const metricsOf = (generated: { words: string[]; unit: string; segment: string | null }[]): CompanyMetric[] =>
  generated.map((g, i) => metric(`m${i}`, g.words.join(' '), g.unit, { segment: g.segment, goodDirection: 'higher' }));
const tokenSet = (text: string): string => [...new Set(metricTokens(text).map((t) => t.stem))].sort().join(' ');
const COMPANY = { id: 'acme', name: 'Acme', currency: 'USD' };

describe('bindMetric, for any company', () => {
  it('binds a metric named exactly like the phrase, in a unit that fits, over any other', () => {
    fc.assert(
      fc.property(
        words,
        fc.constantFrom(...UNITS),
        fc.constantFrom(...MEASURES),
        fc.array(anyMetric, { maxLength: 12 }),
        (phraseWords, unit, measure, others) => {
          const phrase = phraseWords.join(' ');
          const rivals = metricsOf(others).filter((m) => tokenSet(m.name) !== tokenSet(phrase));
          const exact = metric('exact', phrase, unit);
          const want = wanted(phrase, unit, { measure });
          for (const at of [0, rivals.length]) {
            const metrics = [...rivals.slice(0, at), exact, ...rivals.slice(at)];
            expect(bindMetric(want, metrics, COMPANY).match?.key).toBe('exact');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never binds a metric whose unit cannot hold the target, and reads the same in any order', () => {
    fc.assert(
      fc.property(
        words,
        fc.option(fc.constantFrom(...UNITS), { nil: null }),
        fc.constantFrom(...MEASURES),
        fc.array(anyMetric, { maxLength: 12 }),
        (phraseWords, unit, measure, generated) => {
          const metrics = metricsOf(generated);
          const want = wanted(phraseWords.join(' '), unit, { measure });
          const binding = bindMetric(want, metrics, COMPANY);
          const bound = metrics.find((m) => m.key === binding.match?.key);
          if (bound) {
            expect(unitFits(want, bound.unit)).toBe(true);
            if (unit === 'percent' && measure === 'level') expect(bound.unit).toBe('percent');
            if (unit === 'count' || unit === 'number') expect(['count', 'number']).toContain(bound.unit);
            if (unit !== null && /^[A-Z]{3}$/.test(unit)) expect(bound.unit).toBe(unit);
          }
          expect(bindMetric(want, [...metrics].reverse(), COMPANY)).toEqual(binding);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('proposes, when nothing fits, a metric the API accepts under a key the company does not have', () => {
    fc.assert(
      fc.property(
        words,
        fc.option(fc.constantFrom('cloud', 'acme', 'services'), { nil: null }),
        fc.option(fc.constantFrom(...UNITS), { nil: null }),
        fc.constantFrom(...MEASURES),
        fc.array(anyMetric, { maxLength: 8 }),
        (phraseWords, segment, unit, measure, generated) => {
          const metrics = metricsOf(generated);
          const measureKey = phraseWords.join('_');
          const key = segment ? `${segment}.${measureKey}` : measureKey;
          const binding = bindMetric(wanted(phraseWords.join(' '), unit, { measure, key }), metrics, COMPANY);
          if (binding.match) return;
          const body = binding.create?.metric;
          expect(MetricInput.safeParse(body).success).toBe(true);
          expect(metrics.map((m) => m.key)).not.toContain(body?.key);
          // The company's own name is never a segment of its metric.
          expect(body?.key.startsWith('acme.')).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
