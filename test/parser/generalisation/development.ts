// The development set: guidance-style sentences from 62 companies outside the parser's own corpus, written for
// this set (not copied from any transcript), labelled by the conventions in ./labels.ts. The parser is tuned on
// it freely; the held-out set (another file, another list of companies) is what measures generalisation.
//
// Window ends are computed here with src/domain/fiscal.ts from the phrase's meaning (the fiscal year containing
// the statement date, the first fiscal Q2 ending on or after it, ...), never typed in by hand.
import { Dec as Decimal } from '../../../src/domain/decimal.js';
import { type IsoDate, addMonths, compareDates } from '../../../src/domain/dates.js';
import { type FiscalCalendar, fiscalQuarter, fiscalQuarterOf, fiscalYear } from '../../../src/domain/fiscal.js';
import type { Commitment, TargetChange } from '../../../src/domain/model.js';
import type { CorpusCompany, CorpusMetric, Family, LabelledDraft, LabelledSentence, LabelledTarget } from './labels.js';

// ---- Targets and units ----------------------------------------------------------------------------------------

const times = (v: string, power: number): string => new Decimal(v).times(new Decimal(10).pow(power)).toFixed();
const bn = (v: string): string => times(v, 9);
const mn = (v: string): string => times(v, 6);
const tr = (v: string): string => times(v, 12);
const neg = (v: string): string => new Decimal(v).negated().toFixed();

const gte = (value: string): LabelledTarget => ({ op: 'gte', value });
const gt = (value: string): LabelledTarget => ({ op: 'gt', value });
const lte = (value: string): LabelledTarget => ({ op: 'lte', value });
const lt = (value: string): LabelledTarget => ({ op: 'lt', value });
/** [low, high], both ends included: "3% to 5%", "between X and Y". */
const range = (low: string, high: string): LabelledTarget => ({
  op: 'range',
  low,
  high,
  lowInclusive: true,
  highInclusive: true,
});
/** A qualitative band, half-open as src/parser/bands.ts reads it: "mid single digits" is [4, 7). */
const band = (low: string, high: string): LabelledTarget => ({
  op: 'range',
  low,
  high,
  lowInclusive: true,
  highInclusive: false,
});
/** A band stated as a decline: "down mid single digits" is (-7, -4]. */
const downBand = (low: string, high: string): LabelledTarget => ({
  op: 'range',
  low: neg(high),
  high: neg(low),
  lowInclusive: false,
  highInclusive: true,
});
/** "about X": 5% of the value either side, as test/parser/parse-corpus.ts reads it. */
const about = (value: string): LabelledTarget => ({
  op: 'about',
  value,
  tolerance: new Decimal(value).abs().times('0.05').toFixed(),
});
/** "about N%", "about N points": to the nearest whole point, as the first held-out set reads it. */
const aboutPct = (value: string): LabelledTarget => ({ op: 'about', value, tolerance: '0.5' });
/** "flat": a change of about zero, no tolerance stated (labels.ts). */
const flat: LabelledTarget = { op: 'about', value: '0' };
/** A figure stated plainly: within the rounding it was written with ('20' is ±0.5, '4.5' ±0.05). */
const stated = (value: string, tolerance: string): LabelledTarget => ({ op: 'about', value, tolerance });
/** "X plus or minus T". */
const plusMinus = (value: string, tolerance: string): LabelledTarget => ({ op: 'about', value, tolerance });

const REL: TargetChange = { kind: 'relative', against: 'year-earlier' };
const SEQ: TargetChange = { kind: 'relative', against: 'prior-period' };
const ABS: TargetChange = { kind: 'absolute', against: 'year-earlier' };

// ---- Windows on a company's calendar -------------------------------------------------------------------------

function fiscalYearOf(cal: FiscalCalendar, date: IsoDate): number {
  return fiscalQuarterOf(cal, date).fiscalYear;
}

/** The first fiscal quarter `q` ending on or after `statedOn`. */
function quarterEnd(cal: FiscalCalendar, statedOn: IsoDate, q: number): IsoDate {
  const fy = fiscalYearOf(cal, statedOn);
  for (const year of [fy, fy + 1]) {
    const end = fiscalQuarter(cal, year, q).end;
    if (compareDates(end, statedOn) >= 0) return end;
  }
  throw new Error(`no Q${q} after ${statedOn}`);
}

/** The first fiscal quarter ending in calendar month `month` on or after `statedOn` ("our December quarter"). */
function monthQuarterEnd(cal: FiscalCalendar, statedOn: IsoDate, month: number): IsoDate {
  const fy = fiscalYearOf(cal, statedOn);
  for (const year of [fy, fy + 1, fy + 2]) {
    for (const q of [1, 2, 3, 4]) {
      const end = fiscalQuarter(cal, year, q).end;
      const m = Number(end.slice(5, 7));
      if (m === month && compareDates(end, statedOn) >= 0) return end;
    }
  }
  throw new Error(`no quarter ending in month ${month} after ${statedOn}`);
}

// ---- Companies -------------------------------------------------------------------------------------------------

const metric = (
  key: string,
  name: string,
  unit: string,
  more: Partial<Pick<CorpusMetric, 'kind' | 'goodDirection' | 'segment' | 'concept'>> = {},
): CorpusMetric => ({
  key,
  name,
  unit,
  kind: more.kind ?? 'flow',
  goodDirection: more.goodDirection ?? 'higher',
  ...more,
});

const company = (
  id: string,
  name: string,
  calendar: FiscalCalendar,
  currency: string,
  metrics: CorpusMetric[],
): CorpusCompany => ({ id, name, calendar, currency, metrics });

const revenue = (cur: string): CorpusMetric => metric('revenue', 'Revenue', cur, { concept: 'revenue' });
const grossMargin = metric('gross_margin', 'Gross margin', 'percent', { kind: 'flow', concept: 'gross_margin' });
const operatingMargin = metric('operating_margin', 'Operating margin', 'percent', { concept: 'operating_margin' });
const eps = (cur: string): CorpusMetric => metric('eps', 'Diluted EPS', cur, { concept: 'eps' });
const fcf = (cur: string): CorpusMetric => metric('free_cash_flow', 'Free cash flow', cur, { concept: 'fcf' });
const capex = (cur: string): CorpusMetric =>
  metric('capex', 'Capital expenditure', cur, { goodDirection: 'neutral', concept: 'capex' });

const MONTH = (m: number): FiscalCalendar => ({ fiscalYearEndMonth: m });

export const DEVELOPMENT_COMPANIES: CorpusCompany[] = [
  company('apple', 'Apple', { fiscalYearEndMonth: 9, weekday: 'saturday', rule: 'last', week53Quarter: 1 }, 'USD', [
    revenue('USD'),
    grossMargin,
    metric('services_revenue', 'Services revenue', 'USD', { segment: 'services', concept: 'revenue' }),
    metric('opex', 'Operating expenses', 'USD', { goodDirection: 'lower', concept: 'opex' }),
    metric('tax_rate', 'Effective tax rate', 'percent', { goodDirection: 'lower' }),
  ]),
  company('alibaba', 'Alibaba', MONTH(3), 'CNY', [
    revenue('CNY'),
    metric('cloud_revenue', 'Cloud revenue', 'CNY', { segment: 'cloud', concept: 'revenue' }),
    metric('adjusted_ebita', 'Adjusted EBITA', 'CNY'),
    capex('CNY'),
  ]),
  company('amazon', 'Amazon', MONTH(12), 'USD', [
    revenue('USD'),
    metric('operating_income', 'Operating income', 'USD', { concept: 'operating_income' }),
    metric('aws_revenue', 'AWS revenue', 'USD', { segment: 'aws', concept: 'revenue' }),
    capex('USD'),
  ]),
  company('alphabet', 'Alphabet', MONTH(12), 'USD', [
    revenue('USD'),
    capex('USD'),
    metric('cloud_revenue', 'Google Cloud revenue', 'USD', { segment: 'cloud', concept: 'revenue' }),
    metric('headcount', 'Employees', 'count', { kind: 'stock', goodDirection: 'neutral' }),
  ]),
  company('meta', 'Meta Platforms', MONTH(12), 'USD', [
    revenue('USD'),
    metric('total_expenses', 'Total expenses', 'USD', { goodDirection: 'lower' }),
    capex('USD'),
    metric('daily_active_people', 'Daily active people', 'count', { kind: 'stock' }),
    metric('tax_rate', 'Tax rate', 'percent', { goodDirection: 'lower' }),
  ]),
  company('intel', 'Intel', MONTH(12), 'USD', [
    revenue('USD'),
    grossMargin,
    eps('USD'),
    metric('opex', 'Operating expenses', 'USD', { goodDirection: 'lower' }),
    capex('USD'),
  ]),
  company('amd', 'AMD', MONTH(12), 'USD', [
    revenue('USD'),
    grossMargin,
    metric('data_center_revenue', 'Data center revenue', 'USD', { segment: 'data_center', concept: 'revenue' }),
  ]),
  company('cisco', 'Cisco', { fiscalYearEndMonth: 7, weekday: 'saturday', rule: 'last', week53Quarter: 1 }, 'USD', [
    revenue('USD'),
    grossMargin,
    operatingMargin,
    eps('USD'),
  ]),
  company(
    'disney',
    'Disney',
    { fiscalYearEndMonth: 9, weekday: 'saturday', rule: 'nearest', week53Quarter: 4 },
    'USD',
    [
      eps('USD'),
      metric('streaming_operating_income', 'Streaming operating income', 'USD', { segment: 'streaming' }),
      metric('subscribers', 'Disney+ subscribers', 'count', { kind: 'stock', segment: 'streaming' }),
      capex('USD'),
      fcf('USD'),
    ],
  ),
  company('mcdonalds', "McDonald's", MONTH(12), 'USD', [
    metric('restaurants', 'Restaurants', 'count', { kind: 'stock' }),
    operatingMargin,
    capex('USD'),
    metric('comparable_sales', 'Comparable sales growth', 'percent'),
  ]),
  company('coca-cola', 'Coca-Cola', MONTH(12), 'USD', [
    metric('organic_revenue', 'Organic revenue', 'USD', { concept: 'revenue' }),
    eps('USD'),
    fcf('USD'),
  ]),
  company('pepsico', 'PepsiCo', MONTH(12), 'USD', [
    metric('organic_revenue', 'Organic revenue', 'USD', { concept: 'revenue' }),
    eps('USD'),
    metric('dividends', 'Dividends paid', 'USD'),
  ]),
  company('pg', 'Procter & Gamble', MONTH(6), 'USD', [
    metric('organic_sales', 'Organic sales', 'USD', { concept: 'revenue' }),
    eps('USD'),
    metric('fcf_productivity', 'Adjusted free cash flow productivity', 'percent'),
  ]),
  company('adobe', 'Adobe', { fiscalYearEndMonth: 11, weekday: 'friday', rule: 'nearest', week53Quarter: 4 }, 'USD', [
    revenue('USD'),
    eps('USD'),
    operatingMargin,
    metric('digital_media_arr', 'Digital Media net new ARR', 'USD'),
  ]),
  company('salesforce', 'Salesforce', MONTH(1), 'USD', [
    revenue('USD'),
    operatingMargin,
    metric('operating_cash_flow', 'Operating cash flow', 'USD'),
  ]),
  company(
    'lululemon',
    'Lululemon',
    { fiscalYearEndMonth: 1, weekday: 'sunday', rule: 'nearest', week53Quarter: 4 },
    'USD',
    [revenue('USD'), metric('stores', 'Stores', 'count', { kind: 'stock' }), grossMargin, eps('USD')],
  ),
  company('deere', 'Deere', MONTH(10), 'USD', [
    metric('net_income', 'Net income', 'USD'),
    metric('equipment_sales', 'Equipment operations sales', 'USD', { concept: 'revenue' }),
    operatingMargin,
  ]),
  company('caterpillar', 'Caterpillar', MONTH(12), 'USD', [
    revenue('USD'),
    metric('adjusted_operating_margin', 'Adjusted operating margin', 'percent'),
    metric('me_fcf', 'ME&T free cash flow', 'USD'),
  ]),
  company('boeing', 'Boeing', MONTH(12), 'USD', [
    metric('deliveries_737', '737 deliveries', 'count', { segment: 'commercial' }),
    fcf('USD'),
    metric('production_rate_787', '787 production rate per month', 'count', { kind: 'stock' }),
  ]),
  company('airbus', 'Airbus', MONTH(12), 'EUR', [
    metric('deliveries', 'Commercial aircraft deliveries', 'count'),
    metric('ebit_adjusted', 'EBIT Adjusted', 'EUR'),
    fcf('EUR'),
  ]),
  company('volkswagen', 'Volkswagen', MONTH(12), 'EUR', [
    revenue('EUR'),
    operatingMargin,
    metric('net_cash_flow', 'Automotive net cash flow', 'EUR'),
    metric('deliveries', 'Vehicle deliveries', 'count'),
  ]),
  company('diageo', 'Diageo', MONTH(6), 'GBP', [
    metric('organic_net_sales', 'Organic net sales', 'GBP', { concept: 'revenue' }),
    metric('organic_operating_profit', 'Organic operating profit', 'GBP'),
    metric('leverage', 'Net debt to EBITDA', 'number', { kind: 'stock', goodDirection: 'lower' }),
    fcf('GBP'),
  ]),
  company('vodafone', 'Vodafone', MONTH(3), 'EUR', [
    metric('adjusted_ebitdaal', 'Adjusted EBITDAaL', 'EUR'),
    metric('adjusted_fcf', 'Adjusted free cash flow', 'EUR'),
    metric('service_revenue', 'Service revenue', 'EUR', { concept: 'revenue' }),
  ]),
  company('reliance', 'Reliance Industries', MONTH(3), 'INR', [
    capex('INR'),
    metric('jio_subscribers', 'Jio subscribers', 'count', { kind: 'stock', segment: 'jio' }),
    metric('retail_stores', 'Retail stores', 'count', { kind: 'stock', segment: 'retail' }),
    revenue('INR'),
  ]),
  company('tcs', 'Tata Consultancy Services', MONTH(3), 'INR', [
    revenue('INR'),
    operatingMargin,
    metric('headcount', 'Employees', 'count', { kind: 'stock', goodDirection: 'neutral' }),
    metric('attrition', 'Attrition rate', 'percent', { kind: 'stock', goodDirection: 'lower' }),
  ]),
  company('nintendo', 'Nintendo', MONTH(3), 'JPY', [
    metric('net_sales', 'Net sales', 'JPY', { concept: 'revenue' }),
    metric('operating_profit', 'Operating profit', 'JPY'),
    metric('hardware_units', 'Hardware units sold', 'count'),
    metric('software_units', 'Software units sold', 'count'),
  ]),
  company('baidu', 'Baidu', MONTH(12), 'CNY', [
    revenue('CNY'),
    metric('ai_cloud_revenue', 'AI Cloud revenue', 'CNY', { segment: 'cloud', concept: 'revenue' }),
    metric('robotaxi_rides', 'Apollo Go rides', 'count'),
  ]),
  company('nio', 'NIO', MONTH(12), 'CNY', [
    metric('deliveries', 'Vehicle deliveries', 'count'),
    revenue('CNY'),
    metric('vehicle_margin', 'Vehicle margin', 'percent'),
  ]),
  company('tesla', 'Tesla', MONTH(12), 'USD', [
    metric('deliveries', 'Vehicle deliveries', 'count'),
    capex('USD'),
    metric('storage_deployments', 'Energy storage deployed (GWh)', 'number'),
  ]),
  company('spotify', 'Spotify', MONTH(12), 'EUR', [
    metric('maus', 'Monthly active users', 'count', { kind: 'stock' }),
    metric('subscribers', 'Premium subscribers', 'count', { kind: 'stock' }),
    revenue('EUR'),
    grossMargin,
    metric('operating_income', 'Operating income', 'EUR'),
  ]),
  company('rbc', 'Royal Bank of Canada', MONTH(10), 'CAD', [
    metric('roe', 'Return on equity', 'percent'),
    metric('cet1', 'CET1 ratio', 'percent', { kind: 'stock' }),
    metric('expenses', 'Non-interest expense', 'CAD', { goodDirection: 'lower' }),
    metric('eps_growth', 'Diluted EPS growth', 'percent'),
  ]),
  // Written after the first held-out set was spent, to check that its fixes hold on companies no set had.
  company('volvo', 'Volvo Group', MONTH(12), 'SEK', [
    metric('deliveries', 'Truck deliveries', 'count'),
    operatingMargin,
    metric('roce', 'Return on capital employed', 'percent'),
  ]),
  company('adidas', 'adidas', MONTH(12), 'EUR', [
    revenue('EUR'),
    metric('operating_profit', 'Operating profit', 'EUR'),
  ]),
  company('riotinto', 'Rio Tinto', MONTH(12), 'USD', [
    metric('copper', 'Copper production (tonnes)', 'number'),
    metric('pilbara_unit_cost', 'Pilbara unit cash cost', 'USD', { goodDirection: 'lower' }),
  ]),
  // ---- Added with the third round of parser work: companies A-F that no other set uses --------------------------
  company('abbott', 'Abbott Laboratories', MONTH(12), 'USD', [
    metric('organic_sales', 'Organic sales', 'USD', { concept: 'revenue' }),
    eps('USD'),
  ]),
  company('abbvie', 'AbbVie', MONTH(12), 'USD', [
    eps('USD'),
    metric('immunology_sales', 'Skyrizi and Rinvoq sales', 'USD', { segment: 'immunology', concept: 'revenue' }),
    metric('tax_rate', 'Adjusted tax rate', 'percent', { goodDirection: 'lower' }),
  ]),
  company('adyen', 'Adyen', MONTH(12), 'EUR', [
    metric('net_revenue', 'Net revenue', 'EUR', { concept: 'revenue' }),
    metric('ebitda_margin', 'EBITDA margin', 'percent'),
    metric('capex_ratio', 'Capex as a share of net revenue', 'percent', { goodDirection: 'neutral' }),
  ]),
  company(
    'ahold-delhaize',
    'Ahold Delhaize',
    { fiscalYearEndMonth: 12, weekday: 'sunday', rule: 'nearest', week53Quarter: 4 },
    'EUR',
    [operatingMargin, eps('EUR'), fcf('EUR')],
  ),
  company('amex', 'American Express', MONTH(12), 'USD', [
    revenue('USD'),
    eps('USD'),
    metric('dividend', 'Quarterly dividend', 'USD'),
  ]),
  company('amgen', 'Amgen', MONTH(12), 'USD', [revenue('USD'), capex('USD')]),
  company('anglo-american', 'Anglo American', MONTH(12), 'USD', [
    metric('copper', 'Copper production', 'kt'),
    metric('diamonds', 'Diamond production', 'carats'),
    metric('cost_savings', 'Cost savings', 'USD'),
  ]),
  company(
    'applied-materials',
    'Applied Materials',
    { fiscalYearEndMonth: 10, weekday: 'sunday', rule: 'last', week53Quarter: 1 },
    'USD',
    [
      revenue('USD'),
      grossMargin,
      metric('semi_systems_revenue', 'Semiconductor Systems revenue', 'USD', { segment: 'semi_systems' }),
    ],
  ),
  company('atlassian', 'Atlassian', MONTH(6), 'USD', [
    revenue('USD'),
    metric('cloud_revenue', 'Cloud revenue', 'USD', { segment: 'cloud', concept: 'revenue' }),
    grossMargin,
    fcf('USD'),
  ]),
  company('autodesk', 'Autodesk', MONTH(1), 'USD', [revenue('USD'), operatingMargin, fcf('USD')]),
  company('bae', 'BAE Systems', MONTH(12), 'GBP', [
    revenue('GBP'),
    metric('underlying_ebit', 'Underlying EBIT', 'GBP'),
    fcf('GBP'),
  ]),
  company('basf', 'BASF', MONTH(12), 'EUR', [metric('ebitda', 'EBITDA before special items', 'EUR'), fcf('EUR')]),
  company('bayer', 'Bayer', MONTH(12), 'EUR', [
    revenue('EUR'),
    metric('core_eps', 'Core EPS', 'EUR'),
    metric('net_debt', 'Net financial debt', 'EUR', { kind: 'stock', goodDirection: 'lower' }),
  ]),
  company(
    'best-buy',
    'Best Buy',
    { fiscalYearEndMonth: 1, weekday: 'saturday', rule: 'nearest', week53Quarter: 4 },
    'USD',
    [revenue('USD'), metric('operating_income_rate', 'Adjusted operating income rate', 'percent'), capex('USD')],
  ),
  company('bp', 'BP', MONTH(12), 'USD', [
    metric('production', 'Upstream production', 'boe/d'),
    capex('USD'),
    metric('cost_reductions', 'Structural cost reductions', 'USD'),
    metric('net_debt', 'Net debt', 'USD', { kind: 'stock', goodDirection: 'lower' }),
  ]),
  company('canon', 'Canon', MONTH(12), 'JPY', [revenue('JPY'), operatingMargin]),
  company('chevron', 'Chevron', MONTH(12), 'USD', [
    metric('production', 'Production', 'boe/d'),
    capex('USD'),
    metric('cost_reductions', 'Structural cost reductions', 'USD'),
  ]),
  company('csl', 'CSL', MONTH(6), 'USD', [
    metric('npata', 'NPATA', 'USD'),
    revenue('USD'),
    metric('seqirus_revenue', 'Seqirus revenue', 'USD', { segment: 'seqirus', concept: 'revenue' }),
  ]),
  company('compass', 'Compass Group', MONTH(9), 'USD', [
    metric('operating_profit', 'Underlying operating profit', 'USD'),
    revenue('USD'),
    operatingMargin,
  ]),
  company('deutsche-telekom', 'Deutsche Telekom', MONTH(12), 'EUR', [
    metric('ebitda_al', 'Adjusted EBITDA AL', 'EUR'),
    fcf('EUR'),
    metric('fiber_households', 'Fiber households added', 'count'),
  ]),
  company('dhl', 'DHL Group', MONTH(12), 'EUR', [metric('ebit', 'EBIT', 'EUR'), capex('EUR')]),
  company(
    'dell',
    'Dell Technologies',
    { fiscalYearEndMonth: 1, weekday: 'friday', rule: 'nearest', week53Quarter: 4 },
    'USD',
    [revenue('USD'), metric('ai_server_shipments', 'AI server shipments', 'USD'), eps('USD')],
  ),
  company('eli-lilly', 'Eli Lilly', MONTH(12), 'USD', [
    revenue('USD'),
    eps('USD'),
    metric('tax_rate', 'Non-GAAP tax rate', 'percent', { goodDirection: 'lower' }),
  ]),
  company('fortescue', 'Fortescue', MONTH(6), 'USD', [
    metric('shipments', 'Iron ore shipments', 'tonnes'),
    metric('c1_cost', 'C1 cost per wet metric tonne', 'USD', { goodDirection: 'lower' }),
    capex('USD'),
  ]),
  company('ferguson', 'Ferguson', MONTH(7), 'USD', [
    revenue('USD'),
    operatingMargin,
    metric('interest_expense', 'Interest expense', 'USD', { goodDirection: 'lower' }),
  ]),
  company('alstom', 'Alstom', MONTH(3), 'EUR', [metric('ebit_margin', 'Adjusted EBIT margin', 'percent'), fcf('EUR')]),
  company('air-france-klm', 'Air France-KLM', MONTH(12), 'EUR', [
    metric('capacity', 'Capacity (ASK)', 'ASK'),
    operatingMargin,
    capex('EUR'),
  ]),
  company(
    'burberry',
    'Burberry',
    { fiscalYearEndMonth: 3, weekday: 'saturday', rule: 'nearest', week53Quarter: 4 },
    'GBP',
    [metric('wholesale_revenue', 'Wholesale revenue', 'GBP', { segment: 'wholesale' }), operatingMargin],
  ),
  company('embraer', 'Embraer', MONTH(12), 'USD', [
    revenue('USD'),
    metric('commercial_deliveries', 'Commercial aviation deliveries', 'count'),
    metric('executive_deliveries', 'Executive aviation deliveries', 'count'),
    metric('ebit_margin', 'Adjusted EBIT margin', 'percent'),
    fcf('USD'),
  ]),
  company('vale', 'Vale', MONTH(12), 'USD', [
    metric('iron_ore_production', 'Iron ore production', 'tonnes'),
    metric('copper_production', 'Copper production', 'tonnes'),
    metric('copper_all_in_cost', 'Copper all-in cost', 'USD', { goodDirection: 'lower' }),
    capex('USD'),
  ]),
  company('woodside', 'Woodside Energy', MONTH(12), 'USD', [
    metric('production', 'Production', 'boe'),
    metric('oil_production', 'Oil production', 'barrels per day'),
    metric('unit_cost', 'Unit production cost', 'USD', { goodDirection: 'lower' }),
    capex('USD'),
  ]),
  company('cummins', 'Cummins', MONTH(12), 'USD', [
    revenue('USD'),
    metric('ebitda_margin', 'EBITDA margin', 'percent'),
  ]),
  company('ashtead', 'Ashtead', MONTH(4), 'USD', [
    metric('rental_revenue', 'Rental revenue', 'USD'),
    capex('USD'),
    metric('leverage', 'Net debt to EBITDA', 'x', { kind: 'stock', goodDirection: 'lower' }),
  ]),
];

