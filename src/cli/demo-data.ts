// The demo dataset: Alibaba's FY2026 Q4 guidance and the actuals the seed notes give (../shared/seeds/).
// Every record is typed as the request body a client would send, so the compiler checks it against the API
// schemas, and `npm run demo` posts it through the same validation. Only seed facts: no invented results.
//
// Dates the seeds leave unknown are approximated, and each record says so (an actual in its `note`; a
// statement in `notes`, which the API has no field for, so the demo prints them instead):
// - The FY2026 Q4 call is taken as 2026-05-15: Alibaba's March-quarter results come out in mid-May, and seed
//   004 reports them beside Tencent's mid-May results. Statements from the call are stated on that day, and the
//   figures first given on it are published on it.
// - Earlier releases are taken as period end + 60 days, the reporting lag the company record declares. That is
//   an upper bound (the real releases came a little earlier): an as-of query in between misses the figure.
import type { z } from 'zod';
import type { ActualInput } from '../schemas/actuals.js';
import type { CompanyInput } from '../schemas/companies.js';
import type { MetricInput } from '../schemas/metrics.js';
import type { CompoundStatementInput, StatementInput } from '../schemas/statements.js';

export type CompanyBody = z.input<typeof CompanyInput>;
export type MetricBody = z.input<typeof MetricInput>;
export type StatementBody = z.input<typeof StatementInput>;
export type CompoundStatementBody = z.input<typeof CompoundStatementInput>;
export type ActualBody = z.input<typeof ActualInput>;

/** A statement to post, with a handle for the demo's summary and the approximations behind it. */
export type DemoStatement =
  | { key: string; kind: 'atomic'; body: StatementBody; notes: string[] }
  | { key: string; kind: 'compound'; body: CompoundStatementBody; partKeys: string[]; notes: string[] };

export interface DemoDataset {
  company: CompanyBody;
  metrics: MetricBody[];
  statements: DemoStatement[];
  actuals: ActualBody[];
}

const COMPANY_ID = 'alibaba';

/** Approximate release dates (see the header). */
const RELEASED = {
  FY2025: '2025-05-30',
  FY2026Q1: '2025-08-29',
  FY2026Q2: '2025-11-29',
  FY2026Q3: '2026-03-01',
  FY2026Q4: '2026-05-15',
} as const;

const CALL_DATE = RELEASED.FY2026Q4;
const LAG_DATE_NOTE =
  'publishedAt approximated as period end + 60 days (the reporting lag): the seeds do not date this release.';
const CALL_DATE_NOTE =
  'publishedAt (and, for a stock, the date) approximated as 2026-05-15, the assumed FY2026 Q4 call: the seeds do not date the call.';

const CALL_SOURCE = { kind: 'call', title: 'Alibaba FY2026 Q4 earnings call' } as const;
// The seeds attribute these to "management" without naming who spoke, so no speaker is recorded.
const CALL_STATEMENT_NOTE = 'statedOn approximated as 2026-05-15: the seeds do not date the FY2026 Q4 call.';
const PARAPHRASE_NOTE = "The quote is the seed analyst's English rendering of management's words, not a transcript.";

/** The seed notes, as actuals cite them. */
const SEED = {
  s000: { document: 'Analyst note "BABA\'s rally is not done yet" (seeds/000_80a1a51150474bfb.txt)' },
  s001: { document: 'Analyst comment on the FY2026 Q4 call (seeds/001_1a5d3ebc4fc4a987.txt)' },
  s002: { document: 'Research summary on Cloud Intelligence growth (seeds/002_5189e6417071d688.txt)' },
  s003: { document: 'AInvest note on Alibaba Cloud capex and efficiency (seeds/003_34518699690236e8.txt)' },
  s004: {
    document:
      'Futu analyst note "Tencent and Alibaba announce dividends after earnings" (seeds/004_13bb4db7d7287c9d.txt)',
  },
} as const;

