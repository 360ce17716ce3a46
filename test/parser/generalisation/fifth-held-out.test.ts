// The fifth held-out set, spent (measured once at 97f8078, stop 25: 91.6% of fields, 81.9% of sentences, 2 deadlines
// lost; 94.9% of fields at confidence >= 0.9) and tuned on from now. Its measured level, less a small margin, is
// asserted here so that a change which makes the parser read it worse fails. Tuned on it (parser-tune4) to 93.6% of
// fields, 85.4% of sentences, no deadline lost, 96.1% of fields at confidence >= 0.9 over 121 drafts. A current held-out set (held-out.ts,
// when there is one) is never scored in the suite.
import { describe, expect, it } from 'vitest';
import { HELD_OUT, HELD_OUT_COMPANIES } from './fifth-held-out.js';
import { formatScore, scoreSet } from './score.js';

describe('parser on the fifth held-out set (spent)', () => {
  const score = scoreSet(HELD_OUT_COMPANIES, HELD_OUT);

  it('keeps the level it was tuned to: 93% of fields, 84% of sentences, no deadline lost', () => {
    console.log(formatScore('fifth-held-out', score, false));
    expect(score.fieldsRight / score.fieldsTotal).toBeGreaterThanOrEqual(0.93);
    expect(score.sentencesRight / score.sentences).toBeGreaterThanOrEqual(0.84);
    expect(score.deadlinesLost).toBe(0);
  });

  it('is right on at least 95% of the fields of drafts it gives confidence 0.9 or more', () => {
    // Measured at 94.9% over 121 drafts; tuned to 96.1% over 121.
    const top = score.calibration.find((b) => b.from === 0.9);
    expect(top?.drafts).toBeGreaterThan(105);
    expect((top?.fieldsRight ?? 0) / (top?.fieldsTotal ?? 1)).toBeGreaterThanOrEqual(0.95);
  });
});