const COMPANIES = new Map(DEVELOPMENT_COMPANIES.map((c) => [c.id, c]));

// ---- Sentences -------------------------------------------------------------------------------------------------

export const DEVELOPMENT: LabelledSentence[] = [];

interface Draw {
  target: LabelledTarget;
  unit: string | null;
  commitment: Commitment;
  end: IsoDate | null;
  change?: TargetChange | null;
  metric?: string | null;
}

const d = (
  target: LabelledTarget,
  unit: string | null,
  commitment: Commitment,
  end: IsoDate | null,
  change: TargetChange | null,
  metricKey: string | null,
): Draw => ({ target, unit, commitment, end, change, metric: metricKey });

/** One company on one statement date: its window helpers and a sentence adder. */
function on(companyId: string, statedOn: IsoDate) {
  const co = COMPANIES.get(companyId);
  if (!co) throw new Error(`no company ${companyId}`);
  const cal = co.calendar;
  const thisFy = fiscalYearOf(cal, statedOn);
  let n = DEVELOPMENT.filter((s) => s.company === companyId).length;
  return {
    cur: co.currency,
    /** The fiscal year containing statedOn: "this year", "for the year", "full-year". */
    year: fiscalYear(cal, thisFy).end,
    nextYear: fiscalYear(cal, thisFy + 1).end,
    /** The fiscal year named for the calendar year it ends in: "2027", "fiscal 2027", "2026/27". */
    fy: (y: number): IsoDate => fiscalYear(cal, y).end,
    /** "Q2", "the second quarter": the first fiscal Q2 ending on or after statedOn. */
    q: (quarter: number): IsoDate => quarterEnd(cal, statedOn, quarter),
    /** "our December quarter". */
    mq: (month: number): IsoDate => monthQuarterEnd(cal, statedOn, month),
    /** The fiscal quarter containing statedOn: "this quarter", "the current quarter". */
    thisQ: fiscalQuarter(cal, thisFy, fiscalQuarterOf(cal, statedOn).quarter).end,
    /** "over the next N years". */
    years: (k: number): IsoDate => addMonths(statedOn, 12 * k),
    s(families: Family[], quote: string, ...drafts: Draw[]): void {
      n += 1;
      DEVELOPMENT.push({
        id: `${companyId}-${n}`,
        company: companyId,
        quote,
        statedOn,
        families,
        expected: drafts.map((x): LabelledDraft => ({
          target: x.target,
          unit: x.unit,
          commitment: x.commitment,
          windowEnd: x.end,
          change: x.change ?? null,
          metric: x.metric ?? null,
        })),
      });
    },
  };
}

// ---- Apple (52/53 weeks to the last Saturday of September), after the December-quarter call ----------------------
{
  const { s, mq, q } = on('apple', '2026-01-29');
  s(
    ['growth', 'deadline-modifier'],
    'For the March quarter, we expect total company revenue to grow 10% to 12% year over year.',
    d(range('10', '12'), 'percent', 'expect', mq(3), REL, 'revenue'),
  );
  s(
    ['plain'],
    'We expect gross margin to be between 48% and 49% in the March quarter.',
    d(range('48', '49'), 'percent', 'expect', mq(3), null, 'gross_margin'),
  );
  s(
    ['deadline-modifier'],
    'March quarter operating expenses are expected to be between $18.4 billion and $18.7 billion.',
    d(range(bn('18.4'), bn('18.7')), 'USD', 'expect', mq(3), null, 'opex'),
  );
  s(
    ['plain'],
    'We expect the tax rate to be around 17.5% for the March quarter.',
    d(aboutPct('17.5'), 'percent', 'expect', mq(3), null, 'tax_rate'),
  );
  s(['history'], 'Services revenue grew 14% year over year to an all-time record of $30 billion.');
  s(['not-guidance'], 'We expect services revenue to grow at a rate similar to the December quarter.');
  s(
    ['basis-points', 'deadline-modifier'],
    'We expect gross margin to be 47.5% plus or minus 50 basis points in the June quarter.',
    d(plusMinus('47.5', '0.5'), 'percent', 'expect', mq(6), null, 'gross_margin'),
  );
  s(
    ['growth', 'idiom'],
    'Revenue will grow low to mid single digits in the June quarter.',
    d(band('1', '7'), 'percent', 'will', mq(6), REL, 'revenue'),
  );
  s(['history'], 'We returned over $30 billion to shareholders during the quarter.');
  s(['not-guidance'], "We don't provide guidance beyond the current quarter.");
  s(
    ['deadline-modifier'],
    'Q2 revenue growth should be in the low double digits.',
    d(band('10', '14'), 'percent', 'expect', q(2), REL, 'revenue'),
  );
}
{
  const { s, mq } = on('apple', '2026-10-30');
  s(
    ['growth', 'deadline-modifier'],
    'We expect our December quarter revenue to grow 10% to 12% year over year.',
    d(range('10', '12'), 'percent', 'expect', mq(12), REL, 'revenue'),
  );
  s(
    ['plain'],
    'We expect gross margin to be between 47% and 48% in the December quarter.',
    d(range('47', '48'), 'percent', 'expect', mq(12), null, 'gross_margin'),
  );
}

// ---- Alibaba (March) ------------------------------------------------------------------------------------------------
{
  const { s, fy, year, years, mq } = on('alibaba', '2026-02-20');
  s(
    ['deadline-modifier'],
    'Fiscal 2027 capital expenditure will exceed RMB 120 billion.',
    d(gt(bn('120')), 'CNY', 'will', fy(2027), null, 'capex'),
  );
  s(
    ['growth', 'deadline-modifier'],
    'We expect cloud revenue growth to accelerate to above 40% in the March quarter.',
    d(gt('40'), 'percent', 'expect', mq(3), REL, 'cloud_revenue'),
  );
  s(['history'], 'Adjusted EBITA declined 25% year over year, mainly due to investments in quick commerce.');
  s(
    ['plain'],
    'Over the next three years, we plan to invest more than RMB 380 billion in cloud and AI infrastructure.',
    d(gt(bn('380')), 'CNY', 'target', years(3), null, 'capex'),
  );
  s(
    ['growth', 'deadline-modifier'],
    'Revenue for 2026/27 is expected to grow by a high single-digit percentage.',
    d(band('7', '10'), 'percent', 'expect', fy(2027), REL, 'revenue'),
  );
  s(
    ['deadline-modifier', 'growth'],
    'We expect to exit the year with cloud revenue growth above 35%.',
    d(gt('35'), 'percent', 'expect', year, REL, 'cloud_revenue'),
  );
}

// ---- Amazon --------------------------------------------------------------------------------------------------------
{
  const { s, q, year, fy, mq } = on('amazon', '2026-02-05');
  s(
    ['deadline-modifier'],
    'First-quarter 2026 net sales are expected to be between $173.0 billion and $178.5 billion.',
    d(range(bn('173'), bn('178.5')), 'USD', 'expect', q(1), null, 'revenue'),
  );
  s(
    ['plain'],
    'Operating income is expected to be between $16.5 billion and $21.5 billion in the first quarter.',
    d(range(bn('16.5'), bn('21.5')), 'USD', 'expect', q(1), null, 'operating_income'),
  );
  s(
    ['deadline-modifier'],
    'We expect capital expenditures of roughly $200 billion for the year.',
    d(about(bn('200')), 'USD', 'expect', year, null, 'capex'),
  );
  s(['history'], 'AWS grew 20% in the fourth quarter, its fastest pace in three years.');
  s(
    ['growth', 'deadline-modifier'],
    'We expect AWS revenue growth of more than 20% in Q1.',
    d(gt('20'), 'percent', 'expect', q(1), REL, 'aws_revenue'),
  );
  s(
    ['growth'],
    'In the first quarter, net sales are expected to grow between 11% and 15% year over year.',
    d(range('11', '15'), 'percent', 'expect', q(1), REL, 'revenue'),
  );
  s(
    ['plain'],
    'We expect AWS operating margin to stay above 30% through the end of 2026.',
    d(gt('30'), 'percent', 'expect', fy(2026), null, null),
  );
  // A direction with no figure is > 0 on the change (the first held-out set's convention).
  s(
    ['idiom', 'deadline-modifier'],
    'Our capital spending will be meaningfully higher in 2026.',
    d(gt('0'), null, 'will', fy(2026), REL, 'capex'),
  );
  s(
    ['deadline-modifier', 'growth'],
    'We expect AWS revenue growth to remain above 20% through the December quarter.',
    d(gt('20'), 'percent', 'expect', mq(12), REL, 'aws_revenue'),
  );
}

// ---- Alphabet ------------------------------------------------------------------------------------------------------
{
  const { s, fy, year } = on('alphabet', '2026-02-04');
  s(
    ['deadline-modifier'],
    'We expect 2026 capital expenditures in the range of $175 billion to $185 billion.',
    d(range(bn('175'), bn('185')), 'USD', 'expect', fy(2026), null, 'capex'),
  );
  s(['history'], 'Google Cloud revenue increased 48% to $17.7 billion in the fourth quarter.');
  s(
    ['idiom'],
    'We expect headcount to remain roughly flat through the end of the year.',
    d(flat, null, 'expect', year, REL, 'headcount'),
  );
  s(['not-guidance'], 'Depreciation growth will accelerate meaningfully in 2026.');
  s(
    ['growth', 'deadline-modifier'],
    'We aim to grow Google Cloud revenue by more than 30% in 2026.',
    d(gt('30'), 'percent', 'target', fy(2026), REL, 'cloud_revenue'),
  );
  s(['not-guidance'], 'We expect the pace of depreciation growth to be higher than in 2025.');
  s(['history'], "Google Cloud's backlog more than doubled year over year to $240 billion.");
  s(
    ['count'],
    'We expect headcount of about 190,000 at the end of 2026.',
    d(about('190000'), 'count', 'expect', fy(2026), null, 'headcount'),
  );
}

