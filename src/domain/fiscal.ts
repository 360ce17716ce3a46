// Fiscal calendars. Convention (as in 10-K/20-F filings): a fiscal year is named after the calendar year in
// which it ends, so with a March year-end FY2026 runs 2025-04-01..2026-03-31.
import { type IsoDate, dateParts, firstOfMonth, isIsoDate, lastOfMonth, makeDate, shiftMonth } from './dates.js';

export interface FiscalCalendar {
  /** The month (1..12) in which the fiscal year ends. */
  fiscalYearEndMonth: number;
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
  return { ...fiscalMonthSpan(cal, fy, 0, 12), label: `FY${fy}` };
}

export function fiscalQuarter(cal: FiscalCalendar, fy: number, quarter: number): Period {
  return { ...fiscalMonthSpan(cal, fy, (quarter - 1) * 3, 3), label: `FY${fy}Q${quarter}` };
}

export function fiscalHalf(cal: FiscalCalendar, fy: number, half: number): Period {
  return { ...fiscalMonthSpan(cal, fy, (half - 1) * 6, 6), label: `FY${fy}H${half}` };
}

/** A fiscal quarter by number: quarter 1..4 of a fiscal year. */
export interface QuarterOfYear {
  fiscalYear: number;
  quarter: number;
}

/** The fiscal year and quarter that contain a date. */
export function fiscalQuarterOf(cal: FiscalCalendar, date: IsoDate): QuarterOfYear {
  const { year, month } = dateParts(date);
  const fy = month > cal.fiscalYearEndMonth ? year + 1 : year;
  const monthsIntoYear = (month - cal.fiscalYearEndMonth - 1 + 12) % 12;
  return { fiscalYear: fy, quarter: Math.floor(monthsIntoYear / 3) + 1 };
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
export const resolvePeriod = memoize(
  resolvePeriodUncached,
  (expression, cal) => `${cal.fiscalYearEndMonth}|${expression}`,
);

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
  (cal, start, end) => `${cal.fiscalYearEndMonth}|${start}|${end}`,
);
