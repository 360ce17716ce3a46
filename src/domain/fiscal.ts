// Fiscal calendars. Convention (as in 10-K/20-F filings): a fiscal year is named after the calendar year in
// which its year-end month falls, so with a March year-end FY2026 runs 2025-04-01..2026-03-31.
//
// A calendar is one of two kinds:
// - month-end: the year ends on the last day of `fiscalYearEndMonth`; quarters are three calendar months.
// - weekday (the 52/53-week year of US retail and tech): the year ends on a weekday, either the last one of
//   `fiscalYearEndMonth` ('last': Apple, the last Saturday of September) or the one nearest that month's last day
//   ('nearest': it may fall in the next month's first three days). A year is 52 or 53 whole weeks; quarters are
//   13 weeks, and in a 53-week year the extra week goes to `week53Quarter`.
import {
  type IsoDate,
  addDays,
  dateParts,
  dateToMs,
  daysBetween,
  firstOfMonth,
  isIsoDate,
  lastOfMonth,
  makeDate,
  shiftMonth,
} from './dates.js';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_RULES = ['last', 'nearest'] as const;
export type WeekdayRule = (typeof WEEKDAY_RULES)[number];

/** The year ends on the last day of a month. */
export interface MonthEndCalendar {
  /** The month (1..12) in which the fiscal year ends. */
  fiscalYearEndMonth: number;
  weekday?: undefined;
}

/** A 52/53-week year ending on a weekday at (or, for 'nearest', about) the end of a month. */
export interface WeekdayCalendar {
  /** The month (1..12) the year-end weekday is the last of, or nearest the end of. */
  fiscalYearEndMonth: number;
  weekday: Weekday;
  rule: WeekdayRule;
  /** The quarter (1..4) that has 14 weeks in a 53-week year. */
  week53Quarter: number;
}

export type FiscalCalendar = MonthEndCalendar | WeekdayCalendar;

/** What is wrong with a calendar, naming the field, or null when it is a calendar. */
export function calendarProblem(cal: FiscalCalendar): string | null {
  const month = cal.fiscalYearEndMonth;
  if (!Number.isInteger(month) || month < 1 || month > 12) return `fiscalYearEndMonth ${month} is not a month (1..12)`;
  if (cal.weekday === undefined) return null;
  if (!WEEKDAYS.includes(cal.weekday)) return `weekday '${String(cal.weekday)}' is not one of ${WEEKDAYS.join(', ')}`;
  if (!WEEKDAY_RULES.includes(cal.rule)) return `rule '${String(cal.rule)}' is not one of ${WEEKDAY_RULES.join(', ')}`;
  const q = cal.week53Quarter;
  if (!Number.isInteger(q) || q < 1 || q > 4) return `week53Quarter ${q} is not a quarter (1..4)`;
  return null;
}

/** Whether fiscal years are calendar years (a December month-end calendar). */
export function isCalendarYear(cal: FiscalCalendar): boolean {
  return cal.weekday === undefined && cal.fiscalYearEndMonth === 12;
}

/** A key that tells calendars apart, for caches. A month-end calendar keys by its month alone. */
export function calendarKey(cal: FiscalCalendar): string {
  return cal.weekday === undefined
    ? `${cal.fiscalYearEndMonth}`
    : `${cal.fiscalYearEndMonth}|${cal.weekday}|${cal.rule}|${cal.week53Quarter}`;
}

function weekdayOf(date: IsoDate): number {
  return new Date(dateToMs(date)).getUTCDay();
}

/** The last day of fiscal year `fy` in a weekday calendar (kept: every period of the year is counted from it). */
export const weekdayYearEnd = memoize(weekdayYearEndUncached, (cal, fy) => `${calendarKey(cal)}|${fy}`);

function weekdayYearEndUncached(cal: WeekdayCalendar, fy: number): IsoDate {
  const monthEnd = lastOfMonth(fy, cal.fiscalYearEndMonth);
  const back = (weekdayOf(monthEnd) - WEEKDAYS.indexOf(cal.weekday) + 7) % 7;
  // 'nearest': at most three days either side (a week has an odd number of days, so there is never a tie).
  if (cal.rule === 'last' || back <= 3) return addDays(monthEnd, -back);
  return addDays(monthEnd, 7 - back);
}

/** The weeks in each quarter of a weekday-calendar year, and the year's first day. Kept; not to be changed. */
const weekdayYear = memoize(weekdayYearUncached, (cal, fy) => `${calendarKey(cal)}|${fy}`);

