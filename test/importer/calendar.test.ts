// Recognising a company's fiscal calendar from the fiscal years and quarters it reported.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates.js';
import {
  fiscalLabel,
  type FiscalCalendarShape,
  lastWeekdayOf,
  nearestWeekdayTo,
  recogniseCalendar,
  WEEKDAYS,
} from '../../src/importer/calendar.js';
import type { Span } from '../../src/importer/periods.js';
import { selectApple } from './apple.js';

/** Consecutive fiscal years from their ends: each starts the day after the one before ended. */
function yearsEnding(ends: string[]): Span[] {
  return ends.slice(1).map((end, i) => ({ start: addDays(ends[i] ?? end, 1), end }));
}

describe('recognising the calendar', () => {
  it("recognises Apple's last Saturday of September, with FY2023's 53rd week in its 14-week first quarter", () => {
    expect(selectApple().calendar).toEqual({
      type: 'weekday',
      weekday: 'saturday',
      month: 9,
      rule: 'last',
      week53Quarter: 1,
    });
  });

  it("recognises NVIDIA's last Sunday of January (FY2025 ends 2025-01-26), the extra week in Q4 of FY2021", () => {
    const years = yearsEnding(['2020-01-26', '2021-01-31', '2022-01-30', '2023-01-29', '2024-01-28', '2025-01-26']);
    const q4of2021 = { start: '2020-10-26', end: '2021-01-31' }; // 98 days
    expect(recogniseCalendar(years, [q4of2021])).toEqual({
      ok: true,
      calendar: { type: 'weekday', weekday: 'sunday', month: 1, rule: 'last', week53Quarter: 4 },
    });
  });

  it('recognises a Saturday nearest the end of December, years ending on 1 and 3 January', () => {
    const years = yearsEnding(['2021-01-02', '2022-01-01', '2022-12-31', '2023-12-30', '2024-12-28', '2026-01-03']);
    expect(recogniseCalendar(years, [])).toEqual({
      ok: true,
      calendar: { type: 'weekday', weekday: 'saturday', month: 12, rule: 'nearest', week53Quarter: 4 },
    });
  });

  it("recognises Alibaba's month-end March year", () => {
    const years = yearsEnding(['2023-03-31', '2024-03-31', '2025-03-31']);
    expect(recogniseCalendar(years, [])).toEqual({ ok: true, calendar: { type: 'month-end', yearEndMonth: 3 } });
  });

  it('says why when the year ends fit no rule', () => {
    const result = recogniseCalendar(yearsEnding(['2022-09-24', '2023-09-28', '2024-09-28']), []);
    expect(result).toEqual({
      ok: false,
      reason: 'the fiscal years end on different weekdays and not at month ends (2023-09-28, 2024-09-28)',
    });
  });

  it('recognises any weekday rule from the year ends it produces', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('last' as const, 'nearest' as const),
        fc.integer({ min: 1990, max: 2060 }),
        (weekday, month, rule, from) => {
          const end = rule === 'last' ? lastWeekdayOf : nearestWeekdayTo;
          const ends = Array.from({ length: 8 }, (_, i) => end(from + i, month, weekday));
          const result = recogniseCalendar(yearsEnding(ends), []);
          // A last-weekday year that also happens to be the nearest one (or vice versa) must still recognise the rule
          // that produced it, or one that gives the same ends.
          if (!result.ok || result.calendar.type !== 'weekday') return false;
          const { calendar } = result;
          const again = (y: number) =>
            (calendar.rule === 'last' ? lastWeekdayOf : nearestWeekdayTo)(
              y,
              calendar.month,
              WEEKDAYS.indexOf(calendar.weekday),
            );
          return calendar.weekday === WEEKDAYS[weekday] && ends.every((e, i) => again(from + i) === e);
        },
      ),
    );
  });
});

describe('fiscal labels for reading', () => {
  const apple: FiscalCalendarShape = { type: 'weekday', weekday: 'saturday', month: 9, rule: 'last', week53Quarter: 1 };
  it.each([
    ['2023-10-01', '2024-09-28', 'FY2024'],
    ['2023-10-01', '2023-12-30', 'FY2024Q1'],
    ['2024-06-30', '2024-09-28', 'FY2024Q4'],
    ['2022-09-25', '2022-12-31', 'FY2023Q1'],
    ['2023-01-01', '2023-04-01', 'FY2023Q2'],
  ])('names Apple %s..%s %s', (start, end, label) => {
    expect(fiscalLabel({ start, end }, apple)).toBe(label);
  });
});
