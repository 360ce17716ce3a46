// Explanations are English a person would write: built from the target's structure, never by putting the
// wording after a direction word ("below above RMB 10 billion", "meeting surpass"), and derived numbers are
// rounded for reading ("projects 29.5286bn", not 29.5285714285714bn) while the fields keep every digit.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { evaluateStatement } from '../../src/domain/evaluate.js';
import { GOOD_DIRECTIONS, MODES, POSITIONS, STATUSES, type Target } from '../../src/domain/model.js';
import { figureAgainstTarget, positionOf } from '../../src/domain/target.js';
import { actualSpec, knowledgeTime, quarterEnding, targets, toActual } from './arbitraries.js';
import { above, actual, maasArr, on, revision, statement } from './builders.js';

/** Words (and two-word phrases) that say which way a figure lies; two of them in a row is not English. */
const DIRECTION_PHRASES = ['at least', 'at most', 'up to', 'more than', 'less than', 'no less than'];
const DIRECTION_WORDS = new Set(
  [
    'above',
    'below',
    'under',
    'over',
    'beyond',
    'within',
    'inside',
    'exceed',
    'exceeds',
    'exceeding',
    'surpass',
    'surpasses',
    'surpassing',
    'meet',
    'meets',
    'meeting',
    'met',
    'reach',
    'reaches',
    'reaching',
    'top',
    'beat',
    'beating',
  ].concat(DIRECTION_PHRASES.map((p) => p.replace(' ', '_'))),
);

/** The first pair of direction words in a row in a sentence, or null. Punctuation is ignored, quotes too. */
function doubledDirection(sentence: string): string | null {
  let text = sentence.toLowerCase();
  for (const phrase of DIRECTION_PHRASES) text = text.replaceAll(phrase, phrase.replace(' ', '_'));
  // Numbers are words too: 'over 10 up to 20' has no two direction words in a row.
  const words = text.split(/[^a-z0-9_]+/).filter((w) => w !== '');
  for (let i = 1; i < words.length; i += 1) {
    const [a, b] = [words[i - 1] ?? '', words[i] ?? ''];
    if (DIRECTION_WORDS.has(a) && DIRECTION_WORDS.has(b)) return `${a} ${b}`;
  }
  return null;
}

/** Numbers written with more than 4 decimal places. Dates and period labels carry no decimal point. */
function longDecimals(sentence: string): string[] {
  return [...sentence.matchAll(/\d+\.(\d+)/g)].filter((m) => (m[1] ?? '').length > 4).map((m) => m[0]);
}

/** Wordings as guidance states them, many with a direction word of their own. */
const WORDINGS = [
  'above RMB 10 billion',
  'surpass 30bn',
  'at least 20%',
  'below 5bn',
  'under 3%',
  'more than RMB 30 billion',
  'exceed last year',
  'the teens',
  'reach 1 trillion',
];

describe('the direction-word check itself', () => {
  it('catches the sentences that were wrong', () => {
    expect(doubledDirection('12.4%, below above RMB 10 billion (above 10bn CNY)')).toBe('below above');
    expect(doubledDirection('36bn, meeting surpass 30bn')).toBe('meeting surpass');
    expect(doubledDirection('31bn, meeting more than RMB 30 billion')).toBe('meeting more_than');
    expect(doubledDirection('12.4%, below the target (13 to under 20%, stated as "the teens")')).toBeNull();
  });
});

