// Which statements a new fact can affect. Rescoring after a write reads and re-judges only these, so a write's
// cost does not grow with the statements on its metric that it cannot change.
import type { IsoDate } from './dates.js';

/** What of a statement decides which figures can affect it. */
export interface AffectedWindow {
  windowStart: IsoDate | null;
  windowEnd: IsoDate | null;
}

/**
 * Whether a figure (new, restated or retracted) for the period ending `periodEnd` on a statement's metric can
 * change the statement's evaluation: when its period ends inside the statement's window. This is the one place
 * that decides it (the store's atomicAffectedBy asks the same in SQL); a target on a change against a comparison
 * period (a year or a period earlier) adds the comparison periods' figures here.
 */
export function figureCanAffect(statement: AffectedWindow, periodEnd: IsoDate): boolean {
  const { windowStart, windowEnd } = statement;
  return windowStart !== null && periodEnd >= windowStart && (windowEnd === null || periodEnd <= windowEnd);
}
