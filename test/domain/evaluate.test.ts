import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { onRecordAt } from '../../src/domain/record-time.js';
import { evaluateStatement, knownActuals } from '../../src/domain/evaluate.js';
import type { Actual, Target } from '../../src/domain/model.js';
import { actualSpec, knowledgeTime, statements, toActual } from './arbitraries.js';
import {
  FY27Q1,
  FY27Q2,
  FY27Q3,
  above,
  actual,
  capex,
  maasArr,
  on,
  operatingLoss,
  revision,
  statement,
} from './builders.js';

// The default statement: cloud EBITA margin "will rise to the teens over the next two quarters", i.e. in
// FY2027Q1..FY2027Q2 (2026-04-01..2026-09-30), with 60 days' grace: reports count until 2026-11-29.
const WINDOW = 'FY2027Q1..FY2027Q2 (2026-04-01..2026-09-30)';

describe('knowledge at a point in time', () => {
  it('ignores figures published after asOf', () => {
    const q1 = actual({ period: FY27Q1, value: '14', published: '2026-08-20' });
    expect(evaluateStatement(statement(), [q1], on('2026-08-19')).status).toBe('pending');
    expect(evaluateStatement(statement(), [q1], on('2026-08-20')).status).toBe('met');
  });

  it('takes the latest publication for a period: a restatement replaces the figure', () => {
    const first = actual({ period: FY27Q2, value: '13.1', published: '2026-11-15' });
    const restated = actual({ period: FY27Q2, value: '12.8', published: '2027-02-01' });
    expect(knownActuals([restated, first], on('2026-12-01'))).toEqual([first]);
    expect(knownActuals([first, restated], on('2027-02-01'))).toEqual([restated]);
  });

  it('breaks a tie between two figures published at the same instant by id, whatever their order', () => {
    const a = actual({ period: FY27Q2, value: '13.1', published: '2026-11-15', id: 'a' });
    const b = actual({ period: FY27Q2, value: '12.8', published: '2026-11-15', id: 'b' });
    expect(knownActuals([a, b], on('2026-12-01'))).toEqual([b]);
    expect(knownActuals([b, a], on('2026-12-01'))).toEqual([b]);
  });

  it('counts only periods that end inside the window', () => {
    const before = actual({ period: ['2026-01-01', '2026-03-31'], value: '15', published: '2026-05-15' });
    const after = actual({ period: FY27Q3, value: '15', published: '2027-02-20' });
    const result = evaluateStatement(statement(), [before, after], on('2027-03-01'));
    expect(result.observations).toEqual([]);
    expect(result.status).toBe('unreported');
  });
});

describe('margin', () => {
  it('shows the beat of "above 30bn" met at 36bn as a margin of +20%, where surprise is 0', () => {
    const arr = statement({ metric: maasArr, target: above('30000000000'), mode: 'any' });
    const q1 = actual({ period: '2026-06-30', value: '36000000000', published: '2026-08-20' });
    const result = evaluateStatement(arr, [q1], on('2026-09-01'));
    expect(result).toMatchObject({ status: 'met', surprise: '0', margin: '0.2' });
  });

  it('has no margin while pending, and none for a neutral metric', () => {
    expect(evaluateStatement(statement(), [], on('2026-06-01')).margin).toBeNull();
    const capexBand: Target = { op: 'range', low: '100', high: '120', lowInclusive: true, highInclusive: true };
    const spend = statement({ metric: capex, target: capexBand });
    const q1 = actual({ period: FY27Q1, value: '110', published: '2026-08-20' });
    expect(evaluateStatement(spend, [q1], on('2026-09-01'))).toMatchObject({ status: 'met', margin: null });
  });

  it('keeps the margin of a miss negative: the teens missed at 12.4% is 12.4 against the top, 20', () => {
    const q1 = actual({ period: FY27Q1, value: '12.4', published: '2026-08-20' });
    const q2 = actual({ period: FY27Q2, value: '12.4', published: '2026-11-15' });
    const result = evaluateStatement(statement(), [q1, q2], on('2026-12-01'));
    expect(result).toMatchObject({ status: 'missed', margin: '-0.38' });
  });
});

