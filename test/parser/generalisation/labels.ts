// The shape of the generalisation corpus: sentences from many companies, labelled with the drafts an analyst
// would record, scored only on the fields a user acts on. Two sets use it: the held-out set (frozen before any
// tuning, never tuned on, measured once) and the development set (tuned on freely).
//
// Conventions:
// - Values are decimal strings in base units: '$4.1 billion' is '4100000000'; percent values are in percent
//   ('12.5' is 12.5%); a change in percentage points of a percent metric is in percent units too ('-1', and
//   '30 basis points' is '0.3').
// - `change` is null for a target on the level; for a target on the change it says how the change is measured
//   (relative: percent change; absolute: in the metric's own unit) and against which period.
// - `windowEnd` is the inclusive last day of the period the promise is about, resolved on the company's fiscal
//   calendar; null only when the sentence gives no deadline at all ("long term", "over time").
// - An empty `expected` means the sentence is not guidance (history, opinion, a condition): the parser must give
//   no draft for it.
import type { IsoDate } from '../../../src/domain/dates.js';
import type { FiscalCalendar } from '../../../src/domain/fiscal.js';
import type { Commitment, GoodDirection, MetricKind, TargetChange } from '../../../src/domain/model.js';

/** The failure families the issue names, so a figure can be reported per family. */
export const FAMILIES = [
  'plain',
  'deadline-modifier',
  'basis-points',
  'decline-sign',
  'growth',
  'count',
  'compound',
  'idiom',
  'history',
  'not-guidance',
] as const;
export type Family = (typeof FAMILIES)[number];

export interface CorpusMetric {
  key: string;
  name: string;
  unit: string;
  kind: MetricKind;
  goodDirection: GoodDirection;
  segment?: string;
  concept?: string;
}

export interface CorpusCompany {
  id: string;
  name: string;
  calendar: FiscalCalendar;
  /** ISO 4217 reporting currency. */
  currency: string;
  /** The metrics the company has in saydo: drafts are bound to these. */
  metrics: CorpusMetric[];
}

export type LabelledTarget =
  | { op: 'gt' | 'gte' | 'lt' | 'lte'; value: string }
  | { op: 'range'; low: string; high: string; lowInclusive: boolean; highInclusive: boolean }
  | { op: 'about'; value: string; tolerance?: string; tolerancePercent?: string };

export interface LabelledDraft {
  target: LabelledTarget;
  /** 'percent', 'count', 'number', an ISO currency code, or null when the sentence gives none. */
  unit: string | null;
  commitment: Commitment;
  windowEnd: IsoDate | null;
  change: TargetChange | null;
  /** The company metric the draft is about, or null when none of its metrics fits (not in the field score). */
  metric?: string | null;
}

export interface LabelledSentence {
  id: string;
  /** A CorpusCompany id. */
  company: string;
  quote: string;
  statedOn: IsoDate;
  families: Family[];
  /** In the order the sentence states them. Empty: not guidance. */
  expected: LabelledDraft[];
}
