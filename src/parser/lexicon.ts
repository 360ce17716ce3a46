// The words that name metrics and segments, and turn them into a suggested key '<segment>.<measure>' such as
// 'cloud.ebita_margin'. Segments are Alibaba's as it reports them; any other name written before the measure
// becomes a segment of its own ("Azure revenue" -> 'azure.revenue').
import type { GoodDirection } from '../domain/model.js';
import { collapse } from './text.js';

export type UnitKind = 'money' | 'percent' | 'count' | null;

interface MeasureWord {
  re: RegExp;
  key: string;
  good: GoodDirection;
  unit: UnitKind;
}

// First match wins, so longer names come before the words they contain.
const MEASURE_WORDS: MeasureWord[] = [
  // Rates and ratios in percent, before the words they contain ("tax", "cost", "loss", "capital").
  // A cost over revenue: lower is better ("SG&A as a percentage of home sales revenues", "a railroad's operating
  // ratio").
  {
    re: /\b(?:sg&a|expenses?|costs?|opex|overheads?)\s+as\s+an?\s+(?:percentage|percent|share|proportion)\s+of\s+(?:[\w&-]+\s+){0,3}?(?:revenues?|sales)\b|\b(?:sg&a|expense|cost)\s+ratio\b/i,
    key: 'expense_ratio',
    good: 'lower',
    unit: 'percent',
  },
  // Spending over revenue is a ratio, not the amount spent: "capex-to-sales", "capital intensity", "R&D as a
  // percentage of revenue".
  {
    re: /\b(?:capex|capital\s+(?:expenditures?|spending))(?:[\s-]*(?:to|\/)[\s-]*(?:sales|revenues?)(?:\s+ratio)?|\s+as\s+an?\s+(?:percentage|percent|share|proportion)\s+of\s+(?:sales|revenues?))\b|\bcapital\s+intensity\b/i,
    key: 'capex_to_sales',
    good: 'neutral',
    unit: 'percent',
  },
  {
    re: /\b(?:r&d|research\s+and\s+development)(?:[\s-]*(?:to|\/)[\s-]*(?:sales|revenues?)(?:\s+ratio)?|\s+as\s+an?\s+(?:percentage|percent|share|proportion)\s+of\s+(?:sales|revenues?)|\s+intensity)\b/i,
    key: 'rnd_to_sales',
    good: 'neutral',
    unit: 'percent',
  },
  { re: /\boperating\s+ratio\b/i, key: 'operating_ratio', good: 'lower', unit: 'percent' },
  { re: /\b(?:effective\s+)?tax\s+rate\b/i, key: 'tax_rate', good: 'lower', unit: 'percent' },
  { re: /\bcost[\s:/-]*(?:to[\s-]*)?income\s+ratio\b/i, key: 'cost_income_ratio', good: 'lower', unit: 'percent' },
  { re: /\befficiency\s+ratio\b/i, key: 'efficiency_ratio', good: 'lower', unit: 'percent' },
  // A lender's credit costs are a rate on its loans, not an amount: "credit costs below 40 basis points".
  {
    re: /\bcredit\s+costs?(?:\s+ratio)?\b|\bcost\s+of\s+risk\b/i,
    key: 'credit_cost',
    good: 'lower',
    unit: 'percent',
  },
  {
    re: /\b(?:cet\s?1|common\s+equity\s+tier\s+1)(?:\s+(?:capital\s+)?ratio)?\b/i,
    key: 'cet1_ratio',
    good: 'higher',
    unit: 'percent',
  },
  { re: /\bcombined\s+ratio\b/i, key: 'combined_ratio', good: 'lower', unit: 'percent' },
  { re: /\bpayout\s+ratio\b/i, key: 'payout_ratio', good: 'neutral', unit: 'percent' },
  {
    re: /\b(?:return\s+on\s+(?:tangible\s+)?equity|rote|roe)\b/i,
    key: 'return_on_equity',
    good: 'higher',
    unit: 'percent',
  },
  // Profit over sales is a margin under another name, a level in percent and no growth of sales: "a Group return
  // on sales of up to 2%".
  { re: /\breturn\s+on\s+(?:sales|revenues?)\b/i, key: 'return_on_sales', good: 'higher', unit: 'percent' },
  // A part's share of sales is a ratio, a level in percent, not the sales: "raise the overseas share of revenue to
  // 61%".
  {
    re: /\b(?:share|proportion|portion)\s+of\s+(?:(?:our|its|the|total|group|net|consolidated)\s+)?(?:revenues?|sales|turnover)\b/i,
    key: 'revenue_share',
    good: 'higher',
    unit: 'percent',
  },
  { re: /\bnet\s+interest\s+margin\b|\bnim\b/i, key: 'net_interest_margin', good: 'higher', unit: 'percent' },
  { re: /\badjusted\s+ebita\s+margins?\b/i, key: 'adjusted_ebita_margin', good: 'higher', unit: 'percent' },
  { re: /\bebita\s+margins?\b/i, key: 'ebita_margin', good: 'higher', unit: 'percent' },
  { re: /\b(?:adjusted\s+)?ebitda\s+margins?\b/i, key: 'ebitda_margin', good: 'higher', unit: 'percent' },
  { re: /\boperating\s+margins?\b/i, key: 'operating_margin', good: 'higher', unit: 'percent' },
  { re: /\bgross\s+margins?\b/i, key: 'gross_margin', good: 'higher', unit: 'percent' },
  { re: /\bnet\s+margins?\b/i, key: 'net_margin', good: 'higher', unit: 'percent' },
  { re: /\b(?:profit\s+)?margins?\b/i, key: 'profit_margin', good: 'higher', unit: 'percent' },
  { re: /\bmarket\s+share\b/i, key: 'market_share', good: 'higher', unit: 'percent' },
  { re: /\btake\s+rate\b|\bmonetization\s+rate\b/i, key: 'take_rate', good: 'higher', unit: 'percent' },
  { re: /\barr\b|\bannual(?:ized)?\s+recurring\s+revenue\b/i, key: 'arr', good: 'higher', unit: 'money' },
  { re: /\bcmr\b|\bcustomer\s+management\s+revenue\b/i, key: 'cmr', good: 'higher', unit: 'money' },
  { re: /\bgmv\b/i, key: 'gmv', good: 'higher', unit: 'money' },
  { re: /\bcapex\b|\bcapital\s+(?:expenditures?|spending)\b/i, key: 'capex', good: 'neutral', unit: 'money' },
  { re: /\bfree\s+cash\s+flow\b|\bfcf\b/i, key: 'free_cash_flow', good: 'higher', unit: 'money' },
  { re: /\boperating\s+cash\s+flow\b/i, key: 'operating_cash_flow', good: 'higher', unit: 'money' },
  { re: /\b(?:adjusted\s+)?net\s+(?:income|profit)\b/i, key: 'net_income', good: 'higher', unit: 'money' },
  { re: /\boperating\s+(?:expenses|costs)\b|\bopex\b/i, key: 'operating_expenses', good: 'lower', unit: 'money' },
  { re: /\bunit\s+econom(?:ics|ic)\b|\bue\b/i, key: 'unit_economics', good: 'higher', unit: null },
  { re: /\blos(?:s|ses)\b/i, key: 'loss', good: 'lower', unit: 'money' },
  { re: /\boperating\s+(?:profit|income)\b/i, key: 'operating_profit', good: 'higher', unit: 'money' },
  { re: /\badjusted\s+ebitda\b/i, key: 'adjusted_ebitda', good: 'higher', unit: 'money' },
  { re: /\bebitda\b/i, key: 'ebitda', good: 'higher', unit: 'money' },
  { re: /\badjusted\s+ebita\b/i, key: 'adjusted_ebita', good: 'higher', unit: 'money' },
  { re: /\bebita\b/i, key: 'ebita', good: 'higher', unit: 'money' },
  { re: /\bebit\b/i, key: 'ebit', good: 'higher', unit: 'money' },
  { re: /\beps\b|\bearnings\s+per\s+(?:diluted\s+)?share\b/i, key: 'eps', good: 'higher', unit: 'money' },
  { re: /\bnet\s+interest\s+income\b|\bnii\b/i, key: 'net_interest_income', good: 'higher', unit: 'money' },
  { re: /\bgross\s+bookings\b/i, key: 'gross_bookings', good: 'higher', unit: 'money' },
  {
    re: /\b(?:return\s+on\s+(?:invested|capital)|roic|roce)\b/i,
    key: 'return_on_capital',
    good: 'higher',
    unit: 'percent',
  },
  // Debt and its cost: lower is better ("net debt of \$14 billion by 2027" is a ceiling).
  { re: /\bnet\s+(?:financial\s+)?debt\b|\bdebt\b/i, key: 'net_debt', good: 'lower', unit: 'money' },
  {
    re: /\binterest\s+(?:expense|costs?)\b|\bfinance\s+costs?\b/i,
    key: 'interest_expense',
    good: 'lower',
    unit: 'money',
  },
  { re: /\bprofit(?:s|ability)?\b|\bearnings\b/i, key: 'profit', good: 'higher', unit: 'money' },
  // Savings are counted up: "$20 billion of structural cost savings", "$1 billion of cost reductions".
  {
    re: /\b(?:cost\s+)?(?:savings|synergies|efficiencies)\b|\bcost\s+reductions?\b/i,
    key: 'cost_savings',
    good: 'higher',
    unit: 'money',
  },
  { re: /\bcosts?\b|\bexpenses\b/i, key: 'costs', good: 'lower', unit: 'money' },
  // A debt multiple: lower is better ("2.0x or better").
  {
    re: /\b(?:(?:net|gross)\s+)?leverage(?:\s+ratio)?\b|\bnet\s+debt\s+to\s+(?:adjusted\s+)?ebitda\b/i,
    key: 'leverage',
    good: 'lower',
    unit: null,
  },
  { re: /\bdividends?\b/i, key: 'dividend', good: 'higher', unit: 'money' },
  {
    re: /\b(?:share\s+)?buybacks?\b|\bshare\s+repurchases?\b|\brepurchases?\b/i,
    key: 'buyback',
    good: 'higher',
    unit: 'money',
  },
  { re: /\bmonthly\s+active\s+users\b|\bmaus?\b/i, key: 'mau', good: 'higher', unit: 'count' },
  { re: /\bdaily\s+active\s+users\b|\bdaus?\b/i, key: 'dau', good: 'higher', unit: 'count' },
  // Things counted, a network of them included: "take our rural preferred distributor network to more than 32,000".
  {
    re: /\b(?:users|subscribers?|subscriber\s+base|consumers|customers?|downloads|orders|members|shipments|deliveries|vehicles|headcount|employees|people|stores|restaurants|aircraft|airplanes|units|unit\s+sales|units\s+sold|cities|rides|net\s+(?:additions|adds)|lines|connections|accounts|passengers?(?:\s+numbers)?|(?:store|restaurant|unit|member)\s+count|households|guests|visitors|locations|branches|outlets|patients|openings|closures|boutiques|shops|showrooms|dealerships|(?:home\s+)?completions|hires|hotels|clinics|warehouses|jets|planes|distributors|dealers|franchisees|(?:distributor|dealer|agent|franchise)\s+network)\b/i,
    key: '',
    good: 'higher',
    unit: 'count',
  },
  { re: /\brevenues?\b|\bsales\b|\btop[- ]line\b/i, key: 'revenue', good: 'higher', unit: 'money' },
  // Physical output: its unit comes from the figure ("4.2 million tonnes", "200,000 vehicles").
  { re: /\b(?:production|output|volumes?)\b/i, key: 'production', good: 'higher', unit: null },
  { re: /\binvest(?:s|ing|ment|ments)?\b|\bspend(?:s|ing)?\b/i, key: 'capex', good: 'neutral', unit: 'money' },
];

