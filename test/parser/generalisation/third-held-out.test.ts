// The third held-out set, spent (measured once at 9b2ccdf, stop 25: 90.2% of fields, 84.6% of sentences, 1 deadline
// lost; 96.1% of fields at confidence >= 0.9) and tuned on from now (branch parser-tune2: 99.0% of fields, 97.9% of
// sentences, no deadline lost, 99.9% of fields at confidence >= 0.9). Its tuned level, less a small margin, is
// asserted here so that a change which makes the parser read it worse fails. A current held-out set (held-out.ts,
// when there is one) is never scored in the suite.
import { describe, expect, it } from 'vitest';
import { HELD_OUT, HELD_OUT_COMPANIES } from './third-held-out.js';
import { formatScore, scoreSet } from './score.js';

describe('parser on the third held-out set (spent)', () => {
  const score = scoreSet(HELD_OUT_COMPANIES, HELD_OUT);

  it('keeps the level it was tuned to: 98% of fields, 96% of sentences, no deadline lost', () => {
    console.log(formatScore('third-held-out', score, false));
    expect(score.fieldsRight / score.fieldsTotal).toBeGreaterThanOrEqual(0.98);
    expect(score.sentencesRight / score.sentences).toBeGreaterThanOrEqual(0.96);
    expect(score.deadlinesLost).toBe(0);
  });

  it('is right on at least 99% of the fields of drafts it gives confidence 0.9 or more', () => {
    // Measured at 96.1% over 133 drafts, tuned to 99.9% over 139.
    const top = score.calibration.find((b) => b.from === 0.9);
    expect(top?.drafts).toBeGreaterThan(120);
    expect((top?.fieldsRight ?? 0) / (top?.fieldsTotal ?? 1)).toBeGreaterThanOrEqual(0.99);
  });
});
