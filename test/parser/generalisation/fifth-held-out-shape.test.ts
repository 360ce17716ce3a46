// The fifth held-out set's shape only (./fifth-held-out.ts, frozen on 2026-12-03 before any further tuning, measured
// once at stop 25 and spent since): what issue 18 and the brief for this set ask of it (size, companies new to every other set, spread of
// currencies, calendars and families, weight on deadlines written as modifiers), that it shares no company or
// sentence with the sets the parser is tuned on (development, and the spent first, second, third and fourth held-out
// sets), and that its labels are well formed. It never runs the parser: the set is measured once, elsewhere (npm run
// parser:score -- held-out).
import { DEVELOPMENT, DEVELOPMENT_COMPANIES } from './development.js';
import { FROZEN_ON, HELD_OUT, HELD_OUT_COMPANIES } from './fifth-held-out.js';
import { HELD_OUT as FIRST_HELD_OUT, HELD_OUT_COMPANIES as FIRST_HELD_OUT_COMPANIES } from './first-held-out.js';
import { HELD_OUT as FOURTH_HELD_OUT, HELD_OUT_COMPANIES as FOURTH_HELD_OUT_COMPANIES } from './fourth-held-out.js';
import { type EarlierSet, describeHeldOutShape } from './held-out-brief.js';
import { HELD_OUT as SECOND_HELD_OUT, HELD_OUT_COMPANIES as SECOND_HELD_OUT_COMPANIES } from './second-held-out.js';
import { HELD_OUT as THIRD_HELD_OUT, HELD_OUT_COMPANIES as THIRD_HELD_OUT_COMPANIES } from './third-held-out.js';

const EARLIER: EarlierSet[] = [
  { name: 'the development set', set: { companies: DEVELOPMENT_COMPANIES, sentences: DEVELOPMENT } },
  { name: 'the first held-out set', set: { companies: FIRST_HELD_OUT_COMPANIES, sentences: FIRST_HELD_OUT } },
  { name: 'the second held-out set', set: { companies: SECOND_HELD_OUT_COMPANIES, sentences: SECOND_HELD_OUT } },
  { name: 'the third held-out set', set: { companies: THIRD_HELD_OUT_COMPANIES, sentences: THIRD_HELD_OUT } },
  { name: 'the fourth held-out set', set: { companies: FOURTH_HELD_OUT_COMPANIES, sentences: FOURTH_HELD_OUT } },
];

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
  EARLIER,
);
