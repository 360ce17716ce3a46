// SPENT: measured once at stop 27 (at 1a5a374, after tuning round 8 and with the ninth set measured beside it: 91.2%
// of fields, 85.5% of sentences, no deadline lost; drafts at confidence >= 0.9 right on 98.5% of their fields over
// 143; metric bound as labelled 87.6%), to be tuned on from now. It was written at the same time as the ninth set
// (./ninth-held-out.ts) by another writer; the two share ten companies, found at merge before either was measured.
// What follows is its header as frozen (it lived in ./held-out.ts until measured).
//
// HELD-OUT SET of the parser's generalisation corpus (issue 18, the eighth one), FROZEN on 2026-12-03 (FROZEN_ON).
// It was written after the seventh set was spent, by a writer who had read none of the sentences of any other set,
// and it was frozen before any further tuning of the parser. The writer never read src/parser, never read the
// parser's tests outside this folder (nor, in this folder, anything but labels.ts, held-out-shape.ts,
// seventh-held-out-shape.test.ts, the header of seventh-held-out.ts and, by a slip, the first lines of spent-set.ts,
// which hold no sentence and no parser rule), and never ran the parser, ./cli.ts, `npm run parser:score` or the
// API's parse endpoint on these sentences.
//
// Rules for everyone after the freeze:
// - Never tune the parser on it: do not read its sentences while changing the parser, do not copy its phrasings
//   into the development set or the parser's own corpus.
// - Never edit a label to match what the parser produces. A label found to be wrong after the measurement is
//   reported beside the figure, not silently fixed.
// - Measure it once, at the end, with the corpus score (`npm run parser:score`), and report that figure beside the
//   development set's.
//
// How it was written: blind. Every sentence was written for this set in its own words, in the style of earnings
// calls, releases, annual-report outlook sections and investor-day material (no transcript or release was copied,
// and no phrasing was taken from the other sets; the writer read none of their sentences, only their company ids
// and names, to avoid them). Its companies are real listed companies and none of those in ./development.ts or the
// seven spent held-out sets (./first-held-out.ts to ./seventh-held-out.ts; held-out-shape.test.ts checks it, by id
// and by name). Stated dates are before the freeze and plausible for each company's reporting calendar; the figures
// are plausible, not quoted. Labels are what a careful analyst would record from the sentence alone. Every windowEnd
// was computed with src/domain/fiscal.ts on the company's calendar from the phrase's meaning, and is written as a
// literal date so the frozen labels cannot move if that module changes.
//
// Conventions (labels.ts and the seventh set's header, restated in substance):
// - Values are decimal strings in base units ('$4.1 billion' is '4100000000'); percents in percent; a change in
//   percentage points of a percent metric in points ('30 basis points' is '0.3').
// - "about/around/approximately/roughly N%" (a percent value or a percent or point change) has a tolerance of
//   0.5; "about" a money amount, a count or a plain number has a tolerance of 5% of the value, written as an
//   amount. An explicit "plus or minus X" or "give or take X" replaces it. "between X and Y", "X to Y", "X-Y",
//   "in the X to Y range/band" are the closed range [X, Y].
// - Bands: single digits [1,10), low [1,4), mid [4,7), high [7,10); "double-digit" [10,100), "low double digits"
//   [10,14); "low teens" [13,15), "mid-teens" [15,17), "high teens" [17,20); "mid-20s" [24,27). A combined band
//   ("low-to-mid single digits", "mid-to-high teens") runs from the low end of the first band to the high end of
//   the second: [1,7), [15,20). In a decline a band is negated with its ends swapped ("down low single digits" is
//   (-4, -1], "decline by a low-to-mid single-digit percentage" is (-7, -1]).
// - Change targets: "grow 3% to 5%", "growth of 3% to 5%", "up mid-single digits", comparable, same-store,
//   identical or like-for-like sales growth = relative change against the year-earlier period, unit 'percent';
//   "sequentially", "quarter over quarter", "from the September quarter" = against the prior period; "expand 10 to
//   30 basis points", "down about 1 point", "widen by 30 to 50 basis points" = absolute change (points) against
//   the year-earlier period. "from flat to up 2%" is the closed relative change [0, 2]; "from down 1% to up 1%" is
//   [-1, 1]; "10% to 15% lower" and "down 4% to 6%" are [-15, -10] and [-6, -4].
// - "flat", "broadly flat", "about flat" = a relative change of about 0, no tolerance, unit null.
// - Direction-only phrases ("down slightly", "lower than last year", "somewhat higher", "improving", "grow
//   strongly", "modest margin accretion") are > 0 or < 0 on the change, unit null: absolute (points) for a
//   percent metric, relative for any other.
// - A change written as an amount of money ("some £100 million higher this year than last") is an absolute change
//   in that currency against the year-earlier period.
// - "fall below X", "fall to X" name the level the metric lands at, not a change.
// - Ratios ("2.5 times", "3.0x") and physical volumes have unit 'number'; days of sales outstanding are a plain
//   'number' too; counts (stores, boutiques, pubs, Shacks, homes, SUVs, restaurants) have unit 'count', never a
//   currency. A currency is the one the figure is written in; a bare "$" is the company's own dollar (CAD for a
//   Canadian company, AUD for an Australian one); "US$" is USD, "NZ$" NZD, "S$" SGD, "HK$" HKD, "NT$" TWD, "R$"
//   BRL, "R" ZAR, "pesos" (of a Mexican company) MXN, "won" KRW.
// - "reach", "deliver", "at least", "or more" are >=; "exceed", "more than", "above", "over", "north of" are >;
//   "below", "under", "less than" are <; "up to", "no more than", "or lower" are <=.
// - Commitment: "will", "committed" = will; "expect", "anticipate", "forecast", "project", "should", "on track",
//   "guide", "guiding to", "guidance", "outlook", "we see", "is seen at", "reaffirm", "likely" = expect; "target",
//   "aim", "goal", "objective", "plan to", "plan" or "budget" as a noun, "intend" = target; "ambition",
//   "aspiration", "aspire" = aspire; "could", "may" = may.
// - Windows: "this year", "for the year", "full-year", "the current year", "this fiscal year" = the fiscal year
//   containing statedOn; "next year" = the one after; "2027", "in 2027", "by 2027", "fiscal 2027", "FY27", "F27",
//   "2026/27" = the fiscal year ending in that calendar year (on a 52/53-week calendar, the year whose year-end
//   month falls in it, even when the year ends days into the next month); "Q1", "the first quarter",
//   "fourth-quarter" = the first such fiscal quarter ending on or after statedOn; "the December quarter" = the
//   fiscal quarter ending in December; "the first half", "the second half" = the first such fiscal half ending on
//   or after statedOn; "exit the year", "at year-end", "end the financial year", "by the end of 2026/27", "through
//   FY27" = the end of that fiscal year; "the year ending March 2027", "the fiscal year ending February 2027" = the
//   fiscal year ending then; "the end of the decade" = the end of fiscal 2030; "long term", "over time", "medium
//   term", "mid-term", "on a sustained basis" = no deadline (null).
// - An assumption (an exchange rate, a commodity price, a macro forecast), a third party's, regulator's,
//   government's, broker's or analysts' figure, a dividend already declared, a counterfactual, a condition, a
//   target already met, history and a safe-harbour sentence are not guidance.
// - A plainly stated round figure in a larger unit ("¥880 billion", "SEK 1.5 billion", "US$720 million", "5
//   trillion won") is 'about' it within half of its last written digit (500000000, 50000000, 500000 and
//   500000000000); a plainly stated percent target ("a total payout ratio of 60%", "an operating margin of 13%")
//   has the percent tolerance 0.5.
// - Companies that name a fiscal year for the calendar year it starts in (Five Below, Albertsons, FANUC, Murata)
//   have their sentences name the year by its end ("the year ending January 2027", "the fiscal year ending February
//   2027", "the fiscal year ending March 2027") or say "this year", "full-year". The others here name years by their
//   end and use FY names freely. Albertsons' first quarter is 16 weeks, which src/domain/fiscal.ts does not model,
//   so its sentences name only years.
// - A "deadline written as a modifier" is the period placed before the noun ("fiscal 2027 revenue", "FY27 group
//   adjusted EBITDA", "First-quarter comps", "December-quarter gross margin", "second-half EBITDA", "Our Q1 revenue
//   guide", "our fiscal 2027 outlook", "the 2027 financial year") or one of the idioms "full-year", "for the year" /
//   "for the full year" / "for the full fiscal year" anywhere in the sentence, "the year ending March 2027", a split
//   year "2026/27" or "2026-27"; a trailing "in fiscal 2027", "by FY28" or a leading "For 2026," is not counted.
// - A compound sentence gives one draft per target in the order stated; a window written once for the sentence
//   applies to every target in it.
//
// Conventions this set adds where the above leave a gap (decided as the earlier sets would read them):
// - "budgeted at", "earmarked", "capital plan calls for", "planning for" = target (a plan); "outlook calls for",
//   "we think", "we feel good about", "the board believes ... should" = expect.
// - A standing policy with no date ("our dividend policy remains a core payout of 70% to 90%", "our shareholder
//   return policy is a total payout ratio of 60%") is a target with no deadline.
// - "some N" is about N, with the usual tolerance; "past X" is > X; "stable" and "broadly stable" are flat;
//   "in the zip code of flat" is flat; "a return to growth" and "turning positive" are > 0 on the change.
// - A level written in basis points ("in the 45 to 55 basis point range" for a loss-provision ratio) is in
//   percent ('0.45' to '0.55'); "through the rest of the year" ends at the fiscal year's end.
// - Cents are the company's currency ("62 and 74 cents" is '0.62' to '0.74'; Computershare's "138.0 cents" is US
//   cents, '1.38' USD, as it reports in US dollars).
// - "the new financial year", "the current financial year" said after a year-end = the fiscal year containing
//   statedOn.
// - Growth of a count ("global net unit growth of 3% to 5%", "SUV volume growth") is a relative change of the count
//   metric, unit 'percent'.
// - A restated past figure beside a target ("After expanding margin by 260 basis points last year, we expect ...",
//   "after 9.4% in the first half") is history; only the target is labelled. An old guidance range restated
//   ("Our prior guidance for 2025 had called for ..."), a recommended or proposed dividend for a finished year, a
//   withdrawn outlook, a note of when guidance will be given, a sensitivity ("a 1% change in the euro/dollar rate
//   moves full-year revenue by around €25 million") and the company's own forecast of its market (not a metric of
//   its own: "the European garden market to decline") are not guidance.
import type { FiscalCalendar, Weekday, WeekdayRule } from '../../../src/domain/fiscal.js';
import type { GoodDirection, TargetChange } from '../../../src/domain/model.js';
import type { CorpusCompany, CorpusMetric, LabelledSentence, LabelledTarget } from './labels.js';

export const FROZEN_ON = '2026-12-03';

// ---- Targets and changes ---------------------------------------------------------------------------------------

const range = (low: string, high: string): LabelledTarget => ({
  op: 'range',
  low,
  high,
  lowInclusive: true,
  highInclusive: true,
});
/** A qualitative band such as "mid-single digits" [4, 7): low end in, high end out. */
const band = (low: string, high: string): LabelledTarget => ({
  op: 'range',
  low,
  high,
  lowInclusive: true,
  highInclusive: false,
});
/** A band negated in a decline ("down low single digits" is (-4, -1]): low end out, high end in. */
const downBand = (low: string, high: string): LabelledTarget => ({
  op: 'range',
  low,
  high,
  lowInclusive: false,
  highInclusive: true,
});
const about = (value: string, tolerance?: string): LabelledTarget =>
  tolerance === undefined ? { op: 'about', value } : { op: 'about', value, tolerance };
const gt = (value: string): LabelledTarget => ({ op: 'gt', value });
const gte = (value: string): LabelledTarget => ({ op: 'gte', value });
const lt = (value: string): LabelledTarget => ({ op: 'lt', value });
const lte = (value: string): LabelledTarget => ({ op: 'lte', value });

/** Relative change against the year-earlier period ("growth of 3% to 5%"). */
const YOY: TargetChange = { kind: 'relative', against: 'year-earlier' };
/** Relative change against the prior period ("sequentially", "quarter over quarter"). */
const SEQ: TargetChange = { kind: 'relative', against: 'prior-period' };
/** Absolute change (points, or an amount of money) against the year-earlier period. */
const POINTS: TargetChange = { kind: 'absolute', against: 'year-earlier' };
/** Absolute change in points against the prior period ("down about a point from the September quarter"). */
const POINTS_SEQ: TargetChange = { kind: 'absolute', against: 'prior-period' };

// ---- Companies ---------------------------------------------------------------------------------------------------

const monthEnd = (fiscalYearEndMonth: number): FiscalCalendar => ({ fiscalYearEndMonth });
const weekday = (fiscalYearEndMonth: number, day: Weekday, rule: WeekdayRule): FiscalCalendar => ({
  fiscalYearEndMonth,
  weekday: day,
  rule,
  week53Quarter: 4,
});
function flow(
  key: string,
  name: string,
  unit: string,
  goodDirection: GoodDirection = 'higher',
  extra: Partial<CorpusMetric> = {},
): CorpusMetric {
  return { key, name, unit, kind: 'flow', goodDirection, ...extra };
}
function stock(
  key: string,
  name: string,
  unit: string,
  goodDirection: GoodDirection = 'higher',
  extra: Partial<CorpusMetric> = {},
): CorpusMetric {
  return { key, name, unit, kind: 'stock', goodDirection, ...extra };
}

