// Apple's demo statements against the figures Apple filed with the SEC (test/fixtures/sec/apple-companyfacts.json):
// every figure the demo will score is read here from the filing itself, and set against the verdict and margin
// worked out by hand. No database: the scoring core's own functions judge each figure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  APPLE_FISCAL_CALENDAR,
  APPLE_METRICS,
  type AppleStatement,
  appleStatements,
} from '../../src/cli/demo-apple.js';
import { Dec } from '../../src/domain/decimal.js';
import { calendarFromSpec, inferFiscalCalendar, resolvePeriod } from '../../src/domain/fiscal.js';
import type { GoodDirection, Target } from '../../src/domain/model.js';
import { keepsPromise, marginOf, positionOf } from '../../src/domain/target.js';

interface Fact {
  start?: string;
  end: string;
  val: number;
  filed: string;
}
interface CompanyFacts {
  facts: { 'us-gaap': Record<string, { units: Record<string, Fact[]> }> };
}

const companyFacts = JSON.parse(
  readFileSync(new URL('../fixtures/sec/apple-companyfacts.json', import.meta.url), 'utf8'),
) as CompanyFacts;

interface Period {
  start: string;
  end: string;
}

/** The USD amount Apple reported for a concept over exactly this period, as its latest filing gives it. */
function reported(concept: string, period: Period): Dec {
  const facts = companyFacts.facts['us-gaap'][concept]?.units.USD ?? [];
  const matching = facts.filter((f) => f.start === period.start && f.end === period.end);
  const latest = matching.sort((a, b) => a.filed.localeCompare(b.filed)).at(-1);
  if (latest === undefined) throw new Error(`no ${concept} for ${period.start}..${period.end}`);
  return new Dec(latest.val);
}

/** A fourth quarter as analysts derive it: the fiscal year less its first nine months. */
function fourthQuarter(concept: string, year: Period, nineMonthsEnd: string): Dec {
  return reported(concept, year).minus(reported(concept, { start: year.start, end: nineMonthsEnd }));
}

const REVENUE = 'RevenueFromContractWithCustomerExcludingAssessedTax';
const percentOf = (part: Dec, whole: Dec): Dec => part.div(whole).times(100);
const growth = (now: Dec, before: Dec): Dec => now.div(before).minus(1).times(100);

const appleCalendar = calendarFromSpec(APPLE_FISCAL_CALENDAR);

/** A fiscal period of Apple's, as saydo resolves a window given in fiscal shorthand. */
function fiscal(expression: string): Period {
  const result = resolvePeriod(expression, appleCalendar);
  if (!result.ok) throw new Error(result.error);
  return { start: result.period.start, end: result.period.end };
}

const FY2023Q2 = fiscal('FY2023Q2');
const FY2023Q3 = fiscal('FY2023Q3');
const FY2024Q3 = fiscal('FY2024Q3');

/** What the filed figures say each statement observed, and the verdict and margin worked out by hand. */
const byHand: Record<string, { observed: () => Dec; figure: string; position: string; margin: string }> = {
  // 41,976m / 94,836m = 44.26%, inside 43.5-44.5%; 0.24 points under the top: -0.54% of 44.5.
  'fy23q2-gross-margin': {
    observed: () => percentOf(reported('GrossProfit', FY2023Q2), reported(REVENUE, FY2023Q2)),
    figure: '44.2617',
    position: 'within',
    margin: '-0.0054',
  },
  // 39,678m / 85,777m = 46.26%, inside 45.5-46.5%; -0.52% of 46.5.
  'fy24q3-gross-margin': {
    observed: () => percentOf(reported('GrossProfit', FY2024Q3), reported(REVENUE, FY2024Q3)),
    figure: '46.2572',
    position: 'within',
    margin: '-0.0052',
  },
  // 14,326m, inside 14.3-14.5bn; a cost, so the good side is the bottom: 26m over 14.3bn is -0.18%.
  'fy24q3-operating-expenses': {
    observed: () => reported('OperatingExpenses', FY2024Q3),
    figure: '14326000000',
    position: 'within',
    margin: '-0.0018',
  },
  // 85,777m against 81,797m a year earlier: +4.87%, above "low single digits" (1 to under 4%) by 21.6% of 4.
  'fy24q3-revenue-growth': {
    observed: () => growth(reported(REVENUE, FY2024Q3), reported(REVENUE, FY2023Q3)),
    figure: '4.8657',
    position: 'above',
    margin: '0.2164',
  },
};

const METRIC_DIRECTIONS: Record<string, GoodDirection> = Object.fromEntries(
  Object.values(APPLE_METRICS).map((m) => [m.key, m.goodDirection]),
);

/** The statement's target as the scoring core reads it (range bounds inclusive unless said otherwise). */
function targetOf(s: AppleStatement): Target {
  const t = s.body.target;
  if (t.op !== 'range') throw new Error(`${s.key}: only ranges are expected here`);
  return {
    op: 'range',
    low: String(t.low),
    high: String(t.high),
    lowInclusive: t.lowInclusive ?? true,
    highInclusive: t.highInclusive ?? true,
    ...(t.wording === undefined ? {} : { wording: t.wording }),
  };
}

const round4 = (d: Dec): string => d.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toString();

