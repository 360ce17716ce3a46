// One atomic statement being read: a clause with exactly one target, and what the clauses before it in the
// same sentence pass on to it.
import type { Commitment } from '../domain/model.js';
import type { Horizon } from './horizons.js';
import type { UnitKind } from './lexicon.js';
import type { Anchor, Op } from './anchor.js';
import type { Piece } from './text.js';
import type { MetricHint } from './types.js';

/** What a clause passes to the next one in its sentence. */
export interface Carried {
  metric: MetricHint | null;
  /** The metric's unit, so a clause that inherits the metric also knows it is money. */
  unit: UnitKind;
  commitment: Commitment | null;
  horizon: Horizon | null;
  op: Op | null;
  /** A clause before reported a known figure: "revenue grew 12% to $4.1 billion" reports both. */
  reported: boolean;
  /** The sentence says "year over year" somewhere (read once per sentence). */
  yearOnYear: boolean;
  /**
   * Where a promise reported on ("we said we would") or an assumption starts in the sentence, why it is not one,
   * and whether it covers only the figures after it (an assumption) or every clause it reaches (a promise).
   */
  reportedFrom: { at: number; reason: string; figuresAfter: boolean } | null;
  /** The sentence is in the past tense and commits to nothing anywhere (read once per sentence). */
  sentenceReports: boolean;
  /** A clause before was a "double" over time: a figure after it describes what doubles unless it is its level. */
  doubled?: boolean;
  /**
   * A clause before was the economy's or a market's, not the company's: a clause after it that names nothing of its
   * own goes on about the same ("Banxico cut its reference rate by 25 basis points to 7.00%"), for this reason.
   */
  notOwn?: string;
}

export interface Clause {
  sentence: Piece;
  clause: Piece;
  /** The clause with horizons and asides blanked. */
  masked: string;
  anchor: Anchor;
  horizons: Horizon[];
  /** The horizon of the next clause in the part, for a clause that names none ("grow 20% to RMB 90 billion in FY27"). */
  nextHorizon: Horizon | null;
  asides: Piece[];
  /**
   * The verb a clause shares with the next when both subjects come before it: "R&D of ¥300 billion and capex of
   * ¥240 billion are planned this year". Found on demand: only a clause with no verb of its own asks.
   */
  sharedVerb?: () => Commitment | null;
  carried: Carried;
  /** One metric of a shared subject ("X and Y are both expected to ..."), read in place of the whole subject. */
  subjectPart?: Piece;
}

/** A target in percent: a percentage, a band ("the teens"), or growth turning positive. */
export function isPercentAnchor(a: Anchor): boolean {
  return a.form === 'band' || a.quantity?.kind === 'percent' || (a.form === 'sign' && a.growth);
}