// Alibaba's segments, most specific first ("Taobao Instant Commerce" is instant retail, not China e-commerce).
const SEGMENTS: [RegExp, string][] = [
  [/\bmaas\b|\bbailian\b|\bmodel\s+studio\b/i, 'maas'],
  [/\ball\s+others\b/i, 'all_others'],
  [
    /\binstant[- ](?:retail|commerce)\b|\bquick\s+commerce\b|\bflash\s+sales\b|\bexpress\s+purchases?\b|\bfood\s+delivery\b/i,
    'instant_retail',
  ],
  [/\binternational\b|\baidc\b|\baliexpress\b|\blazada\b|\btrendyol\b|\boverseas\b/i, 'international'],
  [/\btaobao\b|\btmall\b|\btaotian\b|\bchina\s+e-?commerce\b/i, 'china_ecommerce'],
  [/\bcloud\b/i, 'cloud'],
  [/\bai\b|\bai-related\b/i, 'ai'],
];

const AI = /\bai\b|\bai-related\b/i;
const SHARE = /\b(?:share|proportion|percentage|portion)\b|\bof\b.*\b(?:revenue|sales)\b/i;

export const JOINERS = new Set(['of', 'for', 'from', 'in', 'on', 'at', 'and', '&', '+']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'its', 'their', 'this', 'these', 'those']);
/** Words that frame a metric without naming it ("a target of", "the range of", "a CAGR of"). */
const FRAMES = new Set([
  'target',
  'targets',
  'goal',
  'goals',
  'guidance',
  'outlook',
  'forecast',
  'range',
  'level',
  'threshold',
  'mark',
  'growth',
  'rate',
  'cagr',
  'pace',
]);
/** Words that say nothing about which part of the company: dropped before a name becomes a segment. */
const GENERIC = new Set([
  'total',
  'overall',
  'group',
  'company',
  'business',
  'businesses',
  'segment',
  'segments',
  'division',
  'unit',
  'platform',
  'operations',
  'related',
  'gaap',
  'non-gaap',
  'reported',
  'external',
  'annual',
  'quarterly',
  'full-year',
  'net',
  'proportion',
  'share',
  'percentage',
  'products',
  'product',
]);

