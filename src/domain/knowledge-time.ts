// Knowledge time: when saydo counts a fact as known. Instants are epoch milliseconds (UTC); a bare date stands
// for a moment of that day, chosen per kind of fact below.
import { dateToMs, endOfDayMs, isIsoDate, type IsoDate } from './dates.js';

/** A knowledge time given as a date means the end of that day (UTC): everything published that day is known. */
export function knowledgeTimeMs(value: string): number {
  return isIsoDate(value) ? endOfDayMs(value) - 1 : Date.parse(value);
}

/** A publication time given as a date means the start of that day (UTC). */
export function publicationTime(value: string): Date {
  return new Date(isIsoDate(value) ? dateToMs(value) : Date.parse(value));
}

/** A statement enters the record at the start of the day it was made. */
export function statementKnownFrom(statedOn: IsoDate): number {
  return dateToMs(statedOn);
}

/**
 * A revision counts from the end of the day it was stated on: new guidance usually comes on the same call as
 * the results, and the results of that day must count first, or a miss could be revised away.
 */
export function revisionEffectiveAt(statedOn: IsoDate): number {
  return endOfDayMs(statedOn) - 1;
}

/**
 * A figure is evidence for a statement from the instant its revision of an earlier one took effect: a forecast
 * comes before its evidence, so a figure published on or before the stated date (already public, or out on the
 * same call) is no observation of it, and that day's figures are evidence for the statement it revised instead.
 */
export function evidenceFrom(statedOn: IsoDate): number {
  return revisionEffectiveAt(statedOn) + 1;
}

/**
 * The next midnight (UTC) after `at`: answers "as of now" whose defaults are dates ("to today") change then,
 * even when no evaluation is scheduled to.
 */
export function nextMidnightMs(at: number): number {
  const d = new Date(at);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
}
