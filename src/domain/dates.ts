// Calendar dates as ISO 8601 strings ('YYYY-MM-DD'), computed in UTC so no time zone can shift a day.

export type IsoDate = string;

export const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Year 0 does not exist in ISO 8601's common use or in PostgreSQL's date type.
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function makeDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function firstOfMonth(year: number, month: number): IsoDate {
  return makeDate(year, month, 1);
}

export function lastOfMonth(year: number, month: number): IsoDate {
  return makeDate(year, month, daysInMonth(year, month));
}

/** The calendar parts of a date: '2026-05-15' -> { year: 2026, month: 5, day: 15 }. */
export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Shift a (year, month) pair by n months; month is 1..12. */
export function shiftMonth(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * Dates already parsed: scoring a batch converts the same few hundred days tens of thousands of times, and a map
 * lookup is about ten times cheaper than Date.parse. Emptied when it grows past a bound, so it cannot grow forever.
 */
const parsedDates = new Map<IsoDate, number>();
const PARSED_DATES_BOUND = 100_000;

export function dateToMs(date: IsoDate): number {
  const known = parsedDates.get(date);
  if (known !== undefined) return known;
  const ms = Date.parse(`${date}T00:00:00.000Z`);
  if (parsedDates.size >= PARSED_DATES_BOUND) parsedDates.clear();
  parsedDates.set(date, ms);
  return ms;
}

export function msToDate(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return msToDate(dateToMs(date) + days * DAY_MS);
}

/** The same day n months later, or the month's last day when it is shorter: 2026-01-31 + 1 -> 2026-02-28. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const to = shiftMonth(year, month, months);
  return makeDate(to.year, to.month, Math.min(day, daysInMonth(to.year, to.month)));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((dateToMs(to) - dateToMs(from)) / DAY_MS);
}

/** The first instant after the given day ends, in UTC: a day-granular deadline is over from then on. */
export function endOfDayMs(date: IsoDate): number {
  return dateToMs(date) + DAY_MS;
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