export const HELD_OUT_COMPANIES: CorpusCompany[] = [
  // Five Below: year ends on the Saturday nearest 31 January; names its fiscal year by the calendar year it starts in.
  {
    id: 'five-below',
    name: 'Five Below',
    calendar: weekday(1, 'saturday', 'nearest'),
    currency: 'USD',
    metrics: [
      flow('net_sales', 'Net sales', 'USD'),
      flow('comparable_sales', 'Comparable sales', 'USD', 'higher', { concept: 'comparable' }),
      flow('new_stores', 'New stores opened', 'count'),
      flow('adjusted_eps', 'Adjusted diluted EPS', 'USD'),
      flow('operating_margin', 'Adjusted operating margin', 'percent'),
      flow('capex', 'Capital expenditures', 'USD', 'neutral'),
    ],
  },
  // Pure Storage: year ends on the Sunday nearest 31 January; names its fiscal year by the calendar year it ends in.
  {
    id: 'pure-storage',
    name: 'Pure Storage',
    calendar: weekday(1, 'sunday', 'nearest'),
    currency: 'USD',
    metrics: [
      flow('revenue', 'Revenue', 'USD'),
      stock('subscription_arr', 'Subscription annual recurring revenue', 'USD'),
      flow('operating_margin', 'Non-GAAP operating margin', 'percent'),
      flow('free_cash_flow', 'Free cash flow', 'USD'),
    ],
  },
  // Albertsons Companies: year ends on the last Saturday of February; names its fiscal year by the calendar year it starts in.
  {
    id: 'albertsons',
    name: 'Albertsons Companies',
    calendar: weekday(2, 'saturday', 'last'),
    currency: 'USD',
    metrics: [
      flow('identical_sales', 'Identical sales', 'USD', 'higher', { concept: 'identical' }),
      flow('adjusted_ebitda', 'Adjusted EBITDA', 'USD'),
      flow('adjusted_eps', 'Adjusted net income per share', 'USD'),
      flow('capex', 'Capital expenditures', 'USD', 'neutral'),
    ],
  },
  // Aritzia: year ends on the Sunday nearest the end of February.
  {
    id: 'aritzia',
    name: 'Aritzia',
    calendar: weekday(2, 'sunday', 'nearest'),
    currency: 'CAD',
    metrics: [
      flow('net_revenue', 'Net revenue', 'CAD'),
      flow('adjusted_ebitda_margin', 'Adjusted EBITDA margin', 'percent'),
      flow('new_boutiques', 'New boutiques opened', 'count'),
      flow('capex', 'Capital expenditures', 'CAD', 'neutral'),
    ],
  },
  // Cirrus Logic: year ends on the last Saturday of March.
  {
    id: 'cirrus-logic',
    name: 'Cirrus Logic',
    calendar: weekday(3, 'saturday', 'last'),
    currency: 'USD',
    metrics: [
      flow('revenue', 'Revenue', 'USD'),
      flow('gross_margin', 'GAAP gross margin', 'percent'),
      flow('opex', 'Combined R&D and SG&A expenses', 'USD', 'lower'),
      flow('diluted_eps', 'Diluted EPS', 'USD'),
    ],
  },
  // V.F. Corporation: year ends on the Saturday nearest 31 March.
  {
    id: 'vf-corp',
    name: 'V.F. Corporation',
    calendar: weekday(3, 'saturday', 'nearest'),
    currency: 'USD',
    metrics: [
      flow('revenue', 'Revenue', 'USD', 'higher', { concept: 'constant currency' }),
      flow('adjusted_operating_margin', 'Adjusted operating margin', 'percent'),
      flow('gross_margin', 'Gross margin', 'percent'),
      flow('free_cash_flow', 'Free cash flow', 'USD'),
      stock('leverage', 'Net debt to adjusted EBITDA', 'number', 'lower'),
    ],
  },
  // B&M European Value Retail: year ends on the Saturday nearest 31 March.
  {
    id: 'bm-european-value',
    name: 'B&M European Value Retail',
    calendar: weekday(3, 'saturday', 'nearest'),
    currency: 'GBP',
    metrics: [
      flow('adjusted_ebitda', 'Group adjusted EBITDA (pre-IFRS 16)', 'GBP'),
      flow('uk_lfl_sales', 'B&M UK like-for-like sales', 'GBP', 'higher', { concept: 'like-for-like' }),
      flow('new_stores', 'Gross new B&M UK stores', 'count'),
      flow('net_capex', 'Net capital expenditure', 'GBP', 'neutral'),
    ],
  },
  // Currys: year ends on the Saturday nearest 30 April.
  {
    id: 'currys',
    name: 'Currys',
    calendar: weekday(4, 'saturday', 'nearest'),
    currency: 'GBP',
    metrics: [
      flow('adjusted_pbt', 'Group adjusted profit before tax', 'GBP'),
      flow('capex', 'Capital expenditure', 'GBP', 'neutral'),
      flow('uk_ebit_margin', 'UK & Ireland EBIT margin', 'percent'),
      flow('nordics_ebit', 'Nordics adjusted EBIT', 'GBP', 'higher', { segment: 'Nordics' }),
      flow('free_cash_flow', 'Free cash flow', 'GBP'),
    ],
  },
  // Frasers Group: year ends on the last Sunday of April.
  {
    id: 'frasers',
    name: 'Frasers Group',
    calendar: weekday(4, 'sunday', 'last'),
    currency: 'GBP',
    metrics: [
      flow('adjusted_pbt', 'Adjusted profit before tax', 'GBP'),
      flow('capex', 'Capital expenditure', 'GBP', 'neutral'),
      stock('net_debt', 'Net debt excluding leases', 'GBP', 'lower'),
    ],
  },
  // Empire Company: year ends on the Saturday nearest 30 April.
  {
    id: 'empire-company',
    name: 'Empire Company',
    calendar: weekday(4, 'saturday', 'nearest'),
    currency: 'CAD',
    metrics: [
      flow('adjusted_eps', 'Adjusted EPS', 'CAD'),
      flow('capex', 'Capital spending', 'CAD', 'neutral'),
      flow('same_store_sales', 'Same-store sales excluding fuel', 'CAD', 'higher', { concept: 'same-store' }),
    ],
  },
  // Brinker International: year ends on the last Wednesday of June.
  {
    id: 'brinker',
    name: 'Brinker International',
    calendar: weekday(6, 'wednesday', 'last'),
    currency: 'USD',
    metrics: [
      flow('total_revenue', 'Total revenues', 'USD'),
      flow('adjusted_eps', 'Adjusted diluted EPS', 'USD'),
      flow('capex', 'Capital expenditures', 'USD', 'neutral'),
      flow('comparable_sales', "Chili's comparable restaurant sales", 'USD', 'higher', { concept: 'comparable' }),
      flow('restaurant_margin', 'Restaurant operating margin', 'percent'),
    ],
  },
  // Performance Food Group: year ends on the Saturday nearest 30 June.
  {
    id: 'performance-food',
    name: 'Performance Food Group',
    calendar: weekday(6, 'saturday', 'nearest'),
    currency: 'USD',
    metrics: [
      flow('net_sales', 'Net sales', 'USD'),
      flow('adjusted_ebitda', 'Adjusted EBITDA', 'USD'),
      flow('adjusted_eps', 'Adjusted diluted EPS', 'USD'),
    ],
  },
  // Cracker Barrel Old Country Store: year ends on the Friday nearest 31 July.
  {
    id: 'cracker-barrel',
    name: 'Cracker Barrel Old Country Store',
    calendar: weekday(7, 'friday', 'nearest'),
    currency: 'USD',
    metrics: [
      flow('total_revenue', 'Total revenue', 'USD'),
      flow('adjusted_ebitda', 'Adjusted EBITDA', 'USD'),
      flow('capex', 'Capital expenditures', 'USD', 'neutral'),
      flow('maple_street_units', 'New Maple Street Biscuit Company units', 'count'),
    ],
  },
  // J D Wetherspoon: year ends on the last Sunday of July.
  {
    id: 'wetherspoon',
    name: 'J D Wetherspoon',
    calendar: weekday(7, 'sunday', 'last'),
    currency: 'GBP',
    metrics: [
      flow('lfl_sales', 'Like-for-like sales', 'GBP', 'higher', { concept: 'like-for-like' }),
      flow('new_pubs', 'New pubs opened', 'count'),
      stock('net_debt', 'Net debt excluding leases', 'GBP', 'lower'),
      flow('pbt', 'Profit before tax', 'GBP'),
      flow('capex', 'Capital expenditure', 'GBP', 'neutral'),
    ],
  },
  // Sanmina: year ends on the Saturday nearest 30 September.
  {
    id: 'sanmina',
    name: 'Sanmina',
    calendar: weekday(9, 'saturday', 'nearest'),
    currency: 'USD',
    metrics: [
      flow('revenue', 'Revenue', 'USD'),
      flow('non_gaap_eps', 'Non-GAAP diluted EPS', 'USD'),
      flow('non_gaap_operating_margin', 'Non-GAAP operating margin', 'percent'),
    ],
  },
  // US Foods Holding: year ends on the Saturday nearest 31 December.
  {
    id: 'us-foods',
    name: 'US Foods Holding',
    calendar: weekday(12, 'saturday', 'nearest'),
    currency: 'USD',
    metrics: [
      flow('net_sales', 'Net sales', 'USD'),
      flow('adjusted_ebitda', 'Adjusted EBITDA', 'USD'),
      flow('adjusted_eps', 'Adjusted diluted EPS', 'USD'),
      stock('net_leverage', 'Net leverage ratio', 'number', 'lower'),
    ],
  },
  // Papa John's International: year ends on the last Sunday of December.
  {
    id: 'papa-johns',
    name: "Papa John's International",
    calendar: weekday(12, 'sunday', 'last'),
    currency: 'USD',
    metrics: [
      flow('na_comparable_sales', 'North America comparable sales', 'USD', 'higher', { concept: 'comparable' }),
      stock('restaurants', 'Global restaurants', 'count'),
      flow('capex', 'Capital expenditures', 'USD', 'neutral'),
      flow('adjusted_eps', 'Adjusted diluted EPS', 'USD'),
    ],
  },
  // Shake Shack: year ends on the last Wednesday of December.
  {
    id: 'shake-shack',
    name: 'Shake Shack',
    calendar: weekday(12, 'wednesday', 'last'),
    currency: 'USD',
    metrics: [
      flow('total_revenue', 'Total revenue', 'USD'),
      flow('same_shack_sales', 'Same-Shack sales', 'USD', 'higher', { concept: 'comparable' }),
      flow('company_openings', 'Company-operated Shack openings', 'count'),
      flow('licensed_openings', 'Licensed Shack openings', 'count'),
      flow('shack_margin', 'Shack-level operating profit margin', 'percent'),
    ],
  },
  // Super Retail Group: year ends on the last Saturday of June.
  {
    id: 'super-retail',
    name: 'Super Retail Group',
    calendar: weekday(6, 'saturday', 'last'),
    currency: 'AUD',
    metrics: [
      flow('group_sales', 'Group sales', 'AUD'),
      flow('capex', 'Group capital expenditure', 'AUD', 'neutral'),
      flow('new_stores', 'New stores opened', 'count'),
      flow('normalised_pbt', 'Normalised profit before tax', 'AUD'),
    ],
  },
  // Cranswick: year ends on the last Saturday of March.
  {
    id: 'cranswick',
    name: 'Cranswick',
    calendar: weekday(3, 'saturday', 'last'),
    currency: 'GBP',
    metrics: [
      flow('revenue', 'Revenue', 'GBP'),
      flow('adjusted_pbt', 'Adjusted profit before tax', 'GBP'),
      flow('capex', 'Capital investment', 'GBP', 'neutral'),
    ],
  },
  // Mahindra & Mahindra: March year-end; names its year by the year it ends in (F27).
  {
    id: 'mahindra',
    name: 'Mahindra & Mahindra',
    calendar: monthEnd(3),
    currency: 'INR',
    metrics: [
      flow('revenue', 'Consolidated revenue', 'INR'),
      flow('auto_pbit_margin', 'Auto standalone PBIT margin', 'percent'),
      flow('roe', 'Return on equity', 'percent'),
      flow('suv_volumes', 'SUV volumes', 'count'),
    ],
  },
  // ITC: March year-end.
  {
    id: 'itc',
    name: 'ITC',
    calendar: monthEnd(3),
    currency: 'INR',
    metrics: [
      flow('gross_revenue', 'Gross revenue', 'INR'),
      flow('fmcg_ebitda_margin', 'FMCG-Others EBITDA margin', 'percent', 'higher', { segment: 'FMCG-Others' }),
      flow('capex', 'Capital expenditure', 'INR', 'neutral'),
    ],
  },
  // Trent: March year-end.
  {
    id: 'trent',
    name: 'Trent',
    calendar: monthEnd(3),
    currency: 'INR',
    metrics: [
      flow('revenue', 'Revenue from operations', 'INR'),
      flow('zudio_openings', 'New Zudio stores', 'count'),
      flow('westside_openings', 'New Westside stores', 'count'),
      flow('ebit_margin', 'EBIT margin', 'percent'),
    ],
  },
  // FANUC: March year-end; names its year by the year it starts in.
  {
    id: 'fanuc',
    name: 'FANUC',
    calendar: monthEnd(3),
    currency: 'JPY',
    metrics: [
      flow('net_sales', 'Consolidated net sales', 'JPY'),
      flow('operating_profit', 'Operating profit', 'JPY'),
      flow('orders', 'Orders received', 'JPY'),
      flow('total_payout', 'Total payout ratio', 'percent', 'neutral'),
    ],
  },
  // Murata Manufacturing: March year-end; names its year by the year it starts in.
  {
    id: 'murata',
    name: 'Murata Manufacturing',
    calendar: monthEnd(3),
    currency: 'JPY',
    metrics: [
      flow('net_sales', 'Net sales', 'JPY'),
      flow('operating_income', 'Operating income', 'JPY'),
      flow('operating_margin', 'Operating margin', 'percent'),
      flow('roic', 'ROIC (pre-tax)', 'percent'),
    ],
  },
  // ASICS: December year-end.
  {
    id: 'asics',
    name: 'ASICS',
    calendar: monthEnd(12),
    currency: 'JPY',
    metrics: [
      flow('net_sales', 'Net sales', 'JPY'),
      flow('operating_profit', 'Operating profit', 'JPY'),
      flow('operating_margin', 'Operating margin', 'percent'),
      flow('gross_margin', 'Gross margin', 'percent'),
    ],
  },
  // Singapore Telecommunications: March year-end.
  {
    id: 'singtel',
    name: 'Singapore Telecommunications',
    calendar: monthEnd(3),
    currency: 'SGD',
    metrics: [
      flow('underlying_net_profit', 'Underlying net profit', 'SGD'),
      flow('group_ebit', 'Group EBIT', 'SGD'),
      flow('core_payout', 'Core dividend payout ratio', 'percent', 'neutral'),
      flow('capex', 'Capital expenditure', 'SGD', 'neutral'),
    ],
  },
  // REA Group: June year-end.
  {
    id: 'rea-group',
    name: 'REA Group',
    calendar: monthEnd(6),
    currency: 'AUD',
    metrics: [
      flow('revenue', 'Revenue', 'AUD'),
      flow('core_operating_costs', 'Core operating costs', 'AUD', 'lower'),
      flow('ebitda', 'EBITDA', 'AUD'),
    ],
  },
  // Computershare: June year-end; reports in US dollars.
  {
    id: 'computershare',
    name: 'Computershare',
    calendar: monthEnd(6),
    currency: 'USD',
    metrics: [
      flow('management_eps', 'Management EPS', 'USD'),
      flow('margin_income', 'Margin income', 'USD'),
      flow('ebit_ex_mi', 'Management EBIT excluding margin income', 'USD'),
    ],
  },
  // Fisher & Paykel Healthcare: March year-end.
  {
    id: 'fisher-paykel',
    name: 'Fisher & Paykel Healthcare',
    calendar: monthEnd(3),
    currency: 'NZD',
    metrics: [
      flow('operating_revenue', 'Operating revenue', 'NZD'),
      flow('gross_margin', 'Gross margin', 'percent'),
      flow('npat', 'Net profit after tax', 'NZD'),
    ],
  },
  // Bank of Montreal: October year-end.
  {
    id: 'bank-of-montreal',
    name: 'Bank of Montreal',
    calendar: monthEnd(10),
    currency: 'CAD',
    metrics: [
      flow('adjusted_roe', 'Adjusted return on equity', 'percent'),
      stock('cet1_ratio', 'CET1 ratio', 'percent'),
      flow('pcl_ratio', 'Provision for credit losses ratio', 'percent', 'lower'),
      flow('adjusted_eps', 'Adjusted EPS', 'CAD'),
      flow('adjusted_expenses', 'Adjusted non-interest expenses', 'CAD', 'lower'),
    ],
  },
  // WSP Global: December year-end.
  {
    id: 'wsp-global',
    name: 'WSP Global',
    calendar: monthEnd(12),
    currency: 'CAD',
    metrics: [
      flow('net_revenues', 'Net revenues', 'CAD', 'higher', { concept: 'organic' }),
      flow('adjusted_ebitda_margin', 'Adjusted EBITDA margin', 'percent'),
      stock('dso', 'Days sales outstanding', 'number', 'lower'),
      flow('free_cash_flow', 'Free cash flow', 'CAD'),
    ],
  },
  // Experian: March year-end; reports in US dollars.
  {
    id: 'experian',
    name: 'Experian',
    calendar: monthEnd(3),
    currency: 'USD',
    metrics: [
      flow('organic_revenue', 'Organic revenue', 'USD', 'higher', { concept: 'organic constant currency' }),
      flow('ebit_margin', 'Benchmark EBIT margin', 'percent'),
      flow('benchmark_eps', 'Benchmark EPS', 'USD'),
    ],
  },
  // Imperial Brands: September year-end.
  {
    id: 'imperial-brands',
    name: 'Imperial Brands',
    calendar: monthEnd(9),
    currency: 'GBP',
    metrics: [
      flow('net_revenue', 'Tobacco and NGP net revenue', 'GBP', 'higher', { concept: 'constant currency' }),
      flow('adjusted_operating_profit', 'Adjusted operating profit', 'GBP', 'higher', { concept: 'constant currency' }),
      flow('buyback', 'Share buyback', 'GBP', 'neutral'),
    ],
  },
  // Johnson Matthey: March year-end.
  {
    id: 'johnson-matthey',
    name: 'Johnson Matthey',
    calendar: monthEnd(3),
    currency: 'GBP',
    metrics: [
      flow('underlying_operating_profit', 'Underlying operating profit', 'GBP', 'higher', {
        concept: 'constant rates',
      }),
      flow('cost_savings', 'Annualised cost savings', 'GBP'),
      flow('free_cash_flow', 'Free cash flow', 'GBP'),
    ],
  },
  // Barry Callebaut: August year-end.
  {
    id: 'barry-callebaut',
    name: 'Barry Callebaut',
    calendar: monthEnd(8),
    currency: 'CHF',
    metrics: [
      flow('sales_volume', 'Sales volume (tonnes)', 'number'),
      flow('recurring_ebit', 'Recurring EBIT', 'CHF', 'higher', { concept: 'constant currency' }),
      stock('net_debt', 'Net debt', 'CHF', 'lower'),
      flow('free_cash_flow', 'Free cash flow', 'CHF'),
    ],
  },
  // Kuehne+Nagel International: December year-end.
  {
    id: 'kuehne-nagel',
    name: 'Kuehne+Nagel International',
    calendar: monthEnd(12),
    currency: 'CHF',
    metrics: [
      flow('ebit', 'EBIT', 'CHF'),
      flow('sea_volume', 'Sea Logistics volume (TEU)', 'number'),
      flow('conversion_rate', 'Conversion rate', 'percent'),
    ],
  },
  // Logitech International: March year-end.
  {
    id: 'logitech',
    name: 'Logitech International',
    calendar: monthEnd(3),
    currency: 'USD',
    metrics: [
      flow('sales', 'Net sales', 'USD', 'higher', { concept: 'constant currency' }),
      flow('non_gaap_operating_income', 'Non-GAAP operating income', 'USD'),
      flow('gross_margin', 'Non-GAAP gross margin', 'percent'),
    ],
  },
  // Rémy Cointreau: March year-end; names its year as a split year (2026-27).
  {
    id: 'remy-cointreau',
    name: 'Rémy Cointreau',
    calendar: monthEnd(3),
    currency: 'EUR',
    metrics: [
      flow('organic_sales', 'Sales', 'EUR', 'higher', { concept: 'organic' }),
      flow('cop', 'Current operating profit', 'EUR', 'higher', { concept: 'organic' }),
      flow('cop_margin', 'Current operating margin', 'percent'),
    ],
  },
  // Capgemini: December year-end.
  {
    id: 'capgemini',
    name: 'Capgemini',
    calendar: monthEnd(12),
    currency: 'EUR',
    metrics: [
      flow('revenue', 'Revenue', 'EUR', 'higher', { concept: 'constant currency' }),
      flow('operating_margin', 'Operating margin', 'percent'),
      flow('organic_fcf', 'Organic free cash flow', 'EUR'),
    ],
  },
  // Amadeus IT Group: December year-end.
  {
    id: 'amadeus',
    name: 'Amadeus IT Group',
    calendar: monthEnd(12),
    currency: 'EUR',
    metrics: [
      flow('revenue', 'Revenue', 'EUR', 'higher', { concept: 'constant currency' }),
      flow('ebitda', 'EBITDA', 'EUR'),
      flow('free_cash_flow', 'Free cash flow', 'EUR'),
    ],
  },
  // Davide Campari-Milano: December year-end.
  {
    id: 'campari',
    name: 'Davide Campari-Milano',
    calendar: monthEnd(12),
    currency: 'EUR',
    metrics: [
      flow('organic_sales', 'Net sales', 'EUR', 'higher', { concept: 'organic' }),
      flow('gross_margin', 'Gross margin', 'percent'),
      stock('leverage', 'Net debt to EBITDA', 'number', 'lower'),
    ],
  },
  // Kongsberg Gruppen: December year-end.
  {
    id: 'kongsberg',
    name: 'Kongsberg Gruppen',
    calendar: monthEnd(12),
    currency: 'NOK',
    metrics: [
      flow('revenue', 'Operating revenues', 'NOK'),
      flow('maritime_revenue', 'Kongsberg Maritime operating revenues', 'NOK', 'higher', {
        segment: 'Kongsberg Maritime',
      }),
      flow('ebita_margin', 'EBITA margin', 'percent'),
      flow('order_intake', 'Order intake', 'NOK'),
    ],
  },
  // Husqvarna: December year-end.
  {
    id: 'husqvarna',
    name: 'Husqvarna',
    calendar: monthEnd(12),
    currency: 'SEK',
    metrics: [
      flow('operating_margin', 'Operating margin', 'percent'),
      flow('net_sales', 'Net sales', 'SEK'),
      flow('cost_savings', 'Cost savings', 'SEK'),
      stock('leverage', 'Net debt to EBITDA', 'number', 'lower'),
    ],
  },
  // Securitas: December year-end.
  {
    id: 'securitas',
    name: 'Securitas',
    calendar: monthEnd(12),
    currency: 'SEK',
    metrics: [
      flow('operating_margin', 'Operating margin', 'percent'),
      flow('organic_sales', 'Sales', 'SEK', 'higher', { concept: 'organic' }),
      flow('eps', 'EPS', 'SEK'),
    ],
  },
  // Royal Unibrew: December year-end.
  {
    id: 'royal-unibrew',
    name: 'Royal Unibrew',
    calendar: monthEnd(12),
    currency: 'DKK',
    metrics: [
      flow('ebit', 'EBIT', 'DKK'),
      flow('revenue', 'Net revenue', 'DKK', 'higher', { concept: 'organic' }),
      stock('leverage', 'Net interest-bearing debt to EBITDA', 'number', 'lower'),
    ],
  },
  // Ambu: September year-end; names its year as a split year (2026/27).
  {
    id: 'ambu',
    name: 'Ambu',
    calendar: monthEnd(9),
    currency: 'DKK',
    metrics: [
      flow('revenue', 'Revenue', 'DKK', 'higher', { concept: 'organic' }),
      flow('ebit_margin', 'EBIT margin before special items', 'percent'),
      flow('free_cash_flow', 'Free cash flow', 'DKK'),
    ],
  },
  // Kesko: December year-end.
  {
    id: 'kesko',
    name: 'Kesko',
    calendar: monthEnd(12),
    currency: 'EUR',
    metrics: [
      flow('comparable_operating_profit', 'Comparable operating profit', 'EUR'),
      flow('building_tech_profit', 'Building and technical trade comparable operating profit', 'EUR', 'higher', {
        segment: 'Building and technical trade',
      }),
      flow('net_sales', 'Net sales', 'EUR'),
    ],
  },
  // Lojas Renner: December year-end.
  {
    id: 'lojas-renner',
    name: 'Lojas Renner',
    calendar: monthEnd(12),
    currency: 'BRL',
    metrics: [
      flow('net_revenue', 'Net revenue', 'BRL'),
      flow('capex', 'Investments', 'BRL', 'neutral'),
      flow('new_stores', 'Store openings', 'count'),
      flow('ebitda_margin', 'EBITDA margin', 'percent'),
    ],
  },
  // Arca Continental: December year-end.
  {
    id: 'arca-continental',
    name: 'Arca Continental',
    calendar: monthEnd(12),
    currency: 'MXN',
    metrics: [
      flow('revenue', 'Net sales', 'MXN'),
      flow('ebitda_margin', 'EBITDA margin', 'percent'),
      flow('capex', 'Capital expenditures', 'MXN', 'neutral'),
    ],
  },
  // Falabella: December year-end.
  {
    id: 'falabella',
    name: 'Falabella',
    calendar: monthEnd(12),
    currency: 'CLP',
    metrics: [
      flow('revenue', 'Revenue', 'CLP'),
      flow('ebitda', 'EBITDA', 'CLP'),
      flow('capex', 'Investment plan', 'CLP', 'neutral'),
    ],
  },
  // MediaTek: December year-end.
  {
    id: 'mediatek',
    name: 'MediaTek',
    calendar: monthEnd(12),
    currency: 'TWD',
    metrics: [
      flow('revenue', 'Revenue', 'TWD'),
      flow('gross_margin', 'Gross margin', 'percent'),
      flow('operating_margin', 'Operating margin', 'percent'),
    ],
  },
  // Celltrion: December year-end.
  {
    id: 'celltrion',
    name: 'Celltrion',
    calendar: monthEnd(12),
    currency: 'KRW',
    metrics: [
      flow('revenue', 'Consolidated sales', 'KRW'),
      flow('operating_profit', 'Operating profit', 'KRW'),
      flow('operating_margin', 'Operating margin', 'percent'),
    ],
  },
  // Techtronic Industries: December year-end; reports in US dollars.
  {
    id: 'techtronic',
    name: 'Techtronic Industries',
    calendar: monthEnd(12),
    currency: 'USD',
    metrics: [
      flow('sales', 'Sales', 'USD', 'higher', { concept: 'local currency' }),
      flow('gross_margin', 'Gross margin', 'percent'),
      flow('ebit', 'EBIT', 'USD'),
    ],
  },
  // Capitec Bank Holdings: February year-end.
  {
    id: 'capitec',
    name: 'Capitec Bank Holdings',
    calendar: monthEnd(2),
    currency: 'ZAR',
    metrics: [
      flow('headline_earnings', 'Headline earnings', 'ZAR'),
      flow('roe', 'Return on equity', 'percent'),
      flow('credit_loss_ratio', 'Credit loss ratio', 'percent', 'lower'),
    ],
  },
  // Tiger Brands: September year-end.
  {
    id: 'tiger-brands',
    name: 'Tiger Brands',
    calendar: monthEnd(9),
    currency: 'ZAR',
    metrics: [
      flow('revenue', 'Revenue', 'ZAR'),
      flow('operating_margin', 'Operating margin', 'percent'),
      flow('volume', 'Volume', 'number'),
    ],
  },
  // Vodacom Group: March year-end.
  {
    id: 'vodacom',
    name: 'Vodacom Group',
    calendar: monthEnd(3),
    currency: 'ZAR',
    metrics: [
      flow('service_revenue', 'Group service revenue', 'ZAR'),
      flow('capital_intensity', 'Capital intensity', 'percent', 'neutral'),
      flow('ebitda', 'EBITDA', 'ZAR'),
    ],
  },
  // Galaxy Entertainment Group: December year-end.
  {
    id: 'galaxy-entertainment',
    name: 'Galaxy Entertainment Group',
    calendar: monthEnd(12),
    currency: 'HKD',
    metrics: [
      flow('adjusted_ebitda', 'Adjusted EBITDA', 'HKD'),
      flow('capex', 'Capital expenditure', 'HKD', 'neutral'),
      flow('net_revenue', 'Net revenue', 'HKD'),
    ],
  },
  // HP Inc.: October year-end.
  {
    id: 'hp-inc',
    name: 'HP Inc.',
    calendar: monthEnd(10),
    currency: 'USD',
    metrics: [
      flow('non_gaap_eps', 'Non-GAAP diluted net EPS', 'USD'),
      flow('free_cash_flow', 'Free cash flow', 'USD'),
      flow('revenue', 'Net revenue', 'USD'),
    ],
  },
  // Keysight Technologies: October year-end.
  {
    id: 'keysight',
    name: 'Keysight Technologies',
    calendar: monthEnd(10),
    currency: 'USD',
    metrics: [
      flow('revenue', 'Revenue', 'USD'),
      flow('non_gaap_eps', 'Non-GAAP EPS', 'USD'),
      flow('gross_margin', 'Non-GAAP gross margin', 'percent'),
    ],
  },
  // Automatic Data Processing: June year-end.
  {
    id: 'adp',
    name: 'Automatic Data Processing',
    calendar: monthEnd(6),
    currency: 'USD',
    metrics: [
      flow('revenue', 'Revenue', 'USD'),
      flow('adjusted_ebit_margin', 'Adjusted EBIT margin', 'percent'),
      flow('adjusted_eps', 'Adjusted diluted EPS', 'USD'),
      flow('pays_per_control', 'Pays per control', 'number'),
    ],
  },
  // Cardinal Health: June year-end.
  {
    id: 'cardinal-health',
    name: 'Cardinal Health',
    calendar: monthEnd(6),
    currency: 'USD',
    metrics: [
      flow('non_gaap_eps', 'Non-GAAP diluted EPS', 'USD'),
      flow('pharma_segment_profit', 'Pharmaceutical and Specialty Solutions segment profit', 'USD', 'higher', {
        segment: 'Pharmaceutical and Specialty Solutions',
      }),
      flow('adjusted_fcf', 'Adjusted free cash flow', 'USD'),
    ],
  },
  // Parker-Hannifin: June year-end.
  {
    id: 'parker-hannifin',
    name: 'Parker-Hannifin',
    calendar: monthEnd(6),
    currency: 'USD',
    metrics: [
      flow('sales', 'Sales', 'USD', 'higher', { concept: 'organic' }),
      flow('segment_margin', 'Adjusted segment operating margin', 'percent'),
      flow('adjusted_eps', 'Adjusted EPS', 'USD'),
    ],
  },
  // Becton, Dickinson and Company: September year-end.
  {
    id: 'becton-dickinson',
    name: 'Becton, Dickinson and Company',
    calendar: monthEnd(9),
    currency: 'USD',
    metrics: [
      flow('revenue', 'Revenue', 'USD', 'higher', { concept: 'organic' }),
      flow('adjusted_eps', 'Adjusted diluted EPS', 'USD'),
      flow('gross_margin', 'Adjusted gross margin', 'percent'),
    ],
  },
  // Take-Two Interactive: March year-end.
  {
    id: 'take-two',
    name: 'Take-Two Interactive',
    calendar: monthEnd(3),
    currency: 'USD',
    metrics: [
      flow('net_bookings', 'Net bookings', 'USD'),
      flow('recurrent_spending', 'Recurrent consumer spending', 'USD'),
      flow('gaap_revenue', 'GAAP net revenue', 'USD'),
    ],
  },
  // Zscaler: July year-end.
  {
    id: 'zscaler',
    name: 'Zscaler',
    calendar: monthEnd(7),
    currency: 'USD',
    metrics: [
      flow('revenue', 'Revenue', 'USD'),
      flow('operating_margin', 'Non-GAAP operating margin', 'percent'),
      flow('fcf_margin', 'Free cash flow margin', 'percent'),
    ],
  },
  // The Toro Company: October year-end.
  {
    id: 'toro',
    name: 'The Toro Company',
    calendar: monthEnd(10),
    currency: 'USD',
    metrics: [
      flow('net_sales', 'Net sales', 'USD'),
      flow('adjusted_eps', 'Adjusted diluted EPS', 'USD'),
      flow('adjusted_operating_margin', 'Adjusted operating margin', 'percent'),
    ],
  },
  // Barratt Redrow: June year-end.
  {
    id: 'barratt-redrow',
    name: 'Barratt Redrow',
    calendar: monthEnd(6),
    currency: 'GBP',
    metrics: [
      flow('completions', 'Total home completions including joint ventures', 'count'),
      flow('adjusted_pbt', 'Adjusted profit before tax', 'GBP'),
      flow('gross_margin', 'Adjusted gross margin', 'percent'),
    ],
  },
  // Bellway: July year-end.
  {
    id: 'bellway',
    name: 'Bellway',
    calendar: monthEnd(7),
    currency: 'GBP',
    metrics: [
      flow('completions', 'Housing completions', 'count'),
      flow('operating_margin', 'Underlying operating margin', 'percent'),
      flow('average_selling_price', 'Average selling price', 'GBP', 'neutral'),
    ],
  },
  // Diploma: September year-end.
  {
    id: 'diploma',
    name: 'Diploma',
    calendar: monthEnd(9),
    currency: 'GBP',
    metrics: [
      flow('revenue', 'Revenue', 'GBP', 'higher', { concept: 'organic' }),
      flow('operating_margin', 'Adjusted operating margin', 'percent'),
      flow('cash_conversion', 'Free cash flow conversion', 'percent'),
    ],
  },
];

