// Guidance sentences with the drafts an analyst would record for them: every guidance sentence in the seeds
// (shared/seeds, Alibaba FY26), seed sentences that look like guidance but are not (reported figures, the
// writer's view, conditionals), and real-world-style guidance from other companies and calendars.
//
// Conventions the expectations follow (see src/parser): percent values are in percent; money in base
// units with the scale kept beside it; windows count from the statement date; the span is the shortest stretch
// of the quote covering the statement's subject, commitment words, target and horizon; `guessed` is true when
// the parser should report confidence below 1 (it guessed something, or left a qualifier unread).
import type { IsoDate } from '../../src/domain/dates.js';
import type { FiscalCalendar } from '../../src/domain/fiscal.js';
import type { Commitment, GoodDirection, Measure, Mode, TargetChange, Window } from '../../src/domain/model.js';
import type { DraftTarget, Scale } from '../../src/parser/index.js';

export interface ExpectedDraft {
  key: string | null;
  measure?: Measure;
  good?: GoodDirection;
  target: DraftTarget;
  window: Window;
  mode: Mode;
  commitment: Commitment;
  span: string;
  guessed: boolean;
}

export interface CorpusCase {
  id: string;
  /** Where the sentence comes from: a seed file and section, or 'illustrative'. */
  source: string;
  quote: string;
  statedOn: IsoDate;
  calendar: FiscalCalendar;
  reportingCurrency?: string;
  /** Empty: the parser must return no draft, with a reason matching `why`. */
  expected: ExpectedDraft[];
  why?: RegExp;
}

type Unit = Pick<DraftTarget, 'unit' | 'scale' | 'currency'>;

const PCT: Unit = { unit: 'percent', scale: null, currency: null };
const NONE: Unit = { unit: null, scale: null, currency: null };
const cny = (scale: Scale): Unit => ({ unit: 'CNY', scale, currency: 'CNY' });
const usd = (scale: Scale | null): Unit => ({ unit: 'USD', scale, currency: 'USD' });
const count = (scale: Scale | null): Unit => ({ unit: 'count', scale, currency: null });

const gt = (value: string, unit: Unit): DraftTarget => ({ op: 'gt', value, ...unit });
const gte = (value: string, unit: Unit): DraftTarget => ({ op: 'gte', value, ...unit });
const lt = (value: string, unit: Unit): DraftTarget => ({ op: 'lt', value, ...unit });
const lte = (value: string, unit: Unit): DraftTarget => ({ op: 'lte', value, ...unit });
const about = (value: string, tolerance: string, unit: Unit): DraftTarget => ({
  op: 'about',
  value,
  tolerance,
  ...unit,
});
/** [low, high] with inclusivity written as in interval notation: '[]', '[)', '()'. */
const range = (low: string, high: string, ends: '[]' | '[)' | '()', unit: Unit): DraftTarget => ({
  op: 'range',
  low,
  high,
  lowInclusive: ends.startsWith('['),
  highInclusive: ends.endsWith(']'),
  ...unit,
});

/** A change in percentage points against the same period a year earlier ("expand 100 to 150 basis points"). */
const POINTS_YOY: TargetChange = { kind: 'absolute', against: 'year-earlier' };

const period = (label: string, start: IsoDate, end: IsoDate): Window => ({ start, end, label });
const until = (start: IsoDate, end: IsoDate): Window => ({ start, end, label: `${start}..${end}` });
const open = (start: IsoDate): Window => ({ start, end: null });

const BABA: FiscalCalendar = { fiscalYearEndMonth: 3 };
const MARCH_YEAR_END_JPY: FiscalCalendar = { fiscalYearEndMonth: 3 };
const JUNE_YEAR_END: FiscalCalendar = { fiscalYearEndMonth: 6 };
const SEPTEMBER_YEAR_END: FiscalCalendar = { fiscalYearEndMonth: 9 };
const JANUARY_YEAR_END: FiscalCalendar = { fiscalYearEndMonth: 1 };
const CALENDAR_YEAR: FiscalCalendar = { fiscalYearEndMonth: 12 };

/** The FY26Q4 call: FY2026 just reported, FY2027Q1 in progress. */
const CALL = '2026-05-15';
const FY27Q1 = period('FY2027Q1', '2026-04-01', '2026-06-30');
const FY27Q1_Q2 = period('FY2027Q1..FY2027Q2', '2026-04-01', '2026-09-30');
const FY27 = period('FY2027', '2026-04-01', '2027-03-31');
const IN_A_YEAR = until(CALL, '2027-05-15');
const BY_YEAR_END = until(CALL, '2026-12-31');
const NEXT_THREE_YEARS = until(CALL, '2029-05-15');
const JUNE = period('2026-06', '2026-06-01', '2026-06-30');

function baba(id: string, source: string, quote: string, expected: ExpectedDraft[], why?: RegExp): CorpusCase {
  return {
    id,
    source,
    quote,
    statedOn: CALL,
    calendar: BABA,
    reportingCurrency: 'CNY',
    expected,
    ...(why ? { why } : {}),
  };
}

interface Setting {
  statedOn?: IsoDate;
  calendar?: FiscalCalendar;
  reportingCurrency?: string;
}

const US = (statedOn: IsoDate, calendar = CALENDAR_YEAR): Setting => ({ statedOn, calendar, reportingCurrency: 'USD' });

function unseen(
  round: number,
  id: string,
  quote: string,
  expected: ExpectedDraft[],
  setting: Setting = {},
): CorpusCase {
  return {
    id,
    source: `held-out round ${round}`,
    quote,
    statedOn: setting.statedOn ?? CALL,
    calendar: setting.calendar ?? BABA,
    reportingCurrency: setting.reportingCurrency ?? 'CNY',
    expected,
  };
}

