// Which reported periods are fiscal quarters and years. A 52/53-week quarter is 13 or 14 weeks and a month-end one
// 90 to 92 days, so a span of n quarters is 91·n days give or take a week, whatever the calendar.
import { addDays, daysBetween } from '../domain/dates.js';

export interface Span {
  start: string;
  end: string;
}

/** How many quarters a span covers (1 = quarter, 2 and 3 = year to date, 4 = year), or null for anything else. */
export function quartersIn(span: Span): 1 | 2 | 3 | 4 | null {
  const days = daysBetween(span.start, span.end) + 1;
  for (const n of [1, 2, 3, 4] as const) if (Math.abs(days - 91 * n) <= 7) return n;
  return null;
}

export function spanKey(span: Span): string {
  return `${span.start}..${span.end}`;
}

/** The quarter that follows a year-to-date span inside a longer one from the same start: (9 months, year) -> Q4. */
export function quarterAfter(shorter: Span, longer: Span): Span | null {
  if (shorter.start !== longer.start || shorter.end >= longer.end) return null;
  const quarter = { start: addDays(shorter.end, 1), end: longer.end };
  return quartersIn(quarter) === 1 ? quarter : null;
}