// ---- Meta ----------------------------------------------------------------------------------------------------------
{
  const { s, q, fy } = on('meta', '2026-01-28');
  s(
    ['deadline-modifier'],
    'We expect first quarter 2026 total revenue to be in the range of $53.5 billion to $56.5 billion.',
    d(range(bn('53.5'), bn('56.5')), 'USD', 'expect', q(1), null, 'revenue'),
  );
  s(
    ['deadline-modifier'],
    'We expect full-year 2026 total expenses to be in the range of $162 billion to $169 billion.',
    d(range(bn('162'), bn('169')), 'USD', 'expect', fy(2026), null, 'total_expenses'),
  );
  s(
    ['deadline-modifier'],
    'We anticipate 2026 capital expenditures, including principal payments on finance leases, to be in the range of $115 billion to $135 billion.',
    d(range(bn('115'), bn('135')), 'USD', 'expect', fy(2026), null, 'capex'),
  );
  s(
    ['deadline-modifier', 'idiom'],
    'Absent any changes to our tax landscape, we expect our full-year 2026 tax rate to be in the mid-teens.',
    d(band('15', '17'), 'percent', 'expect', fy(2026), null, 'tax_rate'),
  );
  s(['history', 'count'], 'More than 3.5 billion people used at least one of our apps each day in December.');
  s(
    ['count'],
    'We expect daily active people to reach at least 4 billion by 2028.',
    d(gte(bn('4')), 'count', 'expect', fy(2028), null, 'daily_active_people'),
  );
  s(
    ['growth', 'deadline-modifier'],
    'Second-quarter revenue is expected to be up 20% to 25% year over year.',
    d(range('20', '25'), 'percent', 'expect', q(2), REL, 'revenue'),
  );
  s(['not-guidance'], 'Our teams are focused on building personal superintelligence for everyone.');
  s(
    ['deadline-modifier'],
    'Full-year 2026 capex will be at least $115 billion.',
    d(gte(bn('115')), 'USD', 'will', fy(2026), null, 'capex'),
  );
}

// ---- Intel ---------------------------------------------------------------------------------------------------------
{
  const { s, q, fy } = on('intel', '2026-01-22');
  s(
    ['plain'],
    'For the first quarter, we are guiding revenue of $11.7 billion to $12.7 billion.',
    d(range(bn('11.7'), bn('12.7')), 'USD', 'expect', q(1), null, 'revenue'),
  );
  s(
    ['deadline-modifier'],
    'We forecast a first-quarter gross margin of approximately 34.5%.',
    d(aboutPct('34.5'), 'percent', 'expect', q(1), null, 'gross_margin'),
  );
  s(
    ['deadline-modifier'],
    'We expect first-quarter non-GAAP EPS of about $0.05.',
    d(about('0.05'), 'USD', 'expect', q(1), null, 'eps'),
  );
  s(
    ['deadline-modifier'],
    'We remain committed to keeping 2026 operating expenses at or below $16 billion.',
    d(lte(bn('16')), 'USD', 'will', fy(2026), null, 'opex'),
  );
  s(['history'], 'Gross capital spending was roughly $18 billion last year.');
  s(
    ['growth', 'basis-points'],
    'We expect gross margin to improve by about 1 point sequentially in the second quarter.',
    d(aboutPct('1'), 'percent', 'expect', q(2), { kind: 'absolute', against: 'prior-period' }, 'gross_margin'),
  );
  s(['history'], 'Revenue was down 4% sequentially in the fourth quarter.');
  s(
    ['decline-sign', 'basis-points'],
    'We expect gross margin to be down about 1 point in the first quarter.',
    d(aboutPct('-1'), 'percent', 'expect', q(1), ABS, 'gross_margin'),
  );
  s(
    ['deadline-modifier', 'growth', 'idiom'],
    'Q2 revenue growth should be in the low single digits sequentially.',
    d(band('1', '4'), 'percent', 'expect', q(2), SEQ, 'revenue'),
  );
}

// ---- AMD -----------------------------------------------------------------------------------------------------------
{
  const { s, q, fy, nextYear } = on('amd', '2026-02-03');
  s(
    ['plain'],
    'For the first quarter of 2026, we expect revenue to be approximately $9.8 billion, plus or minus $300 million.',
    d(plusMinus(bn('9.8'), mn('300')), 'USD', 'expect', q(1), null, 'revenue'),
  );
  s(
    ['plain'],
    'Non-GAAP gross margin is expected to be approximately 54.5% in the first quarter.',
    d(aboutPct('54.5'), 'percent', 'expect', q(1), null, 'gross_margin'),
  );
  s(
    ['decline-sign', 'growth'],
    'We expect first-quarter revenue to decline approximately 5% sequentially.',
    d(aboutPct('-5'), 'percent', 'expect', q(1), SEQ, 'revenue'),
  );
  s(['history'], 'Data center revenue grew 39% year over year to a record $5.4 billion.');
  s(
    ['growth', 'deadline-modifier'],
    'We expect data center revenue to grow more than 60% in 2026.',
    d(gt('60'), 'percent', 'expect', fy(2026), REL, 'data_center_revenue'),
  );
  s(['not-guidance'], 'If demand holds, we could see gross margin approach 57%.');
  s(
    ['growth', 'idiom'],
    'We expect to return to double-digit revenue growth next year.',
    d(band('10', '100'), 'percent', 'expect', nextYear, REL, 'revenue'),
  );
  s(['history'], 'Client segment revenue was a record $3.1 billion.');
}

// ---- Cisco (52/53 weeks to the last Saturday of July) ----------------------------------------------------------------
{
  const { s, q, fy, mq } = on('cisco', '2026-02-11');
  s(
    ['plain'],
    'For the third quarter, we expect revenue in the range of $15.4 billion to $15.6 billion.',
    d(range(bn('15.4'), bn('15.6')), 'USD', 'expect', q(3), null, 'revenue'),
  );
  s(
    ['plain'],
    'We expect a non-GAAP operating margin of 34% to 35% in Q3.',
    d(range('34', '35'), 'percent', 'expect', q(3), null, 'operating_margin'),
  );
  s(
    ['deadline-modifier'],
    'For fiscal 2026, we now expect revenue of $60.8 billion to $61.2 billion.',
    d(range(bn('60.8'), bn('61.2')), 'USD', 'expect', fy(2026), null, 'revenue'),
  );
  s(
    ['deadline-modifier'],
    'Full-year non-GAAP EPS is expected to be $4.08 to $4.14.',
    d(range('4.08', '4.14'), 'USD', 'expect', fy(2026), null, 'eps'),
  );
  s(['history'], 'Product orders rose more than 10% for the fifth consecutive quarter.');
  s(
    ['deadline-modifier'],
    'We expect gross margin to be in the range of 67.5% to 68.5% for the April quarter.',
    d(range('67.5', '68.5'), 'percent', 'expect', mq(4), null, 'gross_margin'),
  );
  s(
    ['deadline-modifier'],
    'We expect non-GAAP EPS of $1.02 to $1.04 for the April quarter.',
    d(range('1.02', '1.04'), 'USD', 'expect', mq(4), null, 'eps'),
  );
  s(['not-guidance'], 'Cisco does not comment on rumors or speculation.');
  s(
    ['deadline-modifier'],
    'Revenue for the July quarter will be between $15.8 billion and $16.0 billion.',
    d(range(bn('15.8'), bn('16')), 'USD', 'will', mq(7), null, 'revenue'),
  );
}

// ---- Disney (52/53 weeks to the Saturday nearest September 30) -------------------------------------------------------
{
  const { s, q, fy, year } = on('disney', '2026-02-02');
  s(
    ['growth', 'idiom', 'deadline-modifier'],
    'We are targeting double-digit adjusted EPS growth in fiscal 2026.',
    d(band('10', '100'), 'percent', 'target', fy(2026), REL, 'eps'),
  );
  s(
    ['deadline-modifier'],
    'For the full year, we expect free cash flow of roughly $8 billion.',
    d(about(bn('8')), 'USD', 'expect', year, null, 'free_cash_flow'),
  );
  s(
    ['plain'],
    'We plan to invest approximately $9 billion in capital expenditures this year.',
    d(about(bn('9')), 'USD', 'target', year, null, 'capex'),
  );
  s(
    ['plain'],
    'Streaming operating income should reach about $1.3 billion in the second quarter.',
    d(about(bn('1.3')), 'USD', 'expect', q(2), null, 'streaming_operating_income'),
  );
  s(['history', 'count'], 'Disney+ subscribers totaled 132 million at the end of the quarter.');
  s(
    ['idiom', 'count'],
    'We expect Disney+ subscribers to be slightly lower sequentially in the second quarter.',
    d(lt('0'), null, 'expect', q(2), SEQ, 'subscribers'),
  );
  s(
    ['growth', 'idiom'],
    'We continue to expect high-single-digit adjusted EPS growth in fiscal 2027.',
    d(band('7', '10'), 'percent', 'expect', fy(2027), REL, 'eps'),
  );
  s(['history'], 'Experiences segment operating income rose 6% in the quarter.');
}

// ---- McDonald's ----------------------------------------------------------------------------------------------------
{
  const { s, fy, year } = on('mcdonalds', '2026-02-10');
  s(
    ['count', 'deadline-modifier'],
    'We expect to open about 2,600 restaurants globally in 2026.',
    d(about('2600'), 'count', 'expect', fy(2026), null, null),
  );
  s(
    ['count'],
    'We remain on track to reach 50,000 restaurants worldwide by the end of 2027.',
    d(gte('50000'), 'count', 'expect', fy(2027), null, 'restaurants'),
  );
  s(
    ['idiom', 'deadline-modifier'],
    'We expect full-year operating margin in the mid-40s.',
    d(band('44', '47'), 'percent', 'expect', year, null, 'operating_margin'),
  );
  s(
    ['deadline-modifier'],
    'Capital expenditures are expected to be between $3.7 billion and $3.9 billion for the year.',
    d(range(bn('3.7'), bn('3.9')), 'USD', 'expect', year, null, 'capex'),
  );
  s(['history'], 'Global comparable sales increased 2.5% in the fourth quarter.');
  s(
    ['basis-points'],
    'We expect our operating margin to expand by 20 to 40 basis points in 2026.',
    d(range('0.2', '0.4'), 'percent', 'expect', fy(2026), ABS, 'operating_margin'),
  );
  s(['not-guidance'], 'Our restaurants served record numbers of guests during the holidays.');
}

// ---- Coca-Cola -----------------------------------------------------------------------------------------------------
{
  const { s, fy, year } = on('coca-cola', '2026-02-11');
  s(
    ['growth', 'deadline-modifier'],
    'For 2026, we expect to deliver organic revenue growth of 5% to 6%.',
    d(range('5', '6'), 'percent', 'expect', fy(2026), REL, 'organic_revenue'),
  );
  s(
    ['growth'],
    'We expect comparable EPS growth of 7% to 8% in 2026.',
    d(range('7', '8'), 'percent', 'expect', fy(2026), REL, 'eps'),
  );
  s(
    ['plain'],
    'We expect free cash flow of approximately $11.5 billion in 2026.',
    d(about(bn('11.5')), 'USD', 'expect', fy(2026), null, 'free_cash_flow'),
  );
  s(['history'], 'Unit case volume grew 1% in the quarter.');
  s(['history'], 'Last year we exceeded our target of 8% comparable EPS growth.');
  s(
    ['growth', 'idiom'],
    'Comparable EPS is expected to grow high single digits in 2026.',
    d(band('7', '10'), 'percent', 'expect', fy(2026), REL, 'eps'),
  );
  s(['history'], 'We have raised our dividend for 64 consecutive years.');
  s(
    ['basis-points'],
    'Comparable operating margin is expected to expand 50 to 75 basis points this year.',
    d(range('0.5', '0.75'), 'percent', 'expect', year, ABS, null),
  );
}

// ---- PepsiCo -------------------------------------------------------------------------------------------------------
{
  const { s, fy, year } = on('pepsico', '2026-02-04');
  s(
    ['growth', 'idiom', 'deadline-modifier'],
    'We expect a low-single-digit increase in organic revenue for 2026.',
    d(band('1', '4'), 'percent', 'expect', fy(2026), REL, 'organic_revenue'),
  );
  s(
    ['growth'],
    'Core EPS is expected to rise 4% to 6% this year.',
    d(range('4', '6'), 'percent', 'expect', year, REL, 'eps'),
  );
  s(
    ['compound'],
    'We plan to return approximately $8.6 billion to shareholders in 2026, including dividends of approximately $7.6 billion.',
    d(about(bn('8.6')), 'USD', 'target', fy(2026), null, null),
    d(about(bn('7.6')), 'USD', 'target', fy(2026), null, 'dividends'),
  );
  s(['history'], 'North America beverage volumes fell 3% in the quarter.');
  s(
    ['growth', 'idiom'],
    'Core EPS growth is expected to be mid-single digits for the year.',
    d(band('4', '7'), 'percent', 'expect', year, REL, 'eps'),
  );
  s(['not-guidance'], 'We believe our portfolio is well positioned for the year ahead.');
}

// ---- Procter & Gamble (June) ---------------------------------------------------------------------------------------
{
  const { s, fy, year } = on('pg', '2026-01-22');
  s(
    ['growth', 'deadline-modifier'],
    'We now expect organic sales growth of 1% to 5% for fiscal 2026.',
    d(range('1', '5'), 'percent', 'expect', fy(2026), REL, 'organic_sales'),
  );
  s(
    ['growth', 'deadline-modifier'],
    'We expect core EPS growth of 0% to 4% for the fiscal year.',
    d(range('0', '4'), 'percent', 'expect', year, REL, 'eps'),
  );
  s(
    ['plain'],
    'We are targeting adjusted free cash flow productivity of 85% to 90% this year.',
    d(range('85', '90'), 'percent', 'target', year, null, 'fcf_productivity'),
  );
  s(
    ['compound'],
    'We expect to pay more than $10 billion in dividends and to repurchase $5 billion to $7 billion of shares in fiscal 2026.',
    d(gt(bn('10')), 'USD', 'expect', fy(2026), null, null),
    d(range(bn('5'), bn('7')), 'USD', 'expect', fy(2026), null, null),
  );
  s(['history'], 'Organic sales were up 2% in the quarter, with pricing contributing 1 point.');
  s(
    ['idiom', 'growth'],
    'All-in EPS is expected to be flat to up 3% this fiscal year.',
    d(range('0', '3'), 'percent', 'expect', year, REL, 'eps'),
  );
  s(['not-guidance'], 'We do not expect commodity costs to ease before the end of the fiscal year.');
}

// ---- Adobe (52/53 weeks to the Friday nearest November 30) ------------------------------------------------------------
{
  const { s, fy, year, q } = on('adobe', '2025-12-10');
  s(
    ['plain'],
    'For fiscal 2026, we are targeting total revenue of $25.9 billion to $26.1 billion.',
    d(range(bn('25.9'), bn('26.1')), 'USD', 'target', fy(2026), null, 'revenue'),
  );
  s(
    ['deadline-modifier'],
    'We are targeting non-GAAP EPS of $23.30 to $23.50 for the year.',
    d(range('23.3', '23.5'), 'USD', 'target', year, null, 'eps'),
  );
  s(
    ['plain'],
    'Non-GAAP operating margin is expected to be approximately 45% in fiscal 2026.',
    d(aboutPct('45'), 'percent', 'expect', fy(2026), null, 'operating_margin'),
  );
  s(
    ['plain'],
    'For Q1, we are targeting revenue of $6.25 billion to $6.30 billion.',
    d(range(bn('6.25'), bn('6.3')), 'USD', 'target', q(1), null, 'revenue'),
  );
  s(['history'], 'Digital Media net new ARR came in at $600 million, ahead of our target.');
  s(
    ['growth'],
    'We expect total Adobe ARR growth of 10.2% for fiscal 2026.',
    d(stated('10.2', '0.05'), 'percent', 'expect', fy(2026), REL, null),
  );
  s(
    ['plain'],
    'In the first quarter, non-GAAP operating margin should be approximately 47%.',
    d(aboutPct('47'), 'percent', 'expect', q(1), null, 'operating_margin'),
  );
}

// ---- Salesforce (January) ------------------------------------------------------------------------------------------
{
  const { s, fy, year, q } = on('salesforce', '2026-02-25');
  s(
    ['compound', 'growth'],
    'For fiscal 2027, we expect revenue of $45.8 billion to $46.2 billion, up 8% to 9% year over year.',
    d(range(bn('45.8'), bn('46.2')), 'USD', 'expect', fy(2027), null, 'revenue'),
    d(range('8', '9'), 'percent', 'expect', fy(2027), REL, 'revenue'),
  );
  s(
    ['deadline-modifier'],
    'We expect a non-GAAP operating margin of 34.1% for the full year.',
    d(stated('34.1', '0.05'), 'percent', 'expect', year, null, 'operating_margin'),
  );
  s(
    ['growth'],
    'Operating cash flow growth is expected to be 10% to 11% this year.',
    d(range('10', '11'), 'percent', 'expect', year, REL, 'operating_cash_flow'),
  );
  s(
    ['deadline-modifier'],
    'Q1 revenue should be $11.0 billion to $11.1 billion.',
    d(range(bn('11'), bn('11.1')), 'USD', 'expect', q(1), null, 'revenue'),
  );
  s(['not-guidance'], 'We believe the agentic enterprise will be the largest opportunity in our history.');
  s(['history'], 'Revenue grew 9% year over year to $10.3 billion in the fourth quarter.');
  s(
    ['growth'],
    'We expect operating cash flow to grow about 11% in fiscal 2027.',
    d(aboutPct('11'), 'percent', 'expect', fy(2027), REL, 'operating_cash_flow'),
  );
  s(
    ['deadline-modifier'],
    'We expect to exit fiscal 2027 with a non-GAAP operating margin above 35%.',
    d(gt('35'), 'percent', 'expect', fy(2027), null, 'operating_margin'),
  );
}

// ---- Lululemon (52/53 weeks to the Sunday nearest January 31) ---------------------------------------------------------
{
  const { s, year, q } = on('lululemon', '2026-03-26');
  s(
    ['deadline-modifier'],
    'For the full year, we expect revenue of $11.3 billion to $11.4 billion.',
    d(range(bn('11.3'), bn('11.4')), 'USD', 'expect', year, null, 'revenue'),
  );
  s(
    ['count'],
    'We plan to open approximately 40 new company-operated stores this year.',
    d(about('40'), 'count', 'target', year, null, null),
  );
  s(
    ['basis-points', 'decline-sign'],
    'We expect gross margin to decrease 30 to 50 basis points for the year.',
    d(range('-0.5', '-0.3'), 'percent', 'expect', year, ABS, 'gross_margin'),
  );
  s(
    ['deadline-modifier'],
    'First-quarter revenue is expected to be in the range of $2.43 billion to $2.45 billion.',
    d(range(bn('2.43'), bn('2.45')), 'USD', 'expect', q(1), null, 'revenue'),
  );
  s(['history', 'count'], 'We ended the year with 767 stores.');
  s(
    ['plain'],
    'In the first quarter, we expect diluted EPS to be between $2.50 and $2.55.',
    d(range('2.5', '2.55'), 'USD', 'expect', q(1), null, 'eps'),
  );
  s(
    ['growth', 'idiom'],
    'International revenue is expected to grow in the mid-20s this year.',
    d(band('24', '27'), 'percent', 'expect', year, REL, null),
  );
  s(['not-guidance'], 'Our teams did a great job navigating a challenging holiday season.');
  s(
    ['deadline-modifier'],
    'Fourth-quarter EPS is expected to be in the range of $4.75 to $4.85.',
    d(range('4.75', '4.85'), 'USD', 'expect', q(4), null, 'eps'),
  );
}

