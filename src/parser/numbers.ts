// Figures as written: "RMB 30 billion", "¥39 billion", "$5.4 billion", "10bn", "3 billion yuan", "50%",
// "-7 percentage points", "300 million users". Values stay decimal strings; scales are kept beside them.
import { negateDecimal, shiftDecimal } from '../domain/decimal.js';
import { groupThousands } from '../domain/target.js';
import { type Assumption, type Piece, matchAll } from './text.js';
import type { Scale } from './types.js';

export type QuantityKind = 'percent' | 'money' | 'count' | 'number' | 'points' | 'multiple';

export interface Quantity extends Piece {
  /** The number as written, without sign, scale or unit: '5.4'. */
  digits: string;
  negative: boolean;
  scale: Scale | null;
  currency: string | null;
  kind: QuantityKind;
  /** What is counted, when the figure names it: '2 billion consumers' -> 'consumers'. */
  noun: string | null;
  /** Set when the currency had to be chosen ('¥' with no reporting currency given). */
  currencyAssumption: Assumption | null;
  /** A weight or volume ("million tonnes", "carats", "kt"): a plain number, even of a metric that counts things. */
  physical: boolean;
}

/** A figure written in basis points: '50bp', '50 bps', '50 basis points'. */
export const BASIS_POINTS = /\dbps?\b|\sbps?\b|basis/i;

export const SCALE_POWERS: Record<Scale, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };

const SCALE_WORDS: Record<string, Scale> = {
  thousand: 'thousand',
  k: 'thousand',
  million: 'million',
  mn: 'million',
  mm: 'million',
  m: 'million',
  billion: 'billion',
  bn: 'billion',
  b: 'billion',
  trillion: 'trillion',
  tn: 'trillion',
  t: 'trillion',
};

const CURRENCY_WORDS: Record<string, string> = {
  rmb: 'CNY',
  cny: 'CNY',
  yuan: 'CNY',
  usd: 'USD',
  us$: 'USD',
  $: 'USD',
  dollars: 'USD',
  'us dollars': 'USD',
  hk$: 'HKD',
  hkd: 'HKD',
  nt$: 'TWD',
  s$: 'SGD',
  a$: 'AUD',
  au$: 'AUD',
  nz$: 'NZD',
  sg$: 'SGD',
  mx$: 'MXN',
  c$: 'CAD',
  eur: 'EUR',
  '€': 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  gbp: 'GBP',
  '£': 'GBP',
  inr: 'INR',
  '₹': 'INR',
  rs: 'INR',
  'rs.': 'INR',
  rupees: 'INR',
  // The Indonesian rupiah, the Kenyan shilling and the Malaysian ringgit by their local symbols: "Rp2 trillion",
  // "KSh 60 billion", "RM300 million".
  rp: 'IDR',
  ksh: 'KES',
  rm: 'MYR',
  cad: 'CAD',
  chf: 'CHF',
  pounds: 'GBP',
  jpy: 'JPY',
  yen: 'JPY',
  r$: 'BRL',
  // The South African rand, only before a scaled figure ("R8 billion"), so a name such as 'R2' is no currency.
  r: 'ZAR',
  '₩': 'KRW',
  won: 'KRW',
};

/** Number words, each at its value's index: 'zero' to 'nineteen', and the tens from 'twenty' (20 + 10 * i). */
const SMALL_WORDS = [
  ...'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen'.split(' '),
  ...'seventeen eighteen nineteen'.split(' '),
];
const TENS_VALUES = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** The value of a number written in words up to nine hundred and ninety-nine: "twenty-five", "two hundred". */
function countInWords(words: string): string {
  let total = 0;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === 'hundred') total = Math.max(total, 1) * 100;
    else if (w === 'a') total += 1;
    else if (TENS_VALUES.includes(w)) total += 20 + 10 * TENS_VALUES.indexOf(w);
    else total += Math.max(0, SMALL_WORDS.indexOf(w));
  }
  return String(total);
}