describe("Apple's demo statements, against the figures Apple filed", () => {
  it('has a hand-worked verdict for every statement, and a statement for every verdict', () => {
    expect(appleStatements.map((s) => s.key).sort()).toEqual(Object.keys(byHand).sort());
  });

  it.each(appleStatements.map((s) => [s.key, s] as const))('%s: the filed figure and its verdict', (key, s) => {
    const hand = byHand[key];
    const direction = METRIC_DIRECTIONS[s.body.metric];
    if (hand === undefined || direction === undefined) throw new Error(`${key}: no hand verdict or metric`);
    const observed = hand.observed();
    const target = targetOf(s);
    expect(round4(observed)).toBe(hand.figure);
    expect(positionOf(observed, target)).toBe(hand.position);
    expect(keepsPromise(observed, target, direction)).toBe(true);
    const margin = marginOf(observed, target, direction);
    expect(margin === null ? null : round4(new Dec(margin))).toBe(hand.margin);
  });

  it('reads a sandbagging signal: a mean margin of +5.1%, one statement in four beyond its top', () => {
    const margins = appleStatements.map((s) => {
      const direction = METRIC_DIRECTIONS[s.body.metric] ?? 'neutral';
      return new Dec(marginOf(byHand[s.key]?.observed() ?? new Dec(0), targetOf(s), direction) ?? '0');
    });
    const mean = margins.reduce((a, b) => a.plus(b), new Dec(0)).div(margins.length);
    expect(round4(mean)).toBe('0.051');
    expect(margins.filter((m) => m.gt(0))).toHaveLength(1);
  });

  it('states in each quote every number of its target (billions written out)', () => {
    for (const s of appleStatements) {
      const t = s.body.target;
      if (t.op !== 'range') continue;
      const numbers = [...s.body.quote.matchAll(/(\d+(?:\.\d+)?)(\s*billion)?/g)].map(([, n = '', billion]) =>
        new Dec(n).times(billion ? 1e9 : 1).toString(),
      );
      // "low single digits" has no digits: its bounds are the parser's band, which the statement's notes cite.
      if (numbers.length === 0) expect(s.notes.join(' ')).toContain('src/parser/bands.ts');
      else expect(numbers).toEqual([t.low, t.high]);
    }
  });

  it('gives operating expenses to the importer as the mapping file the demo passes it: OperatingExpenses, a cost', () => {
    const mapping = JSON.parse(
      readFileSync(new URL('../../src/cli/demo-apple-mapping.json', import.meta.url), 'utf8'),
    ) as { metrics: Record<string, { concepts: string[]; goodDirection: string }> };
    const opex = APPLE_METRICS.operatingExpenses;
    expect(mapping.metrics[opex.key]).toMatchObject({
      concepts: ['us-gaap:OperatingExpenses'],
      goodDirection: opex.goodDirection,
    });
  });

  it("is the calendar Apple's own fiscal years and quarters follow (as the importer recognises it)", () => {
    const periods = companyFacts.facts['us-gaap'][REVENUE]?.units.USD ?? [];
    const days = (f: Fact) => (Date.parse(f.end) - Date.parse(f.start ?? f.end)) / 86_400_000 + 1;
    const years = periods.filter((f) => days(f) >= 364 && days(f) <= 371).map((f) => f.end);
    const quarters = periods
      .filter((f) => f.start !== undefined && days(f) >= 91 && days(f) <= 98)
      .map((f) => ({ start: f.start ?? f.end, end: f.end }));
    expect(inferFiscalCalendar(years, quarters)).toEqual(APPLE_FISCAL_CALENDAR);
  });

  it('resolves each window to a quarter Apple reported, and dates each statement before it closed', () => {
    // The quarters the figures above were read for, as the 10-Qs give them: FY2023Q2 ended Saturday 2023-04-01.
    expect([FY2023Q2, FY2024Q3]).toEqual([
      { start: '2023-01-01', end: '2023-04-01' },
      { start: '2024-03-31', end: '2024-06-29' },
    ]);
    for (const s of appleStatements) {
      const window = fiscal(s.body.window.period ?? '');
      expect(s.body.statedOn < window.end, s.key).toBe(true);
    }
  });

  it('quotes the left-out "similar" guidance beside the changes Apple filed (Q4 is the year less nine months)', () => {
    // FY2023Q4 against FY2022Q4, both derived; the June quarter before it.
    const fy2023q4 = fourthQuarter(REVENUE, { start: '2022-09-25', end: '2023-09-30' }, '2023-07-01');
    const fy2022q4 = fourthQuarter(REVENUE, { start: '2021-09-26', end: '2022-09-24' }, '2022-06-25');
    expect([fy2023q4.toString(), fy2022q4.toString()]).toEqual(['89498000000', '90146000000']);
    expect(round4(growth(fy2023q4, fy2022q4))).toBe('-0.7188');
    const juneQuarter = growth(
      reported(REVENUE, FY2023Q3),
      reported(REVENUE, { start: '2022-03-27', end: '2022-06-25' }),
    );
    expect(round4(juneQuarter)).toBe('-1.4007');
    // FY2024Q1 (13 weeks) against FY2023Q1 (14 weeks).
    const fy2024q1 = reported(REVENUE, { start: '2023-10-01', end: '2023-12-30' });
    const fy2023q1 = reported(REVENUE, { start: '2022-09-25', end: '2022-12-31' });
    expect(round4(growth(fy2024q1, fy2023q1))).toBe('2.0665');
  });
});
