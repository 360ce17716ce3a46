// A change target asked about on a past record: "what did saydo say on R about the growth known at T?". The
// comparison figure (a year, or a period, before the statement's own window) must be read from the record as it
// stood at R like every other figure. Each answer is checked against the reference evaluator (domain/evaluate.ts)
// fed exactly the figures saydo had on record at R.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { evaluateStatement } from '../../src/domain/evaluate.js';
import { knowledgeTimeMs } from '../../src/domain/knowledge-time.js';
import type { Actual, Statement as DomainStatement } from '../../src/domain/model.js';
import { onRecordAt } from '../../src/domain/record-time.js';
import type { Actual as ActualBody, ActualInput } from '../../src/schemas/actuals.js';
import type { Evaluation, EvaluationHistory, Statement, StatementInput } from '../../src/schemas/statements.js';
import { useTestApp } from '../support/app.js';
import { testClock } from '../support/clock.js';
import { get, post } from '../support/fixtures.js';
import { statement as domainStatement } from '../domain/builders.js';

const clock = testClock('2025-01-31T00:00:00Z');
const ctx = useTestApp({ sweepIntervalMs: 0, clock });

const COMPANY = 'grows-on-record';
const GRACE_DAYS = 45;

/** The December and March quarters of fiscal 2024 and 2025, as a Saturday-ending year has them. */
const FY24Q1 = { periodStart: '2023-10-01', periodEnd: '2023-12-30' };
const FY25Q1 = { periodStart: '2024-09-29', periodEnd: '2024-12-28' };
const FY25Q2 = { periodStart: '2024-12-29', periodEnd: '2025-03-29' };

/** Record times: saydo is told of the figures in this order, some long after they were published. */
const R1 = '2025-01-31T00:00:00Z';
const R2 = '2025-02-05T00:00:00Z';
const R3 = '2025-03-01T00:00:00Z';
const R4 = '2025-04-01T00:00:00Z';
const R5 = '2025-05-02T00:00:00Z';
const NOW = '2025-06-01T12:00:00Z';

type StatementBody = z.input<typeof StatementInput>;

function body(fields: Partial<StatementBody>): StatementBody {
  return {
    companyId: COMPANY,
    metric: 'revenue',
    statedOn: '2024-10-31',
    source: { kind: 'call', title: 'Q4 FY2024 earnings call' },
    quote: 'we expect our December quarter total company revenue to grow low to mid single digits year over year',
    commitment: 'expect',
    target: { op: 'range', low: '1', high: '6', change: { kind: 'relative', against: 'year-earlier' } },
    window: { start: FY25Q1.periodStart, end: FY25Q1.periodEnd },
    periodicity: 'quarter',
    mode: 'final',
    ...fields,
  };
}

/** The same statement as the domain has it, for the reference evaluator. */
function asDomain(created: Statement, fields: StatementBody): DomainStatement {
  const window = fields.window as { start: string; end: string };
  return domainStatement({
    id: created.id,
    metric: { key: 'revenue', unit: 'USD', kind: 'flow', goodDirection: 'higher' },
    statedOn: fields.statedOn,
    commitment: 'expect',
    target: {
      op: 'range',
      low: '1',
      high: '6',
      lowInclusive: true,
      highInclusive: true,
      change: (fields.target as { change: NonNullable<DomainStatement['target']['change']> }).change,
    },
    window: { start: window.start, end: window.end },
    mode: 'final',
    graceDays: GRACE_DAYS,
    calendar: { fiscalYearEndMonth: 9 },
    periodicity: 'quarter',
  });
}

const recorded: (Actual & { recordedAt: number })[] = [];

async function record(at: string, fields: Partial<z.input<typeof ActualInput>>): Promise<ActualBody> {
  clock.set(at);
  const created = await post<ActualBody>(ctx.app, '/v1/actuals', {
    companyId: COMPANY,
    metric: 'revenue',
    unit: 'USD',
    value: '0',
    ...fields,
  });
  recorded.push({
    id: created.id,
    periodStart: created.periodStart,
    periodEnd: created.periodEnd,
    value: created.value,
    publishedAt: Date.parse(created.publishedAt),
    retractedAt: null,
    recordedAt: Date.parse(created.recordedAt),
    recordedSeq: recorded.length,
  });
  return created;
}

async function retract(at: string, id: string): Promise<void> {
  clock.set(at);
  const retracted = await post<ActualBody>(ctx.app, `/v1/actuals/${id}/retractions`, {
    reason: 'keyed from the wrong filing',
  });
  const figure = recorded.find((a) => a.id === id);
  expect(Date.parse(retracted.retraction?.retractedAt ?? '')).toBe(Date.parse(at));
  if (figure) figure.retractedAt = Date.parse(at);
}

/** What the reference evaluator says, as the API presents it but for the clocks and validity. */
function reference(s: DomainStatement, asOf: number, recordedAsOf: number) {
  const e = evaluateStatement(s, onRecordAt(recorded, recordedAsOf), asOf);
  return { ...e, asOf: new Date(e.asOf).toISOString() };
}

function comparable(e: Evaluation) {
  const { recordedAsOf: _recordedAsOf, validUntil: _validUntil, ...rest } = e;
  return rest;
}

