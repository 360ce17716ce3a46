// The held-out set's shape only: what issue 18 asks of it (size, spread of companies, currencies, calendars and
// families), that it shares no company or sentence with the sets the parser is tuned on, and that its labels are
// well formed. It never runs the parser: the set is measured once, elsewhere.
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/domain/dates.js';
import { calendarKey, calendarProblem, fiscalQuarter, fiscalQuarterOf } from '../../../src/domain/fiscal.js';
import { COMMITMENTS, CHANGE_MEASURES, COMPARISON_BASES } from '../../../src/domain/model.js';
import { DEVELOPMENT, DEVELOPMENT_COMPANIES } from './development.js';
import { HELD_OUT as FIRST_HELD_OUT, HELD_OUT_COMPANIES as FIRST_HELD_OUT_COMPANIES } from './first-held-out.js';
import { FROZEN_ON, HELD_OUT, HELD_OUT_COMPANIES } from './second-held-out.js';
import { FAMILIES, type LabelledTarget } from './labels.js';

const companies = new Map(HELD_OUT_COMPANIES.map((c) => [c.id, c]));
const drafts = HELD_OUT.flatMap((s) => s.expected.map((d) => ({ sentence: s, draft: d })));
const guidance = HELD_OUT.filter((s) => s.expected.length > 0);

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

/** A company name reduced to the words that tell it apart ("Marks and Spencer Group" -> "marks spencer"). */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !['and', 'the', 'group', 'holdings', 'holding', 'inc', 'plc', 'co', 'corp'].includes(w))
    .join(' ');
}

describe('held-out set: what the issue asks of its size and spread', () => {
  it('has at least 130 sentences from at least 30 companies', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(130);
    expect(new Set(HELD_OUT.map((s) => s.company)).size).toBeGreaterThanOrEqual(30);
  });

  it('spans at least 5 currencies and 6 calendars, at least two of them 52/53-week', () => {
    const used = HELD_OUT.map((s) => companyOf(s.company));
    expect(new Set(used.map((c) => c.currency)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(used.map((c) => calendarKey(c.calendar))).size).toBeGreaterThanOrEqual(6);
    expect(used.some((c) => c.calendar.weekday === undefined)).toBe(true);
    const weekdayCalendars = new Set(
      used.filter((c) => c.calendar.weekday !== undefined).map((c) => calendarKey(c.calendar)),
    );
    expect(weekdayCalendars.size).toBeGreaterThanOrEqual(2);
  });

  it('has at least 35 sentences that are not guidance, and at least 90 that are', () => {
    expect(HELD_OUT.length - guidance.length).toBeGreaterThanOrEqual(35);
    expect(guidance.length).toBeGreaterThanOrEqual(90);
  });

  it.each(FAMILIES)('represents the %s family with at least 8 sentences', (family) => {
    expect(HELD_OUT.filter((s) => s.families.includes(family)).length).toBeGreaterThanOrEqual(8);
  });

  it('weights toward deadlines written as modifiers, the most harmful failure', () => {
    expect(HELD_OUT.filter((s) => s.families.includes('deadline-modifier')).length).toBeGreaterThanOrEqual(40);
  });

  it('has drafts on the change (both measures), with no metric, and with no deadline, so those fields are scored', () => {
    expect(drafts.filter(({ draft }) => draft.change?.kind === 'relative').length).toBeGreaterThanOrEqual(20);
    expect(drafts.filter(({ draft }) => draft.change?.kind === 'absolute').length).toBeGreaterThanOrEqual(8);
    expect(drafts.filter(({ draft }) => draft.change?.against === 'prior-period').length).toBeGreaterThanOrEqual(3);
    expect(drafts.filter(({ draft }) => draft.metric === null).length).toBeGreaterThanOrEqual(3);
    expect(drafts.filter(({ draft }) => draft.windowEnd === null).length).toBeGreaterThanOrEqual(3);
  });
});

describe('held-out set: nothing shared with the sets the parser is tuned on', () => {
  const tunedOn = [...DEVELOPMENT_COMPANIES, ...FIRST_HELD_OUT_COMPANIES];

  it('shares no company id or name with the development or first held-out set', () => {
    const ids = new Set(tunedOn.map((c) => c.id));
    const names = new Set(tunedOn.map((c) => nameKey(c.name)));
    for (const c of HELD_OUT_COMPANIES) {
      expect(ids.has(c.id), c.id).toBe(false);
      expect(names.has(nameKey(c.name)), c.name).toBe(false);
    }
  });

  it('shares no sentence with them', () => {
    const quotes = new Set([...DEVELOPMENT, ...FIRST_HELD_OUT].map((s) => s.quote.trim().toLowerCase()));
    for (const s of HELD_OUT) expect(quotes.has(s.quote.trim().toLowerCase()), s.id).toBe(false);
    expect(new Set(HELD_OUT.map((s) => s.quote)).size).toBe(HELD_OUT.length);
  });
});

describe('held-out set: well-formed labels', () => {
  it('was frozen on 2026-12-02, and every sentence was stated before it', () => {
    expect(FROZEN_ON).toBe('2026-12-02');
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

  it('gives every draft of a deadline-modifier sentence a deadline', () => {
    for (const s of HELD_OUT.filter((x) => x.families.includes('deadline-modifier'))) {
      for (const d of s.expected) expect(d.windowEnd, s.id).not.toBeNull();
    }
  });

  it("binds every draft to one of its company's metrics, or to none", () => {
    for (const { sentence, draft } of drafts) {
      if (draft.metric === null || draft.metric === undefined) continue;
      const keys = companyOf(sentence.company).metrics.map((m) => m.key);
      expect(keys, sentence.id).toContain(draft.metric);
    }
  });

  it("ends every window on a fiscal period end of the company's calendar, on or after the statement", () => {
    for (const { sentence, draft } of drafts) {
      if (draft.windowEnd === null) continue;
      expect(isIsoDate(draft.windowEnd), `${sentence.id}: ${draft.windowEnd}`).toBe(true);
      expect(draft.windowEnd >= sentence.statedOn, sentence.id).toBe(true);
      const cal = companyOf(sentence.company).calendar;
      const { fiscalYear, quarter } = fiscalQuarterOf(cal, draft.windowEnd);
      expect(fiscalQuarter(cal, fiscalYear, quarter).end, `${sentence.id}: ${draft.windowEnd}`).toBe(draft.windowEnd);
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

  it('uses only commitments and change shapes the domain knows', () => {
    for (const { sentence, draft } of drafts) {
      expect(COMMITMENTS, sentence.id).toContain(draft.commitment);
      if (draft.change === null) continue;
      expect(CHANGE_MEASURES, sentence.id).toContain(draft.change.kind);
      expect(COMPARISON_BASES, sentence.id).toContain(draft.change.against);
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
