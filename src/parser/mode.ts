// How a draft's observations are judged (model.ts Mode), per construct. First rule that applies wins:
// 1. a change, a cumulative sum or a CAGR is measured at the end of the window: 'final';
// 2. "remain", "stay", "keep", "maintain", "each quarter", "throughout": every observation: 'all';
// 3. "full-year" figures: the year's own figure, the last one in the window: 'final';
// 4. crossing verbs ("reach", "exceed", "surpass", "turn positive", "break even"): met once crossed: 'any';
// 5. otherwise by horizon: a deadline ("by the end of the year", "within a year"), some sub-period ("in a
//    certain month of FY27"), no deadline ("long-term") or none at all: 'any'; a span ("over the next two
//    quarters": the level is promised across it, so "margin to the teens over the next two quarters"): 'all';
//    one named period ("next quarter", "FY27", "in June"): 'final'.
import type { Mode } from '../domain/model.js';
import type { HorizonKind } from './horizons.js';
import type { VerbClass } from './anchor.js';
import type { Measure } from '../domain/model.js';

export function chooseMode(args: {
  horizon: HorizonKind | null;
  each: boolean;
  fullYear: boolean;
  verb: VerbClass | null;
  measure: Measure;
}): Mode {
  if (args.measure === 'change' || args.measure === 'cumulative' || args.measure === 'cagr') return 'final';
  if (args.each || args.verb === 'hold') return 'all';
  if (args.fullYear) return 'final';
  if (args.verb === 'crossing') return 'any';
  switch (args.horizon) {
    case 'span':
      return 'all';
    case 'period':
      return 'final';
    default:
      return 'any';
  }
}
