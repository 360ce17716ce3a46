// Two clocks: knowledge time (asOf, when the world knew) and record time (recordedAsOf, what saydo had on record).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/domain/dates.js';
import { evaluateStatement, knownActuals } from '../../src/domain/evaluate.js';
import type { Actual } from '../../src/domain/model.js';
import { onRecordAt } from '../../src/domain/record-time.js';
import { evaluationTimeline, segmentAt } from '../../src/domain/timeline.js';
import { actualSpec, knowledgeTime, levelOrChangeStatements as statements, toActual } from './arbitraries.js';
import { on } from './builders.js';

/** The evaluation as of knowledge time T, as saydo had the record at record time R. */
const answer = (s: Parameters<typeof evaluateStatement>[0], actuals: Actual[], t: number, r: number) =>
  evaluateStatement(s, onRecordAt(actuals, r), t);

describe('two clocks', () => {
  it('never changes an answer as of (T, R) after R: records made later, new figures or retractions, change nothing', () => {
    fc.assert(
      fc.property(
        statements,
        fc.array(actualSpec, { maxLength: 10 }),
        knowledgeTime,
        knowledgeTime,
        fc.array(actualSpec, { maxLength: 4 }),
        fc.nat(),
        fc.integer({ min: 1, max: 400 * 24 }),
        (s, specs, t, r, laterSpecs, pick, hoursAfter) => {
          const actuals = specs.map(toActual).filter((a) => (a.recordedAt ?? 0) <= r);
          const before = answer(s, actuals, t, r);
          const later = r + hoursAfter * 3_600_000;
          // New figures recorded after R, published at any knowledge time (even long before T: loaded late).
          const added = laterSpecs.map((spec, i) => ({ ...toActual(spec, 500 + i), recordedAt: later }));
          // And one figure standing at R retracted on record after R.
          const i = pick % Math.max(actuals.length, 1);
          const retracted = actuals.map((a, j) =>
            j === i && a.retractedAt === null ? { ...a, retractedAt: later } : a,
          );
          expect(answer(s, [...retracted, ...added], t, r)).toEqual(before);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('with R = now, uses only figures published by T and never a retracted one', () => {
    fc.assert(
      fc.property(statements, fc.array(actualSpec, { maxLength: 12 }), knowledgeTime, (s, specs, t) => {
        const actuals = specs.map(toActual);
        const now = Math.max(t, ...actuals.map((a) => Math.max(a.recordedAt ?? 0, a.retractedAt ?? 0))) + DAY_MS;
        const result = answer(s, actuals, t, now);
        const byId = new Map(actuals.map((a) => [a.id, a]));
        const used = [...result.observations.map((o) => o.actualId), result.decidingActualId].filter(
          (id): id is string => id !== null,
        );
        for (const id of used) {
          const a = byId.get(id);
          expect(a?.publishedAt).toBeLessThanOrEqual(t);
          expect(a?.retractedAt).toBeNull();
        }
        // And the answer is the one without the retracted figures at all: they were never public.
        expect(result).toEqual(
          evaluateStatement(
            s,
            actuals.filter((a) => a.retractedAt === null),
            t,
          ),
        );
        for (const known of knownActuals(onRecordAt(actuals, now), t)) expect(known.retractedAt).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a figure retracted after R in the answer as of R, where it was on record', () => {
    fc.assert(
      fc.property(statements, fc.array(actualSpec, { minLength: 1, maxLength: 8 }), (s, specs) => {
        const actuals = specs.map((spec, i) => ({ ...toActual(spec, i), retractedAt: null }));
        const r = Math.max(...actuals.map((a) => a.recordedAt ?? 0));
        const t = Math.max(...actuals.map((a) => a.publishedAt)) + DAY_MS;
        const retracted = actuals.map((a) => ({ ...a, retractedAt: r + DAY_MS }));
        expect(answer(s, retracted, t, r)).toEqual(answer(s, actuals, t, r));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same timeline from the record at R as evaluating each instant as of (T, R) (property)', () => {
    fc.assert(
      fc.property(
        statements,
        fc.array(actualSpec, { maxLength: 10 }),
        knowledgeTime,
        fc.array(knowledgeTime, { minLength: 1, maxLength: 6 }),
        (s, specs, r, times) => {
          const record = onRecordAt(specs.map(toActual), r);
          const known = on(s.statedOn);
          const segments = evaluationTimeline(s, record, null, known);
          for (const t of times.filter((time) => time >= known)) {
            expect({ ...segmentAt(segments, t)?.evaluation, asOf: t }).toEqual(evaluateStatement(s, record, t));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
