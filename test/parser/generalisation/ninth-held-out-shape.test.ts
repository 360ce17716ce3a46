// The ninth held-out set's shape only (./ninth-held-out.ts, frozen on 2026-12-03 before any further tuning,
// written at the same time as the eighth set by a different writer who read neither): what issue 18 and the brief
// for this set ask of it (size, companies new to every other set, spread of currencies, calendars and families,
// weight on deadlines written as modifiers), that it shares no company or sentence with the development set or the
// first to seventh held-out sets, and that its labels are well formed. It never runs the parser.
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT, DEVELOPMENT_COMPANIES } from './development.js';
import { HELD_OUT as FIFTH_HELD_OUT, HELD_OUT_COMPANIES as FIFTH_HELD_OUT_COMPANIES } from './fifth-held-out.js';
import { HELD_OUT as FIRST_HELD_OUT, HELD_OUT_COMPANIES as FIRST_HELD_OUT_COMPANIES } from './first-held-out.js';
import { HELD_OUT as FOURTH_HELD_OUT, HELD_OUT_COMPANIES as FOURTH_HELD_OUT_COMPANIES } from './fourth-held-out.js';
import {
  expectDecimalValues,
  expectDrafts,
  expectFamily,
  expectKnownCommitmentsAndChanges,
  expectKnownCompaniesAndFamilies,
  expectMetricsOfCompany,
  expectModifierDeadlines,
  expectNoSharedCompany,
  expectNoSharedSentence,
  expectNotGuidanceExactlyWhenEmpty,
  expectSize,
  expectSpread,
  expectStatedBefore,
  expectUniqueIds,
  expectUnits,
  expectWellFormedCompanies,
  expectWindowEnds,
  guidanceOf,
  type ShapeSet,
} from './held-out-shape.js';
import { HELD_OUT as EIGHTH_HELD_OUT, HELD_OUT_COMPANIES as EIGHTH_HELD_OUT_COMPANIES } from './held-out.js';
import { FAMILIES } from './labels.js';
import { FROZEN_ON, HELD_OUT, HELD_OUT_COMPANIES } from './ninth-held-out.js';
import { HELD_OUT as SECOND_HELD_OUT, HELD_OUT_COMPANIES as SECOND_HELD_OUT_COMPANIES } from './second-held-out.js';
import { HELD_OUT as SEVENTH_HELD_OUT, HELD_OUT_COMPANIES as SEVENTH_HELD_OUT_COMPANIES } from './seventh-held-out.js';
import { HELD_OUT as SIXTH_HELD_OUT, HELD_OUT_COMPANIES as SIXTH_HELD_OUT_COMPANIES } from './sixth-held-out.js';
import { HELD_OUT as THIRD_HELD_OUT, HELD_OUT_COMPANIES as THIRD_HELD_OUT_COMPANIES } from './third-held-out.js';

const set: ShapeSet = { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT };
const guidance = guidanceOf(set);

describe('ninth held-out set: what is asked of its size and spread', () => {
  it('has at least 150 sentences from at least 45 companies', () => {
    expectSize(set, { sentences: 150, companies: 45 });
  });

  it('spans at least 8 currencies and 12 calendars, at least six of them 52/53-week', () => {
    expectSpread(set, { currencies: 8, calendars: 12, weekdayCalendars: 6 });
  });

  it('has at least 40 sentences that are not guidance, and at least 100 that are', () => {
    expect(HELD_OUT.length - guidance.length).toBeGreaterThanOrEqual(40);
    expect(guidance.length).toBeGreaterThanOrEqual(100);
  });

  it.each(FAMILIES)('represents the %s family with at least 8 sentences', (family) => {
    expectFamily(set, family, 8);
  });

  it('weights toward deadlines written as modifiers, the most harmful failure (at least 50 sentences)', () => {
    expectFamily(set, 'deadline-modifier', 50);
  });

  it('has drafts on the change (both measures, both bases) and with no deadline, so those fields are scored', () => {
    expectDrafts(set, (d) => d.change?.kind === 'relative', 25);
    expectDrafts(set, (d) => d.change?.kind === 'absolute', 8);
    expectDrafts(set, (d) => d.change?.against === 'prior-period', 2);
    expectDrafts(set, (d) => d.windowEnd === null, 5);
  });
});

