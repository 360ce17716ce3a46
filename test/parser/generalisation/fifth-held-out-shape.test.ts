// The fifth held-out set's shape only (./fifth-held-out.ts, frozen on 2026-12-03 before any further tuning, measured
// once at stop 25 and spent since): what issue 18 and the brief for this set ask of it (size, companies new to every other set, spread of
// currencies, calendars and families, weight on deadlines written as modifiers), that it shares no company or
// sentence with the sets the parser is tuned on (development, and the spent first, second, third and fourth held-out
// sets), and that its labels are well formed. It never runs the parser: the set is measured once, elsewhere (npm run
// parser:score -- held-out).
import { FROZEN_ON, HELD_OUT, HELD_OUT_COMPANIES } from './fifth-held-out.js';
import { describeHeldOutShape } from './held-out-brief.js';
import { setsBefore } from './labelled-sets.js';

describeHeldOutShape(
  'fifth',
  { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT, frozenOn: FROZEN_ON },
  {
    frozenOn: '2026-12-03',
    sentences: 130,
    companies: 40,
    currencies: 6,
    calendars: 10,
    weekdayCalendars: 6,
    notGuidance: 35,
    guidance: 100,
    perFamily: 7,
    deadlineModifiers: 50,
    relativeChanges: 30,
    absoluteChanges: 8,
    priorPeriodChanges: 1,
    noDeadline: 5,
  },
  setsBefore('fifth-held-out'),
);
