import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween } from '../../src/domain/dates.js';
import {
  type FiscalCalendar,
  fiscalLabelOf,
  fiscalQuarter,
  fiscalQuarterOf,
  fiscalYear,
  resolvePeriod,
} from '../../src/domain/fiscal.js';

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
