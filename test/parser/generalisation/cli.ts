// npm run parser:score -- development|first-held-out|...|twelfth-held-out|held-out [--misses]
// Scores the parser on one labelled set and prints the figures: a set tuned on, by its name in ./labelled-sets.ts
// (the development set and every held-out set once measured and spent), or the next held-out set, not yet measured,
// loaded by shape from ./held-out.ts when it is there.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusCompany, LabelledSentence } from './labels.js';
import { LABELLED_SETS, type LabelledSet } from './labelled-sets.js';
import { formatScore, scoreSet } from './score.js';

/** The name of the held-out set not yet measured: it is scored once, from its own file, before it is spent. */
const UNSEEN = 'held-out';

/** The held-out file's exports, by shape: an array of companies and an array of labelled sentences. */
function fromExports(m: Record<string, unknown>): Pick<LabelledSet, 'companies' | 'sentences'> {
  const arrays = Object.values(m).filter((v): v is Record<string, unknown>[] => Array.isArray(v) && v.length > 0);
  const companies = arrays.find((a) => a.every((x) => 'calendar' in x && 'metrics' in x));
  const sentences = arrays.find((a) => a.every((x) => 'quote' in x && 'expected' in x));
  if (!companies || !sentences) throw new Error('the set file exports no array of companies and of sentences');
  return { companies: companies as unknown as CorpusCompany[], sentences: sentences as unknown as LabelledSentence[] };
}

/** The set named, or why it cannot be read. */
async function setNamed(name: string): Promise<Pick<LabelledSet, 'companies' | 'sentences'> | string> {
  const known = LABELLED_SETS.find((s) => s.name === name);
  if (known) return known;
  const file = fileURLToPath(new URL(`${UNSEEN}.ts`, import.meta.url));
  if (!existsSync(file)) return `the ${UNSEEN} set is not on this branch: ${file} does not exist`;
  // A path in a variable: the module is resolved at run time only, so a branch without it still type-checks.
  const path = `./${UNSEEN}.js`;
  return fromExports((await import(path)) as Record<string, unknown>);
}

async function main(argv: string[]): Promise<number> {
  const name = argv.find((a) => !a.startsWith('--'));
  const names = [...LABELLED_SETS.map((s) => s.name), UNSEEN];
  if (!name || !names.includes(name)) {
    console.error(`usage: npm run parser:score -- ${names.join('|')} [--misses]`);
    return 2;
  }
  const set = await setNamed(name);
  if (typeof set === 'string') {
    console.error(set);
    return 2;
  }
  console.log(formatScore(name, scoreSet(set.companies, set.sentences), argv.includes('--misses')));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
