// The tenth held-out set's shape only (./tenth-held-out.ts, frozen on 2026-12-03 before any tuning on it, written
// blind by a writer who read neither src/parser nor the sentences of any other set): what the brief of 2026-12-03
// asks of it (size, companies new to every other set, spread of currencies, calendars and families, weight on
// deadlines written as modifiers), that it shares no company or sentence with the development set or the first to
// ninth held-out sets, and that its labels are well formed. It never runs the parser.
import { describe, expect, it } from 'vitest';
import { BRIEF_OF_2026_12_03, describeHeldOutShape } from './held-out-brief.js';
import { setsBefore } from './labelled-sets.js';
import { FROZEN_ON, HELD_OUT, HELD_OUT_COMPANIES } from './tenth-held-out.js';

describeHeldOutShape(
  'tenth',
  { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT, frozenOn: FROZEN_ON },
  BRIEF_OF_2026_12_03,
  setsBefore('tenth-held-out'),
);

describe('tenth held-out set: its own ids', () => {
  it("uses only sentence ids of this set's form", () => {
    for (const s of HELD_OUT) expect(s.id).toMatch(/^h10-\d{3}$/);
  });
});