describe("mode 'any'", () => {
  it('marks margin met early when FY2027Q1 is already in the teens', () => {
    const q1 = actual({ period: FY27Q1, value: '13.5', published: '2026-08-20' });
    const result = evaluateStatement(statement(), [q1], on('2026-09-01'));
    expect(result).toMatchObject({
      status: 'met',
      early: true,
      decidingActualId: q1.id,
      position: 'within',
      surprise: '0',
      error: '0.2222222222',
      trajectory: null,
    });
    expect(result.explanation).toBe(
      `cloud.ebita_margin FY2027Q1 (2026-04-01..2026-06-30) = 13.5%, within the target (13 to under 20%, stated as "the teens"), early: ahead of the window's end on 2026-09-30.`,
    );
  });

  it('marks a threshold met early when ARR passes 30bn in October', () => {
    const arrStatement = statement({
      metric: maasArr,
      target: above('30000000000', 'more than RMB 30 billion'),
      window: { start: '2026-04-01', end: '2027-03-31', label: 'FY2027' },
    });
    const october = actual({ period: '2026-10-31', value: '31000000000', published: '2026-11-20' });
    const result = evaluateStatement(arrStatement, [october], on('2026-11-20'));
    expect(result).toMatchObject({ status: 'met', early: true, position: 'within', surprise: '0', error: null });
    expect(result.explanation).toBe(
      `cloud.maas_arr at 2026-10-31 = 31bn CNY, meeting the target (above 30bn CNY, stated as "more than RMB 30 billion"), early: ahead of the window's end on 2027-03-31.`,
    );
  });

  it('marks met, not early, when only the final quarter reaches 22%, with a positive surprise', () => {
    const q1 = actual({ period: FY27Q1, value: '11', published: '2026-08-20' });
    const q2 = actual({ period: FY27Q2, value: '22', published: '2026-11-15' });
    const result = evaluateStatement(statement(), [q1, q2], on('2026-11-15'));
    expect(result).toMatchObject({
      status: 'met',
      early: false,
      decidingActualId: q2.id,
      position: 'above',
      surprise: '0.1',
    });
    expect(result.explanation).toBe(
      'cloud.ebita_margin FY2027Q2 (2026-07-01..2026-09-30) = 22%, above the target (13 to under 20%, stated as "the teens").',
    );
  });

  it('misses once the final quarter is reported outside the target, on the latest reading', () => {
    const q1 = actual({ period: FY27Q1, value: '11', published: '2026-08-20' });
    const q2 = actual({ period: FY27Q2, value: '12.4', published: '2026-11-15' });
    const result = evaluateStatement(statement(), [q1, q2], on('2026-11-15'));
    expect(result).toMatchObject({
      status: 'missed',
      early: false,
      decidingActualId: q2.id,
      position: 'below',
      surprise: '-0.0461538462',
    });
    expect(result.explanation).toBe(
      `cloud.ebita_margin FY2027Q2 (2026-07-01..2026-09-30) = 12.4%, below the target (13 to under 20%, stated as "the teens"); no period in ${WINDOW} kept the promise.`,
    );
  });

  it('waits through the grace period for the final quarter, then is unreported, not missed on what was reported', () => {
    const q1 = actual({ period: FY27Q1, value: '11', published: '2026-08-20' });
    expect(evaluateStatement(statement(), [q1], on('2026-11-29', 23)).status).toBe('pending');
    const closed = evaluateStatement(statement(), [q1], on('2026-11-30'));
    // FY2027Q2 could have kept it: silence about a period that would decide is no miss.
    expect(closed).toMatchObject({ status: 'unreported', decidingActualId: null });
    expect(closed.explanation).toBe(
      "No cloud.ebita_margin figure for FY2027Q2 (2026-07-01..2026-09-30) was public by 2026-11-29, the end of 60 days' grace.",
    );
  });

  it('misses a neutral metric reported outside its band, whichever side', () => {
    const capexBand: Target = {
      op: 'range',
      low: '120000000000',
      high: '130000000000',
      lowInclusive: true,
      highInclusive: true,
    };
    const fy = { start: '2026-04-01', end: '2027-03-31' };
    const s = statement({ metric: capex, target: capexBand, window: fy, calendar: undefined });
    const overspent = actual({ period: ['2026-04-01', '2027-03-31'], value: '143000000000', published: '2027-05-15' });
    const result = evaluateStatement(s, [overspent], on('2027-05-15'));
    expect(result).toMatchObject({ status: 'missed', position: 'above', surprise: '-0.1' });
    expect(result.explanation).toContain('2026-04-01..2027-03-31 = 143bn CNY, above the target (120bn to 130bn CNY)');
  });

  it('never scores a bigger loss as a beat on a lower-is-better metric', () => {
    const s = statement({
      metric: operatingLoss,
      target: { op: 'lte', value: '5000000000', wording: 'at most RMB 5bn' },
    });
    const q1 = actual({ period: FY27Q1, value: '7000000000', published: '2026-08-20' });
    const bigger = actual({ period: FY27Q2, value: '6000000000', published: '2026-11-15' });
    const smaller = actual({ period: FY27Q2, value: '4000000000', published: '2026-11-15' });
    const asOf = on('2026-11-15');
    expect(evaluateStatement(s, [q1, bigger], asOf)).toMatchObject({
      status: 'missed',
      position: 'above',
      surprise: '-0.2',
    });
    expect(evaluateStatement(s, [q1, smaller], asOf)).toMatchObject({
      status: 'met',
      position: 'within',
      surprise: '0',
    });
  });

  it('keeps a statement with no deadline open: never missed nor unreported', () => {
    const longTerm = statement({
      target: { op: 'gte', value: '20', wording: 'long-term 20%' },
      window: { start: '2026-04-01', end: null },
    });
    const weak = actual({ period: FY27Q1, value: '9', published: '2026-08-20' });
    expect(evaluateStatement(longTerm, [], on('2040-01-01')).status).toBe('pending');
    const result = evaluateStatement(longTerm, [weak], on('2040-01-01'));
    expect(result).toMatchObject({ status: 'pending', trajectory: null });
    expect(result.explanation).toContain('the statement has no deadline');
    const strong = actual({ period: FY27Q3, value: '21', published: '2027-02-20' });
    expect(evaluateStatement(longTerm, [weak, strong], on('2040-01-01'))).toMatchObject({
      status: 'met',
      early: false,
    });
  });
});

