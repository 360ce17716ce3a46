// The drafts of the tuned sets bound to their company's own metrics (issue 18: "the draft's metric is chosen among
// the company's own metrics"). Not one of the issue's field targets, and not in the fields: a draft bound to no
// metric says which one to create, which costs the user a step; a draft bound to the wrong metric would post a
// statement about the wrong thing, which is worse, so that is held lower still.
import { describe, expect, it } from 'vitest';
import { LABELLED_SETS } from './labelled-sets.js';
import { type BindingTally, scoreSet } from './score.js';

describe("drafts of the tuned sets bound to their company's metrics", () => {
  const tallies = LABELLED_SETS.map((set) => ({
    name: set.name,
    binding: scoreSet(set.companies, set.sentences).binding,
  }));
  const all = tallies.reduce<BindingTally>(
    (sum, { binding: b }) => ({
      labelled: sum.labelled + b.labelled,
      right: sum.right + b.right,
      unbound: sum.unbound + b.unbound,
      wrong: sum.wrong + b.wrong,
      spurious: sum.spurious + b.spurious,
    }),
    { labelled: 0, right: 0, unbound: 0, wrong: 0, spurious: 0 },
  );

  it('binds at least 90% of the paired drafts to the metric their label names (or to none where none fits)', () => {
    // Measured at 88.7% (950 of 1,071) when the binder learnt to read a metric by its key or its name alone, and
    // to take the one metric sharing a word with a draft whose phrase names none of the company's; 82.8% before.
    // 89.8% (962) once the verbs of guidance the parser reads into a phrase ('project sales') were left out; 90.2%
    // (966) once a loss qualified its profit metric ('ebit.loss' is EBIT). With the sixth and seventh sets, which
    // the binder changes never saw (they were measured after): 89.6% (1,272 of 1,419); on those two alone, 87.4%
    // and 90.7%, against 77.6% and 79.5% with the binder as it was before. 91.6% (1,302 of 1,422) once the basis a
    // figure is stated on ('comparable EPS') qualified its measure and the guidance's own nouns ('capital spending
    // estimate') were left out. With the eighth and ninth sets (measured once at 1a5a374: 87.6% and 85.1% on them
    // alone; 87.7% and 86.5% after the ninth round's tuning): 92.1% (1,744 of 1,894). With the tenth (measured once
    // at 8cbc6ad: 84.5% on it alone; 86.7% after the eleventh round's tuning): 91.6% (1,929 of 2,106).
    console.log(tallies.map(({ name, binding }) => `${name}: ${JSON.stringify(binding)}`).join('\n'));
    expect(all.labelled).toBeGreaterThan(1_400);
    expect(all.right / all.labelled).toBeGreaterThanOrEqual(0.9);
  });

  it('binds at most 1.5% of them to another metric than the one meant, or to one where none fits', () => {
    // Measured at 12 of 1,071 (1.1%) before and after the first change; 14 (1.3%) after the second, both where the
    // parser lost the segment ('projected' for OCI revenue, bound to the company's revenue). 17 of 1,419 (1.2%)
    // with the sixth and seventh sets, 3 of them there (none with the binder as it was before). 25 of 1,894 (1.3%)
    // with the eighth and ninth, 3 of them in each. 28 of 2,106 (1.3%) with the tenth, 4 of them there.
    expect((all.wrong + all.spurious) / all.labelled).toBeLessThanOrEqual(0.015);
  });
});