function weekdayYearUncached(cal: WeekdayCalendar, fy: number): { start: IsoDate; end: IsoDate; weeks: number[] } {
  const start = addDays(weekdayYearEnd(cal, fy - 1), 1);
  const end = weekdayYearEnd(cal, fy);
  const long = (daysBetween(start, end) + 1) / 7 === 53;
  return { start, end, weeks: [1, 2, 3, 4].map((q) => (long && q === cal.week53Quarter ? 14 : 13)) };
}

/** Quarters `from`..`to` (1..4) of a weekday-calendar year. */
function weekdayQuarters(cal: WeekdayCalendar, fy: number, from: number, to: number): Omit<Period, 'label'> {
  const { start, weeks } = weekdayYear(cal, fy);
  const weeksBefore = (q: number) => weeks.slice(0, q - 1).reduce((a, b) => a + b, 0);
  return { start: addDays(start, weeksBefore(from) * 7), end: addDays(start, weeksBefore(to + 1) * 7 - 1) };
}

export interface Period {
  start: IsoDate;
  end: IsoDate;
  /** Canonical label, e.g. 'FY2027Q1', 'FY2027Q1..FY2027Q2', '2026-06', 'CY2026'. */
  label: string;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; error: string };

export const PERIOD_EXPRESSION_HELP =
  "a fiscal period such as 'FY2027', 'FY2027Q1', 'FY2027H2', a calendar period such as 'CY2026', 'CY2026Q3', " +
  "a month '2026-06', a day '2026-06-30', or a range 'A..B' of two of these";

/** Months are counted from the first month of the fiscal year: FY n starts the month after year-end in n-1. */
function fiscalMonthSpan(cal: FiscalCalendar, fy: number, fromMonth: number, months: number): Omit<Period, 'label'> {
  const first = shiftMonth(fy - 1, cal.fiscalYearEndMonth, fromMonth + 1);
  const last = shiftMonth(first.year, first.month, months - 1);
  return { start: firstOfMonth(first.year, first.month), end: lastOfMonth(last.year, last.month) };
}

export function fiscalYear(cal: FiscalCalendar, fy: number): Period {
  const span = cal.weekday === undefined ? fiscalMonthSpan(cal, fy, 0, 12) : weekdayQuarters(cal, fy, 1, 4);
  return { ...span, label: `FY${fy}` };
}

export function fiscalQuarter(cal: FiscalCalendar, fy: number, quarter: number): Period {
  const span =
    cal.weekday === undefined
      ? fiscalMonthSpan(cal, fy, (quarter - 1) * 3, 3)
      : weekdayQuarters(cal, fy, quarter, quarter);
  return { ...span, label: `FY${fy}Q${quarter}` };
}

export function fiscalHalf(cal: FiscalCalendar, fy: number, half: number): Period {
  const span =
    cal.weekday === undefined
      ? fiscalMonthSpan(cal, fy, (half - 1) * 6, 6)
      : weekdayQuarters(cal, fy, half * 2 - 1, half * 2);
  return { ...span, label: `FY${fy}H${half}` };
}

/** A fiscal quarter by number: quarter 1..4 of a fiscal year. */
export interface QuarterOfYear {
  fiscalYear: number;
  quarter: number;
}

/** The fiscal year and quarter that contain a date. */
export function fiscalQuarterOf(cal: FiscalCalendar, date: IsoDate): QuarterOfYear {
  if (cal.weekday !== undefined) return weekdayQuarterOf(cal, date);
  const { year, month } = dateParts(date);
  const fy = month > cal.fiscalYearEndMonth ? year + 1 : year;
  const monthsIntoYear = (month - cal.fiscalYearEndMonth - 1 + 12) % 12;
  return { fiscalYear: fy, quarter: Math.floor(monthsIntoYear / 3) + 1 };
}

function weekdayQuarterOf(cal: WeekdayCalendar, date: IsoDate): QuarterOfYear {
  // The year named after the date's calendar year, or a neighbour: a 'nearest' year can end days into the next
  // month, and a January year-end puts most of a calendar year in the next fiscal year.
  let fy = dateParts(date).year;
  while (date > weekdayYearEnd(cal, fy)) fy += 1;
  while (date <= weekdayYearEnd(cal, fy - 1)) fy -= 1;
  const { start, weeks } = weekdayYear(cal, fy);
  let week = Math.floor(daysBetween(start, date) / 7);
  let quarter = 1;
  for (const length of weeks) {
    if (week < length) break;
    week -= length;
    quarter += 1;
  }
  return { fiscalYear: fy, quarter };
}

