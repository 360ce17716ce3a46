// The second held-out set, spent (measured once at e8aee66: 88.9% of fields, 83.5% of sentences, 7 deadlines lost;
// 97.3% of fields at confidence >= 0.9) and tuned on since. Its level, less a small margin, is asserted here so
// that a change which makes the parser read it worse fails. The current held-out set is never scored in the suite.
import { HELD_OUT, HELD_OUT_COMPANIES } from './second-held-out.js';
import { describeSpentSet } from './spent-set.js';

// Tuned on since: measured at 100% of fields and of sentences (164), no deadline lost.
// Measured at 100% over 97 drafts.
describeSpentSet(
  'second-held-out',
  { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT },
  { fields: 0.99, sentences: 0.99, topDraftsMoreThan: 80, topFields: 0.99 },
);
