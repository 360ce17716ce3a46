// When a promise falls due: "next quarter", "over the next two quarters", "by the end of the year", "in June",
// "in about a year", "in a certain month of FY27", "long-term", "by 2031". Each phrase becomes a Window resolved
// through the company's fiscal calendar, counted from the statement date.
//
// Rules (the statement date is D):
// - "next/this/current/coming quarter": the first fiscal quarter that ends after D. A call held after a quarter
//   closed is about the quarter in progress: on 2026-05-15 (Alibaba, year-end March) that is FY2027Q1.
// - "over/during the next N quarters": N fiscal quarters from that one (FY2027Q1..FY2027Q2); "in/within the next
//   N quarters": a deadline at the end of the Nth.
// - "the third quarter", "the June quarter", "our March quarter", "first-quarter": the first such fiscal quarter
//   that ends after D.
// - "in/within (about) N years/months", "in a year's time": a deadline D + N months; "over/during the next N
//   years/months", "N-year": the same stretch read as a span. A year in progress may be nearly over, so years
//   count from D, not by fiscal year. "About" keeps the date and costs confidence.
// - "this year", "for the year", "full year", "full-year", "this fiscal year": the fiscal year containing D (issue
//   18's convention); "next year", "next fiscal year": the one after; "this calendar year": the calendar year;
//   "exit the year", "end the year", "later this year": the fiscal year's end. "By the end of the year",
//   "year-end" keep the calendar year's end, as the seeds read them. A bare "the second half" is the first fiscal
//   H2 ending on or after D, as a bare "Q2".
// - "the year ending March 2026", "the fiscal year ending June": the fiscal year ending in that month.
// - "the end of the decade": the end of fiscal 2030 (of the decade D is in).
// - Windows with a deadline start on D and are labelled as a day range ('2026-05-15..2026-12-31'), which
//   resolvePeriod reads back; named periods keep their own label ('FY2027Q1', '2026-06', 'CY2026').
// - "in June": the first June whose last day is on or after D; "by June": a deadline at its end.
// - "FY27", "fiscal 2027", "FY27Q1", "Q1 FY27", "FY27H2": those fiscal periods; "by FY2030": a deadline at its end.
// - A year names the fiscal year ending in it: "in 2027", "2027 capex" are FY2027, "by 2031" and "2026-2031" end
//   with FY2031, "2026/27" and "FY2026/27" are FY2027; "Q1 2026", "first-quarter 2026" are FY2026Q1; a bare
//   "Q2" is the first fiscal Q2 ending after D. On a December calendar these are the calendar periods.
// - "in a certain month of FY27", "at some point in FY27": FY2027, judged on any one observation.
// - "long-term", "in the long run": no deadline (end null). "Near term", "coming quarters": no date, so also
//   open, and listed as unread.
// - "each quarter", "every year", "annually", "throughout": not a window, but every observation must hold.
// - Fiscal years are also written "FY'26", "F26" (Australia), "fiscal '26", "FY2026E"; halves "2H26", "H1'26" and
//   a bare "H2" (as "the second half"); quarters "Q3'26", "4Q26". "The six months to December", "the twelve months
//   ending June 2026" end with that month; "by end-2026", "no later than 2028" are deadlines; "by mid-2027" ends
//   in June (a guess); "the holiday quarter" is the fiscal quarter holding Christmas.
// - A period after "than", "compared with", "flat with" ("higher than in the third quarter") is what a change is
//   measured against, not the window: it is marked `compared`.
import {
  type IsoDate,
  addDays,
  addMonths,
  compareDates,
  dateParts,
  daysInMonth,
  makeDate,
  shiftMonth,
} from '../domain/dates.js';
import {
  type FiscalCalendar,
  type QuarterOfYear,
  fiscalQuarter,
  fiscalQuarterOf,
  fiscalYear,
  isCalendarYear,
  resolvePeriod,
  shiftQuarter,
} from '../domain/fiscal.js';
import type { Window } from '../domain/model.js';
import { type Assumption, type Piece, dropOverlaps, leadBefore, matchAll } from './text.js';

/**
 * - deadline: met by reaching the target at any point up to the end ("by", "within");
 * - span: a stretch of periods the target describes ("over the next two quarters");
 * - period: one named period ("next quarter", "FY27", "in June");
 * - some: any one sub-period of a period ("in a certain month of FY27");
 * - open: no deadline ("long-term"); vague: a horizon with no date ("near term");
 * - each: a modifier with no window ("every quarter");
 * - past: a period already over, so the clause reports a figure.
 */
export type HorizonKind = 'deadline' | 'span' | 'period' | 'some' | 'open' | 'vague' | 'each' | 'past';

export interface Horizon extends Piece {
  kind: HorizonKind;
  window: Window | null;
  /** Every observation in the window must hold ("each quarter", "throughout"). */
  each: boolean;
  /** The phrase speaks of a whole year's figure ("full-year profitability"). */
  fullYear: boolean;
  /** Only a default: used when the clause names no other horizon ("full-year capex" is this fiscal year's). */
  fallback: boolean;
  /** The period the target is compared with, not the one it is about: "higher than in the third quarter". */
  compared: boolean;
  assumptions: Assumption[];
}

export interface HorizonContext {
  statedOn: IsoDate;
  calendar: FiscalCalendar;
}

type Reading = Omit<Horizon, keyof Piece | 'each' | 'fullYear' | 'fallback' | 'assumptions' | 'compared'> &
  Partial<Pick<Horizon, 'each' | 'fullYear' | 'fallback' | 'assumptions'>>;

interface Rule {
  re: RegExp;
  read: (g: Record<string, string | undefined>, ctx: HorizonContext) => Reading | null;
}

