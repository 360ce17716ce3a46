// The seventh held-out set's shape only (./seventh-held-out.ts, frozen on 2026-12-03 before any further tuning,
// written at the same time as the sixth, ./sixth-held-out.ts, by a different writer who read neither, measured once
// at stop 26 and spent since): what issue 18 and the brief for this set ask of it (size, companies new to every
// other set, spread of currencies, calendars and families, weight on deadlines written as modifiers), that it
// shares no company or sentence with the development set, the spent first to fifth held-out sets or the sixth, and
// that its labels are well formed. It never runs the parser.
import { BRIEF_OF_2026_12_03, describeHeldOutShape } from './held-out-brief.js';
import { setsBefore } from './labelled-sets.js';
import { FROZEN_ON, HELD_OUT, HELD_OUT_COMPANIES } from './seventh-held-out.js';

describeHeldOutShape(
  'seventh',
  { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT, frozenOn: FROZEN_ON },
  BRIEF_OF_2026_12_03,
  setsBefore('seventh-held-out'),
);
