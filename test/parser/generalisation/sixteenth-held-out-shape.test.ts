// The sixteenth held-out set's shape only (./sixteenth-held-out.ts, frozen on 2026-12-04 before any tuning on it,
// written blind by a writer who read neither the parser nor any other set's sentences): what the brief asks of its
// size and spread, that it shares no company or sentence with any labelled set before it, and that its labels are
// well formed. It never runs the parser.
import { describe, expect, it } from 'vitest';
import { BRIEF_OF_2026_12_04, describeHeldOutShape } from './held-out-brief.js';
import { FROZEN_ON, HELD_OUT, HELD_OUT_COMPANIES } from './sixteenth-held-out.js';
import { setsBefore } from './labelled-sets.js';

describeHeldOutShape(
  'sixteenth',
  { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT, frozenOn: FROZEN_ON },
  BRIEF_OF_2026_12_04,
  setsBefore('sixteenth-held-out'),
);

describe('sixteenth held-out set: its own ids', () => {
  it("uses only sentence ids of this set's form", () => {
    for (const s of HELD_OUT) expect(s.id).toMatch(/^h16-\d{3}$/);
  });
});
