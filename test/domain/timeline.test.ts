import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateStatement } from '../../src/domain/evaluate.js';
import { onRecordAt } from '../../src/domain/record-time.js';
import { evaluationTimeline, segmentAt } from '../../src/domain/timeline.js';
import { actualSpec, knowledgeTime, statements, toActual } from './arbitraries.js';
import { DAY_MS } from '../../src/domain/dates.js';
import { FY27Q1, FY27Q2, actual, on, revision, statement } from './builders.js';

describe('evaluation timeline', () => {
  it('turns the teens guidance from pending to missed at the moment FY2027Q1 is published at 12.4%', () => {
    const teens = statement({ mode: 'all' });
    const q1 = actual({ period: FY27Q1, value: '12.4', published: '2026-08-20' });
    const segments = evaluationTimeline(teens, [q1], null, on('2026-05-15'));
    expect(segments.map((s) => [s.from, s.to, s.evaluation.status])).toEqual([
      [on('2026-05-15'), q1.publishedAt, 'pending'],
      [q1.publishedAt, null, 'missed'],
    ]);
  });

  it('turns a silent statement unreported when the grace period ends, with no write', () => {
    const teens = statement({ graceDays: 60 });
    const [segment, silent] = evaluationTimeline(teens, [], null, on('2026-05-15'));
    expect(segment?.evaluation.status).toBe('pending');
    // The window FY2027Q1..FY2027Q2 ends 2026-09-30; 60 days later is 2026-11-29, the last day a report counts.
    expect(silent).toMatchObject({ from: on('2026-11-30'), to: null, evaluation: { status: 'unreported' } });
  });

  it('starts a new segment for every new figure, even when the status stays pending', () => {
    const q1 = actual({ period: FY27Q1, value: '14', published: '2026-08-20' });
    const segments = evaluationTimeline(statement({ mode: 'all' }), [q1], null, on('2026-05-15'));
    // Pending with nothing, pending with FY2027Q1 on track, then unreported once the grace for FY2027Q2 runs
    // out with FY2027Q2 never reported: a scheduled change at the deadline.
    expect(segments.map((s) => [s.evaluation.status, s.evaluation.observations.length])).toEqual([
      ['pending', 0],
      ['pending', 1],
      ['unreported', 1],
    ]);
    expect(segments[2]?.from).toBe(on('2026-11-30'));
  });

  it('supersedes the statement at the end of the day it is revised', () => {
    const raised = revision('raised', '2026-08-01');
    const segments = evaluationTimeline(statement(), [], raised, on('2026-05-15'));
    expect(segments.map((s) => s.evaluation.status)).toEqual(['pending', 'superseded']);
    expect(segments[1]?.from).toBe(raised.effectiveAt);
  });

  it('never puts a retracted figure in force: the statement waits, then goes silent at the deadline', () => {
    const wrong = actual({ period: FY27Q2, value: '25', published: '2026-11-15', retracted: '2026-11-20' });
    const segments = evaluationTimeline(statement({ mode: 'any' }), [wrong], null, on('2026-05-15'));
    expect(segments.map((s) => [s.from, s.evaluation.status])).toEqual([
      [on('2026-05-15'), 'pending'],
      [on('2026-11-30'), 'unreported'],
    ]);
    // As saydo had it on 2026-11-18, before the retraction was recorded, the figure met the promise from 11-15.
    const then = evaluationTimeline(
      statement({ mode: 'any' }),
      onRecordAt([wrong], on('2026-11-18')),
      null,
      on('2026-05-15'),
    );
    expect(then.map((s) => [s.from, s.evaluation.status])).toEqual([
      [on('2026-05-15'), 'pending'],
      [on('2026-11-15'), 'met'],
    ]);
  });

  it('agrees with a direct evaluation at every knowledge time (property)', () => {
    fc.assert(
      fc.property(
        statements,
        fc.array(actualSpec, { maxLength: 10 }),
        fc.option(
          fc.tuple(fc.constantFrom('raised' as const, 'withdrawn' as const), fc.integer({ min: 0, max: 1200 })),
        ),
        fc.array(knowledgeTime, { minLength: 1, maxLength: 8 }),
        (s, specs, revisionSpec, times) => {
          const actuals = specs.map(toActual);
          const known = on(s.statedOn);
          const rev = revisionSpec ? { kind: revisionSpec[0], effectiveAt: known + revisionSpec[1] * DAY_MS } : null;
          const segments = evaluationTimeline(s, actuals, rev, known);
          for (const t of times.filter((time) => time >= known)) {
            const segment = segmentAt(segments, t);
            expect(segment).not.toBeNull();
            expect({ ...segment?.evaluation, asOf: t }).toEqual(evaluateStatement(s, actuals, t, rev));
          }
          // Segments tile time: each ends where the next begins, and only the last is open.
          segments.forEach((seg, i) => expect(seg.to).toBe(segments[i + 1]?.from ?? null));
        },
      ),
      { numRuns: 400 },
    );
  });
});
