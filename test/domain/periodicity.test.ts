import { describe, it, expect } from 'vitest';
import { evaluateStatement } from '../../src/domain/evaluate.js';
import { defaultPeriodicity, expectedPeriods, periodicityOf } from '../../src/domain/periodicity.js';
import { evaluationTimeline } from '../../src/domain/timeline.js';
import { FY27Q1, FY27Q2, actual, on, statement } from './builders.js';

// Fiscal years end in March: FY2027 is 2026-04-01..2027-03-31.
const FY27: [string, string] = ['2026-04-01', '2027-03-31'];
const FY27Q4: [string, string] = ['2027-01-01', '2027-03-31'];
const FY27H1: [string, string] = ['2026-04-01', '2026-09-30'];
const atLeast30 = { op: 'gte' as const, value: '30' };

describe('which figures are observations of a promise', () => {
  it('judges a Q4 promise on the Q4 figure, not the annual one', () => {
    const q4Promise = statement({
      window: { start: '2027-01-01', end: '2027-03-31', label: 'FY2027Q4' },
      target: atLeast30,
    });
    expect(q4Promise.periodicity).toBe('quarter');
    const annual = actual({ period: FY27, value: '31', published: '2027-05-15' });
    const q4 = actual({ period: FY27Q4, value: '28', published: '2027-05-15' });
    const result = evaluateStatement(q4Promise, [annual, q4], on('2027-05-16'));
    expect(result).toMatchObject({ status: 'missed', decidingActualId: q4.id });
    expect(result.observations.map((o) => o.actualId)).toEqual([q4.id]);
  });

  it('judges an annual promise on the annual figure, not its Q4', () => {
    const annualPromise = statement({
      window: { start: FY27[0], end: FY27[1], label: 'FY2027' },
      target: atLeast30,
      graceDays: 90,
    });
    expect(annualPromise.periodicity).toBe('year');
    const q4 = actual({ period: FY27Q4, value: '28', published: '2027-05-15' });
    const annual = actual({ period: FY27, value: '31', published: '2027-06-20' });
    // The Q4 figure ends on the window's last day, but it is no reading of the year.
    expect(evaluateStatement(annualPromise, [q4, annual], on('2027-05-16'))).toMatchObject({
      status: 'pending',
      observations: [],
    });
    expect(evaluateStatement(annualPromise, [q4, annual], on('2027-06-21'))).toMatchObject({
      status: 'met',
      decidingActualId: annual.id,
    });
  });

  it("does not count a half-year figure for a quarter's promise", () => {
    const quarters = statement({ periodicity: 'quarter' });
    const q1 = actual({ period: FY27Q1, value: '11', published: '2026-08-20' });
    const h1 = actual({ period: FY27H1, value: '14', published: '2026-11-15' });
    const q2 = actual({ period: FY27Q2, value: '12', published: '2026-11-15' });
    const result = evaluateStatement(quarters, [q1, h1, q2], on('2026-11-16'));
    expect(result).toMatchObject({ status: 'missed', decidingActualId: q2.id });
    expect(result.observations.map((o) => o.actualId)).toEqual([q1.id, q2.id]);
  });

  it('observes "some month of FY27" in monthly figures, not in quarterly or annual ones', () => {
    const someMonth = statement({
      window: { start: FY27[0], end: FY27[1], label: 'FY2027' },
      periodicity: 'month',
      target: atLeast30,
    });
    const q1 = actual({ period: FY27Q1, value: '35', published: '2026-08-20' });
    const april = actual({ period: ['2026-04-01', '2026-04-30'], value: '25', published: '2026-05-20' });
    const may = actual({ period: ['2026-05-01', '2026-05-31'], value: '32', published: '2026-06-20' });
    expect(evaluateStatement(someMonth, [q1, april], on('2026-09-01'))).toMatchObject({
      status: 'pending',
      observations: [{ actualId: april.id }],
    });
    expect(evaluateStatement(someMonth, [q1, april, may], on('2026-09-01'))).toMatchObject({
      status: 'met',
      early: true,
      decidingActualId: may.id,
    });
    expect(expectedPeriods(someMonth)?.map((p) => p.label)).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
  });

  it('counts every period wholly inside a date window with no periodicity, and not one straddling its start', () => {
    const dates = statement({ window: { start: '2026-05-15', end: '2026-12-31' }, target: { op: 'gte', value: '20' } });
    expect(dates.periodicity).toBeNull();
    const straddling = actual({ period: FY27Q1, value: '25', published: '2026-08-20' });
    const july = actual({ period: ['2026-07-01', '2026-07-31'], value: '10', published: '2026-08-20' });
    const q3 = actual({ period: ['2026-10-01', '2026-12-31'], value: '15', published: '2027-02-01' });
    const result = evaluateStatement(dates, [straddling, july, q3], on('2027-02-02'));
    expect(result.observations.map((o) => o.actualId)).toEqual([july.id, q3.id]);
    expect(result).toMatchObject({ status: 'missed', decidingActualId: q3.id });
  });

  it('classes a period by its days, allowing for 52/53-week calendars', () => {
    expect(periodicityOf('2024-09-29', '2024-12-28')).toBe('quarter'); // Apple FY2025Q1, 13 weeks
    expect(periodicityOf('2024-09-29', '2025-01-04')).toBe('quarter'); // a 14-week quarter
    expect(periodicityOf('2024-09-29', '2025-09-27')).toBe('year'); // 52 weeks
    expect(periodicityOf('2026-02-01', '2026-02-28')).toBe('month');
    expect(periodicityOf('2026-04-01', '2026-09-30')).toBe('half');
    expect(periodicityOf('2026-04-01', '2026-05-31')).toBeNull();
    expect(periodicityOf(null, '2026-06-30')).toBe('point');
  });

  it('defaults the periodicity from the fiscal shorthand, and to a reading date for a stock', () => {
    expect(defaultPeriodicity('FY2027', 'flow')).toBe('year');
    expect(defaultPeriodicity('FY2027Q1..FY2027Q2', 'flow')).toBe('quarter');
    expect(defaultPeriodicity('FY2027H2', 'flow')).toBe('half');
    expect(defaultPeriodicity('2026-06', 'flow')).toBe('month');
    expect(defaultPeriodicity('CY2026', 'flow')).toBe('year');
    expect(defaultPeriodicity('FY2027Q4..FY2028', 'flow')).toBeNull();
    expect(defaultPeriodicity(null, 'flow')).toBeNull();
    expect(defaultPeriodicity('FY2027', 'stock')).toBe('point');
  });
});

