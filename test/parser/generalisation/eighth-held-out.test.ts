// The eighth held-out set, spent (measured once at 1a5a374, stop 27: 91.2% of fields, 85.5% of sentences, no
// deadline lost; 98.5% of fields at confidence >= 0.9 over 143 drafts; 87.6% of paired drafts bound to their metric)
// and tuned on from now. Its measured level, less a small margin, is asserted here so that a change which makes the
// parser read it worse fails.
// Tuned in the ninth round (tune-9) to 93.7% of fields, 87.9% of sentences, no deadline lost, 98.5% of fields at
// confidence >= 0.9 over 145 drafts (87.7% bound).
// Tuned in the tenth round (tune-10) to 98.7% of fields, 94.2% of sentences, no deadline lost, 99.2% of fields at
// confidence >= 0.9 over 148 drafts (87.6% bound); the floors are that level less a margin. The thirteenth round
// (round13) took it to 99.1% of fields, 97.1% of sentences, 99.7% at confidence >= 0.9 over 148 drafts (88.6% bound),
// with no relabel, and raised the floors to match.
import { HELD_OUT, HELD_OUT_COMPANIES } from './eighth-held-out.js';
import { describeSpentSet } from './spent-set.js';

describeSpentSet(
  'eighth-held-out',
  { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT },
  { fields: 0.985, sentences: 0.96, topDraftsMoreThan: 140, topFields: 0.99 },
);