// Seed 000 says only "Q1": cloud +26% and capex ¥39bn nearly doubling year over year place it in FY2026Q1
// (April-June 2025), the quarter before seed 003's RMB 39.8bn.
const S000_PERIOD_NOTE = 'Seed 000\'s "Q1" read as fiscal FY2026Q1 (April-June 2025).';
// Seed 003 gives cloud revenue RMB 39.8bn with AI growing triple digits "for the ninth consecutive quarter";
// seed 002's "ten quarters" is the quarter after it. Seed 004 puts FY2026Q4 after both.
const S003_PERIOD_NOTE =
  'Seed 003 does not name the quarter; read as FY2026Q2 (July-September 2025), the ninth quarter of triple-digit AI growth.';
const S002_PERIOD_NOTE =
  'Seed 002 does not name the quarter; read as FY2026Q3 (October-December 2025), the tenth quarter of triple-digit AI growth.';

const company: CompanyBody = {
  id: COMPANY_ID,
  name: 'Alibaba Group Holding Limited',
  tickers: ['BABA', '9988.HK'],
  currency: 'CNY',
  // FY2026 runs April 2025 to March 2026.
  fiscalYearEndMonth: 3,
  reportingLagDays: 60,
};

const CLOUD = 'Cloud Intelligence Group';
const CHINA_ECOMMERCE = 'China E-commerce Group';
const INTERNATIONAL = 'International Digital Commerce Group';
const ALL_OTHERS = 'All Others';

const metric = (fields: Omit<MetricBody, 'companyId'>): MetricBody => ({ companyId: COMPANY_ID, ...fields });

