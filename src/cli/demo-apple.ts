// Apple's own guidance for fiscal 2023-2024, scored against the figures Apple filed with the SEC
// (test/fixtures/sec/apple-companyfacts.json, loaded by the SEC importer). Every quote is verbatim as the cited
// page prints it, with who said it and when; every number in a target is in the quote, or is the parser's reading of
// its words ("low single digits"). Nothing is invented: guidance that could not be found in Apple's words in a stored
// source is left out (see the end of this file).
//
// Apple publishes its outlook only on the call (the 8-K release has none), so the sources are the press's verbatim
// reports of the call. The pages were found in stored copies; the URLs are as those copies give them.
import type { FiscalCalendarSpec } from '../domain/fiscal.js';
import type { StatementBody } from './demo-data.js';

// The SEC importer's default id: the first ticker in lower case.
export const APPLE_COMPANY_ID = 'aapl';

/** Apple's year ends on the last Saturday of September; a 53-week year (FY2023) gives its extra week to Q1. */
export const APPLE_FISCAL_CALENDAR: FiscalCalendarSpec = {
  type: 'weekday',
  weekday: 'saturday',
  month: 9,
  rule: 'last',
  week53Quarter: 1,
};

/**
 * The metrics the statements are about, as the SEC importer creates them. Gross margin is its gross profit over
 * revenue in percent. Operating expenses (the us-gaap OperatingExpenses total, R&D plus SG&A) is not in its built-in
 * table: ./demo-apple-mapping.json adds it, a cost, so lower is better.
 */
export const APPLE_METRICS = {
  revenue: { key: 'revenue', unit: 'USD', goodDirection: 'higher' },
  grossMargin: { key: 'gross_margin', unit: 'percent', goodDirection: 'higher' },
  operatingExpenses: { key: 'operating_expenses', unit: 'USD', goodDirection: 'lower' },
} as const;

export interface AppleStatement {
  key: string;
  body: StatementBody;
  /** How the quote was read into numbers, and what the source leaves unsaid. */
  notes: string[];
}

const MAESTRI = 'Luca Maestri, CFO';
const COOK = 'Tim Cook, CEO';

const YEAR_OVER_YEAR = { kind: 'relative', against: 'year-earlier' } as const;

// 9to5Mac printed the outlook in July, ahead of the next call; it was given on the Q2 FY2024 call of 2024-05-02
// (gurufocus.com/news/2426678 heads its transcript "May 02, 2024 / 09:00PM GMT"; Reuters reported the margin range
// that evening).
const FROM_THE_MAY_CALL = 'statedOn is the day of the Q2 FY2024 call (2024-05-02); 9to5Mac quoted it on 2024-07-06.';

// The band the parser reads "low single digits" as.
const LOW_SINGLE_DIGITS = 'Read as 1 to under 4%, the band the parser gives "low single digits" (src/parser/bands.ts).';

const statement = (key: string, body: Omit<StatementBody, 'companyId' | 'commitment'>, notes: string[]) => ({
  key,
  body: { companyId: APPLE_COMPANY_ID, commitment: 'expect' as const, ...body },
  notes,
});

