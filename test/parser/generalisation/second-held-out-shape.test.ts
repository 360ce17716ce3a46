// The held-out set's shape only: what issue 18 asks of it (size, spread of companies, currencies, calendars and
// families), that it shares no company or sentence with the sets the parser is tuned on, and that its labels are
// well formed. It never runs the parser: the set is measured once, elsewhere. The checks themselves are shared
// with the other held-out sets' shape tests (./held-out-shape.ts).
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT, DEVELOPMENT_COMPANIES } from './development.js';
import { HELD_OUT as FIRST_HELD_OUT, HELD_OUT_COMPANIES as FIRST_HELD_OUT_COMPANIES } from './first-held-out.js';
import { FROZEN_ON, HELD_OUT, HELD_OUT_COMPANIES } from './second-held-out.js';
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

const set: ShapeSet = { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT };
const guidance = guidanceOf(set);

describe('held-out set: what the issue asks of its size and spread', () => {
  it('has at least 130 sentences from at least 30 companies', () => {
    expectSize(set, { sentences: 130, companies: 30 });
  });

  it('spans at least 5 currencies and 6 calendars, at least two of them 52/53-week', () => {
    expectSpread(set, { currencies: 5, calendars: 6, weekdayCalendars: 2 });
  });

  it('has at least 35 sentences that are not guidance, and at least 90 that are', () => {
    expect(HELD_OUT.length - guidance.length).toBeGreaterThanOrEqual(35);
    expect(guidance.length).toBeGreaterThanOrEqual(90);
  });

  it.each(FAMILIES)('represents the %s family with at least 8 sentences', (family) => {
    expectFamily(set, family, 8);
  });

  it('weights toward deadlines written as modifiers, the most harmful failure', () => {
    expectFamily(set, 'deadline-modifier', 40);
  });

  it('has drafts on the change (both measures), with no metric, and with no deadline, so those fields are scored', () => {
    expectDrafts(set, (d) => d.change?.kind === 'relative', 20);
    expectDrafts(set, (d) => d.change?.kind === 'absolute', 8);
    expectDrafts(set, (d) => d.change?.against === 'prior-period', 3);
    expectDrafts(set, (d) => d.metric === null, 3);
    expectDrafts(set, (d) => d.windowEnd === null, 3);
  });
});

describe('held-out set: nothing shared with the sets the parser is tuned on', () => {
  it('shares no company id or name with the development or first held-out set', () => {
    expectNoSharedCompany(set, [...DEVELOPMENT_COMPANIES, ...FIRST_HELD_OUT_COMPANIES]);
  });

  it('shares no sentence with them', () => {
    expectNoSharedSentence(set, [...DEVELOPMENT, ...FIRST_HELD_OUT]);
  });
});

describe('held-out set: well-formed labels', () => {
  it('was frozen on 2026-12-02, and every sentence was stated before it', () => {
    expect(FROZEN_ON).toBe('2026-12-02');
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
