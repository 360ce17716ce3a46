// The checks every held-out set's shape test makes, written once: each held-out set (the spent first and second,
// and the current one) has its own test file with its own thresholds, and calls these inside its own `it` blocks.
// Nothing here runs the parser: a held-out set is measured once, elsewhere. No tests are declared in this module.
import { expect } from 'vitest';
import { isIsoDate } from '../../../src/domain/dates.js';
import { calendarKey, calendarProblem, fiscalQuarter, fiscalQuarterOf } from '../../../src/domain/fiscal.js';
import { COMMITMENTS, CHANGE_MEASURES, COMPARISON_BASES } from '../../../src/domain/model.js';
import {
  type CorpusCompany,
  FAMILIES,
  type Family,
  type LabelledDraft,
  type LabelledSentence,
  type LabelledTarget,
} from './labels.js';

/** A labelled set: its companies and its sentences. */
export interface ShapeSet {
  companies: readonly CorpusCompany[];
  sentences: readonly LabelledSentence[];
}

export interface SentenceDraft {
  sentence: LabelledSentence;
  draft: LabelledDraft;
}

/** Every expected draft of the set, with the sentence it belongs to. */
export function draftsOf(set: ShapeSet): SentenceDraft[] {
  return set.sentences.flatMap((s) => s.expected.map((d) => ({ sentence: s, draft: d })));
}

/** The sentences that are guidance (expect at least one draft). */
export function guidanceOf(set: ShapeSet): LabelledSentence[] {
  return set.sentences.filter((s) => s.expected.length > 0);
}

/** The company a sentence names; throws when the set has none of that id. */
export function companyOf(set: ShapeSet, id: string): CorpusCompany {
  const company = set.companies.find((c) => c.id === id);
  if (!company) throw new Error(`sentence names unknown company '${id}'`);
  return company;
}

/** The sentences of a family. */
export function ofFamily(set: ShapeSet, family: Family): LabelledSentence[] {
  return set.sentences.filter((s) => s.families.includes(family));
}

/** The decimal strings of a target: its value, bounds or tolerance. */
export function decimals(target: LabelledTarget): string[] {
  if (target.op === 'range') return [target.low, target.high];
  if (target.op === 'about')
    return [target.value, target.tolerance, target.tolerancePercent].filter((v) => v !== undefined);
  return [target.value];
}

/** A company name reduced to the words that tell it apart ("Marks and Spencer Group" -> "marks spencer"). */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !['and', 'the', 'group', 'holdings', 'holding', 'inc', 'plc', 'co', 'corp'].includes(w))
    .join(' ');
}

// ---- Size and spread --------------------------------------------------------------------------------------------

/** At least `sentences` sentences from at least `companies` companies. */
export function expectSize(set: ShapeSet, min: { sentences: number; companies: number }): void {
  expect(set.sentences.length).toBeGreaterThanOrEqual(min.sentences);
  expect(new Set(set.sentences.map((s) => s.company)).size).toBeGreaterThanOrEqual(min.companies);
}

/**
 * The companies the sentences use span at least `currencies` currencies and `calendars` calendars, with at least
 * one month-end calendar and at least `weekdayCalendars` distinct 52/53-week ones.
 */
export function expectSpread(
  set: ShapeSet,
  min: { currencies: number; calendars: number; weekdayCalendars: number },
): void {
  const used = set.sentences.map((s) => companyOf(set, s.company));
  expect(new Set(used.map((c) => c.currency)).size).toBeGreaterThanOrEqual(min.currencies);
  expect(new Set(used.map((c) => calendarKey(c.calendar))).size).toBeGreaterThanOrEqual(min.calendars);
  expect(used.some((c) => c.calendar.weekday === undefined)).toBe(true);
  const weekdayCalendars = new Set(
    used.filter((c) => c.calendar.weekday !== undefined).map((c) => calendarKey(c.calendar)),
  );
  expect(weekdayCalendars.size).toBeGreaterThanOrEqual(min.weekdayCalendars);
}

/** At least `min` sentences of the family. */
export function expectFamily(set: ShapeSet, family: Family, min: number): void {
  expect(ofFamily(set, family).length).toBeGreaterThanOrEqual(min);
}

/** At least `min` expected drafts that satisfy `test`. */
export function expectDrafts(set: ShapeSet, test: (draft: LabelledDraft) => boolean, min: number): void {
  expect(draftsOf(set).filter(({ draft }) => test(draft)).length).toBeGreaterThanOrEqual(min);
}

// ---- Nothing shared with the sets the parser is tuned on ------------------------------------------------------

/** No company of the set has the id or the name (by nameKey) of a company in `tunedOn`. */
export function expectNoSharedCompany(set: ShapeSet, tunedOn: readonly CorpusCompany[]): void {
  const ids = new Set(tunedOn.map((c) => c.id));
  const names = new Set(tunedOn.map((c) => nameKey(c.name)));
  for (const c of set.companies) {
    expect(ids.has(c.id), c.id).toBe(false);
    expect(names.has(nameKey(c.name)), c.name).toBe(false);
  }
}

/** No quote of the set is in `tunedOn` (case and surrounding space aside), and no quote repeats in the set. */
export function expectNoSharedSentence(set: ShapeSet, tunedOn: readonly LabelledSentence[]): void {
  const quotes = new Set(tunedOn.map((s) => s.quote.trim().toLowerCase()));
  for (const s of set.sentences) expect(quotes.has(s.quote.trim().toLowerCase()), s.id).toBe(false);
  expect(new Set(set.sentences.map((s) => s.quote)).size).toBe(set.sentences.length);
}

