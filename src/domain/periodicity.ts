// Which figures are observations of a promise, and which periods a promise expects to be reported.
//
// A promise speaks of periods of one length (its periodicity). A figure is an observation of it when its period
// lies wholly inside the window and has that length. A period's length is classed by its number of days, not by
// matching the company's fiscal periods exactly, so that 52/53-week calendars (13-week quarters, 364- or
// 371-day years) and reporting quirks class the same way:
//
//   month 28–31 days, quarter 84–98, half 168–189, year 357–371 (both ends of the period counted).
//
// A stock reading (a figure with no period start) is a 'point'.
import { type IsoDate, daysBetween, firstOfMonth, lastOfMonth, shiftMonth, dateParts } from './dates.js';
import {
  type FiscalCalendar,
  type Period,
  fiscalHalf,
  fiscalQuarter,
  fiscalQuarterOf,
  fiscalYear,
  shiftQuarter,
} from './fiscal.js';
import type { MetricKind, Periodicity, Statement } from './model.js';

type FlowPeriodicity = Exclude<Periodicity, 'point'>;

/** Day counts (inclusive) of each length of flow period. */
const LENGTH_DAYS: Record<FlowPeriodicity, readonly [number, number]> = {
  month: [28, 31],
  quarter: [84, 98],
  half: [168, 189],
  year: [357, 371],
};

/** The periodicity a figure's period has: 'point' for a reading, null for a flow period of no listed length. */
export function periodicityOf(periodStart: IsoDate | null, periodEnd: IsoDate): Periodicity | null {
  if (periodStart === null) return 'point';
  const days = daysBetween(periodStart, periodEnd) + 1;
  for (const [length, [min, max]] of Object.entries(LENGTH_DAYS)) {
    if (days >= min && days <= max) return length as FlowPeriodicity;
  }
  return null;
}

/**
 * Whether a figure for this period is an observation of the statement: the period lies wholly inside the window
 * (a reading: its date does) and, when the statement has a periodicity, has that length.
 */
export function observes(
  statement: Pick<Statement, 'window' | 'periodicity'>,
  periodStart: IsoDate | null,
  periodEnd: IsoDate,
): boolean {
  const { start, end } = statement.window;
  if ((periodStart ?? periodEnd) < start || (end !== null && periodEnd > end)) return false;
  const periodicity = statement.periodicity ?? null;
  return periodicity === null || periodicityOf(periodStart, periodEnd) === periodicity;
}

/** The kind of period fiscal shorthand names: 'FY2027Q1' a quarter, 'FY2027H2' a half, 'FY2027' a year. */
function shorthandPeriodicity(single: string): FlowPeriodicity | null {
  const text = single.trim().toUpperCase();
  if (/^\d{4}-\d{2}$/.test(text)) return 'month';
  const fiscal = /^(FY|CY)(\d{4}|\d{2})(Q[1-4]|H[12])?$/.exec(text);
  if (!fiscal) return null;
  const part = fiscal[3];
  if (part === undefined) return 'year';
  return part.startsWith('Q') ? 'quarter' : 'half';
}

/**
 * The periodicity a statement has when it names none: a reading date for a stock metric; for a flow, the kind of
 * period its fiscal shorthand names ('FY2027' → year, 'FY2027Q1..FY2027Q2' → quarter, '2026-06' → month, 'CY2026'
 * → year). A window of explicit dates, or a range of two kinds ('FY2027Q4..FY2028'), has none.
 */
export function defaultPeriodicity(windowLabel: string | null | undefined, kind: MetricKind): Periodicity | null {
  if (kind === 'stock') return 'point';
  if (!windowLabel) return null;
  const kinds = windowLabel.split('..').map(shorthandPeriodicity);
  const first = kinds[0] ?? null;
  return kinds.every((k) => k === first) ? first : null;
}

/** More expected periods than this (a monthly promise over centuries) is no schedule anyone reports to. */
const MAX_EXPECTED = 600;

/** The next fiscal period of a length after the one given, in the company's calendar. */
function fiscalPeriods(length: FlowPeriodicity, cal: FiscalCalendar, from: IsoDate): () => Period {
  const { fiscalYear: fy, quarter } = fiscalQuarterOf(cal, from);
  let n = 0;
  switch (length) {
    case 'month': {
      const { year, month } = dateParts(from);
      return () => {
        const at = shiftMonth(year, month, n++);
        const first = firstOfMonth(at.year, at.month);
        return { start: first, end: lastOfMonth(at.year, at.month), label: first.slice(0, 7) };
      };
    }
    case 'quarter':
      return () => {
        const at = shiftQuarter({ fiscalYear: fy, quarter }, n++);
        return fiscalQuarter(cal, at.fiscalYear, at.quarter);
      };
    case 'half': {
      const first = fy * 2 + (quarter <= 2 ? 0 : 1);
      return () => {
        const index = first + n++;
        return fiscalHalf(cal, Math.floor(index / 2), (index % 2) + 1);
      };
    }
    case 'year':
      return () => fiscalYear(cal, fy + n++);
  }
}

const expectedCache = new WeakMap<Statement, Period[] | null>();

/**
 * The periods the statement expects to be reported: the company's fiscal periods of its periodicity (calendar
 * months for a monthly one) lying wholly inside the window. null when none are known: no periodicity, a reading
 * date, no deadline, or no such period inside the window (or implausibly many).
 */
export function expectedPeriods(statement: Statement): Period[] | null {
  if (expectedCache.has(statement)) return expectedCache.get(statement) ?? null;
  const periodicity = statement.periodicity ?? null;
  const { start, end } = statement.window;
  let expected: Period[] | null = null;
  if (periodicity !== null && periodicity !== 'point' && end !== null) {
    const next = fiscalPeriods(periodicity, statement.calendar ?? { fiscalYearEndMonth: 12 }, start);
    const found: Period[] = [];
    for (let p = next(); p.start <= end && found.length <= MAX_EXPECTED; p = next()) {
      if (p.start >= start && p.end <= end) found.push(p);
    }
    expected = found.length > 0 && found.length <= MAX_EXPECTED ? found : null;
  }
  expectedCache.set(statement, expected);
  return expected;
}