describe('ninth held-out set: nothing shared with the other sets', () => {
  it('shares no company id or name with the development set or the first to seventh held-out sets', () => {
    expectNoSharedCompany(set, [
      ...DEVELOPMENT_COMPANIES,
      ...FIRST_HELD_OUT_COMPANIES,
      ...SECOND_HELD_OUT_COMPANIES,
      ...THIRD_HELD_OUT_COMPANIES,
      ...FOURTH_HELD_OUT_COMPANIES,
      ...FIFTH_HELD_OUT_COMPANIES,
      ...SIXTH_HELD_OUT_COMPANIES,
      ...SEVENTH_HELD_OUT_COMPANIES,
    ]);
  });

  it('shares no sentence with them', () => {
    expectNoSharedSentence(set, [
      ...DEVELOPMENT,
      ...FIRST_HELD_OUT,
      ...SECOND_HELD_OUT,
      ...THIRD_HELD_OUT,
      ...FOURTH_HELD_OUT,
      ...FIFTH_HELD_OUT,
      ...SIXTH_HELD_OUT,
      ...SEVENTH_HELD_OUT,
    ]);
  });
});

describe('ninth held-out set: what it shares with the eighth, written at the same time', () => {
  // The two writers worked at once and neither read the other's set; they chose ten of the same companies, found at
  // merge, before either set was measured. Both are measured together, with the same parser, so neither was tuned
  // on the other's; each keeps its own metrics for them. No further company or sentence may be shared.
  const SHARED = [
    'campari',
    'falabella',
    'fisher-paykel',
    'galaxy-entertainment',
    'kesko',
    'lojas-renner',
    'mediatek',
    'murata',
    'shake-shack',
    'techtronic',
  ];

  it('shares only those ten companies with it, by id or name', () => {
    const norm = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
    const ids = new Set(EIGHTH_HELD_OUT_COMPANIES.map((c) => c.id));
    const names = new Set(EIGHTH_HELD_OUT_COMPANIES.map((c) => norm(c.name)));
    const shared = HELD_OUT_COMPANIES.filter((c) => ids.has(c.id) || names.has(norm(c.name))).map((c) => c.id);
    expect(shared.sort()).toEqual(SHARED);
  });

  it('shares no sentence with it', () => {
    expectNoSharedSentence(set, EIGHTH_HELD_OUT);
  });
});

describe('ninth held-out set: well-formed labels', () => {
  it('was frozen on 2026-12-03, and every sentence was stated before it', () => {
    expect(FROZEN_ON).toBe('2026-12-03');
    expectStatedBefore(set, FROZEN_ON);
  });

  it('has unique sentence ids and unique company ids', () => {
    expectUniqueIds(set);
  });

  it('gives every company a valid calendar, an ISO currency and 3 to 8 metrics with unique keys', () => {
    expectWellFormedCompanies(set);
  });

  it('names an existing company in every sentence, and only families it knows', () => {
    expectKnownCompaniesAndFamilies(set);
  });

  it('marks a sentence not-guidance exactly when it expects no draft', () => {
    expectNotGuidanceExactlyWhenEmpty(set);
  });

  it('gives every draft of a deadline-modifier sentence a deadline', () => {
    expectModifierDeadlines(set);
  });

  it("binds every draft to one of its company's metrics, or to none", () => {
    expectMetricsOfCompany(set);
  });

  it("ends every window on a fiscal period end of the company's calendar, on or after the statement", () => {
    expectWindowEnds(set, { onFiscalQuarterEnd: true });
  });

  it('writes values as decimal strings and ranges low to high', () => {
    expectDecimalValues(set);
  });

  it('uses only commitments and change shapes the domain knows', () => {
    expectKnownCommitmentsAndChanges(set);
  });

  it("gives a currency unit only as an ISO code, and a count never the company's currency", () => {
    expectUnits(set);
  });

  it("uses only sentence ids of this set's form", () => {
    for (const s of HELD_OUT) expect(s.id).toMatch(/^h9-\d{3}$/);
  });
});
