// Which statements a new fact can affect. Rescoring after a write reads and re-judges only these, so a write's
// cost does not grow with the statements on its metric that it cannot change.
import { COMPARISON_LOOKBACK_DAYS, comparisonReach } from './change.js';
import type { IsoDate } from './dates.js';
import type { ComparisonBasis } from './model.js';

/** What of a statement decides which figures can affect it. */
export interface AffectedWindow {
  windowStart: IsoDate | null;
  windowEnd: IsoDate | null;
  /** Of a target on the change: what it compares against; null or absent for a target on the level. */
  targetChangeAgainst?: ComparisonBasis | null;
}

/** The furthest a comparison figure's period can end before a change target's window starts, in days. */
export const MAX_COMPARISON_LOOKBACK_DAYS = Math.max(...Object.values(COMPARISON_LOOKBACK_DAYS));

/**
 * Whether a figure (new, restated or retracted) for the period ending `periodEnd` on a statement's metric can
 * change the statement's evaluation: when its period ends inside the statement's window, or, of a target on the
 * change, where the comparison figure of one of its periods can end (a year or a period earlier). This is the one
 * place that decides it; the store's atomicAffectedBy asks the same in SQL, as a superset filtered by this.
 */
export function figureCanAffect(statement: AffectedWindow, periodEnd: IsoDate): boolean {
  const { windowStart, windowEnd, targetChangeAgainst } = statement;
  if (windowStart === null) return false;
  const inWindow = periodEnd >= windowStart && (windowEnd === null || periodEnd <= windowEnd);
  if (inWindow || targetChangeAgainst === undefined || targetChangeAgainst === null) return inWindow;
  const reach = comparisonReach({ start: windowStart, end: windowEnd }, targetChangeAgainst);
  return periodEnd >= reach.from && (reach.to === null || periodEnd <= reach.to);
}
