// The first held-out set, spent (measured once at 378fc16: 86.3% of fields, 75.3% of sentences, 3 deadlines
// lost) and tuned on since. Its measured level, less a small margin, is asserted here so that a change which
// makes the parser read it worse fails. The new held-out set is never scored in the test suite.
import { HELD_OUT, HELD_OUT_COMPANIES } from './first-held-out.js';
import { describeSpentSet } from './spent-set.js';

// Measured at 99.3% of fields and 99.4% of sentences (165 of 166).
// Measured at 100% over 109 drafts.
describeSpentSet(
  'first-held-out',
  { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT },
  { fields: 0.99, sentences: 0.98, topDraftsMoreThan: 90, topFields: 0.99 },
);