describe("mode 'all'", () => {
  const everyQuarter = statement({ mode: 'all' });

  it('misses as soon as one quarter falls out of the teens, before the window closes', () => {
    const q1 = actual({ period: FY27Q1, value: '12', published: '2026-08-20' });
    const result = evaluateStatement(everyQuarter, [q1], on('2026-08-20'));
    expect(result).toMatchObject({ status: 'missed', early: false, decidingActualId: q1.id });
    expect(result.explanation).toContain(`, and every period in ${WINDOW} had to keep the promise.`);
  });

  it('stays pending while every quarter so far kept it', () => {
    const q1 = actual({ period: FY27Q1, value: '14', published: '2026-08-20' });
    expect(evaluateStatement(everyQuarter, [q1], on('2026-09-01')).status).toBe('pending');
  });

  it('is met, never early, when the window closes with every quarter kept, decided by the last', () => {
    const q1 = actual({ period: FY27Q1, value: '14', published: '2026-08-20' });
    const q2 = actual({ period: FY27Q2, value: '15', published: '2026-11-15' });
    const result = evaluateStatement(everyQuarter, [q1, q2], on('2026-11-15'));
    expect(result).toMatchObject({ status: 'met', early: false, decidingActualId: q2.id });
    expect(result.explanation).toContain(`; all 2 periods reported in ${WINDOW} kept it.`);
  });

  it('is unreported when nothing was published by the deadline', () => {
    expect(evaluateStatement(everyQuarter, [], on('2026-12-01')).status).toBe('unreported');
  });
});