const metrics: MetricBody[] = [
  metric({
    key: 'cloud.revenue',
    name: 'Cloud Intelligence revenue',
    unit: 'CNY',
    kind: 'flow',
    goodDirection: 'higher',
    basis: 'gaap',
    segment: CLOUD,
  }),
  metric({
    key: 'cloud.revenue_growth',
    name: 'Cloud Intelligence revenue growth, year over year',
    unit: 'percent',
    kind: 'flow',
    goodDirection: 'higher',
    basis: 'gaap',
    segment: CLOUD,
  }),
  metric({
    key: 'cloud.ebita_margin',
    name: 'Cloud Intelligence adjusted EBITA margin',
    unit: 'percent',
    kind: 'flow',
    goodDirection: 'higher',
    basis: 'adjusted',
    segment: CLOUD,
  }),
  metric({
    key: 'cloud.ai_revenue',
    name: 'Revenue from AI-related products',
    unit: 'CNY',
    kind: 'flow',
    goodDirection: 'higher',
    basis: 'operational',
    segment: CLOUD,
  }),
  metric({
    key: 'cloud.ai_revenue_share_external',
    name: "AI-related products' share of Cloud Intelligence external revenue",
    unit: 'percent',
    kind: 'flow',
    goodDirection: 'higher',
    basis: 'operational',
    segment: CLOUD,
  }),
  metric({
    key: 'cloud.revenue_usd_fy',
    name: 'Cloud + AI-related revenue for a fiscal year, in USD',
    unit: 'USD',
    kind: 'flow',
    goodDirection: 'higher',
    basis: 'operational',
    segment: CLOUD,
    // A window counts every observation whose period ends in it, so quarterly figures here would be judged
    // against an annual target; the annual USD target gets a metric of its own that takes fiscal years only.
    description: 'Fiscal-year figures only, as management states its USD target for cloud + AI revenue.',
  }),
  metric({
    key: 'bailian.maas_arr',
    name: 'Bailian MaaS platform annualised recurring revenue',
    unit: 'CNY',
    kind: 'stock',
    goodDirection: 'higher',
    basis: 'operational',
    segment: CLOUD,
  }),
  metric({
    key: 'qwen.open_source_downloads',
    name: 'Qwen open-source model downloads, cumulative',
    unit: 'count',
    kind: 'stock',
    goodDirection: 'higher',
    basis: 'operational',
    segment: CLOUD,
  }),
  metric({
    key: 'thead.chips_delivered',
    name: 'T-Head (Pingtouge) AI chips delivered, cumulative',
    unit: 'count',
    kind: 'stock',
    goodDirection: 'higher',
    basis: 'operational',
    segment: CLOUD,
  }),
  metric({
    key: 'taotian.cmr_growth',
    name: 'Taobao and Tmall customer management revenue growth, year over year, as reported',
    unit: 'percent',
    kind: 'flow',
    goodDirection: 'higher',
    basis: 'gaap',
    segment: CHINA_ECOMMERCE,
  }),
  metric({
    key: 'taotian.cmr_growth_like_for_like',
    name: 'Taobao and Tmall customer management revenue growth, like for like',
    unit: 'percent',
    kind: 'flow',
    goodDirection: 'higher',
    basis: 'adjusted',
    segment: CHINA_ECOMMERCE,
    description:
      'Excludes the contra-revenue effect of the new one-year merchant marketing programme (FY2026Q4 onward).',
  }),
  metric({
    key: 'china_ecommerce.ebita_growth',
    name: 'China e-commerce adjusted EBITA growth, year over year',
    unit: 'percent',
    kind: 'flow',
    goodDirection: 'higher',
    basis: 'adjusted',
    segment: CHINA_ECOMMERCE,
  }),
  // Per-order UE in CNY rather than a 'number' sign flag: seed 004 defines UE as per-order delivery revenue
  // minus delivery cost minus subsidy, so the amount shows how far from break-even a month was, and "turn
  // positive" is simply > 0. Each month is one observation.
  metric({
    key: 'instant_retail.unit_economics',
    name: 'Instant retail unit economics per order',
    unit: 'CNY',
    kind: 'flow',
    goodDirection: 'higher',
    basis: 'operational',
    segment: CHINA_ECOMMERCE,
    description: 'Per order: delivery revenue - delivery cost - subsidy. Positive UE is not positive EBITA.',
  }),
  metric({
    key: 'international.revenue_growth',
    name: 'International digital commerce revenue growth, year over year',
    unit: 'percent',
    kind: 'flow',
    goodDirection: 'higher',
    basis: 'gaap',
    segment: INTERNATIONAL,
  }),
  // Signed, unlike the All Others loss: management expects this segment to turn from loss to profit, and a
  // loss-as-positive metric could not record a profit.
  metric({
    key: 'international.ebita',
    name: 'International digital commerce adjusted EBITA',
    unit: 'CNY',
    kind: 'flow',
    goodDirection: 'higher',
    basis: 'adjusted',
    segment: INTERNATIONAL,
    description: 'Signed: a loss is negative.',
  }),
  // The loss as a positive amount, so the guidance reads as management said it and a bigger loss is never
  // a beat (lower is better).
  metric({
    key: 'all_others.ebita_loss',
    name: 'All Others adjusted EBITA loss',
    unit: 'CNY',
    kind: 'flow',
    goodDirection: 'lower',
    basis: 'adjusted',
    segment: ALL_OTHERS,
    description: 'The loss as a positive amount; a profit would be negative.',
  }),
  metric({
    key: 'all_others.revenue_growth',
    name: 'All Others revenue growth, year over year',
    unit: 'percent',
    kind: 'flow',
    goodDirection: 'higher',
    basis: 'gaap',
    segment: ALL_OTHERS,
  }),
  // Capex is neither good nor bad in itself: only landing inside a capex target counts as keeping it.
  metric({
    key: 'group.capex',
    name: 'Capital expenditure',
    unit: 'CNY',
    kind: 'flow',
    goodDirection: 'neutral',
    basis: 'gaap',
  }),
  // The RMB 380bn plan is a three-year total, and no quarter's capex can be compared with it; a running total
  // is measured at a point in time, so it is a stock.
  metric({
    key: 'group.capex_ai_plan_cumulative',
    name: 'Capital expenditure accumulated under the three-year AI infrastructure plan',
    unit: 'CNY',
    kind: 'stock',
    goodDirection: 'neutral',
    basis: 'operational',
    description: 'Running total since the plan began (taken as FY2026Q1, April 2025), against the RMB 380bn plan.',
  }),
];