export const appleStatements: AppleStatement[] = [
  statement(
    'fy23q2-gross-margin',
    {
      metric: APPLE_METRICS.grossMargin.key,
      statedOn: '2023-02-02',
      source: {
        kind: 'call',
        title: 'Apple Q1 fiscal 2023 earnings call, as reported by CNBC (Kif Leswing), quoted by MacDailyNews',
        url: 'https://macdailynews.com/2023/02/03/apple-management-hints-that-things-are-getting-better-after-a-tough-quarter/',
        speaker: MAESTRI,
      },
      quote: 'We expect gross margin to be between 43.5% and 44.5%',
      target: { op: 'range', low: '43.5', high: '44.5', wording: 'between 43.5% and 44.5%' },
      window: { period: 'FY2023Q2' },
    },
    ['The report cuts the sentence after "44.5%"; the rest of it is not quoted.'],
  ),
  statement(
    'fy24q3-gross-margin',
    {
      metric: APPLE_METRICS.grossMargin.key,
      statedOn: '2024-05-02',
      source: {
        kind: 'call',
        title: 'Apple Q2 fiscal 2024 earnings call, outlook as quoted by 9to5Mac',
        url: 'https://9to5mac.com/2024/07/06/apple-sets-q3-2024-earnings-release-and-live-stream-for-august-1/',
        speaker: MAESTRI,
      },
      quote: 'We expect gross margin to be between 45.5% and 46.5%.',
      target: { op: 'range', low: '45.5', high: '46.5', wording: 'between 45.5% and 46.5%' },
      window: { period: 'FY2024Q3' },
    },
    [FROM_THE_MAY_CALL],
  ),
  statement(
    'fy24q3-operating-expenses',
    {
      metric: APPLE_METRICS.operatingExpenses.key,
      statedOn: '2024-05-02',
      source: {
        kind: 'call',
        title: 'Apple Q2 fiscal 2024 earnings call, outlook as quoted by 9to5Mac',
        url: 'https://9to5mac.com/2024/07/06/apple-sets-q3-2024-earnings-release-and-live-stream-for-august-1/',
        speaker: MAESTRI,
      },
      quote: 'We expect operating expenses to be between $14.3 billion and $14.5 billion.',
      target: {
        op: 'range',
        low: '14300000000',
        high: '14500000000',
        wording: 'between $14.3 billion and $14.5 billion',
      },
      window: { period: 'FY2024Q3' },
    },
    [FROM_THE_MAY_CALL],
  ),
  statement(
    'fy24q3-revenue-growth',
    {
      metric: APPLE_METRICS.revenue.key,
      statedOn: '2024-05-02',
      source: {
        kind: 'interview',
        title: 'Interview with Reuters after the Q2 fiscal 2024 results, as reported by Mint',
        url: 'https://www.livemint.com/market/stock-market-news/apple-share-price-jumps-6-as-q2-earnings-forecast-beats-estimates-unveils-record-110-billion-share-buyback/amp-11714702482036.html',
        speaker: COOK,
      },
      quote: 'to grow low-single digits',
      target: {
        op: 'range',
        low: '1',
        high: '4',
        highInclusive: false,
        change: YEAR_OVER_YEAR,
        wording: 'low-single digits',
      },
      window: { period: 'FY2024Q3' },
    },
    [
      'Reuters quotes only these words: Apple "expects \'to grow low-single digits\' in overall revenue" in the June quarter, year over year.',
      LOW_SINGLE_DIGITS,
    ],
  ),
];

// Found and left out of the demo (for the record; none is invented):
// - 2023-08-03, Luca Maestri (Q3 FY2023 call, quoted by CNBC TV18,
//   https://www.cnbctv18.com/technology/apple-q3-results-share-price-sales-decline-iphone-imac-ipad-sales-services-business-q4-guidance-17430281.htm/amp):
//   "We expect our September quarter year-over-year revenue performance to be similar to the June quarter assuming
//   that the macroeconomic outlook doesn't worsen from what we are projecting today for the current quarter."
//   FY2023Q4 revenue changed -0.72% (89,498m against 90,146m), the June quarter -1.40% (81,797m against 82,959m).
// - 2023-11-02, Luca Maestri (Q4 FY2023 call, CNBC quoted by MacDailyNews,
//   https://macdailynews.com/2023/11/02/apple-expects-december-quarter-revenue-to-be-similar-to-last-year-despite-one-fewer-week/):
//   December-quarter revenue to "be similar to" last year's. FY2024Q1 revenue changed +2.07% (119,575m against
//   117,154m, a 14-week quarter).
//   "Similar" has no numeric reading without inventing a tolerance, and the margin, relative to a bound near 0%
//   change, would follow that invention (a ±1 point band gives FY2024Q1 +107%, a ±2 point band +3%): not scored.
// - Gross-margin and operating-expense ranges of the other calls (FY2023Q1, Q3, Q4; FY2024Q1, Q2, Q4) were found
//   only paraphrased, not as Apple's words, and are left out.