describe('a change target on a past record', () => {
  const statements: { created: Statement; domain: DomainStatement }[] = [];

  it('is scored from the comparison figures saydo had then, at every knowledge time', async () => {
    clock.set(R1);
    await post(ctx.app, '/v1/companies', {
      id: COMPANY,
      name: COMPANY,
      currency: 'USD',
      fiscalYearEndMonth: 9,
      reportingLagDays: GRACE_DAYS,
    });
    await post(ctx.app, '/v1/metrics', {
      companyId: COMPANY,
      key: 'revenue',
      name: 'Net sales',
      unit: 'USD',
      kind: 'flow',
      goodDirection: 'higher',
    });
    // Year over year on the December quarter; and sequentially on the March quarter, against December.
    for (const fields of [
      body({}),
      body({
        statedOn: '2025-01-30',
        target: { op: 'range', low: '1', high: '6', change: { kind: 'relative', against: 'prior-period' } },
        window: { start: FY25Q2.periodStart, end: FY25Q2.periodEnd },
      }),
    ]) {
      const created = await post<Statement>(ctx.app, '/v1/statements', fields);
      statements.push({ created, domain: asDomain(created, fields) });
    }

    // R1: the December quarter is out, but saydo has not been told of the year-earlier one.
    await record(R1, { ...FY25Q1, value: '124300000000', publishedAt: '2025-01-30T21:30:00Z' });
    // R2: the year-earlier quarter, loaded late (public for a year).
    const yearEarlier = await record(R2, { ...FY24Q1, value: '119575000000', publishedAt: '2024-02-01' });
    // R3: a restatement of the year-earlier quarter, published 2025-02-20: growth falls out of the range.
    const restated = await record(R3, { ...FY24Q1, value: '123900000000', publishedAt: '2025-02-20' });
    // R4: the December quarter restated up (the March quarter's comparison), and the March quarter itself.
    await record(R4, { ...FY25Q1, value: '126000000000', publishedAt: '2025-03-20' });
    await record(R4, { ...FY25Q2, value: '130000000000', publishedAt: '2025-03-31T21:30:00Z' });
    // R5: the restatement of the year-earlier quarter was keyed from the wrong filing.
    await retract(R5, restated.id);
    clock.set(NOW);

    const knowledgeTimes = ['2025-01-31', '2025-02-10', '2025-02-21', '2025-03-21', '2025-04-02', '2025-05-15'];
    const recordTimes = [R1, R2, R3, R4, R5].map((r) => new Date(Date.parse(r) + 3_600_000).toISOString());
    let compared = 0;
    for (const { created, domain } of statements) {
      // The past records, and the record as it stands (the stored timelines), read with no recordedAsOf.
      for (const recordedAsOf of [...recordTimes, null]) {
        for (const asOf of knowledgeTimes) {
          if (knowledgeTimeMs(asOf) < Date.parse(`${domain.statedOn}T00:00:00Z`)) continue;
          const onRecord = recordedAsOf === null ? '' : `&recordedAsOf=${encodeURIComponent(recordedAsOf)}`;
          const query = `asOf=${asOf}${onRecord}`;
          const answer = await get<Evaluation>(ctx.app, `/v1/statements/${created.id}/evaluation?${query}`);
          expect(comparable(answer), `${created.id} ${query}`).toEqual(
            reference(domain, knowledgeTimeMs(asOf), Date.parse(recordedAsOf ?? NOW)),
          );
          compared++;
        }
      }
    }
    expect(compared).toBe(2 * 6 * 6);

    // The story the comparisons told, on the year-over-year statement as of mid-February: pending without the
    // year-earlier quarter, met once it was loaded, and met still after the restatement was published, on a
    // record from before saydo was told of it.
    const [growth] = statements;
    const asOfFeb = (recordedAsOf: string) =>
      get<Evaluation>(
        ctx.app,
        `/v1/statements/${growth?.created.id}/evaluation?asOf=2025-02-10&recordedAsOf=${encodeURIComponent(recordedAsOf)}`,
      );
    expect((await asOfFeb(recordTimes[0] ?? '')).status).toBe('pending');
    const met = await asOfFeb(recordTimes[1] ?? '');
    expect(met.status).toBe('met');
    expect(met.observations[0]?.comparison?.actualId).toBe(yearEarlier.id);
  });

  it("shows each statement's history on a past record as the reference has it at each evaluation's start", async () => {
    const recordTimes = [R2, R3, R4, R5].map((r) => new Date(Date.parse(r) + 3_600_000).toISOString());
    for (const { created, domain } of statements) {
      let comparisons = 0;
      for (const recordedAsOf of recordTimes) {
        const history = await get<z.infer<typeof EvaluationHistory>>(
          ctx.app,
          `/v1/statements/${created.id}/history?recordedAsOf=${encodeURIComponent(recordedAsOf)}`,
        );
        expect(history.items.length).toBeGreaterThan(1);
        for (const item of history.items) {
          expect(comparable(item), `${created.id} at ${item.asOf} on ${recordedAsOf}`).toEqual(
            reference(domain, Date.parse(item.asOf), Date.parse(recordedAsOf)),
          );
        }
        comparisons += history.items.filter((e) => e.observations.some((o) => o.comparison)).length;
      }
      // The histories compared did observe changes against comparison figures.
      expect(comparisons).toBeGreaterThan(0);
    }
  });

  it('counts the same evaluations in the scorecard on a past record', async () => {
    const recordedAsOf = new Date(Date.parse(R2) + 3_600_000).toISOString();
    const card = await get<{ counts: Record<string, number> }>(
      ctx.app,
      `/v1/companies/${COMPANY}/scorecard?asOf=2025-02-10&recordedAsOf=${encodeURIComponent(recordedAsOf)}`,
    );
    // The year-over-year statement met on the late-loaded comparison; the sequential one still pending.
    expect(card.counts).toMatchObject({ met: 1, pending: 1 });
  });
});
