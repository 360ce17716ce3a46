import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween } from '../../src/domain/dates.js';
import {
  type FiscalCalendar,
  type WeekdayCalendar,
  WEEKDAYS,
  WEEKDAY_RULES,
  calendarFromSpec,
  calendarProblem,
  fiscalHalf,
  fiscalLabelOf,
  fiscalQuarter,
  fiscalQuarterOf,
  fiscalQuartersBetween,
  fiscalYear,
  inferFiscalCalendar,
  resolvePeriod,
  specOfCalendar,
} from '../../src/domain/fiscal.js';
import { defaultPeriodicity, periodicityOf } from '../../src/domain/periodicity.js';

const alibaba: FiscalCalendar = { fiscalYearEndMonth: 3 };
const microsoft: FiscalCalendar = { fiscalYearEndMonth: 6 };
const calendarYear: FiscalCalendar = { fiscalYearEndMonth: 12 };

function span(p: { start: string; end: string }): string {
  return `${p.start}..${p.end}`;
}

describe('fiscal periods are named after the calendar year in which the fiscal year ends', () => {
  it('starts Alibaba FY2027Q1 in April 2026', () => {
    expect(span(fiscalQuarter(alibaba, 2027, 1))).toBe('2026-04-01..2026-06-30');
  });

  it('runs Alibaba FY2026 from April 2025 to March 2026', () => {
    expect(span(fiscalYear(alibaba, 2026))).toBe('2025-04-01..2026-03-31');
  });

  it('ends Alibaba FY2026Q4 in March 2026', () => {
    expect(span(fiscalQuarter(alibaba, 2026, 4))).toBe('2026-01-01..2026-03-31');
  });

  it('puts Microsoft FY2025Q2 in October to December 2024', () => {
    expect(span(fiscalQuarter(microsoft, 2025, 2))).toBe('2024-10-01..2024-12-31');
  });

  it('makes a December fiscal year the calendar year', () => {
    expect(span(fiscalYear(calendarYear, 2026))).toBe('2026-01-01..2026-12-31');
    const cy = resolvePeriod('CY2026', alibaba);
    expect(cy.ok && span(cy.period)).toBe(span(fiscalYear(calendarYear, 2026)));
  });
});

describe('resolvePeriod', () => {
  it.each([
    ['FY2027Q1..FY2027Q2', '2026-04-01..2026-09-30', 'FY2027Q1..FY2027Q2'],
    ['2026-06', '2026-06-01..2026-06-30', '2026-06'],
    ['CY2026', '2026-01-01..2026-12-31', 'CY2026'],
    ['FY27', '2026-04-01..2027-03-31', 'FY2027'],
    ['fy2027h2', '2026-10-01..2027-03-31', 'FY2027H2'],
  ])("resolves '%s' through Alibaba's calendar to %s", (expression, dates, label) => {
    const result = resolvePeriod(expression, alibaba);
    expect(result).toEqual({ ok: true, period: expect.objectContaining({ label }) });
    expect(result.ok && span(result.period)).toBe(dates);
  });

  it.each(['FY2027Q5', '2026-13', 'FY2027Q2..FY2027Q1', 'next year', 'FY2027..FY2028..FY2029', ''])(
    "rejects '%s' with a message",
    (expression) => {
      const result = resolvePeriod(expression, alibaba);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.length).toBeGreaterThan(0);
    },
  );
});

describe('fiscalLabelOf', () => {
  it('names a span that is exactly a fiscal quarter, half or year', () => {
    expect(fiscalLabelOf(alibaba, '2026-07-01', '2026-09-30')).toBe('FY2027Q2');
    expect(fiscalLabelOf(alibaba, '2026-04-01', '2026-09-30')).toBe('FY2027H1');
    expect(fiscalLabelOf(alibaba, '2026-04-01', '2027-03-31')).toBe('FY2027');
  });

  it('gives no name to a span that is not a fiscal period', () => {
    expect(fiscalLabelOf(alibaba, '2026-05-01', '2026-07-31')).toBeNull();
  });
});

