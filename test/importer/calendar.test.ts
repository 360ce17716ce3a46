// Recognising a company's fiscal calendar from the fiscal years and quarters it reported (the rules themselves are
// specified in test/domain/fiscal.test.ts).
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates.js';
import type { FiscalCalendarSpec } from '../../src/domain/fiscal.js';
import { fiscalLabel, recogniseCalendar } from '../../src/importer/calendar.js';
import type { Span } from '../../src/importer/periods.js';
import { selectApple } from './apple.js';

/** Consecutive fiscal years from their ends: each starts the day after the one before ended. */
function yearsEnding(ends: string[]): Span[] {
  return ends.slice(1).map((end, i) => ({ start: addDays(ends[i] ?? end, 1), end }));
}

describe('recognising the calendar', () => {
  it("recognises Apple's last Saturday of September from its filings, FY2023's 53rd week in its 14-week Q1", () => {
    expect(selectApple().calendar).toEqual({
      type: 'weekday',
      weekday: 'saturday',
      month: 9,
      rule: 'last',
      week53Quarter: 1,
    });
  });

  it("recognises NVIDIA's last Sunday of January (FY2025 ends 2025-01-26), FY2021's extra week in Q4", () => {
    const years = yearsEnding(['2020-01-26', '2021-01-31', '2022-01-30', '2023-01-29', '2024-01-28', '2025-01-26']);
    const q4of2021 = { start: '2020-10-26', end: '2021-01-31' }; // 98 days
    expect(recogniseCalendar(years, [q4of2021])).toEqual({
      ok: true,
      calendar: { type: 'weekday', weekday: 'sunday', month: 1, rule: 'last', week53Quarter: 4 },
    });
  });

  it('says why when the year ends fit no rule', () => {
    expect(recogniseCalendar(yearsEnding(['2022-09-24', '2023-09-28', '2024-09-28']), [])).toEqual({
      ok: false,
      reason: 'the fiscal year ends fit no month-end or weekday rule (2023-09-28, 2024-09-28)',
    });
    expect(recogniseCalendar([], [])).toEqual({ ok: false, reason: 'no fiscal year was reported' });
  });
});

describe('fiscal labels for reading', () => {
  const apple: FiscalCalendarSpec = { type: 'weekday', weekday: 'saturday', month: 9, rule: 'last', week53Quarter: 1 };
  it.each([
    ['2023-10-01', '2024-09-28', 'FY2024'],
    ['2023-10-01', '2023-12-30', 'FY2024Q1'],
    ['2024-06-30', '2024-09-28', 'FY2024Q4'],
    ['2022-09-25', '2022-12-31', 'FY2023Q1'],
    ['2023-01-01', '2023-04-01', 'FY2023Q2'],
    ['2023-10-01', '2024-06-29', '2023-10-01..2024-06-29'],
  ])('names Apple %s..%s %s', (start, end, label) => {
    expect(fiscalLabel({ start, end }, apple)).toBe(label);
  });
});
