// The ninth held-out set's shape only (./ninth-held-out.ts, frozen on 2026-12-03 before any further tuning,
// written at the same time as the eighth set by a different writer who read neither): what issue 18 and the brief
// for this set ask of it (size, companies new to every other set, spread of currencies, calendars and families,
// weight on deadlines written as modifiers), that it shares no company or sentence with the development set or the
// first to seventh held-out sets, and that its labels are well formed. It never runs the parser.
import { describe, expect, it } from 'vitest';
import { BRIEF_OF_2026_12_03, describeHeldOutShape } from './held-out-brief.js';
import { setsBefore } from './labelled-sets.js';
import { expectNoSharedSentence } from './held-out-shape.js';
import { HELD_OUT as EIGHTH_HELD_OUT, HELD_OUT_COMPANIES as EIGHTH_HELD_OUT_COMPANIES } from './eighth-held-out.js';
import { FROZEN_ON, HELD_OUT, HELD_OUT_COMPANIES } from './ninth-held-out.js';

describeHeldOutShape(
  'ninth',
  { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT, frozenOn: FROZEN_ON },
  BRIEF_OF_2026_12_03,
  // Not the eighth: written at the same time, it shares ten companies with this set (below).
  setsBefore('eighth-held-out'),
);

const set = { companies: HELD_OUT_COMPANIES, sentences: HELD_OUT };

describe('ninth held-out set: what it shares with the eighth, written at the same time', () => {
  // The two writers worked at once and neither read the other's set; they chose ten of the same companies, found at
  // merge, before either set was measured. Both are measured together, with the same parser, so neither was tuned
  // on the other's; each keeps its own metrics for them. No further company or sentence may be shared.
  const SHARED = [
    'campari',
    'falabella',
    'fisher-paykel',
    'galaxy-entertainment',
    'kesko',
    'lojas-renner',
    'mediatek',
    'murata',
    'shake-shack',
    'techtronic',
  ];

  it('shares only those ten companies with it, by id or name', () => {
    const norm = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
    const ids = new Set(EIGHTH_HELD_OUT_COMPANIES.map((c) => c.id));
    const names = new Set(EIGHTH_HELD_OUT_COMPANIES.map((c) => norm(c.name)));
    const shared = HELD_OUT_COMPANIES.filter((c) => ids.has(c.id) || names.has(norm(c.name))).map((c) => c.id);
    expect(shared.sort()).toEqual(SHARED);
  });

  it('shares no sentence with it', () => {
    expectNoSharedSentence(set, EIGHTH_HELD_OUT);
  });
});

describe('ninth held-out set: its own ids', () => {
  it("uses only sentence ids of this set's form", () => {
    for (const s of HELD_OUT) expect(s.id).toMatch(/^h9-\d{3}$/);
  });
});