// ---- Deere (October) -----------------------------------------------------------------------------------------------
{
  const { s, fy, year, q } = on('deere', '2026-02-19');
  s(
    ['deadline-modifier'],
    'We now forecast fiscal 2026 net income of $4.0 billion to $4.75 billion.',
    d(range(bn('4'), bn('4.75')), 'USD', 'expect', fy(2026), null, 'net_income'),
  );
  s(
    ['decline-sign', 'growth'],
    'Large agriculture equipment sales in the US and Canada are expected to be down 15% to 20% this year.',
    d(range('-20', '-15'), 'percent', 'expect', year, REL, null),
  );
  s(
    ['idiom', 'decline-sign'],
    'Construction equipment sales should be flat to down 5% for the year.',
    d(range('-5', '0'), 'percent', 'expect', year, REL, null),
  );
  s(['history'], 'Net sales for equipment operations fell 16% in the first quarter.');
  s(
    ['decline-sign'],
    'We expect equipment operations sales to decline about 5% in fiscal 2026.',
    d(aboutPct('-5'), 'percent', 'expect', fy(2026), REL, 'equipment_sales'),
  );
  s(
    ['decline-sign', 'basis-points'],
    'We expect operating margin to be down about 2 points in fiscal 2026.',
    d(aboutPct('-2'), 'percent', 'expect', fy(2026), ABS, 'operating_margin'),
  );
  s(['not-guidance'], 'Demand for large tractors remains weak across North America.');
  s(
    ['deadline-modifier'],
    'The fourth-quarter 2026 operating margin is expected to exceed 15%.',
    d(gt('15'), 'percent', 'expect', q(4), null, 'operating_margin'),
  );
}

// ---- Caterpillar ---------------------------------------------------------------------------------------------------
{
  const { s, fy, year, q } = on('caterpillar', '2026-01-29');
  s(
    ['idiom', 'deadline-modifier'],
    'We expect full-year 2026 sales to be slightly higher than in 2025.',
    d(gt('0'), null, 'expect', fy(2026), REL, 'revenue'),
  );
  s(
    ['plain'],
    'We expect the adjusted operating margin to be between 21% and 23% in 2026.',
    d(range('21', '23'), 'percent', 'expect', fy(2026), null, 'adjusted_operating_margin'),
  );
  s(
    ['deadline-modifier'],
    'ME&T free cash flow should be in the range of $5 billion to $7 billion for the year.',
    d(range(bn('5'), bn('7')), 'USD', 'expect', year, null, 'me_fcf'),
  );
  s(['history'], 'Sales rose 4% in the fourth quarter to $16.4 billion, a record.');
  // Relabelled in the eighth round from a floor (gte 25): the first, third, fourth, sixth and seventh held-out sets
  // all label "we target/are targeting a margin of N%" about N within 0.5, and the seventh's header says so.
  s(
    ['plain'],
    'Over the long term, we target an adjusted operating margin of 25%.',
    d(stated('25', '0.5'), 'percent', 'target', null, null, 'adjusted_operating_margin'),
  );
  s(['history'], 'We exceeded our 2025 free cash flow target, generating $10 billion.');
  s(['not-guidance'], "Analysts expect Caterpillar's margin to reach 25% next year.");
  s(
    ['deadline-modifier', 'growth'],
    'Fourth-quarter 2026 sales should rise 5% to 7%.',
    d(range('5', '7'), 'percent', 'expect', q(4), REL, 'revenue'),
  );
}

// ---- Boeing --------------------------------------------------------------------------------------------------------
{
  const { s, fy, year } = on('boeing', '2026-01-27');
  s(
    ['count'],
    'We expect 737 deliveries of 500 to 525 airplanes in 2026.',
    d(range('500', '525'), 'count', 'expect', fy(2026), null, 'deliveries_737'),
  );
  s(
    ['plain'],
    'We expect free cash flow to be positive for the full year.',
    d(gt('0'), null, 'expect', year, null, 'free_cash_flow'),
  );
  s(
    ['count'],
    'We plan to increase the 787 production rate to 10 per month in 2026.',
    d(gte('10'), 'count', 'target', fy(2026), null, 'production_rate_787'),
  );
  s(['history', 'count'], 'Commercial Airplanes delivered 160 airplanes in the quarter.');
  s(
    ['plain'],
    'Free cash flow is expected to be between $2 billion and $3 billion in 2026.',
    d(range(bn('2'), bn('3')), 'USD', 'expect', fy(2026), null, 'free_cash_flow'),
  );
  s(['history'], 'Boeing Global Services revenue grew 10% to $5.2 billion.');
  s(['not-guidance'], 'Safety and quality remain our top priorities.');
}

// ---- Airbus (EUR) --------------------------------------------------------------------------------------------------
{
  const { s, fy } = on('airbus', '2026-02-19');
  s(
    ['count'],
    'Airbus targets around 870 commercial aircraft deliveries in 2026.',
    d(about('870'), 'count', 'target', fy(2026), null, 'deliveries'),
  );
  s(
    ['growth'],
    'EBIT Adjusted is expected to grow by approximately 10% in 2026.',
    d(aboutPct('10'), 'percent', 'expect', fy(2026), REL, 'ebit_adjusted'),
  );
  s(
    ['plain'],
    'Free cash flow before customer financing of around €4.5 billion is expected for 2026.',
    d(about(bn('4.5')), 'EUR', 'expect', fy(2026), null, 'free_cash_flow'),
  );
  s(['history', 'count'], 'In 2025, Airbus delivered 793 commercial aircraft.');
  s(
    ['count'],
    'We aim to reach an A320 family rate of 75 aircraft per month in 2027.',
    d(gte('75'), 'count', 'target', fy(2027), null, null),
  );
  s(
    ['compound'],
    'Airbus expects EBIT Adjusted of approximately €7.0 billion and free cash flow before customer financing of approximately €4.5 billion in 2026.',
    d(about(bn('7')), 'EUR', 'expect', fy(2026), null, 'ebit_adjusted'),
    d(about(bn('4.5')), 'EUR', 'expect', fy(2026), null, 'free_cash_flow'),
  );
  s(['not-guidance'], 'The guidance assumes no additional disruptions to world trade.');
}

// ---- Volkswagen (EUR) ----------------------------------------------------------------------------------------------
{
  const { s, fy } = on('volkswagen', '2026-03-10');
  s(
    ['growth'],
    'For 2026, the Volkswagen Group expects sales revenue to be up to 3% higher than the previous year.',
    d(lte('3'), 'percent', 'expect', fy(2026), REL, 'revenue'),
  );
  s(
    ['plain'],
    'The operating return on sales is expected to be between 4% and 6% in 2026.',
    d(range('4', '6'), 'percent', 'expect', fy(2026), null, 'operating_margin'),
  );
  s(
    ['plain'],
    'Automotive net cash flow should be between €1 billion and €3 billion.',
    d(range(bn('1'), bn('3')), 'EUR', 'expect', null, null, 'net_cash_flow'),
  );
  s(['history', 'count'], 'Group deliveries fell slightly to 9.0 million vehicles last year.');
  s(['decline-sign'], 'We want to cut costs by 20% by the end of the decade.');
  s(
    ['idiom', 'decline-sign'],
    'Deliveries in China are expected to be slightly lower in 2026.',
    d(lt('0'), null, 'expect', fy(2026), REL, null),
  );
  s(
    ['compound'],
    'VW expects sales revenue between approximately €320 billion and €330 billion and an operating result between approximately €18 billion and €21 billion in 2026.',
    d(range(bn('320'), bn('330')), 'EUR', 'expect', fy(2026), null, 'revenue'),
    d(range(bn('18'), bn('21')), 'EUR', 'expect', fy(2026), null, null),
  );
  s(
    ['basis-points'],
    'The operating return on sales should improve by about half a percentage point in 2026.',
    d(aboutPct('0.5'), 'percent', 'expect', fy(2026), ABS, 'operating_margin'),
  );
}

// ---- Diageo (GBP, June) --------------------------------------------------------------------------------------------
{
  const { s, fy, year } = on('diageo', '2026-02-03');
  s(
    ['growth'],
    'We expect organic net sales growth of 1% to 2% for fiscal 2026.',
    d(range('1', '2'), 'percent', 'expect', fy(2026), REL, 'organic_net_sales'),
  );
  s(
    ['growth', 'idiom', 'deadline-modifier'],
    'Organic operating profit is expected to grow mid-single digits in 2025/26.',
    d(band('4', '7'), 'percent', 'expect', fy(2026), REL, 'organic_operating_profit'),
  );
  s(
    ['idiom'],
    'We are committed to bringing leverage back within our 2.5x to 3.0x target range by fiscal 2028.',
    d(range('2.5', '3'), 'number', 'will', fy(2028), null, 'leverage'),
  );
  s(
    ['plain'],
    'We expect free cash flow of around £2 billion this year.',
    d(about(bn('2')), 'GBP', 'expect', year, null, 'free_cash_flow'),
  );
  s(['history'], 'Organic net sales declined 0.6% in the first half.');
  s(
    ['idiom'],
    'Net debt to EBITDA will be about 3.0x by the end of fiscal 2027.',
    d(about('3'), 'number', 'will', fy(2027), null, 'leverage'),
  );
  s(['history'], 'We delivered $625 million of cost savings in the first half.');
  s(
    ['deadline-modifier', 'idiom'],
    'For the year ending June, organic net sales are expected to be broadly flat.',
    d(flat, null, 'expect', fy(2026), REL, 'organic_net_sales'),
  );
  s(['not-guidance'], 'Our previous target of 6% to 8% organic sales growth is no longer appropriate.');
}

// ---- Vodafone (EUR, March) -----------------------------------------------------------------------------------------
{
  const { s, fy, year, mq } = on('vodafone', '2025-11-11');
  s(
    ['deadline-modifier'],
    'We now expect adjusted EBITDAaL of €11.3 billion to €11.6 billion for the year.',
    d(range(bn('11.3'), bn('11.6')), 'EUR', 'expect', year, null, 'adjusted_ebitdaal'),
  );
  s(
    ['deadline-modifier'],
    'Adjusted free cash flow is expected to be €2.4 billion to €2.6 billion in FY26.',
    d(range(bn('2.4'), bn('2.6')), 'EUR', 'expect', fy(2026), null, 'adjusted_fcf'),
  );
  s(['history'], 'Service revenue in Germany returned to growth in the second quarter.');
  s(
    ['growth', 'idiom', 'deadline-modifier'],
    'We expect group service revenue to grow by low single digits in the March quarter.',
    d(band('1', '4'), 'percent', 'expect', mq(3), REL, 'service_revenue'),
  );
  s(['not-guidance'], 'Should market conditions allow, we may raise our dividend.');
  s(
    ['deadline-modifier', 'growth'],
    'We target 2026/27 adjusted EBITDAaL growth of 2% to 3%.',
    d(range('2', '3'), 'percent', 'target', fy(2027), REL, 'adjusted_ebitdaal'),
  );
  s(
    ['deadline-modifier'],
    'Adjusted free cash flow for 2025/26 is expected to be around €2.5 billion.',
    d(about(bn('2.5')), 'EUR', 'expect', fy(2026), null, 'adjusted_fcf'),
  );
  s(
    ['basis-points'],
    'The EBITDAaL margin will expand by at least 50 basis points in FY26.',
    d(gte('0.5'), 'percent', 'will', fy(2026), ABS, null),
  );
  s(['not-guidance'], 'That target assumes stable regulation in Germany.');
}

// ---- Reliance Industries (INR, March) ------------------------------------------------------------------------------
{
  const { s, fy, year, mq } = on('reliance', '2026-01-16');
  s(
    ['count', 'deadline-modifier'],
    'We plan to add more than 1,000 retail stores in the March quarter.',
    d(gt('1000'), 'count', 'target', mq(3), null, null),
  );
  s(
    ['count'],
    "Jio's subscriber base will cross 550 million by March 2027.",
    d(gt(mn('550')), 'count', 'will', '2027-03-31', null, 'jio_subscribers'),
  );
  s(
    ['deadline-modifier'],
    'Capital expenditure for FY27 is expected to be around ₹1.5 trillion.',
    d(about(tr('1.5')), 'INR', 'expect', fy(2027), null, 'capex'),
  );
  s(['history'], 'Consolidated revenue grew 10% to ₹2.65 trillion in the quarter.');
  s(['idiom'], 'We aim to double the size of our retail business within five years.');
  s(
    ['count'],
    'We expect Jio to add about 40 million subscribers this year.',
    d(about(mn('40')), 'count', 'expect', year, null, null),
  );
  s(['not-guidance'], 'Our new energy giga factories will start operations in phases.');
  s(
    ['decline-sign', 'deadline-modifier'],
    'We expect capex to decline about 10% in 2026/27.',
    d(aboutPct('-10'), 'percent', 'expect', fy(2027), REL, 'capex'),
  );
}

// ---- Tata Consultancy Services (INR, March) ------------------------------------------------------------------------
{
  const { s, fy, year, mq } = on('tcs', '2026-04-09');
  s(
    ['plain'],
    'We aspire to an operating margin of 26% to 28% in FY27.',
    d(range('26', '28'), 'percent', 'aspire', fy(2027), null, 'operating_margin'),
  );
  s(
    ['decline-sign'],
    'We expect attrition to fall below 12% by the end of fiscal 2027.',
    d(lt('12'), 'percent', 'expect', fy(2027), null, 'attrition'),
  );
  s(['history', 'count'], 'Headcount declined by 2,000 during the quarter.');
  s(['history'], 'Revenue in constant currency grew 4.2% for the full year.');
  s(['not-guidance'], 'We expect revenue growth in FY27 to be better than in FY26.');
  s(
    ['count'],
    'We plan to hire about 40,000 freshers this year.',
    d(about('40000'), 'count', 'target', year, null, null),
  );
  s(
    ['growth', 'idiom'],
    'We target a return to double-digit growth in international markets by FY28.',
    d(band('10', '100'), 'percent', 'target', fy(2028), REL, null),
  );
  s(
    ['deadline-modifier'],
    'Operating margin in our June quarter should be between 24.5% and 25.5%.',
    d(range('24.5', '25.5'), 'percent', 'expect', mq(6), null, 'operating_margin'),
  );
}

// ---- Nintendo (JPY, March) -----------------------------------------------------------------------------------------
{
  const { s, fy, year } = on('nintendo', '2026-02-03');
  s(
    ['count', 'deadline-modifier'],
    'We now forecast hardware sales of 19 million units for the fiscal year ending March 2026.',
    d(stated(mn('19'), mn('0.5')), 'count', 'expect', fy(2026), null, 'hardware_units'),
  );
  s(
    ['plain'],
    'Net sales are forecast at ¥2.25 trillion for this fiscal year.',
    d(stated(tr('2.25'), bn('5')), 'JPY', 'expect', year, null, 'net_sales'),
  );
  s(
    ['deadline-modifier'],
    'We expect operating profit of about ¥370 billion for the year ending March 2026.',
    d(about(bn('370')), 'JPY', 'expect', fy(2026), null, 'operating_profit'),
  );
  s(['history', 'count'], 'Software sales reached 48 million units during the nine months.');
  s(
    ['count'],
    'Our ambition is to sell more than 30 million units of the new console by the end of fiscal 2027.',
    d(gt(mn('30')), 'count', 'aspire', fy(2027), null, 'hardware_units'),
  );
  s(['history'], 'Operating profit rose 21% to ¥285 billion in the nine months.');
  s(
    ['count', 'deadline-modifier'],
    'We expect software sales of 50 million units for the full year.',
    d(stated(mn('50'), mn('0.5')), 'count', 'expect', year, null, 'software_units'),
  );
  s(['not-guidance'], 'If the yen weakens further, operating profit could exceed ¥400 billion.');
  s(
    ['deadline-modifier', 'count'],
    'For the fiscal year ending March 2027, we target hardware sales of more than 20 million units.',
    d(gt(mn('20')), 'count', 'target', fy(2027), null, 'hardware_units'),
  );
}

// ---- Baidu (CNY) ---------------------------------------------------------------------------------------------------
{
  const { s, q, year, mq } = on('baidu', '2026-02-26');
  s(
    ['growth'],
    'We expect AI Cloud revenue to grow more than 20% year over year in the first quarter.',
    d(gt('20'), 'percent', 'expect', q(1), REL, 'ai_cloud_revenue'),
  );
  s(
    ['count'],
    'Apollo Go will expand to more than 20 cities this year.',
    d(gt('20'), 'count', 'will', year, null, null),
  );
  s(
    ['plain'],
    'Total revenues for the first quarter are expected to be RMB 31 billion to RMB 32.5 billion.',
    d(range(bn('31'), bn('32.5')), 'CNY', 'expect', q(1), null, 'revenue'),
  );
  s(['history', 'count'], 'Apollo Go provided 3.4 million fully driverless rides in the fourth quarter.');
  s(
    ['decline-sign', 'idiom'],
    'Baidu Core online marketing revenue is expected to decline mid-teens in Q1.',
    d(downBand('15', '17'), 'percent', 'expect', q(1), REL, null),
  );
  s(['history'], 'Revenue from AI-powered business grew 48% year over year.');
  s(
    ['idiom', 'growth'],
    'We expect total revenues to be flat to up 4% year over year in the first quarter.',
    d(range('0', '4'), 'percent', 'expect', q(1), REL, 'revenue'),
  );
  s(['not-guidance'], 'The author estimates that AI Cloud could be worth $50 billion by 2030.');
  s(
    ['deadline-modifier'],
    'AI Cloud revenue in the December quarter will exceed RMB 10 billion.',
    d(gt(bn('10')), 'CNY', 'will', mq(12), null, 'ai_cloud_revenue'),
  );
}