describe('explanations read as English', () => {
  it('never puts a wording after a direction word: "below above RMB 10 billion" reads below the target', () => {
    const target: Target = { op: 'gt', value: '10000000000', wording: 'above RMB 10 billion' };
    expect(figureAgainstTarget('8000000000', target, 'CNY')).toBe(
      '8bn CNY, below the target (above 10bn CNY, stated as "above RMB 10 billion")',
    );
  });

  it('says a one-sided target is met, not entered: 36bn is "meeting the target", not "meeting surpass 30bn"', () => {
    const arr = statement({
      metric: maasArr,
      target: above('30000000000', 'surpass 30bn'),
      window: { start: '2026-04-01', end: '2027-03-31', label: 'FY2027' },
    });
    const october = actual({ period: '2026-10-31', value: '36000000000', published: '2026-11-10' });
    expect(evaluateStatement(arr, [october], on('2026-11-20')).explanation).toBe(
      'cloud.maas_arr at 2026-10-31 = 36bn CNY, meeting the target (above 30bn CNY, stated as "surpass 30bn"), ' +
        "early: ahead of the window's end on 2027-03-31.",
    );
  });

  it('rounds a projection to 4 decimals for reading while the trajectory keeps 10', () => {
    const arr = statement({
      metric: maasArr,
      target: above('40000000000'),
      mode: 'final',
      window: { start: '2026-04-01', end: '2027-03-31' },
    });
    const figures = [
      actual({ period: '2026-06-30', value: '20000000000', published: '2026-08-20' }),
      actual({ period: '2026-09-30', value: '21300000000', published: '2026-11-15', id: 'b' }),
    ];
    const result = evaluateStatement(arr, figures, on('2026-12-01'));
    expect(result.trajectory?.projectedValue).toMatch(/^\d+(\.\d{1,10})?$/);
    expect(result.explanation).toMatch(/projects \d+(\.\d{1,4})?bn CNY at 2027-03-31/);
    expect(longDecimals(result.explanation)).toEqual([]);
  });

  it("reads an 'about' target given as a percentage with its worked-out ends", () => {
    const target: Target = { op: 'about', value: '28000000000', tolerancePercent: '2' };
    expect(figureAgainstTarget('28100000000', target, 'CNY')).toBe(
      '28.1bn CNY, within the target (about 28bn CNY, plus or minus 2% (27.44bn to 28.56bn CNY))',
    );
  });
});

describe('explanation properties', () => {
  const wordedTargets = fc
    .tuple(targets, fc.option(fc.constantFrom(...WORDINGS), { nil: undefined }))
    .map(([target, wording]): Target => (wording === undefined ? target : { ...target, wording }));

  it('has no doubled direction words and no number past 4 decimals, for every operator, position and status', () => {
    const seen = { statuses: new Set<string>(), positions: new Set<string>(), ops: new Set<string>() };
    fc.assert(
      fc.property(
        wordedTargets,
        fc.constantFrom(...GOOD_DIRECTIONS),
        fc.constantFrom(...MODES),
        fc.constantFrom('percent', 'CNY', 'count'),
        fc.array(actualSpec, { maxLength: 4 }),
        knowledgeTime,
        fc.option(
          fc.tuple(
            fc.constantFrom('withdrawn' as const, 'raised' as const, 'lowered' as const),
            fc.constantFrom('2025-09-15', '2026-01-15', '2026-09-01'),
          ),
          { nil: null },
        ),
        (target, goodDirection, mode, unit, specs, asOf, revised) => {
          const s = statement({
            metric: { key: 'm', unit, kind: 'flow', goodDirection },
            target,
            mode,
            window: { start: quarterEnding(2)[0], end: quarterEnding(8)[1] },
          });
          const actuals = specs.map(toActual);
          const rev = revised === null ? null : revision(...revised);
          const e = evaluateStatement(s, actuals, asOf, rev);
          seen.statuses.add(e.status);
          seen.ops.add(target.op);
          for (const o of e.observations) seen.positions.add(positionOf(o.value, target));
          expect(doubledDirection(e.explanation), e.explanation).toBeNull();
          expect(longDecimals(e.explanation), e.explanation).toEqual([]);
        },
      ),
      { numRuns: 600 },
    );
    // The run did go through every operator, position and status.
    expect([...seen.statuses].sort()).toEqual([...STATUSES].sort());
    expect([...seen.positions].sort()).toEqual([...POSITIONS].sort());
    expect(seen.ops.size).toBe(6);
  });

  it('writes every operator against every position the same way, with the figure first', () => {
    fc.assert(
      fc.property(
        wordedTargets,
        fc.integer({ min: -300, max: 300 }),
        fc.constantFrom('percent', 'CNY'),
        (target, tenths, unit) => {
          const value = (tenths / 10).toFixed(1);
          const sentence = figureAgainstTarget(value, target, unit);
          expect(sentence).toMatch(/^-?[\d.,]+(bn|m|tn)?( CNY|%)?, (below|above|within|meeting) the target \(/);
          expect(doubledDirection(sentence), sentence).toBeNull();
          expect(longDecimals(sentence), sentence).toEqual([]);
        },
      ),
    );
  });
});