describe("mode 'final'", () => {
  const exitRate = statement({ mode: 'final' });

  it('ignores an earlier quarter inside the target until the final one is out', () => {
    const q1 = actual({ period: FY27Q1, value: '14', published: '2026-08-20' });
    expect(evaluateStatement(exitRate, [q1], on('2026-09-01')).status).toBe('pending');
  });

  it('is met when the final quarter is in the teens, whatever came before', () => {
    const q1 = actual({ period: FY27Q1, value: '9', published: '2026-08-20' });
    const q2 = actual({ period: FY27Q2, value: '14', published: '2026-11-15' });
    const result = evaluateStatement(exitRate, [q1, q2], on('2026-11-15'));
    expect(result).toMatchObject({ status: 'met', decidingActualId: q2.id, early: false });
  });

  it('misses when the final quarter falls short, whatever came before', () => {
    const q1 = actual({ period: FY27Q1, value: '14', published: '2026-08-20' });
    const q2 = actual({ period: FY27Q2, value: '12.4', published: '2026-11-15' });
    const result = evaluateStatement(exitRate, [q1, q2], on('2026-11-15'));
    expect(result).toMatchObject({ status: 'missed', decidingActualId: q2.id, position: 'below' });
    expect(result.explanation).toContain(`, the final period of ${WINDOW}.`);
  });

  it('is unreported, not met on the first quarter, once the deadline passes without the final one', () => {
    const q1 = actual({ period: FY27Q1, value: '14', published: '2026-08-20' });
    expect(evaluateStatement(exitRate, [q1], on('2026-11-30') - 1).status).toBe('pending');
    const result = evaluateStatement(exitRate, [q1], on('2026-12-01'));
    expect(result).toMatchObject({ status: 'unreported', decidingActualId: null, position: null });
    expect(result.explanation).toContain('No cloud.ebita_margin figure for FY2027Q2 (2026-07-01..2026-09-30)');
  });

  it('judges the latest reported period when the window has no periodicity and the final one never came', () => {
    const q1 = actual({ period: FY27Q1, value: '14', published: '2026-08-20' });
    const result = evaluateStatement(statement({ mode: 'final', periodicity: null }), [q1], on('2026-12-01'));
    expect(result).toMatchObject({ status: 'met', decidingActualId: q1.id });
    expect(result.explanation).toContain('the latest period reported in');
  });
});

describe('unreported', () => {
  it('marks management silent once the grace period passes with no in-window figure', () => {
    expect(evaluateStatement(statement(), [], on('2026-11-30') - 1).status).toBe('pending');
    const result = evaluateStatement(statement(), [], on('2026-12-29'));
    expect(result).toMatchObject({
      status: 'unreported',
      decidingActualId: null,
      position: null,
      surprise: null,
      error: null,
    });
    expect(result.explanation).toBe(
      `No cloud.ebita_margin figure for ${WINDOW} was public by 2026-11-29, the end of 60 days' grace.`,
    );
  });

  it('explains a pending statement with nothing reported yet', () => {
    expect(evaluateStatement(statement(), [], on('2026-06-01')).explanation).toBe(
      `No cloud.ebita_margin figure for ${WINDOW} is public yet; reports count until 2026-11-29.`,
    );
  });

  it('is rescored when a figure finally comes out, and the earlier answer stays what it was', () => {
    const late = actual({ period: FY27Q2, value: '14', published: '2027-01-10' });
    expect(evaluateStatement(statement(), [late], on('2026-12-29')).status).toBe('unreported');
    expect(evaluateStatement(statement(), [late], on('2027-01-10')).status).toBe('met');
  });
});

