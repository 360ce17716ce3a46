// The eighth held-out set's shape only (./eighth-held-out.ts, frozen on 2026-12-03 before any further tuning, written blind
// after the seventh set was spent): what issue 18 and the brief for this set ask of it (size, companies new to every
// other set, spread of currencies, calendars and families, weight on deadlines written as modifiers), that it shares
// no company or sentence with the development set or any of the seven spent held-out sets, and that its labels are
// well formed. It never runs the parser.
import { BRIEF_OF_2026_12_03, describeHeldOutShape } from './held-out-brief.js';
import { setsBefore } from './labelled-sets.js';
import { FROZEN_ON, HELD_OUT, HELD_OUT_COMPANIES } from './eighth-held-out.js';

describeHeldOutShape(
  'eighth',
  { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT, frozenOn: FROZEN_ON },
  BRIEF_OF_2026_12_03,
  setsBefore('eighth-held-out'),
);
