// The held-out set's shape only: what issue 18 asks of it (size, spread of companies, currencies, calendars and
// families) and that its labels are well formed. It never runs the parser: the set is measured once, elsewhere.
// The checks themselves are shared with the other held-out sets' shape tests (./held-out-shape.ts).
import { describe, expect, it } from 'vitest';
import { FROZEN_ON, HELD_OUT, HELD_OUT_COMPANIES } from './first-held-out.js';
import {
  expectDecimalValues,
  expectDrafts,
  expectFamily,
  expectKnownCompaniesAndFamilies,
  expectMetricsOfCompany,
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

describe('first held-out set (spent): what the issue asks of its size and spread', () => {
  it('has at least 110 sentences from at least 30 companies', () => {
    expectSize(set, { sentences: 110, companies: 30 });
  });

  it('spans at least 5 currencies and 6 calendars, month-end and 52/53-week both', () => {
    expectSpread(set, { currencies: 5, calendars: 6, weekdayCalendars: 1 });
  });

  it('has at least 20 sentences that are not guidance', () => {
    expect(HELD_OUT.length - guidanceOf(set).length).toBeGreaterThanOrEqual(20);
  });

  it.each(FAMILIES)('represents the %s family with at least 5 sentences', (family) => {
    expectFamily(set, family, 5);
  });

  it('has drafts on the change, with no metric, and with no deadline, so those fields are scored', () => {
    expectDrafts(set, (d) => d.change !== null, 20);
    expectDrafts(set, (d) => d.metric === null, 3);
    expectDrafts(set, (d) => d.windowEnd === null, 3);
  });
});

describe('first held-out set (spent): well-formed labels', () => {
  it('was frozen on a date, and every sentence was stated before it', () => {
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

  it("binds every draft to one of its company's metrics, or to none", () => {
    expectMetricsOfCompany(set);
  });

  it('ends every window on a date on or after the statement, or not at all', () => {
    expectWindowEnds(set, { onFiscalQuarterEnd: false });
  });

  it('writes values as decimal strings and ranges low to high', () => {
    expectDecimalValues(set);
  });

  it("gives a currency unit only as an ISO code, and a count never the company's currency", () => {
    expectUnits(set);
  });
});