/** Shift a fiscal quarter by n quarters (back when n < 0). */
export function shiftQuarter(at: QuarterOfYear, n: number): QuarterOfYear {
  const index = at.fiscalYear * 4 + (at.quarter - 1) + n;
  return { fiscalYear: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

/** The fiscal quarters from the one holding `from` through the last that ends by `to`, at most `limit` of them. */
export function fiscalQuartersBetween(cal: FiscalCalendar, from: IsoDate, to: IsoDate, limit: number): Period[] {
  const quarters: Period[] = [];
  let at = fiscalQuarterOf(cal, from);
  let q = fiscalQuarter(cal, at.fiscalYear, at.quarter);
  while (q.end <= to && quarters.length < limit) {
    quarters.push(q);
    at = shiftQuarter(at, 1);
    q = fiscalQuarter(cal, at.fiscalYear, at.quarter);
  }
  return quarters;
}

/** 'CY' shorthand: calendar years and quarters, whatever the company's calendar. */
const CALENDAR_AS_FISCAL: FiscalCalendar = { fiscalYearEndMonth: 12 };

function parseYear(digits: string): number {
  // Two-digit years ('FY27') are read in the 2000s, as analysts write them.
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** Guidance is about the modern era; outside it a period is a typo, not a promise. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

const SINGLE = /^(FY|CY)(\d{4}|\d{2})(?:(Q)([1-4])|(H)([12]))?$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function resolveSingle(expr: string, cal: FiscalCalendar): PeriodResult {
  const text = expr.trim().toUpperCase();
  const single = SINGLE.exec(text);
  if (single) {
    const [, kind, yearDigits, q, qn, h, hn] = single;
    const calendar = kind === 'CY' ? CALENDAR_AS_FISCAL : cal;
    const year = parseYear(yearDigits ?? '');
    if (year < MIN_YEAR || year > MAX_YEAR)
      return { ok: false, error: `'${expr}' names year ${year}; years run ${MIN_YEAR} to ${MAX_YEAR}` };
    let period: Period;
    if (q) period = fiscalQuarter(calendar, year, Number(qn));
    else if (h) period = fiscalHalf(calendar, year, Number(hn));
    else period = fiscalYear(calendar, year);
    const label = kind === 'CY' ? period.label.replace(/^FY/, 'CY') : period.label;
    return { ok: true, period: { ...period, label } };
  }
  const month = MONTH.exec(text);
  if (month) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) return { ok: false, error: `'${expr}' has no month ${month[2]}` };
    const y = Number(month[1]);
    if (y < MIN_YEAR || y > MAX_YEAR)
      return { ok: false, error: `'${expr}' names year ${y}; years run ${MIN_YEAR} to ${MAX_YEAR}` };
    return {
      ok: true,
      period: { start: firstOfMonth(y, m), end: lastOfMonth(y, m), label: makeDate(y, m, 1).slice(0, 7) },
    };
  }
  if (isIsoDate(text)) return { ok: true, period: { start: text, end: text, label: text } };
  return { ok: false, error: `'${expr}' is not ${PERIOD_EXPRESSION_HELP}` };
}

/** Resolve period shorthand through a company's fiscal calendar. */
export const resolvePeriod = memoize(resolvePeriodUncached, (expression, cal) => `${calendarKey(cal)}|${expression}`);

function resolvePeriodUncached(expression: string, cal: FiscalCalendar): PeriodResult {
  const parts = expression.split('..');
  if (parts.length > 2) return { ok: false, error: `'${expression}' has more than one '..'` };
  if (parts.length === 1) return resolveSingle(expression, cal);
  const [fromExpr = '', toExpr = ''] = parts;
  const from = resolveSingle(fromExpr, cal);
  if (!from.ok) return from;
  const to = resolveSingle(toExpr, cal);
  if (!to.ok) return to;
  if (to.period.end < from.period.start) {
    return { ok: false, error: `'${expression}' ends (${to.period.end}) before it starts (${from.period.start})` };
  }
  return {
    ok: true,
    period: { start: from.period.start, end: to.period.end, label: `${from.period.label}..${to.period.label}` },
  };
}

/** Answers of a pure function of a few strings, kept while there are not too many (batches ask the same ones). */
function memoize<A extends unknown[], R>(
  fn: (...args: A) => R,
  key: (...args: A) => string,
  max = 10_000,
): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const k = key(...args);
    const hit = cache.get(k);
    if (hit !== undefined || cache.has(k)) return hit as R;
    if (cache.size >= max) cache.clear();
    const value = fn(...args);
    cache.set(k, value);
    return value;
  };
}

