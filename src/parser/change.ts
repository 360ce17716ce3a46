// Targets on the change of a metric rather than its level (model.ts `TargetChange`): "grow 3% to 5%", "sales
// growth of 3% to 5%", "up mid-single digits" are a relative change against the same period a year earlier;
// "sequentially", "quarter over quarter" make it against the prior period; a change written in points ("expand
// 10 to 30 basis points", "down about 1 point") is an absolute change, in percentage points, of a percent metric.
// A compound annual rate ("a CAGR of 8%", "a 4% to 5% compound annual rate through 2028") is a yearly rate, so
// it is a relative change against the year-earlier period too (the held-out sets' convention); the draft's metric
// keeps its measure 'cagr' to say how the rate was written.
import type { Measure, TargetChange } from '../domain/model.js';
import type { Anchor } from './anchor.js';
import type { UnitKind } from './lexicon.js';

/**
 * Against the period just before: "sequentially", "than in the first half", "flat with the December quarter", "lower
 * in the fourth quarter than in the third" (an ordinal alone names the period before).
 */
const SEQUENTIAL =
  /\bsequential(?:ly)?\b|\bquarter[- ]over[- ]quarter\b|\bquarter[- ]on[- ]quarter\b|\bqoq\b|\bq\/q\b|\b(?:from|than|with|to|versus|vs\.?)\s+(?:in\s+)?(?:the|our)\s+(?:(?:prior|previous|preceding|last)\s+(?:quarter|half)|first\s+half|(?:first|second|third|fourth)\b(?!\s+(?:quarter|half))|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+quarter)\b/i;

export function changeOf(
  anchor: Anchor,
  measure: Measure,
  clause: string,
  metricUnit: UnitKind,
  comparedWith: TargetChange['against'] | null = null,
): TargetChange | null {
  const against = comparedWith ?? (SEQUENTIAL.test(clause) ? 'prior-period' : 'year-earlier');
  if (isLevelInPoints(anchor, measure)) return null;
  if (anchor.quantity?.kind === 'points' || anchor.absoluteChange) return { kind: 'absolute', against };
  // "costs to fall in 2026": a direction of a metric that is not itself a loss is a change below zero on it
  // ("losses will narrow" keeps its own measure, a change of the loss).
  if (anchor.form === 'direction' && anchor.impliedMeasure === null && !/\blos(?:s|ses)\b/i.test(clause))
    return { kind: metricUnit === 'percent' ? 'absolute' : 'relative', against };
  // A figureless change of a rate ("operating margin slightly lower") moves it by points, not by a percentage of it.
  // ("flat" or "stable" is no move at all: a relative change of about zero whatever the metric, issue 18's labels.)
  const still = anchor.target?.op === 'about' && anchor.target.value === '0';
  const figureless = anchor.form === 'sign' && anchor.growth && anchor.quantity === null && !still;
  if (figureless && metricUnit === 'percent' && (measure === 'yoy_growth' || measure === 'qoq_growth'))
    return { kind: 'absolute', against: measure === 'qoq_growth' ? 'prior-period' : against };
  if (measure === 'yoy_growth' || measure === 'cagr') return { kind: 'relative', against };
  if (measure === 'qoq_growth') return { kind: 'relative', against: 'prior-period' };
  return null;
}

/**
 * "credit costs held below 40 basis points": a bound set before a figure in points, with no verb of change, bounds
 * a level that is itself quoted in basis points; a metric of growth ("margin expansion above 50 basis points") keeps
 * its change.
 */
function isLevelInPoints(anchor: Anchor, measure: Measure): boolean {
  return anchor.levelBound && !anchor.growth && measure !== 'yoy_growth' && measure !== 'qoq_growth';
}