export const PARSE_CORPUS: CorpusCase[] = [
  // ---- Seed 004: the FY26Q4 call -------------------------------------------------------------------------
  baba(
    's004-ai-share',
    'seed 004 §1.1',
    'According to management, it is expected that in about a year, the proportion of revenue from AI-related products will exceed the 50% threshold, becoming the core engine driving cloud business revenue growth.',
    [
      {
        key: 'cloud.ai_revenue_share',
        target: gt('50', PCT),
        window: IN_A_YEAR,
        mode: 'any',
        commitment: 'expect',
        span: 'it is expected that in about a year, the proportion of revenue from AI-related products will exceed the 50% threshold',
        guessed: true,
      },
    ],
  ),
  baba(
    's004-maas-arr',
    'seed 004 §1.1',
    'According to management, the ARR of the BaiLian MaaS platform has exceeded RMB 8 billion, and it is expected to reach RMB 10 billion in June and surpass RMB 30 billion by the end of the year - implying a 3.75x growth within six months.',
    [
      {
        key: 'maas.arr',
        target: gte('10000000000', cny('billion')),
        window: JUNE,
        mode: 'any',
        commitment: 'expect',
        span: 'it is expected to reach RMB 10 billion in June',
        guessed: true,
      },
      {
        key: 'maas.arr',
        target: gt('30000000000', cny('billion')),
        window: BY_YEAR_END,
        mode: 'any',
        commitment: 'expect',
        span: 'surpass RMB 30 billion by the end of the year',
        guessed: true,
      },
    ],
  ),
  baba(
    's004-cloud-margin',
    'seed 004 §1.2',
    'According to management, the cloud business EBITA margin is expected to rise to the "teens" range over the next two quarters, with a long-term target of 20%.',
    [
      {
        key: 'cloud.ebita_margin',
        target: range('13', '20', '[)', PCT),
        window: FY27Q1_Q2,
        mode: 'all',
        commitment: 'expect',
        span: 'the cloud business EBITA margin is expected to rise to the "teens" range over the next two quarters',
        guessed: false,
      },
      {
        key: 'cloud.ebita_margin',
        target: gte('20', PCT),
        window: open(CALL),
        mode: 'any',
        commitment: 'target',
        span: 'long-term target of 20%',
        guessed: true,
      },
    ],
  ),
  baba(
    's004-ai-share-verbatim',
    'seed 004 §2.1',
    'Revenue from AI-related products accounts for 30% of the external revenue of the Cloud Intelligence Group. It is expected that in about one year, the proportion of revenue from AI-related products will surpass the 50% threshold, becoming the core driver of cloud business revenue growth.',
    [
      {
        key: 'cloud.ai_revenue_share',
        target: gt('50', PCT),
        window: IN_A_YEAR,
        mode: 'any',
        commitment: 'expect',
        span: 'It is expected that in about one year, the proportion of revenue from AI-related products will surpass the 50% threshold',
        guessed: true,
      },
    ],
  ),
  baba(
    's004-five-year-goals',
    'seed 004 §2.4',
    'The revenue target for cloud + AI-related businesses from 2026-2031 is set to exceed USD 100 billion, implying a CAGR of over 40% over the next five years; the long-term EBITA margin target for the cloud business is 20%.',
    [
      {
        key: 'cloud.revenue',
        target: gt('100000000000', usd('billion')),
        window: until(CALL, '2031-03-31'),
        mode: 'any',
        commitment: 'target',
        span: 'The revenue target for cloud + AI-related businesses from 2026-2031 is set to exceed USD 100 billion',
        guessed: true,
      },
      {
        key: 'cloud.ebita_margin',
        target: gte('20', PCT),
        window: open(CALL),
        mode: 'any',
        commitment: 'target',
        span: 'the long-term EBITA margin target for the cloud business is 20%',
        guessed: false,
      },
    ],
  ),
  baba(
    's004-funding',
    'seed 004 §2.3',
    'Stable cash flow from consumer business: Taobao and Tmall continue to contribute; flash sales losses are expected to narrow significantly over the next two years, with international operations transitioning from loss to profit',
    [
      {
        key: 'instant_retail.loss',
        measure: 'change',
        good: 'lower',
        target: lt('0', NONE),
        window: until(CALL, '2028-05-15'),
        mode: 'final',
        commitment: 'expect',
        span: 'flash sales losses are expected to narrow significantly over the next two years',
        guessed: true,
      },
      {
        key: 'international.profit',
        target: gt('0', NONE),
        window: until(CALL, '2028-05-15'),
        mode: 'any',
        commitment: 'expect',
        span: 'international operations transitioning from loss to profit',
        guessed: true,
      },
    ],
  ),
  baba(
    's004-roi',
    'seed 004 §2.2',
    'However, the commercialization path for these necessary data center investments is very clear... with an expected return on investment within the next 3-5 years.',
    [],
    /no measurable target/,
  ),
  baba(
    's004-this-target',
    'seed 004 §3.1.1',
    'According to management, this target will be achieved "earlier than the end of the year," likely being reached in September or October.',
    [],
    /refers to a target stated elsewhere/,
  ),
  baba(
    's004-teens-verbatim',
    'seed 004 §3.1.2',
    "According to management, the EBITA margin for the cloud business will significantly improve to the 'teens' range over the next two quarters.",
    [
      {
        key: 'cloud.ebita_margin',
        target: range('13', '20', '[)', PCT),
        window: FY27Q1_Q2,
        mode: 'all',
        commitment: 'will',
        span: "the EBITA margin for the cloud business will significantly improve to the 'teens' range over the next two quarters",
        guessed: false,
      },
    ],
  ),
  baba(
    's004-capex',
    'seed 004 §3.1.4',
    'According to management, Capex may exceed the 380 billion guidance, requiring close attention to actual investment pacing',
    [
      {
        key: 'capex',
        good: 'neutral',
        target: gt('380000000000', cny('billion')),
        window: open(CALL),
        mode: 'any',
        commitment: 'may',
        span: 'Capex may exceed the 380 billion guidance',
        guessed: true,
      },
    ],
  ),
  baba(
    's004-ue',
    'seed 004 §3.3',
    'According to management, UE (unit economic model) will turn positive in a certain month of FY27.',
    [
      {
        key: 'unit_economics',
        target: gt('0', NONE),
        window: FY27,
        mode: 'any',
        commitment: 'will',
        span: 'UE (unit economic model) will turn positive in a certain month of FY27',
        guessed: false,
      },
    ],
  ),
  baba(
    's004-market-share',
    'seed 004 §3.3',
    "Market share stability (management stated 'at least maintain stability,' but the author believes it may be challenging given the decrease in subsidies, requiring support from growth in non-food delivery order volumes)",
    [],
    /no measurable target|not a guidance statement|writer's own view/,
  ),
  baba(
    's004-all-others',
    'seed 004 §3.4.2',
    'According to management, FY27Q1 (the upcoming disclosed quarter) All Others loss will be "above 10 billion but below 20 billion USD."',
    [
      {
        key: 'all_others.loss',
        good: 'lower',
        target: range('10000000000', '20000000000', '()', usd('billion')),
        window: FY27Q1,
        mode: 'final',
        commitment: 'will',
        span: 'FY27Q1 (the upcoming disclosed quarter) All Others loss will be "above 10 billion but below 20 billion USD',
        guessed: false,
      },
    ],
  ),
  baba(
    's004-cmr-impact',
    'seed 004 §3.2',
    'This -7 percentage point impact will last for a year.',
    [],
    /percentage points/,
  ),
  baba(
    's004-conditional',
    'seed 004 §1.4',
    'If MaaS ARR reaches 30 billion as expected, and cloud profit margins enter the teens range, the main catalysts for valuation restructuring will emerge between FY27-FY28 (around 2027).',
    [],
    /conditional/,
  ),
  baba(
    's004-fy26q4-ai-revenue',
    'seed 004 §1.1',
    'In FY26Q4, revenue from AI-related products reached approximately RMB 9 billion (annualized at RMB 36 billion), accounting for 30% of the cloud intelligence group’s external revenue.',
    [],
    /already known/,
  ),
  baba(
    's004-all-others-fy26q4',
    'seed 004 §3.4.1',
    "The All Others segment's loss for FY26 Q4 was 21.2 billion yuan, a significant increase from 9.8 billion in Q3",
    [],
    /already known/,
  ),
  baba(
    's004-author-expects',
    'seed 004 §3.4.2',
    'The author expects that the full-year loss will still be substantial.',
    [],
    /writer's own view/,
  ),

  // ---- Earlier seeds ------------------------------------------------------------------------------------
  baba(
    's001-ai-share',
    'seed 001',
    'Management saying AI products are already ~30% of external cloud revenue and could exceed 50% within a year',
    [
      {
        key: 'cloud.ai_revenue_share',
        target: gt('50', PCT),
        window: IN_A_YEAR,
        mode: 'any',
        commitment: 'may',
        span: 'could exceed 50% within a year',
        guessed: true,
      },
    ],
  ),
  {
    id: 's001-conditional',
    source: 'seed 001',
    statedOn: CALL,
    calendar: BABA,
    reportingCurrency: 'CNY',
    expected: [],
    why: /conditional/,
    quote:
      'But if capex outruns monetisation for another 2 to 3 years, the market could suddenly rediscover that cash flow still matters.',
  },
  {
    id: 's000-capex-actual',
    source: 'seed 000',
    statedOn: '2025-08-29',
    calendar: BABA,
    reportingCurrency: 'CNY',
    expected: [],
    why: /already known/,
    quote:
      'Capital expenditures surged by 57% quarter-over-quarter to ¥39 billion (approximately $5.4 billion), nearly doubling from the same period last year.',
  },
  {
    id: 's000-writer-view',
    source: 'seed 000',
    statedOn: '2025-08-29',
    calendar: BABA,
    reportingCurrency: 'CNY',
    expected: [],
    why: /writer's own view/,
    quote:
      'My assessment is that Alibaba Cloud will continue to operate within the "high growth + low profit" range over the next few quarters',
  },
  {
    id: 's000-price-targets',
    source: 'seed 000',
    statedOn: '2025-08-29',
    calendar: BABA,
    reportingCurrency: 'CNY',
    expected: [],
    quote:
      "Currently, Alibaba's ADR is trading near $119.6, with most market targets set above $150, theoretically leaving about 25% upside potential.",
  },
  {
    id: 's000-sotp',
    source: 'seed 000',
    statedOn: '2025-08-29',
    calendar: BABA,
    reportingCurrency: 'CNY',
    expected: [],
    why: /writer's own view/,
    quote:
      'My previous SOTP valuation of Alibaba suggests that if all business segments were valued separately, the valuation could potentially exceed $200.',
  },
  {
    id: 's002-cloud-actuals',
    source: 'seed 002',
    statedOn: '2025-11-25',
    calendar: BABA,
    reportingCurrency: 'CNY',
    expected: [],
    quote:
      "Cloud Intelligence revenue grew 36% YoY, with Alibaba's Qwen open-source AI model reaching ~600 million downloads and AI products representing >20% of external sales.",
  },
  {
    id: 's003-initial-target',
    source: 'seed 003',
    statedOn: '2026-01-11',
    calendar: BABA,
    reportingCurrency: 'CNY',
    expected: [],
    why: /earlier target/,
    quote:
      'CEO Eddie Wu has acknowledged that the initial three-year investment target of RMB 380 billion ($53 billion) for AI infrastructure may now be due to accelerating demand.',
  },

  // ---- The seed statements as an analyst would paste them ----------------------------------------------
  baba(
    'maas-arr-short',
    'issue example',
    'Bailian MaaS ARR will reach RMB 10 billion in June and exceed RMB 30 billion by the end of the year.',
    [
      {
        key: 'maas.arr',
        target: gte('10000000000', cny('billion')),
        window: JUNE,
        mode: 'any',
        commitment: 'will',
        span: 'Bailian MaaS ARR will reach RMB 10 billion in June',
        guessed: false,
      },
      {
        key: 'maas.arr',
        target: gt('30000000000', cny('billion')),
        window: BY_YEAR_END,
        mode: 'any',
        commitment: 'will',
        span: 'exceed RMB 30 billion by the end of the year',
        guessed: true,
      },
    ],
  ),
  baba('arr-bn', 'issue example', 'ARR will reach 10bn in June and exceed 30bn by year end', [
    {
      key: 'arr',
      target: gte('10000000000', cny('billion')),
      window: JUNE,
      mode: 'any',
      commitment: 'will',
      span: 'ARR will reach 10bn in June',
      guessed: true,
    },
    {
      key: 'arr',
      target: gt('30000000000', cny('billion')),
      window: BY_YEAR_END,
      mode: 'any',
      commitment: 'will',
      span: 'exceed 30bn by year end',
      guessed: true,
    },
  ]),
  baba(
    'all-others-next-quarter',
    'illustrative',
    'All Others loss next quarter will be above RMB 10 billion but below RMB 20 billion.',
    [
      {
        key: 'all_others.loss',
        good: 'lower',
        target: range('10000000000', '20000000000', '()', cny('billion')),
        window: FY27Q1,
        mode: 'final',
        commitment: 'will',
        span: 'All Others loss next quarter will be above RMB 10 billion but below RMB 20 billion',
        guessed: false,
      },
    ],
  ),
  baba(
    'instant-retail-ue',
    'illustrative',
    'Instant retail unit economics will turn positive in a certain month of FY27.',
    [
      {
        key: 'instant_retail.unit_economics',
        target: gt('0', NONE),
        window: FY27,
        mode: 'any',
        commitment: 'will',
        span: 'Instant retail unit economics will turn positive in a certain month of FY27',
        guessed: false,
      },
    ],
  ),
  baba(
    'margin-reach-teens',
    'illustrative',
    'Cloud EBITA margin will reach the teens over the next two quarters and 20% in the long term.',
    [
      {
        key: 'cloud.ebita_margin',
        target: range('13', '20', '[)', PCT),
        window: FY27Q1_Q2,
        mode: 'any',
        commitment: 'will',
        span: 'Cloud EBITA margin will reach the teens over the next two quarters',
        guessed: false,
      },
      {
        key: 'cloud.ebita_margin',
        target: gte('20', PCT),
        window: open(CALL),
        mode: 'any',
        commitment: 'will',
        span: '20% in the long term',
        guessed: true,
      },
    ],
  ),
  baba(
    'pronoun-next-sentence',
    'illustrative',
    'Bailian MaaS ARR exceeded RMB 8 billion. It will surpass RMB 30 billion by the end of the year.',
    [
      {
        key: 'maas.arr',
        target: gt('30000000000', cny('billion')),
        window: BY_YEAR_END,
        mode: 'any',
        commitment: 'will',
        span: 'It will surpass RMB 30 billion by the end of the year',
        guessed: true,
      },
    ],
  ),

  // ---- Alibaba-style guidance, FY26Q4 call ---------------------------------------------------------------
  baba('revenue-growth-next-quarter', 'illustrative', 'We expect revenue to grow 20% year over year next quarter.', [
    {
      key: 'revenue',
      measure: 'yoy_growth',
      target: about('20', '0.5', PCT),
      window: FY27Q1,
      mode: 'final',
      commitment: 'expect',
      span: 'We expect revenue to grow 20% year over year next quarter',
      guessed: false,
    },
  ]),
  baba('intl-break-even', 'illustrative', 'International commerce is expected to break even next quarter.', [
    {
      key: 'international.profit',
      target: gte('0', NONE),
      window: FY27Q1,
      mode: 'any',
      commitment: 'expect',
      span: 'International commerce is expected to break even next quarter',
      guessed: false,
    },
  ]),
  baba('margin-each-quarter', 'illustrative', 'We aim to keep cloud EBITA margin above 15% in each quarter of FY27.', [
    {
      key: 'cloud.ebita_margin',
      target: gt('15', PCT),
      window: FY27,
      mode: 'all',
      commitment: 'target',
      span: 'We aim to keep cloud EBITA margin above 15% in each quarter of FY27',
      guessed: false,
    },
  ]),
  baba('cmr-high-single-digits', 'illustrative', 'Taobao and Tmall CMR will grow in the high single digits in FY27.', [
    {
      key: 'china_ecommerce.cmr',
      measure: 'yoy_growth',
      target: range('7', '10', '[)', PCT),
      window: FY27,
      mode: 'final',
      commitment: 'will',
      span: 'Taobao and Tmall CMR will grow in the high single digits in FY27',
      guessed: true,
    },
  ]),
  baba(
    'double-digit-growth',
    'illustrative',
    'We expect double-digit revenue growth for the cloud business this fiscal year.',
    [
      {
        key: 'cloud.revenue',
        measure: 'yoy_growth',
        target: range('10', '100', '[)', PCT),
        window: FY27,
        mode: 'final',
        commitment: 'expect',
        span: 'We expect double-digit revenue growth for the cloud business this fiscal year',
        guessed: true,
      },
    ],
  ),
  baba('mid-twenties', 'illustrative', 'Cloud revenue growth will accelerate to the mid-twenties next quarter.', [
    {
      key: 'cloud.revenue',
      measure: 'yoy_growth',
      target: range('24', '27', '[)', PCT),
      window: FY27Q1,
      mode: 'final',
      commitment: 'will',
      span: 'Cloud revenue growth will accelerate to the mid-twenties next quarter',
      guessed: true,
    },
  ]),
  baba('low-teens', 'illustrative', 'Cloud EBITA margin is expected to be in the low teens next quarter.', [
    {
      key: 'cloud.ebita_margin',
      target: range('13', '15', '[)', PCT),
      window: FY27Q1,
      mode: 'final',
      commitment: 'expect',
      span: 'Cloud EBITA margin is expected to be in the low teens next quarter',
      guessed: false,
    },
  ]),
  baba(
    'triple-digit',
    'illustrative',
    'We expect AI-related revenue to maintain triple-digit year-over-year growth in each quarter of this fiscal year.',
    [
      {
        key: 'ai.revenue',
        measure: 'yoy_growth',
        target: range('100', '1000', '[)', PCT),
        window: FY27,
        mode: 'all',
        commitment: 'expect',
        span: 'We expect AI-related revenue to maintain triple-digit year-over-year growth in each quarter of this fiscal year',
        guessed: false,
      },
    ],
  ),
  baba('lazada-profitable', 'illustrative', 'Lazada will remain profitable in every quarter of FY27.', [
    {
      key: 'international.profit',
      target: gt('0', NONE),
      window: FY27,
      mode: 'all',
      commitment: 'will',
      span: 'Lazada will remain profitable in every quarter of FY27',
      guessed: false,
    },
  ]),
  baba('ebita-growth-target', 'illustrative', 'We target adjusted EBITA growth of at least 10% for the full year.', [
    {
      key: 'adjusted_ebita',
      measure: 'yoy_growth',
      target: gte('10', PCT),
      window: FY27,
      mode: 'final',
      commitment: 'target',
      span: 'We target adjusted EBITA growth of at least 10% for the full year',
      guessed: true,
    },
  ]),
  baba(
    'cmr-in-line',
    'illustrative',
    'Customer management revenue is expected to grow roughly in line with GMV.',
    [],
    /no measurable target/,
  ),
  baba('cloud-growth-fy27', 'illustrative', 'Cloud revenue will grow 30% year over year in FY27.', [
    {
      key: 'cloud.revenue',
      measure: 'yoy_growth',
      target: about('30', '0.5', PCT),
      window: FY27,
      mode: 'final',
      commitment: 'will',
      span: 'Cloud revenue will grow 30% year over year in FY27',
      guessed: false,
    },
  ]),
  baba('capex-about', 'illustrative', 'We expect capex of about RMB 120 billion in FY27.', [
    {
      key: 'capex',
      good: 'neutral',
      target: about('120000000000', '6000000000', cny('billion')),
      window: FY27,
      mode: 'final',
      commitment: 'expect',
      span: 'We expect capex of about RMB 120 billion in FY27',
      guessed: true,
    },
  ]),
  baba(
    'instant-retail-narrow',
    'illustrative',
    'Instant retail losses are expected to narrow sequentially next quarter.',
    [
      {
        key: 'instant_retail.loss',
        measure: 'change',
        good: 'lower',
        target: lt('0', NONE),
        window: FY27Q1,
        mode: 'final',
        commitment: 'expect',
        span: 'Instant retail losses are expected to narrow sequentially next quarter',
        guessed: false,
      },
    ],
  ),
  baba(
    'all-others-no-more-than',
    'illustrative',
    'All Others losses will be no more than RMB 15 billion next quarter.',
    [
      {
        key: 'all_others.loss',
        good: 'lower',
        target: lte('15000000000', cny('billion')),
        window: FY27Q1,
        mode: 'final',
        commitment: 'will',
        span: 'All Others losses will be no more than RMB 15 billion next quarter',
        guessed: false,
      },
    ],
  ),
  baba('qwen-mau', 'illustrative', 'Qwen app monthly active users will surpass 300 million by the end of FY27.', [
    {
      key: 'qwen_app.mau',
      target: gt('300000000', count('million')),
      window: until(CALL, '2027-03-31'),
      mode: 'any',
      commitment: 'will',
      span: 'Qwen app monthly active users will surpass 300 million by the end of FY27',
      guessed: false,
    },
  ]),
  baba('qwen-downloads', 'illustrative', 'Qwen downloads are expected to exceed 1 billion by the end of the year.', [
    {
      key: 'qwen.downloads',
      target: gt('1000000000', count('billion')),
      window: BY_YEAR_END,
      mode: 'any',
      commitment: 'expect',
      span: 'Qwen downloads are expected to exceed 1 billion by the end of the year',
      guessed: false,
    },
  ]),
  baba('intl-narrow-to', 'illustrative', 'International commerce losses will narrow to below RMB 1 billion in FY27.', [
    {
      key: 'international.loss',
      good: 'lower',
      target: lt('1000000000', cny('billion')),
      window: FY27,
      mode: 'final',
      commitment: 'will',
      span: 'International commerce losses will narrow to below RMB 1 billion in FY27',
      guessed: false,
    },
  ]),
  baba(
    'capex-annual-range',
    'illustrative',
    'The company will hold capex at RMB 120 billion to RMB 150 billion annually over the next three years.',
    [
      {
        key: 'capex',
        good: 'neutral',
        target: range('120000000000', '150000000000', '[]', cny('billion')),
        window: NEXT_THREE_YEARS,
        mode: 'all',
        commitment: 'will',
        span: 'The company will hold capex at RMB 120 billion to RMB 150 billion annually over the next three years',
        guessed: false,
      },
    ],
  ),
  baba(
    'invest-plan',
    'illustrative',
    'We plan to invest more than RMB 480 billion in cloud and AI infrastructure over the next three years.',
    [
      {
        key: 'capex',
        measure: 'cumulative',
        good: 'neutral',
        target: gt('480000000000', cny('billion')),
        window: NEXT_THREE_YEARS,
        mode: 'final',
        commitment: 'target',
        span: 'We plan to invest more than RMB 480 billion in cloud and AI infrastructure over the next three years',
        guessed: false,
      },
    ],
  ),
  {
    id: 'invest-380-original',
    source: 'illustrative (the Feb 2025 plan seed 003 refers to)',
    statedOn: '2025-02-24',
    calendar: BABA,
    reportingCurrency: 'CNY',
    quote: 'Over the next three years, we will invest more than RMB 380 billion in cloud and AI infrastructure.',
    expected: [
      {
        key: 'capex',
        measure: 'cumulative',
        good: 'neutral',
        target: gt('380000000000', cny('billion')),
        window: until('2025-02-24', '2028-02-24'),
        mode: 'final',
        commitment: 'will',
        span: 'Over the next three years, we will invest more than RMB 380 billion',
        guessed: false,
      },
    ],
  },
  baba(
    'accelerate-no-number',
    'illustrative',
    'Cloud revenue growth will accelerate next quarter.',
    [],
    /no measurable target/,
  ),
  baba(
    'confident',
    'illustrative',
    'We are confident in the long-term prospects of the cloud business.',
    [],
    /no measurable target|not a guidance/,
  ),
  baba('up-range', 'illustrative', 'Revenue will be up 5% to 7% year over year in FY27.', [
    {
      key: 'revenue',
      measure: 'yoy_growth',
      target: range('5', '7', '[]', PCT),
      window: FY27,
      mode: 'final',
      commitment: 'will',
      span: 'Revenue will be up 5% to 7% year over year in FY27',
      guessed: false,
    },
  ]),
  baba(
    'plus-minus-points',
    'illustrative',
    'Cloud EBITA margin will be 15% plus or minus 1 percentage point next quarter.',
    [
      {
        key: 'cloud.ebita_margin',
        target: about('15', '1', PCT),
        window: FY27Q1,
        mode: 'final',
        commitment: 'will',
        span: 'Cloud EBITA margin will be 15% plus or minus 1 percentage point next quarter',
        guessed: false,
      },
    ],
  ),
  baba('at-least', 'illustrative', 'Cloud EBITA margin is expected to be at least 12% next quarter.', [
    {
      key: 'cloud.ebita_margin',
      target: gte('12', PCT),
      window: FY27Q1,
      mode: 'final',
      commitment: 'expect',
      span: 'Cloud EBITA margin is expected to be at least 12% next quarter',
      guessed: false,
    },
  ]),
  baba(
    'double',
    'illustrative',
    'Bailian MaaS ARR is expected to double by the end of the year.',
    [],
    // Issue 18: "double" with no "year over year" is a change with no comparison period, said as such.
    /not representable yet/,
  ),
  baba('hema-profitable', 'illustrative', 'Hema is expected to turn profitable in FY27.', [
    {
      key: 'hema.profit',
      target: gt('0', NONE),
      window: FY27,
      mode: 'any',
      commitment: 'expect',
      span: 'Hema is expected to turn profitable in FY27',
      guessed: false,
    },
  ]),
  baba('tic-breakeven', 'illustrative', 'Taobao Instant Commerce will achieve breakeven in FY27.', [
    {
      key: 'instant_retail.profit',
      target: gte('0', NONE),
      window: FY27,
      mode: 'any',
      commitment: 'will',
      span: 'Taobao Instant Commerce will achieve breakeven in FY27',
      guessed: false,
    },
  ]),
  baba('stay-above', 'illustrative', 'Cloud EBITA margin will stay above 10% over the next two quarters.', [
    {
      key: 'cloud.ebita_margin',
      target: gt('10', PCT),
      window: FY27Q1_Q2,
      mode: 'all',
      commitment: 'will',
      span: 'Cloud EBITA margin will stay above 10% over the next two quarters',
      guessed: false,
    },
  ]),
  baba('trillion', 'illustrative', 'We expect revenue to reach RMB 1 trillion by FY2030.', [
    {
      key: 'revenue',
      target: gte('1000000000000', cny('trillion')),
      window: until(CALL, '2030-03-31'),
      mode: 'any',
      commitment: 'expect',
      span: 'We expect revenue to reach RMB 1 trillion by FY2030',
      guessed: false,
    },
  ]),
  {
    id: 'next-quarter-in-progress',
    source: 'illustrative: a call held in FY26Q4, after FY26Q3 was reported',
    statedOn: '2026-02-05',
    calendar: BABA,
    reportingCurrency: 'CNY',
    quote: 'Cloud EBITA margin will improve next quarter to around 10%.',
    expected: [
      {
        key: 'cloud.ebita_margin',
        target: about('10', '0.5', PCT),
        window: period('FY2026Q4', '2026-01-01', '2026-03-31'),
        mode: 'final',
        commitment: 'will',
        span: 'Cloud EBITA margin will improve next quarter to around 10%',
        guessed: true,
      },
    ],
  },
  baba('june-quarter', 'illustrative', 'In the June quarter, cloud revenue will grow more than 35% year over year.', [
    {
      key: 'cloud.revenue',
      measure: 'yoy_growth',
      target: gt('35', PCT),
      window: FY27Q1,
      mode: 'final',
      commitment: 'will',
      span: 'In the June quarter, cloud revenue will grow more than 35% year over year',
      guessed: false,
    },
  ]),
  baba('negated-expect', 'illustrative', 'We do not expect All Others losses to exceed RMB 20 billion next quarter.', [
    {
      key: 'all_others.loss',
      good: 'lower',
      target: lte('20000000000', cny('billion')),
      window: FY27Q1,
      mode: 'final',
      commitment: 'expect',
      span: 'We do not expect All Others losses to exceed RMB 20 billion next quarter',
      guessed: false,
    },
  ]),
  baba('could-high-teens', 'illustrative', 'Cloud EBITA margin could reach the high teens by FY2028.', [
    {
      key: 'cloud.ebita_margin',
      target: range('17', '20', '[)', PCT),
      window: until(CALL, '2028-03-31'),
      mode: 'any',
      commitment: 'may',
      span: 'Cloud EBITA margin could reach the high teens by FY2028',
      guessed: false,
    },
  ]),
  baba(
    'may-not-maintain',
    'illustrative',
    'We may not be able to maintain margins at current levels.',
    [],
    /no measurable target/,
  ),
  baba('cagr', 'illustrative', 'Over the next three years, we expect cloud revenue to grow at a CAGR of over 30%.', [
    {
      key: 'cloud.revenue',
      measure: 'cagr',
      target: gt('30', PCT),
      window: NEXT_THREE_YEARS,
      mode: 'final',
      commitment: 'expect',
      span: 'Over the next three years, we expect cloud revenue to grow at a CAGR of over 30%',
      guessed: false,
    },
  ]),
  baba(
    'more-than-half',
    'illustrative',
    'Revenue from AI-related products is expected to account for more than half of external cloud revenue within a year.',
    [
      {
        key: 'cloud.ai_revenue_share',
        target: gt('50', PCT),
        window: IN_A_YEAR,
        mode: 'any',
        commitment: 'expect',
        span: 'Revenue from AI-related products is expected to account for more than half of external cloud revenue within a year',
        guessed: false,
      },
    ],
  ),
  baba(
    'rise-from-to',
    'illustrative',
    'Cloud EBITA margin is expected to rise from 9% to the teens over the next two quarters.',
    [
      {
        key: 'cloud.ebita_margin',
        target: range('13', '20', '[)', PCT),
        window: FY27Q1_Q2,
        mode: 'all',
        commitment: 'expect',
        span: 'Cloud EBITA margin is expected to rise from 9% to the teens over the next two quarters',
        guessed: false,
      },
    ],
  ),
  baba('aidc-full-year', 'illustrative', 'We expect AIDC to achieve full-year profitability in FY27.', [
    {
      key: 'international.profit',
      target: gt('0', NONE),
      window: FY27,
      mode: 'final',
      commitment: 'expect',
      span: 'We expect AIDC to achieve full-year profitability in FY27',
      guessed: false,
    },
  ]),
  baba(
    'each-of-next-two',
    'illustrative',
    'Cloud revenue is expected to grow at least 30% year over year in each of the next two quarters.',
    [
      {
        key: 'cloud.revenue',
        measure: 'yoy_growth',
        target: gte('30', PCT),
        window: FY27Q1_Q2,
        mode: 'all',
        commitment: 'expect',
        span: 'Cloud revenue is expected to grow at least 30% year over year in each of the next two quarters',
        guessed: false,
      },
    ],
  ),
  baba(
    'september-quarter',
    'illustrative',
    'The AI share of external cloud revenue will exceed 40% in the September quarter.',
    [
      {
        key: 'cloud.ai_revenue_share',
        target: gt('40', PCT),
        window: period('FY2027Q2', '2026-07-01', '2026-09-30'),
        mode: 'any',
        commitment: 'will',
        span: 'The AI share of external cloud revenue will exceed 40% in the September quarter',
        guessed: false,
      },
    ],
  ),
  baba(
    'ue-breakeven-12-months',
    'illustrative',
    'Quick commerce will reach unit economics breakeven within the next 12 months.',
    [
      {
        key: 'instant_retail.unit_economics',
        target: gte('0', NONE),
        window: IN_A_YEAR,
        mode: 'any',
        commitment: 'will',
        span: 'Quick commerce will reach unit economics breakeven within the next 12 months',
        guessed: false,
      },
    ],
  ),
  baba(
    'capex-between',
    'illustrative',
    'Capex is expected to be between RMB 100 billion and RMB 120 billion in FY27.',
    [
      {
        key: 'capex',
        good: 'neutral',
        target: range('100000000000', '120000000000', '[]', cny('billion')),
        window: FY27,
        mode: 'final',
        commitment: 'expect',
        span: 'Capex is expected to be between RMB 100 billion and RMB 120 billion in FY27',
        guessed: false,
      },
    ],
  ),
  baba(
    'growth-stay-above',
    'illustrative',
    'Cloud revenue growth is expected to stay above 30% over the next three years.',
    [
      {
        key: 'cloud.revenue',
        measure: 'yoy_growth',
        target: gt('30', PCT),
        window: NEXT_THREE_YEARS,
        mode: 'all',
        commitment: 'expect',
        span: 'Cloud revenue growth is expected to stay above 30% over the next three years',
        guessed: true,
      },
    ],
  ),
  baba('yen-sign-cny', 'illustrative', 'Capex will exceed ¥39 billion next quarter.', [
    {
      key: 'capex',
      good: 'neutral',
      target: gt('39000000000', cny('billion')),
      window: FY27Q1,
      mode: 'any',
      commitment: 'will',
      span: 'Capex will exceed ¥39 billion next quarter',
      guessed: false,
    },
  ]),
  baba('yuan-suffix', 'illustrative', "Hema's losses will be less than 3 billion yuan in FY27.", [
    {
      key: 'hema.loss',
      good: 'lower',
      target: lt('3000000000', cny('billion')),
      window: FY27,
      mode: 'final',
      commitment: 'will',
      span: "Hema's losses will be less than 3 billion yuan in FY27",
      guessed: false,
    },
  ]),
  baba('aspire-consumers', 'illustrative', 'The company aspires to serve 2 billion consumers globally by 2036.', [
    {
      key: 'consumers',
      target: gte('2000000000', count('billion')),
      window: until(CALL, '2036-03-31'),
      mode: 'any',
      commitment: 'aspire',
      span: 'The company aspires to serve 2 billion consumers globally by 2036',
      guessed: true,
    },
  ]),
  baba(
    'hope-double',
    'illustrative',
    'We hope to double the number of paying members.',
    [],
    // Issue 18: "double" with no "year over year" is a change with no comparison period, said as such.
    /not representable yet/,
  ),
  baba('two-years-of-growth', 'illustrative', 'Cloud revenue will grow 30% in FY27 and 35% in FY28.', [
    {
      key: 'cloud.revenue',
      measure: 'yoy_growth',
      target: about('30', '0.5', PCT),
      window: FY27,
      mode: 'final',
      commitment: 'will',
      span: 'Cloud revenue will grow 30% in FY27',
      guessed: true,
    },
    {
      key: 'cloud.revenue',
      measure: 'yoy_growth',
      target: about('35', '0.5', PCT),
      window: period('FY2028', '2027-04-01', '2028-03-31'),
      mode: 'final',
      commitment: 'will',
      span: '35% in FY28',
      guessed: true,
    },
  ]),
  baba('should-reach', 'illustrative', 'EBITA margin for the cloud segment should reach 20% by FY2029.', [
    {
      key: 'cloud.ebita_margin',
      target: gte('20', PCT),
      window: until(CALL, '2029-03-31'),
      mode: 'any',
      commitment: 'expect',
      span: 'EBITA margin for the cloud segment should reach 20% by FY2029',
      guessed: false,
    },
  ]),
  baba('decline-percent', 'illustrative', 'Revenue is expected to decline 3% year over year next quarter.', [
    {
      key: 'revenue',
      measure: 'yoy_growth',
      target: about('-3', '0.5', PCT),
      window: FY27Q1,
      mode: 'final',
      commitment: 'expect',
      span: 'Revenue is expected to decline 3% year over year next quarter',
      guessed: false,
    },
  ]),
  baba('as-early-as', 'illustrative', 'Cloud EBITA margin may exceed 12% as early as next quarter.', [
    {
      key: 'cloud.ebita_margin',
      target: gt('12', PCT),
      window: FY27Q1,
      mode: 'any',
      commitment: 'may',
      span: 'Cloud EBITA margin may exceed 12% as early as next quarter',
      guessed: false,
    },
  ]),

  // ---- Other companies and calendars ---------------------------------------------------------------------
  {
    id: 'june-year-end-constant-currency',
    source: 'illustrative',
    statedOn: '2026-01-28',
    calendar: JUNE_YEAR_END,
    reportingCurrency: 'USD',
    quote: 'We expect Azure revenue growth of 37% to 38% in constant currency in the third quarter.',
    expected: [
      {
        key: 'azure.revenue',
        measure: 'yoy_growth',
        target: range('37', '38', '[]', PCT),
        window: period('FY2026Q3', '2026-01-01', '2026-03-31'),
        mode: 'final',
        commitment: 'expect',
        span: 'We expect Azure revenue growth of 37% to 38% in constant currency in the third quarter',
        guessed: true,
      },
    ],
  },
  {
    id: 'june-year-end-capex-decline',
    source: 'illustrative',
    statedOn: '2026-01-28',
    calendar: JUNE_YEAR_END,
    reportingCurrency: 'USD',
    quote: 'We expect capital expenditures to decline sequentially in the third quarter.',
    expected: [
      {
        key: 'capex',
        measure: 'change',
        good: 'neutral',
        target: lt('0', NONE),
        window: period('FY2026Q3', '2026-01-01', '2026-03-31'),
        mode: 'final',
        commitment: 'expect',
        span: 'We expect capital expenditures to decline sequentially in the third quarter',
        guessed: false,
      },
    ],
  },
  {
    id: 'september-year-end-march-quarter',
    source: 'illustrative',
    statedOn: '2026-01-29',
    calendar: SEPTEMBER_YEAR_END,
    reportingCurrency: 'USD',
    quote: 'We expect total company revenue to grow between 10 and 12 percent year over year in the March quarter.',
    expected: [
      {
        key: 'revenue',
        measure: 'yoy_growth',
        target: range('10', '12', '[]', PCT),
        window: period('FY2026Q2', '2026-01-01', '2026-03-31'),
        mode: 'final',
        commitment: 'expect',
        span: 'We expect total company revenue to grow between 10 and 12 percent year over year in the March quarter',
        guessed: false,
      },
    ],
  },
  {
    id: 'calendar-gross-margin',
    source: 'illustrative',
    statedOn: '2026-02-10',
    calendar: CALENDAR_YEAR,
    reportingCurrency: 'USD',
    quote: 'Gross margin is expected to be between 47% and 48% in the first quarter.',
    expected: [
      {
        key: 'gross_margin',
        target: range('47', '48', '[]', PCT),
        window: period('FY2026Q1', '2026-01-01', '2026-03-31'),
        mode: 'final',
        commitment: 'expect',
        span: 'Gross margin is expected to be between 47% and 48% in the first quarter',
        guessed: false,
      },
    ],
  },
  {
    id: 'january-year-end-plus-minus',
    source: 'illustrative',
    statedOn: '2026-02-25',
    calendar: JANUARY_YEAR_END,
    reportingCurrency: 'USD',
    quote: 'Revenue for the first quarter of fiscal 2027 is expected to be $65.0 billion, plus or minus 2%.',
    expected: [
      {
        key: 'revenue',
        target: about('65000000000', '1300000000', usd('billion')),
        window: period('FY2027Q1', '2026-02-01', '2026-04-30'),
        mode: 'final',
        commitment: 'expect',
        span: 'Revenue for the first quarter of fiscal 2027 is expected to be $65.0 billion, plus or minus 2%',
        guessed: false,
      },
    ],
  },
  {
    id: 'calendar-ebitda-breakeven',
    source: 'illustrative',
    statedOn: '2026-02-05',
    calendar: CALENDAR_YEAR,
    reportingCurrency: 'USD',
    quote: 'We expect adjusted EBITDA to break even in the fourth quarter of 2026.',
    expected: [
      {
        key: 'adjusted_ebitda',
        target: gte('0', NONE),
        window: period('FY2026Q4', '2026-10-01', '2026-12-31'),
        mode: 'any',
        commitment: 'expect',
        span: 'We expect adjusted EBITDA to break even in the fourth quarter of 2026',
        guessed: false,
      },
    ],
  },
  {
    id: 'calendar-opex-cap',
    source: 'illustrative',
    statedOn: '2026-02-12',
    calendar: CALENDAR_YEAR,
    reportingCurrency: 'USD',
    quote: 'We expect operating expenses of no more than $4.2 billion in 2026.',
    expected: [
      {
        key: 'operating_expenses',
        good: 'lower',
        target: lte('4200000000', usd('billion')),
        window: period('FY2026', '2026-01-01', '2026-12-31'),
        mode: 'final',
        commitment: 'expect',
        span: 'We expect operating expenses of no more than $4.2 billion in 2026',
        guessed: false,
      },
    ],
  },
  {
    id: 'calendar-fcf-h2',
    source: 'illustrative',
    statedOn: '2026-02-12',
    calendar: CALENDAR_YEAR,
    reportingCurrency: 'USD',
    quote: 'Free cash flow will turn positive in the second half of 2026.',
    expected: [
      {
        key: 'free_cash_flow',
        target: gt('0', NONE),
        window: period('CY2026H2', '2026-07-01', '2026-12-31'),
        mode: 'any',
        commitment: 'will',
        span: 'Free cash flow will turn positive in the second half of 2026',
        guessed: false,
      },
    ],
  },
  {
    id: 'calendar-revenue-range',
    source: 'illustrative',
    statedOn: '2026-02-05',
    calendar: CALENDAR_YEAR,
    reportingCurrency: 'USD',
    quote: 'Revenue will be in the range of $2.1 billion to $2.3 billion in the first quarter.',
    expected: [
      {
        key: 'revenue',
        target: range('2100000000', '2300000000', '[]', usd('billion')),
        window: period('FY2026Q1', '2026-01-01', '2026-03-31'),
        mode: 'final',
        commitment: 'will',
        span: 'Revenue will be in the range of $2.1 billion to $2.3 billion in the first quarter',
        guessed: false,
      },
    ],
  },
  {
    id: 'calendar-long-term-margin',
    source: 'illustrative',
    statedOn: '2026-02-20',
    calendar: CALENDAR_YEAR,
    reportingCurrency: 'USD',
    quote: 'We are targeting a long-term operating margin of 30% or more.',
    expected: [
      {
        key: 'operating_margin',
        target: gte('30', PCT),
        window: open('2026-02-20'),
        mode: 'any',
        commitment: 'target',
        span: 'We are targeting a long-term operating margin of 30% or more',
        guessed: false,
      },
    ],
  },
  {
    id: 'calendar-fcf-positive-by',
    source: 'illustrative',
    statedOn: '2026-03-03',
    calendar: CALENDAR_YEAR,
    reportingCurrency: 'USD',
    quote: 'We expect to be free cash flow positive by the end of 2027.',
    expected: [
      {
        key: 'free_cash_flow',
        target: gt('0', NONE),
        window: until('2026-03-03', '2027-12-31'),
        mode: 'any',
        commitment: 'expect',
        span: 'We expect to be free cash flow positive by the end of 2027',
        guessed: false,
      },
    ],
  },
  {
    id: 'calendar-subscribers',
    source: 'illustrative',
    statedOn: '2026-01-20',
    calendar: CALENDAR_YEAR,
    reportingCurrency: 'USD',
    quote: 'Subscribers could surpass 300 million within two years.',
    expected: [
      {
        key: 'subscribers',
        target: gt('300000000', count('million')),
        window: until('2026-01-20', '2028-01-20'),
        mode: 'any',
        commitment: 'may',
        span: 'Subscribers could surpass 300 million within two years',
        guessed: false,
      },
    ],
  },
  {
    id: 'calendar-gross-margin-throughout',
    source: 'illustrative',
    statedOn: '2026-02-10',
    calendar: CALENDAR_YEAR,
    reportingCurrency: 'USD',
    quote: 'Management expects gross margin to stay between 70% and 72% throughout 2026.',
    expected: [
      {
        key: 'gross_margin',
        target: range('70', '72', '[]', PCT),
        window: period('FY2026', '2026-01-01', '2026-12-31'),
        mode: 'all',
        commitment: 'expect',
        span: 'Management expects gross margin to stay between 70% and 72% throughout 2026',
        guessed: false,
      },
    ],
  },
  {
    id: 'calendar-revenue-quarter-and-year',
    source: 'illustrative',
    statedOn: '2026-02-10',
    calendar: CALENDAR_YEAR,
    reportingCurrency: 'USD',
    quote:
      'Net revenue will be $4.0 billion to $4.2 billion in the first quarter and $17 billion to $18 billion for the full year.',
    expected: [
      {
        key: 'revenue',
        target: range('4000000000', '4200000000', '[]', usd('billion')),
        window: period('FY2026Q1', '2026-01-01', '2026-03-31'),
        mode: 'final',
        commitment: 'will',
        span: 'Net revenue will be $4.0 billion to $4.2 billion in the first quarter',
        guessed: false,
      },
      {
        key: 'revenue',
        target: range('17000000000', '18000000000', '[]', usd('billion')),
        window: period('FY2026', '2026-01-01', '2026-12-31'),
        mode: 'final',
        commitment: 'will',
        span: '$17 billion to $18 billion for the full year',
        guessed: true,
      },
    ],
  },
  {
    id: 'calendar-low-twenties',
    source: 'illustrative',
    statedOn: '2026-04-30',
    calendar: CALENDAR_YEAR,
    reportingCurrency: 'USD',
    quote: 'Operating margin will be in the low twenties in 2026.',
    expected: [
      {
        key: 'operating_margin',
        target: range('20', '24', '[)', PCT),
        window: period('FY2026', '2026-01-01', '2026-12-31'),
        mode: 'final',
        commitment: 'will',
        span: 'Operating margin will be in the low twenties in 2026',
        guessed: false,
      },
    ],
  },
  {
    id: 'calendar-ebitda-million',
    source: 'illustrative',
    statedOn: '2026-02-18',
    calendar: CALENDAR_YEAR,
    reportingCurrency: 'USD',
    quote: 'Adjusted EBITDA is expected to be at least $150 million in the first quarter.',
    expected: [
      {
        key: 'adjusted_ebitda',
        target: gte('150000000', usd('million')),
        window: period('FY2026Q1', '2026-01-01', '2026-03-31'),
        mode: 'final',
        commitment: 'expect',
        span: 'Adjusted EBITDA is expected to be at least $150 million in the first quarter',
        guessed: false,
      },
    ],
  },
  {
    id: 'march-year-end-yen',
    source: 'illustrative',
    statedOn: '2026-05-13',
    calendar: MARCH_YEAR_END_JPY,
    reportingCurrency: 'JPY',
    quote: 'Operating profit will exceed ¥500 billion in fiscal 2027.',
    expected: [
      {
        key: 'operating_profit',
        target: gt('500000000000', { unit: 'JPY', scale: 'billion', currency: 'JPY' }),
        window: period('FY2027', '2026-04-01', '2027-03-31'),
        mode: 'any',
        commitment: 'will',
        span: 'Operating profit will exceed ¥500 billion in fiscal 2027',
        guessed: false,
      },
    ],
  },

  // ---- Held out: written, expectations first, before the parser had seen them (first-run field accuracy:
  // round 1 84%, round 2 77%, round 3 84%); kept here so the fixes they led to stay fixed ----------------------
  unseen(
    1,
    'u1-h1',
    "Management expects the cloud segment's adjusted EBITA margin to exceed 15% by the end of FY2027.",
    [
      {
        key: 'cloud.adjusted_ebita_margin',
        target: gt('15', PCT),
        window: until(CALL, '2027-03-31'),
        mode: 'any',
        commitment: 'expect',
        span: "Management expects the cloud segment's adjusted EBITA margin to exceed 15% by the end of FY2027",
        guessed: false,
      },
    ],
  ),
  unseen(1, 'u1-h2', 'AIDC is expected to achieve profitability for the full fiscal year.', [
    {
      key: 'international.profit',
      target: gt('0', NONE),
      window: FY27,
      mode: 'final',
      commitment: 'expect',
      span: 'AIDC is expected to achieve profitability for the full fiscal year',
      guessed: false,
    },
  ]),
  unseen(
    1,
    'u1-h3',
    'For fiscal 2026, we expect revenue growth in the mid-single digits.',
    [
      {
        key: 'revenue',
        measure: 'yoy_growth',
        target: range('4', '7', '[)', PCT),
        window: period('FY2026', '2026-01-01', '2026-12-31'),
        mode: 'final',
        commitment: 'expect',
        span: 'For fiscal 2026, we expect revenue growth in the mid-single digits',
        guessed: true,
      },
    ],
    US('2026-02-20'),
  ),
  unseen(
    1,
    'u1-h4',
    'We now expect full-year capital expenditures of approximately $75 billion.',
    [
      {
        key: 'capex',
        good: 'neutral',
        target: about('75000000000', '3750000000', usd('billion')),
        window: period('FY2026', '2026-01-01', '2026-12-31'),
        mode: 'final',
        commitment: 'expect',
        span: 'We now expect full-year capital expenditures of approximately $75 billion',
        guessed: true,
      },
    ],
    US('2026-02-20'),
  ),
  unseen(1, 'u1-h5', 'Losses at Taobao Instant Commerce will be cut in half by the end of FY27.', []),
  unseen(1, 'u1-h6', 'Cloud revenue growth should remain above 25% for the next few quarters.', [
    {
      key: 'cloud.revenue',
      measure: 'yoy_growth',
      target: gt('25', PCT),
      window: open(CALL),
      mode: 'all',
      commitment: 'expect',
      span: 'Cloud revenue growth should remain above 25% for the next few quarters',
      guessed: true,
    },
  ]),
  unseen(
    1,
    'u1-h7',
    'We expect the cloud EBITA margin to reach 15% in the December quarter.',
    [
      {
        key: 'cloud.ebita_margin',
        target: gte('15', PCT),
        window: period('FY2027Q3', '2026-10-01', '2026-12-31'),
        mode: 'any',
        commitment: 'expect',
        span: 'We expect the cloud EBITA margin to reach 15% in the December quarter',
        guessed: false,
      },
    ],
    { statedOn: '2026-11-20' },
  ),
  unseen(
    1,
    'u1-h8',
    'Bailian MaaS ARR will surpass RMB 30 billion before the end of this year.',
    [
      {
        key: 'maas.arr',
        target: gt('30000000000', cny('billion')),
        window: until('2026-11-20', '2026-12-31'),
        mode: 'any',
        commitment: 'will',
        span: 'Bailian MaaS ARR will surpass RMB 30 billion before the end of this year',
        guessed: false,
      },
    ],
    { statedOn: '2026-11-20' },
  ),
  unseen(
    1,
    'u1-h9',
    'Over the next five years, cloud and AI revenue is targeted to grow at a compound annual rate of more than 40%.',
    [
      {
        key: 'cloud.revenue',
        measure: 'cagr',
        target: gt('40', PCT),
        window: until(CALL, '2031-05-15'),
        mode: 'final',
        commitment: 'target',
        span: 'Over the next five years, cloud and AI revenue is targeted to grow at a compound annual rate of more than 40%',
        guessed: false,
      },
    ],
  ),
  unseen(1, 'u1-h10', 'The group aims to return more than USD 10 billion to shareholders through buybacks in FY27.', [
    {
      key: 'buyback',
      target: gt('10000000000', usd('billion')),
      window: FY27,
      mode: 'final',
      commitment: 'target',
      span: 'The group aims to return more than USD 10 billion to shareholders through buybacks in FY27',
      guessed: false,
    },
  ]),
  // A change in points is an absolute change target against the year-earlier period (issue 18), no longer unread.
  unseen(1, 'u1-h11', 'Cloud EBITA margin is expected to improve by 200 basis points next quarter.', [
    {
      key: 'cloud.ebita_margin',
      target: { ...about('2', '0.005', PCT), change: POINTS_YOY },
      window: FY27Q1,
      mode: 'final',
      commitment: 'expect',
      span: 'Cloud EBITA margin is expected to improve by 200 basis points next quarter',
      guessed: false,
    },
  ]),
  unseen(
    1,
    'u1-h12',
    'We expect to reach positive free cash flow in 2027.',
    [
      {
        key: 'free_cash_flow',
        target: gt('0', NONE),
        window: period('FY2027', '2027-01-01', '2027-12-31'),
        mode: 'any',
        commitment: 'expect',
        span: 'We expect to reach positive free cash flow in 2027',
        guessed: false,
      },
    ],
    US('2026-02-20'),
  ),
  unseen(1, 'u1-h13', 'Alibaba expects its international digital commerce group to be profitable in FY2027.', [
    {
      key: 'international.profit',
      target: gt('0', NONE),
      window: FY27,
      mode: 'final',
      commitment: 'expect',
      span: 'expects its international digital commerce group to be profitable in FY2027',
      guessed: false,
    },
  ]),
  unseen(1, 'u1-h15', 'Quick commerce losses will narrow substantially in the September quarter.', [
    {
      key: 'instant_retail.loss',
      measure: 'change',
      good: 'lower',
      target: lt('0', NONE),
      window: period('FY2027Q2', '2026-07-01', '2026-09-30'),
      mode: 'final',
      commitment: 'will',
      span: 'Quick commerce losses will narrow substantially in the September quarter',
      guessed: true,
    },
  ]),
  unseen(
    1,
    'u1-h16',
    'We expect operating margins to be down slightly year over year.',
    // A direction with no figure is below zero on the change, in points for a margin (issue 18's labels).
    [
      {
        key: 'operating_margin',
        target: { ...lt('0', NONE), change: POINTS_YOY },
        window: open('2026-01-28'),
        mode: 'any',
        commitment: 'expect',
        span: 'We expect operating margins to be down slightly year over year',
        guessed: true,
      },
    ],
    US('2026-01-28', JUNE_YEAR_END),
  ),
  unseen(
    1,
    'u1-h17',
    'We expect gross margin to be between 48 and 49 percent.',
    [
      {
        key: 'gross_margin',
        target: range('48', '49', '[]', PCT),
        window: open('2026-01-29'),
        mode: 'any',
        commitment: 'expect',
        span: 'We expect gross margin to be between 48 and 49 percent',
        guessed: true,
      },
    ],
    US('2026-01-29', SEPTEMBER_YEAR_END),
  ),
  unseen(
    1,
    'u1-h18',
    'Total revenue is expected to be approximately $1.2 billion, representing growth of about 15% year over year.',
    [
      {
        key: 'revenue',
        target: about('1200000000', '60000000', usd('billion')),
        window: open('2026-02-10'),
        mode: 'any',
        commitment: 'expect',
        span: 'Total revenue is expected to be approximately $1.2 billion',
        guessed: true,
      },
    ],
    US('2026-02-10'),
  ),
  unseen(
    1,
    'u1-h19',
    'By the end of FY2028, AI-related revenue should account for over 60% of cloud external revenue.',
    [
      {
        key: 'cloud.ai_revenue_share',
        target: gt('60', PCT),
        window: until(CALL, '2028-03-31'),
        mode: 'any',
        commitment: 'expect',
        span: 'By the end of FY2028, AI-related revenue should account for over 60% of cloud external revenue',
        guessed: false,
      },
    ],
  ),
  unseen(1, 'u1-h20', 'We will maintain a dividend of at least USD 1.05 per share.', [
    {
      key: 'dividend_per_share',
      target: gte('1.05', usd(null)),
      window: open(CALL),
      mode: 'all',
      commitment: 'will',
      span: 'We will maintain a dividend of at least USD 1.05 per share',
      guessed: true,
    },
  ]),
  unseen(1, 'u1-h21', 'Cloud revenue growth will be in the high twenties to low thirties next quarter.', [
    {
      key: 'cloud.revenue',
      measure: 'yoy_growth',
      target: range('27', '34', '[)', PCT),
      window: period('FY2027Q1', '2026-04-01', '2026-06-30'),
      mode: 'final',
      commitment: 'will',
      span: 'Cloud revenue growth will be in the high twenties to low thirties next quarter',
      guessed: true,
    },
  ]),
  unseen(1, 'u1-h22', 'The company targets a cloud EBITA margin of 20% by FY2030 and 25% by FY2033.', [
    {
      key: 'cloud.ebita_margin',
      target: gte('20', PCT),
      window: until(CALL, '2030-03-31'),
      mode: 'any',
      commitment: 'target',
      span: 'The company targets a cloud EBITA margin of 20% by FY2030',
      guessed: false,
    },
    {
      key: 'cloud.ebita_margin',
      target: gte('25', PCT),
      window: until(CALL, '2033-03-31'),
      mode: 'any',
      commitment: 'target',
      span: '25% by FY2033',
      guessed: true,
    },
  ]),
  unseen(
    1,
    'u1-h23',
    'Net income will be at least breakeven in 2026.',
    [
      {
        key: 'net_income',
        target: gte('0', NONE),
        window: period('FY2026', '2026-01-01', '2026-12-31'),
        mode: 'final',
        commitment: 'will',
        span: 'Net income will be at least breakeven in 2026',
        guessed: false,
      },
    ],
    US('2026-02-10'),
  ),
  unseen(1, 'u1-h24', "Hema's revenue is expected to grow 20% to RMB 90 billion in FY27.", [
    {
      key: 'hema.revenue',
      measure: 'yoy_growth',
      target: about('20', '0.5', PCT),
      window: FY27,
      mode: 'final',
      commitment: 'expect',
      span: "Hema's revenue is expected to grow 20%",
      guessed: true,
    },
    {
      key: 'hema.revenue',
      target: gte('90000000000', cny('billion')),
      window: FY27,
      mode: 'final',
      commitment: 'expect',
      span: 'to RMB 90 billion in FY27',
      guessed: true,
    },
  ]),
  unseen(1, 'u1-h25', 'We expect to complete the RMB 25 billion buyback program by June 2027.', [
    {
      key: 'buyback',
      measure: 'cumulative',
      target: gte('25000000000', cny('billion')),
      window: until(CALL, '2027-06-30'),
      mode: 'final',
      commitment: 'expect',
      span: 'We expect to complete the RMB 25 billion buyback program by June 2027',
      guessed: false,
    },
  ]),
  unseen(2, 'u2-r1', 'We expect Cloud Intelligence Group revenue to grow more than 30% in the current quarter.', [
    {
      key: 'cloud.revenue',
      measure: 'yoy_growth',
      target: gt('30', PCT),
      window: FY27Q1,
      mode: 'final',
      commitment: 'expect',
      span: 'We expect Cloud Intelligence Group revenue to grow more than 30% in the current quarter',
      guessed: true,
    },
  ]),
  unseen(
    2,
    'u2-r2',
    "Our goal is for AI-related revenue to make up more than 50% of Alibaba Cloud's external revenue by the end of next year.",
    [
      {
        key: 'cloud.ai_revenue_share',
        target: gt('50', PCT),
        window: until(CALL, '2027-12-31'),
        mode: 'any',
        commitment: 'target',
        span: "Our goal is for AI-related revenue to make up more than 50% of Alibaba Cloud's external revenue by the end of next year",
        guessed: false,
      },
    ],
  ),
  unseen(
    2,
    'u2-r3',
    'Management guided for capex of RMB 40 billion to RMB 50 billion per quarter over the next few quarters.',
    [
      {
        key: 'capex',
        good: 'neutral',
        target: range('40000000000', '50000000000', '[]', cny('billion')),
        window: open(CALL),
        mode: 'all',
        commitment: 'expect',
        span: 'Management guided for capex of RMB 40 billion to RMB 50 billion per quarter over the next few quarters',
        guessed: true,
      },
    ],
  ),
  unseen(
    2,
    'u2-r4',
    'For the first quarter, we expect revenue of $4.4 billion to $4.6 billion and an adjusted operating margin of roughly 20%.',
    [
      {
        key: 'revenue',
        target: range('4400000000', '4600000000', '[]', usd('billion')),
        window: period('FY2026Q1', '2026-01-01', '2026-03-31'),
        mode: 'final',
        commitment: 'expect',
        span: 'For the first quarter, we expect revenue of $4.4 billion to $4.6 billion',
        guessed: false,
      },
      {
        key: 'adjusted_operating_margin',
        target: about('20', '1', PCT),
        window: period('FY2026Q1', '2026-01-01', '2026-03-31'),
        mode: 'final',
        commitment: 'expect',
        span: 'an adjusted operating margin of roughly 20%',
        guessed: true,
      },
    ],
    US('2026-02-26'),
  ),
  unseen(2, 'u2-r5', "Taotian's CMR growth is expected to be broadly in line with GMV growth.", []),
  unseen(2, 'u2-r6', 'International commerce is expected to remain profitable on an adjusted EBITA basis.', [
    {
      key: 'international.adjusted_ebita',
      target: gt('0', NONE),
      window: open(CALL),
      mode: 'all',
      commitment: 'expect',
      span: 'International commerce is expected to remain profitable on an adjusted EBITA basis',
      guessed: true,
    },
  ]),
  unseen(2, 'u2-r7', 'We will return to revenue growth in the second half of the fiscal year.', [
    {
      key: 'revenue',
      measure: 'yoy_growth',
      target: gt('0', PCT),
      window: period('FY2027H2', '2026-10-01', '2027-03-31'),
      mode: 'any',
      commitment: 'will',
      span: 'We will return to revenue growth in the second half of the fiscal year',
      guessed: true,
    },
  ]),
  unseen(
    2,
    'u2-r8',
    'Cloud revenue grew 34% last quarter. We expect it to accelerate to above 40% in the September quarter.',
    [
      {
        key: 'cloud.revenue',
        measure: 'yoy_growth',
        target: gt('40', PCT),
        window: period('FY2027Q2', '2026-07-01', '2026-09-30'),
        mode: 'final',
        commitment: 'expect',
        span: 'We expect it to accelerate to above 40% in the September quarter',
        guessed: true,
      },
    ],
  ),
  unseen(
    2,
    'u2-r9',
    'We continue to target positive adjusted EBITDA for full year 2026.',
    [
      {
        key: 'adjusted_ebitda',
        target: gt('0', NONE),
        window: period('FY2026', '2026-01-01', '2026-12-31'),
        mode: 'final',
        commitment: 'target',
        span: 'We continue to target positive adjusted EBITDA for full year 2026',
        guessed: false,
      },
    ],
    US('2026-03-05'),
  ),
  unseen(
    2,
    'u2-r10',
    'Capex over the next three years is expected to exceed the RMB 380 billion we previously announced.',
    [
      {
        key: 'capex',
        measure: 'cumulative',
        good: 'neutral',
        target: gt('380000000000', cny('billion')),
        window: until(CALL, '2029-05-15'),
        mode: 'final',
        commitment: 'expect',
        span: 'Capex over the next three years is expected to exceed the RMB 380 billion',
        guessed: false,
      },
    ],
  ),
  unseen(2, 'u2-r11', 'The cloud business should see its EBITA margin expand to mid-teens by the end of FY27.', [
    {
      key: 'cloud.ebita_margin',
      target: range('15', '17', '[)', PCT),
      window: until(CALL, '2027-03-31'),
      mode: 'any',
      commitment: 'expect',
      span: 'The cloud business should see its EBITA margin expand to mid-teens by the end of FY27',
      guessed: false,
    },
  ]),
  unseen(2, 'u2-r12', 'Alibaba expects the losses of its instant commerce business to peak this quarter.', []),
  unseen(
    2,
    'u2-r13',
    'We are raising our full-year revenue outlook to $10.2 billion to $10.4 billion.',
    [
      {
        key: 'revenue',
        target: range('10200000000', '10400000000', '[]', usd('billion')),
        window: period('FY2026', '2026-01-01', '2026-12-31'),
        mode: 'final',
        commitment: 'expect',
        span: 'We are raising our full-year revenue outlook to $10.2 billion to $10.4 billion',
        guessed: false,
      },
    ],
    US('2026-02-12'),
  ),
  unseen(2, 'u2-r14', 'By FY2028, we aim for Qwen to reach 500 million monthly active users.', [
    {
      key: 'qwen.mau',
      target: gte('500000000', count('million')),
      window: until(CALL, '2028-03-31'),
      mode: 'any',
      commitment: 'target',
      span: 'By FY2028, we aim for Qwen to reach 500 million monthly active users',
      guessed: false,
    },
  ]),
  unseen(2, 'u2-r15', 'We expect the AI share of cloud revenue to rise by at least 5 percentage points next quarter.', [
    {
      key: 'cloud.ai_revenue_share',
      target: { ...gte('5', PCT), change: POINTS_YOY },
      window: FY27Q1,
      mode: 'final',
      commitment: 'expect',
      span: 'We expect the AI share of cloud revenue to rise by at least 5 percentage points next quarter',
      guessed: false,
    },
  ]),
  unseen(
    2,
    'u2-r16',
    'We expect FY26 operating margins to be roughly flat year over year.',
    // "Flat" is a relative change of about zero on the year-earlier period (issue 18), no longer unread.
    [
      {
        key: 'operating_margin',
        target: {
          ...about('0', '0.5', PCT),
          wording: 'roughly flat',
          change: { kind: 'relative', against: 'year-earlier' },
        },
        window: period('FY2026', '2025-07-01', '2026-06-30'),
        mode: 'final',
        commitment: 'expect',
        span: 'We expect FY26 operating margins to be roughly flat year over year',
        guessed: false,
      },
    ],
    US('2026-01-28', JUNE_YEAR_END),
  ),
  unseen(2, 'u2-r17', 'Hema will achieve an EBITA margin of at least 2% in FY27.', [
    {
      key: 'hema.ebita_margin',
      target: gte('2', PCT),
      window: FY27,
      mode: 'final',
      commitment: 'will',
      span: 'Hema will achieve an EBITA margin of at least 2% in FY27',
      guessed: false,
    },
  ]),
  unseen(
    2,
    'u2-r18',
    'Subscription revenue will grow in the low-to-mid twenties percent range in 2026.',
    [
      {
        key: 'subscription.revenue',
        measure: 'yoy_growth',
        target: range('20', '27', '[)', PCT),
        window: period('FY2026', '2026-01-01', '2026-12-31'),
        mode: 'final',
        commitment: 'will',
        span: 'Subscription revenue will grow in the low-to-mid twenties percent range in 2026',
        guessed: true,
      },
    ],
    US('2026-02-05'),
  ),
  unseen(
    2,
    'u2-r19',
    'Quick commerce UE is expected to break even in the December quarter and turn positive in the March quarter.',
    [
      {
        key: 'instant_retail.unit_economics',
        target: gte('0', NONE),
        window: period('FY2027Q3', '2026-10-01', '2026-12-31'),
        mode: 'any',
        commitment: 'expect',
        span: 'Quick commerce UE is expected to break even in the December quarter',
        guessed: false,
      },
      {
        key: 'instant_retail.unit_economics',
        target: gt('0', NONE),
        window: period('FY2027Q4', '2027-01-01', '2027-03-31'),
        mode: 'any',
        commitment: 'expect',
        span: 'turn positive in the March quarter',
        guessed: true,
      },
    ],
  ),
  unseen(2, 'u2-r20', 'Over the long term, we see cloud EBITA margins reaching 20% or higher.', [
    {
      key: 'cloud.ebita_margin',
      target: gte('20', PCT),
      window: open(CALL),
      mode: 'any',
      commitment: 'expect',
      span: 'Over the long term, we see cloud EBITA margins reaching 20% or higher',
      guessed: true,
    },
  ]),
  unseen(3, 'u3-t1', "We expect Alibaba Cloud's revenue growth to stay above 30% in each quarter of FY27.", [
    {
      key: 'cloud.revenue',
      measure: 'yoy_growth',
      target: gt('30', PCT),
      window: FY27,
      mode: 'all',
      commitment: 'expect',
      span: "We expect Alibaba Cloud's revenue growth to stay above 30% in each quarter of FY27",
      guessed: true,
    },
  ]),
  unseen(
    3,
    'u3-t2',
    'International digital commerce is expected to achieve breakeven on an adjusted EBITA basis next quarter.',
    [
      {
        key: 'international.adjusted_ebita',
        target: gte('0', NONE),
        window: FY27Q1,
        mode: 'any',
        commitment: 'expect',
        span: 'International digital commerce is expected to achieve breakeven on an adjusted EBITA basis next quarter',
        guessed: false,
      },
    ],
  ),
  unseen(
    3,
    'u3-t3',
    'We anticipate gross margin of 45% to 46% for the full year.',
    [
      {
        key: 'gross_margin',
        target: range('45', '46', '[]', PCT),
        window: period('FY2026', '2026-01-01', '2026-12-31'),
        mode: 'final',
        commitment: 'expect',
        span: 'We anticipate gross margin of 45% to 46% for the full year',
        guessed: false,
      },
    ],
    US('2026-02-25'),
  ),
  unseen(
    3,
    'u3-t4',
    'AI-related product revenue is expected to keep growing at triple-digit rates for the foreseeable future.',
    [
      {
        key: 'ai.revenue',
        measure: 'yoy_growth',
        target: range('100', '1000', '[)', PCT),
        window: open(CALL),
        mode: 'all',
        commitment: 'expect',
        span: 'AI-related product revenue is expected to keep growing at triple-digit rates for the foreseeable future',
        guessed: true,
      },
    ],
  ),
  unseen(3, 'u3-t5', 'Capex for FY27 will be at least RMB 120 billion.', [
    {
      key: 'capex',
      good: 'neutral',
      target: gte('120000000000', cny('billion')),
      window: FY27,
      mode: 'final',
      commitment: 'will',
      span: 'Capex for FY27 will be at least RMB 120 billion',
      guessed: false,
    },
  ]),
  unseen(
    3,
    'u3-t6',
    'Management expects cloud EBITA margin to reach the low teens next quarter and the mid-teens in the December quarter.',
    [
      {
        key: 'cloud.ebita_margin',
        target: range('13', '15', '[)', PCT),
        window: period('FY2027Q2', '2026-07-01', '2026-09-30'),
        mode: 'any',
        commitment: 'expect',
        span: 'Management expects cloud EBITA margin to reach the low teens next quarter',
        guessed: false,
      },
      {
        key: 'cloud.ebita_margin',
        target: range('15', '17', '[)', PCT),
        window: period('FY2027Q3', '2026-10-01', '2026-12-31'),
        mode: 'any',
        commitment: 'expect',
        span: 'the mid-teens in the December quarter',
        guessed: true,
      },
    ],
    { statedOn: '2026-08-20' },
  ),
  unseen(
    3,
    'u3-t7',
    'Operating expenses are expected to decline 5% to 7% year over year in 2026.',
    [
      {
        key: 'operating_expenses',
        measure: 'yoy_growth',
        good: 'lower',
        target: range('-7', '-5', '[]', PCT),
        window: period('FY2026', '2026-01-01', '2026-12-31'),
        mode: 'final',
        commitment: 'expect',
        span: 'Operating expenses are expected to decline 5% to 7% year over year in 2026',
        guessed: false,
      },
    ],
    US('2026-01-30'),
  ),
  unseen(3, 'u3-t8', 'We will spend approximately RMB 50 billion on user subsidies over the next two quarters.', [
    {
      key: 'subsidies',
      measure: 'cumulative',
      good: 'neutral',
      target: about('50000000000', '2500000000', cny('billion')),
      window: period('FY2027Q1..FY2027Q2', '2026-04-01', '2026-09-30'),
      mode: 'final',
      commitment: 'will',
      span: 'We will spend approximately RMB 50 billion on user subsidies over the next two quarters',
      guessed: true,
    },
  ]),
  unseen(3, 'u3-t9', 'Taobao app DAUs should grow by double digits year over year in FY27.', [
    {
      key: 'china_ecommerce.dau',
      measure: 'yoy_growth',
      target: range('10', '100', '[)', PCT),
      window: FY27,
      mode: 'final',
      commitment: 'expect',
      span: 'Taobao app DAUs should grow by double digits year over year in FY27',
      guessed: false,
    },
  ]),
  unseen(
    3,
    'u3-t10',
    'Adjusted EBITDA margin is expected to expand by 100 to 150 basis points in 2026.',
    [
      {
        key: 'ebitda_margin',
        target: { ...range('1', '1.5', '[]', PCT), change: POINTS_YOY },
        window: period('FY2026', '2026-01-01', '2026-12-31'),
        mode: 'final',
        commitment: 'expect',
        span: 'Adjusted EBITDA margin is expected to expand by 100 to 150 basis points in 2026',
        guessed: false,
      },
    ],
    US('2026-02-10'),
  ),
  unseen(3, 'u3-t11', 'The company expects to turn a profit in its local services segment within two years.', [
    {
      key: 'local_services.profit',
      target: gt('0', NONE),
      window: until(CALL, '2028-05-15'),
      mode: 'any',
      commitment: 'expect',
      span: 'The company expects to turn a profit in its local services segment within two years',
      guessed: false,
    },
  ]),
  unseen(
    3,
    'u3-t12',
    'Revenue from the international business should exceed RMB 150 billion in FY27, up from RMB 132 billion in FY26.',
    [
      {
        key: 'international.revenue',
        target: gt('150000000000', cny('billion')),
        window: FY27,
        mode: 'any',
        commitment: 'expect',
        span: 'Revenue from the international business should exceed RMB 150 billion in FY27',
        guessed: false,
      },
    ],
  ),
  unseen(3, 'u3-t13', 'By the end of this fiscal year, Quick Commerce should be approaching breakeven.', []),
  unseen(3, 'u3-t14', 'We target annual revenue of USD 100 billion for cloud and AI within five years.', [
    {
      key: 'cloud.revenue',
      target: gte('100000000000', usd('billion')),
      window: until(CALL, '2031-05-15'),
      mode: 'any',
      commitment: 'target',
      span: 'We target annual revenue of USD 100 billion for cloud and AI within five years',
      guessed: false,
    },
  ]),
  unseen(
    3,
    'u3-t15',
    'All Others losses are expected to be in the range of RMB 10 billion to RMB 15 billion per quarter in FY27.',
    [
      {
        key: 'all_others.loss',
        good: 'lower',
        target: range('10000000000', '15000000000', '[]', cny('billion')),
        window: FY27,
        mode: 'all',
        commitment: 'expect',
        span: 'All Others losses are expected to be in the range of RMB 10 billion to RMB 15 billion per quarter in FY27',
        guessed: false,
      },
    ],
  ),
];