describe('expected periods', () => {
  // "At least 20% in each of the next two quarters": FY2027Q1..FY2027Q2, 60 days' grace, so until 2026-11-29.
  const eachQuarter = statement({ mode: 'all', target: { op: 'gte', value: '20' } });
  const deadline = on('2026-11-30');

  it('is unreported, not met, when Q2 of "each of the next two quarters" is never reported; pending before', () => {
    const q1 = actual({ period: FY27Q1, value: '22', published: '2026-08-20' });
    expect(evaluateStatement(eachQuarter, [q1], deadline - 1).status).toBe('pending');
    const result = evaluateStatement(eachQuarter, [q1], deadline);
    expect(result).toMatchObject({ status: 'unreported', decidingActualId: null, observations: [{ actualId: q1.id }] });
    expect(result.explanation).toBe(
      "No cloud.ebita_margin figure for FY2027Q2 (2026-07-01..2026-09-30) was public by 2026-11-29, the end of 60 days' grace.",
    );
  });

  it('turns unreported at the deadline as a scheduled change, with no new figure', () => {
    const q1 = actual({ period: FY27Q1, value: '22', published: '2026-08-20' });
    const segments = evaluationTimeline(eachQuarter, [q1], null, on('2026-05-15'));
    expect(segments.map((s) => [s.from, s.evaluation.status])).toEqual([
      [on('2026-05-15'), 'pending'],
      [q1.publishedAt, 'pending'],
      [deadline, 'unreported'],
    ]);
  });

  it("is unreported, not met on the first quarter, when a 'final' promise's final quarter never came", () => {
    const q1 = actual({ period: FY27Q1, value: '25', published: '2026-08-20' });
    const exit = statement({ mode: 'final', target: { op: 'gte', value: '20' } });
    expect(evaluateStatement(exit, [q1], deadline - 1).status).toBe('pending');
    expect(evaluateStatement(exit, [q1], deadline)).toMatchObject({ status: 'unreported', decidingActualId: null });
  });

  it("misses under 'all' on a reported quarter that broke it, even with another unreported", () => {
    const q1 = actual({ period: FY27Q1, value: '18', published: '2026-08-20' });
    expect(evaluateStatement(eachQuarter, [q1], deadline - 1)).toMatchObject({
      status: 'missed',
      decidingActualId: q1.id,
    });
    expect(evaluateStatement(eachQuarter, [q1], deadline)).toMatchObject({
      status: 'missed',
      decidingActualId: q1.id,
    });
  });

  it("meets under 'all' only once every expected quarter is reported and kept", () => {
    const q2 = actual({ period: FY27Q2, value: '22', published: '2026-11-15' });
    expect(evaluateStatement(eachQuarter, [q2], on('2026-11-16')).status).toBe('pending');
    const q1 = actual({ period: FY27Q1, value: '21', published: '2026-11-20' });
    expect(evaluateStatement(eachQuarter, [q1, q2], on('2026-11-21'))).toMatchObject({
      status: 'met',
      decidingActualId: q2.id,
    });
  });
});

describe('a forecast comes before its evidence', () => {
  it('does not count a figure already public when the statement was made', () => {
    const q1 = actual({ period: FY27Q1, value: '14', published: '2026-08-20' });
    const hindsight = statement({ statedOn: '2026-08-25' });
    expect(evaluateStatement(hindsight, [q1], on('2026-09-01'))).toMatchObject({ status: 'pending', observations: [] });
    // Q1 was no part of the forecast, so only Q2 is expected: it decides, and its silence is what is unreported.
    const q2 = actual({ period: FY27Q2, value: '12', published: '2026-11-15' });
    expect(evaluateStatement(hindsight, [q1, q2], on('2026-11-16'))).toMatchObject({
      status: 'missed',
      decidingActualId: q2.id,
    });
    expect(evaluateStatement(hindsight, [q1], on('2026-11-30')).explanation).toContain('figure for FY2027Q2 (');
  });

  it('does not count a figure published on the stated date, and counts one published the day after', () => {
    const sameDay = actual({ period: FY27Q1, value: '14', published: '2026-08-20' });
    const nextDay = actual({ period: FY27Q1, value: '14', published: '2026-08-21', id: 'next' });
    const stated = statement({ statedOn: '2026-08-20' });
    expect(evaluateStatement(stated, [sameDay], on('2026-09-01')).status).toBe('pending');
    expect(evaluateStatement(stated, [nextDay], on('2026-09-01'))).toMatchObject({
      status: 'met',
      decidingActualId: 'next',
    });
  });
});
