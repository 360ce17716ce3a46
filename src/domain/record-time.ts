// Record time: when saydo was told. Knowledge time (asOf) says when the world knew a fact; record time
// (recordedAsOf) says what saydo had on record. "What did saydo say on D?" is asOf = recordedAsOf = D; "what do we
// now know was true on D?" is asOf = D with the record as it stands now. Pure: the caller passes both instants.
import type { Actual } from './model.js';

/**
 * The actuals as saydo had them on record at record time `recordedAsOf` (epoch ms): only those recorded by then,
 * each retracted only if its retraction was recorded by then. Actuals without a record time count as on record
 * from the start. Everything recorded after `recordedAsOf` is left out, so an answer computed from this never
 * changes after `recordedAsOf`.
 */
export function onRecordAt<A extends Actual>(actuals: readonly A[], recordedAsOf: number): A[] {
  const result: A[] = [];
  for (const a of actuals) {
    if (a.recordedAt !== undefined && a.recordedAt > recordedAsOf) continue;
    result.push(a.retractedAt !== null && a.retractedAt > recordedAsOf ? { ...a, retractedAt: null } : a);
  }
  return result;
}
