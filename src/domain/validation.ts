// The rules a stated fact must keep before it is recorded: an actual's period, a statement's window, target and
// deadline. Pure: each check returns the problem it found (its pointer relative to the checked object), and the
// service that called it refuses the request.
import { daysBetween, type IsoDate } from './dates.js';
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
