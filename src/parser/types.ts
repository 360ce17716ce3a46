// The parser's output: draft guidance statements that an analyst reviews before saving. Plain data, so the
// result serialises to JSON as it is (the parse endpoint returns it unchanged).
import type { IsoDate } from '../domain/dates.js';
import type { FiscalCalendar } from '../domain/fiscal.js';
import type { Commitment, GoodDirection, Measure, Mode, Target, Unit, Window } from '../domain/model.js';

export interface ParseInput {
  /** What management said, as pasted. */
  quote: string;
  /** The day it was said: every relative horizon ("next quarter", "in about a year") counts from it. */
  statedOn: IsoDate;
  calendar: FiscalCalendar;
  /** ISO 4217 code of the company's reporting currency: settles '¥' (CNY or JPY) and unstated currencies. */
  reportingCurrency?: string;
}

export type Scale = 'thousand' | 'million' | 'billion' | 'trillion';

export interface MetricHint {
  /** The words the metric was read from, e.g. 'cloud business EBITA margin'. */
  phrase: string;
  /** A suggested metric key, '<segment>.<measure>' such as 'cloud.ebita_margin'; null when none was recognised. */
  key: string | null;
  measure: Measure;
  /** Which way is better for the company: a loss is 'lower', capex 'neutral'. */
  goodDirection: GoodDirection;
  /** True when the metric, or part of it, was taken from elsewhere in the quote (a pronoun, a sibling clause). */
  inferred: boolean;
}

/**
 * The target as the scoring core reads it (model.ts `Target`: values are decimal strings in base units, so
 * 'RMB 30 billion' is '30000000000' and 'the teens' is 13..20 percent), plus how it was written.
 */
export type DraftTarget = Target & {
  /** 'percent', 'count', 'number', an ISO currency code, or null when the quote gives none ("turn positive"). */
  unit: Unit | null;
  /** The scale word the figure was written with ('billion'); the values are already multiplied out. */
  scale: Scale | null;
  /** ISO 4217 code when the target is money. */
  currency: string | null;
};

export interface QuoteSpan {
  /** Offsets into the quote in UTF-16 code units: quote.slice(start, end) === text. */
  start: number;
  end: number;
  text: string;
}

export interface DraftStatement {
  metric: MetricHint;
  target: DraftTarget;
  window: Window;
  mode: Mode;
  commitment: Commitment;
  span: QuoteSpan;
  /** 1 when every field was read from the words; lower for each guess listed in `assumptions`. */
  confidence: number;
  /** Each guess the parser made, in words. */
  assumptions: string[];
  /** Phrases in the statement that qualify it but that the draft cannot express ("in constant currency"). */
  unreadPhrases: string[];
}

export interface Unreadable {
  text: string;
  reason: string;
}

export interface ParseResult {
  drafts: DraftStatement[];
  /** Sentences and clauses that gave no draft, each with the reason why. */
  unreadable: Unreadable[];
  /** Set when there are no drafts: why the quote as a whole could not be read. */
  reason?: string;
}