const atomic = (
  key: string,
  body: Omit<StatementBody, 'companyId' | 'statedOn' | 'source'>,
  notes: string[] = [],
): DemoStatement => ({
  key,
  kind: 'atomic',
  body: { companyId: COMPANY_ID, statedOn: CALL_DATE, source: CALL_SOURCE, ...body },
  notes: [CALL_STATEMENT_NOTE, PARAPHRASE_NOTE, ...notes],
});

const statements: DemoStatement[] = [
  // "Teens" is read as 13 to under 20%. Mode 'all': each of the next two quarters must be in the teens (or
  // above: higher is better); 'final' (FY2027Q2 only) would be the lenient reading.
  atomic('cloud-margin-teens', {
    quote:
      "According to management, the EBITA margin for the cloud business will significantly improve to the 'teens' range over the next two quarters.",
    metric: 'cloud.ebita_margin',
    commitment: 'will',
    target: {
      op: 'range',
      low: '13',
      high: '20',
      lowInclusive: true,
      highInclusive: false,
      wording: "the 'teens' range",
    },
    window: { period: 'FY2027Q1..FY2027Q2' },
    mode: 'all',
  }),
  // No deadline: open from the call on, never missed.
  atomic('cloud-margin-long-term', {
    quote: 'the long-term EBITA margin target for the cloud business is 20%.',
    metric: 'cloud.ebita_margin',
    commitment: 'target',
    target: { op: 'gte', value: '20', wording: 'long-term target of 20%' },
    window: { start: CALL_DATE, end: null },
    mode: 'any',
  }),
  // "In about one year" from mid-May 2026: the share reported a year later is FY2027Q4's (to March 2027).
  // Ending the window at statedOn + 1 year instead admits the same four quarters, since none ends between
  // 2027-03-31 and 2027-05-15; the fiscal year reads better.
  atomic(
    'ai-share-over-half',
    {
      quote:
        'Revenue from AI-related products accounts for 30% of the external revenue of the Cloud Intelligence Group. It is expected that in about one year, the proportion of revenue from AI-related products will surpass the 50% threshold, becoming the core driver of cloud business revenue growth.',
      metric: 'cloud.ai_revenue_share_external',
      commitment: 'expect',
      target: { op: 'gt', value: '50', wording: 'surpass the 50% threshold' },
      window: { period: 'FY2027' },
      mode: 'any',
    },
    ["'In about one year' approximated as the quarters of FY2027 (to 2027-03-31)."],
  ),
  // Both targets come from one sentence: one compound statement, each part scored on its own.
  {
    key: 'maas-arr',
    kind: 'compound',
    partKeys: ['maas-arr-june', 'maas-arr-year-end'],
    notes: [
      CALL_STATEMENT_NOTE,
      PARAPHRASE_NOTE,
      "'The end of the year' read as calendar 2026 (seed 004: 3.75x 'within six months' of June).",
    ],
    body: {
      companyId: COMPANY_ID,
      statedOn: CALL_DATE,
      source: CALL_SOURCE,
      quote:
        'According to management, the ARR of the BaiLian MaaS platform has exceeded RMB 8 billion, and it is expected to reach RMB 10 billion in June and surpass RMB 30 billion by the end of the year',
      parts: [
        // ARR is a stock: any reading dated in June 2026 decides it.
        {
          quote: 'it is expected to reach RMB 10 billion in June',
          metric: 'bailian.maas_arr',
          commitment: 'expect',
          target: { op: 'gte', value: '10000000000', wording: 'reach RMB 10 billion' },
          window: { period: '2026-06' },
          mode: 'any',
        },
        // Met early if a reading passes 30bn before year end (seed 004 expects September or October).
        {
          quote: 'surpass RMB 30 billion by the end of the year',
          metric: 'bailian.maas_arr',
          commitment: 'expect',
          target: { op: 'gt', value: '30000000000', wording: 'surpass RMB 30 billion' },
          window: { start: CALL_DATE, end: '2026-12-31' },
          mode: 'any',
        },
      ],
    },
  },
  atomic('instant-retail-ue-positive', {
    quote: 'According to management, UE (unit economic model) will turn positive in a certain month of FY27.',
    metric: 'instant_retail.unit_economics',
    commitment: 'will',
    target: { op: 'gt', value: '0', wording: 'turn positive' },
    // Any one month of FY2027 with positive UE keeps it.
    window: { period: 'FY2027' },
    mode: 'any',
  }),
  // Seed 004 writes "billion USD" here but yuan for the same segment's actuals (21.2bn in FY2026Q4, 9.8bn in
  // FY2026Q3), and a USD 10-20bn quarterly loss would be several times anything the segment has lost, so the
  // range is read in CNY. The wording keeps the seed's "USD" so the reading stays visible.
  atomic(
    'all-others-loss-fy27q1',
    {
      quote:
        'According to management, FY27Q1 (the upcoming disclosed quarter) All Others loss will be "above 10 billion but below 20 billion USD."',
      metric: 'all_others.ebita_loss',
      commitment: 'will',
      target: {
        op: 'range',
        low: '10000000000',
        high: '20000000000',
        lowInclusive: false,
        highInclusive: false,
        wording: 'above 10 billion but below 20 billion USD',
      },
      window: { period: 'FY2027Q1' },
      mode: 'any',
    },
    ["Read in CNY although the seed says 'USD': its actuals for the segment are in yuan, so 'USD' is taken as a slip."],
  ),
  // The RMB 380bn is a three-year plan (seed 003), taken as FY2026-FY2028, so the window runs from the call to
  // the plan's end, 2028-03-31, on the plan's running total. 'may' is a possibility, not a promise: the
  // scorecard's breakdown by commitment keeps it apart from the firm ones.
  atomic(
    'capex-may-exceed-plan',
    {
      quote: 'According to management, Capex may exceed the 380 billion guidance',
      metric: 'group.capex_ai_plan_cumulative',
      commitment: 'may',
      target: { op: 'gt', value: '380000000000', wording: 'exceed the 380 billion guidance' },
      window: { start: CALL_DATE, end: '2028-03-31' },
      mode: 'any',
    },
    ['The three-year plan is taken as FY2026-FY2028 (April 2025 to March 2028); the seeds do not date it.'],
  ),
  // "From 2026-2031" with a CAGR of over 40% from about USD 22bn (FY2026) reads as annual revenue in FY2031.
  atomic(
    'cloud-revenue-usd-100bn',
    {
      quote:
        'The revenue target for cloud + AI-related businesses from 2026-2031 is set to exceed USD 100 billion, implying a CAGR of over 40% over the next five years;',
      metric: 'cloud.revenue_usd_fy',
      commitment: 'target',
      target: { op: 'gt', value: '100000000000', wording: 'exceed USD 100 billion' },
      window: { period: 'FY2031' },
      mode: 'any',
    },
    ["'2026-2031' read as fiscal-year revenue in FY2031 (year to March 2031)."],
  ),
];

