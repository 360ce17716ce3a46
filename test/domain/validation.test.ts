import { describe, expect, it } from 'vitest';
import type { FiscalCalendar } from '../../src/domain/fiscal.js';
import { DAY_MS } from '../../src/domain/dates.js';
import {
  actualPeriod,
  currencyProblem,
  deadlineProblem,
  forecastProblem,
  publicationProblem,
  statedOnProblem,
  statementWindow,
  targetProblem,
  unitProblem,
} from '../../src/domain/validation.js';

const alibaba: FiscalCalendar = { fiscalYearEndMonth: 3 };
const revenue = { key: 'revenue', kind: 'flow' as const };
const cash = { key: 'cash', kind: 'stock' as const };

describe('actualPeriod', () => {
  it("resolves a flow's fiscal shorthand through the company's calendar", () => {
    expect(actualPeriod({ period: 'FY2026Q4' }, revenue, alibaba)).toEqual({
      ok: true,
      value: { periodStart: '2026-01-01', periodEnd: '2026-03-31', periodLabel: 'FY2026Q4' },
    });
  });

  it('labels a flow given by its first and last days when they make a fiscal period', () => {
    const r = actualPeriod({ periodStart: '2026-01-01', periodEnd: '2026-03-31' }, revenue, alibaba);
    expect(r).toEqual({
      ok: true,
      value: { periodStart: '2026-01-01', periodEnd: '2026-03-31', periodLabel: 'FY2026Q4' },
    });
  });

  it('takes a stock at a date, or at the end of a named period', () => {
    expect(actualPeriod({ date: '2026-03-31' }, cash, alibaba)).toEqual({
      ok: true,
      value: { periodStart: null, periodEnd: '2026-03-31', periodLabel: null },
    });
    expect(actualPeriod({ period: 'FY2026Q4' }, cash, alibaba)).toEqual({
      ok: true,
      value: { periodStart: null, periodEnd: '2026-03-31', periodLabel: 'FY2026Q4' },
    });
  });

  it('refuses a flow with a date, a stock with a span, and a period that ends before it starts', () => {
    expect(actualPeriod({ date: '2026-03-31' }, revenue, alibaba)).toMatchObject({
      ok: false,
      problem: { pointer: '/date' },
    });
    expect(actualPeriod({ periodStart: '2026-01-01', periodEnd: '2026-03-31' }, cash, alibaba)).toMatchObject({
      ok: false,
      problem: { pointer: '/periodStart' },
    });
    expect(actualPeriod({ periodStart: '2026-03-31', periodEnd: '2026-01-01' }, revenue, alibaba)).toMatchObject({
      ok: false,
      problem: { pointer: '/periodEnd' },
    });
    expect(actualPeriod({ period: 'FY2026Q5' }, revenue, alibaba)).toMatchObject({
      ok: false,
      problem: { pointer: '/period' },
    });
  });
});

describe('statementWindow', () => {
  it('resolves fiscal shorthand, and keeps start and end as given (end null: no deadline)', () => {
    expect(statementWindow({ period: 'FY2027' }, alibaba)).toEqual({
      ok: true,
      value: { start: '2026-04-01', end: '2027-03-31', label: 'FY2027' },
    });
    expect(statementWindow({ start: '2026-01-01', end: null }, alibaba)).toEqual({
      ok: true,
      value: { start: '2026-01-01', end: null, label: null },
    });
  });

  it('refuses both forms at once, a missing end, and an end before the start', () => {
    expect(statementWindow({ period: 'FY2027', start: '2026-01-01' }, alibaba)).toMatchObject({
      problem: { pointer: '/period' },
    });
    expect(statementWindow({ start: '2026-01-01' }, alibaba)).toMatchObject({ problem: { pointer: '/end' } });
    expect(statementWindow({}, alibaba)).toMatchObject({ problem: { pointer: '/start' } });
    expect(statementWindow({ start: '2026-02-01', end: '2026-01-01' }, alibaba)).toMatchObject({
      problem: { pointer: '/end' },
    });
  });
});

