// The shapes of the domain, as the scoring core sees them. Numbers that are money or percentages are decimal
// strings ('12.4', '30000000000') end to end, so nothing is ever rounded through a binary float.
import type { IsoDate } from './dates.js';
import type { FiscalCalendar } from './fiscal.js';

export type Decimal = string;

/** 'percent' (12.4 means 12.4%), 'count', 'number', or an ISO 4217 currency code such as 'CNY'. */
export type Unit = string;

export const METRIC_KINDS = ['flow', 'stock'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export const GOOD_DIRECTIONS = ['higher', 'lower', 'neutral'] as const;
export type GoodDirection = (typeof GOOD_DIRECTIONS)[number];

export const COMMITMENTS = ['will', 'expect', 'target', 'aspire', 'may'] as const;
export type Commitment = (typeof COMMITMENTS)[number];

export const MODES = ['any', 'all', 'final'] as const;
export type Mode = (typeof MODES)[number];

/** How a revision relates a statement to the one before it: what the revisions table records. */
export const RECORDED_REVISION_KINDS = ['reiterated', 'raised', 'lowered', 'narrowed', 'widened', 'withdrawn'] as const;

/** 'initiated' is no revision: it is what a statement that revised nothing reports as its revision kind. */
export const REVISION_KINDS = ['initiated', ...RECORDED_REVISION_KINDS] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/**
 * The length of period a statement promises about: a month, quarter, half or year of a flow metric, or a
 * reading on a date ('point') of a stock metric. See ./periodicity.ts for how a figure's period is classed.
 */
export const PERIODICITIES = ['month', 'quarter', 'half', 'year', 'point'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

export const STATUSES = ['pending', 'met', 'missed', 'unreported', 'superseded', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

export const POSITIONS = ['below', 'within', 'above'] as const;
export type Position = (typeof POSITIONS)[number];

/**
 * What is measured about the metric:
 * - `level`: the value itself;
 * - `yoy_growth` / `qoq_growth`: percent change against the same period a year earlier / the prior quarter;
 * - `cagr`: compound annual growth rate over the window;
 * - `change`: the value minus the last one reported before the statement ("losses will narrow": change < 0);
 * - `cumulative`: the sum over the window ("invest more than RMB 380 billion over the next three years").
 */
export const MEASURES = ['level', 'yoy_growth', 'qoq_growth', 'cagr', 'change', 'cumulative'] as const;
export type Measure = (typeof MEASURES)[number];

/** The accounting basis a metric is reported on. */
export const BASES = ['gaap', 'adjusted', 'operational'] as const;
export type Basis = (typeof BASES)[number];

/** An atomic statement is scored; a compound one is the parent of its atomic parts. */
export const STATEMENT_KINDS = ['atomic', 'compound'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const SOURCE_KINDS = ['call', 'press_release', 'filing', 'interview', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const COMPARISON_OPS = ['gt', 'gte', 'lt', 'lte'] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

export const TARGET_OPS = [...COMPARISON_OPS, 'range', 'about'] as const;
export type TargetOp = (typeof TARGET_OPS)[number];

/** How a change target measures the change: in percent of the comparison figure, or in the metric's own unit. */
export const CHANGE_MEASURES = ['relative', 'absolute'] as const;
export type ChangeMeasure = (typeof CHANGE_MEASURES)[number];

/** The period a change is measured against: the same period a year earlier, or the one just before. */
export const COMPARISON_BASES = ['year-earlier', 'prior-period'] as const;
export type ComparisonBasis = (typeof COMPARISON_BASES)[number];

/**
 * A target on the change of the metric rather than its level ("revenue to grow low to mid single digits year over
 * year", "operating margin down about 1 point"): `relative` values are percent change ('3' = +3%), `absolute` ones
 * are in the metric's unit (percentage points for a percent metric). See ./change.ts.
 */
export interface TargetChange {
  kind: ChangeMeasure;
  against: ComparisonBasis;
}

/** What the change feed tells of. */
export const CHANGE_KINDS = [
  'statement.created',
  'statement.revised',
  'actual.created',
  'actual.retracted',
  'evaluation.changed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** What an API key may do; each scope includes the ones before it. */
export const SCOPES = ['read', 'write', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export interface Company {
  id: string;
  name: string;
  calendar: FiscalCalendar;
  /** Days after a period ends by which its figures normally come out. */
  reportingLagDays: number;
}

export interface Metric {
  key: string;
  unit: Unit;
  kind: MetricKind;
  goodDirection: GoodDirection;
}

/**
 * A condition on a metric's value. Every form reduces to an interval (see `targetRegion`).
 * 'about' means value ± tolerance, both ends included; the tolerance is stated either as an amount (`tolerance`)
 * or as a percentage of the value (`tolerancePercent`: "28.0bn plus or minus 2%"), exactly one of the two.
 */
export type Target = (
  | { op: ComparisonOp; value: Decimal; wording?: string }
  | { op: 'range'; low: Decimal; high: Decimal; lowInclusive: boolean; highInclusive: boolean; wording?: string }
  | { op: 'about'; value: Decimal; tolerance?: Decimal; tolerancePercent?: Decimal; wording?: string }
) & {
  /** Absent: the target is on the level. Present: on the change against a comparison period. */
  change?: TargetChange;
};

export interface Window {
  start: IsoDate;
  /** Inclusive. null: no deadline ("long-term 20%"), so the statement can never be missed. */
  end: IsoDate | null;
  /** The shorthand it was given as, e.g. 'FY2027Q1..FY2027Q2', when it was. */
  label?: string;
}

export interface Statement {
  id: string;
  metric: Metric;
  statedOn: IsoDate;
  commitment: Commitment;
  target: Target;
  window: Window;
  mode: Mode;
  /** Days after the window closes during which a late report still counts. */
  graceDays: number;
  /**
   * The length of period promised about; null or absent: every period lying wholly inside the window counts, and
   * no period is expected.
   */
  periodicity?: Periodicity | null;
  /** The company's fiscal calendar, when known: explanations then name periods as 'FY2027Q2'. */
  calendar?: FiscalCalendar;
}

/** A later statement that replaced this one, or its withdrawal, known from `effectiveAt` on. */
export interface Revision {
  kind: RevisionKind;
  /** Knowledge time (epoch ms) from which it counts: the end of the day it was stated (revisionEffectiveAt). */
  effectiveAt: number;
  /** The statement that replaced this one; absent for a withdrawal. */
  byStatementId?: string;
}

export interface Actual {
  id: string;
  /** For a flow, the first day of the period; null for a stock (a point in time). */
  periodStart: IsoDate | null;
  /** For a flow, the last day of the period; for a stock, the date it was measured. */
  periodEnd: IsoDate;
  value: Decimal;
  /** Knowledge time (epoch ms) at which the figure became public. */
  publishedAt: number;
  /**
   * Record time (epoch ms) at which saydo recorded its retraction as a wrong entry, if it was. A wrong figure was
   * never public: once retracted on record, it counts at no knowledge time at all (see ./record-time.ts).
   */
  retractedAt: number | null;
  /** Record time (epoch ms) at which saydo recorded it; absent: on record from the start. */
  recordedAt?: number;
  /** Order in which saydo recorded it: of two figures published at the same instant, the later recorded wins. */
  recordedSeq?: number;
}

/** A level figure as an observation names it: the actual, its period and its value. */
export interface Figure {
  actualId: string;
  periodStart: IsoDate | null;
  periodEnd: IsoDate;
  value: Decimal;
}

/**
 * A figure that observes a statement. Of a change target, it also carries the comparison figure known at the same
 * time and the change between them, which is what the target judges; of a level target, neither.
 */
export interface Observation extends Figure {
  comparison?: Figure;
  change?: Decimal;
}

export const TRAJECTORIES = ['on_track', 'off_track'] as const;

export interface Trajectory {
  /** 'on_track' when the projection at window end keeps the promise. */
  status: (typeof TRAJECTORIES)[number];
  projectedValue: Decimal;
  projectedTo: IsoDate;
  method: 'linear' | 'last_value';
  basedOn: number;
}

export interface Evaluation {
  statementId: string;
  /** The knowledge time used, epoch ms. */
  asOf: number;
  status: Status;
  /** Met before the window closed. */
  early: boolean;
  /** The actual that decided a resolved evaluation (met or missed). */
  decidingActualId: string | null;
  position: Position | null;
  /** Signed relative distance from the nearest bound; positive is better for the company; '0' inside. */
  surprise: Decimal | null;
  /** |actual − midpoint| / |actual|, for bounded targets (ranges and 'about'). */
  error: Decimal | null;
  /**
   * Signed relative distance of the deciding figure beyond the target's good-side boundary (see `marginOf`):
   * positive when it cleared it. null unless met or missed, and for a neutral metric.
   */
  margin: Decimal | null;
  /** The in-window observations used, after restatements and retractions, oldest period first. */
  observations: Observation[];
  trajectory: Trajectory | null;
  /** One sentence a person can read. */
  explanation: string;
}
