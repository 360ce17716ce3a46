// The rules a stated fact must keep before it is recorded: an actual's period, a statement's window, target and
// deadline. Pure: each check returns the problem it found (its pointer relative to the checked object), and the
// service that called it refuses the request.
import { addDays, DAY_MS, dateToMs, daysBetween, msToDate, type IsoDate } from './dates.js';
import { Dec } from './decimal.js';
import { fiscalLabelOf, resolvePeriod, type FiscalCalendar } from './fiscal.js';
import type { MetricKind, Target } from './model.js';

/** What is wrong with one field of an input: a JSON Pointer (RFC 6901) relative to the checked object. */
export interface FieldProblem {
  pointer: string;
  detail: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

const refuse = (pointer: string, detail: string): { ok: false; problem: FieldProblem } => ({
  ok: false,
  problem: { pointer, detail },
});

/** How an actual names its period: a date (a stock), fiscal shorthand, or the first and last days (a flow). */
export interface PeriodInput {
  period?: string;
  periodStart?: IsoDate;
  periodEnd?: IsoDate;
  date?: IsoDate;
}

export interface ActualPeriod {
  /** null for a stock: it is measured at a point in time. */
  periodStart: IsoDate | null;
  periodEnd: IsoDate;
  periodLabel: string | null;
}

/** The period an actual of this metric is for: a stock needs a date (or a period's end), a flow a period. */
export function actualPeriod(
  input: PeriodInput,
  metric: { key: string; kind: MetricKind },
  calendar: FiscalCalendar,
): Checked<ActualPeriod> {
  const named = (expr: string, stock: boolean): Checked<ActualPeriod> => {
    const r = resolvePeriod(expr, calendar);
    if (!r.ok) return refuse('/period', r.error);
    const { start, end, label } = r.period;
    return { ok: true, value: { periodStart: stock ? null : start, periodEnd: end, periodLabel: label } };
  };
  if (metric.kind === 'stock') {
    if (input.periodStart !== undefined || input.periodEnd !== undefined) {
      return refuse('/periodStart', `'${metric.key}' is a stock; give date (or period), not periodStart/periodEnd`);
    }
    if (input.date !== undefined && input.period !== undefined) {
      return refuse('/date', 'give either date or period, not both');
    }
    if (input.date !== undefined) {
      return { ok: true, value: { periodStart: null, periodEnd: input.date, periodLabel: null } };
    }
    if (input.period !== undefined) return named(input.period, true);
    return refuse('/date', `'${metric.key}' is a stock; give the date it was measured at`);
  }
  if (input.date !== undefined) {
    return refuse('/date', `'${metric.key}' is a flow; give period, or periodStart and periodEnd`);
  }
  if (input.period !== undefined) {
    if (input.periodStart !== undefined || input.periodEnd !== undefined) {
      return refuse('/period', 'give either period, or periodStart and periodEnd, not both');
    }
    return named(input.period, false);
  }
  if (input.periodStart === undefined || input.periodEnd === undefined) {
    return refuse(
      input.periodStart === undefined ? '/periodStart' : '/periodEnd',
      `'${metric.key}' is a flow; give period, or periodStart and periodEnd`,
    );
  }
  if (input.periodEnd < input.periodStart) {
    return refuse('/periodEnd', `is before periodStart ${input.periodStart}`);
  }
  return {
    ok: true,
    value: {
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      periodLabel: fiscalLabelOf(calendar, input.periodStart, input.periodEnd),
    },
  };
}

/** How a statement names its window: fiscal shorthand, or start and end (end null: no deadline). */
export interface WindowInput {
  period?: string;
  start?: IsoDate;
  end?: IsoDate | null;
}

export interface StatedWindow {
  start: IsoDate;
  end: IsoDate | null;
  /** The shorthand it was given as, when it was. */
  label: string | null;
}

export function statementWindow(window: WindowInput, calendar: FiscalCalendar): Checked<StatedWindow> {
  if (window.period !== undefined) {
    if (window.start !== undefined || window.end !== undefined) {
      return refuse('/period', 'give either period, or start and end, not both');
    }
    const resolved = resolvePeriod(window.period, calendar);
    if (!resolved.ok) return refuse('/period', resolved.error);
    const { start, end, label } = resolved.period;
    return { ok: true, value: { start, end, label } };
  }
  if (window.start === undefined) {
    return refuse('/start', 'give period, or start and end (end: null for no deadline)');
  }
  if (window.end === undefined) {
    return refuse('/end', 'give an end date, or null for a statement with no deadline');
  }
  if (window.end !== null && window.end < window.start) {
    return refuse('/end', `ends (${window.end}) before it starts (${window.start})`);
  }
  return { ok: true, value: { start: window.start, end: window.end, label: null } };
}

/** Dates and instants are kept up to the end of 9999 (PostgreSQL and ISO 8601 both stop writing years there). */
export const LAST_DAY = '9999-12-31';

/**
 * A statement is missed once its window and grace are over: that moment, the day after the last day of grace,
 * must be a date we can store, so the last day of grace must come before 9999-12-31. The problem points at
 * the grace when a grace was given and the window alone fits, else at the window (its period or its end).
 */
export function deadlineProblem(
  windowEnd: IsoDate | null,
  graceDays: number,
  given: { windowAsPeriod: boolean; graceDays: number | undefined },
): FieldProblem | null {
  // Counted in days, not compared as text: a date past 9999 is written '+010000-…', which sorts first.
  if (windowEnd === null || graceDays < daysBetween(windowEnd, LAST_DAY)) return null;
  const byGrace = given.graceDays !== undefined && given.graceDays > 0 && windowEnd < LAST_DAY;
  if (byGrace) {
    return {
      pointer: '/graceDays',
      detail: `${graceDays} days' grace after ${windowEnd} runs past ${LAST_DAY}, the last date that can be kept`,
    };
  }
  return {
    pointer: `/window/${given.windowAsPeriod ? 'period' : 'end'}`,
    detail: `the window and its ${graceDays} days' grace must end before ${LAST_DAY}, the last date that can be kept`,
  };
}

/** A target must hold some value: a range not empty; an 'about' has exactly one tolerance, not negative. */
export function targetProblem(target: Target): FieldProblem | null {
  if (target.op === 'range') {
    const low = new Dec(target.low);
    const high = new Dec(target.high);
    const empty = low.gt(high) || (low.eq(high) && !(target.lowInclusive && target.highInclusive));
    return empty ? { pointer: '/high', detail: `the range ${target.low} to ${target.high} holds no value` } : null;
  }
  if (target.op === 'about') {
    const { tolerance, tolerancePercent } = target;
    if (tolerance !== undefined && tolerancePercent !== undefined) {
      return { pointer: '/tolerancePercent', detail: 'give either tolerance or tolerancePercent, not both' };
    }
    if (tolerance === undefined && tolerancePercent === undefined) {
      return { pointer: '/tolerance', detail: 'give either tolerance (an amount) or tolerancePercent' };
    }
    if (tolerance !== undefined && new Dec(tolerance).isNegative()) {
      return { pointer: '/tolerance', detail: 'must not be negative' };
    }
    if (tolerancePercent !== undefined && new Dec(tolerancePercent).isNegative()) {
      return { pointer: '/tolerancePercent', detail: 'must not be negative' };
    }
  }
  return null;
}

/**
 * A change target the metric cannot have: a stock is read at a date, so it has no prior period to compare with
 * (its year-earlier reading it has).
 */
export function changeTargetProblem(target: Pick<Target, 'change'>, kind: MetricKind): FieldProblem | null {
  if (target.change?.against !== 'prior-period' || kind !== 'stock') return null;
  return {
    pointer: '/change/against',
    detail: "the metric is a stock, read at a date, so it has no prior period: compare with 'year-earlier'",
  };
}

/** The ISO 4217 codes Node knows (Intl.supportedValuesOf('currency')). */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Is this an ISO 4217 currency code ('CNY', 'USD'), not merely three capital letters ('XYZ')? */
export function isCurrencyCode(code: string): boolean {
  return CURRENCIES.has(code);
}

/** A metric's unit names a currency when it is three capital letters; that currency must exist. */
export function unitProblem(unit: string): FieldProblem | null {
  return /^[A-Z]{3}$/.test(unit) && !isCurrencyCode(unit)
    ? { pointer: '/unit', detail: `'${unit}' is not an ISO 4217 currency code` }
    : null;
}

export function currencyProblem(currency: string): FieldProblem | null {
  return isCurrencyCode(currency)
    ? null
    : { pointer: '/currency', detail: `'${currency}' is not an ISO 4217 currency code` };
}

/** How far ahead of the server's clock a publication may be dated: a day, for time zones and clock skew. */
export const FUTURE_SLACK_MS = DAY_MS;

/**
 * A figure must be possible when it was published: a flow's period must have ended (its figure is published
 * on or after the day after its last day), a stock's reading cannot be dated after its publication (its date
 * on or before the publication's UTC date), and nothing is published more than a day after `now`.
 * `periodField` is where the input named the period ('/period', '/periodEnd' or '/date').
 */
export function publicationProblem(
  period: ActualPeriod,
  kind: MetricKind,
  publishedAt: number,
  now: number,
  periodField: string,
): FieldProblem | null {
  if (publishedAt > now + FUTURE_SLACK_MS) {
    return {
      pointer: '/publishedAt',
      detail: `is more than a day after the server's clock (${new Date(now).toISOString()}): it has not happened yet`,
    };
  }
  if (kind === 'flow' && publishedAt < dateToMs(addDays(period.periodEnd, 1))) {
    return {
      pointer: '/publishedAt',
      detail: `is before the period ends (${period.periodEnd}): a flow's figure is published after its period`,
    };
  }
  if (kind === 'stock' && period.periodEnd > msToDate(publishedAt)) {
    return {
      pointer: periodField,
      detail: `${period.periodEnd} is after the publication (${new Date(publishedAt).toISOString()}): a reading cannot be published before it is taken`,
    };
  }
  return null;
}

/** A statement cannot be made more than a day after the server's clock: it has not been made yet. */
export function statedOnProblem(statedOn: IsoDate, now: number): FieldProblem | null {
  return dateToMs(statedOn) > now + FUTURE_SLACK_MS
    ? { pointer: '/statedOn', detail: `is more than a day after the server's clock (${msToDate(now)})` }
    : null;
}

/**
 * A statement is a forecast: its window must still be open on the day it is stated. One whose window had
 * already closed speaks of figures already public, and is refused. The problem points at how the window was
 * given (its period or its end), relative to the statement.
 */
export function forecastProblem(
  statedOn: IsoDate,
  windowEnd: IsoDate | null,
  given: { windowAsPeriod: boolean },
): FieldProblem | null {
  if (windowEnd === null || windowEnd >= statedOn) return null;
  return {
    pointer: `/window/${given.windowAsPeriod ? 'period' : 'end'}`,
    detail: `closed on ${windowEnd}, before the statement was made (${statedOn}): it is not a forecast`,
  };
}