describe('fiscal calendar properties', () => {
  const yearEndMonth = fc.integer({ min: 1, max: 12 });
  const fy = fc.integer({ min: 1990, max: 2100 });

  it('tiles every fiscal year with four quarters, with no gap or overlap', () => {
    fc.assert(
      fc.property(yearEndMonth, fy, (month, year) => {
        const cal = { fiscalYearEndMonth: month };
        const quarters = [1, 2, 3, 4].map((q) => fiscalQuarter(cal, year, q));
        const whole = fiscalYear(cal, year);
        expect(quarters[0]?.start).toBe(whole.start);
        expect(quarters[3]?.end).toBe(whole.end);
        for (let i = 0; i < 3; i += 1) expect(addDays(quarters[i]?.end ?? '', 1)).toBe(quarters[i + 1]?.start);
      }),
    );
  });

  it('finds the quarter of every day in it: fiscalQuarterOf inverts fiscalQuarter', () => {
    fc.assert(
      fc.property(
        yearEndMonth,
        fy,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 91 }),
        (month, year, q, offset) => {
          const cal = { fiscalYearEndMonth: month };
          const quarter = fiscalQuarter(cal, year, q);
          const day = addDays(quarter.start, Math.min(offset, daysBetween(quarter.start, quarter.end)));
          expect(fiscalQuarterOf(cal, day)).toEqual({ fiscalYear: year, quarter: q });
          expect(fiscalQuarterOf(cal, quarter.end)).toEqual({ fiscalYear: year, quarter: q });
        },
      ),
    );
  });
});

// 52/53-week calendars. Every date below is a real reported period; sources:
// - Apple (last Saturday of September, 53rd week in Q1): the SEC companyfacts fixture
//   (../shared/fixtures/sec/apple-companyfacts.json): FY2023 quarters 2022-09-25..2022-12-31, 2023-01-01..2023-04-01,
//   2023-04-02..2023-07-01, year 2022-09-25..2023-09-30; FY2024 ends 2024-09-28.
// - NVIDIA (last Sunday of January, 53rd week in Q4): 10-K "for the fiscal year ended January 31, 2021" (53 weeks);
//   10-Q for Q1 FY2021 (period 2020-01-27..2020-04-26), 10-Q for Q3 FY2022 (comparative 2020-07-27..2020-10-25),
//   10-Q for Q1 FY2025 (2024-01-29..2024-04-28), sec.gov/Archives/edgar/data/1045810.
// - Target (Saturday nearest the end of January, 53rd week in Q4): 10-K tgt-20240203, its "fiscal 2023" of 371
//   days, 2023-01-29..2024-02-03 (saydo names it FY2024: its year-end month, January, falls in 2024).
// - Kellogg (Saturday nearest the end of December): fiscal 2020 was a 53-week year ended 2021-01-02.
const apple: WeekdayCalendar = { fiscalYearEndMonth: 9, weekday: 'saturday', rule: 'last', week53Quarter: 1 };
const nvidia: WeekdayCalendar = { fiscalYearEndMonth: 1, weekday: 'sunday', rule: 'last', week53Quarter: 4 };
const target: WeekdayCalendar = { fiscalYearEndMonth: 1, weekday: 'saturday', rule: 'nearest', week53Quarter: 4 };
const kellogg: WeekdayCalendar = { fiscalYearEndMonth: 12, weekday: 'saturday', rule: 'nearest', week53Quarter: 4 };

function resolved(expression: string, cal: FiscalCalendar): string {
  const r = resolvePeriod(expression, cal);
  return r.ok ? span(r.period) : r.error;
}