/** ISO 4217 codes written before or after a figure ("DKK 65 billion", "10 billion SEK"); upper case only. */
const ISO_CODES = String.raw`AUD|BRL|CLP|COP|CZK|DKK|HUF|IDR|ILS|KRW|MXN|MYR|NOK|NZD|PHP|PLN|SAR|AED|SEK|SGD|THB|TRY|TWD|ZAR|QAR|KWD|EGP|NGN|VND|PKR|ARS|PEN|KES|GHS|TZS|UGX|MAD|OMR|BHD|JOD|RON|BGN|ISK|LKR|BDT|KZT`;
const PREFIX = String.raw`(?<pre>RMB|CNY|USD|US\$|HK\$|HKD|NT\$|NZ\$|AU\$|SG\$|MX\$|S\$|A\$|C\$|CA\$|R\$|EUR|GBP|JPY|INR|CAD|CHF|${ISO_CODES}|Rs\.?|Rp|RM(?=\s?\d)|KSh|Ksh|R(?=\d[\d.,]*\s?(?:trillion|billion|million|bn|mn|m)\b)|[¥$€£₹₩])\s?`;
/**
 * A range of things counted in words, "eight to ten new stores", "between eight and ten boutiques": each end is a
 * figure. Only in that form, so "two segments" or "one of" are never read as figures.
 */
