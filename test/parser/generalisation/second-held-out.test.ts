// The second held-out set, spent (measured once at e8aee66: 88.9% of fields, 83.5% of sentences, 7 deadlines lost;
// 97.3% of fields at confidence >= 0.9) and tuned on since. Its level, less a small margin, is asserted here so
// that a change which makes the parser read it worse fails. The current held-out set is never scored in the suite.
import { describe, expect, it } from 'vitest';
import { HELD_OUT, HELD_OUT_COMPANIES } from './second-held-out.js';
import { formatScore, scoreSet } from './score.js';

describe('parser on the second held-out set (spent)', () => {
  const score = scoreSet(HELD_OUT_COMPANIES, HELD_OUT);

  it('keeps the level it reached: 99% of fields and of sentences, no deadline lost', () => {
    console.log(formatScore('second-held-out', score, true));
    // Tuned on since: measured at 100% of fields and of sentences (164), no deadline lost.
    expect(score.fieldsRight / score.fieldsTotal).toBeGreaterThanOrEqual(0.99);
    expect(score.sentencesRight / score.sentences).toBeGreaterThanOrEqual(0.99);
    expect(score.deadlinesLost).toBe(0);
  });

  it('is right on at least 99% of the fields of drafts it gives confidence 0.9 or more', () => {
    // Measured at 100% over 97 drafts.
    const top = score.calibration.find((b) => b.from === 0.9);
    expect(top?.drafts).toBeGreaterThan(80);
    expect((top?.fieldsRight ?? 0) / (top?.fieldsTotal ?? 1)).toBeGreaterThanOrEqual(0.99);
  });
});
