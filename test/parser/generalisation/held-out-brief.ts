// The brief a held-out set is written to, as one suite of shape tests: what issue 18 asks of its size and spread,
// that it shares no company or sentence with the sets written before it, and that its labels are well formed. Each
// set's shape test file calls `describeHeldOutShape` with its own thresholds (the checks are ./held-out-shape.ts).
// Nothing here runs the parser.
import { describe, expect, it } from 'vitest';
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
import type { LabelledSet } from './labelled-sets.js';

/** What a held-out set was asked for: the least of each. */
export interface HeldOutBrief {
  frozenOn: string;
  sentences: number;
  companies: number;
  currencies: number;
  calendars: number;
  weekdayCalendars: number;
  notGuidance: number;
  guidance: number;
  perFamily: number;
  deadlineModifiers: number;
  relativeChanges: number;
  absoluteChanges: number;
  priorPeriodChanges: number;
  noDeadline: number;
}

/** The brief the seventh, eighth and ninth sets were written to (frozen on 2026-12-03). */
export const BRIEF_OF_2026_12_03: HeldOutBrief = {
  frozenOn: '2026-12-03',
  sentences: 150,
  companies: 45,
  currencies: 8,
  calendars: 12,
  weekdayCalendars: 6,
  notGuidance: 40,
  guidance: 100,
  perFamily: 8,
  deadlineModifiers: 50,
  relativeChanges: 25,
  absoluteChanges: 8,
  priorPeriodChanges: 2,
  noDeadline: 5,
};

/** The same brief, for a set frozen on 2026-12-04 (the fifteenth). */
export const BRIEF_OF_2026_12_04: HeldOutBrief = { ...BRIEF_OF_2026_12_03, frozenOn: '2026-12-04' };

export function describeHeldOutShape(
  name: string,
  set: ShapeSet & { frozenOn: string },
  brief: HeldOutBrief,
  earlier: readonly LabelledSet[],
): void {
  const guidance = guidanceOf(set);

  describe(`${name} held-out set: what is asked of its size and spread`, () => {
    it(`has at least ${brief.sentences} sentences from at least ${brief.companies} companies`, () => {
      expectSize(set, { sentences: brief.sentences, companies: brief.companies });
    });

    it(`spans at least ${brief.currencies} currencies and ${brief.calendars} calendars, at least ${brief.weekdayCalendars} of them 52/53-week`, () => {
      expectSpread(set, {
        currencies: brief.currencies,
        calendars: brief.calendars,
        weekdayCalendars: brief.weekdayCalendars,
      });
    });

    it(`has at least ${brief.notGuidance} sentences that are not guidance, and at least ${brief.guidance} that are`, () => {
      expect(set.sentences.length - guidance.length).toBeGreaterThanOrEqual(brief.notGuidance);
      expect(guidance.length).toBeGreaterThanOrEqual(brief.guidance);
    });

    it.each(FAMILIES)(`represents the %s family with at least ${brief.perFamily} sentences`, (family) => {
      expectFamily(set, family, brief.perFamily);
    });

    it(`weights toward deadlines written as modifiers, the most harmful failure (at least ${brief.deadlineModifiers} sentences)`, () => {
      expectFamily(set, 'deadline-modifier', brief.deadlineModifiers);
    });

    it('has drafts on the change (both measures, both bases) and with no deadline, so those fields are scored', () => {
      expectDrafts(set, (d) => d.change?.kind === 'relative', brief.relativeChanges);
      expectDrafts(set, (d) => d.change?.kind === 'absolute', brief.absoluteChanges);
      expectDrafts(set, (d) => d.change?.against === 'prior-period', brief.priorPeriodChanges);
      expectDrafts(set, (d) => d.windowEnd === null, brief.noDeadline);
    });
  });

  describe(`${name} held-out set: nothing shared with the sets before it`, () => {
    const names = earlier.map((e) => e.name).join(', ');
    it(`shares no company id or name with ${names}`, () => {
      expectNoSharedCompany(
        set,
        earlier.flatMap((e) => e.companies),
      );
    });

    it('shares no sentence with them', () => {
      expectNoSharedSentence(
        set,
        earlier.flatMap((e) => e.sentences),
      );
    });
  });

  describe(`${name} held-out set: well-formed labels`, () => {
    it(`was frozen on ${brief.frozenOn}, and every sentence was stated before it`, () => {
      expect(set.frozenOn).toBe(brief.frozenOn);
      expectStatedBefore(set, set.frozenOn);
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
}