describe('restatements and retractions', () => {
  it('turns a met into a missed when the deciding quarter is restated below the target', () => {
    const q1 = actual({ period: FY27Q1, value: '11', published: '2026-08-20' });
    const q2 = actual({ period: FY27Q2, value: '13.1', published: '2026-11-15' });
    const restated = actual({ period: FY27Q2, value: '12.8', published: '2027-02-01' });
    expect(evaluateStatement(statement(), [q1, q2, restated], on('2026-12-01'))).toMatchObject({
      status: 'met',
      decidingActualId: q2.id,
    });
    expect(evaluateStatement(statement(), [q1, q2, restated], on('2027-02-01'))).toMatchObject({
      status: 'missed',
      decidingActualId: restated.id,
    });
  });

  it('removes a retracted entry from every knowledge time, and keeps it for a record time before the retraction', () => {
    // Recorded on 2026-08-21, retracted on record on 2026-09-05: the figure was never public.
    const wrong = {
      ...actual({ period: FY27Q1, value: '13.5', published: '2026-08-20', retracted: '2026-09-05' }),
      recordedAt: on('2026-08-21'),
    };
    for (const asOf of [on('2026-09-01'), on('2026-09-05'), on('2026-10-01')]) {
      expect(evaluateStatement(statement(), [wrong], asOf)).toMatchObject({ status: 'pending', observations: [] });
    }
    // What saydo said on 2026-09-01, before it was told of the mistake: the wrong figure met the promise.
    expect(evaluateStatement(statement(), onRecordAt([wrong], on('2026-09-01')), on('2026-09-01'))).toMatchObject({
      status: 'met',
      decidingActualId: wrong.id,
    });
    // Before saydo recorded it at all, it had nothing.
    expect(evaluateStatement(statement(), onRecordAt([wrong], on('2026-08-20', 12)), on('2026-08-20', 12)).status).toBe(
      'pending',
    );
  });

  it('lets the figure a retracted restatement replaced stand at every knowledge time', () => {
    const q1 = actual({ period: FY27Q1, value: '11', published: '2026-08-20' });
    const original = actual({ period: FY27Q2, value: '14', published: '2026-11-15' });
    const badRestatement = actual({ period: FY27Q2, value: '1.4', published: '2026-12-01', retracted: '2026-12-03' });
    const all = [q1, original, badRestatement];
    for (const asOf of [on('2026-12-02'), on('2026-12-03')]) {
      expect(evaluateStatement(statement(), all, asOf)).toMatchObject({ status: 'met', decidingActualId: original.id });
    }
    expect(evaluateStatement(statement(), onRecordAt(all, on('2026-12-02')), on('2026-12-02')).status).toBe('missed');
  });
});

describe('revisions', () => {
  const q2 = actual({ period: FY27Q2, value: '14', published: '2026-11-15' });

  it('marks a statement superseded when a revision replaced it before it resolved', () => {
    const raised = revision('raised', '2026-06-01', 'stmt-2');
    const result = evaluateStatement(statement(), [q2], on('2026-12-01'), raised);
    expect(result).toMatchObject({
      status: 'superseded',
      asOf: on('2026-12-01'),
      decidingActualId: null,
      surprise: null,
      trajectory: null,
    });
    expect(result.explanation).toBe('Superseded on 2026-06-01 by statement stmt-2 (raised), before it resolved.');
  });

  it('marks a statement withdrawn when management withdrew it before it resolved', () => {
    const result = evaluateStatement(statement(), [q2], on('2026-12-01'), revision('withdrawn', '2026-06-01'));
    expect(result).toMatchObject({ status: 'withdrawn', explanation: 'Withdrawn on 2026-06-01, before it resolved.' });
  });

  it('ignores a revision not yet known at asOf', () => {
    const result = evaluateStatement(statement(), [], on('2026-05-20'), revision('raised', '2026-06-01', 'stmt-2'));
    expect(result.status).toBe('pending');
  });

  it('keeps a result reached before the revision: a miss cannot be revised away', () => {
    const q1 = actual({ period: FY27Q1, value: '9', published: '2026-08-20' });
    const q2Short = actual({ period: FY27Q2, value: '10', published: '2026-11-15' });
    const lowered = revision('lowered', '2026-11-15', 'stmt-2');
    const result = evaluateStatement(statement(), [q1, q2Short], on('2027-01-01'), lowered);
    expect(result).toMatchObject({ status: 'missed', asOf: on('2027-01-01'), decidingActualId: q2Short.id });
  });
});