describe('deadlineProblem', () => {
  it('lets a window with no deadline or ending well before 9999 pass', () => {
    expect(deadlineProblem(null, 90, { windowAsPeriod: false, graceDays: 90 })).toBeNull();
    expect(deadlineProblem('2027-03-31', 90, { windowAsPeriod: true, graceDays: undefined })).toBeNull();
  });

  it('blames the grace when the window alone fits, else the window', () => {
    expect(deadlineProblem('9999-12-01', 60, { windowAsPeriod: false, graceDays: 60 })?.pointer).toBe('/graceDays');
    expect(deadlineProblem('9999-12-31', 0, { windowAsPeriod: false, graceDays: undefined })?.pointer).toBe(
      '/window/end',
    );
    expect(deadlineProblem('9999-12-01', 60, { windowAsPeriod: true, graceDays: undefined })?.pointer).toBe(
      '/window/period',
    );
  });
});

describe('targetProblem', () => {
  it('refuses a range that holds no value and a negative tolerance', () => {
    expect(targetProblem({ op: 'range', low: '20', high: '13', lowInclusive: true, highInclusive: true })).toEqual({
      pointer: '/high',
      detail: 'the range 20 to 13 holds no value',
    });
    expect(targetProblem({ op: 'range', low: '13', high: '13', lowInclusive: true, highInclusive: false })).not.toBe(
      null,
    );
    expect(targetProblem({ op: 'about', value: '10', tolerance: '-1' })?.pointer).toBe('/tolerance');
  });

  it('accepts a one-value range with both ends included, and a plain threshold', () => {
    expect(targetProblem({ op: 'range', low: '13', high: '13', lowInclusive: true, highInclusive: true })).toBeNull();
    expect(targetProblem({ op: 'gt', value: '30000000000' })).toBeNull();
  });
});

describe('plausible input', () => {
  const now = Date.parse('2026-08-01T00:00:00Z');
  const q1 = { periodStart: '2026-04-01', periodEnd: '2026-06-30', periodLabel: 'FY2027Q1' };
  const at = (iso: string) => Date.parse(iso);

  it('refuses a flow figure published before its period ends, naming publishedAt', () => {
    expect(publicationProblem(q1, 'flow', at('2026-06-30T12:00:00Z'), now, '/period')).toMatchObject({
      pointer: '/publishedAt',
    });
    expect(publicationProblem(q1, 'flow', at('2026-07-01T00:00:00Z'), now, '/period')).toBeNull();
  });

  it('refuses a stock reading dated after its publication, naming the date', () => {
    const reading = { periodStart: null, periodEnd: '2026-07-02', periodLabel: null };
    expect(publicationProblem(reading, 'stock', at('2026-07-01T09:00:00Z'), now, '/date')).toMatchObject({
      pointer: '/date',
    });
    expect(publicationProblem(reading, 'stock', at('2026-07-02T00:00:00Z'), now, '/date')).toBeNull();
  });

  it("refuses anything published more than a day after the server's clock", () => {
    expect(publicationProblem(q1, 'flow', now + DAY_MS + 1, now, '/period')).toMatchObject({
      pointer: '/publishedAt',
    });
    expect(publicationProblem(q1, 'flow', now + DAY_MS, now, '/period')).toBeNull();
    expect(statedOnProblem('2026-08-03', now)).toMatchObject({ pointer: '/statedOn' });
    expect(statedOnProblem('2026-08-02', now)).toBeNull();
  });

  it('takes ISO 4217 currencies only: CNY and USD, not XYZ', () => {
    expect(currencyProblem('CNY')).toBeNull();
    expect(currencyProblem('USD')).toBeNull();
    expect(currencyProblem('XYZ')).toMatchObject({ pointer: '/currency' });
    expect(unitProblem('XYZ')).toMatchObject({ pointer: '/unit' });
    expect(unitProblem('HKD')).toBeNull();
    expect(unitProblem('percent')).toBeNull();
  });

  it('refuses a statement whose window closed before it was stated: it is not a forecast', () => {
    expect(forecastProblem('2026-07-01', '2026-06-30', { windowAsPeriod: true })).toMatchObject({
      pointer: '/window/period',
    });
    expect(forecastProblem('2026-07-01', '2026-06-30', { windowAsPeriod: false })).toMatchObject({
      pointer: '/window/end',
    });
    expect(forecastProblem('2026-06-30', '2026-06-30', { windowAsPeriod: false })).toBeNull();
    expect(forecastProblem('2030-01-01', null, { windowAsPeriod: false })).toBeNull();
  });
});
