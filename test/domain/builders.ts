// Small builders for domain fixtures: each test states only what matters to it.
import { dateToMs, type IsoDate } from '../../src/domain/dates.js';
import { defaultPeriodicity } from '../../src/domain/periodicity.js';
import type { Actual, Evaluation, Metric, Revision, Statement, Target } from '../../src/domain/model.js';

/** The instant a day starts (UTC), plus optional hours: the knowledge time of a release that day. */
export function on(date: IsoDate, hours = 0): number {
  return dateToMs(date) + hours * 3_600_000;
}

export const ebitaMargin: Metric = {
  key: 'cloud.ebita_margin',
  unit: 'percent',
  kind: 'flow',
  goodDirection: 'higher',
};
export const maasArr: Metric = { key: 'cloud.maas_arr', unit: 'CNY', kind: 'stock', goodDirection: 'higher' };
export const operatingLoss: Metric = {
  key: 'retail.operating_loss',
  unit: 'CNY',
  kind: 'flow',
  goodDirection: 'lower',
};
export const capex: Metric = { key: 'group.capex', unit: 'CNY', kind: 'flow', goodDirection: 'neutral' };

/** "the teens", read as 13 to under 20 percent. */
export const teens: Target = {
  op: 'range',
  low: '13',
  high: '20',
  lowInclusive: true,
  highInclusive: false,
  wording: 'the teens',
};

export function above(value: string, wording?: string): Target {
  return { op: 'gt', value, ...(wording === undefined ? {} : { wording }) };
}

export function statement(fields: Partial<Statement> = {}): Statement {
  const window = { start: '2026-04-01', end: '2026-09-30', label: 'FY2027Q1..FY2027Q2' };
  return {
    id: 'stmt-1',
    metric: ebitaMargin,
    statedOn: '2026-05-15',
    commitment: 'expect',
    target: teens,
    window,
    mode: 'any',
    graceDays: 60,
    calendar: { fiscalYearEndMonth: 3 },
    ...fields,
    // What the service defaults when none is given: from the window's shorthand, or 'point' for a stock metric.
    periodicity:
      fields.periodicity !== undefined
        ? fields.periodicity
        : defaultPeriodicity((fields.window ?? window).label, (fields.metric ?? ebitaMargin).kind),
  };
}

interface ActualFields {
  /** [start, end] for a flow, or the measurement date for a stock. */
  period: [IsoDate, IsoDate] | IsoDate;
  value: string;
  published: IsoDate;
  retracted?: IsoDate;
  id?: string;
}

export function actual({ period, value, published, retracted, id }: ActualFields): Actual {
  const [periodStart, periodEnd] = typeof period === 'string' ? [null, period] : period;
  return {
    id: id ?? `${periodEnd}@${published}`,
    periodStart,
    periodEnd,
    value,
    publishedAt: on(published),
    retractedAt: retracted === undefined ? null : on(retracted),
  };
}

export const FY27Q1: [IsoDate, IsoDate] = ['2026-04-01', '2026-06-30'];
export const FY27Q2: [IsoDate, IsoDate] = ['2026-07-01', '2026-09-30'];
export const FY27Q3: [IsoDate, IsoDate] = ['2026-10-01', '2026-12-31'];

export function revision(kind: Revision['kind'], effective: IsoDate, byStatementId?: string): Revision {
  return { kind, effectiveAt: on(effective), ...(byStatementId === undefined ? {} : { byStatementId }) };
}

/** A bare evaluation for scorecard fixtures. */
export function evaluation(fields: Partial<Evaluation> = {}): Evaluation {
  return {
    statementId: 'stmt-1',
    asOf: on('2027-01-01'),
    status: 'pending',
    early: false,
    decidingActualId: null,
    position: null,
    surprise: null,
    error: null,
    margin: null,
    observations: [],
    trajectory: null,
    explanation: '',
    ...fields,
  };
}