/** The fiscal name of a period when it is exactly a fiscal quarter, half or year ('FY2027Q2'), else null. */
export const fiscalLabelOf = memoize(
  (cal: FiscalCalendar, start: IsoDate, end: IsoDate): string | null => {
    const { fiscalYear: fy, quarter } = fiscalQuarterOf(cal, start);
    const candidates = [
      fiscalQuarter(cal, fy, quarter),
      fiscalHalf(cal, fy, quarter <= 2 ? 1 : 2),
      fiscalYear(cal, fy),
    ];
    return candidates.find((p) => p.start === start && p.end === end)?.label ?? null;
  },
  (cal, start, end) => `${calendarKey(cal)}|${start}|${end}`,
);

/** A calendar as the API writes it (see the CompanyCreate schema). */
export type FiscalCalendarSpec =
  | { type: 'month-end'; yearEndMonth: number }
  | { type: 'weekday'; weekday: Weekday; month: number; rule: WeekdayRule; week53Quarter: number };

export function calendarFromSpec(spec: FiscalCalendarSpec): FiscalCalendar {
  if (spec.type === 'month-end') return { fiscalYearEndMonth: spec.yearEndMonth };
  const { weekday, month, rule, week53Quarter } = spec;
  return { fiscalYearEndMonth: month, weekday, rule, week53Quarter };
}

export function specOfCalendar(cal: FiscalCalendar): FiscalCalendarSpec {
  if (cal.weekday === undefined) return { type: 'month-end', yearEndMonth: cal.fiscalYearEndMonth };
  const { fiscalYearEndMonth: month, weekday, rule, week53Quarter } = cal;
  return { type: 'weekday', weekday, month, rule, week53Quarter };
}

/** Days in a 14-week quarter: the one that took a 53-week year's extra week. */
const LONG_QUARTER_DAYS = 98;

/**
 * The calendar a company's reported fiscal-year ends follow, or null when none fits them all (or none are
 * given): month ends of one month, then the last <weekday> of one month, then the <weekday> nearest one month's
 * end. Where both weekday rules fit every date (all fall in a month's last four days), 'last' is chosen, the
 * more common. Which quarter takes a 53rd week cannot be seen in year ends: it is the quarter of a 14-week
 * (98-day) period among `quarters` when one is given, else the fourth.
 */
export function inferFiscalCalendar(
  yearEnds: readonly IsoDate[],
  quarters: readonly { start: IsoDate; end: IsoDate }[] = [],
): FiscalCalendarSpec | null {
  const ends = [...new Set(yearEnds)].sort();
  const first = ends[0];
  if (first === undefined || !ends.every(isIsoDate)) return null;
  // Two ends less than 52 weeks apart are not both fiscal-year ends.
  if (ends.some((d, i) => i > 0 && daysBetween(ends[i - 1] ?? d, d) < 364)) return null;

  const { month } = dateParts(first);
  const monthEnd: MonthEndCalendar = { fiscalYearEndMonth: month };
  if (ends.every((d) => d === fiscalYear(monthEnd, dateParts(d).year).end)) {
    return { type: 'month-end', yearEndMonth: month };
  }
  const weekday = WEEKDAYS[weekdayOf(first)] ?? 'sunday';
  // A 'nearest' end in a month's first days belongs to the month before.
  const months = [month, shiftMonth(dateParts(first).year, month, -1).month];
  for (const rule of WEEKDAY_RULES) {
    for (const m of months) {
      const cal: WeekdayCalendar = { fiscalYearEndMonth: m, weekday, rule, week53Quarter: 4 };
      const fits = ends.every((d) => {
        const fy = fiscalQuarterOf(cal, d).fiscalYear;
        return weekdayYearEnd(cal, fy) === d;
      });
      if (!fits) continue;
      // Quarters before the long one start where they would in a 52-week year, so its start names it.
      const long = quarters.find((q) => daysBetween(q.start, q.end) + 1 === LONG_QUARTER_DAYS);
      const week53Quarter = long ? fiscalQuarterOf(cal, long.start).quarter : 4;
      return specOfCalendar({ ...cal, week53Quarter });
    }
  }
  return null;
}