describe('52/53-week calendars: real periods', () => {
  it.each([
    ['FY2024', '2023-10-01..2024-09-28'],
    ['FY2025Q1', '2024-09-29..2024-12-28'],
    ['FY2023', '2022-09-25..2023-09-30'],
    ['FY2023Q1', '2022-09-25..2022-12-31'],
    ['FY2023Q2', '2023-01-01..2023-04-01'],
    ['FY2023Q3', '2023-04-02..2023-07-01'],
    ['FY2023Q4', '2023-07-02..2023-09-30'],
    ['FY2023H1', '2022-09-25..2023-04-01'],
    ['FY2024Q1..FY2024Q2', '2023-10-01..2024-03-30'],
    ['FY25Q1', '2024-09-29..2024-12-28'],
  ])("resolves Apple's %s to %s", (expression, dates) => {
    expect(resolved(expression, apple)).toBe(dates);
  });

  it('gives Apple FY2023, a 53-week year, its 14th week in Q1', () => {
    const q1 = fiscalQuarter(apple, 2023, 1);
    expect(daysBetween(q1.start, q1.end) + 1).toBe(98);
    expect(daysBetween(fiscalYear(apple, 2023).start, fiscalYear(apple, 2023).end) + 1).toBe(371);
  });

  it.each([
    ['FY2025Q2', '2024-04-29..2024-07-28'],
    ['FY2025Q1', '2024-01-29..2024-04-28'],
    ['FY2025', '2024-01-29..2025-01-26'],
    ['FY2021', '2020-01-27..2021-01-31'],
    ['FY2021Q1', '2020-01-27..2020-04-26'],
    ['FY2021Q3', '2020-07-27..2020-10-25'],
    ['FY2021Q4', '2020-10-26..2021-01-31'],
  ])("resolves NVIDIA's %s to %s", (expression, dates) => {
    expect(resolved(expression, nvidia)).toBe(dates);
  });

  it("resolves the 53-week years of 'nearest' calendars, ending days into the next month", () => {
    expect(resolved('FY2024', target)).toBe('2023-01-29..2024-02-03');
    expect(resolved('FY2024Q4', target)).toBe('2023-10-29..2024-02-03');
    expect(resolved('FY2023', target)).toBe('2022-01-30..2023-01-28');
    expect(resolved('FY2020', kellogg)).toBe('2019-12-29..2021-01-02');
    expect(resolved('FY2021Q1', kellogg)).toBe('2021-01-03..2021-04-03');
  });

  it('finds the fiscal quarter of a date, including the days a year runs into the next month', () => {
    expect(fiscalQuarterOf(apple, '2024-09-28')).toEqual({ fiscalYear: 2024, quarter: 4 });
    expect(fiscalQuarterOf(apple, '2024-09-29')).toEqual({ fiscalYear: 2025, quarter: 1 });
    expect(fiscalQuarterOf(apple, '2022-12-31')).toEqual({ fiscalYear: 2023, quarter: 1 });
    expect(fiscalQuarterOf(nvidia, '2025-01-26')).toEqual({ fiscalYear: 2025, quarter: 4 });
    expect(fiscalQuarterOf(nvidia, '2025-01-27')).toEqual({ fiscalYear: 2026, quarter: 1 });
    expect(fiscalQuarterOf(kellogg, '2021-01-02')).toEqual({ fiscalYear: 2020, quarter: 4 });
    expect(fiscalQuarterOf(target, '2024-02-03')).toEqual({ fiscalYear: 2024, quarter: 4 });
  });

  it("lists a weekday calendar's quarters between two dates and names its periods", () => {
    const quarters = fiscalQuartersBetween(apple, '2022-09-25', '2023-09-30', 10).map((q) => q.label);
    expect(quarters).toEqual(['FY2023Q1', 'FY2023Q2', 'FY2023Q3', 'FY2023Q4']);
    expect(fiscalLabelOf(apple, '2024-09-29', '2024-12-28')).toBe('FY2025Q1');
    expect(fiscalLabelOf(apple, '2024-10-01', '2024-12-31')).toBeNull();
  });

  it('keeps calendar shorthand (CY, months, days) on the calendar', () => {
    expect(resolved('CY2024Q3', apple)).toBe('2024-07-01..2024-09-30');
    expect(resolved('2024-06', nvidia)).toBe('2024-06-01..2024-06-30');
  });

  it('classes 13- and 14-week quarters and 52- and 53-week years by their length, and defaults from shorthand', () => {
    expect(periodicityOf('2022-09-25', '2022-12-31')).toBe('quarter');
    expect(periodicityOf('2024-09-29', '2024-12-28')).toBe('quarter');
    expect(periodicityOf('2022-09-25', '2023-04-01')).toBe('half');
    expect(periodicityOf('2022-09-25', '2023-09-30')).toBe('year');
    expect(defaultPeriodicity('FY2025Q1', 'flow')).toBe('quarter');
  });
});