/** The words that name the metric, without frames, articles and joiners. */
export function metricWords(text: string): string {
  return collapse(
    text
      .split(/\s+/)
      .filter((w) => !FRAMES.has(w.toLowerCase()) && !DETERMINERS.has(w.toLowerCase()))
      .join(' ')
      .replace(/^(?:(?:of|for|from|in|on|at|and)\s+)+|(?:\s+(?:of|for|from|in|on|at|and))+$/gi, '')
      // A clause opened by a connective names no metric: ", before turning positive in the second".
      .replace(/^(?:before|after|then)\b\s*/i, ''),
  );
}

export interface MetricWords {
  key: string;
  good: GoodDirection;
  unit: UnitKind;
  /** The part of `text` that named the measure. */
  matched: string;
}

export function measureIn(text: string): MetricWords | null {
  for (const m of MEASURE_WORDS) {
    const found = m.re.exec(text);
    if (!found) continue;
    const key = m.key || found[0].toLowerCase().replace(/\s+/g, '_');
    // "adjusted operating margin": the adjusted measure is a metric of its own
    const adjusted = /\badjusted\s+$/i.exec(text.slice(0, found.index));
    if (adjusted && !key.startsWith('adjusted_')) {
      return { key: `adjusted_${key}`, good: m.good, unit: m.unit, matched: `${adjusted[0]}${found[0]}` };
    }
    return { key, good: m.good, unit: m.unit, matched: found[0] };
  }
  return null;
}

export function isAiShare(text: string): boolean {
  return AI.test(text) && SHARE.test(text);
}

export function knownSegment(text: string, skipAi: boolean): string | null {
  for (const [re, segment] of SEGMENTS) {
    if (skipAi && segment === 'ai') continue;
    if (re.test(text)) return segment;
  }
  return null;
}

/**
 * A name before the measure word that is not one of the known segments, as its own segment: "Azure revenue"
 * -> 'azure', "Qwen app monthly active users" -> 'qwen_app', "Hema's losses" -> 'hema'.
 */
export function namedSegment(subject: string, measureMatched: string | null): string | null {
  const head = measureMatched ? subject.slice(0, subject.toLowerCase().indexOf(measureMatched.toLowerCase())) : subject;
  const kept = metricWords(head)
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/i, '').toLowerCase())
    .filter((w) => /^[a-z][a-z0-9-]*$/.test(w) && !GENERIC.has(w) && !JOINERS.has(w));
  if (kept.length === 0 || kept.length > 3) return null;
  return kept.join('_').replace(/-/g, '_');
}
