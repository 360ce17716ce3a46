// Rows from the store, read as the domain's shapes. The only place that knows both.
import type { ObservedStatement } from '../domain/evaluate.js';
import type { FiscalCalendar } from '../domain/fiscal.js';
import type { CompanyRow } from '../store/companies.js';
import { revisionEffectiveAt } from '../domain/knowledge-time.js';
import type { Metric, Revision, Statement, Target, TargetChange } from '../domain/model.js';
import type { MetricRow } from '../store/metrics.js';
import type { StatementRecord, StatementRow } from '../store/statements.js';

/** The company's fiscal calendar: a weekday (52/53-week) calendar when its weekday columns are set. */
export function companyCalendar(row: CompanyRow): FiscalCalendar {
  const { fiscalYearEndMonth, fiscalWeekday: weekday, fiscalWeekdayRule: rule, fiscalWeek53Quarter } = row;
  if (weekday === null || rule === null || fiscalWeek53Quarter === null) return { fiscalYearEndMonth };
  return { fiscalYearEndMonth, weekday, rule, week53Quarter: fiscalWeek53Quarter };
}

/** The calendar as company columns. */
export function calendarColumns(
  cal: FiscalCalendar,
): Pick<CompanyRow, 'fiscalYearEndMonth' | 'fiscalWeekday' | 'fiscalWeekdayRule' | 'fiscalWeek53Quarter'> {
  return cal.weekday === undefined
    ? {
        fiscalYearEndMonth: cal.fiscalYearEndMonth,
        fiscalWeekday: null,
        fiscalWeekdayRule: null,
        fiscalWeek53Quarter: null,
      }
    : {
        fiscalYearEndMonth: cal.fiscalYearEndMonth,
        fiscalWeekday: cal.weekday,
        fiscalWeekdayRule: cal.rule,
        fiscalWeek53Quarter: cal.week53Quarter,
      };
}

export function toDomainMetric(row: MetricRow): Metric {
  return { key: row.key, unit: row.unit, kind: row.kind, goodDirection: row.goodDirection };
}

function required<T>(value: T | null, what: string, id: string): T {
  if (value === null) throw new Error(`atomic statement ${id} has no ${what}`);
  return value;
}

/** A change target's measure and comparison; null for a target on the level. */
export function toDomainTargetChange(row: StatementRow): TargetChange | null {
  if (row.targetChangeKind === null || row.targetChangeAgainst === null) return null;
  return { kind: row.targetChangeKind, against: row.targetChangeAgainst };
}

export function toDomainTarget(row: StatementRow): Target {
  const change = toDomainTargetChange(row);
  return change === null ? levelTarget(row) : { ...levelTarget(row), change };
}

function levelTarget(row: StatementRow): Target {
  const op = required(row.targetOp, 'target', row.id);
  const wording = row.targetWording ?? undefined;
  switch (op) {
    case 'range':
      return {
        op,
        low: required(row.targetLow, 'target low', row.id),
        high: required(row.targetHigh, 'target high', row.id),
        lowInclusive: row.targetLowInclusive ?? true,
        highInclusive: row.targetHighInclusive ?? true,
        wording,
      };
    case 'about':
      return {
        op,
        value: required(row.targetValue, 'target value', row.id),
        ...(row.targetTolerancePercent === null
          ? { tolerance: required(row.targetTolerance, 'target tolerance', row.id) }
          : { tolerancePercent: row.targetTolerancePercent }),
        wording,
      };
    default:
      return { op, value: required(row.targetValue, 'target value', row.id), wording };
  }
}

export function toDomainStatement(record: StatementRecord, metric: MetricRow, calendar: FiscalCalendar): Statement {
  const row = record.row;
  return {
    id: row.id,
    metric: toDomainMetric(metric),
    calendar,
    statedOn: row.statedOn,
    commitment: required(row.commitment, 'commitment', row.id),
    target: toDomainTarget(row),
    window: {
      start: required(row.windowStart, 'window', row.id),
      end: row.windowEnd,
      ...(row.windowLabel ? { label: row.windowLabel } : {}),
    },
    mode: required(row.mode, 'mode', row.id),
    graceDays: required(row.graceDays, 'grace', row.id),
    periodicity: row.periodicity,
  };
}

/** What of a statement decides its observations: enough to work them out from figures without its metric. */
export function toObservedStatement(row: StatementRow): ObservedStatement {
  return {
    statedOn: row.statedOn,
    target: toDomainTarget(row),
    window: { start: required(row.windowStart, 'window', row.id), end: row.windowEnd },
    periodicity: row.periodicity,
  };
}

export function toDomainRevision(record: StatementRecord): Revision | null {
  const rev = record.revisedBy;
  if (!rev) return null;
  return {
    kind: rev.kind,
    effectiveAt: revisionEffectiveAt(rev.statedOn),
    ...(rev.successorId ? { byStatementId: rev.successorId } : {}),
  };
}