const weekdayCalendars: fc.Arbitrary<WeekdayCalendar> = fc.record({
  fiscalYearEndMonth: fc.integer({ min: 1, max: 12 }),
  weekday: fc.constantFrom(...WEEKDAYS),
  rule: fc.constantFrom(...WEEKDAY_RULES),
  week53Quarter: fc.integer({ min: 1, max: 4 }),
});

describe('52/53-week calendar properties', () => {
  const fy = fc.integer({ min: 1901, max: 2998 });
  const days = (p: { start: string; end: string }) => daysBetween(p.start, p.end) + 1;

  it('has 52 or 53 whole weeks in every year, ending on its weekday, and consecutive years tile', () => {
    fc.assert(
      fc.property(weekdayCalendars, fy, (cal, year) => {
        const whole = fiscalYear(cal, year);
        expect([364, 371]).toContain(days(whole));
        expect(WEEKDAYS[new Date(`${whole.end}T00:00:00Z`).getUTCDay()]).toBe(cal.weekday);
        expect(addDays(whole.end, 1)).toBe(fiscalYear(cal, year + 1).start);
        // Named after the calendar year its year-end month falls in: within three days of that month.
        const monthEnd = new Date(Date.UTC(year, cal.fiscalYearEndMonth, 0)).toISOString().slice(0, 10);
        const off = daysBetween(monthEnd, whole.end);
        expect(off).toBeLessThanOrEqual(cal.rule === 'last' ? 0 : 3);
        expect(off).toBeGreaterThanOrEqual(cal.rule === 'last' ? -6 : -3);
      }),
    );
  });

  it('tiles every year with four 13-week quarters and the 53rd week in week53Quarter; halves are two quarters', () => {
    fc.assert(
      fc.property(weekdayCalendars, fy, (cal, year) => {
        const whole = fiscalYear(cal, year);
        const quarters = [1, 2, 3, 4].map((q) => fiscalQuarter(cal, year, q));
        expect(quarters[0]?.start).toBe(whole.start);
        expect(quarters[3]?.end).toBe(whole.end);
        for (let i = 0; i < 3; i += 1) expect(addDays(quarters[i]?.end ?? '', 1)).toBe(quarters[i + 1]?.start);
        const long = days(whole) === 371;
        quarters.forEach((q, i) => expect(days(q)).toBe(long && i + 1 === cal.week53Quarter ? 98 : 91));
        expect(span(fiscalHalf(cal, year, 1))).toBe(`${quarters[0]?.start}..${quarters[1]?.end}`);
        expect(span(fiscalHalf(cal, year, 2))).toBe(`${quarters[2]?.start}..${quarters[3]?.end}`);
      }),
    );
  });

  it('finds the quarter of every day in it', () => {
    fc.assert(
      fc.property(weekdayCalendars, fy, fc.integer({ min: 1, max: 4 }), fc.nat(97), (cal, year, q, offset) => {
        const quarter = fiscalQuarter(cal, year, q);
        const day = addDays(quarter.start, Math.min(offset, days(quarter) - 1));
        expect(fiscalQuarterOf(cal, day)).toEqual({ fiscalYear: year, quarter: q });
      }),
    );
  });

  it('recognises the calendar from its own year ends, and the quarter of a 14-week quarter', () => {
    fc.assert(
      fc.property(weekdayCalendars, fc.integer({ min: 1950, max: 2090 }), (cal, from) => {
        const years = Array.from({ length: 8 }, (_, i) => fiscalYear(cal, from + i));
        const inferred = inferFiscalCalendar(
          years.map((y) => y.end),
          years.flatMap((_, i) => [1, 2, 3, 4].map((q) => fiscalQuarter(cal, from + i, q))),
        );
        expect(inferred).not.toBeNull();
        // Both rules can fit when every end falls in a month's last four days; the years they give then agree.
        const back = calendarFromSpec(inferred ?? { type: 'month-end', yearEndMonth: 1 });
        for (let i = 0; i < 8; i += 1) {
          expect(span(fiscalYear(back, from + i))).toBe(span(years[i] ?? { start: '', end: '' }));
          for (const q of [1, 2, 3, 4])
            expect(span(fiscalQuarter(back, from + i, q))).toBe(span(fiscalQuarter(cal, from + i, q)));
        }
      }),
    );
  });
});

