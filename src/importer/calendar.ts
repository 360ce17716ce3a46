// The fiscal calendar a company reports on, recognised from the fiscal years and quarters it reported, by the
// domain's rule (src/domain/fiscal.ts: a month-end year, or a 52/53-week year ending on the last <weekday> of a
// month or the <weekday> nearest its end), in the shape the API takes.
import { calendarFromSpec, type FiscalCalendarSpec, fiscalLabelOf, inferFiscalCalendar } from '../domain/fiscal.js';
import { quartersIn, type Span } from './periods.js';

export type Recognised = { ok: true; calendar: FiscalCalendarSpec } | { ok: false; reason: string };

/** The calendar every reported fiscal year fits; the quarter of 14 weeks in a 53-week year names `week53Quarter`. */
export function recogniseCalendar(years: Span[], quarters: Span[]): Recognised {
  const ends = [...new Set(years.map((y) => y.end))].sort();
  if (ends.length === 0) return { ok: false, reason: 'no fiscal year was reported' };
  const calendar = inferFiscalCalendar(ends, quarters);
  if (calendar) return { ok: true, calendar };
  return { ok: false, reason: `the fiscal year ends fit no month-end or weekday rule (${ends.join(', ')})` };
}

/** The month a fiscal year normally ends in, as `fiscalYearEndMonth` keeps it. */
export function yearEndMonthOf(calendar: FiscalCalendarSpec): number {
  return calendar.type === 'month-end' ? calendar.yearEndMonth : calendar.month;
}

/** A quarter or year by its fiscal name ('FY2024Q4'); any other span by its dates. */
export function fiscalLabel(span: Span, calendar: FiscalCalendarSpec): string {
  const label =
    quartersIn(span) === 1 || quartersIn(span) === 4
      ? fiscalLabelOf(calendarFromSpec(calendar), span.start, span.end)
      : null;
  return label ?? `${span.start}..${span.end}`;
}