// ---- Sentences -----------------------------------------------------------------------------------------------------

export const HELD_OUT: LabelledSentence[] = [
  {
    id: 'h8-001',
    company: 'five-below',
    quote:
      'For the year ending January 2027, we are planning for net sales of $5.05 billion to $5.2 billion, comparable sales growth of 2% to 4% and approximately 150 new stores.',
    statedOn: '2026-03-18',
    families: ['compound', 'deadline-modifier', 'growth', 'count'],
    expected: [
      {
        target: range('5050000000', '5200000000'),
        unit: 'USD',
        commitment: 'target',
        windowEnd: '2027-01-30',
        change: null,
        metric: 'net_sales',
      },
      {
        target: range('2', '4'),
        unit: 'percent',
        commitment: 'target',
        windowEnd: '2027-01-30',
        change: YOY,
        metric: 'comparable_sales',
      },
      {
        target: about('150', '7.5'),
        unit: 'count',
        commitment: 'target',
        windowEnd: '2027-01-30',
        change: null,
        metric: 'new_stores',
      },
    ],
  },
  {
    id: 'h8-002',
    company: 'five-below',
    quote:
      'First-quarter comps should be in the range of flat to up 2%, and we see adjusted diluted EPS landing somewhere between 62 and 74 cents.',
    statedOn: '2026-03-18',
    families: ['compound', 'deadline-modifier', 'growth', 'idiom'],
    expected: [
      {
        target: range('0', '2'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-05-02',
        change: YOY,
        metric: 'comparable_sales',
      },
      {
        target: range('0.62', '0.74'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2026-05-02',
        change: null,
        metric: 'adjusted_eps',
      },
    ],
  },
  {
    id: 'h8-003',
    company: 'five-below',
    quote: 'Last year we opened 228 net new stores and ended the year with 1,999 locations across 44 states.',
    statedOn: '2026-03-18',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-004',
    company: 'five-below',
    quote: 'Operating margin this year is expected to contract by roughly 50 basis points as we absorb tariff costs.',
    statedOn: '2026-03-18',
    families: ['basis-points', 'decline-sign'],
    expected: [
      {
        target: about('-0.5', '0.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-01-30',
        change: POINTS,
        metric: 'operating_margin',
      },
    ],
  },
  {
    id: 'h8-005',
    company: 'pure-storage',
    quote:
      'We are guiding fiscal 2027 revenue to a range of $4.1 billion to $4.16 billion and a non-GAAP operating margin of 19.5% to 20.5%.',
    statedOn: '2026-02-25',
    families: ['compound', 'deadline-modifier'],
    expected: [
      {
        target: range('4100000000', '4160000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-01-31',
        change: null,
        metric: 'revenue',
      },
      {
        target: range('19.5', '20.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-01-31',
        change: null,
        metric: 'operating_margin',
      },
    ],
  },
  {
    id: 'h8-006',
    company: 'pure-storage',
    quote: 'Our Q1 revenue guide is $845 million to $855 million.',
    statedOn: '2026-02-25',
    families: ['plain', 'deadline-modifier'],
    expected: [
      {
        target: range('845000000', '855000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2026-05-03',
        change: null,
        metric: 'revenue',
      },
    ],
  },
  {
    id: 'h8-007',
    company: 'pure-storage',
    quote: 'Subscription ARR crossed $1.8 billion at year-end, up 19% year over year.',
    statedOn: '2026-02-25',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-008',
    company: 'pure-storage',
    quote:
      'This release contains forward-looking statements, including statements about our fiscal 2027 outlook, that are subject to risks and uncertainties.',
    statedOn: '2026-02-25',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-009',
    company: 'pure-storage',
    quote: 'We now expect to exit the year with subscription ARR north of $2.2 billion.',
    statedOn: '2026-08-26',
    families: ['idiom'],
    expected: [
      {
        target: gt('2200000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-01-31',
        change: null,
        metric: 'subscription_arr',
      },
    ],
  },
  {
    id: 'h8-010',
    company: 'albertsons',
    quote:
      'For the fiscal year ending February 2027, we expect identical sales growth of 2.0% to 2.75%, adjusted EBITDA of $3.8 billion to $3.9 billion and adjusted EPS of $2.05 to $2.19.',
    statedOn: '2026-04-14',
    families: ['compound', 'deadline-modifier', 'growth'],
    expected: [
      {
        target: range('2', '2.75'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-02-27',
        change: YOY,
        metric: 'identical_sales',
      },
      {
        target: range('3800000000', '3900000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-02-27',
        change: null,
        metric: 'adjusted_ebitda',
      },
      {
        target: range('2.05', '2.19'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-02-27',
        change: null,
        metric: 'adjusted_eps',
      },
    ],
  },
  {
    id: 'h8-011',
    company: 'albertsons',
    quote:
      'Capital expenditures are budgeted at roughly $1.9 billion this year, with about a third going to digital and technology.',
    statedOn: '2026-04-14',
    families: ['plain'],
    expected: [
      {
        target: about('1900000000', '95000000'),
        unit: 'USD',
        commitment: 'target',
        windowEnd: '2027-02-27',
        change: null,
        metric: 'capex',
      },
    ],
  },
  {
    id: 'h8-012',
    company: 'albertsons',
    quote: 'We will next update our outlook when we report first-quarter results in July.',
    statedOn: '2026-04-14',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-013',
    company: 'aritzia',
    quote:
      'In fiscal 2027 we expect net revenue in the range of $3.7 billion to $3.8 billion and adjusted EBITDA margin expansion of 30 to 80 basis points.',
    statedOn: '2026-05-07',
    families: ['compound', 'basis-points'],
    expected: [
      {
        target: range('3700000000', '3800000000'),
        unit: 'CAD',
        commitment: 'expect',
        windowEnd: '2027-02-28',
        change: null,
        metric: 'net_revenue',
      },
      {
        target: range('0.3', '0.8'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-02-28',
        change: POINTS,
        metric: 'adjusted_ebitda_margin',
      },
    ],
  },
  {
    id: 'h8-014',
    company: 'aritzia',
    quote: 'We plan to open eight to ten new U.S. boutiques this fiscal year, weighted to the back half.',
    statedOn: '2026-05-07',
    families: ['count'],
    expected: [
      {
        target: range('8', '10'),
        unit: 'count',
        commitment: 'target',
        windowEnd: '2027-02-28',
        change: null,
        metric: 'new_boutiques',
      },
    ],
  },
  {
    id: 'h8-015',
    company: 'aritzia',
    quote: 'First-quarter net revenue is expected to be $720 million to $740 million.',
    statedOn: '2026-05-07',
    families: ['plain', 'deadline-modifier'],
    expected: [
      {
        target: range('720000000', '740000000'),
        unit: 'CAD',
        commitment: 'expect',
        windowEnd: '2026-05-31',
        change: null,
        metric: 'net_revenue',
      },
    ],
  },
  {
    id: 'h8-016',
    company: 'aritzia',
    quote: 'We expect to open between eight and ten boutiques again next year.',
    statedOn: '2026-05-07',
    families: ['count'],
    expected: [
      {
        target: range('8', '10'),
        unit: 'count',
        commitment: 'expect',
        windowEnd: '2028-02-27',
        change: null,
        metric: 'new_boutiques',
      },
    ],
  },
  {
    id: 'h8-017',
    company: 'cirrus-logic',
    quote:
      'For the June quarter, we expect revenue in the range of $350 million to $410 million, GAAP gross margin between 51% and 53%, and combined R&D and SG&A expenses of $148 million to $154 million.',
    statedOn: '2026-05-06',
    families: ['compound'],
    expected: [
      {
        target: range('350000000', '410000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2026-06-27',
        change: null,
        metric: 'revenue',
      },
      {
        target: range('51', '53'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-06-27',
        change: null,
        metric: 'gross_margin',
      },
      {
        target: range('148000000', '154000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2026-06-27',
        change: null,
        metric: 'opex',
      },
    ],
  },
  {
    id: 'h8-018',
    company: 'cirrus-logic',
    quote: 'Our outlook assumes no material change in the tariff environment or in customer demand patterns.',
    statedOn: '2026-05-06',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-019',
    company: 'cirrus-logic',
    quote:
      'Revenue for the September quarter is forecast at $490 million to $550 million as new product ramps come through.',
    statedOn: '2026-08-04',
    families: ['plain'],
    expected: [
      {
        target: range('490000000', '550000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2026-09-26',
        change: null,
        metric: 'revenue',
      },
    ],
  },
  {
    id: 'h8-020',
    company: 'cirrus-logic',
    quote: 'We expect December-quarter gross margin to slip by about a point from the September quarter.',
    statedOn: '2026-11-03',
    families: ['decline-sign', 'deadline-modifier', 'idiom'],
    expected: [
      {
        target: about('-1', '0.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-12-26',
        change: POINTS_SEQ,
        metric: 'gross_margin',
      },
    ],
  },
  {
    id: 'h8-021',
    company: 'cirrus-logic',
    quote: 'Operating expenses in the December quarter should be $150 million, give or take $3 million.',
    statedOn: '2026-11-03',
    families: ['idiom'],
    expected: [
      {
        target: about('150000000', '3000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2026-12-26',
        change: null,
        metric: 'opex',
      },
    ],
  },
  {
    id: 'h8-022',
    company: 'vf-corp',
    quote:
      'Our fiscal 2027 outlook calls for an adjusted operating margin of at least 10%, with free cash flow north of $600 million.',
    statedOn: '2026-05-20',
    families: ['compound', 'deadline-modifier', 'idiom'],
    expected: [
      {
        target: gte('10'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-04-03',
        change: null,
        metric: 'adjusted_operating_margin',
      },
      {
        target: gt('600000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-04-03',
        change: null,
        metric: 'free_cash_flow',
      },
    ],
  },
  {
    id: 'h8-023',
    company: 'vf-corp',
    quote: 'We are targeting leverage of 2.5 times or lower by the end of fiscal 2028.',
    statedOn: '2026-05-20',
    families: ['plain'],
    expected: [
      {
        target: lte('2.5'),
        unit: 'number',
        commitment: 'target',
        windowEnd: '2028-04-01',
        change: null,
        metric: 'leverage',
      },
    ],
  },
  {
    id: 'h8-024',
    company: 'vf-corp',
    quote: 'First-quarter revenue is expected to be down 4% to 6% in constant currency.',
    statedOn: '2026-05-20',
    families: ['deadline-modifier', 'decline-sign', 'growth'],
    expected: [
      {
        target: range('-6', '-4'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-06-27',
        change: YOY,
        metric: 'revenue',
      },
    ],
  },
  {
    id: 'h8-025',
    company: 'vf-corp',
    quote: 'Gross margin was down 90 basis points in the quarter, mostly on product cost inflation.',
    statedOn: '2026-05-20',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-026',
    company: 'vf-corp',
    quote:
      'If tariffs stay at current levels for the full year, gross margin would be roughly 150 basis points lower than in our outlook.',
    statedOn: '2026-05-20',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-027',
    company: 'bm-european-value',
    quote:
      'We expect FY27 group adjusted EBITDA of between £560 million and £620 million, and around 45 gross new B&M UK store openings.',
    statedOn: '2026-06-04',
    families: ['compound', 'deadline-modifier', 'count'],
    expected: [
      {
        target: range('560000000', '620000000'),
        unit: 'GBP',
        commitment: 'expect',
        windowEnd: '2027-04-03',
        change: null,
        metric: 'adjusted_ebitda',
      },
      {
        target: about('45', '2.25'),
        unit: 'count',
        commitment: 'expect',
        windowEnd: '2027-04-03',
        change: null,
        metric: 'new_stores',
      },
    ],
  },
  {
    id: 'h8-028',
    company: 'bm-european-value',
    quote: 'Like-for-like sales in B&M UK declined 2.8% in the fourth quarter.',
    statedOn: '2026-06-04',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-029',
    company: 'bm-european-value',
    quote: 'Net capital expenditure for the year should sit at around £150 million.',
    statedOn: '2026-06-04',
    families: ['deadline-modifier', 'idiom'],
    expected: [
      {
        target: about('150000000', '7500000'),
        unit: 'GBP',
        commitment: 'expect',
        windowEnd: '2027-04-03',
        change: null,
        metric: 'net_capex',
      },
    ],
  },
  {
    id: 'h8-030',
    company: 'bm-european-value',
    quote:
      'We expect UK like-for-like sales to be down low single digits in the first half, before turning positive in the second.',
    statedOn: '2026-06-04',
    families: ['compound', 'decline-sign', 'growth'],
    expected: [
      {
        target: downBand('-4', '-1'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-09-26',
        change: YOY,
        metric: 'uk_lfl_sales',
      },
      {
        target: gt('0'),
        unit: null,
        commitment: 'expect',
        windowEnd: '2027-04-03',
        change: YOY,
        metric: 'uk_lfl_sales',
      },
    ],
  },
  {
    id: 'h8-031',
    company: 'bm-european-value',
    quote: 'We expect second-half EBITDA to be broadly flat year on year.',
    statedOn: '2026-11-12',
    families: ['deadline-modifier', 'growth', 'idiom'],
    expected: [
      {
        target: about('0'),
        unit: null,
        commitment: 'expect',
        windowEnd: '2027-04-03',
        change: YOY,
        metric: 'adjusted_ebitda',
      },
    ],
  },
  {
    id: 'h8-032',
    company: 'currys',
    quote:
      'For 2026/27 we expect Group adjusted profit before tax of around £190 million, with capital expenditure of £100 million to £120 million.',
    statedOn: '2026-07-02',
    families: ['compound', 'deadline-modifier'],
    expected: [
      {
        target: about('190000000', '9500000'),
        unit: 'GBP',
        commitment: 'expect',
        windowEnd: '2027-05-01',
        change: null,
        metric: 'adjusted_pbt',
      },
      {
        target: range('100000000', '120000000'),
        unit: 'GBP',
        commitment: 'expect',
        windowEnd: '2027-05-01',
        change: null,
        metric: 'capex',
      },
    ],
  },
  {
    id: 'h8-033',
    company: 'currys',
    quote: 'We are targeting a UK & Ireland EBIT margin of 3% over the medium term.',
    statedOn: '2026-07-02',
    families: ['plain'],
    expected: [
      {
        target: about('3', '0.5'),
        unit: 'percent',
        commitment: 'target',
        windowEnd: null,
        change: null,
        metric: 'uk_ebit_margin',
      },
    ],
  },
  {
    id: 'h8-034',
    company: 'currys',
    quote: 'Consensus for the year currently sits at £178 million of adjusted profit before tax.',
    statedOn: '2026-07-02',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-035',
    company: 'currys',
    quote: 'Nordic EBIT is expected to be down slightly this year as we step up price investment.',
    statedOn: '2026-07-02',
    families: ['decline-sign', 'idiom'],
    expected: [
      {
        target: lt('0'),
        unit: null,
        commitment: 'expect',
        windowEnd: '2027-05-01',
        change: YOY,
        metric: 'nordics_ebit',
      },
    ],
  },
  {
    id: 'h8-036',
    company: 'frasers',
    quote: 'For FY27 we are guiding to adjusted profit before tax of £550 million to £600 million.',
    statedOn: '2026-07-16',
    families: ['plain'],
    expected: [
      {
        target: range('550000000', '600000000'),
        unit: 'GBP',
        commitment: 'expect',
        windowEnd: '2027-04-25',
        change: null,
        metric: 'adjusted_pbt',
      },
    ],
  },
  {
    id: 'h8-037',
    company: 'frasers',
    quote: 'Net debt excluding leases stood at £1.2 billion at the year end.',
    statedOn: '2026-07-16',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-038',
    company: 'frasers',
    quote:
      'We now expect FY27 capital expenditure to be 10% to 15% lower year on year as the elevation programme slows.',
    statedOn: '2026-10-15',
    families: ['deadline-modifier', 'decline-sign', 'growth'],
    expected: [
      {
        target: range('-15', '-10'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-04-25',
        change: YOY,
        metric: 'capex',
      },
    ],
  },
  {
    id: 'h8-039',
    company: 'empire-company',
    quote:
      'Our capital plan calls for spending of approximately $775 million in fiscal 2027, split roughly evenly between renovations and new stores.',
    statedOn: '2026-06-18',
    families: ['plain'],
    expected: [
      {
        target: about('775000000', '38750000'),
        unit: 'CAD',
        commitment: 'target',
        windowEnd: '2027-05-01',
        change: null,
        metric: 'capex',
      },
    ],
  },
  {
    id: 'h8-040',
    company: 'empire-company',
    quote: 'Over the long term we continue to target annual EPS growth of 8% to 10%.',
    statedOn: '2026-06-18',
    families: ['growth'],
    expected: [
      {
        target: range('8', '10'),
        unit: 'percent',
        commitment: 'target',
        windowEnd: null,
        change: YOY,
        metric: 'adjusted_eps',
      },
    ],
  },
  {
    id: 'h8-041',
    company: 'empire-company',
    quote: 'Same-store sales, excluding fuel, grew 2.1% in the fourth quarter.',
    statedOn: '2026-06-18',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-042',
    company: 'empire-company',
    quote: "Should food inflation hold at around 3%, we'd expect same-store sales to track close to it.",
    statedOn: '2026-06-18',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-043',
    company: 'brinker',
    quote: 'Management will provide fiscal 2027 guidance on its fourth-quarter call in August.',
    statedOn: '2026-04-29',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-044',
    company: 'brinker',
    quote:
      'Fiscal 2027 guidance: total revenues of $5.7 billion to $5.8 billion; adjusted diluted EPS of $10.00 to $10.50; capital expenditures of $290 million to $310 million.',
    statedOn: '2026-08-12',
    families: ['compound', 'deadline-modifier'],
    expected: [
      {
        target: range('5700000000', '5800000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: null,
        metric: 'total_revenue',
      },
      {
        target: range('10', '10.5'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: null,
        metric: 'adjusted_eps',
      },
      {
        target: range('290000000', '310000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: null,
        metric: 'capex',
      },
    ],
  },
  {
    id: 'h8-045',
    company: 'brinker',
    quote:
      'After expanding restaurant operating margin by 260 basis points last year, we expect fiscal 2027 restaurant operating margin to improve by a further 50 to 100 basis points.',
    statedOn: '2026-08-12',
    families: ['history', 'basis-points', 'deadline-modifier'],
    expected: [
      {
        target: range('0.5', '1'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: POINTS,
        metric: 'restaurant_margin',
      },
    ],
  },
  {
    id: 'h8-046',
    company: 'brinker',
    quote: "Chili's comparable restaurant sales rose 21% last year, lapping a difficult compare.",
    statedOn: '2026-08-12',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-047',
    company: 'performance-food',
    quote:
      'For the full fiscal year 2027, PFG projects net sales of $67 billion to $68.5 billion and adjusted EBITDA of $2.0 billion to $2.1 billion.',
    statedOn: '2026-08-13',
    families: ['compound', 'deadline-modifier'],
    expected: [
      {
        target: range('67000000000', '68500000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-07-03',
        change: null,
        metric: 'net_sales',
      },
      {
        target: range('2000000000', '2100000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-07-03',
        change: null,
        metric: 'adjusted_ebitda',
      },
    ],
  },
  {
    id: 'h8-048',
    company: 'performance-food',
    quote:
      'Under our three-year plan we are aiming for adjusted EBITDA of $2.8 billion to $3.2 billion by fiscal 2028.',
    statedOn: '2026-08-13',
    families: ['plain'],
    expected: [
      {
        target: range('2800000000', '3200000000'),
        unit: 'USD',
        commitment: 'target',
        windowEnd: '2028-07-01',
        change: null,
        metric: 'adjusted_ebitda',
      },
    ],
  },
  {
    id: 'h8-049',
    company: 'performance-food',
    quote: 'The outlook excludes any acquisitions that have not yet closed.',
    statedOn: '2026-08-13',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-050',
    company: 'cracker-barrel',
    quote: 'We are withdrawing our full-year outlook while we review the brand strategy.',
    statedOn: '2026-06-03',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-051',
    company: 'cracker-barrel',
    quote:
      'For fiscal 2027 we anticipate total revenue of $3.4 billion to $3.5 billion and adjusted EBITDA in the range of $200 million to $230 million.',
    statedOn: '2026-09-23',
    families: ['compound'],
    expected: [
      {
        target: range('3400000000', '3500000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-07-30',
        change: null,
        metric: 'total_revenue',
      },
      {
        target: range('200000000', '230000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-07-30',
        change: null,
        metric: 'adjusted_ebitda',
      },
    ],
  },
  {
    id: 'h8-052',
    company: 'cracker-barrel',
    quote: 'We plan to open two to three new Maple Street Biscuit Company units this year.',
    statedOn: '2026-09-23',
    families: ['count'],
    expected: [
      {
        target: range('2', '3'),
        unit: 'count',
        commitment: 'target',
        windowEnd: '2027-07-30',
        change: null,
        metric: 'maple_street_units',
      },
    ],
  },
  {
    id: 'h8-053',
    company: 'cracker-barrel',
    quote: 'Capital expenditures are expected to come in between $170 million and $190 million for the year.',
    statedOn: '2026-09-23',
    families: ['deadline-modifier'],
    expected: [
      {
        target: range('170000000', '190000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-07-30',
        change: null,
        metric: 'capex',
      },
    ],
  },
  {
    id: 'h8-054',
    company: 'wetherspoon',
    quote:
      'The company intends to open about 15 new pubs in the current financial year and to sell or close a similar number.',
    statedOn: '2026-10-09',
    families: ['count'],
    expected: [
      {
        target: about('15', '0.75'),
        unit: 'count',
        commitment: 'target',
        windowEnd: '2027-07-25',
        change: null,
        metric: 'new_pubs',
      },
    ],
  },
  {
    id: 'h8-055',
    company: 'wetherspoon',
    quote: 'Like-for-like sales in the first ten weeks of the new financial year increased by 4.1%.',
    statedOn: '2026-10-09',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-056',
    company: 'wetherspoon',
    quote:
      'The board believes that net debt should end the financial year at around £720 million, a similar level to last year.',
    statedOn: '2026-10-09',
    families: ['idiom'],
    expected: [
      {
        target: about('720000000', '36000000'),
        unit: 'GBP',
        commitment: 'expect',
        windowEnd: '2027-07-25',
        change: null,
        metric: 'net_debt',
      },
    ],
  },
  {
    id: 'h8-057',
    company: 'wetherspoon',
    quote: 'Capital expenditure in the current year is budgeted at about sixty million pounds.',
    statedOn: '2026-10-09',
    families: ['plain', 'idiom'],
    expected: [
      {
        target: about('60000000', '3000000'),
        unit: 'GBP',
        commitment: 'target',
        windowEnd: '2027-07-25',
        change: null,
        metric: 'capex',
      },
    ],
  },
  {
    id: 'h8-058',
    company: 'sanmina',
    quote:
      'For the first quarter of fiscal 2027 we expect revenue between $3.0 billion and $3.3 billion and non-GAAP diluted EPS of $2.15 to $2.45.',
    statedOn: '2026-11-03',
    families: ['compound'],
    expected: [
      {
        target: range('3000000000', '3300000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-01-02',
        change: null,
        metric: 'revenue',
      },
      {
        target: range('2.15', '2.45'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-01-02',
        change: null,
        metric: 'non_gaap_eps',
      },
    ],
  },
  {
    id: 'h8-059',
    company: 'sanmina',
    quote: 'Our non-GAAP operating margin has held at 5.9% or better for six straight quarters.',
    statedOn: '2026-11-03',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-060',
    company: 'sanmina',
    quote: 'For fiscal 2027 as a whole, we feel good about revenue north of $13 billion.',
    statedOn: '2026-11-03',
    families: ['idiom'],
    expected: [
      {
        target: gt('13000000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-10-02',
        change: null,
        metric: 'revenue',
      },
    ],
  },
  {
    id: 'h8-061',
    company: 'us-foods',
    quote: 'For 2026 we expect adjusted EBITDA growth of 8% to 12% and adjusted diluted EPS growth of 15% to 19%.',
    statedOn: '2026-02-12',
    families: ['compound', 'growth'],
    expected: [
      {
        target: range('8', '12'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-01-02',
        change: YOY,
        metric: 'adjusted_ebitda',
      },
      {
        target: range('15', '19'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-01-02',
        change: YOY,
        metric: 'adjusted_eps',
      },
    ],
  },
  {
    id: 'h8-062',
    company: 'us-foods',
    quote: 'Net leverage should be around 2.5 times at year-end.',
    statedOn: '2026-02-12',
    families: ['plain'],
    expected: [
      {
        target: about('2.5', '0.125'),
        unit: 'number',
        commitment: 'expect',
        windowEnd: '2027-01-02',
        change: null,
        metric: 'net_leverage',
      },
    ],
  },
  {
    id: 'h8-063',
    company: 'us-foods',
    quote: 'Total case volume grew 3.1% in the fourth quarter, with independent restaurant volume up 5.2%.',
    statedOn: '2026-02-12',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-064',
    company: 'papa-johns',
    quote:
      'For fiscal 2026, we expect North America comparable sales to range from down 1% to up 1%, and global net unit growth of 3% to 5%.',
    statedOn: '2026-02-26',
    families: ['compound', 'growth', 'decline-sign', 'count'],
    expected: [
      {
        target: range('-1', '1'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-12-27',
        change: YOY,
        metric: 'na_comparable_sales',
      },
      {
        target: range('3', '5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-12-27',
        change: YOY,
        metric: 'restaurants',
      },
    ],
  },
  {
    id: 'h8-065',
    company: 'papa-johns',
    quote: 'Capital expenditures this year are projected at $75 million to $85 million.',
    statedOn: '2026-02-26',
    families: ['plain'],
    expected: [
      {
        target: range('75000000', '85000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2026-12-27',
        change: null,
        metric: 'capex',
      },
    ],
  },
  {
    id: 'h8-066',
    company: 'papa-johns',
    quote: 'Analysts on average expect adjusted EPS of $1.62 for the year.',
    statedOn: '2026-02-26',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-067',
    company: 'papa-johns',
    quote: 'We think North America comps for the full year shake out somewhere in the zip code of flat.',
    statedOn: '2026-08-06',
    families: ['idiom', 'deadline-modifier', 'growth'],
    expected: [
      {
        target: about('0'),
        unit: null,
        commitment: 'expect',
        windowEnd: '2026-12-27',
        change: YOY,
        metric: 'na_comparable_sales',
      },
    ],
  },
  {
    id: 'h8-068',
    company: 'shake-shack',
    quote:
      'For the first quarter we expect total revenue between $355 million and $362 million, with Shack-level operating profit margin of 20% to 20.5%.',
    statedOn: '2026-02-19',
    families: ['compound'],
    expected: [
      {
        target: range('355000000', '362000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2026-04-01',
        change: null,
        metric: 'total_revenue',
      },
      {
        target: range('20', '20.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-04-01',
        change: null,
        metric: 'shack_margin',
      },
    ],
  },
  {
    id: 'h8-069',
    company: 'shake-shack',
    quote:
      'Having opened 45 company-operated Shacks in 2025, we plan to open approximately 55 to 60 company-operated Shacks and 40 to 45 licensed Shacks in 2026.',
    statedOn: '2026-02-19',
    families: ['compound', 'count', 'history'],
    expected: [
      {
        target: range('55', '60'),
        unit: 'count',
        commitment: 'target',
        windowEnd: '2026-12-30',
        change: null,
        metric: 'company_openings',
      },
      {
        target: range('40', '45'),
        unit: 'count',
        commitment: 'target',
        windowEnd: '2026-12-30',
        change: null,
        metric: 'licensed_openings',
      },
    ],
  },
  {
    id: 'h8-070',
    company: 'shake-shack',
    quote: 'Same-Shack sales growth for the year is expected to be in the low single digits.',
    statedOn: '2026-02-19',
    families: ['deadline-modifier', 'growth'],
    expected: [
      {
        target: band('1', '4'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-12-30',
        change: YOY,
        metric: 'same_shack_sales',
      },
    ],
  },
  {
    id: 'h8-071',
    company: 'super-retail',
    quote:
      'FY27 group capital expenditure is anticipated to be in the range of $160 million to $170 million, including around 30 new store openings across the four brands.',
    statedOn: '2026-08-19',
    families: ['compound', 'deadline-modifier', 'count'],
    expected: [
      {
        target: range('160000000', '170000000'),
        unit: 'AUD',
        commitment: 'expect',
        windowEnd: '2027-06-26',
        change: null,
        metric: 'capex',
      },
      {
        target: about('30', '1.5'),
        unit: 'count',
        commitment: 'expect',
        windowEnd: '2027-06-26',
        change: null,
        metric: 'new_stores',
      },
    ],
  },
  {
    id: 'h8-072',
    company: 'super-retail',
    quote: 'Like-for-like sales for the first seven weeks of the new financial year were up 3.6%.',
    statedOn: '2026-08-19',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-073',
    company: 'cranswick',
    quote: 'We are planning record capital investment of around £140 million in the new financial year.',
    statedOn: '2026-05-19',
    families: ['idiom'],
    expected: [
      {
        target: about('140000000', '7000000'),
        unit: 'GBP',
        commitment: 'target',
        windowEnd: '2027-03-27',
        change: null,
        metric: 'capex',
      },
    ],
  },
  {
    id: 'h8-074',
    company: 'cranswick',
    quote: 'Adjusted profit before tax grew 11.4% to £197.2 million.',
    statedOn: '2026-05-19',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-075',
    company: 'mahindra',
    quote: 'For F27 we are guiding to SUV volume growth in the mid-to-high teens.',
    statedOn: '2026-05-06',
    families: ['growth', 'count'],
    expected: [
      {
        target: band('15', '20'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: YOY,
        metric: 'suv_volumes',
      },
    ],
  },
  {
    id: 'h8-076',
    company: 'mahindra',
    quote: 'The auto standalone PBIT margin is expected to be maintained in the 9.5% to 10% band in F27.',
    statedOn: '2026-05-06',
    families: ['plain'],
    expected: [
      {
        target: range('9.5', '10'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: null,
        metric: 'auto_pbit_margin',
      },
    ],
  },
  {
    id: 'h8-077',
    company: 'mahindra',
    quote: 'Our ROE aspiration remains 18%.',
    statedOn: '2026-05-06',
    families: ['plain'],
    expected: [
      {
        target: about('18', '0.5'),
        unit: 'percent',
        commitment: 'aspire',
        windowEnd: null,
        change: null,
        metric: 'roe',
      },
    ],
  },
  {
    id: 'h8-078',
    company: 'itc',
    quote: 'The board has recommended a final dividend of ₹7.85 per share for the year ended 31 March 2026.',
    statedOn: '2026-05-22',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-079',
    company: 'itc',
    quote: 'We intend to take FMCG-Others EBITDA margin past 12% by FY28.',
    statedOn: '2026-05-22',
    families: ['plain', 'idiom'],
    expected: [
      {
        target: gt('12'),
        unit: 'percent',
        commitment: 'target',
        windowEnd: '2028-03-31',
        change: null,
        metric: 'fmcg_ebitda_margin',
      },
    ],
  },
  {
    id: 'h8-080',
    company: 'itc',
    quote: 'Cigarette net segment revenue grew 7% in the quarter on a high base.',
    statedOn: '2026-05-22',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-081',
    company: 'itc',
    quote: 'We have earmarked around ₹4,000 crore of capex for FY27, largely for the FMCG and paperboards businesses.',
    statedOn: '2026-05-22',
    families: ['plain', 'idiom'],
    expected: [
      {
        target: about('40000000000', '2000000000'),
        unit: 'INR',
        commitment: 'target',
        windowEnd: '2027-03-31',
        change: null,
        metric: 'capex',
      },
    ],
  },
  {
    id: 'h8-082',
    company: 'trent',
    quote:
      "Management's FY27 plan is to add over 200 Zudio stores while keeping the pace of Westside openings at 25 to 30.",
    statedOn: '2026-05-08',
    families: ['compound', 'count', 'deadline-modifier'],
    expected: [
      {
        target: gt('200'),
        unit: 'count',
        commitment: 'target',
        windowEnd: '2027-03-31',
        change: null,
        metric: 'zudio_openings',
      },
      {
        target: range('25', '30'),
        unit: 'count',
        commitment: 'target',
        windowEnd: '2027-03-31',
        change: null,
        metric: 'westside_openings',
      },
    ],
  },
  {
    id: 'h8-083',
    company: 'trent',
    quote: 'Revenue from operations rose 28% to ₹20,300 crore in FY26.',
    statedOn: '2026-05-08',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-084',
    company: 'trent',
    quote: 'We continue to target revenue growth of 25% or more on a sustained basis.',
    statedOn: '2026-05-08',
    families: ['growth'],
    expected: [
      { target: gte('25'), unit: 'percent', commitment: 'target', windowEnd: null, change: YOY, metric: 'revenue' },
    ],
  },
  {
    id: 'h8-085',
    company: 'trent',
    quote: "Brokers forecast Zudio's store count to reach 1,200 by the end of FY27.",
    statedOn: '2026-05-08',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-086',
    company: 'fanuc',
    quote:
      'For the fiscal year ending March 2027, we forecast consolidated net sales of ¥880 billion and operating profit of ¥210 billion.',
    statedOn: '2026-04-24',
    families: ['compound', 'deadline-modifier'],
    expected: [
      {
        target: about('880000000000', '500000000'),
        unit: 'JPY',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: null,
        metric: 'net_sales',
      },
      {
        target: about('210000000000', '500000000'),
        unit: 'JPY',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: null,
        metric: 'operating_profit',
      },
    ],
  },
  {
    id: 'h8-087',
    company: 'fanuc',
    quote: 'Our shareholder return policy is a total payout ratio of 60%.',
    statedOn: '2026-04-24',
    families: ['plain'],
    expected: [
      {
        target: about('60', '0.5'),
        unit: 'percent',
        commitment: 'target',
        windowEnd: null,
        change: null,
        metric: 'total_payout',
      },
    ],
  },
  {
    id: 'h8-088',
    company: 'fanuc',
    quote: 'Orders in the robot business rose 14% year on year in the January–March period.',
    statedOn: '2026-04-24',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-089',
    company: 'fanuc',
    quote:
      'We have revised our forecast for the fiscal year ending March 2027 upward, to operating profit of ¥225 billion.',
    statedOn: '2026-10-28',
    families: ['deadline-modifier'],
    expected: [
      {
        target: about('225000000000', '500000000'),
        unit: 'JPY',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: null,
        metric: 'operating_profit',
      },
    ],
  },
  {
    id: 'h8-090',
    company: 'murata',
    quote:
      'We have left our full-year forecast for operating income unchanged at ¥310 billion, while lowering the net sales forecast to ¥1,720 billion.',
    statedOn: '2026-07-30',
    families: ['compound', 'deadline-modifier'],
    expected: [
      {
        target: about('310000000000', '500000000'),
        unit: 'JPY',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: null,
        metric: 'operating_income',
      },
      {
        target: about('1720000000000', '500000000'),
        unit: 'JPY',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: null,
        metric: 'net_sales',
      },
    ],
  },
  {
    id: 'h8-091',
    company: 'murata',
    quote: 'Over the medium term, we aim for an operating margin of 20% or more and ROIC above 20%.',
    statedOn: '2026-07-30',
    families: ['compound'],
    expected: [
      {
        target: gte('20'),
        unit: 'percent',
        commitment: 'target',
        windowEnd: null,
        change: null,
        metric: 'operating_margin',
      },
      { target: gt('20'), unit: 'percent', commitment: 'target', windowEnd: null, change: null, metric: 'roic' },
    ],
  },
  {
    id: 'h8-092',
    company: 'murata',
    quote: 'The yen assumption for the second half is ¥145 to the dollar.',
    statedOn: '2026-07-30',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-093',
    company: 'asics',
    quote:
      'ASICS forecasts FY2026 net sales of ¥920 billion, operating profit of ¥180 billion and an operating margin of 19.6%.',
    statedOn: '2026-02-13',
    families: ['compound', 'deadline-modifier'],
    expected: [
      {
        target: about('920000000000', '500000000'),
        unit: 'JPY',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'net_sales',
      },
      {
        target: about('180000000000', '500000000'),
        unit: 'JPY',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'operating_profit',
      },
      {
        target: about('19.6', '0.05'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'operating_margin',
      },
    ],
  },
  {
    id: 'h8-094',
    company: 'asics',
    quote: 'Gross margin for the year improved 1.9 points to 57.0%.',
    statedOn: '2026-02-13',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-095',
    company: 'singtel',
    quote:
      'Group EBIT is expected to grow by a high single-digit percentage in FY27, with capital expenditure of about S$2.1 billion.',
    statedOn: '2026-05-21',
    families: ['compound', 'growth'],
    expected: [
      {
        target: band('7', '10'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: YOY,
        metric: 'group_ebit',
      },
      {
        target: about('2100000000', '105000000'),
        unit: 'SGD',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: null,
        metric: 'capex',
      },
    ],
  },
  {
    id: 'h8-096',
    company: 'singtel',
    quote: 'Our dividend policy remains a core payout of 70% to 90% of underlying net profit.',
    statedOn: '2026-05-21',
    families: ['plain'],
    expected: [
      {
        target: range('70', '90'),
        unit: 'percent',
        commitment: 'target',
        windowEnd: null,
        change: null,
        metric: 'core_payout',
      },
    ],
  },
  {
    id: 'h8-097',
    company: 'rea-group',
    quote: 'In FY27 we expect mid-single-digit growth in core operating costs, including our investment in India.',
    statedOn: '2026-08-07',
    families: ['growth'],
    expected: [
      {
        target: band('4', '7'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: YOY,
        metric: 'core_operating_costs',
      },
    ],
  },
  {
    id: 'h8-098',
    company: 'rea-group',
    quote: 'Residential Buy yield rose 9% for the year, helped by a 6% average price increase.',
    statedOn: '2026-08-07',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-099',
    company: 'rea-group',
    quote: 'The Reserve Bank expects housing credit growth of around 5% over the coming year.',
    statedOn: '2026-08-07',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-100',
    company: 'computershare',
    quote:
      'We expect FY27 Management EPS of around 138.0 cents, assuming average client balances of $27 billion and no further rate cuts.',
    statedOn: '2026-08-12',
    families: ['deadline-modifier'],
    expected: [
      {
        target: about('1.38', '0.069'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: null,
        metric: 'management_eps',
      },
    ],
  },
  {
    id: 'h8-101',
    company: 'computershare',
    quote: 'Margin income is forecast at approximately US$690 million for the year.',
    statedOn: '2026-08-12',
    families: ['deadline-modifier'],
    expected: [
      {
        target: about('690000000', '34500000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: null,
        metric: 'margin_income',
      },
    ],
  },
  {
    id: 'h8-102',
    company: 'fisher-paykel',
    quote:
      'For the 2027 financial year we expect operating revenue of approximately NZ$2.35 billion and net profit after tax in the range of NZ$420 million to NZ$470 million, at current exchange rates.',
    statedOn: '2026-05-27',
    families: ['compound', 'deadline-modifier'],
    expected: [
      {
        target: about('2350000000', '117500000'),
        unit: 'NZD',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: null,
        metric: 'operating_revenue',
      },
      {
        target: range('420000000', '470000000'),
        unit: 'NZD',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: null,
        metric: 'npat',
      },
    ],
  },
  {
    id: 'h8-103',
    company: 'fisher-paykel',
    quote: 'Our long-term aspiration is a gross margin of 65%.',
    statedOn: '2026-05-27',
    families: ['plain'],
    expected: [
      {
        target: about('65', '0.5'),
        unit: 'percent',
        commitment: 'aspire',
        windowEnd: null,
        change: null,
        metric: 'gross_margin',
      },
    ],
  },
  {
    id: 'h8-104',
    company: 'bank-of-montreal',
    quote: 'We remain committed to a 15% ROE over the medium term.',
    statedOn: '2026-08-26',
    families: ['plain'],
    expected: [
      {
        target: about('15', '0.5'),
        unit: 'percent',
        commitment: 'will',
        windowEnd: null,
        change: null,
        metric: 'adjusted_roe',
      },
    ],
  },
  {
    id: 'h8-105',
    company: 'bank-of-montreal',
    quote: 'We expect to operate with a CET1 ratio of around 13% over time.',
    statedOn: '2026-08-26',
    families: ['plain'],
    expected: [
      {
        target: about('13', '0.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: null,
        change: null,
        metric: 'cet1_ratio',
      },
    ],
  },
  {
    id: 'h8-106',
    company: 'bank-of-montreal',
    quote:
      'Provisions for credit losses are expected to stay elevated, in the 45 to 55 basis point range, through the rest of the year.',
    statedOn: '2026-08-26',
    families: ['basis-points'],
    expected: [
      {
        target: range('0.45', '0.55'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-10-31',
        change: null,
        metric: 'pcl_ratio',
      },
    ],
  },
  {
    id: 'h8-107',
    company: 'bank-of-montreal',
    quote: 'Inflation in our expense base is running at about 4%.',
    statedOn: '2026-08-26',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-108',
    company: 'bank-of-montreal',
    quote: 'We expect expense growth in the low single digits next year.',
    statedOn: '2026-08-26',
    families: ['growth'],
    expected: [
      {
        target: band('1', '4'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-10-31',
        change: YOY,
        metric: 'adjusted_expenses',
      },
    ],
  },
  {
    id: 'h8-109',
    company: 'wsp-global',
    quote: 'For 2026 we expect organic net revenue growth of 5% to 8% and an adjusted EBITDA margin of 17.8% to 18.8%.',
    statedOn: '2026-02-26',
    families: ['compound', 'growth'],
    expected: [
      {
        target: range('5', '8'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: YOY,
        metric: 'net_revenues',
      },
      {
        target: range('17.8', '18.8'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'adjusted_ebitda_margin',
      },
    ],
  },
  {
    id: 'h8-110',
    company: 'wsp-global',
    quote: 'DSO should land between 70 and 75 days at year-end.',
    statedOn: '2026-02-26',
    families: ['idiom'],
    expected: [
      {
        target: range('70', '75'),
        unit: 'number',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'dso',
      },
    ],
  },
  {
    id: 'h8-111',
    company: 'wsp-global',
    quote: 'Our prior guidance for 2025 had called for net revenue growth of 8% to 11%.',
    statedOn: '2026-02-26',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-112',
    company: 'experian',
    quote: 'For FY27 we expect organic revenue growth of 6% to 8% at constant currency, with modest margin accretion.',
    statedOn: '2026-05-14',
    families: ['compound', 'growth', 'idiom'],
    expected: [
      {
        target: range('6', '8'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: YOY,
        metric: 'organic_revenue',
      },
      {
        target: gt('0'),
        unit: null,
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: POINTS,
        metric: 'ebit_margin',
      },
    ],
  },
  {
    id: 'h8-113',
    company: 'experian',
    quote: 'In the first quarter organic revenue growth is expected to be around 7%.',
    statedOn: '2026-05-14',
    families: ['growth'],
    expected: [
      {
        target: about('7', '0.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-06-30',
        change: YOY,
        metric: 'organic_revenue',
      },
    ],
  },
  {
    id: 'h8-114',
    company: 'experian',
    quote: 'Benchmark EBIT margin of 28.6% was up 40 basis points at constant exchange rates.',
    statedOn: '2026-05-14',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-115',
    company: 'imperial-brands',
    quote:
      'We continue to expect low single-digit constant currency tobacco and NGP net revenue growth this year, with adjusted operating profit up mid-single digits.',
    statedOn: '2026-05-12',
    families: ['compound', 'growth'],
    expected: [
      {
        target: band('1', '4'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-09-30',
        change: YOY,
        metric: 'net_revenue',
      },
      {
        target: band('4', '7'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-09-30',
        change: YOY,
        metric: 'adjusted_operating_profit',
      },
    ],
  },
  {
    id: 'h8-116',
    company: 'imperial-brands',
    quote:
      'The interim dividend of 54.7 pence per share will be paid on 30 June 2026 to shareholders on the register at 22 May 2026.',
    statedOn: '2026-05-12',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-117',
    company: 'imperial-brands',
    quote: 'The current £1.45 billion share buyback is 40% complete.',
    statedOn: '2026-05-12',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-118',
    company: 'imperial-brands',
    quote: 'Adjusted operating profit should be some £100 million higher this year than last.',
    statedOn: '2026-11-18',
    families: ['growth', 'idiom'],
    expected: [
      {
        target: about('100000000', '5000000'),
        unit: 'GBP',
        commitment: 'expect',
        windowEnd: '2027-09-30',
        change: POINTS,
        metric: 'adjusted_operating_profit',
      },
    ],
  },
  {
    id: 'h8-119',
    company: 'johnson-matthey',
    quote:
      'In 2026/27 we expect group underlying operating profit to grow by mid-to-high single digits at constant rates.',
    statedOn: '2026-05-28',
    families: ['deadline-modifier', 'growth'],
    expected: [
      {
        target: band('4', '10'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: YOY,
        metric: 'underlying_operating_profit',
      },
    ],
  },
  {
    id: 'h8-120',
    company: 'johnson-matthey',
    quote: 'We are on track to deliver at least £150 million of annualised cost savings by the end of 2026/27.',
    statedOn: '2026-05-28',
    families: ['deadline-modifier'],
    expected: [
      {
        target: gte('150000000'),
        unit: 'GBP',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: null,
        metric: 'cost_savings',
      },
    ],
  },
  {
    id: 'h8-121',
    company: 'barry-callebaut',
    quote:
      'For fiscal year 2026/27, we expect volume to decline by a low-to-mid single-digit percentage, while recurring EBIT should grow strongly in constant currency.',
    statedOn: '2026-11-05',
    families: ['compound', 'decline-sign', 'deadline-modifier', 'growth'],
    expected: [
      {
        target: downBand('-7', '-1'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-08-31',
        change: YOY,
        metric: 'sales_volume',
      },
      {
        target: gt('0'),
        unit: null,
        commitment: 'expect',
        windowEnd: '2027-08-31',
        change: YOY,
        metric: 'recurring_ebit',
      },
    ],
  },
  {
    id: 'h8-122',
    company: 'barry-callebaut',
    quote: 'The mid-term guidance of average volume growth of 4% to 6% remains in place.',
    statedOn: '2026-11-05',
    families: ['growth'],
    expected: [
      {
        target: range('4', '6'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: null,
        change: YOY,
        metric: 'sales_volume',
      },
    ],
  },
  {
    id: 'h8-123',
    company: 'barry-callebaut',
    quote: 'Volume fell 6.8% in the year as record cocoa bean prices weighed on demand.',
    statedOn: '2026-11-05',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-124',
    company: 'kuehne-nagel',
    quote: 'We expect 2026 EBIT of CHF 1.3 to 1.5 billion, excluding any effect from tariff disputes.',
    statedOn: '2026-04-23',
    families: ['deadline-modifier'],
    expected: [
      {
        target: range('1300000000', '1500000000'),
        unit: 'CHF',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'ebit',
      },
    ],
  },
  {
    id: 'h8-125',
    company: 'kuehne-nagel',
    quote: 'Sea Logistics volumes are expected to be broadly flat quarter over quarter in the second quarter.',
    statedOn: '2026-04-23',
    families: ['growth', 'idiom'],
    expected: [
      {
        target: about('0'),
        unit: null,
        commitment: 'expect',
        windowEnd: '2026-06-30',
        change: SEQ,
        metric: 'sea_volume',
      },
    ],
  },
  {
    id: 'h8-126',
    company: 'logitech',
    quote:
      'For fiscal year 2027 we are providing an outlook of net sales growth in the low to mid single digits in constant currency and non-GAAP operating income of $860 million to $900 million.',
    statedOn: '2026-04-29',
    families: ['compound', 'growth'],
    expected: [
      {
        target: band('1', '7'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: YOY,
        metric: 'sales',
      },
      {
        target: range('860000000', '900000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: null,
        metric: 'non_gaap_operating_income',
      },
    ],
  },
  {
    id: 'h8-127',
    company: 'logitech',
    quote: 'Logitech expects December quarter sales of $1.35 billion to $1.40 billion.',
    statedOn: '2026-10-27',
    families: ['deadline-modifier'],
    expected: [
      {
        target: range('1350000000', '1400000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'sales',
      },
    ],
  },
  {
    id: 'h8-128',
    company: 'remy-cointreau',
    quote:
      'For 2026-27 the group is targeting a return to organic sales growth and current operating profit broadly stable in organic terms.',
    statedOn: '2026-06-04',
    families: ['compound', 'deadline-modifier', 'idiom'],
    expected: [
      {
        target: gt('0'),
        unit: null,
        commitment: 'target',
        windowEnd: '2027-03-31',
        change: YOY,
        metric: 'organic_sales',
      },
      { target: about('0'), unit: null, commitment: 'target', windowEnd: '2027-03-31', change: YOY, metric: 'cop' },
    ],
  },
  {
    id: 'h8-129',
    company: 'remy-cointreau',
    quote: 'By 2029-30 we aspire to a current operating margin of 28%.',
    statedOn: '2026-06-04',
    families: ['deadline-modifier'],
    expected: [
      {
        target: about('28', '0.5'),
        unit: 'percent',
        commitment: 'aspire',
        windowEnd: '2030-03-31',
        change: null,
        metric: 'cop_margin',
      },
    ],
  },
  {
    id: 'h8-130',
    company: 'capgemini',
    quote:
      'For 2026, the Group targets revenue growth of 0% to +3% at constant currency, an operating margin of 13.3% to 13.5% and organic free cash flow of around €1.9 billion.',
    statedOn: '2026-02-13',
    families: ['compound', 'growth'],
    expected: [
      {
        target: range('0', '3'),
        unit: 'percent',
        commitment: 'target',
        windowEnd: '2026-12-31',
        change: YOY,
        metric: 'revenue',
      },
      {
        target: range('13.3', '13.5'),
        unit: 'percent',
        commitment: 'target',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'operating_margin',
      },
      {
        target: about('1900000000', '95000000'),
        unit: 'EUR',
        commitment: 'target',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'organic_fcf',
      },
    ],
  },
  {
    id: 'h8-131',
    company: 'capgemini',
    quote: 'Revenue declined 1.4% at constant currency in the fourth quarter.',
    statedOn: '2026-02-13',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-132',
    company: 'capgemini',
    quote: 'Bookings reached €6.1 billion in the fourth quarter, a book-to-bill of 1.14.',
    statedOn: '2026-02-13',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-133',
    company: 'amadeus',
    quote: 'We expect 2026 group revenue growth of 8% to 10% at constant currency.',
    statedOn: '2026-02-27',
    families: ['deadline-modifier', 'growth'],
    expected: [
      {
        target: range('8', '10'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: YOY,
        metric: 'revenue',
      },
    ],
  },
  {
    id: 'h8-134',
    company: 'amadeus',
    quote: 'Free cash flow should exceed €1.4 billion this year.',
    statedOn: '2026-02-27',
    families: ['plain'],
    expected: [
      {
        target: gt('1400000000'),
        unit: 'EUR',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'free_cash_flow',
      },
    ],
  },
  {
    id: 'h8-135',
    company: 'amadeus',
    quote: 'A 1% change in the euro/dollar exchange rate moves full-year revenue by around €25 million.',
    statedOn: '2026-02-27',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-136',
    company: 'campari',
    quote:
      'In 2026 we expect organic sales growth in the low single digits and organic gross margin expansion of around 50 basis points.',
    statedOn: '2026-03-03',
    families: ['compound', 'growth', 'basis-points'],
    expected: [
      {
        target: band('1', '4'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: YOY,
        metric: 'organic_sales',
      },
      {
        target: about('0.5', '0.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: POINTS,
        metric: 'gross_margin',
      },
    ],
  },
  {
    id: 'h8-137',
    company: 'campari',
    quote: 'Leverage is expected to fall below 3 times by the end of 2026.',
    statedOn: '2026-03-03',
    families: ['plain'],
    expected: [
      {
        target: lt('3'),
        unit: 'number',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'leverage',
      },
    ],
  },
  {
    id: 'h8-138',
    company: 'campari',
    quote: 'We would consider further disposals if leverage does not come down as planned.',
    statedOn: '2026-03-03',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-139',
    company: 'campari',
    quote: 'By the end of the decade we aim to bring leverage down to around 2 times.',
    statedOn: '2026-03-03',
    families: ['plain', 'idiom'],
    expected: [
      {
        target: about('2', '0.1'),
        unit: 'number',
        commitment: 'target',
        windowEnd: '2030-12-31',
        change: null,
        metric: 'leverage',
      },
    ],
  },
  {
    id: 'h8-140',
    company: 'kongsberg',
    quote: 'The ambition is for Kongsberg Maritime to reach operating revenues of NOK 40 billion by 2030.',
    statedOn: '2026-02-11',
    families: ['plain'],
    expected: [
      {
        target: gte('40000000000'),
        unit: 'NOK',
        commitment: 'aspire',
        windowEnd: '2030-12-31',
        change: null,
        metric: 'maritime_revenue',
      },
    ],
  },
  {
    id: 'h8-141',
    company: 'kongsberg',
    quote:
      'Operating revenues in Defence & Aerospace increased 30% last year and the order backlog now exceeds NOK 100 billion.',
    statedOn: '2026-02-11',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-142',
    company: 'kongsberg',
    quote: "We expect the group's 2026 EBITA margin to be somewhat higher than in 2025.",
    statedOn: '2026-02-11',
    families: ['deadline-modifier', 'idiom'],
    expected: [
      {
        target: gt('0'),
        unit: null,
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: POINTS,
        metric: 'ebita_margin',
      },
    ],
  },
  {
    id: 'h8-143',
    company: 'kongsberg',
    quote: 'We reached the 2025 order intake ambition of NOK 60 billion a full year ahead of plan.',
    statedOn: '2026-02-11',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-144',
    company: 'husqvarna',
    quote: 'By 2028 our target is an operating margin of 13%, and we aim to deliver cost savings of SEK 1.5 billion.',
    statedOn: '2026-04-21',
    families: ['compound'],
    expected: [
      {
        target: about('13', '0.5'),
        unit: 'percent',
        commitment: 'target',
        windowEnd: '2028-12-31',
        change: null,
        metric: 'operating_margin',
      },
      {
        target: about('1500000000', '50000000'),
        unit: 'SEK',
        commitment: 'target',
        windowEnd: '2028-12-31',
        change: null,
        metric: 'cost_savings',
      },
    ],
  },
  {
    id: 'h8-145',
    company: 'husqvarna',
    quote: 'Our planning assumption for the year is an average EUR/SEK rate of 11.20.',
    statedOn: '2026-04-21',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-146',
    company: 'husqvarna',
    quote: 'We expect the European garden market to decline by a mid-single-digit percentage this season.',
    statedOn: '2026-04-21',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-147',
    company: 'husqvarna',
    quote: 'Net debt/EBITDA is expected to be below 3.0x at year-end.',
    statedOn: '2026-07-17',
    families: ['plain'],
    expected: [
      {
        target: lt('3'),
        unit: 'number',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'leverage',
      },
    ],
  },
  {
    id: 'h8-148',
    company: 'securitas',
    quote: 'Securitas targets an operating margin of at least 8% by the end of 2026.',
    statedOn: '2026-02-06',
    families: ['plain'],
    expected: [
      {
        target: gte('8'),
        unit: 'percent',
        commitment: 'target',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'operating_margin',
      },
    ],
  },
  {
    id: 'h8-149',
    company: 'securitas',
    quote: 'Organic sales growth for the full year 2026 is expected at 4% to 6%.',
    statedOn: '2026-02-06',
    families: ['deadline-modifier', 'growth'],
    expected: [
      {
        target: range('4', '6'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: YOY,
        metric: 'organic_sales',
      },
    ],
  },
  {
    id: 'h8-150',
    company: 'securitas',
    quote: 'We expect the operating margin to widen by a further 30 to 50 basis points in the second half.',
    statedOn: '2026-07-24',
    families: ['basis-points'],
    expected: [
      {
        target: range('0.3', '0.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: POINTS,
        metric: 'operating_margin',
      },
    ],
  },
  {
    id: 'h8-151',
    company: 'royal-unibrew',
    quote: 'For 2026 Royal Unibrew expects EBIT of DKK 2,250-2,450 million.',
    statedOn: '2026-03-04',
    families: ['plain'],
    expected: [
      {
        target: range('2250000000', '2450000000'),
        unit: 'DKK',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'ebit',
      },
    ],
  },
  {
    id: 'h8-152',
    company: 'royal-unibrew',
    quote: 'Organic revenue growth is expected at 2-5% for the year.',
    statedOn: '2026-03-04',
    families: ['deadline-modifier', 'growth'],
    expected: [
      {
        target: range('2', '5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: YOY,
        metric: 'revenue',
      },
    ],
  },
  {
    id: 'h8-153',
    company: 'ambu',
    quote:
      'For 2026/27 we expect organic revenue growth of 10% to 13% and an EBIT margin before special items of 15% to 17%.',
    statedOn: '2026-11-05',
    families: ['compound', 'deadline-modifier', 'growth'],
    expected: [
      {
        target: range('10', '13'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-09-30',
        change: YOY,
        metric: 'revenue',
      },
      {
        target: range('15', '17'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-09-30',
        change: null,
        metric: 'ebit_margin',
      },
    ],
  },
  {
    id: 'h8-154',
    company: 'ambu',
    quote: 'Free cash flow is expected at DKK 600-700 million for 2026/27.',
    statedOn: '2026-11-05',
    families: ['deadline-modifier'],
    expected: [
      {
        target: range('600000000', '700000000'),
        unit: 'DKK',
        commitment: 'expect',
        windowEnd: '2027-09-30',
        change: null,
        metric: 'free_cash_flow',
      },
    ],
  },
  {
    id: 'h8-155',
    company: 'kesko',
    quote: 'In 2026 Kesko expects comparable operating profit to amount to EUR 620-740 million.',
    statedOn: '2026-02-04',
    families: ['plain'],
    expected: [
      {
        target: range('620000000', '740000000'),
        unit: 'EUR',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'comparable_operating_profit',
      },
    ],
  },
  {
    id: 'h8-156',
    company: 'kesko',
    quote: 'The Board proposes a dividend of EUR 0.90 per share, to be paid in four instalments.',
    statedOn: '2026-02-04',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-157',
    company: 'kesko',
    quote:
      'In building and technical trade, comparable operating profit this year is expected to be lower than in 2025.',
    statedOn: '2026-02-04',
    families: ['decline-sign'],
    expected: [
      {
        target: lt('0'),
        unit: null,
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: YOY,
        metric: 'building_tech_profit',
      },
    ],
  },
  {
    id: 'h8-158',
    company: 'lojas-renner',
    quote: 'We plan to invest around R$900 million in 2026, including some 20 store openings across our formats.',
    statedOn: '2026-02-26',
    families: ['compound', 'count'],
    expected: [
      {
        target: about('900000000', '45000000'),
        unit: 'BRL',
        commitment: 'target',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'capex',
      },
      {
        target: about('20', '1'),
        unit: 'count',
        commitment: 'target',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'new_stores',
      },
    ],
  },
  {
    id: 'h8-159',
    company: 'lojas-renner',
    quote: 'Same-store sales in the fourth quarter were up 6.3%.',
    statedOn: '2026-02-26',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-160',
    company: 'arca-continental',
    quote: 'Our 2026 capex budget is approximately 13 billion pesos, about 60% of it in Mexico.',
    statedOn: '2026-02-12',
    families: ['deadline-modifier'],
    expected: [
      {
        target: about('13000000000', '650000000'),
        unit: 'MXN',
        commitment: 'target',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'capex',
      },
    ],
  },
  {
    id: 'h8-161',
    company: 'arca-continental',
    quote: 'We expect EBITDA margin to remain in the 20% to 21% range this year.',
    statedOn: '2026-02-12',
    families: ['plain'],
    expected: [
      {
        target: range('20', '21'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'ebitda_margin',
      },
    ],
  },
  {
    id: 'h8-162',
    company: 'falabella',
    quote: 'Falabella plans to invest US$720 million in 2026, mainly in retail and shopping centres.',
    statedOn: '2026-03-10',
    families: ['plain'],
    expected: [
      {
        target: about('720000000', '500000'),
        unit: 'USD',
        commitment: 'target',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'capex',
      },
    ],
  },
  {
    id: 'h8-163',
    company: 'falabella',
    quote: 'Consolidated EBITDA rose 34% in 2025 to CLP 1.9 trillion.',
    statedOn: '2026-03-10',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-164',
    company: 'mediatek',
    quote:
      'For the second quarter, we expect revenue of NT$150 billion to NT$156 billion and gross margin of 47.5%, plus or minus 1.5 percentage points.',
    statedOn: '2026-04-29',
    families: ['compound'],
    expected: [
      {
        target: range('150000000000', '156000000000'),
        unit: 'TWD',
        commitment: 'expect',
        windowEnd: '2026-06-30',
        change: null,
        metric: 'revenue',
      },
      {
        target: about('47.5', '1.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-06-30',
        change: null,
        metric: 'gross_margin',
      },
    ],
  },
  {
    id: 'h8-165',
    company: 'mediatek',
    quote: 'On a sequential basis, third-quarter revenue should rise 3% to 8%.',
    statedOn: '2026-07-30',
    families: ['deadline-modifier', 'growth'],
    expected: [
      {
        target: range('3', '8'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-09-30',
        change: SEQ,
        metric: 'revenue',
      },
    ],
  },
  {
    id: 'h8-166',
    company: 'mediatek',
    quote: 'Gross margin is expected to decline by roughly one point sequentially in the third quarter.',
    statedOn: '2026-07-30',
    families: ['decline-sign'],
    expected: [
      {
        target: about('-1', '0.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-09-30',
        change: POINTS_SEQ,
        metric: 'gross_margin',
      },
    ],
  },
  {
    id: 'h8-167',
    company: 'mediatek',
    quote: 'We think edge AI is the next big inflection point for the industry.',
    statedOn: '2026-07-30',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-168',
    company: 'celltrion',
    quote: 'Celltrion aims to achieve consolidated sales of 5 trillion won this year.',
    statedOn: '2026-02-10',
    families: ['plain'],
    expected: [
      {
        target: about('5000000000000', '500000000000'),
        unit: 'KRW',
        commitment: 'target',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'revenue',
      },
    ],
  },
  {
    id: 'h8-169',
    company: 'celltrion',
    quote: 'Operating profit reached 1.2 trillion won in 2025, a record.',
    statedOn: '2026-02-10',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-170',
    company: 'techtronic',
    quote:
      'We expect to outgrow the market again in 2026, with gross margin improving for the twenty-first consecutive year.',
    statedOn: '2026-03-04',
    families: ['idiom'],
    expected: [
      {
        target: gt('0'),
        unit: null,
        commitment: 'expect',
        windowEnd: '2026-12-31',
        change: POINTS,
        metric: 'gross_margin',
      },
    ],
  },
  {
    id: 'h8-171',
    company: 'techtronic',
    quote: 'Sales in the Milwaukee business grew 12.1% in local currency.',
    statedOn: '2026-03-04',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-172',
    company: 'capitec',
    quote: 'We expect the credit loss ratio to stay within a 7.5% to 8.5% range for the 2027 financial year.',
    statedOn: '2026-04-15',
    families: ['deadline-modifier'],
    expected: [
      {
        target: range('7.5', '8.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-02-28',
        change: null,
        metric: 'credit_loss_ratio',
      },
    ],
  },
  {
    id: 'h8-173',
    company: 'capitec',
    quote: 'Headline earnings increased 27% to R13.8 billion.',
    statedOn: '2026-04-15',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-174',
    company: 'tiger-brands',
    quote: 'We aim to lift the group operating margin to between 11% and 12% by fiscal 2028.',
    statedOn: '2026-11-24',
    families: ['plain'],
    expected: [
      {
        target: range('11', '12'),
        unit: 'percent',
        commitment: 'target',
        windowEnd: '2028-09-30',
        change: null,
        metric: 'operating_margin',
      },
    ],
  },
  {
    id: 'h8-175',
    company: 'tiger-brands',
    quote: 'Volumes declined 2% in the second half despite price investment.',
    statedOn: '2026-11-24',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-176',
    company: 'tiger-brands',
    quote: 'Our budget assumes the rand trades at R18.50 to the US dollar and maize prices stay near current levels.',
    statedOn: '2026-11-24',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-177',
    company: 'vodacom',
    quote:
      'Over the medium term we target group service revenue growth in the high single digits and capital intensity of 13% to 14.5% of revenue.',
    statedOn: '2026-05-12',
    families: ['compound', 'growth'],
    expected: [
      {
        target: band('7', '10'),
        unit: 'percent',
        commitment: 'target',
        windowEnd: null,
        change: YOY,
        metric: 'service_revenue',
      },
      {
        target: range('13', '14.5'),
        unit: 'percent',
        commitment: 'target',
        windowEnd: null,
        change: null,
        metric: 'capital_intensity',
      },
    ],
  },
  {
    id: 'h8-178',
    company: 'vodacom',
    quote:
      'We now see service revenue growth for the year ending March 2027 in the mid-single digits, after 9.4% in the first half.',
    statedOn: '2026-11-10',
    families: ['growth', 'history', 'deadline-modifier'],
    expected: [
      {
        target: band('4', '7'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: YOY,
        metric: 'service_revenue',
      },
    ],
  },
  {
    id: 'h8-179',
    company: 'galaxy-entertainment',
    quote: 'We intend to spend around HK$6 billion of capex this year, most of it on Phase 4.',
    statedOn: '2026-02-26',
    families: ['plain'],
    expected: [
      {
        target: about('6000000000', '300000000'),
        unit: 'HKD',
        commitment: 'target',
        windowEnd: '2026-12-31',
        change: null,
        metric: 'capex',
      },
    ],
  },
  {
    id: 'h8-180',
    company: 'galaxy-entertainment',
    quote: 'Macau gross gaming revenue for 2026 is forecast by the government at MOP 240 billion.',
    statedOn: '2026-02-26',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-181',
    company: 'hp-inc',
    quote:
      'Our fiscal 2027 outlook calls for non-GAAP diluted net earnings per share of $2.90 to $3.20 and free cash flow of $2.8 billion to $3.0 billion.',
    statedOn: '2026-11-25',
    families: ['compound', 'deadline-modifier'],
    expected: [
      {
        target: range('2.9', '3.2'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-10-31',
        change: null,
        metric: 'non_gaap_eps',
      },
      {
        target: range('2800000000', '3000000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-10-31',
        change: null,
        metric: 'free_cash_flow',
      },
    ],
  },
  {
    id: 'h8-182',
    company: 'hp-inc',
    quote: 'First-quarter non-GAAP EPS is expected in the range of $0.73 to $0.83.',
    statedOn: '2026-11-25',
    families: ['deadline-modifier'],
    expected: [
      {
        target: range('0.73', '0.83'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-01-31',
        change: null,
        metric: 'non_gaap_eps',
      },
    ],
  },
  {
    id: 'h8-183',
    company: 'hp-inc',
    quote: 'Fourth-quarter free cash flow was $1.4 billion, bringing the full-year total to $3.1 billion.',
    statedOn: '2026-11-25',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-184',
    company: 'keysight',
    quote:
      'Keysight expects fourth-quarter revenue of $1.39 billion to $1.41 billion and non-GAAP EPS of $1.90 to $1.96.',
    statedOn: '2026-08-19',
    families: ['compound', 'deadline-modifier'],
    expected: [
      {
        target: range('1390000000', '1410000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2026-10-31',
        change: null,
        metric: 'revenue',
      },
      {
        target: range('1.9', '1.96'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2026-10-31',
        change: null,
        metric: 'non_gaap_eps',
      },
    ],
  },
  {
    id: 'h8-185',
    company: 'keysight',
    quote: "Keysight's fiscal 2027 outlook is revenue growth of 6% to 8% and non-GAAP EPS of $8.10 to $8.40.",
    statedOn: '2026-11-19',
    families: ['compound', 'deadline-modifier', 'growth'],
    expected: [
      {
        target: range('6', '8'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-10-31',
        change: YOY,
        metric: 'revenue',
      },
      {
        target: range('8.1', '8.4'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-10-31',
        change: null,
        metric: 'non_gaap_eps',
      },
    ],
  },
  {
    id: 'h8-186',
    company: 'adp',
    quote:
      'For fiscal 2027 we expect revenue growth of 5% to 6%, adjusted EBIT margin expansion of 50 to 70 basis points and adjusted EPS growth of 8% to 10%.',
    statedOn: '2026-07-29',
    families: ['compound', 'growth', 'basis-points'],
    expected: [
      {
        target: range('5', '6'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: YOY,
        metric: 'revenue',
      },
      {
        target: range('0.5', '0.7'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: POINTS,
        metric: 'adjusted_ebit_margin',
      },
      {
        target: range('8', '10'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: YOY,
        metric: 'adjusted_eps',
      },
    ],
  },
  {
    id: 'h8-187',
    company: 'adp',
    quote: 'Pays per control growth should slow to about 1% in fiscal 2027.',
    statedOn: '2026-07-29',
    families: ['growth'],
    expected: [
      {
        target: about('1', '0.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: YOY,
        metric: 'pays_per_control',
      },
    ],
  },
  {
    id: 'h8-188',
    company: 'cardinal-health',
    quote: 'We are raising our fiscal 2027 non-GAAP EPS guidance to a range of $10.30 to $10.50.',
    statedOn: '2026-10-30',
    families: ['deadline-modifier'],
    expected: [
      {
        target: range('10.3', '10.5'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: null,
        metric: 'non_gaap_eps',
      },
    ],
  },
  {
    id: 'h8-189',
    company: 'cardinal-health',
    quote: 'Pharmaceutical and Specialty Solutions segment profit is now expected to grow 11% to 13% this fiscal year.',
    statedOn: '2026-10-30',
    families: ['growth'],
    expected: [
      {
        target: range('11', '13'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: YOY,
        metric: 'pharma_segment_profit',
      },
    ],
  },
  {
    id: 'h8-190',
    company: 'cardinal-health',
    quote: 'Our guidance does not include the impact of any future acquisitions or divestitures.',
    statedOn: '2026-10-30',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-191',
    company: 'parker-hannifin',
    quote:
      'Parker expects FY27 organic sales growth of 2% to 5% and an adjusted segment operating margin of 27.0%, plus or minus 20 basis points.',
    statedOn: '2026-08-06',
    families: ['compound', 'deadline-modifier', 'growth', 'basis-points'],
    expected: [
      {
        target: range('2', '5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: YOY,
        metric: 'sales',
      },
      {
        target: about('27', '0.2'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: null,
        metric: 'segment_margin',
      },
    ],
  },
  {
    id: 'h8-192',
    company: 'parker-hannifin',
    quote: 'We have already reached our FY29 target of a 27% adjusted segment operating margin, two years early.',
    statedOn: '2026-08-06',
    families: ['not-guidance'],
    expected: [],
  },
  {
    id: 'h8-193',
    company: 'becton-dickinson',
    quote:
      'BD expects fiscal 2027 organic revenue growth in the low single digits and adjusted EPS of $14.75 to $15.05.',
    statedOn: '2026-11-06',
    families: ['compound', 'deadline-modifier', 'growth'],
    expected: [
      {
        target: band('1', '4'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-09-30',
        change: YOY,
        metric: 'revenue',
      },
      {
        target: range('14.75', '15.05'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-09-30',
        change: null,
        metric: 'adjusted_eps',
      },
    ],
  },
  {
    id: 'h8-194',
    company: 'becton-dickinson',
    quote: 'Adjusted gross margin should expand approximately 75 basis points this fiscal year.',
    statedOn: '2026-11-06',
    families: ['basis-points'],
    expected: [
      {
        target: about('0.75', '0.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-09-30',
        change: POINTS,
        metric: 'gross_margin',
      },
    ],
  },
  {
    id: 'h8-195',
    company: 'take-two',
    quote: 'We are establishing fiscal 2027 net bookings guidance of $8.9 billion to $9.4 billion.',
    statedOn: '2026-05-21',
    families: ['deadline-modifier'],
    expected: [
      {
        target: range('8900000000', '9400000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-03-31',
        change: null,
        metric: 'net_bookings',
      },
    ],
  },
  {
    id: 'h8-196',
    company: 'take-two',
    quote: 'Recurrent consumer spending is expected to decrease by low single digits in the first quarter.',
    statedOn: '2026-05-21',
    families: ['decline-sign', 'growth'],
    expected: [
      {
        target: downBand('-4', '-1'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2026-06-30',
        change: YOY,
        metric: 'recurrent_spending',
      },
    ],
  },
  {
    id: 'h8-197',
    company: 'zscaler',
    quote: 'Our fiscal 2027 guidance is revenue of $3.2 billion to $3.25 billion and an operating margin of about 22%.',
    statedOn: '2026-09-02',
    families: ['compound', 'deadline-modifier'],
    expected: [
      {
        target: range('3200000000', '3250000000'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2027-07-31',
        change: null,
        metric: 'revenue',
      },
      {
        target: about('22', '0.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-07-31',
        change: null,
        metric: 'operating_margin',
      },
    ],
  },
  {
    id: 'h8-198',
    company: 'zscaler',
    quote: 'We now expect free cash flow margin for the year to be 26% to 27%, a touch above our prior view.',
    statedOn: '2026-11-25',
    families: ['deadline-modifier'],
    expected: [
      {
        target: range('26', '27'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-07-31',
        change: null,
        metric: 'fcf_margin',
      },
    ],
  },
  {
    id: 'h8-199',
    company: 'toro',
    quote: 'We now anticipate full-year net sales to be about flat compared with last year.',
    statedOn: '2026-09-04',
    families: ['deadline-modifier', 'idiom', 'growth'],
    expected: [
      {
        target: about('0'),
        unit: null,
        commitment: 'expect',
        windowEnd: '2026-10-31',
        change: YOY,
        metric: 'net_sales',
      },
    ],
  },
  {
    id: 'h8-200',
    company: 'toro',
    quote: 'Adjusted diluted EPS is expected to be in the range of $4.25 to $4.35 for fiscal 2026.',
    statedOn: '2026-09-04',
    families: ['plain'],
    expected: [
      {
        target: range('4.25', '4.35'),
        unit: 'USD',
        commitment: 'expect',
        windowEnd: '2026-10-31',
        change: null,
        metric: 'adjusted_eps',
      },
    ],
  },
  {
    id: 'h8-201',
    company: 'toro',
    quote: 'Following a 2% decline in fiscal 2026, we expect net sales to grow 3% to 5% in fiscal 2027.',
    statedOn: '2026-12-02',
    families: ['history', 'growth'],
    expected: [
      {
        target: range('3', '5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-10-31',
        change: YOY,
        metric: 'net_sales',
      },
    ],
  },
  {
    id: 'h8-202',
    company: 'barratt-redrow',
    quote: 'We expect FY27 total home completions, including joint ventures, of between 17,200 and 17,800.',
    statedOn: '2026-09-03',
    families: ['count', 'deadline-modifier'],
    expected: [
      {
        target: range('17200', '17800'),
        unit: 'count',
        commitment: 'expect',
        windowEnd: '2027-06-30',
        change: null,
        metric: 'completions',
      },
    ],
  },
  {
    id: 'h8-203',
    company: 'barratt-redrow',
    quote: 'We delivered 16,565 completions in FY26, within our guidance range.',
    statedOn: '2026-09-03',
    families: ['history', 'not-guidance'],
    expected: [],
  },
  {
    id: 'h8-204',
    company: 'bellway',
    quote: 'Bellway expects volume output of around 9,400 homes in the year ending 31 July 2027.',
    statedOn: '2026-10-13',
    families: ['count', 'deadline-modifier'],
    expected: [
      {
        target: about('9400', '470'),
        unit: 'count',
        commitment: 'expect',
        windowEnd: '2027-07-31',
        change: null,
        metric: 'completions',
      },
    ],
  },
  {
    id: 'h8-205',
    company: 'bellway',
    quote: 'Underlying operating margin should improve by around 80 basis points in FY27.',
    statedOn: '2026-10-13',
    families: ['basis-points'],
    expected: [
      {
        target: about('0.8', '0.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-07-31',
        change: POINTS,
        metric: 'operating_margin',
      },
    ],
  },
  {
    id: 'h8-206',
    company: 'diploma',
    quote: 'We expect FY27 organic growth of around 6% and an adjusted operating margin of approximately 22.5%.',
    statedOn: '2026-11-17',
    families: ['compound', 'deadline-modifier', 'growth'],
    expected: [
      {
        target: about('6', '0.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-09-30',
        change: YOY,
        metric: 'revenue',
      },
      {
        target: about('22.5', '0.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-09-30',
        change: null,
        metric: 'operating_margin',
      },
    ],
  },
  {
    id: 'h8-207',
    company: 'diploma',
    quote: 'Free cash flow conversion is expected to remain at around 90% through FY27.',
    statedOn: '2026-11-17',
    families: ['plain'],
    expected: [
      {
        target: about('90', '0.5'),
        unit: 'percent',
        commitment: 'expect',
        windowEnd: '2027-09-30',
        change: null,
        metric: 'cash_conversion',
      },
    ],
  },
];