describe('inferFiscalCalendar', () => {
  const appleEnds = ['2020-09-26', '2021-09-25', '2022-09-24', '2023-09-30', '2024-09-28'];

  it("recognises Apple's last Saturday of September from its reported year ends", () => {
    expect(inferFiscalCalendar(appleEnds)).toEqual({
      type: 'weekday',
      weekday: 'saturday',
      month: 9,
      rule: 'last',
      week53Quarter: 4,
    });
  });

  it("takes the 53rd week's quarter from a reported 14-week quarter (Apple's FY2023 Q1)", () => {
    const quarters = [
      { start: '2022-09-25', end: '2022-12-31' },
      { start: '2023-01-01', end: '2023-04-01' },
    ];
    expect(inferFiscalCalendar(appleEnds, quarters)).toMatchObject({ week53Quarter: 1 });
  });

  it("recognises 'nearest' when an end falls in the next month or a week before the month ends", () => {
    // Target: 2022-01-29, 2023-01-28, 2024-02-03 (10-K filings).
    expect(inferFiscalCalendar(['2022-01-29', '2023-01-28', '2024-02-03'])).toEqual({
      type: 'weekday',
      weekday: 'saturday',
      month: 1,
      rule: 'nearest',
      week53Quarter: 4,
    });
    expect(inferFiscalCalendar(['2021-01-02', '2022-01-01'])).toMatchObject({ month: 12, rule: 'nearest' });
  });

  it('recognises a month-end calendar, in any order and with repeats', () => {
    expect(inferFiscalCalendar(['2025-03-31', '2024-03-31', '2025-03-31'])).toEqual({
      type: 'month-end',
      yearEndMonth: 3,
    });
    expect(inferFiscalCalendar(['2023-02-28', '2024-02-29'])).toEqual({ type: 'month-end', yearEndMonth: 2 });
  });

  it('answers null for ends no calendar fits', () => {
    expect(inferFiscalCalendar([])).toBeNull();
    expect(inferFiscalCalendar(['2024-09-28', '2025-09-20'])).toBeNull(); // not the last Saturday
    expect(inferFiscalCalendar(['2024-09-28', '2024-12-28'])).toBeNull(); // a quarter apart
    expect(inferFiscalCalendar(['2024-06-30', '2025-09-27'])).toBeNull(); // two months
    expect(inferFiscalCalendar(['not a date'])).toBeNull();
  });
});

describe('calendar shapes', () => {
  it('converts between the API shape and the domain calendar both ways', () => {
    const spec = { type: 'weekday', weekday: 'sunday', month: 1, rule: 'last', week53Quarter: 4 } as const;
    expect(calendarFromSpec(spec)).toEqual(nvidia);
    expect(specOfCalendar(nvidia)).toEqual(spec);
    expect(specOfCalendar(alibaba)).toEqual({ type: 'month-end', yearEndMonth: 3 });
    expect(calendarFromSpec({ type: 'month-end', yearEndMonth: 3 })).toEqual(alibaba);
  });

  it('names the field that is wrong', () => {
    expect(calendarProblem(apple)).toBeNull();
    expect(calendarProblem({ ...apple, fiscalYearEndMonth: 13 })).toMatch(/fiscalYearEndMonth/);
    expect(calendarProblem({ ...apple, weekday: 'caturday' as never })).toMatch(/weekday/);
    expect(calendarProblem({ ...apple, rule: 'first' as never })).toMatch(/rule/);
    expect(calendarProblem({ ...apple, week53Quarter: 5 })).toMatch(/week53Quarter/);
  });
});
