// The ninth held-out set, spent (measured once at 1a5a374, stop 27: 88.1% of fields, 84.5% of sentences, 3 deadlines
// lost; 96.2% of fields at confidence >= 0.9 over 131 drafts; 85.1% of paired drafts bound to their metric) and tuned
// on from now. Its measured level, less a small margin, is asserted here so that a change which makes the parser read
// it worse fails.
// Tuned in the ninth round (tune-9) to 95.6% of fields, 90.8% of sentences, no deadline lost, 98.0% of fields at
// confidence >= 0.9 over 140 drafts (86.5% bound).
// Tuned in the tenth round (tune-10) to 98.3% of fields, 94.7% of sentences, no deadline lost, 98.7% of fields at
// confidence >= 0.9 over 144 drafts (87.7% bound); the floors are that level less a margin. The thirteenth round
// (round13) took it to 98.8% of fields, 97.6% of sentences, 99.0% at confidence >= 0.9 over 147 drafts (88.7% bound),
// with no relabel, and raised the floors to match.
import { HELD_OUT, HELD_OUT_COMPANIES } from './ninth-held-out.js';
import { describeSpentSet } from './spent-set.js';

describeSpentSet(
  'ninth-held-out',
  { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT },
  { fields: 0.98, sentences: 0.965, topDraftsMoreThan: 138, topFields: 0.985 },
);