// ---- NIO (CNY, vehicles) -------------------------------------------------------------------------------------------
{
  const { s, q, fy } = on('nio', '2026-03-18');
  s(
    ['count'],
    'For the first quarter, we expect vehicle deliveries of between 40,000 and 43,000.',
    d(range('40000', '43000'), 'count', 'expect', q(1), null, 'deliveries'),
  );
  s(
    ['plain'],
    'Total revenues are expected to be between RMB 12.5 billion and RMB 13.2 billion in Q1.',
    d(range(bn('12.5'), bn('13.2')), 'CNY', 'expect', q(1), null, 'revenue'),
  );
  s(
    ['plain'],
    'We aim to reach a vehicle margin of 20% in the fourth quarter.',
    d(gte('20'), 'percent', 'target', q(4), null, 'vehicle_margin'),
  );
  s(['history', 'count'], 'Vehicle deliveries rose 70% year over year to 72,000 in December.');
  s(
    ['growth', 'count'],
    'First-quarter deliveries are expected to grow about 50% year over year.',
    d(aboutPct('50'), 'percent', 'expect', q(1), REL, 'deliveries'),
  );
  s(
    ['idiom', 'count'],
    'NIO aims to double its deliveries year over year in 2026.',
    d(gte('100'), 'percent', 'target', fy(2026), REL, 'deliveries'),
  );
  s(
    ['basis-points'],
    'We expect the vehicle margin to expand 1 to 2 percentage points sequentially in Q1.',
    d(range('1', '2'), 'percent', 'expect', q(1), { kind: 'absolute', against: 'prior-period' }, 'vehicle_margin'),
  );
  s(['not-guidance'], 'Unless subsidies return, demand may soften in the first quarter.');
}

// ---- Tesla ---------------------------------------------------------------------------------------------------------
{
  const { s, fy } = on('tesla', '2026-01-28');
  s(
    ['count'],
    'We expect to deliver more than 2 million vehicles in 2026.',
    d(gt(mn('2')), 'count', 'expect', fy(2026), null, 'deliveries'),
  );
  s(
    ['plain'],
    'Capital expenditures are expected to exceed $20 billion in 2026.',
    d(gt(bn('20')), 'USD', 'expect', fy(2026), null, 'capex'),
  );
  s(
    ['growth'],
    'Energy storage deployments should grow at least 30% in 2026.',
    d(gte('30'), 'percent', 'expect', fy(2026), REL, 'storage_deployments'),
  );
  s(['history', 'count'], 'We delivered 1.64 million vehicles last year.');
  s(['not-guidance'], 'Cybercab volume production is planned to begin in the second quarter.');
  s(['idiom'], 'Tesla aims to double vehicle production by the end of the decade.');
  s(
    ['count'],
    'We expect energy storage deployments of more than 50 GWh in 2026.',
    d(gt('50'), 'number', 'expect', fy(2026), null, 'storage_deployments'),
  );
  s(
    ['deadline-modifier', 'count'],
    'We are targeting 5 million vehicle deliveries a year by the end of the decade.',
    d(gte(mn('5')), 'count', 'target', fy(2030), null, 'deliveries'),
  );
}

// ---- Spotify (EUR, users) ------------------------------------------------------------------------------------------
{
  const { s, q, fy } = on('spotify', '2026-02-10');
  s(
    ['count'],
    'For the first quarter, we expect total monthly active users of 760 million.',
    d(stated(mn('760'), mn('0.5')), 'count', 'expect', q(1), null, 'maus'),
  );
  s(
    ['count'],
    'We expect Premium subscribers to reach 300 million in Q1.',
    d(gte(mn('300')), 'count', 'expect', q(1), null, 'subscribers'),
  );
  s(
    ['plain'],
    'Total revenue is guided at €4.5 billion for Q1.',
    d(stated(bn('4.5'), bn('0.05')), 'EUR', 'expect', q(1), null, 'revenue'),
  );
  s(
    ['plain'],
    'We expect gross margin of 32.9% in the first quarter.',
    d(stated('32.9', '0.05'), 'percent', 'expect', q(1), null, 'gross_margin'),
  );
  s(['history'], 'Operating income was €701 million in the fourth quarter, a record.');
  s(
    ['basis-points'],
    'We expect gross margin to expand 50 to 100 basis points in 2026.',
    d(range('0.5', '1'), 'percent', 'expect', fy(2026), ABS, 'gross_margin'),
  );
  s(['history', 'count'], 'Premium subscribers grew 10% year over year to 290 million.');
  s(
    ['plain'],
    'We expect operating income of €660 million in the first quarter.',
    d(stated(mn('660'), mn('0.5')), 'EUR', 'expect', q(1), null, 'operating_income'),
  );
  s(['not-guidance'], 'Management believes pricing power is underappreciated.');
  s(
    ['deadline-modifier', 'growth', 'idiom'],
    'Q2 revenue growth should be in the low teens.',
    d(band('13', '15'), 'percent', 'expect', q(2), REL, 'revenue'),
  );
  s(
    ['basis-points', 'decline-sign'],
    'We expect gross margin to be down about 20 basis points sequentially in Q1.',
    d(aboutPct('-0.2'), 'percent', 'expect', q(1), { kind: 'absolute', against: 'prior-period' }, 'gross_margin'),
  );
}

// ---- Royal Bank of Canada (CAD, October) ---------------------------------------------------------------------------
{
  const { s, fy } = on('rbc', '2025-12-03');
  s(
    ['plain'],
    'We are raising our medium-term ROE objective to 17% plus.',
    d(gte('17'), 'percent', 'target', null, null, 'roe'),
  );
  s(
    ['plain'],
    'We expect a CET1 ratio of at least 12.5% through fiscal 2026.',
    d(gte('12.5'), 'percent', 'expect', fy(2026), null, 'cet1'),
  );
  s(
    ['growth', 'idiom'],
    'Non-interest expense growth is expected to be in the mid-single digits in fiscal 2026.',
    d(band('4', '7'), 'percent', 'expect', fy(2026), REL, 'expenses'),
  );
  s(['history'], 'Diluted EPS grew 15% over the year.');
  s(
    ['growth'],
    'We aim to grow diluted EPS by 7% or more over the medium term.',
    d(gte('7'), 'percent', 'target', null, REL, null),
  );
  s(
    ['growth', 'history'],
    'We expect expense growth to be 3% to 4% in fiscal 2026, down from 6% in 2025.',
    d(range('3', '4'), 'percent', 'expect', fy(2026), REL, 'expenses'),
  );
  s(['history'], 'Net income was a record $20.4 billion in fiscal 2025.');
  s(
    ['decline-sign'],
    'Our CET1 ratio should fall to around 13% by the end of fiscal 2026.',
    d(aboutPct('13'), 'percent', 'expect', fy(2026), null, 'cet1'),
  );
  s(['not-guidance'], 'Consensus estimates call for EPS growth of 8% in fiscal 2026.');
  s(
    ['deadline-modifier'],
    'We expect to reach 16% ROE by fiscal 2027.',
    d(gte('16'), 'percent', 'expect', fy(2027), null, 'roe'),
  );
}

// ---- Companies no set had, written after the fixes for the first held-out set (generalisation check) -----------
{
  const { s, fy, year } = on('volvo', '2026-01-29');
  s(
    ['count', 'deadline-modifier'],
    'We expect to deliver between 230,000 and 250,000 trucks in 2026.',
    d(range('230000', '250000'), 'count', 'expect', fy(2026), null, 'deliveries'),
  );
  // Relabelled in the eighth round from a draft (lt 0, no metric): a forecast of the company's market is not
  // guidance on the company's own metrics, as this set's own KONE market forecast (kone-4, removed when the seventh
  // held-out set took KONE) was labelled, and the two sets contradicted each other.
  s(['not-guidance'], 'The European truck market is expected to be down slightly this year.');
  s(['not-guidance'], 'Demand in North America remains hard to read given the tariff discussions.');
  s(
    ['compound', 'plain'],
    'We expect the adjusted operating margin to be at least 12% and return on capital employed above 20% for the year.',
    d(gte('12'), 'percent', 'expect', year, null, 'operating_margin'),
    d(gt('20'), 'percent', 'expect', year, null, 'roce'),
  );
}
{
  const { s, fy } = on('adidas', '2026-03-04');
  s(
    ['growth', 'idiom', 'deadline-modifier'],
    'For 2026 we expect currency-neutral revenues to increase at a high-single-digit rate.',
    d(band('7', '10'), 'percent', 'expect', fy(2026), REL, 'revenue'),
  );
  s(
    ['plain', 'deadline-modifier'],
    'We expect operating profit of around €2.3 billion in 2026.',
    d(about(bn('2.3')), 'EUR', 'expect', fy(2026), null, 'operating_profit'),
  );
  s(['history'], 'Last year, operating profit more than doubled to €1.3 billion.');
}
{
  const { s, fy } = on('riotinto', '2026-02-19');
  s(
    ['plain', 'deadline-modifier'],
    'Copper production in 2026 is expected to be 800 to 870 kt.',
    d(range('800000', '870000'), 'number', 'expect', fy(2026), null, 'copper'),
  );
  s(
    ['decline-sign'],
    'We expect unit cash costs at our Pilbara iron ore operations to fall in 2026.',
    d(lt('0'), null, 'expect', fy(2026), REL, 'pilbara_unit_cost'),
  );
}

