import { dateToMs, endOfDayMs, isIsoDate } from '../domain/dates.js';

/** A knowledge time given as a date means the end of that day (UTC): everything published that day is known. */
export function knowledgeTimeMs(value: string): number {
  return isIsoDate(value) ? endOfDayMs(value) - 1 : Date.parse(value);
}

/** A publication time given as a date means the start of that day (UTC). */
export function publicationTime(value: string): Date {
  return new Date(isIsoDate(value) ? dateToMs(value) : Date.parse(value));
}
