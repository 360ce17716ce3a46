// The held-out set's shape only: what issue 18 asks of it (size, spread of companies, currencies, calendars and
// families) and that its labels are well formed. It never runs the parser: the set is measured once, elsewhere.
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/domain/dates.js';
import { calendarKey, calendarProblem } from '../../../src/domain/fiscal.js';
import { FROZEN_ON, HELD_OUT, HELD_OUT_COMPANIES } from './first-held-out.js';
import { FAMILIES, type LabelledTarget } from './labels.js';

const companies = new Map(HELD_OUT_COMPANIES.map((c) => [c.id, c]));
const drafts = HELD_OUT.flatMap((s) => s.expected.map((d) => ({ sentence: s, draft: d })));

function companyOf(id: string) {
  const company = companies.get(id);
  if (!company) throw new Error(`sentence names unknown company '${id}'`);
  return company;
}

function decimals(target: LabelledTarget): string[] {
  if (target.op === 'range') return [target.low, target.high];
  if (target.op === 'about')
    return [target.value, target.tolerance, target.tolerancePercent].filter((v) => v !== undefined);
  return [target.value];
}

describe('first held-out set (spent): what the issue asks of its size and spread', () => {
  it('has at least 110 sentences from at least 30 companies', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(110);
    expect(new Set(HELD_OUT.map((s) => s.company)).size).toBeGreaterThanOrEqual(30);
  });

  it('spans at least 5 currencies and 6 calendars, month-end and 52/53-week both', () => {
    const used = HELD_OUT.map((s) => companyOf(s.company));
    expect(new Set(used.map((c) => c.currency)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(used.map((c) => calendarKey(c.calendar))).size).toBeGreaterThanOrEqual(6);
    expect(used.some((c) => c.calendar.weekday === undefined)).toBe(true);
    expect(used.some((c) => c.calendar.weekday !== undefined)).toBe(true);
  });

  it('has at least 20 sentences that are not guidance', () => {
    expect(HELD_OUT.filter((s) => s.expected.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it.each(FAMILIES)('represents the %s family with at least 5 sentences', (family) => {
    expect(HELD_OUT.filter((s) => s.families.includes(family)).length).toBeGreaterThanOrEqual(5);
  });

  it('has drafts on the change, with no metric, and with no deadline, so those fields are scored', () => {
    expect(drafts.filter(({ draft }) => draft.change !== null).length).toBeGreaterThanOrEqual(20);
    expect(drafts.filter(({ draft }) => draft.metric === null).length).toBeGreaterThanOrEqual(3);
    expect(drafts.filter(({ draft }) => draft.windowEnd === null).length).toBeGreaterThanOrEqual(3);
  });
});

describe('first held-out set (spent): well-formed labels', () => {
  it('was frozen on a date, and every sentence was stated before it', () => {
    expect(isIsoDate(FROZEN_ON)).toBe(true);
    for (const s of HELD_OUT) expect(isIsoDate(s.statedOn) && s.statedOn < FROZEN_ON, s.id).toBe(true);
  });

  it('has unique sentence ids and unique company ids', () => {
    expect(new Set(HELD_OUT.map((s) => s.id)).size).toBe(HELD_OUT.length);
    expect(companies.size).toBe(HELD_OUT_COMPANIES.length);
  });

  it('gives every company a valid calendar, an ISO currency and 3 to 8 metrics with unique keys', () => {
    for (const c of HELD_OUT_COMPANIES) {
      expect(calendarProblem(c.calendar), c.id).toBeNull();
      expect(c.currency, c.id).toMatch(/^[A-Z]{3}$/);
      expect(c.metrics.length, c.id).toBeGreaterThanOrEqual(3);
      expect(c.metrics.length, c.id).toBeLessThanOrEqual(8);
      expect(new Set(c.metrics.map((m) => m.key)).size, c.id).toBe(c.metrics.length);
    }
  });

  it('names an existing company in every sentence, and only families it knows', () => {
    for (const s of HELD_OUT) {
      expect(companies.has(s.company), s.id).toBe(true);
      expect(s.families.length, s.id).toBeGreaterThan(0);
      for (const f of s.families) expect(FAMILIES, s.id).toContain(f);
    }
  });

  it('marks a sentence not-guidance exactly when it expects no draft', () => {
    for (const s of HELD_OUT) expect(s.families.includes('not-guidance'), s.id).toBe(s.expected.length === 0);
  });

  it("binds every draft to one of its company's metrics, or to none", () => {
    for (const { sentence, draft } of drafts) {
      if (draft.metric === null || draft.metric === undefined) continue;
      const keys = companyOf(sentence.company).metrics.map((m) => m.key);
      expect(keys, sentence.id).toContain(draft.metric);
    }
  });

  it('ends every window on a date on or after the statement, or not at all', () => {
    for (const { sentence, draft } of drafts) {
      if (draft.windowEnd === null) continue;
      expect(isIsoDate(draft.windowEnd), `${sentence.id}: ${draft.windowEnd}`).toBe(true);
      expect(draft.windowEnd >= sentence.statedOn, sentence.id).toBe(true);
    }
  });

  it('writes values as decimal strings and ranges low to high', () => {
    for (const { sentence, draft } of drafts) {
      for (const v of decimals(draft.target)) expect(v, sentence.id).toMatch(/^-?\d+(\.\d+)?$/);
      if (draft.target.op === 'range') {
        expect(Number(draft.target.low) < Number(draft.target.high), sentence.id).toBe(true);
      }
    }
  });

  it("gives a currency unit only as an ISO code, and a count never the company's currency", () => {
    for (const { sentence, draft } of drafts) {
      if (draft.unit === null) continue;
      expect(['percent', 'count', 'number'].includes(draft.unit) || /^[A-Z]{3}$/.test(draft.unit), sentence.id).toBe(
        true,
      );
      const metric = companyOf(sentence.company).metrics.find((m) => m.key === draft.metric);
      if (metric?.unit === 'count' && draft.change === null) expect(draft.unit, sentence.id).toBe('count');
    }
  });
});