const NUM = String.raw`(?:\d{1,3}(?!\d)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)`;
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NAMES = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`;
/**
 * "over the five years to FY30", "over the five years to March 2029": the stretch ends at the period named after
 * it, which is read as its own horizon, so the count of years from today is not.
 */
const SPAN_TO_NAMED_END = String.raw`(?!\s+(?:to|ending|ended|through|until)\s+(?:the\s+(?:end\s+of\s+)?)?(?:F(?:Y\s?)?'?\d{2}|fiscal\b|financial\b|(?:19|20)\d{2}\b|(?:${MONTH_NAMES})\b))`;
/** A fiscal-year prefix: "FY26", "FY '26", "F26" (as Australian retailers write it), "fiscal '26", "financial year 2026". */
const FY = String.raw`(?:FY\s?|F(?=['’]?\d{2}\b)|(?:fiscal|financial)(?:\s+year)?\s+)['’]?`;

function count(word: string | undefined): number | null {
  if (!word) return null;
  const w = word.toLowerCase();
  return /^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[w] ?? null);
}

function year(digits: string | undefined): number | null {
  if (!digits) return null;
  // Two-digit years ('FY27') are in the 2000s, as in fiscal.ts.
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function monthIndex(name: string): number {
  const n = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(n)) + 1;
}

/** The fiscal year after the one a compared horizon names ("below last year" speaks of this year), if it names one. */
export function yearAfter(compared: Horizon, cal: FiscalCalendar): Window | null {
  const year = /^FY(\d{4})$/.exec(compared.window?.label ?? '')?.[1];
  return year ? labelled(`FY${Number(year) + 1}`, cal) : null;
}

/** A window given by a shorthand that resolvePeriod understands, so label and dates agree. */
function labelled(label: string, cal: FiscalCalendar): Window | null {
  const r = resolvePeriod(label, cal);
  return r.ok ? { start: r.period.start, end: r.period.end, label: r.period.label } : null;
}

/** From the statement date to `end`, both inclusive; the label is a day range resolvePeriod reads back. */
function until(ctx: HorizonContext, end: IsoDate): Window {
  return { start: ctx.statedOn, end, label: `${ctx.statedOn}..${end}` };
}

function currentFiscalYear(ctx: HorizonContext): number {
  return fiscalQuarterOf(ctx.calendar, ctx.statedOn).fiscalYear;
}

/** The first fiscal quarter that ends after the statement date: "next quarter" on an earnings call. */
function nextQuarter(ctx: HorizonContext): QuarterOfYear {
  const at = fiscalQuarterOf(ctx.calendar, ctx.statedOn);
  return compareDates(quarterEnd(ctx, at), ctx.statedOn) > 0 ? at : shiftQuarter(at, 1);
}

function quarterEnd(ctx: HorizonContext, at: QuarterOfYear): IsoDate {
  return fiscalQuarter(ctx.calendar, at.fiscalYear, at.quarter).end;
}

function quarterLabel(at: QuarterOfYear): string {
  return `FY${at.fiscalYear}Q${at.quarter}`;
}

/** The first fiscal quarter satisfying `test` that ends after the statement date. */
function upcomingQuarter(ctx: HorizonContext, test: (at: QuarterOfYear) => boolean): QuarterOfYear | null {
  let at = nextQuarter(ctx);
  for (let i = 0; i < 4; i++, at = shiftQuarter(at, 1)) if (test(at)) return at;
  return null;
}

/** The first fiscal half `half` that ends on or after the statement date: "the second half", "H2". */
function upcomingHalf(ctx: HorizonContext, half: number): Reading | null {
  const fy = currentFiscalYear(ctx);
  for (const y of [fy, fy + 1]) {
    const w = labelled(`FY${y}H${half}`, ctx.calendar);
    if (w?.end && compareDates(w.end, ctx.statedOn) >= 0) return { kind: 'period', window: w };
  }
  return null;
}

function calendarYearNote(ctx: HorizonContext, text: string): Assumption[] {
  return isCalendarYear(ctx.calendar)
    ? []
    : [{ note: `read the year in '${text}' as a calendar year, not a fiscal year`, penalty: 0.05 }];
}

/**
 * A term that names a plan, not when its targets fall due: "under our long-term plan", "the medium-term targets".
 * It only dates a sentence that names no date of its own.
 */
const OF_PLAN = String.raw`(?:(?=(?<plan>\s+(?:[\w-]+\s+)?(?:plans?|targets?|goals?|ambitions?|objectives?|strateg(?:y|ies)|framework)\b))|)`;

const RULES: Rule[] = [
  {
    re: new RegExp(
      String.raw`\b(?:(?:in|over)\s+the\s+)?long[- ]term\b${OF_PLAN}|\b(?:in|over)\s+the\s+long\s+run\b`,
      'gi',
    ),
    read: (g, ctx) => ({ kind: 'open', window: { start: ctx.statedOn, end: null }, fallback: Boolean(g.plan) }),
  },
  {
    re: new RegExp(
      String.raw`\b(?:(?:in|over)\s+the\s+)?(?:near|short|medium|mid)[- ]term\b${OF_PLAN}|\bover\s+time\b|\b(?:(?:in|over|during)\s+)?(?:the\s+)?(?:coming|next\s+(?:few|several|couple\s+of))\s+(?:quarters|years|months)\b|\bsoon\b|\beventually\b|\b(?:in|for)\s+the\s+(?:foreseeable\s+)?future\b|\bmulti-?year\b`,
      'gi',
    ),
    read: (g, ctx) => ({ kind: 'vague', window: { start: ctx.statedOn, end: null }, fallback: Boolean(g.plan) }),
  },
  {
    // "over the next two quarters", "in each of the next two quarters", "within the next two quarters"
    re: new RegExp(
      String.raw`\b(?:(?<prep>over|during|across|for|in|within)\s+)?(?<each>each\s+of\s+)?the\s+(?:next|coming|following)\s+(?<n>${NUM})\s+(?:fiscal\s+)?quarters\b`,
      'gi',
    ),
    read: (g, ctx) => {
      const n = count(g.n);
      if (!n) return null;
      const first = nextQuarter(ctx);
      const last = shiftQuarter(first, n - 1);
      const span = labelled(
        n === 1 ? quarterLabel(first) : `${quarterLabel(first)}..${quarterLabel(last)}`,
        ctx.calendar,
      );
      if (!span) return null;
      const prep = g.prep?.toLowerCase();
      if ((prep === 'in' || prep === 'within') && !g.each && span.end)
        return { kind: 'deadline', window: until(ctx, span.end) };
      return { kind: 'span', window: span, each: Boolean(g.each) };
    },
  },
  {
    // "the next quarter", "this quarter", and "in the quarter", "for the quarter" on a call about the one ahead
    re: /\b(?:(?:in|for|during|through)\s+)?(?:the\s+)?(?:next|coming|upcoming|current|this)\s+(?:fiscal\s+)?quarter\b|\b(?:in|for|during)\s+the\s+quarter\b(?!\s+(?:ending|ended|to|just)\b)/gi,
    read: (_g, ctx) => {
      const w = labelled(quarterLabel(nextQuarter(ctx)), ctx.calendar);
      return w ? { kind: 'period', window: w } : null;
    },
  },
  {
    // "the third quarter", "the first quarter of fiscal 2027", "the fourth quarter of 2026"
    re: new RegExp(
      String.raw`\b(?:(?:in|for|during|through)\s+)?(?:(?:the|our|its)\s+)?(?<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)[- ](?:fiscal\s+)?quarter(?:\s+(?:of\s+)?(?:${FY}(?<fy>\d{4}|\d{2})|(?<cy>(?:19|20)\d{2})))?\b`,
      'gi',
    ),
    read: (g, ctx) => {
      const q = ORDINALS[(g.ord ?? '').toLowerCase()];
      if (!q) return null;
      const fy = year(g.fy);
      const cy = year(g.cy);
      const named = fy ?? cy;
      const at = named ? { fiscalYear: named, quarter: q } : upcomingQuarter(ctx, (a) => a.quarter === q);
      const w = at && labelled(quarterLabel(at), ctx.calendar);
      return w ? { kind: 'period', window: w } : null;
    },
  },
  {
    // "the June quarter": the fiscal quarter that ends in June. A 52/53-week quarter is named after the month it
    // ends at: Apple's March quarter may end on April 1, so the month is read a week before the end.
    re: new RegExp(
      String.raw`\b(?:(?:[Ii]n|[Ff]or|[Dd]uring|[Tt]hrough)\s+)?(?:(?:the|our|its|[Tt]he|[Oo]ur)\s+)?(?<mon>${MONTH_NAMES})(?:\s+(?<y>(?:19|20)\d{2}))?[\s-]quarter\b`,
      'g',
    ),
    read: (g, ctx) => {
      // "the December 2025 quarter", "December-quarter gross margin": a year or a hyphen may sit in between.
      const month = monthIndex(g.mon ?? '');
      const year = g.y ? Number(g.y) : null;
      const at = upcomingQuarter(ctx, (a) => {
        const named = dateParts(addDays(quarterEnd(ctx, a), -6));
        return named.month === month && (year === null || named.year === year);
      });
      const w = at && labelled(quarterLabel(at), ctx.calendar);
      return w ? { kind: 'period', window: w } : null;
    },
  },
  {
    // "the holiday quarter", "the holiday season": the fiscal quarter holding Christmas (US retail usage)
    re: /\b(?:(?:[Ii]n|[Ff]or|[Dd]uring|[Oo]ver|[Tt]hrough)\s+)?(?:(?:the|our|its|[Tt]he|[Oo]ur)\s+)?holiday\s+(?:quarter|season|period)\b/g,
    read: (_g, ctx) => {
      const at = upcomingQuarter(ctx, (a) => {
        const { start, end } = fiscalQuarter(ctx.calendar, a.fiscalYear, a.quarter);
        const christmas = makeDate(dateParts(start).year, 12, 25);
        return compareDates(start, christmas) <= 0 && compareDates(christmas, end) <= 0;
      });
      const w = at && labelled(quarterLabel(at), ctx.calendar);
      return w ? { kind: 'period', window: w } : null;
    },
  },
  {
    // "the quarter ending March 2026", "the fiscal quarter to June": the fiscal quarter that ends in that month
    re: new RegExp(
      String.raw`\b(?:(?:[Ii]n|[Ff]or|[Dd]uring|[Oo]ver)\s+)?(?:the\s+)?(?:fiscal\s+)?quarter\s+(?:ending|to)\s+(?:in\s+)?(?<mon>${MONTH_NAMES})(?:\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d))?(?:,?\s+(?<y>(?:19|20)\d{2}))?`,
      'g',
    ),
    read: (g, ctx) => {
      const month = monthIndex(g.mon ?? '');
      const named = g.y ? Number(g.y) : null;
      const at = upcomingQuarter(ctx, (a) => {
        const end = dateParts(addDays(quarterEnd(ctx, a), -6));
        return end.month === month && (named === null || end.year === named);
      });
      const w = at && labelled(quarterLabel(at), ctx.calendar);
      return w ? { kind: 'period', window: w } : null;
    },
  },
  {
    // "FY27Q1", "FY2027 Q1", "Q1 FY27", "Q1 of fiscal 2027", "1QFY27", "Q3'26", "Q4-26", "4Q26"
    re: new RegExp(
      String.raw`\b(?:(?:in|for|during)\s+)?(?:${FY}(?<y1>\d{4}|\d{2})\s?Q(?<q1>[1-4])|Q(?<q2>[1-4])\s?(?:(?:of\s+)?${FY}|['’-])(?<y2>\d{4}|\d{2})|(?<q3>[1-4])Q\s?(?:${FY})?(?<y3>\d{4}|\d{2}))\b`,
      'gi',
    ),
    read: (g, ctx) => {
      const fy = year(g.y1 ?? g.y2 ?? g.y3);
      const q = Number(g.q1 ?? g.q2 ?? g.q3);
      const w = fy ? labelled(`FY${fy}Q${q}`, ctx.calendar) : null;
      return w ? { kind: 'period', window: w } : null;
    },
  },
  {
    re: /\b(?:(?:in|for|during)\s+)?Q(?<q>[1-4])\s+(?<y>\d{4})\b/gi,
    read: (g, ctx) => {
      const w = labelled(`FY${g.y ?? ''}Q${g.q ?? ''}`, ctx.calendar);
      return w ? { kind: 'period', window: w, assumptions: calendarYearNote(ctx, g.y ?? '') } : null;
    },
  },
  {
    // "in Q2", "Q1 revenue": the first such fiscal quarter ending after the statement date
    re: /\b(?:(?:in|for|during|through)\s+)?Q(?<q>[1-4])\b(?!\s?(?:FY|fiscal|\d|'\d))/g,
    read: (g, ctx) => {
      const q = Number(g.q);
      const at = upcomingQuarter(ctx, (a) => a.quarter === q);
      const w = at && labelled(quarterLabel(at), ctx.calendar);
      return w ? { kind: 'period', window: w } : null;
    },
  },
  {
    // "FY27H2", "H2 FY27", "2H26", "H1'26", "the second half of fiscal 2027", "the second half of 2026", "the back
    // half of the year", "First half FY2027" (a fiscal year named, "the" and "of" may go)
    re: new RegExp(
      String.raw`\b(?:(?:in|for|during)\s+)?(?:${FY}(?<y1>\d{4}|\d{2})\s?H(?<h1>[12])|H(?<h2>[12])\s?(?:(?:of\s+)?${FY}|['’])(?<y2>\d{4}|\d{2})|(?<h3>[12])H\s?(?:${FY})?(?<y3>\d{4}|\d{2})|the\s+(?<ord>first|second|back|front)\s+half\s+of\s+(?:${FY}(?<fy>\d{4}|\d{2})|(?<cy>\d{4})|(?<rel>(?:the|this)\s+(?<fiscal>fiscal\s+)?year))|(?:the\s+)?(?<ord2>first|second|back|front)[\s-]half\s+(?:of\s+)?${FY}(?<fy2>\d{4}|\d{2}))\b`,
      'gi',
    ),
    read: (g, ctx) => {
      const ord = (g.ord ?? g.ord2)?.toLowerCase();
      const half = Number(g.h1 ?? g.h2 ?? g.h3 ?? (ord === 'first' || ord === 'front' ? 1 : 2));
      const fy = year(g.y1 ?? g.y2 ?? g.y3 ?? g.fy ?? g.fy2);
      if (fy) {
        const w = labelled(`FY${fy}H${half}`, ctx.calendar);
        return w ? { kind: 'period', window: w } : null;
      }
      // "the first half of the year" is the company's year, as "this year" is: its fiscal half.
      if (g.rel) {
        const w = labelled(`FY${currentFiscalYear(ctx)}H${half}`, ctx.calendar);
        return w ? { kind: 'period', window: w } : null;
      }
      const cy = year(g.cy) ?? dateParts(ctx.statedOn).year;
      const w = labelled(`CY${cy}H${half}`, ctx.calendar);
      return w ? { kind: 'period', window: w, assumptions: g.cy ? calendarYearNote(ctx, g.cy) : [] } : null;
    },
  },
  {
    // "in the second half", "H2", "1H", "with the first half down": the first such fiscal half ending after the
    // statement date, as a bare "Q2" reads ("compared with the first half" is a comparison, not a window: see
    // change.ts)
    re: /\b(?:(?<prep>in|for|during|through|over)\s+)?(?<!\b(?:than|compared\s+(?:with|to)|versus|vs\.?|from)\s+(?:in\s+)?)(?:the\s+(?<ord>first|second|back|front)\s+half\b(?!\s+of\b)|\b(?:H(?<h1>[12])|(?<h2>[12])H)\b(?![\s'’]*(?:FY|fiscal|\d)))/gi,
    read: (g, ctx) => {
      const ord = (g.ord ?? '').toLowerCase();
      return upcomingHalf(ctx, ord === 'first' || ord === 'front' || g.h1 === '1' || g.h2 === '1' ? 1 : 2);
    },
  },
  {
    // "down in the first half, before turning positive in the second": the half left unsaid after the first is named
    re: /(?<=\b(?:first|front)[\s-]half\b[^.;]{0,120})\b(?<prep>in|for|during)\s+the\s+(?:second|back)(?=\s*(?:[.,;)]|$))/gi,
    read: (_g, ctx) => upcomingHalf(ctx, 2),
  },
  {
    // "in a certain month of FY27", "at some point in fiscal 2027"
    re: new RegExp(
      String.raw`\b(?:(?:in|during)\s+(?:a\s+certain|some|one|any|a\s+given|a)\s+(?:month|quarter)\s+(?:of|in)|(?:at\s+some\s+point|some\s?time)\s+(?:in|during))\s+(?:${FY}(?<fy>\d{4}|\d{2})|(?<cy>\d{4}))\b`,
      'gi',
    ),
    read: (g, ctx) => {
      const fy = year(g.fy);
      const w = fy ? labelled(`FY${fy}`, ctx.calendar) : labelled(`CY${g.cy ?? ''}`, ctx.calendar);
      return w ? { kind: 'some', window: w, assumptions: g.cy ? calendarYearNote(ctx, g.cy) : [] } : null;
    },
  },
  {
    // "in each quarter of FY27", "every quarter of this fiscal year"
    re: new RegExp(
      String.raw`\b(?:in\s+)?(?:each|every)\s+quarter\s+of\s+(?:${FY}(?<fy>\d{4}|\d{2})|(?<rel>(?:this|the\s+current|the)\s+fiscal\s+year)|(?<cy>\d{4}))\b`,
      'gi',
    ),
    read: (g, ctx) => {
      const fy = year(g.fy) ?? (g.rel ? currentFiscalYear(ctx) : null);
      const w = fy ? labelled(`FY${fy}`, ctx.calendar) : labelled(`CY${g.cy ?? ''}`, ctx.calendar);
      return w ? { kind: 'period', window: w, each: true } : null;
    },
  },
  {
    re: new RegExp(
      String.raw`\b(?:by|before|until|through)\s+(?:the\s+end\s+of\s+)?${FY}(?<y>\d{4}|\d{2})\b(?!\s?[QH][1-4])`,
      'gi',
    ),
    read: (g, ctx) => {
      const fy = year(g.y);
      return fy ? { kind: 'deadline', window: until(ctx, fiscalYear(ctx.calendar, fy).end) } : null;
    },
  },
  {
    // "between FY26 and FY28", "across FY27 and FY28", "over FY27 to FY29": a span ends with its last year.
    re: /\b(?:between|from|across|over)\s+FY\s?(?<a>\d{4}|\d{2})\s?(?:-|–|to|and|through)\s?FY\s?(?<b>\d{4}|\d{2})\b/gi,
    read: (g, ctx) => {
      const fy = year(g.b);
      return fy ? { kind: 'deadline', window: until(ctx, fiscalYear(ctx.calendar, fy).end) } : null;
    },
  },
  {
    re: new RegExp(
      String.raw`\b(?:(?<prep>in|for|during|throughout)\s+)?${FY}(?<y>\d{4}|\d{2})E?\b(?!\s?[QH][1-4])`,
      'gi',
    ),
    read: (g, ctx) => {
      const w = labelled(`FY${year(g.y) ?? ''}`, ctx.calendar);
      return w ? { kind: 'period', window: w, each: g.prep?.toLowerCase() === 'throughout' } : null;
    },
  },
  {
    // "for full year 2026", "fiscal year 2026" is caught above; "calendar year 2026" is the calendar year
    re: /\b(?:(?:in|for|during)\s+)?(?:the\s+)?(?:(?<fy>full[- ]year)|calendar\s+year)\s+(?<y>(?:19|20)\d{2})\b/gi,
    read: (g, ctx) => {
      const w = labelled(`${g.fy ? 'FY' : 'CY'}${g.y ?? ''}`, ctx.calendar);
      return w ? { kind: 'period', window: w, fullYear: Boolean(g.fy) } : null;
    },
  },
  {
    // "full-year profitability", "full-year capex": the annual figure, of the fiscal year in progress unless
    // the clause names another year
    re: /\bfull[- ]year\b(?=\s+[a-z])(?!\s+(?:of|in|for)\b)/gi,
    read: (_g, ctx) => {
      const w = labelled(`FY${currentFiscalYear(ctx)}`, ctx.calendar);
      return w ? { kind: 'period', window: w, fullYear: true, fallback: true } : null;
    },
  },
  {
    re: /\b(?<by>by\s+the\s+end\s+of\s+|by\s+|before\s+the\s+end\s+of\s+)?(?:(?:in|for|during)\s+)?(?:the\s+)?(?<which>full[- ]year|full\s+(?:fiscal|financial)\s+year|(?:this|the\s+current)\s+(?:fiscal|financial)\s+year|next\s+(?:fiscal|financial)\s+year|(?:fiscal|financial)\s+year(?:[- ]end)?)\b(?!\s*['’]?\d)/gi,
    read: (g, ctx) => {
      const which = (g.which ?? '').toLowerCase();
      const fy = currentFiscalYear(ctx) + (which.startsWith('next') ? 1 : 0);
      if (g.by || which.endsWith('end'))
        return { kind: 'deadline', window: until(ctx, fiscalYear(ctx.calendar, fy).end) };
      const w = labelled(`FY${fy}`, ctx.calendar);
      return w ? { kind: 'period', window: w, fullYear: which.startsWith('full') } : null;
    },
  },
  {
    // "by the end of the year", "by year end", "earlier than the end of the year", "by the end of next year"
    re: /\b(?:(?:by|before|until|through|earlier\s+than|at)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+)?(?<next>next\s+)?(?:calendar\s+)?year|(?<next2>next\s+)?year[- ]end|end\s+of\s+year)\b/gi,
    read: (g, ctx) => {
      const y = dateParts(ctx.statedOn).year + (g.next || g.next2 ? 1 : 0);
      return { kind: 'deadline', window: until(ctx, makeDate(y, 12, 31)) };
    },
  },
  {
    // "in the coming year", "over the upcoming fiscal year", "the year ahead": the fiscal year in progress, as "for
    // the year" reads, unless less than a quarter of it is left, when the speaker means the one after it
    re: /\b(?:(?:in|for|during|over)\s+)?the\s+(?:(?:coming|upcoming)\s+(?:fiscal\s+|financial\s+)?year|year\s+ahead)\b/gi,
    read: (_g, ctx) => {
      const fy = currentFiscalYear(ctx);
      const left = compareDates(addDays(ctx.statedOn, 92), fiscalYear(ctx.calendar, fy).end) > 0;
      const w = labelled(`FY${fy + (left ? 1 : 0)}`, ctx.calendar);
      return w ? { kind: 'period', window: w, fullYear: true } : null;
    },
  },
  {
    // "CY26", "calendar 2026": the calendar year, whatever the company's fiscal year
    re: /\b(?:(?:in|for|during)\s+)?(?:CY\s?['’]?(?<a>\d{4}|\d{2})|calendar\s+(?<b>(?:19|20)\d{2}))\b/gi,
    read: (g, ctx) => {
      const w = labelled(`CY${year(g.a ?? g.b) ?? ''}`, ctx.calendar);
      return w ? { kind: 'period', window: w } : null;
    },
  },
  {
    // "by mid-2027": the end of the first half of that calendar year
    re: /\b(?:by|before|until|in|around|at)\s+(?:the\s+)?mid[- ](?:of\s+)?(?<y>(?:19|20)\d{2})\b/gi,
    read: (g, ctx) => ({
      kind: 'deadline',
      window: until(ctx, makeDate(Number(g.y), 6, 30)),
      assumptions: [{ note: `'mid-${g.y ?? ''}' read as the end of June ${g.y ?? ''}`, penalty: 0.1 }],
    }),
  },
  {
    // "for the remainder of the year", "over the rest of the fiscal year": to the end of the fiscal year in progress
    re: /\b(?:(?:for|in|over|during|through)\s+)?the\s+(?:remainder|rest|balance)\s+of\s+(?:the|this)\s+(?:fiscal\s+|financial\s+)?year\b/gi,
    read: (_g, ctx) => ({
      kind: 'period',
      window: until(ctx, fiscalYear(ctx.calendar, currentFiscalYear(ctx)).end),
    }),
  },
  {
    // "current-year EPS", "this-year capex", "the 53-week year": the fiscal year in progress
    re: /\b(?:current|this)-year\b|\b(?:the\s+)?(?:52|53)[- ]week\s+(?:fiscal\s+)?year\b/gi,
    read: (_g, ctx) => {
      const w = labelled(`FY${currentFiscalYear(ctx)}`, ctx.calendar);
      return w ? { kind: 'period', window: w, fullYear: true } : null;
    },
  },
  {
    // "second-half revenue", "first-half margin": the first such fiscal half ending on or after the statement date
    re: /\b(?<ord>first|second|back|front)-half\b(?=\s+[a-z])/gi,
    read: (g, ctx) => upcomingHalf(ctx, /^(?:first|front)$/i.test(g.ord ?? '') ? 1 : 2),
  },
  {
    // "the first nine months (of the year)": to the end of the fiscal year's third quarter
    re: /\b(?:(?:in|for|during|over)\s+)?the\s+first\s+(?:nine|9)\s+months\b(?:\s+of\s+(?:the|this)\s+(?:fiscal\s+)?year)?/gi,
    read: (_g, ctx) => {
      const at = upcomingQuarter(ctx, (a) => a.quarter === 3);
      const w = at && labelled(`FY${at.fiscalYear}Q1..FY${at.fiscalYear}Q3`, ctx.calendar);
      return w ? { kind: 'period', window: w } : null;
    },
  },
  {
    // "the fiscal year beginning July 2026": the fiscal year that starts in that month
    re: new RegExp(
      String.raw`\b(?:(?:[Ii]n|[Ff]or|[Dd]uring)\s+)?(?:the\s+)?(?:fiscal|financial)\s+year\s+(?:beginning|starting|commencing)\s+(?:(?:on|in)\s+)?(?<mon>${MONTH_NAMES})(?:\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d))?,?\s+(?<y>(?:19|20)\d{2})`,
      'g',
    ),
    read: (g, ctx) => {
      const first = makeDate(Number(g.y), monthIndex(g.mon ?? ''), 15);
      const w = labelled(`FY${fiscalQuarterOf(ctx.calendar, first).fiscalYear}`, ctx.calendar);
      return w ? { kind: 'period', window: w, fullYear: true } : null;
    },
  },
  {
    // "later this year": within this (fiscal) year, as "this year" reads
    re: /\blater\s+this\s+(?:fiscal\s+)?year\b/gi,
    read: (_g, ctx) => ({
      kind: 'deadline',
      window: until(ctx, fiscalYear(ctx.calendar, currentFiscalYear(ctx)).end),
    }),
  },
  {
    // "exit the year with ...", "end the year with ...", "finish the year with ...", "close the year at ...": the
    // fiscal year's end (a past "closed the year" is history and is not read)
    re: /\b(?:(?:exit|end|finish)(?:s|es|ing)?|clos(?:e|es|ing))\s+(?:the|this)\s+(?:fiscal\s+)?year\b/gi,
    read: (_g, ctx) => ({
      kind: 'deadline',
      window: until(ctx, fiscalYear(ctx.calendar, currentFiscalYear(ctx)).end),
    }),
  },
  {
    // "for this season", "this season", "the current season": a seasonal business's season is its fiscal year in
    // progress (a harvest, a crop, a garden year), as "this year" reads
    re: /\b(?:(?:in|for|during|over)\s+)?(?:this|the\s+current)\s+season\b/gi,
    read: (_g, ctx) => {
      const w = labelled(`FY${currentFiscalYear(ctx)}`, ctx.calendar);
      return w ? { kind: 'period', window: w } : null;
    },
  },
  {
    // "for the year", "over the year", "for the fiscal year", "over the course of the year": the fiscal year in
    // progress
    re: new RegExp(
      String.raw`\b(?:for|in|over|during|through|throughout)\s+(?:the\s+course\s+of\s+)?the\s+(?:full\s+|whole\s+|entire\s+)?year\b(?!\s+(?:ending|ended|ago|before|earlier)\b|\s+to\s+(?:date|(?:the\s+end\s+of\s+)?(?:${MONTH_NAMES})\b))`,
      'gi',
    ),
    read: (_g, ctx) => {
      const w = labelled(`FY${currentFiscalYear(ctx)}`, ctx.calendar);
      return w ? { kind: 'period', window: w, fullYear: true } : null;
    },
  },
  {
    // "this year", "the current year", "this fiscal", "next financial year", "this calendar year"
    re: /\b(?:(?<prep>in|for|during|throughout)\s+)?(?<which>this|next|last|the\s+current)\s+(?:(?<cal>calendar\s+)?year\b|(?:fiscal|financial)\b(?!\s+(?:year|quarter|half)\b))/gi,
    read: (g, ctx) => {
      const which = (g.which ?? '').toLowerCase();
      const shift = which === 'next' ? 1 : which === 'last' ? -1 : 0;
      const w = g.cal
        ? labelled(`CY${dateParts(ctx.statedOn).year + shift}`, ctx.calendar)
        : labelled(`FY${currentFiscalYear(ctx) + shift}`, ctx.calendar);
      return w ? { kind: 'period', window: w, each: g.prep?.toLowerCase() === 'throughout' } : null;
    },
  },
  {
    // "by 2028", "by the end of 2027", "by end-2026", "by the close of 2027", "no later than 2028", "in the period to
    // 2030", "at year-end 2026", "(the four) years ending 2029": a deadline at the end of that fiscal year; so are
    // "towards 2030" (a plan's horizon year)
    re: /\b(?:by|before|until|through|at|towards?|no\s+later\s+than|not\s+later\s+than|in\s+the\s+period\s+to|exit(?:ing)?|(?<=\b(?:years|months|quarters)\s)(?:ending|ended|to))[\s-]+(?:the\s+(?:end|close)\s+of\s+|end[- ](?:of\s+)?|(?:the\s+)?year[- ]end\s+)?(?<y>(?:19|20)\d{2})\b(?!\s?[/–-]\s?\d)/gi,
    read: (g, ctx) => ({
      kind: 'deadline',
      window: until(ctx, fiscalYear(ctx.calendar, Number(g.y)).end),
      assumptions: calendarYearNote(ctx, g.y ?? ''),
    }),
  },
  {
    // "2026/27", "FY2025/26", "fiscal 2025-26": the fiscal year ending in the second calendar year; not a range of
    // figures with its unit after it ("13-14 percent", "25/26%")
    re: /\b(?<prep>(?:by|before|until|through)\s+(?:the\s+end\s+of\s+)?|(?:in|for|during)\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?)?(?<a>(?:19|20)\d{2}|\d{2})\s?[/–-]\s?(?:FY\s?)?(?<b>(?:19|20)\d{2}|\d{2})\b(?!\s?(?:%|percent\b|per\s?cent\b|pct\b|basis\s+points?\b|bps\b|points?\b|percentage\b))/gi,
    read: (g, ctx) => {
      const a = year(g.a);
      const b = year(g.b);
      if (!a || !b || b !== a + 1) return null;
      const w = labelled(`FY${b}`, ctx.calendar);
      if (!w?.end) return null;
      return /^(?:by|before|until|through)/i.test(g.prep ?? '')
        ? { kind: 'deadline', window: until(ctx, w.end) }
        : { kind: 'period', window: w };
    },
  },
  {
    // "from 2026-2031", "between 2026 and 2031": ends with the second year
    re: /\b(?:(?:from|between)\s+)?(?<a>(?:19|20)\d{2})\s?(?:-|–|to|and)\s?(?<b>(?:19|20)\d{2})\b/gi,
    read: (g, ctx) => ({
      kind: 'deadline',
      window: until(ctx, fiscalYear(ctx.calendar, Number(g.b)).end),
      assumptions: calendarYearNote(ctx, `${g.a ?? ''}-${g.b ?? ''}`),
    }),
  },
  {
    // "the end of the decade": the end of fiscal 2030 (of the decade the statement is in)
    re: /\b(?:(?:by|before|until|through|at)\s+)?the\s+end\s+of\s+(?:the|this)\s+decade\b/gi,
    read: (_g, ctx) => {
      const end = Math.floor(dateParts(ctx.statedOn).year / 10) * 10 + 10;
      return { kind: 'deadline', window: until(ctx, fiscalYear(ctx.calendar, end).end) };
    },
  },
  {
    // "the year ending March 2026", "the fiscal year ending June": the fiscal year that ends in that month;
    // "the twelve months ending June 2026", "the six months to December": the months to the end of that month;
    // "by the fiscal year ending March 2029" is that year too (a target's level in it, as the labels read it); the
    // day may come before the month ("the 52 weeks to 27 March 2027")
    re: new RegExp(
      String.raw`\b(?:(?:[Ii]n|[Ff]or|[Dd]uring|[Oo]ver|[Bb]y)\s+)?(?:the\s+)?(?:(?:(?:fiscal|financial)\s+)?year|(?<months>(?:three|six|nine|twelve|3|6|9|12)[- ]months?|(?:26|52|53)[- ]weeks?))\s+(?:ending|ended|to)\s+(?:in\s+)?(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s+)?(?<mon>${MONTH_NAMES})(?:\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d))?(?:,?\s+(?<y>(?:19|20)\d{2}))?`,
      'g',
    ),
    read: (g, ctx) => {
      if (g.months) {
        // Twelve months to a month-end that is not the fiscal year's: a window of its own, ending that month.
        const month = monthIndex(g.mon ?? '');
        let y = g.y ? Number(g.y) : dateParts(ctx.statedOn).year;
        if (!g.y && compareDates(makeDate(y, month, daysInMonth(y, month)), ctx.statedOn) < 0) y += 1;
        const day = g.day ? Math.max(1, Math.min(Number(g.day), daysInMonth(y, month))) : daysInMonth(y, month);
        return { kind: 'period', window: until(ctx, makeDate(y, month, day)), fullYear: true };
      }
      const fy = g.y ? Number(g.y) : currentFiscalYear(ctx);
      const w = labelled(`FY${fy}`, ctx.calendar);
      return w ? { kind: 'period', window: w, fullYear: true } : null;
    },
  },
  {
    // "2026 capital expenditures", "first-half 2026": a year written as a modifier names that fiscal year
    re: /(?<![\w$€£¥₹.,/–-])(?<y>(?:19|20)\d{2})(?=\s+[A-Za-z])(?!\s+(?:and|to|or|through)\b)/g,
    read: (g, ctx) => {
      const w = labelled(`FY${g.y ?? ''}`, ctx.calendar);
      return w ? { kind: 'period', window: w, assumptions: calendarYearNote(ctx, g.y ?? '') } : null;
    },
  },
  {
    // "Outlook 2026:", "Guidance 2026", "Targets 2030": a heading's year, after the noun it qualifies
    re: /\b(?:outlook|guidance|forecast|targets?|goals?|ambitions?)\s+(?<y>(?:19|20)\d{2})\b(?=\s*[:–—-])/gi,
    read: (g, ctx) => {
      const w = labelled(`FY${g.y ?? ''}`, ctx.calendar);
      return w ? { kind: 'period', window: w, assumptions: calendarYearNote(ctx, g.y ?? '') } : null;
    },
  },
  {
    // "in 2027", "for 2027", "throughout 2027"; "as early as 2027", "as soon as 2027": the earliest year the level is
    // reached in, so that year
    re: /\b(?<prep>in|for|during|throughout|around|circa|into|as\s+(?:early|soon)\s+as)\s+(?<y>(?:19|20)\d{2})E?\b(?!\s?[/–-]\s?\d)/gi,
    read: (g, ctx) => {
      const w = labelled(`FY${g.y ?? ''}`, ctx.calendar);
      if (!w) return null;
      const prep = (g.prep ?? '').toLowerCase();
      const assumptions = calendarYearNote(ctx, g.y ?? '');
      if (prep === 'around' || prep === 'circa')
        assumptions.push({ note: `'${prep} ${g.y ?? ''}' read as that year`, penalty: 0.1 });
      return { kind: 'period', window: w, each: prep === 'throughout', assumptions };
    },
  },
  {
    // A calendar day ("at 30 April 2026", "by June 30, 2027", "as of 31 March 2027"): a balance or level due on that
    // day, so a deadline ending then. Matched whole so the day is not read as a figure.
    re: new RegExp(
      String.raw`\b(?:(?:[Aa]t|[Bb]y|[Oo]n|[Bb]efore|[Uu]ntil|[Aa]s\s+(?:at|of))\s+)?(?:(?<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?<mon1>${MONTH_NAMES})|(?<mon2>${MONTH_NAMES})\s+(?<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|million|billion)),?)\s+(?<y>(?:19|20)\d{2})\b`,
      'g',
    ),
    read: (g, ctx) => {
      const y = Number(g.y);
      const month = monthIndex(g.mon1 ?? g.mon2 ?? '');
      const day = Number(g.d1 ?? g.d2);
      if (!month || day < 1 || day > daysInMonth(y, month)) return null;
      return { kind: 'deadline', window: until(ctx, makeDate(y, month, day)) };
    },
  },
  {
    // Month names are matched with their capital, so the modal "may" is never read as May. "The five years to
    // March 2029" end then too.
    re: new RegExp(
      String.raw`\b(?<prep>[Ii]n|[Bb]y|[Bb]efore|[Uu]ntil|[Tt]hrough|(?<=\b(?:years|months|quarters) )to|(?:[Bb]y\s+)?the\s+end\s+of|[Aa]t\s+the\s+end\s+of)\s+(?<mon>${MONTH_NAMES})\b(?:,?\s+(?<y>(?:19|20)\d{2}))?`,
      'g',
    ),
    read: (g, ctx) => {
      const month = monthIndex(g.mon ?? '');
      const statedYear = dateParts(ctx.statedOn).year;
      let y = g.y ? Number(g.y) : statedYear;
      if (!g.y && compareDates(makeDate(y, month, daysInMonth(y, month)), ctx.statedOn) < 0) y += 1;
      const w = labelled(makeDate(y, month, 1).slice(0, 7), ctx.calendar);
      if (!w?.end) return null;
      const prep = (g.prep ?? '').toLowerCase();
      return prep === 'in' || prep === 'through'
        ? { kind: 'period', window: w }
        : { kind: 'deadline', window: until(ctx, w.end) };
    },
  },
  {
    re: /\bnext\s+month\b/gi,
    read: (_g, ctx) => {
      const { year: statedYear, month: statedMonth } = dateParts(ctx.statedOn);
      const next = shiftMonth(statedYear, statedMonth, 1);
      const w = labelled(makeDate(next.year, next.month, 1).slice(0, 7), ctx.calendar);
      return w ? { kind: 'period', window: w } : null;
    },
  },
  {
    // "in about a year", "within 12 months", "over the next three years", "within the next 3-5 years", "for a year"
    re: new RegExp(
      String.raw`\b(?<prep>within|in|over|during|across|for)\s+(?<each>each\s+of\s+)?(?:the\s+)?(?<next>next\s+|coming\s+|following\s+)?(?<approx>about\s+|around\s+|approximately\s+|roughly\s+|less\s+than\s+|under\s+)?(?<n>${NUM})(?:\s?(?:-|–|to)\s?(?<n2>${NUM}))?\s+(?<unit>years?|months?|quarters?)(?<time>'s\s+time|\s+time)?\b${SPAN_TO_NAMED_END}`,
      'gi',
    ),
    read: (g, ctx) => {
      const n = count(g.n2) ?? count(g.n);
      if (!n) return null;
      const unit = (g.unit ?? '').toLowerCase();
      const prep = (g.prep ?? '').toLowerCase();
      // "in each of the next three years": every year of the stretch must hold, so a span, not a deadline
      const deadline =
        !g.each && (prep === 'within' || (prep === 'in' && !g.next) || (prep === 'in' && Boolean(g.approx)));
      const assumptions: Assumption[] = [];
      if (g.approx)
        assumptions.push({
          note: `'${g.approx.trim()} ${g.n ?? ''} ${unit}' read as exactly ${n} ${unit}`,
          penalty: 0.1,
        });
      if (g.n2)
        assumptions.push({ note: `'${g.n ?? ''}-${g.n2} ${unit}' read as its outer end, ${n} ${unit}`, penalty: 0.1 });
      if (unit.startsWith('quarter')) {
        const last = shiftQuarter(nextQuarter(ctx), n - 1);
        const kind = deadline ? 'deadline' : 'span';
        return { kind, window: until(ctx, quarterEnd(ctx, last)), assumptions, each: Boolean(g.each) };
      }
      const end = addMonths(ctx.statedOn, unit.startsWith('year') ? 12 * n : n);
      const kind = deadline || (prep === 'in' && !g.each) ? 'deadline' : 'span';
      return { kind, window: until(ctx, end), assumptions, each: Boolean(g.each) };
    },
  },
  {
    // "three-year investment target", "a five-year goal", "a 2-3 year horizon"
    // ("a year" alone is a rate, "5 million deliveries a year": see the next rule)
    re: new RegExp(
      String.raw`\b(?!an?\s)(?<n>${NUM})(?:\s?(?:-|–|to)\s?(?<n2>${NUM}))?[- ](?<unit>year|month)\b(?!s)`,
      'gi',
    ),
    read: (g, ctx) => {
      const n = count(g.n2) ?? count(g.n);
      if (!n) return null;
      const assumptions: Assumption[] = g.n2
        ? [{ note: `'${g.n ?? ''}-${g.n2} ${g.unit ?? ''}' read as its outer end`, penalty: 0.1 }]
        : [];
      // A fallback: "our five-year plan targets 20% by March 2030" is due when the clause says, and the plan's
      // length only dates a clause that names no other time.
      return {
        kind: 'span',
        window: until(ctx, addMonths(ctx.statedOn, (g.unit ?? '').toLowerCase() === 'year' ? 12 * n : n)),
        assumptions,
        fallback: true,
      };
    },
  },
  {
    re: /\b(?:each|every|per|a)\s+(?:year|quarter|annum)\b|\bannually\b|\bthroughout\b/gi,
    read: () => ({ kind: 'each', window: null, each: true }),
  },
  {
    re: /\b(?:(?:the\s+same\s+(?:period|quarter)\s+)?last\s+(?:year|quarter)|(?:the\s+)?(?:previous|prior)\s+(?:year|quarter))\b/gi,
    read: (_g, ctx) => ({ kind: 'past', window: { start: ctx.statedOn, end: addDays(ctx.statedOn, -1) } }),
  },
];

/** A word of degree before a comparison: "modestly below", "decline slightly from". */
const DEGREE = String.raw`(?:slightly|modestly|somewhat|moderately|marginally|a\s+little|a\s+bit|well|significantly|sharply)`;
/** A verb of change before "from": "decline slightly from the first quarter". */
const CHANGE_FROM = String.raw`(?:declin|decreas|fall|fell|drop|ris|increas|grow|improv|eas|soften|dip)\w*(?:\s+${DEGREE})?\s+from`;
/**
 * Words that make the period after them a comparison: "than in 1H26", "flat with the December quarter", "flat on the
 * first half", "down from the fourth quarter of 2025", "lower than the 2025 level", "50 basis points below last year",
 * "modestly below the first quarter", "decline slightly from the first quarter".
 */
const COMPARISON_LEAD = new RegExp(
  String.raw`\b(?:than|compared\s+(?:with|to)|versus|vs\.?|relative\s+to|(?:flat|level|stable|consistent|in\s+line)\s+with|flat\s+on|(?:up|down|higher|lower|unchanged|stable|steady)\s+from|(?:points?|bps|%|percent)\s+(?:below|above|ahead\s+of|behind|from)|${DEGREE}\s+(?:below|above)|${CHANGE_FROM})(?:\s+(?:in\s+)?(?:the|its|our|their))?\s*$`,
  'i',
);
/** "growth of at least 2% over FY26", "up 4% on 2025": a period already past after a rate is its base. */
const PAST_BASE_LEAD = /(?:%|percent|points?|bps)\s+(?:over|on)\s*$/i;

/** A period named as the comparison's base rather than the promise's window ("grow 5% over 2027" is a window). */
function isComparison(lead: string, past: boolean): boolean {
  return COMPARISON_LEAD.test(lead) || (past && PAST_BASE_LEAD.test(lead));
}

/** Every horizon phrase in `text` (starting at `offset` in the quote), longest first where they overlap. */
export function findHorizons(text: string, offset: number, ctx: HorizonContext): Horizon[] {
  const found: Horizon[] = [];
  for (const rule of RULES) {
    for (const { match, start, end } of matchAll(rule.re, text, offset)) {
      const reading = rule.read(match.groups ?? {}, ctx);
      if (!reading) continue;
      const past = reading.window?.end != null && compareDates(reading.window.end, ctx.statedOn) < 0;
      found.push({
        start,
        end,
        text: match[0],
        each: false,
        fullYear: false,
        fallback: false,
        assumptions: [],
        compared: isComparison(leadBefore(text, start - offset, 3).text, past),
        ...reading,
        kind: past ? 'past' : reading.kind,
      });
    }
  }
  return dropOverlaps(found);
}