// ---- Well-formed labels -----------------------------------------------------------------------------------------

/** FROZEN_ON is a date and every sentence was stated before it. */
export function expectStatedBefore(set: ShapeSet, frozenOn: string): void {
  expect(isIsoDate(frozenOn)).toBe(true);
  for (const s of set.sentences) expect(isIsoDate(s.statedOn) && s.statedOn < frozenOn, s.id).toBe(true);
}

export function expectUniqueIds(set: ShapeSet): void {
  expect(new Set(set.sentences.map((s) => s.id)).size).toBe(set.sentences.length);
  expect(new Set(set.companies.map((c) => c.id)).size).toBe(set.companies.length);
}

/** A valid calendar, an ISO currency and 3 to 8 metrics with unique keys for every company. */
export function expectWellFormedCompanies(set: ShapeSet): void {
  for (const c of set.companies) {
    expect(calendarProblem(c.calendar), c.id).toBeNull();
    expect(c.currency, c.id).toMatch(/^[A-Z]{3}$/);
    expect(c.metrics.length, c.id).toBeGreaterThanOrEqual(3);
    expect(c.metrics.length, c.id).toBeLessThanOrEqual(8);
    expect(new Set(c.metrics.map((m) => m.key)).size, c.id).toBe(c.metrics.length);
  }
}

/** Every sentence names a company of the set and at least one family, and only families labels.ts knows. */
export function expectKnownCompaniesAndFamilies(set: ShapeSet): void {
  const ids = new Set(set.companies.map((c) => c.id));
  for (const s of set.sentences) {
    expect(ids.has(s.company), s.id).toBe(true);
    expect(s.families.length, s.id).toBeGreaterThan(0);
    for (const f of s.families) expect(FAMILIES, s.id).toContain(f);
  }
}

/** A sentence is in the not-guidance family exactly when it expects no draft. */
export function expectNotGuidanceExactlyWhenEmpty(set: ShapeSet): void {
  for (const s of set.sentences) expect(s.families.includes('not-guidance'), s.id).toBe(s.expected.length === 0);
}

/** Every draft of a deadline-modifier sentence has a deadline. */
export function expectModifierDeadlines(set: ShapeSet): void {
  for (const s of ofFamily(set, 'deadline-modifier')) {
    for (const d of s.expected) expect(d.windowEnd, s.id).not.toBeNull();
  }
}

/** Every draft's metric is one of its company's metric keys, or none. */
export function expectMetricsOfCompany(set: ShapeSet): void {
  for (const { sentence, draft } of draftsOf(set)) {
    if (draft.metric === null || draft.metric === undefined) continue;
    const keys = companyOf(set, sentence.company).metrics.map((m) => m.key);
    expect(keys, sentence.id).toContain(draft.metric);
  }
}

/**
 * Every window end is a date on or after the statement (or null); with `onFiscalQuarterEnd`, also the last day of
 * a fiscal quarter of the company's calendar.
 */
export function expectWindowEnds(set: ShapeSet, options: { onFiscalQuarterEnd: boolean }): void {
  for (const { sentence, draft } of draftsOf(set)) {
    if (draft.windowEnd === null) continue;
    expect(isIsoDate(draft.windowEnd), `${sentence.id}: ${draft.windowEnd}`).toBe(true);
    expect(draft.windowEnd >= sentence.statedOn, sentence.id).toBe(true);
    if (!options.onFiscalQuarterEnd) continue;
    const cal = companyOf(set, sentence.company).calendar;
    const { fiscalYear, quarter } = fiscalQuarterOf(cal, draft.windowEnd);
    expect(fiscalQuarter(cal, fiscalYear, quarter).end, `${sentence.id}: ${draft.windowEnd}`).toBe(draft.windowEnd);
  }
}

/** Values are decimal strings, and a range runs from low to high. */
export function expectDecimalValues(set: ShapeSet): void {
  for (const { sentence, draft } of draftsOf(set)) {
    for (const v of decimals(draft.target)) expect(v, sentence.id).toMatch(/^-?\d+(\.\d+)?$/);
    if (draft.target.op === 'range') {
      expect(Number(draft.target.low) < Number(draft.target.high), sentence.id).toBe(true);
    }
  }
}

/** Only commitments, change measures and comparison bases the domain knows. */
export function expectKnownCommitmentsAndChanges(set: ShapeSet): void {
  for (const { sentence, draft } of draftsOf(set)) {
    expect(COMMITMENTS, sentence.id).toContain(draft.commitment);
    if (draft.change === null) continue;
    expect(CHANGE_MEASURES, sentence.id).toContain(draft.change.kind);
    expect(COMPARISON_BASES, sentence.id).toContain(draft.change.against);
  }
}

/** A unit is 'percent', 'count', 'number' or an ISO code; a level of a count metric is in 'count'. */
export function expectUnits(set: ShapeSet): void {
  for (const { sentence, draft } of draftsOf(set)) {
    if (draft.unit === null) continue;
    expect(['percent', 'count', 'number'].includes(draft.unit) || /^[A-Z]{3}$/.test(draft.unit), sentence.id).toBe(
      true,
    );
    const metric = companyOf(set, sentence.company).metrics.find((m) => m.key === draft.metric);
    if (metric?.unit === 'count' && draft.change === null) expect(draft.unit, sentence.id).toBe('count');
  }
}
