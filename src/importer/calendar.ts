// The fiscal calendar a company reports on, recognised from the periods it reported (docs/SHAPES: a month-end
// year, or a 52/53-week year ending on the last <weekday> of a month or the <weekday> nearest its end).
import { addDays, dateParts, daysBetween, daysInMonth, makeDate } from '../domain/dates.js';
import { quartersIn, type Span } from './periods.js';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type FiscalCalendarShape =
  | { type: 'month-end'; yearEndMonth: number }
  | { type: 'weekday'; weekday: Weekday; month: number; rule: 'last' | 'nearest'; week53Quarter: 1 | 2 | 3 | 4 };

export type Recognised = { ok: true; calendar: FiscalCalendarShape } | { ok: false; reason: string };

const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The last <weekday> of a month: Apple's FY2024 ends on the last Saturday of September 2024, the 28th. */
export function lastWeekdayOf(year: number, month: number, weekday: number): string {
  const last = makeDate(year, month, daysInMonth(year, month));
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

/** The <weekday> nearest the last day of a month; it may fall in the next month's first three days. */
export function nearestWeekdayTo(year: number, month: number, weekday: number): string {
  const last = makeDate(year, month, daysInMonth(year, month));
  const back = (weekdayOf(last) - weekday + 7) % 7;
  return back <= 3 ? addDays(last, -back) : addDays(last, 7 - back);
}

/**
 * Recognise the calendar from the fiscal years a company reported (their start and end) and its quarters. Every
 * year must end on the same rule; the quarter that is 14 weeks long in a 53-week year names `week53Quarter`
 * (4, the usual default, when no 53-week year was reported).
 */
export function recogniseCalendar(years: Span[], quarters: Span[]): Recognised {
  const ends = [...new Set(years.map((y) => y.end))].sort();
  if (ends.length === 0) return { ok: false, reason: 'no fiscal year was reported' };
  const parts = ends.map(dateParts);
  if (parts.every((p) => p.day === daysInMonth(p.year, p.month))) {
    const months = new Set(parts.map((p) => p.month));
    const [month] = months;
    if (months.size === 1 && month !== undefined)
      return { ok: true, calendar: { type: 'month-end', yearEndMonth: month } };
  }
  const weekdays = new Set(ends.map(weekdayOf));
  const [weekday] = weekdays;
  if (weekdays.size !== 1 || weekday === undefined) {
    return {
      ok: false,
      reason: `the fiscal years end on different weekdays and not at month ends (${ends.join(', ')})`,
    };
  }
  // The month a year "ends in": for the last-weekday rule the end's own month; for the nearest rule an end in a
  // month's first days belongs to the month before.
  const lastMonths = new Set(parts.map((p) => p.month));
  const [lastMonth] = lastMonths;
  const week53Quarter = quarterWithExtraWeek(years, quarters);
  const name = WEEKDAYS[weekday] ?? 'saturday';
  if (lastMonths.size === 1 && lastMonth !== undefined) {
    if (parts.every((p) => lastWeekdayOf(p.year, lastMonth, weekday) === makeDate(p.year, p.month, p.day))) {
      return { ok: true, calendar: { type: 'weekday', weekday: name, month: lastMonth, rule: 'last', week53Quarter } };
    }
  }
  const nearestMonths = new Set(parts.map((p) => (p.day <= 3 ? ((p.month + 10) % 12) + 1 : p.month)));
  const [nearestMonth] = nearestMonths;
  if (nearestMonths.size === 1 && nearestMonth !== undefined) {
    const fits = parts.every((p) => {
      const year = p.day <= 3 && p.month === 1 ? p.year - 1 : p.year;
      return nearestWeekdayTo(year, nearestMonth, weekday) === makeDate(p.year, p.month, p.day);
    });
    if (fits) {
      return {
        ok: true,
        calendar: { type: 'weekday', weekday: name, month: nearestMonth, rule: 'nearest', week53Quarter },
      };
    }
  }
  return { ok: false, reason: `the fiscal year ends fit no month-end or weekday rule (${ends.join(', ')})` };
}

/** In a 53-week year (371 days), the quarter of 14 weeks (98 days); 4 when the data shows none. */
function quarterWithExtraWeek(years: Span[], quarters: Span[]): 1 | 2 | 3 | 4 {
  for (const year of years) {
    if (daysBetween(year.start, year.end) + 1 !== 371) continue;
    const long = quarters.find(
      (q) =>
        q.start >= year.start && q.end <= year.end && daysBetween(q.start, q.end) + 1 === 98 && quartersIn(q) === 1,
    );
    if (!long) continue;
    const position = Math.round(daysBetween(year.start, long.start) / 91) + 1;
    if (position === 1 || position === 2 || position === 3 || position === 4) return position;
  }
  return 4;
}

/** The month a fiscal year normally ends in, as `fiscalYearEndMonth` keeps it for clients that know no more. */
export function yearEndMonthOf(calendar: FiscalCalendarShape): number {
  return calendar.type === 'month-end' ? calendar.yearEndMonth : calendar.month;
}

/**
 * The fiscal label of a quarter or year, for reading: FY is named after the calendar year in which its year-end month
 * falls (Apple FY2024 = 2023-10-01..2024-09-28). A period's end lies in the last week of its month, or, under the
 * nearest rule, in the next month's first three days: three days back it is always in the month it closes.
 */
export function fiscalLabel(span: Span, calendar: FiscalCalendarShape): string {
  const yearEnd = yearEndMonthOf(calendar);
  const { year, month } = dateParts(addDays(span.end, -3));
  const fy = month <= yearEnd ? year : year + 1;
  const n = quartersIn(span);
  if (n === 4) return `FY${fy}`;
  const quarter = 4 - Math.round(((yearEnd - month + 12) % 12) / 3);
  return n === 1 ? `FY${fy}Q${quarter}` : `FY${fy} ${n === null ? '' : `${n * 3} months `}to Q${quarter}`;
}
