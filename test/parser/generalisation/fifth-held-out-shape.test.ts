// The fifth held-out set's shape only (./fifth-held-out.ts, frozen on 2026-12-03 before any further tuning, measured
// once at stop 25 and spent since): what issue 18 and the brief for this set ask of it (size, companies new to every other set, spread of
// currencies, calendars and families, weight on deadlines written as modifiers), that it shares no company or
// sentence with the sets the parser is tuned on (development, and the spent first, second, third and fourth held-out
// sets), and that its labels are well formed. It never runs the parser: the set is measured once, elsewhere (npm run
// parser:score -- held-out).
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT, DEVELOPMENT_COMPANIES } from './development.js';
import { HELD_OUT as FIRST_HELD_OUT, HELD_OUT_COMPANIES as FIRST_HELD_OUT_COMPANIES } from './first-held-out.js';
import { HELD_OUT as FOURTH_HELD_OUT, HELD_OUT_COMPANIES as FOURTH_HELD_OUT_COMPANIES } from './fourth-held-out.js';
import { FROZEN_ON, HELD_OUT, HELD_OUT_COMPANIES } from './fifth-held-out.js';
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
import { FAMILIES } from './labels.js';
import { HELD_OUT as SECOND_HELD_OUT, HELD_OUT_COMPANIES as SECOND_HELD_OUT_COMPANIES } from './second-held-out.js';
import { HELD_OUT as THIRD_HELD_OUT, HELD_OUT_COMPANIES as THIRD_HELD_OUT_COMPANIES } from './third-held-out.js';

const set: ShapeSet = { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT };
const guidance = guidanceOf(set);

describe('fifth held-out set: what is asked of its size and spread', () => {
  it('has at least 130 sentences from at least 40 companies', () => {
    expectSize(set, { sentences: 130, companies: 40 });
  });

  it('spans at least 6 currencies and 10 calendars, at least six of them 52/53-week', () => {
    expectSpread(set, { currencies: 6, calendars: 10, weekdayCalendars: 6 });
  });

  it('has at least 35 sentences that are not guidance, and at least 100 that are', () => {
    expect(HELD_OUT.length - guidance.length).toBeGreaterThanOrEqual(35);
    expect(guidance.length).toBeGreaterThanOrEqual(100);
  });

  it.each(FAMILIES)('represents the %s family with at least 7 sentences', (family) => {
    expectFamily(set, family, 7);
  });

  it('weights toward deadlines written as modifiers, the most harmful failure (at least 50 sentences)', () => {
    expectFamily(set, 'deadline-modifier', 50);
  });

  it('has drafts on the change (both measures, both bases) and with no deadline, so those fields are scored', () => {
    expectDrafts(set, (d) => d.change?.kind === 'relative', 30);
    expectDrafts(set, (d) => d.change?.kind === 'absolute', 8);
    expectDrafts(set, (d) => d.change?.against === 'prior-period', 1);
    expectDrafts(set, (d) => d.windowEnd === null, 5);
  });
});

describe('fifth held-out set: nothing shared with the other sets', () => {
  it('shares no company id or name with the development, first, second, third or fourth held-out set', () => {
    expectNoSharedCompany(set, [
      ...DEVELOPMENT_COMPANIES,
      ...FIRST_HELD_OUT_COMPANIES,
      ...SECOND_HELD_OUT_COMPANIES,
      ...THIRD_HELD_OUT_COMPANIES,
      ...FOURTH_HELD_OUT_COMPANIES,
    ]);
  });

  it('shares no sentence with them', () => {
    expectNoSharedSentence(set, [
      ...DEVELOPMENT,
      ...FIRST_HELD_OUT,
      ...SECOND_HELD_OUT,
      ...THIRD_HELD_OUT,
      ...FOURTH_HELD_OUT,
    ]);
  });
});

describe('fifth held-out set: well-formed labels', () => {
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
});