// ---- Companies A-F no set had, written and labelled before the parser was run on them (third round) ------------
{
  const { s, fy, year, q } = on('abbott', '2026-01-22');
  s(
    ['growth', 'deadline-modifier'],
    'For 2026, we forecast organic sales growth, excluding COVID testing, in the range of 6.5% to 7.5%.',
    d(range('6.5', '7.5'), 'percent', 'expect', fy(2026), REL, 'organic_sales'),
  );
  s(
    ['plain'],
    'Adjusted diluted EPS is projected to be $5.55 to $5.80 for the full year.',
    d(range('5.55', '5.8'), 'USD', 'expect', year, null, 'eps'),
  );
  s(
    ['deadline-modifier'],
    'First-quarter adjusted EPS should come in at $1.15 to $1.19.',
    d(range('1.15', '1.19'), 'USD', 'expect', q(1), null, 'eps'),
  );
  s(['history'], 'Sales in our Medical Devices business rose 12.6% on an organic basis last year.');
}
{
  const { s, fy, year } = on('abbvie', '2026-02-01');
  s(
    ['plain', 'deadline-modifier'],
    'We now expect adjusted EPS of $13.90 to $14.10 for 2026.',
    d(range('13.9', '14.1'), 'USD', 'expect', fy(2026), null, 'eps'),
  );
  s(
    ['plain'],
    'We expect combined Skyrizi and Rinvoq sales of more than $31 billion in 2026.',
    d(gt(bn('31')), 'USD', 'expect', fy(2026), null, 'immunology_sales'),
  );
  s(
    ['plain'],
    'The adjusted tax rate is expected to be approximately 15% this year.',
    d(aboutPct('15'), 'percent', 'expect', year, null, 'tax_rate'),
  );
  s(['not-guidance'], 'Humira erosion in the U.S. was steeper than we had modelled.');
}
{
  const { s, fy } = on('adyen', '2026-02-12');
  s(
    ['growth', 'idiom'],
    'We expect net revenue growth in the low twenties in 2026.',
    d(band('20', '24'), 'percent', 'expect', fy(2026), REL, 'net_revenue'),
  );
  s(
    ['plain'],
    'We aim to deliver an EBITDA margin above 50% in 2026.',
    d(gt('50'), 'percent', 'target', fy(2026), null, 'ebitda_margin'),
  );
  s(
    ['deadline-modifier'],
    'By 2028, we are targeting an EBITDA margin of more than 55%.',
    d(gt('55'), 'percent', 'target', fy(2028), null, 'ebitda_margin'),
  );
  s(
    ['plain'],
    'Capital expenditure is expected to be around 5% of net revenue.',
    d(aboutPct('5'), 'percent', 'expect', null, null, 'capex_ratio'),
  );
}
{
  const { s, fy } = on('ahold-delhaize', '2026-02-11');
  s(
    ['plain', 'deadline-modifier'],
    'For 2026, we expect an underlying operating margin at or above 4.0%.',
    d(gte('4'), 'percent', 'expect', fy(2026), null, 'operating_margin'),
  );
  s(
    ['growth', 'idiom'],
    'Underlying EPS is expected to grow in the mid-single digits.',
    d(band('4', '7'), 'percent', 'expect', null, REL, 'eps'),
  );
  s(
    ['plain'],
    'We expect free cash flow of approximately €2.2 billion in 2026.',
    d(about(bn('2.2')), 'EUR', 'expect', fy(2026), null, 'free_cash_flow'),
  );
  s(['history'], 'Net sales grew 3.9% at constant exchange rates in the fourth quarter.');
}
{
  const { s, fy } = on('amex', '2026-01-23');
  s(
    ['growth'],
    'We expect revenue growth of 8% to 10% in 2026.',
    d(range('8', '10'), 'percent', 'expect', fy(2026), REL, 'revenue'),
  );
  s(
    ['plain'],
    'EPS is expected to be between $17.30 and $17.90.',
    d(range('17.3', '17.9'), 'USD', 'expect', null, null, 'eps'),
  );
  s(
    ['growth'],
    'We plan to raise the quarterly dividend by 17%.',
    d(stated('17', '0.5'), 'percent', 'target', null, REL, 'dividend'),
  );
  s(['history'], 'Card Member spending rose 7% on an FX-adjusted basis last quarter.');
}
{
  const { s, fy } = on('amgen', '2026-02-03');
  s(
    ['plain'],
    'We expect total revenues in the range of $35.0 billion to $36.4 billion for 2026.',
    d(range(bn('35'), bn('36.4')), 'USD', 'expect', fy(2026), null, 'revenue'),
  );
  s(
    ['plain'],
    'Capital expenditures should be approximately $2.3 billion in 2026.',
    d(about(bn('2.3')), 'USD', 'expect', fy(2026), null, 'capex'),
  );
  s(['not-guidance'], 'Analysts expect biosimilar competition to weigh on Prolia sales.');
}
{
  const { s, fy, year } = on('anglo-american', '2026-02-20');
  s(
    ['plain', 'deadline-modifier'],
    'Copper production guidance for 2026 is 690 to 750 kt.',
    d(range('690000', '750000'), 'number', 'expect', fy(2026), null, 'copper'),
  );
  s(
    ['plain', 'deadline-modifier'],
    'We are targeting a further $1.0 billion of cost savings by the end of 2027.',
    d(gte(bn('1')), 'USD', 'target', fy(2027), null, 'cost_savings'),
  );
  s(
    ['plain'],
    'Diamond production is expected to decline to 20 to 23 million carats this year.',
    d(range(mn('20'), mn('23')), 'number', 'expect', year, null, 'diamonds'),
  );
  s(['history'], 'Last year we delivered $1.8 billion of cost savings, ahead of our target.');
}
{
  const { s, fy, q } = on('applied-materials', '2026-02-12');
  s(
    ['basis-points', 'deadline-modifier'],
    'For the second quarter, we expect revenue of about $7.1 billion, plus or minus $500 million.',
    d(plusMinus(bn('7.1'), mn('500')), 'USD', 'expect', q(2), null, 'revenue'),
  );
  s(
    ['plain'],
    'Non-GAAP gross margin is expected to be approximately 48.5% in Q2.',
    d(aboutPct('48.5'), 'percent', 'expect', q(2), null, 'gross_margin'),
  );
  s(
    ['growth', 'idiom'],
    'We expect our Semiconductor Systems business to grow in the second half of the fiscal year.',
    d(gt('0'), null, 'expect', fy(2026), REL, 'semi_systems_revenue'),
  );
  s(['history'], 'Services revenue reached a record $1.6 billion in the quarter.');
}
{
  const { s, fy, year, q } = on('atlassian', '2026-01-30');
  s(
    ['deadline-modifier'],
    'For the third quarter of fiscal 2026, we expect total revenue to be in the range of $1.69 billion to $1.70 billion.',
    d(range(bn('1.69'), bn('1.7')), 'USD', 'expect', q(3), null, 'revenue'),
  );
  s(
    ['growth', 'deadline-modifier'],
    'We expect cloud revenue growth of approximately 22% for fiscal year 2026.',
    d(aboutPct('22'), 'percent', 'expect', fy(2026), REL, 'cloud_revenue'),
  );
  s(
    ['plain'],
    'We expect a GAAP gross margin of approximately 82% in Q3.',
    d(aboutPct('82'), 'percent', 'expect', q(3), null, 'gross_margin'),
  );
  s(
    ['plain'],
    'Free cash flow for the full fiscal year is expected to be roughly $1.4 billion.',
    d(about(bn('1.4')), 'USD', 'expect', year, null, 'free_cash_flow'),
  );
}
{
  const { s, fy, year } = on('autodesk', '2026-02-26');
  s(
    ['plain', 'deadline-modifier'],
    'For fiscal 2027, we expect revenue of $7.63 billion to $7.70 billion.',
    d(range(bn('7.63'), bn('7.7')), 'USD', 'expect', fy(2027), null, 'revenue'),
  );
  s(
    ['plain'],
    'We expect non-GAAP operating margin of approximately 39% to 40% for the full year.',
    d(range('39', '40'), 'percent', 'expect', year, null, 'operating_margin'),
  );
  s(
    ['deadline-modifier'],
    "Free cash flow is expected to be between $2.25 billion and $2.30 billion in fiscal '27.",
    d(range(bn('2.25'), bn('2.3')), 'USD', 'expect', fy(2027), null, 'free_cash_flow'),
  );
  s(['not-guidance'], 'We remain committed to our long-term targets, which we will revisit at our investor day.');
}
{
  const { s, fy } = on('bae', '2026-02-19');
  s(
    ['growth', 'deadline-modifier'],
    'For 2026 we expect sales growth of 7% to 9%.',
    d(range('7', '9'), 'percent', 'expect', fy(2026), REL, 'revenue'),
  );
  s(
    ['growth'],
    'Underlying EBIT is expected to increase by 8% to 10%.',
    d(range('8', '10'), 'percent', 'expect', null, REL, 'underlying_ebit'),
  );
  s(
    ['plain'],
    'We expect free cash flow of more than £1.1 billion in 2026.',
    d(gt(bn('1.1')), 'GBP', 'expect', fy(2026), null, 'free_cash_flow'),
  );
  s(['history'], 'The order backlog stood at a record £75 billion at the year end.');
}
{
  const { s, fy } = on('basf', '2026-02-27');
  s(
    ['plain', 'deadline-modifier'],
    'For 2026, we expect EBITDA before special items of between €7.3 billion and €7.7 billion.',
    d(range(bn('7.3'), bn('7.7')), 'EUR', 'expect', fy(2026), null, 'ebitda'),
  );
  s(
    ['plain'],
    'Free cash flow is forecast to be between €0.4 billion and €0.8 billion.',
    d(range(bn('0.4'), bn('0.8')), 'EUR', 'expect', null, null, 'free_cash_flow'),
  );
  s(['history'], 'Sales declined 5% to €62 billion in 2025, mainly on lower prices.');
}
{
  const { s, fy, year } = on('bayer', '2026-03-04');
  s(
    ['plain'],
    'We expect currency-adjusted sales of €45 billion to €47 billion in 2026.',
    d(range(bn('45'), bn('47')), 'EUR', 'expect', fy(2026), null, 'revenue'),
  );
  s(
    ['plain'],
    'Core EPS is expected to be in a range of €4.30 to €4.80.',
    d(range('4.3', '4.8'), 'EUR', 'expect', null, null, 'core_eps'),
  );
  s(
    ['decline-sign', 'deadline-modifier'],
    'Net financial debt should come down to between €31 billion and €32 billion by year-end.',
    d(range(bn('31'), bn('32')), 'EUR', 'expect', year, null, 'net_debt'),
  );
  s(['not-guidance'], 'Glyphosate litigation remains the largest uncertainty for the outlook.');
}
{
  const { s, fy, year } = on('best-buy', '2026-03-03');
  s(
    ['plain', 'deadline-modifier'],
    'For fiscal 2027, we expect revenue of $41.1 billion to $41.9 billion.',
    d(range(bn('41.1'), bn('41.9')), 'USD', 'expect', fy(2027), null, 'revenue'),
  );
  s(
    ['plain'],
    'We expect an adjusted operating income rate of 4.2% to 4.4% for the year.',
    d(range('4.2', '4.4'), 'percent', 'expect', year, null, 'operating_income_rate'),
  );
  s(
    ['plain'],
    'Capital expenditures are expected to be approximately $700 million to $750 million.',
    d(range(mn('700'), mn('750')), 'USD', 'expect', null, null, 'capex'),
  );
  s(
    ['not-guidance'],
    'Tariffs remain a significant source of uncertainty and are not fully reflected in this outlook.',
  );
}
{
  const { s, fy, year } = on('bp', '2026-02-10');
  s(
    ['decline-sign', 'idiom'],
    'We expect reported upstream production in 2026 to be slightly lower than in 2025.',
    d(lt('0'), null, 'expect', fy(2026), REL, 'production'),
  );
  s(
    ['plain'],
    'Capital expenditure is expected to be around $14.5 billion this year.',
    d(about(bn('14.5')), 'USD', 'expect', year, null, 'capex'),
  );
  s(
    ['plain', 'deadline-modifier'],
    'We are targeting structural cost reductions of $4 billion to $5 billion by the end of 2027.',
    d(range(bn('4'), bn('5')), 'USD', 'target', fy(2027), null, 'cost_reductions'),
  );
  s(
    ['decline-sign', 'deadline-modifier'],
    'Net debt is expected to fall to between $14 billion and $18 billion by the end of 2027.',
    d(range(bn('14'), bn('18')), 'USD', 'expect', fy(2027), null, 'net_debt'),
  );
  s(['not-guidance'], 'These targets assume a Brent oil price of $70 per barrel.');
}
{
  const { s, fy } = on('canon', '2026-01-29');
  s(
    ['plain', 'deadline-modifier'],
    'For fiscal 2026 we project net sales of ¥4,800 billion.',
    d(stated(bn('4800'), bn('0.5')), 'JPY', 'expect', fy(2026), null, 'revenue'),
  );
  s(
    ['plain'],
    'We anticipate an operating profit margin of 10.2% in 2026.',
    d(stated('10.2', '0.05'), 'percent', 'expect', fy(2026), null, 'operating_margin'),
  );
  s(['history'], "The yen's appreciation reduced operating profit by ¥30 billion last year.");
}
{
  const { s, fy } = on('chevron', '2026-01-30');
  s(
    ['growth'],
    'We expect production to grow 2% to 3% in 2026, excluding asset sales.',
    d(range('2', '3'), 'percent', 'expect', fy(2026), REL, 'production'),
  );
  s(
    ['plain'],
    'Organic capex is expected to be between $18 billion and $19 billion in 2026.',
    d(range(bn('18'), bn('19')), 'USD', 'expect', fy(2026), null, 'capex'),
  );
  s(
    ['plain', 'deadline-modifier'],
    'We remain on track to deliver $2 billion to $3 billion of structural cost reductions by the end of 2026.',
    d(range(bn('2'), bn('3')), 'USD', 'expect', fy(2026), null, 'cost_reductions'),
  );
  s(['history'], 'Production rose 12% last year to a record 3.3 million barrels per day.');
}
{
  const { s, fy } = on('csl', '2026-02-10');
  s(
    ['plain', 'deadline-modifier'],
    'We expect NPATA of approximately $3.45 billion to $3.55 billion for FY26 at constant currency.',
    d(range(bn('3.45'), bn('3.55')), 'USD', 'expect', fy(2026), null, 'npata'),
  );
  s(
    ['growth', 'deadline-modifier'],
    'Revenue growth is expected to be in the range of 4% to 5% in F26.',
    d(range('4', '5'), 'percent', 'expect', fy(2026), REL, 'revenue'),
  );
  s(
    ['decline-sign', 'idiom'],
    'We expect Seqirus revenue to decline in the second half.',
    d(lt('0'), null, 'expect', fy(2026), REL, 'seqirus_revenue'),
  );
  s(['history'], 'Behring revenue grew 11% in the half at constant currency.');
}
{
  const { s, fy } = on('compass', '2026-05-13');
  s(
    ['growth', 'deadline-modifier'],
    'We continue to expect underlying operating profit growth of around 10% in FY26.',
    d(aboutPct('10'), 'percent', 'expect', fy(2026), REL, 'operating_profit'),
  );
  s(
    ['growth', 'deadline-modifier'],
    'Organic revenue growth is expected to be between 7% and 8% for the year to September 2026.',
    d(range('7', '8'), 'percent', 'expect', fy(2026), REL, 'revenue'),
  );
  s(
    ['basis-points', 'deadline-modifier'],
    'The underlying operating margin is expected to increase by around 20 basis points in the second half.',
    d(aboutPct('0.2'), 'percent', 'expect', fy(2026), ABS, 'operating_margin'),
  );
  s(['not-guidance'], 'We will provide further detail on our capital allocation at the full-year results.');
}
{
  const { s, fy, year } = on('deutsche-telekom', '2026-02-26');
  s(
    ['plain', 'deadline-modifier'],
    'For 2026 we expect adjusted EBITDA AL of around €45.3 billion.',
    d(about(bn('45.3')), 'EUR', 'expect', fy(2026), null, 'ebitda_al'),
  );
  s(
    ['plain'],
    'Free cash flow AL should exceed €19.5 billion this year.',
    d(gt(bn('19.5')), 'EUR', 'expect', year, null, 'free_cash_flow'),
  );
  s(
    ['count'],
    'We plan to add around 1.5 million fiber households in Germany in 2026.',
    d(about(mn('1.5')), 'count', 'target', fy(2026), null, 'fiber_households'),
  );
  s(['history'], 'T-Mobile US contributed more than 60% of group EBITDA last year.');
}
{
  const { s, fy } = on('dhl', '2026-03-05');
  s(
    ['plain'],
    'We expect EBIT of at least €6.0 billion in 2026.',
    d(gte(bn('6')), 'EUR', 'expect', fy(2026), null, 'ebit'),
  );
  s(
    ['plain', 'deadline-modifier'],
    'By 2030, our ambition is EBIT of more than €10 billion.',
    d(gt(bn('10')), 'EUR', 'aspire', fy(2030), null, 'ebit'),
  );
  s(
    ['plain'],
    'Capex excluding leases is expected to be between €2.6 billion and €3.0 billion.',
    d(range(bn('2.6'), bn('3')), 'EUR', 'expect', null, null, 'capex'),
  );
  s(['history'], 'Parcel volumes in Germany increased by 4% last year.');
}
{
  const { s, fy, year, q } = on('dell', '2026-02-26');
  s(
    ['deadline-modifier'],
    'For the first quarter of fiscal 2027, we expect revenue between $24.5 billion and $25.5 billion.',
    d(range(bn('24.5'), bn('25.5')), 'USD', 'expect', q(1), null, 'revenue'),
  );
  s(
    ['deadline-modifier'],
    "We expect AI server shipments of about $25 billion in fiscal '27.",
    d(about(bn('25')), 'USD', 'expect', fy(2027), null, 'ai_server_shipments'),
  );
  s(
    ['plain', 'idiom'],
    'Full-year diluted EPS is expected to be $9.90, plus or minus 25 cents.',
    d(plusMinus('9.9', '0.25'), 'USD', 'expect', year, null, 'eps'),
  );
  s(['not-guidance'], 'Our ISG margins were below our long-term framework of 11% to 14%.');
}
{
  const { s, fy, year } = on('eli-lilly', '2026-02-05');
  s(
    ['plain', 'deadline-modifier'],
    'We expect 2026 revenue of $80 billion to $83 billion.',
    d(range(bn('80'), bn('83')), 'USD', 'expect', fy(2026), null, 'revenue'),
  );
  s(
    ['plain'],
    'Non-GAAP EPS is expected to be in the range of $33.50 to $35.00 this year.',
    d(range('33.5', '35'), 'USD', 'expect', year, null, 'eps'),
  );
  s(
    ['plain'],
    'We anticipate the non-GAAP tax rate to be approximately 16% to 17%.',
    d(range('16', '17'), 'percent', 'expect', null, null, 'tax_rate'),
  );
  s(['history'], 'Mounjaro revenue more than doubled in the fourth quarter.');
}
{
  const { s, fy } = on('fortescue', '2026-02-19');
  s(
    ['plain', 'deadline-modifier'],
    'FY26 iron ore shipments guidance remains 195 to 205 million tonnes.',
    d(range(mn('195'), mn('205')), 'number', 'expect', fy(2026), null, 'shipments'),
  );
  s(
    ['plain', 'deadline-modifier'],
    'C1 costs are expected to be US$17.50 to US$18.50 per wet metric tonne in FY26.',
    d(range('17.5', '18.5'), 'USD', 'expect', fy(2026), null, 'c1_cost'),
  );
  s(
    ['plain', 'deadline-modifier'],
    'We expect capital expenditure of between US$3.2 billion and US$3.8 billion for the 2026 financial year.',
    d(range(bn('3.2'), bn('3.8')), 'USD', 'expect', fy(2026), null, 'capex'),
  );
  s(['history'], 'Shipments in the half were a record 98.3 million tonnes.');
}
{
  const { s, fy, year } = on('ferguson', '2026-03-10');
  s(
    ['growth', 'idiom', 'deadline-modifier'],
    'We now expect fiscal 2026 net sales growth in the mid-single digits.',
    d(band('4', '7'), 'percent', 'expect', fy(2026), REL, 'revenue'),
  );
  s(
    ['plain'],
    'Adjusted operating margin is expected to be between 9.2% and 9.8% for the year.',
    d(range('9.2', '9.8'), 'percent', 'expect', year, null, 'operating_margin'),
  );
  s(
    ['plain'],
    'Interest expense should be approximately $180 million to $200 million.',
    d(range(mn('180'), mn('200')), 'USD', 'expect', null, null, 'interest_expense'),
  );
  s(['history'], 'Net sales in the second quarter grew 4.3% to $7.5 billion.');
}
{
  const { s, fy } = on('alstom', '2026-05-13');
  s(
    ['plain', 'deadline-modifier'],
    'For 2026/27, we expect an adjusted EBIT margin of around 7%.',
    d(aboutPct('7'), 'percent', 'expect', fy(2027), null, 'ebit_margin'),
  );
  s(
    ['plain', 'deadline-modifier'],
    'Free cash flow is expected to be between €0.5 billion and €0.7 billion in 2026/27.',
    d(range(bn('0.5'), bn('0.7')), 'EUR', 'expect', fy(2027), null, 'free_cash_flow'),
  );
  s(
    ['deadline-modifier'],
    'By 2027/28, we target an adjusted EBIT margin of 8% to 10%.',
    d(range('8', '10'), 'percent', 'target', fy(2028), null, 'ebit_margin'),
  );
  s(['history'], 'Orders were €20.4 billion in 2025/26, a book-to-bill above 1.');
}
{
  const { s, fy, year } = on('air-france-klm', '2026-02-26');
  s(
    ['growth', 'deadline-modifier'],
    'In 2026, we expect capacity to increase by 2% to 4% compared with 2025.',
    d(range('2', '4'), 'percent', 'expect', fy(2026), REL, 'capacity'),
  );
  s(
    ['deadline-modifier'],
    'We aim for an operating margin of 7% to 8% by 2028.',
    d(range('7', '8'), 'percent', 'target', fy(2028), null, 'operating_margin'),
  );
  s(
    ['plain'],
    'Net capex should be around €3.5 billion this year.',
    d(about(bn('3.5')), 'EUR', 'expect', year, null, 'capex'),
  );
  s(['not-guidance'], 'If fuel prices stay at current levels, unit costs would come in lower than planned.');
}
{
  const { s, q } = on('burberry', '2026-05-14');
  s(
    ['decline-sign', 'idiom', 'deadline-modifier'],
    'We expect wholesale revenue in the first half of FY27 to be down by a mid-teens percentage.',
    d(downBand('15', '17'), 'percent', 'expect', q(2), REL, 'wholesale_revenue'),
  );
  s(
    ['idiom'],
    'We are targeting an adjusted operating margin in the high teens over the medium term.',
    d(band('17', '20'), 'percent', 'target', null, null, 'operating_margin'),
  );
  s(['history'], 'Retail comparable sales fell 6% in the fourth quarter.');
}

// ---- Added in the sixth round, labelled before the parser was run on them: new companies, and the number formats,
// units and idioms a new set is likely to hold ("$7.0bn-$7.5bn", "6.0 to 6.5 billion dollars", "2H26", "the back
// half", "fiscal '27", "below 2.5x", tonnes, barrels per day, numbers in words, a market's forecast).
{
  const { s, fy, q } = on('embraer', '2026-02-20');
  s(
    ['count', 'deadline-modifier'],
    'Embraer expects to deliver between 77 and 85 commercial jets in 2026.',
    d(range('77', '85'), 'count', 'expect', fy(2026), null, 'commercial_deliveries'),
  );
  s(
    ['plain', 'deadline-modifier'],
    'Revenue for 2026 is guided at $7.0bn-$7.5bn.',
    d(range(bn('7.0'), bn('7.5')), 'USD', 'expect', fy(2026), null, 'revenue'),
  );
  s(
    ['count', 'idiom'],
    'Executive aviation deliveries should be around twenty aircraft in the first quarter.',
    d(about('20'), 'count', 'expect', q(1), null, 'executive_deliveries'),
  );
  s(
    ['plain'],
    'Free cash flow should be at least US$200 million in 2026.',
    d(gte(mn('200')), 'USD', 'expect', fy(2026), null, 'free_cash_flow'),
  );
  s(['not-guidance'], 'The consensus of analysts polled by Bloomberg sits at $7.3 billion of revenue for 2026.');
  s(['history'], 'Backlog reached a record $29.7 billion at the end of 2025.');
}
{
  const { s, fy, year } = on('vale', '2026-02-20');
  s(
    ['count', 'deadline-modifier'],
    'Iron ore production is expected to be 325 to 335 million tonnes in 2026.',
    d(range(mn('325'), mn('335')), 'number', 'expect', fy(2026), null, 'iron_ore_production'),
  );
  s(
    ['plain'],
    'We plan to invest around 6.0 to 6.5 billion dollars this year.',
    d(range(bn('6.0'), bn('6.5')), 'USD', 'target', year, null, 'capex'),
  );
  s(
    ['count', 'deadline-modifier'],
    'Copper output should rise to between 350,000 and 380,000 tonnes by 2028.',
    d(range('350000', '380000'), 'number', 'expect', fy(2028), null, 'copper_production'),
  );
  s(
    ['plain', 'deadline-modifier'],
    'We are targeting an all-in cost for copper below $2,000 per tonne in 2026.',
    d(lt('2000'), 'USD', 'target', fy(2026), null, 'copper_all_in_cost'),
  );
  s(['not-guidance'], 'The outlook assumes an iron ore price of $95 per tonne.');
  s(['not-guidance'], 'The World Steel Association forecasts global steel demand to rise 1.2% in 2026.');
}
{
  const { s, fy, year } = on('woodside', '2026-02-24');
  s(
    ['count', 'deadline-modifier'],
    'We expect full-year production of 188 to 195 MMboe.',
    d(range(mn('188'), mn('195')), 'number', 'expect', year, null, 'production'),
  );
  s(
    ['count', 'idiom'],
    'Oil output should average around 250,000 barrels per day in the back half of the year.',
    d(about('250000'), 'number', 'expect', fy(2026), null, 'oil_production'),
  );
  s(
    ['plain', 'deadline-modifier'],
    'Capital expenditure is projected at US$4.0–4.5 billion for 2026.',
    d(range(bn('4.0'), bn('4.5')), 'USD', 'expect', fy(2026), null, 'capex'),
  );
  s(
    ['plain'],
    'Unit production cost is expected to remain below $8 per boe.',
    d(lt('8'), 'USD', 'expect', null, null, 'unit_cost'),
  );
  s(['history'], 'Production in the fourth quarter was 52.4 MMboe, up 6% on the prior quarter.');
}
{
  const { s, fy, nextYear } = on('cummins', '2026-02-05');
  s(
    ['compound', 'growth', 'deadline-modifier'],
    'For 2026, we project revenues to be up 3% to 6% and EBITDA to be 17.0% to 18.0% of sales.',
    d(range('3', '6'), 'percent', 'expect', fy(2026), REL, 'revenue'),
    d(range('17.0', '18.0'), 'percent', 'expect', fy(2026), null, 'ebitda_margin'),
  );
  s(
    ['growth', 'idiom', 'deadline-modifier'],
    'We expect revenue to grow mid-to-high single digits in 2H26.',
    d(band('4', '10'), 'percent', 'expect', fy(2026), REL, 'revenue'),
  );
  s(
    ['basis-points'],
    'We now see EBITDA margin expanding by 50 to 100 basis points next year.',
    d(range('0.5', '1'), 'percent', 'expect', nextYear, ABS, 'ebitda_margin'),
  );
  s(['not-guidance'], 'If demand in China weakens further, margins could fall below 16%.');
}
{
  const { s, fy, year } = on('ashtead', '2026-06-16');
  s(
    ['growth', 'deadline-modifier'],
    "For fiscal '27 we expect rental revenue growth of 4% to 6%.",
    d(range('4', '6'), 'percent', 'expect', fy(2027), REL, 'rental_revenue'),
  );
  s(
    ['plain', 'deadline-modifier'],
    'Capital expenditure is expected to be in the range of $3.0bn to $3.5bn for the year.',
    d(range(bn('3.0'), bn('3.5')), 'USD', 'expect', year, null, 'capex'),
  );
  s(
    ['plain'],
    'We intend to keep leverage in the range of 1.0 to 2.0 times net debt to EBITDA.',
    d(range('1.0', '2.0'), 'number', 'target', null, null, 'leverage'),
  );
  s(
    ['plain', 'deadline-modifier'],
    'Leverage is expected to be below 2.5x at the end of fiscal 2027.',
    d(lt('2.5'), 'number', 'expect', fy(2027), null, 'leverage'),
  );
  s(['history'], 'Rental revenue was up 3% in the first quarter, in line with our expectations.');
}