describe('trajectory of a pending statement', () => {
  // "In the teens in a quarter of FY2027": quarterly figures are its observations (FY2027 alone means the year).
  const fullYear = statement({
    window: { start: '2026-04-01', end: '2027-03-31', label: 'FY2027' },
    periodicity: 'quarter',
  });

  it('projects a least-squares line to the window end: 10% then 12% is on track for the teens', () => {
    const q1 = actual({ period: FY27Q1, value: '10', published: '2026-08-20' });
    const q2 = actual({ period: FY27Q2, value: '12', published: '2026-11-15' });
    const result = evaluateStatement(fullYear, [q1, q2], on('2026-11-20'));
    // Days since 2026-04-01: 90 and 182, projected to 364: 12 + (2 / 92) × 182.
    expect(result.trajectory).toEqual({
      status: 'on_track',
      projectedValue: '15.9565217391',
      projectedTo: '2027-03-31',
      method: 'linear',
      basedOn: 2,
    });
    expect(result.explanation).toBe(
      'Latest cloud.ebita_margin FY2027Q2 (2026-07-01..2026-09-30) = 12%, below the target (13 to under 20%, ' +
        'stated as "the teens"); a linear trend over 2 periods projects 15.9565% at 2027-03-31, on track.',
    );
  });

  it('calls a falling margin off track', () => {
    const q1 = actual({ period: FY27Q1, value: '12', published: '2026-08-20' });
    const q2 = actual({ period: FY27Q2, value: '11', published: '2026-11-15' });
    const { trajectory } = evaluateStatement(fullYear, [q1, q2], on('2026-11-20'));
    expect(trajectory).toMatchObject({ status: 'off_track', method: 'linear' });
  });

  it('holds the last value when there is a single observation', () => {
    const q1 = actual({ period: FY27Q1, value: '12', published: '2026-08-20' });
    expect(evaluateStatement(fullYear, [q1], on('2026-09-01')).trajectory).toEqual({
      status: 'off_track',
      projectedValue: '12',
      projectedTo: '2027-03-31',
      method: 'last_value',
      basedOn: 1,
    });
  });

  it('gives no trajectory to resolved statements', () => {
    const q1 = actual({ period: FY27Q1, value: '14', published: '2026-08-20' });
    expect(evaluateStatement(fullYear, [q1], on('2026-09-01')).trajectory).toBeNull();
  });
});

// --- Properties --------------------------------------------------------------------------------------------------

describe('evaluation properties', () => {
  it("keeps a statement met under 'any' met at every later time when nothing is restated or retracted", () => {
    const uniquePeriods = fc.uniqueArray(actualSpec, { selector: (a) => a.month, maxLength: 12 });
    fc.assert(
      fc.property(statements, uniquePeriods, knowledgeTime, knowledgeTime, (s, specs, t1, t2) => {
        const actuals = specs.map((spec, i) => toActual({ ...spec, retractAfterDays: null }, i));
        const [earlier, later] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const anyStatement = { ...s, mode: 'any' as const };
        fc.pre(evaluateStatement(anyStatement, actuals, earlier).status === 'met');
        expect(evaluateStatement(anyStatement, actuals, later).status).toBe('met');
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a figure published after T change the evaluation as of T', () => {
    fc.assert(
      fc.property(
        statements,
        fc.array(actualSpec, { maxLength: 12 }),
        knowledgeTime,
        actualSpec,
        fc.integer({ min: 1, max: 400 * 24 }),
        (s, specs, asOf, extraSpec, hoursAfter) => {
          const actuals = specs.map(toActual);
          const before = evaluateStatement(s, actuals, asOf);
          const published: Actual = { ...toActual(extraSpec, 999), publishedAt: asOf + hoursAfter * 3_600_000 };
          expect(evaluateStatement(s, [...actuals, published], asOf)).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('carries a deciding actual, position and surprise exactly when resolved by a figure', () => {
    fc.assert(
      fc.property(statements, fc.array(actualSpec, { maxLength: 12 }), knowledgeTime, (s, specs, asOf) => {
        const result = evaluateStatement(s, specs.map(toActual), asOf);
        const decided = result.status === 'met' || result.status === 'missed';
        expect(result.decidingActualId !== null).toBe(decided);
        expect(result.position !== null && result.surprise !== null).toBe(decided);
        if (decided) expect(result.observations.map((o) => o.actualId)).toContain(result.decidingActualId);
        expect(result.trajectory === null || result.status === 'pending').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('restatements published at the same instant', () => {
  it('lets the later recorded figure win over the earlier, whatever their ids', () => {
    const first = {
      ...actual({ period: FY27Q1, value: '12', published: '2026-08-20', id: 'z-first' }),
      recordedSeq: 1,
    };
    const second = {
      ...actual({ period: FY27Q1, value: '14', published: '2026-08-20', id: 'a-second' }),
      recordedSeq: 2,
    };
    expect(knownActuals([first, second], on('2026-08-21')).map((a) => a.value)).toEqual(['14']);
    expect(knownActuals([second, first], on('2026-08-21')).map((a) => a.value)).toEqual(['14']);
  });
});
