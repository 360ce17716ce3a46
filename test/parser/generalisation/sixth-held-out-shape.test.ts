// The sixth held-out set's shape only (./sixth-held-out.ts, frozen on 2026-12-03 before any further tuning,
// measured once at stop 26 and spent since): what issue 18 and the brief for this set ask of it (size, companies
// new to every other set, spread of currencies, calendars and families, weight on deadlines written as modifiers),
// that it shares no company or sentence with the sets the parser is tuned on (development, and the spent first,
// second, third, fourth and fifth held-out sets), and that its labels are well formed. It never runs the parser.
import { describeHeldOutShape } from './held-out-brief.js';
import { setsBefore } from './labelled-sets.js';
import { FROZEN_ON, HELD_OUT, HELD_OUT_COMPANIES } from './sixth-held-out.js';

describeHeldOutShape(
  'sixth',
  { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT, frozenOn: FROZEN_ON },
  {
    frozenOn: '2026-12-03',
    sentences: 160,
    companies: 50,
    currencies: 8,
    calendars: 12,
    weekdayCalendars: 6,
    notGuidance: 40,
    guidance: 120,
    perFamily: 8,
    deadlineModifiers: 55,
    relativeChanges: 30,
    absoluteChanges: 10,
    priorPeriodChanges: 2,
    noDeadline: 5,
  },
  setsBefore('sixth-held-out'),
);