// ---- Eighth round: classes the unseen sets keep bringing, on companies already here ------------------------------
// Written after the seventh held-out set was spent, labelled before the parser was run on them: sentences that are
// not guidance though they carry a figure (results, to-date figures, analysts' and market figures, assumptions,
// conditions, declared dividends, targets already met, safe-harbour text), idioms of approximation, numbers in
// words, basis points, declines, and compounds whose second figure or window is easy to drop.
{
  const { s, q, fy } = on('intel', '2026-01-22');
  s(['history'], 'Gross margin came in at 38.2% for the quarter, 120 basis points above our guidance.');
  s(
    ['idiom'],
    'Gross margin should land somewhere in the neighborhood of 36% in the first quarter.',
    d(aboutPct('36'), 'percent', 'expect', q(1), null, 'gross_margin'),
  );
  s(
    ['plain', 'idiom'],
    'We expect first-quarter EPS in the range of 90 cents to $1.10.',
    d(range('0.90', '1.10'), 'USD', 'expect', q(1), null, 'eps'),
  );
  s(
    ['decline-sign', 'idiom'],
    'We will cut operating expenses by two to three percent in 2026.',
    d(range('-3', '-2'), 'percent', 'will', fy(2026), REL, 'opex'),
  );
}
{
  const { s } = on('mcdonalds', '2026-02-10');
  s(['history'], 'Last year we opened roughly 2,100 restaurants, the most in our history.');
}
{
  const { s } = on('coca-cola', '2026-02-11');
  s(['history'], 'Organic revenue grew 6% in 2025, ahead of our long-term algorithm.');
}
{
  const { s, year } = on('pepsico', '2026-02-04');
  s(['not-guidance'], 'The board declared a quarterly dividend of $1.4225 per share, payable on March 31.');
  s(
    ['growth', 'idiom'],
    'We expect organic revenue growth north of 4% this year.',
    d(gt('4'), 'percent', 'expect', year, REL, 'organic_revenue'),
  );
}
{
  const { s, fy } = on('caterpillar', '2026-01-29');
  s(['not-guidance'], "Analysts' consensus for 2026 calls for revenue of about $68 billion.");
  s(
    ['basis-points', 'decline-sign', 'idiom'],
    'We expect adjusted operating margin to be down about 100 basis points in 2026.',
    d(stated('-1', '0.5'), 'percent', 'expect', fy(2026), ABS, 'adjusted_operating_margin'),
  );
  s(
    ['idiom', 'deadline-modifier'],
    'We expect ME&T free cash flow for 2026 to be roughly in line with last year.',
    d(flat, null, 'expect', fy(2026), REL, 'me_fcf'),
  );
}
{
  const { s, year } = on('deere', '2026-02-19');
  s(['not-guidance'], 'The USDA projects net farm income to fall 5% in 2026.');
  s(
    ['decline-sign', 'deadline-modifier'],
    'Equipment operations sales are forecast to be down between 5% and 10% for the year.',
    d(range('-10', '-5'), 'percent', 'expect', year, REL, 'equipment_sales'),
  );
}
{
  const { s, fy } = on('diageo', '2026-02-03');
  s(['not-guidance'], 'Our outlook assumes a US dollar to sterling exchange rate of 1.27.');
  s(
    ['compound', 'growth', 'idiom'],
    'For fiscal 2027, we expect organic net sales growth of 2% to 3% and leverage of around 3.0 times by year-end.',
    d(range('2', '3'), 'percent', 'expect', fy(2027), REL, 'organic_net_sales'),
    d(about('3.0'), 'number', 'expect', fy(2027), null, 'leverage'),
  );
  s(
    ['growth', 'idiom', 'deadline-modifier'],
    'Organic operating profit should improve by mid-single digits in fiscal 2027.',
    d(band('4', '7'), 'percent', 'expect', fy(2027), REL, 'organic_operating_profit'),
  );
}
{
  const { s } = on('volvo', '2026-01-29');
  s(['not-guidance'], 'Our forecast for the European heavy-duty truck market is 280,000 trucks in 2026.');
}
{
  const { s } = on('airbus', '2026-02-19');
  s(['not-guidance'], 'If the supply chain holds, deliveries could reach 870 aircraft in 2026.');
}
{
  const { s } = on('bp', '2026-02-10');
  s(['not-guidance'], 'We achieved our target of $2 billion of structural cost reductions a year early.');
}
{
  const { s } = on('rbc', '2025-12-03');
  s(['history'], 'Our CET1 ratio stood at 13.2% at the end of the fourth quarter.');
  s(
    ['plain', 'idiom'],
    'We are targeting an ROE of 16%-plus over the medium term.',
    d(gte('16'), 'percent', 'target', null, null, 'roe'),
  );
}
{
  const { s } = on('tesla', '2026-01-28');
  s(['history'], 'Year to date, we have deployed 31 GWh of energy storage.');
}
{
  const { s, nextYear } = on('nintendo', '2026-02-03');
  s(['history'], 'Hardware units sold to date total 17.4 million, up 12% from the same period last year.');
  s(
    ['count', 'idiom'],
    'We expect to sell as many as 20 million hardware units next fiscal year.',
    d(lte(mn('20')), 'count', 'expect', nextYear, null, 'hardware_units'),
  );
}
{
  const { s, fy } = on('vale', '2026-02-20');
  s(['not-guidance'], 'Our guidance is based on a copper price of $9,500 per tonne.');
  s(
    ['count', 'plain'],
    'Copper production is expected at 750 million pounds in 2026.',
    d(stated(mn('750'), '500000'), 'number', 'expect', fy(2026), null, 'copper_production'),
  );
}
{
  const { s } = on('spotify', '2026-02-10');
  s(['history'], 'Monthly active users rose 11% to 713 million last year.');
}
{
  const { s, q } = on('spotify', '2026-02-10');
  s(
    ['plain'],
    'We expect operating income to be positive in the first quarter.',
    d(gt('0'), 'EUR', 'expect', q(1), null, 'operating_income'),
  );
}
{
  const { s, fy } = on('adidas', '2026-03-04');
  s(['history'], 'Operating profit improved by €1.2 billion in 2025.');
  s(
    ['compound', 'growth'],
    'We expect currency-neutral revenue growth of 5-7% and operating profit of EUR 2.0-2.3 billion in 2026.',
    d(range('5', '7'), 'percent', 'expect', fy(2026), REL, 'revenue'),
    d(range(bn('2.0'), bn('2.3')), 'EUR', 'expect', fy(2026), null, 'operating_profit'),
  );
}
{
  const { s } = on('abbvie', '2026-02-01');
  s(
    ['not-guidance'],
    'Statements about 2026 adjusted EPS of $14.50 are forward-looking and subject to risks and uncertainties.',
  );
}
{
  const { s } = on('woodside', '2026-02-24');
  s(['not-guidance'], 'Our planning price for Brent is US$65 per barrel for 2026.');
}
{
  const { s } = on('fortescue', '2026-02-19');
  s(
    ['history'],
    'Iron ore shipments were 47.9 million tonnes in the December quarter, 4% higher than the prior corresponding period.',
  );
}
{
  const { s, year } = on('lululemon', '2026-03-26');
  s(['not-guidance'], 'Consensus sits at $14.50 for full-year EPS.');
  s(
    ['basis-points', 'decline-sign'],
    'We expect gross margin to decline by 110 to 130 basis points this year.',
    d(range('-1.3', '-1.1'), 'percent', 'expect', year, ABS, 'gross_margin'),
  );
  s(
    ['idiom', 'deadline-modifier'],
    'Gross margin for the year should settle around 57%.',
    d(aboutPct('57'), 'percent', 'expect', year, null, 'gross_margin'),
  );
}
{
  const { s, fy } = on('canon', '2026-01-29');
  s(['not-guidance'], 'The yen is forecast at 145 to the dollar for the full year.');
  s(
    ['idiom'],
    'Operating margin should be in the low teens for 2026.',
    d(band('13', '15'), 'percent', 'expect', fy(2026), null, 'operating_margin'),
  );
}
{
  const { s, mq } = on('apple', '2026-01-29');
  s(['not-guidance'], 'We see the global smartphone market growing about 2% next year.');
  s(
    ['growth', 'idiom'],
    'We expect services revenue to grow by low double digits in the March quarter.',
    d(band('10', '14'), 'percent', 'expect', mq(3), REL, 'services_revenue'),
  );
}
{
  const { s } = on('cummins', '2026-02-05');
  s(
    ['not-guidance'],
    'Revenue would be down 5% if North American truck demand falls as steeply as some forecasters expect.',
  );
}
{
  const { s, year } = on('ferguson', '2026-03-10');
  s(['history'], 'We delivered an operating margin of 9.1% in fiscal 2025, in line with our target.');
  s(
    ['basis-points'],
    'Operating margin should expand 20 to 40 bps for the year.',
    d(range('0.2', '0.4'), 'percent', 'expect', year, ABS, 'operating_margin'),
  );
}
{
  const { s } = on('salesforce', '2026-02-25');
  s(['not-guidance'], 'The Board has approved a dividend of $0.42 per share, paid on April 23.');
}
{
  const { s, year } = on('amazon', '2026-02-05');
  s(
    ['idiom'],
    'We expect capital expenditures to be in the ballpark of $200 billion this year.',
    d(about(bn('200')), 'USD', 'expect', year, null, 'capex'),
  );
}
{
  const { s, fy } = on('adobe', '2025-12-10');
  s(
    ['plain', 'idiom', 'deadline-modifier'],
    "We're targeting revenue of roughly $25.9 billion to $26.1 billion for fiscal 2026.",
    d(range(bn('25.9'), bn('26.1')), 'USD', 'target', fy(2026), null, 'revenue'),
  );
}
{
  const { s, year } = on('tcs', '2026-04-09');
  s(
    ['plain', 'idiom'],
    'We aim to keep attrition in the 12% to 13% band this year.',
    d(range('12', '13'), 'percent', 'target', year, null, 'attrition'),
  );
}
{
  const { s, year } = on('disney', '2026-02-02');
  s(
    ['growth', 'idiom'],
    'We expect adjusted EPS growth to come in at a double-digit rate this year.',
    d(band('10', '100'), 'percent', 'expect', year, REL, 'eps'),
  );
}
{
  const { s, year } = on('compass', '2026-05-13');
  s(
    ['growth', 'idiom'],
    'We expect organic revenue growth of around ten percent this year.',
    d(aboutPct('10'), 'percent', 'expect', year, REL, 'revenue'),
  );
}
{
  const { s, fy } = on('volkswagen', '2026-03-10');
  s(
    ['decline-sign', 'idiom'],
    'We expect deliveries in 2026 to be slightly below the prior-year level.',
    d(lt('0'), null, 'expect', fy(2026), REL, 'deliveries'),
  );
  s(
    ['decline-sign', 'idiom'],
    'Operating margin should be a touch lower in 2026.',
    d(lt('0'), null, 'expect', fy(2026), ABS, 'operating_margin'),
  );
}
{
  const { s, year } = on('bayer', '2026-03-04');
  s(
    ['decline-sign', 'idiom'],
    'We expect net financial debt to come down by around €1 billion this year.',
    d(about(neg(bn('1'))), 'EUR', 'expect', year, ABS, 'net_debt'),
  );
}
{
  const { s, fy } = on('dhl', '2026-03-05');
  s(
    ['decline-sign', 'plain'],
    'Capital expenditure will be reduced to between €2.6 billion and €2.8 billion in 2026.',
    d(range(bn('2.6'), bn('2.8')), 'EUR', 'will', fy(2026), null, 'capex'),
  );
}
{
  const { s, fy } = on('basf', '2026-02-27');
  s(
    ['decline-sign'],
    'EBITDA before special items is expected to decrease slightly in 2026.',
    d(lt('0'), null, 'expect', fy(2026), REL, 'ebitda'),
  );
}
{
  const { s, fy } = on('amd', '2026-02-03');
  s(
    ['compound', 'growth'],
    'We expect data center revenue to grow more than 60% in 2026 and gross margin to be approximately 55%.',
    d(gt('60'), 'percent', 'expect', fy(2026), REL, 'data_center_revenue'),
    d(aboutPct('55'), 'percent', 'expect', fy(2026), null, 'gross_margin'),
  );
}
{
  const { s, fy } = on('pg', '2026-01-22');
  s(
    ['plain', 'deadline-modifier'],
    'Under our Fit for Growth plan we target adjusted free cash flow productivity of 90% in fiscal 2027.',
    d(stated('90', '0.5'), 'percent', 'target', fy(2027), null, 'fcf_productivity'),
  );
}
{
  const { s, fy } = on('ashtead', '2026-06-16');
  s(
    ['compound', 'deadline-modifier'],
    'For fiscal 2027, we plan capital expenditure of $3.0 billion to $3.5 billion and expect leverage around 1.5 times at year-end.',
    d(range(bn('3.0'), bn('3.5')), 'USD', 'target', fy(2027), null, 'capex'),
    d(about('1.5'), 'number', 'expect', fy(2027), null, 'leverage'),
  );
}
{
  const { s, q } = on('burberry', '2026-05-14');
  s(
    ['decline-sign', 'idiom'],
    'We expect wholesale revenue in the first half to be down by a mid-single-digit percentage.',
    d(downBand('4', '7'), 'percent', 'expect', q(2), REL, 'wholesale_revenue'),
  );
}
{
  const { s } = on('meta', '2026-01-28');
  s(['not-guidance'], 'Sell-side estimates put 2026 capital expenditures near $120 billion.');
}
{
  const { s } = on('cisco', '2026-02-11');
  s(['history'], 'Revenue increased 9% year over year in the second quarter.');
}
{
  const { s } = on('alphabet', '2026-02-04');
  s(['history'], 'Capital expenditures last year came to $91 billion.');
}
{
  const { s } = on('reliance', '2026-01-16');
  s(['history'], 'We have opened 2,500 new retail stores so far this fiscal year.');
}
{
  const { s } = on('dell', '2026-02-26');
  s(['not-guidance'], 'Excluding the AI server ramp, revenue would have grown 3%.');
}
{
  const { s } = on('chevron', '2026-01-30');
  s(['not-guidance'], 'Production could rise a further 3% if the Tengiz expansion ramps on schedule.');
}
{
  const { s } = on('deutsche-telekom', '2026-02-26');
  s(['not-guidance'], 'We hit our goal of 10 million fiber households a year ahead of plan.');
}
{
  const { s } = on('csl', '2026-02-10');
  s(['history'], 'NPATA growth of 14% met the top of our guidance range.');
}

