// Every labelled set of the parser's corpus that the parser may be tuned on, in the order they were written: the
// development set, then the held-out sets once measured and spent. A held-out set not yet measured is never listed
// here: it lives in ./held-out.ts until its one measurement (./cli.ts loads it by shape).
import { DEVELOPMENT, DEVELOPMENT_COMPANIES } from './development.js';
import * as eighth from './eighth-held-out.js';
import * as eleventh from './eleventh-held-out.js';
import * as fifteenth from './fifteenth-held-out.js';
import * as fifth from './fifth-held-out.js';
import * as first from './first-held-out.js';
import * as fourteenth from './fourteenth-held-out.js';
import * as fourth from './fourth-held-out.js';
import type { CorpusCompany, LabelledSentence } from './labels.js';
import * as ninth from './ninth-held-out.js';
import * as second from './second-held-out.js';
import * as seventh from './seventh-held-out.js';
import * as sixteenth from './sixteenth-held-out.js';
import * as sixth from './sixth-held-out.js';
import * as tenth from './tenth-held-out.js';
import * as third from './third-held-out.js';
import * as thirteenth from './thirteenth-held-out.js';
import * as twelfth from './twelfth-held-out.js';

export interface LabelledSet {
  /** As the score CLI names it: 'development', 'first-held-out', ... */
  name: string;
  companies: readonly CorpusCompany[];
  sentences: readonly LabelledSentence[];
}

const spent = (name: string, m: { HELD_OUT_COMPANIES: CorpusCompany[]; HELD_OUT: LabelledSentence[] }) => ({
  name,
  companies: m.HELD_OUT_COMPANIES,
  sentences: m.HELD_OUT,
});

export const LABELLED_SETS: readonly LabelledSet[] = [
  { name: 'development', companies: DEVELOPMENT_COMPANIES, sentences: DEVELOPMENT },
  spent('first-held-out', first),
  spent('second-held-out', second),
  spent('third-held-out', third),
  spent('fourth-held-out', fourth),
  spent('fifth-held-out', fifth),
  spent('sixth-held-out', sixth),
  spent('seventh-held-out', seventh),
  spent('eighth-held-out', eighth),
  spent('ninth-held-out', ninth),
  spent('tenth-held-out', tenth),
  spent('eleventh-held-out', eleventh),
  spent('twelfth-held-out', twelfth),
  spent('thirteenth-held-out', thirteenth),
  spent('fourteenth-held-out', fourteenth),
  spent('fifteenth-held-out', fifteenth),
  spent('sixteenth-held-out', sixteenth),
];

/** The sets written before the named one, which it may share no company or sentence with. */
export function setsBefore(name: string): LabelledSet[] {
  const at = LABELLED_SETS.findIndex((s) => s.name === name);
  if (at < 0) throw new Error(`no labelled set '${name}'`);
  return LABELLED_SETS.slice(0, at);
}