const notes = (...lines: string[]): string => lines.join(' ');

const actuals: ActualBody[] = [
  // Seed 000: FY2026Q1, and the quarter before it.
  {
    companyId: COMPANY_ID,
    metric: 'cloud.revenue_growth',
    period: 'FY2026Q1',
    value: '26',
    unit: 'percent',
    publishedAt: RELEASED.FY2026Q1,
    source: SEED.s000,
    note: notes(S000_PERIOD_NOTE, LAG_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'cloud.ebita_margin',
    period: 'FY2026Q1',
    value: '8.8',
    unit: 'percent',
    publishedAt: RELEASED.FY2026Q1,
    source: SEED.s000,
    note: notes(S000_PERIOD_NOTE, LAG_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'taotian.cmr_growth',
    period: 'FY2025Q4',
    value: '12',
    unit: 'percent',
    publishedAt: RELEASED.FY2025,
    source: SEED.s000,
    note: notes('Seed 000\'s "previous quarter" to FY2026Q1.', LAG_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'taotian.cmr_growth',
    period: 'FY2026Q1',
    value: '10',
    unit: 'percent',
    publishedAt: RELEASED.FY2026Q1,
    source: SEED.s000,
    note: notes(S000_PERIOD_NOTE, LAG_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'china_ecommerce.ebita_growth',
    period: 'FY2026Q1',
    value: '-21',
    unit: 'percent',
    publishedAt: RELEASED.FY2026Q1,
    source: SEED.s000,
    note: notes(S000_PERIOD_NOTE, LAG_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'group.capex',
    period: 'FY2026Q1',
    value: '39000000000',
    unit: 'CNY',
    publishedAt: RELEASED.FY2026Q1,
    source: SEED.s000,
    note: notes('Seed 000 rounds it: "¥39 billion".', S000_PERIOD_NOTE, LAG_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'international.revenue_growth',
    period: 'FY2026Q1',
    value: '19',
    unit: 'percent',
    publishedAt: RELEASED.FY2026Q1,
    source: SEED.s000,
    note: notes(S000_PERIOD_NOTE, LAG_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'international.ebita',
    period: 'FY2025Q4',
    value: '-3600000000',
    unit: 'CNY',
    publishedAt: RELEASED.FY2025,
    source: SEED.s000,
    note: notes('Seed 000\'s "previous quarter" to FY2026Q1: a loss of RMB 3.6bn.', LAG_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'international.ebita',
    period: 'FY2026Q1',
    value: '-59000000',
    unit: 'CNY',
    publishedAt: RELEASED.FY2026Q1,
    source: SEED.s000,
    note: notes('A loss of RMB 59m.', S000_PERIOD_NOTE, LAG_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'all_others.revenue_growth',
    period: 'FY2026Q1',
    value: '-28',
    unit: 'percent',
    publishedAt: RELEASED.FY2026Q1,
    source: SEED.s000,
    note: notes('Seed 000\'s "Other Segments" (Hema, AliHealth, AutoNavi...).', S000_PERIOD_NOTE, LAG_DATE_NOTE),
  },

  // Seed 003: FY2026Q2, and FY2025 capex.
  {
    companyId: COMPANY_ID,
    metric: 'group.capex',
    period: 'FY2025',
    value: '85970000000',
    unit: 'CNY',
    publishedAt: RELEASED.FY2025,
    source: SEED.s003,
    note: LAG_DATE_NOTE,
  },
  {
    companyId: COMPANY_ID,
    metric: 'cloud.revenue',
    period: 'FY2026Q2',
    value: '39800000000',
    unit: 'CNY',
    publishedAt: RELEASED.FY2026Q2,
    source: SEED.s003,
    note: notes(S003_PERIOD_NOTE, LAG_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'cloud.revenue_growth',
    period: 'FY2026Q2',
    value: '34',
    unit: 'percent',
    publishedAt: RELEASED.FY2026Q2,
    source: SEED.s003,
    note: notes(S003_PERIOD_NOTE, LAG_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'cloud.ebita_margin',
    period: 'FY2026Q2',
    value: '9',
    unit: 'percent',
    publishedAt: RELEASED.FY2026Q2,
    source: SEED.s003,
    note: notes(
      'Seed 003 says "the company\'s EBITA margin of 9%" in its cloud section; read as the cloud margin.',
      S003_PERIOD_NOTE,
      LAG_DATE_NOTE,
    ),
  },

  // Seed 002: FY2026Q3.
  {
    companyId: COMPANY_ID,
    metric: 'cloud.revenue_growth',
    period: 'FY2026Q3',
    value: '36',
    unit: 'percent',
    publishedAt: RELEASED.FY2026Q3,
    source: SEED.s002,
    note: notes(S002_PERIOD_NOTE, LAG_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'cloud.ai_revenue_share_external',
    period: 'FY2026Q3',
    value: '20',
    unit: 'percent',
    publishedAt: RELEASED.FY2026Q3,
    source: SEED.s002,
    note: notes('Reported as ">20%": the bound is recorded.', S002_PERIOD_NOTE, LAG_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'qwen.open_source_downloads',
    date: RELEASED.FY2026Q3,
    value: '600000000',
    unit: 'count',
    publishedAt: RELEASED.FY2026Q3,
    source: SEED.s002,
    note: notes(
      'Reported as "~600 million"; dated on the (approximate) FY2026Q3 release, when it was stated.',
      S002_PERIOD_NOTE,
      LAG_DATE_NOTE,
    ),
  },
  {
    companyId: COMPANY_ID,
    metric: 'all_others.ebita_loss',
    period: 'FY2026Q3',
    value: '9800000000',
    unit: 'CNY',
    publishedAt: RELEASED.FY2026Q3,
    source: SEED.s004,
    note: notes(
      'Seed 004 gives it beside FY2026Q4 ("9.8 billion in Q3"); public since the FY2026Q3 release.',
      LAG_DATE_NOTE,
    ),
  },

  // Seeds 004 and 001: FY2026Q4 and the state of things on the call.
  {
    companyId: COMPANY_ID,
    metric: 'cloud.ebita_margin',
    period: 'FY2026Q4',
    value: '9',
    unit: 'percent',
    publishedAt: CALL_DATE,
    source: SEED.s004,
    note: CALL_DATE_NOTE,
  },
  {
    companyId: COMPANY_ID,
    metric: 'cloud.revenue_growth',
    period: 'FY2026Q4',
    value: '38',
    unit: 'percent',
    publishedAt: CALL_DATE,
    source: SEED.s001,
    note: notes('Seed 001 comments on the FY2026 Q4 call (AI ~30% of external cloud revenue).', CALL_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'cloud.revenue',
    period: 'FY2026',
    value: '158000000000',
    unit: 'CNY',
    publishedAt: CALL_DATE,
    source: SEED.s004,
    note: notes('Seed 004: "FY26 approximately RMB 158 billion".', CALL_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'cloud.revenue_usd_fy',
    period: 'FY2026',
    value: '22000000000',
    unit: 'USD',
    publishedAt: CALL_DATE,
    source: SEED.s004,
    note: notes('Seed 004: "approximately USD 22 billion".', CALL_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'cloud.ai_revenue',
    period: 'FY2026Q4',
    value: '9000000000',
    unit: 'CNY',
    publishedAt: CALL_DATE,
    source: SEED.s004,
    note: notes('Seed 004: "approximately RMB 9 billion".', CALL_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'cloud.ai_revenue_share_external',
    period: 'FY2026Q4',
    value: '30',
    unit: 'percent',
    publishedAt: CALL_DATE,
    source: SEED.s004,
    note: CALL_DATE_NOTE,
  },
  {
    companyId: COMPANY_ID,
    metric: 'bailian.maas_arr',
    date: CALL_DATE,
    value: '8000000000',
    unit: 'CNY',
    publishedAt: CALL_DATE,
    source: SEED.s004,
    note: notes('Reported as "has exceeded RMB 8 billion": the bound is recorded, dated on the call.', CALL_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'qwen.open_source_downloads',
    date: CALL_DATE,
    value: '1000000000',
    unit: 'count',
    publishedAt: CALL_DATE,
    source: SEED.s004,
    note: notes('Reported as "exceeding 1 billion": the bound is recorded, dated on the call.', CALL_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'thead.chips_delivered',
    date: CALL_DATE,
    value: '470000',
    unit: 'count',
    publishedAt: CALL_DATE,
    source: SEED.s004,
    note: notes('"Cumulative delivery of 470,000 units", dated on the call.', CALL_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'taotian.cmr_growth',
    period: 'FY2026Q4',
    value: '1',
    unit: 'percent',
    publishedAt: CALL_DATE,
    source: SEED.s004,
    note: notes('As reported, after a -7 point effect of the new marketing programme.', CALL_DATE_NOTE),
  },
  {
    companyId: COMPANY_ID,
    metric: 'taotian.cmr_growth_like_for_like',
    period: 'FY2026Q4',
    value: '8',
    unit: 'percent',
    publishedAt: CALL_DATE,
    source: SEED.s004,
    note: CALL_DATE_NOTE,
  },
  {
    companyId: COMPANY_ID,
    metric: 'all_others.ebita_loss',
    period: 'FY2026Q4',
    value: '21200000000',
    unit: 'CNY',
    publishedAt: CALL_DATE,
    source: SEED.s004,
    note: notes('Seed 004: "21.2 billion yuan".', CALL_DATE_NOTE),
  },
];

export const demoDataset: DemoDataset = { company, metrics, statements, actuals };