// ---- Eighth round, second batch: more forms of the same classes, labelled before the parser was run on them -------
{
  const { s } = on('pepsico', '2026-02-04');
  s(['not-guidance'], 'Today we announced a 5% increase in our annualized dividend, to $5.92 per share.');
}
{
  const { s } = on('coca-cola', '2026-02-11');
  s(['history'], 'We raised our quarterly dividend by 5% to $0.54 per share.');
}
{
  const { s } = on('bp', '2026-02-10');
  s(['not-guidance'], 'We met our $2 billion structural cost reduction goal ahead of schedule.');
}
{
  const { s } = on('amex', '2026-01-23');
  s(['not-guidance'], 'Wall Street expects 2026 EPS of about $17.30.');
}
{
  const { s } = on('airbus', '2026-02-19');
  s(['not-guidance'], 'Each 10 cent move in the euro-dollar rate changes EBIT Adjusted by around €1 billion.');
}
{
  const { s } = on('chevron', '2026-01-30');
  s(['not-guidance'], 'A $10 per barrel change in Brent affects annual cash flow by roughly $2 billion.');
}
{
  const { s } = on('lululemon', '2026-03-26');
  s(['not-guidance'], 'Excluding the 53rd week, revenue would have grown 4% last year.');
}
{
  const { s, fy } = on('diageo', '2026-02-03');
  s(['history'], 'Since fiscal 2022 we have cut net debt to EBITDA from 3.4 times to 3.0 times.');
  s(
    ['growth'],
    'Barring unforeseen circumstances, we expect organic operating profit growth of 2% to 4% in fiscal 2027.',
    d(range('2', '4'), 'percent', 'expect', fy(2027), REL, 'organic_operating_profit'),
  );
}
{
  const { s } = on('caterpillar', '2026-01-29');
  s(['history'], 'Adjusted operating margin of 20.1% landed at the top of our target range.');
}
{
  const { s } = on('adobe', '2025-12-10');
  s(['history'], 'Revenue grew 11% in fiscal 2025, at the top end of our 10% to 11% guidance range.');
}
{
  const { s } = on('volvo', '2026-01-29');
  s(['not-guidance'], 'Tariffs would reduce our operating margin by about 1 percentage point if they stay in place.');
}
{
  const { s } = on('apple', '2026-01-29');
  s(['history'], 'We returned over $25 billion to shareholders during the December quarter.');
}
{
  const { s, year } = on('vodafone', '2025-11-11');
  s(
    ['idiom', 'deadline-modifier'],
    'We expect adjusted free cash flow in the region of €2.4 billion for the year.',
    d(about(bn('2.4')), 'EUR', 'expect', year, null, 'adjusted_fcf'),
  );
}
{
  const { s, year } = on('compass', '2026-05-13');
  s(
    ['growth', 'idiom'],
    'We expect underlying operating profit to increase by circa 10% this year.',
    d(aboutPct('10'), 'percent', 'expect', year, REL, 'operating_profit'),
  );
  s(
    ['basis-points'],
    'We expect margin progression of 20 to 30 basis points this year.',
    d(range('0.2', '0.3'), 'percent', 'expect', year, ABS, 'operating_margin'),
  );
}
{
  const { s, fy } = on('dhl', '2026-03-05');
  s(['idiom'], 'We expect EBIT of c.€6 billion in 2026.', d(about(bn('6')), 'EUR', 'expect', fy(2026), null, 'ebit'));
}
{
  const { s, fy } = on('basf', '2026-02-27');
  s(
    ['idiom'],
    'We expect EBITDA before special items to the tune of €8 billion in 2026.',
    d(about(bn('8')), 'EUR', 'expect', fy(2026), null, 'ebitda'),
  );
}
{
  const { s, fy } = on('adyen', '2026-02-12');
  s(
    ['idiom'],
    'We expect EBITDA margin in the mid-fifties in 2026.',
    d(band('54', '57'), 'percent', 'expect', fy(2026), null, 'ebitda_margin'),
  );
}
{
  const { s, fy } = on('ahold-delhaize', '2026-02-11');
  s(
    ['idiom'],
    'We expect underlying operating margin to be flattish in 2026.',
    d(flat, null, 'expect', fy(2026), REL, 'operating_margin'),
  );
}
{
  const { s, q } = on('applied-materials', '2026-02-12');
  s(
    ['plain', 'idiom'],
    'We expect second-quarter revenue of about $7.65 billion, plus or minus $500 million.',
    d(plusMinus(bn('7.65'), mn('500')), 'USD', 'expect', q(2), null, 'revenue'),
  );
  s(
    ['idiom'],
    'Gross margin should be 48.5%, give or take half a point, in the second quarter.',
    d(plusMinus('48.5', '0.5'), 'percent', 'expect', q(2), null, 'gross_margin'),
  );
}
{
  const { s, q } = on('atlassian', '2026-01-30');
  s(
    ['growth', 'idiom'],
    'We expect cloud revenue growth of approximately 22.5% in Q3.',
    d(stated('22.5', '0.5'), 'percent', 'expect', q(3), REL, 'cloud_revenue'),
  );
}
{
  const { s, fy } = on('autodesk', '2026-02-26');
  s(
    ['idiom'],
    'Free cash flow for fiscal 2027 is expected to be in the neighborhood of $2.5 billion.',
    d(about(bn('2.5')), 'USD', 'expect', fy(2027), null, 'free_cash_flow'),
  );
}
{
  const { s, year } = on('best-buy', '2026-03-03');
  s(
    ['growth', 'decline-sign'],
    'We expect comparable sales in a range of down 1% to up 1% this year.',
    d(range('-1', '1'), 'percent', 'expect', year, REL, null),
  );
}
{
  const { s, fy } = on('bayer', '2026-03-04');
  s(
    ['idiom'],
    'Core EPS is expected to be in a corridor of €4.50 to €5.00 in 2026.',
    d(range('4.50', '5.00'), 'EUR', 'expect', fy(2026), null, 'core_eps'),
  );
}
{
  const { s, fy } = on('burberry', '2026-05-14');
  s(
    ['basis-points'],
    'We expect operating margin to improve by 100 to 200 basis points in fiscal 2027.',
    d(range('1', '2'), 'percent', 'expect', fy(2027), ABS, 'operating_margin'),
  );
}
{
  const { s, fy } = on('canon', '2026-01-29');
  s(
    ['basis-points', 'decline-sign', 'idiom'],
    'We expect the operating margin to decline by around 50 basis points in 2026.',
    d(stated('-0.5', '0.5'), 'percent', 'expect', fy(2026), ABS, 'operating_margin'),
  );
}
{
  const { s, fy } = on('cisco', '2026-02-11');
  s(
    ['basis-points'],
    'We expect a 50 to 100 basis point improvement in operating margin in fiscal 2027.',
    d(range('0.5', '1'), 'percent', 'expect', fy(2027), ABS, 'operating_margin'),
  );
}
{
  const { s, fy } = on('deutsche-telekom', '2026-02-26');
  s(
    ['growth', 'idiom'],
    'Adjusted EBITDA AL growth should be low-to-mid single digits in 2026.',
    d(band('1', '7'), 'percent', 'expect', fy(2026), REL, 'ebitda_al'),
  );
}
{
  const { s, q } = on('dell', '2026-02-26');
  s(
    ['decline-sign', 'growth'],
    'We expect revenue to contract by 2% to 4% in the first quarter.',
    d(range('-4', '-2'), 'percent', 'expect', q(1), REL, 'revenue'),
  );
}
{
  const { s, fy } = on('eli-lilly', '2026-02-05');
  s(
    ['idiom'],
    'We see the non-GAAP tax rate at approximately 16% to 17% for 2026.',
    d(range('16', '17'), 'percent', 'expect', fy(2026), null, 'tax_rate'),
  );
  s(['not-guidance'], 'In a downside scenario, revenue could be as low as $58 billion.');
}
{
  const { s, year } = on('ferguson', '2026-03-10');
  s(
    ['decline-sign', 'growth'],
    'We expect net sales growth of (2)% to 1% for the year.',
    d(range('-2', '1'), 'percent', 'expect', year, REL, 'revenue'),
  );
}
{
  const { s, fy } = on('fortescue', '2026-02-19');
  s(
    ['plain'],
    'C1 cost is expected to be US$17.50 to US$18.50 per wet metric tonne in FY26.',
    d(range('17.50', '18.50'), 'USD', 'expect', fy(2026), null, 'c1_cost'),
  );
}
{
  const { s, q } = on('intel', '2026-01-22');
  s(
    ['compound', 'idiom'],
    'We expect first-quarter revenue of $11.7 billion to $12.7 billion, with gross margin of roughly 34.5%.',
    d(range(bn('11.7'), bn('12.7')), 'USD', 'expect', q(1), null, 'revenue'),
    d(stated('34.5', '0.5'), 'percent', 'expect', q(1), null, 'gross_margin'),
  );
}
{
  const { s, q } = on('tcs', '2026-04-09');
  s(
    ['idiom', 'decline-sign'],
    'We expect attrition to trend down to around 12% by the fourth quarter.',
    d(aboutPct('12'), 'percent', 'expect', q(4), null, 'attrition'),
  );
}
{
  const { s, fy } = on('nio', '2026-03-18');
  s(
    ['idiom'],
    'We expect vehicle margin to recover to the mid-teens in the second half.',
    d(band('15', '17'), 'percent', 'expect', fy(2026), null, 'vehicle_margin'),
  );
}
{
  const { s, fy } = on('tesla', '2026-01-28');
  s(
    ['growth'],
    'We expect energy storage deployments to grow at least 30% in 2026.',
    d(gte('30'), 'percent', 'expect', fy(2026), REL, 'storage_deployments'),
  );
}
{
  const { s, nextYear } = on('reliance', '2026-01-16');
  s(
    ['count'],
    'We plan to open 1,500 to 2,000 new stores next year.',
    d(range('1500', '2000'), 'count', 'target', nextYear, null, null),
  );
}
{
  const { s, fy } = on('cummins', '2026-02-05');
  s(
    ['basis-points', 'decline-sign'],
    'We expect EBITDA margin to be flat to down 50 basis points in 2026.',
    d(range('-0.5', '0'), 'percent', 'expect', fy(2026), ABS, 'ebitda_margin'),
  );
}
{
  const { s, fy } = on('embraer', '2026-02-20');
  s(
    ['compound', 'count'],
    'We expect commercial aviation deliveries of 77 to 85 aircraft and executive aviation deliveries of 145 to 155 aircraft in 2026.',
    d(range('77', '85'), 'count', 'expect', fy(2026), null, 'commercial_deliveries'),
    d(range('145', '155'), 'count', 'expect', fy(2026), null, 'executive_deliveries'),
  );
}
{
  const { s, fy } = on('ashtead', '2026-06-16');
  s(
    ['growth', 'idiom'],
    'Rental revenue growth should moderate to the low single digits in fiscal 2027.',
    d(band('1', '4'), 'percent', 'expect', fy(2027), REL, 'rental_revenue'),
  );
}
{
  const { s } = on('nintendo', '2026-02-03');
  s(['history'], 'Nintendo Switch 2 sell-through has topped 17 million units since launch.');
}
{
  const { s } = on('salesforce', '2026-02-25');
  s(['history'], 'Operating margin expanded 150 basis points year over year to 33.4%.');
}
{
  const { s } = on('abbott', '2026-01-22');
  s(['history'], 'Organic sales growth, excluding COVID testing, was 7.2% in the quarter.');
}

// ---- Eighth round, third batch: more of the not-guidance family (earlier guidance, others' forecasts by name,
// conditions written as "in the event of", "absent", "were ... to", sensitivities, dividends, buybacks, market and
// industry figures) beside guidance with a trap in it; labelled before the parser was run on them ---------------------
{
  const { s } = on('coca-cola', '2026-02-11');
  s(['history'], 'Our 2025 guidance called for organic revenue growth of 5% to 6%.');
}
{
  const { s } = on('adobe', '2025-12-10');
  s(['not-guidance'], 'At the midpoint, our prior outlook implied EPS of $20.50.');
}
{
  const { s } = on('deere', '2026-02-19');
  s(['history'], 'Net income for the first quarter reached $1.1 billion.');
}
{
  const { s } = on('intel', '2026-01-22');
  s(['not-guidance'], 'Analysts polled by LSEG had on average expected revenue of $12.4 billion.');
}
{
  const { s } = on('dell', '2026-02-26');
  s(['not-guidance'], 'According to IDC, the PC market will grow 3% next year.');
}
{
  const { s } = on('amazon', '2026-02-05');
  s(['not-guidance'], "Per Gartner's forecast, cloud spending will rise 20% in 2026.");
}
{
  const { s } = on('volkswagen', '2026-03-10');
  s(['not-guidance'], 'Industry forecasts call for global light-vehicle production to be flat in 2026.');
}
{
  const { s } = on('rbc', '2025-12-03');
  s(['not-guidance'], 'The central bank expects inflation to fall to 2.5% by year-end.');
}
{
  const { s } = on('airbus', '2026-02-19');
  s(['not-guidance'], 'Our sensitivity: a one-cent change in the euro moves EBIT Adjusted by about €100 million.');
}
{
  const { s } = on('amex', '2026-01-23');
  s(['not-guidance'], 'We declared a special dividend of $1.00 per share, payable in March.');
}
{
  const { s } = on('diageo', '2026-02-03');
  s(['not-guidance'], 'Shareholders approved a final dividend of 62 pence at the AGM.');
}
{
  const { s } = on('csl', '2026-02-10');
  s(['not-guidance'], 'The interim dividend is US$1.30 per share, unfranked.');
}
{
  const { s } = on('apple', '2026-01-29');
  s(['history'], 'We have completed $90 billion of our $110 billion buyback.');
}
{
  const { s } = on('basf', '2026-02-27');
  s(['not-guidance'], 'If the acquisition closes in the second quarter, EBITDA would rise by about €300 million.');
}
{
  const { s } = on('nio', '2026-03-18');
  s(['not-guidance'], 'Unless demand recovers, we could see deliveries fall 5%.');
}
{
  const { s } = on('vale', '2026-02-20');
  s(['not-guidance'], 'Provided the plant restarts on time, copper output should reach 400,000 tonnes in 2027.');
}
{
  const { s } = on('caterpillar', '2026-01-29');
  s(['not-guidance'], 'In the event of a recession, we would expect revenue to decline by mid-single digits.');
}
{
  const { s } = on('alibaba', '2026-02-20');
  s(['not-guidance'], 'Absent a recovery in consumption, cloud revenue growth would stay near 15%.');
}
{
  const { s } = on('chevron', '2026-01-30');
  s(['not-guidance'], 'Were oil prices to fall further, we would cut capex by $1 billion.');
}
{
  const { s } = on('meta', '2026-01-28');
  s(['not-guidance'], 'A 10% move in the dollar would change our revenue by roughly 2%.');
}
{
  const { s } = on('bp', '2026-02-10');
  s(['history'], 'We previously expected capital expenditure of about $15 billion.');
}
{
  const { s } = on('pg', '2026-01-22');
  s(['history'], "Last year's guidance was for 3% to 5% organic sales growth.");
}
{
  const { s } = on('ashtead', '2026-06-16');
  s(['history'], 'Through the first half, rental revenue totalled $5.6 billion.');
}
{
  const { s } = on('compass', '2026-05-13');
  s(['history'], 'Our investor day target of a 7.5% operating margin was reached a year early.');
}
{
  const { s } = on('adyen', '2026-02-12');
  s(['not-guidance'], 'We continue to see the payments market growing at 8% a year.');
}
{
  const { s } = on('cummins', '2026-02-05');
  s(['not-guidance'], 'We see North American heavy-duty truck industry volumes down 5% in 2026.');
}
{
  const { s } = on('boeing', '2026-01-27');
  s(['history'], 'Our order backlog stands at $600 billion.');
}
{
  const { s, fy } = on('salesforce', '2026-02-25');
  s(['history'], 'Today, subscription revenue makes up 94% of the total.');
  s(
    ['growth', 'idiom', 'deadline-modifier'],
    'Operating cash flow is expected to be up low double digits in fiscal 2027.',
    d(band('10', '14'), 'percent', 'expect', fy(2027), REL, 'operating_cash_flow'),
  );
}
{
  const { s, year } = on('best-buy', '2026-03-03');
  s(
    ['plain'],
    'We expect an operating income rate of 4.2% to 4.4% this year, barring a sharp downturn in consumer spending.',
    d(range('4.2', '4.4'), 'percent', 'expect', year, null, 'operating_income_rate'),
  );
}
{
  const { s, nextYear } = on('woodside', '2026-02-24');
  s(
    ['decline-sign', 'idiom'],
    'We anticipate a mid-single-digit decline in production next year.',
    d(downBand('4', '7'), 'percent', 'expect', nextYear, REL, 'production'),
  );
}
{
  const { s, fy } = on('spotify', '2026-02-10');
  s(
    ['idiom', 'deadline-modifier'],
    'We expect gross margin of 32%, plus or minus half a percentage point, for the full year.',
    d(plusMinus('32', '0.5'), 'percent', 'expect', fy(2026), null, 'gross_margin'),
  );
}
{
  const { s, year } = on('alphabet', '2026-02-04');
  s(
    ['idiom'],
    'We see capex coming in at or slightly below $180 billion this year.',
    d(lte(bn('180')), 'USD', 'expect', year, null, 'capex'),
  );
}
{
  const { s, year } = on('lululemon', '2026-03-26');
  s(
    ['growth', 'idiom'],
    'Diluted EPS should grow in the high teens this year.',
    d(band('17', '20'), 'percent', 'expect', year, REL, 'eps'),
  );
}
{
  const { s, mq } = on('apple', '2026-01-29');
  s(
    ['basis-points', 'decline-sign'],
    'We expect a gross margin contraction of 40 to 60 basis points in the March quarter.',
    d(range('-0.6', '-0.4'), 'percent', 'expect', mq(3), ABS, 'gross_margin'),
  );
}
{
  const { s, fy } = on('rbc', '2025-12-03');
  s(
    ['decline-sign'],
    'We expect non-interest expense to be down 1-2% in 2026.',
    d(range('-2', '-1'), 'percent', 'expect', fy(2026), REL, 'expenses'),
  );
}
{
  const { s, fy } = on('nintendo', '2026-02-03');
  s(
    ['idiom'],
    'We forecast operating profit of around ¥370 billion for the year ending March 2026.',
    d(about(bn('370')), 'JPY', 'expect', fy(2026), null, 'operating_profit'),
  );
}
{
  const { s, fy } = on('tesla', '2026-01-28');
  s(
    ['plain'],
    'Capital expenditures should exceed $11 billion in 2026.',
    d(gt(bn('11')), 'USD', 'expect', fy(2026), null, 'capex'),
  );
}