const COUNT_WORDS = String.raw`two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;
const WORD_RANGE = String.raw`(?<rangeWord>(?<=\b(?:${COUNT_WORDS}) to |\bbetween (?:${COUNT_WORDS}) and )(?:${COUNT_WORDS})|\b(?:${COUNT_WORDS})(?= to (?:${COUNT_WORDS})\b)|(?<=\bbetween )(?:${COUNT_WORDS})(?= and (?:${COUNT_WORDS})\b))`;
/**
 * A number of things written in words before what it counts: "around twenty aircraft", "fifteen new stores", "two
 * hundred restaurants", "nine department stores" (two words at most between, none a preposition). Only before a
 * noun of things a company builds, opens or delivers, so "two segments" or "in three markets" stay words; but a
 * number of hundreds ("roughly seven hundred units") is a figure before any word.
 */
const UNITS_WORDS = SMALL_WORDS.slice(1, 10).join('|');
const TENS_WORDS = TENS_VALUES.join('|');
const TEENS_WORDS = SMALL_WORDS.slice(10).join('|');
const BUILT_NOUNS = String.raw`stores|restaurants|outlets|branches|shops|boutiques|showrooms|dealerships|pharmacies|supermarkets|hypermarkets|cafes|gyms|salons|aircraft|airplanes|planes|jets|vehicles|plants|factories|mills|sites|locations|hotels|clinics|hospitals|ships|vessels|rigs|wells|mines|warehouses|products|drugs|medicines|launches|acquisitions|openings|centres|centers|offices|studios|cinemas|theatres|theaters|depots|terminals|schools|campuses|facilities|resorts|venues|kitchens|bakeries|laboratories|labs|farms`;
const COUNTED_WORD = String.raw`(?<countWord>\b(?:${UNITS_WORDS})\s+hundred(?=\s[a-z])|\b(?:(?:a|${UNITS_WORDS})\s+hundred|(?:${TENS_WORDS})(?:-(?:${UNITS_WORDS}))?|${TEENS_WORDS}|${UNITS_WORDS})(?=\s(?:(?!(?:of|in|on|at|to|and|or|for|with|from|the|a|an)\s)[a-z]+(?:-[a-z]+)?\s){0,2}(?:${BUILT_NOUNS})\b))`;
/**
 * A number in words before a percent, a point, a scale or a multiple, or the first end of a range of them: "around
 * ten percent", "one to four percent", "ten to fifteen percent", "between sixty and seventy million dollars", "fifty
 * basis points", "two times EBITDA" (not "three times a year"). Only before such a word, so "one of" or "two
 * segments" stay words.
 */
const ANY_WORD = String.raw`(?:(?:${TENS_WORDS})(?:-(?:${UNITS_WORDS}))?|${TEENS_WORDS}|${UNITS_WORDS})`;
const MEASURED_AFTER = String.raw`\s+(?:percent|per\s+cent|percentage\s+points?|basis\s+points?|million|billion|trillion|times\b(?!\s+(?:a|an|per|each|every|in|over|as|more|faster|larger|higher|bigger|the)\b))\b`;
const MEASURED_WORD = String.raw`(?<measuredWord>\b${ANY_WORD}\b(?=(?:\s+(?:to|and)\s+${ANY_WORD})?${MEASURED_AFTER}))`;
// "(2)%": an accountant's negative, the parentheses around the digits.
const PAREN_NEGATIVE = String.raw`\((?<paren>\d+(?:\.\d+)?)\)(?=\s?%)`;
const NUMBER = String.raw`(?:(?<=^|[\s(~>≥<≤])(?<neg>[-−]))?(?:${PAREN_NEGATIVE}|(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?<word>[Oo]ne|two|three|four|five|six|seven|eight|nine|ten|a|half\s+a)(?=\s(?:thousand|million|billion|trillion)\b)|${WORD_RANGE}|${COUNTED_WORD}|${MEASURED_WORD})`;
// Indian scales: a lakh is 10^5, a crore 10^7 ("₹8,000 crore" is ₹80 billion), a lakh crore 10^12.
const SCALE = String.raw`(?:\s?(?<scale>trillion|billion|million|thousand|tn|bn|mn|mm)\b|\s?(?<indian>(?:lakh\s+)?crores?|lakhs?|lacs?)\b|(?<short>[kKmMbBtT])(?![A-Za-z]))`;
/** A figure written in words before a scale: "one million", "half a billion". */
const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  a: '1',
  'half a': '0.5',
};
// A point or a percent may be joined to its figure as an adjective: "a 100-basis-point improvement", "a 2-point drag".
const SUFFIX = String.raw`(?:\s|-(?=(?:basis|percentage|percent|point|bps?)\b))?(?<suf>(?:kt|Mt|kboe|mmboe|MMboe|MMBOE|kbbl|mmbbl|MMbbl|kbd)(?:\/d|pa)?\b|kb\/d\b|%|percent\b|per cent\b|pct\b|pc\b|percentage[- ]points?\b|pp\b|ppts?\b|bps?\b|basis[- ]points?\b|points?\b|x(?![A-Za-z])|times\b|RMB\b|CNY\b|yuan\b|(?:${ISO_CODES})\b|USD\b|US dollars\b|dollars\b|HKD\b|JPY\b|yen\b|EUR\b|euros?\b|INR\b|rupees\b|pesos?\b|CAD\b|GBP\b|CHF\b)`;
export const COUNT_NOUNS = String.raw`monthly active users|daily active users|active users|users|consumers|customers|subscribers|downloads|units|orders|merchants|members|chips|cards|shipments|vehicles|cars|deliveries|stores|restaurants|outlets|branches|people|employees|staff|freshers|hires|aircraft|airplanes|planes|jets|cities|rides|trips|devices|consoles|homes|sites|locations|countries|markets`;
/**
 * Plurals that are not things counted: spans of time, units of rate or measure, and words that merely end in 's'.
 * Any other plural noun after a figure counts things ("30 net new warehouses", "20 new medicines", "300,000 EVs").
 */
const NOT_COUNTED = String.raw`years|months|quarters|weeks|days|hours|times|points|digits|levels|terms|bps|bp|cents|tonnes|tons|barrels|litres|liters|ounces|carats|grams|kilograms|gallons|bushels|metres|meters|kilometres|miles|hectares|acres|watts|kilowatts|gigawatts|megawatts|terawatts|bytes|dollars|euros|pounds|rupees|pesos|basis|this|is|as|was|has|its|does|plus|thus|always|perhaps|towards|afterwards|besides|whereas|unless|across|ours|yours|theirs|percentage`;
const PLURAL = String.raw`(?!(?:${NOT_COUNTED})\b)[A-Za-z][A-Za-z-]*[a-rt-zA-RT-Z]s`;
/**
 * A figure of things: "2,600 restaurants", "1,000 retail stores", "40 new company-operated stores", up to three words
 * between ("10 to 12 new La-Z-Boy Furniture Galleries": a brand's name may take two, and a possessive one: "10 to 15
 * Keke's cafes", "5 new McDonald's restaurants").
 */
const NOUN = String.raw`\s(?:(?!(?:by|in|to|for|of|and|or|from|at|the|a|an|per|than|with|on|is|are|was|were|be|will)\b)[A-Za-z][A-Za-z0-9-]*(?:['’]s)?\s){0,3}?(?<noun>${COUNT_NOUNS}|${PLURAL})\b`;
const PER_PERIOD = /^\s+(?:per|a|each)\s+(?:month|week|day|year|quarter)\b/i;
/** A unit of measure after a figure: "205 million tonnes", "23 million carats", "3.3 million barrels". */
const MEASURE_AFTER =
  /^\s*(?:metric\s+)?(?:tonnes|tons|carats|barrels|ounces|oz|grams|kilograms|gallons|bushels|litres|liters|boe|kt|mt)\b/i;
/** "3.4 billion pounds" of copper: a weight, unless the company reports in sterling. */
const POUNDS_AFTER = /^\s*(?:pounds|lbs?)\b/i;
/** "plus or minus 25 cents", "75 Singapore cents": a hundredth of the currency unit, its country named or not. */
const CENTS_AFTER = /^\s*(?:[A-Z][a-z]+\s+){0,2}[Cc]ents?\b/;
/** "between 150 and 160 pence": a hundredth of the pound sterling, whatever currency the company reports in. */
const PENCE_AFTER = /^\s*pence\b/i;
/** Physical volumes written with a scaled unit: "2,000 kt" is 2 million tonnes, "1.9 Mt" 1.9 million tonnes. */
const PHYSICAL: Record<string, Scale> = {
  kt: 'thousand',
  mt: 'million',
  kboe: 'thousand',
  mmboe: 'million',
  kbbl: 'thousand',
  mmbbl: 'million',
  kbd: 'thousand',
  kb: 'thousand',
};

const QUANTITY = new RegExp(
  // Not part of a word ('H200', 'Qwen4.0', 'GLP-1', 'COVID-19') or of a section number ('3.1.4'); "c.5%" is circa 5%.
  String.raw`(?<![A-Za-z0-9])(?<![A-Z]-)(?<!(?<!\b[cC]a?)\.)(?:${PREFIX})?${NUMBER}(?:${SCALE})?(?:${SUFFIX})?(?:${NOUN})?(?![A-Za-z0-9]|\.\d)`,
  'g',
);
/** Currencies written with a bare '$' at home: a Canadian bank's "$20 billion" is CAD. */
const DOLLARS = new Set(['CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'TWD']);
/** Currencies called the peso: "12 billion pesos" is the company's own when it reports in one. */
const PESOS = new Set(['MXN', 'CLP', 'COP', 'ARS', 'PHP', 'UYU', 'DOP']);
/** "half a percentage point", "half a point": 0.5 points. */
const HALF_POINT = /\bhalf\s+(?:of\s+)?an?\s+(?:percentage\s+)?point\b/gi;
/** "by about a point", "more than a percentage point", "plus or minus one point": one point. */
// The word before is matched, not looked behind at: a lookbehind with \s+ would rescan every run of spaces.
const ONE_POINT =
  /\b(?:by|about|around|roughly|approximately|nearly|almost|over|under|than|least|most|minus|take)\s+(?<point>(?:an?|one)\s+(?:full\s+)?(?:percentage\s+)?point)\b(?!\s+(?:in|of)\s+time)/gi;
/** "more than half" of something is a share above 50%. */
const HALF = /\bhalf\b/gi;

function currencyCode(
  token: string,
  reportingCurrency: string | undefined,
): { code: string; assumption: Assumption | null } {
  if (token === '¥') {
    // '¥' is both yuan and yen: the company's reporting currency settles it; without one, CNY (saydo's companies).
    if (reportingCurrency === 'JPY' || reportingCurrency === 'CNY')
      return { code: reportingCurrency, assumption: null };
    return { code: 'CNY', assumption: { note: "read '¥' as CNY (no reporting currency given)", penalty: 0.1 } };
  }
  if (/^pesos?$/i.test(token)) {
    // Several countries' currency is the peso: the company's reporting currency settles which; without one, MXN.
    if (reportingCurrency && PESOS.has(reportingCurrency)) return { code: reportingCurrency, assumption: null };
    return { code: 'MXN', assumption: { note: "read 'pesos' as MXN (no peso reporting currency)", penalty: 0.1 } };
  }
  if (token === '$' && reportingCurrency && DOLLARS.has(reportingCurrency))
    return { code: reportingCurrency, assumption: null };
  return { code: CURRENCY_WORDS[token.toLowerCase()] ?? token.toUpperCase(), assumption: null };
}

/** A physical unit of PHYSICAL, per day or per year. */
const PHYSICAL_SUFFIX = new RegExp(String.raw`^(${Object.keys(PHYSICAL).join('|')})(?:\/d|pa)?$`, 'i');

/** 'kt', 'Mt/d', 'kboe/d' -> 'kt', 'mt', 'kboe'; '' for any other suffix. */
function physicalUnit(suffix: string): string {
  const unit = PHYSICAL_SUFFIX.exec(suffix)?.[1];
  return unit ? unit.toLowerCase() : '';
}

function kindOfSuffix(suffix: string): QuantityKind | 'currency' | null {
  const s = suffix.toLowerCase();
  if (physicalUnit(suffix)) return 'number';
  if (
    s === '%' ||
    (s.startsWith('percent') && !s.startsWith('percentage')) ||
    s === 'per cent' ||
    s === 'pct' ||
    s === 'pc'
  )
    return 'percent';
  if (
    s.startsWith('percentage') ||
    s === 'pp' ||
    s.startsWith('ppt') ||
    s === 'bps' ||
    s === 'bp' ||
    s.startsWith('basis') ||
    s.startsWith('point')
  )
    return 'points';
  if (s === 'x' || s === 'times') return 'multiple';
  if (s in CURRENCY_WORDS || /^pesos?$/.test(s) || /^[A-Z]{3}$/.test(suffix)) return 'currency';
  return null;
}

/** The power of ten of an Indian scale written in `text` ("lakh crore" 12, "crore" 7, "lakh" 5), 0 if none. */
function indianPower(text: string): number {
  if (/\blakh\s+crores?\b/i.test(text)) return 12;
  if (/\bcrores?\b/i.test(text)) return 7;
  return /\b(?:lakhs?|lacs?)\b/i.test(text) ? 5 : 0;
}

/** Every figure in `text` (which starts at `offset` in the quote). */
export function findQuantities(text: string, offset: number, reportingCurrency?: string): Quantity[] {
  const found: Quantity[] = [];
  for (const { match, start, end } of matchAll(QUANTITY, text, offset)) {
    const g = match.groups ?? {};
    const scaleWord = (g.scale ?? g.short ?? '').toLowerCase();
    const suffix = g.suf ?? '';
    const suffixKind = suffix ? kindOfSuffix(suffix) : null;
    let currency: string | null = null;
    let currencyAssumption: Assumption | null = null;
    const currencyToken = g.pre ?? (suffixKind === 'currency' ? suffix : null);
    if (currencyToken) {
      const c = currencyCode(currencyToken, reportingCurrency);
      currency = c.code;
      currencyAssumption = c.assumption;
    }
    const word = g.word ?? g.rangeWord ?? '';
    let digits =
      g.num ??
      g.paren ??
      (g.countWord || g.measuredWord
        ? countInWords(g.countWord ?? g.measuredWord ?? '')
        : NUMBER_WORDS[word.toLowerCase().replace(/\s+/g, ' ')]) ??
      '0';
    // The scale's type names only thousands, millions...: a lakh or crore is written into the digits instead.
    if (g.indian) digits = shiftDecimal(withoutSeparators(digits), indianPower(g.indian));
    const after = text.slice(end - offset, end - offset + 24);
    const pence = suffix || currency ? null : PENCE_AFTER.exec(after);
    const cents = suffix ? null : (CENTS_AFTER.exec(after) ?? pence);
    if (cents) digits = shiftDecimal(withoutSeparators(digits), -2);
    // "98 cents to $1.02", "69.0 cents per security": cents of the company's own currency, the word part of the figure.
    const ownCents = cents !== null && !pence && !currency && !scaleWord && reportingCurrency !== undefined;
    if (ownCents) currency = reportingCurrency;
    if (pence) currency = 'GBP';
    const figureEnd = cents && (ownCents || pence) ? end + cents[0].length : end;
    // A bare year is never a count: "2026 results" names the year ("2026 revenues" is caught as a horizon first).
    const yearLike = !g.pre && !scaleWord && !suffix && /^(?:19|20)\d{2}$/.test(digits);
    const noun = yearLike ? undefined : g.noun;
    // "10 per month": things made or sold in a period are counted.
    const perPeriod = !currency && !suffix && PER_PERIOD.test(text.slice(end - offset, end - offset + 16));
    let kind: QuantityKind = currency ? 'money' : noun || perPeriod ? 'count' : 'number';
    if (suffixKind && suffixKind !== 'currency') kind = suffixKind;
    if (/^(?:bps?|basis)/i.test(suffix)) digits = shiftDecimal(withoutSeparators(digits), -2); // basis points, kept as percentage points
    found.push({
      start,
      end: figureEnd,
      text: text.slice(start - offset, figureEnd - offset),
      digits,
      negative: g.neg !== undefined || g.paren !== undefined,
      scale: SCALE_WORDS[scaleWord] ?? PHYSICAL[physicalUnit(suffix)] ?? null,
      currency,
      kind,
      noun: noun?.toLowerCase() ?? null,
      currencyAssumption,
      physical:
        Boolean(physicalUnit(suffix)) ||
        (!currency && (MEASURE_AFTER.test(after) || (POUNDS_AFTER.test(after) && reportingCurrency !== 'GBP'))),
    });
  }
  const halfPoints: { start: number; end: number }[] = [];
  for (const { start, end, match } of matchAll(HALF_POINT, text, offset)) {
    halfPoints.push({ start, end });
    found.push({
      start,
      end,
      text: match[0],
      digits: '0.5',
      negative: false,
      scale: null,
      currency: null,
      kind: 'points',
      noun: null,
      currencyAssumption: null,
      physical: false,
    });
  }
  for (const { end, match } of matchAll(ONE_POINT, text, offset)) {
    const point = match.groups?.point ?? match[0];
    found.push({
      start: end - point.length,
      end,
      text: point,
      digits: '1',
      negative: false,
      scale: null,
      currency: null,
      kind: 'points',
      noun: null,
      currencyAssumption: null,
      physical: false,
    });
  }
  for (const { start, end, match } of matchAll(HALF, text, offset)) {
    if (halfPoints.some((h) => h.start === start)) continue;
    found.push({
      start,
      end,
      text: match[0],
      digits: '50',
      negative: false,
      scale: null,
      currency: null,
      kind: 'percent',
      noun: null,
      currencyAssumption: null,
      physical: false,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

function power(q: Quantity): number {
  return q.scale ? SCALE_POWERS[q.scale] : 0;
}

function withoutSeparators(digits: string): string {
  return digits.replace(/,/g, '');
}

/** The figure as a plain decimal string, thousands separators dropped: '1,234.5' -> '1234.5'. */
export function plainDigits(q: Quantity): string {
  return withoutSeparators(q.digits);
}

/** The value in base units: '5.4' billion -> '5400000000'. */
export function quantityValue(q: Quantity): string {
  const value = shiftDecimal(plainDigits(q), power(q));
  return q.negative ? negateDecimal(value) : value;
}

/**
 * Half a unit in the last place written, in base units: '65.0' billion -> 0.05 billion. A figure stated without
 * a tolerance is taken as rounded to the precision it was given in, the usual reading of a point estimate.
 */
export function roundingTolerance(q: Quantity): string {
  // Basis points are kept as percentage points: '200 bps' is '2', rounded to half a basis point.
  // So are cents or pence of money: '69.0 cents' is 0.69, rounded to half a tenth of a cent.
  const hundredths =
    (q.kind === 'points' && BASIS_POINTS.test(q.text)) || (q.kind === 'money' && /\b(?:cents?|pence)\b/i.test(q.text));
  // A crore or lakh is written into the digits: '₹5,000 crore' is rounded to half a crore.
  const indian = indianPower(q.text);
  const asWritten = hundredths || indian > 0;
  const written = asWritten ? (/(\d[\d,]*(?:\.\d+)?)/.exec(q.text)?.[1] ?? plainDigits(q)) : plainDigits(q);
  const fraction = /\.(\d+)$/.exec(withoutSeparators(written))?.[1] ?? '';
  return shiftDecimal('5', power(q) - fraction.length - 1 - (hundredths ? 2 : 0) + indian);
}

/**
 * "10 to 12 billion", "above 10 billion but below 20 billion USD": a unit written once serves both ends, so
 * the lower end borrows what it lacks from the upper one.
 */
export function shareUnit(lower: Quantity, upper: Quantity): Quantity {
  // "10 to 30 basis points": the bare lower end is in basis points too, kept as percentage points.
  const bps = lower.kind === 'number' && upper.kind === 'points' && BASIS_POINTS.test(upper.text);
  // "between 62 and 74 cents", "150 to 160 pence": the bare lower end is in cents too, a hundredth of the currency
  // unit.
  const cents = lower.kind === 'number' && upper.kind === 'money' && /\b(?:cents?|pence)\b/i.test(upper.text);
  return {
    ...lower,
    digits: bps || cents ? shiftDecimal(withoutSeparators(lower.digits), -2) : lower.digits,
    // "between 900,000 and 1 million": a lower end already above the upper's digits is written in full.
    scale:
      lower.scale ??
      (Number(withoutSeparators(lower.digits)) > Number(withoutSeparators(upper.digits)) ? null : upper.scale),
    currency: lower.currency ?? upper.currency,
    currencyAssumption: lower.currencyAssumption ?? upper.currencyAssumption,
    kind: lower.kind === 'number' ? upper.kind : lower.kind,
  };
}

/** "€1.1-1.2bn": a bare upper end is in the currency written before the lower one. */
export function shareCurrency(upper: Quantity, lower: Quantity): Quantity {
  if (upper.kind !== 'number' || lower.kind !== 'money' || upper.currency !== null) return upper;
  return { ...upper, kind: 'money', currency: lower.currency, currencyAssumption: lower.currencyAssumption };
}

/** Whether two figures can be the two ends of one range (percent with percent, money with money...). */
export function compatible(a: Quantity, b: Quantity): boolean {
  // A change in points or a multiple is never one end of a target range.
  // Points pair with points ("10 to 30 basis points"), a multiple with a multiple ("2.5x to 3.0x").
  for (const kind of ['points', 'multiple'] as const) {
    if (a.kind === kind || b.kind === kind) return (a.kind === kind || a.kind === 'number') && b.kind === kind;
  }
  if (a.kind === 'number' || b.kind === 'number') return true;
  return a.kind === b.kind && (a.currency === null || b.currency === null || a.currency === b.currency);
}

/** The scale words a tolerance reads in, largest first: "70 million", not "70000000" (a thousand stays digits). */
const SCALES_DOWN = (['trillion', 'billion', 'million'] as const).map((s) => [s, SCALE_POWERS[s]] as const);

/**
 * A tolerance as a person reads it beside the figure it qualifies: points of a rate ("0.5 of a point"), an amount
 * in its currency and scale ("USD 70 million"), or a count or number with its thousands grouped ("1,250").
 */
export function toleranceInWords(tolerance: string, q: Quantity): string {
  if (q.kind === 'percent' || q.kind === 'points') return `${tolerance} of a point`;
  const whole = Number(tolerance);
  const scaled = SCALES_DOWN.find(([, power]) => whole >= 10 ** power);
  const amount = scaled ? `${shiftDecimal(tolerance, -scaled[1])} ${scaled[0]}` : groupThousands(tolerance);
  return q.currency ? `${q.currency} ${amount}` : amount;
}
