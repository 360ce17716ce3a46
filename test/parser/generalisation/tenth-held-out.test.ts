// The tenth held-out set, spent (measured once at 8cbc6ad: 87.7% of fields, 75.5% of sentences, 3 deadlines lost;
// 94.8% of fields at confidence >= 0.9 over 134 drafts; 84.5% of paired drafts bound to their metric) and tuned on
// from now. Its measured level, less a small margin, is asserted here so that a change which makes the parser read
// it worse fails.
// Tuned in the eleventh round (parser-round-11) to 99.2% of fields, 98.3% of sentences, no deadline lost, 99.7% of
// fields at confidence >= 0.9 over 149 drafts (86.7% bound), partly by relabelling where the set's judgment calls
// contradicted labels.ts and the earlier sets (each relabel has a comment beside its sentence); the floors are that
// level less a margin. The thirteenth round (round13) took it to 99.3% of fields and 98.8% of sentences (99.7% at
// confidence >= 0.9 over 150 drafts, 87.2% bound), with no relabel, and raised the floors to match.
// The relabels alone, scored against the parser as it was measured (8cbc6ad) with the scorer as corrected in round
// 11 (a draft left open is no lost deadline when its own label is open too): 90.2% of fields, 87.6% of sentences,
// 2 deadlines lost, 97.8% of fields at confidence >= 0.9 over 134 drafts. The figure measured once stands as above.
import { HELD_OUT, HELD_OUT_COMPANIES } from './tenth-held-out.js';
import { describeSpentSet } from './spent-set.js';

describeSpentSet(
  'tenth-held-out',
  { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT },
  { fields: 0.985, sentences: 0.975, topDraftsMoreThan: 140, topFields: 0.99 },
);
