// npm run parser:score -- development|first-held-out|...|twelfth-held-out|held-out [--misses]
// Scores the parser on one labelled set and prints the figures. Each set's file is imported only when asked for,
// so the CLI runs on a branch that lacks the other set, and says so plainly when the asked-for file is missing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CorpusCompany, LabelledSentence } from './labels.js';
import { formatScore, scoreSet } from './score.js';

interface LabelledSet {
  companies: CorpusCompany[];
  sentences: LabelledSentence[];
}

/** A spent held-out set: its file, and its module, which exports HELD_OUT_COMPANIES and HELD_OUT. */
function spent(
  file: string,
  load: () => Promise<{ HELD_OUT_COMPANIES: CorpusCompany[]; HELD_OUT: LabelledSentence[] }>,
): { file: string; load: () => Promise<LabelledSet> } {
  return {
    file,
    load: async () => {
      const m = await load();
      return { companies: m.HELD_OUT_COMPANIES, sentences: m.HELD_OUT };
    },
  };
}

const SETS: Record<string, { file: string; load: () => Promise<LabelledSet> }> = {
  development: {
    file: 'development.ts',
    load: async () => {
      const m = await import('./development.js');
      return { companies: m.DEVELOPMENT_COMPANIES, sentences: m.DEVELOPMENT };
    },
  },
  // The held-out sets measured once and spent, each tuned on since: the first, the second (stop 22), and the
  // third, fourth and fifth (stop 25).
  'first-held-out': spent('first-held-out.ts', () => import('./first-held-out.js')),
  'second-held-out': spent('second-held-out.ts', () => import('./second-held-out.js')),
  'third-held-out': spent('third-held-out.ts', () => import('./third-held-out.js')),
  'fourth-held-out': spent('fourth-held-out.ts', () => import('./fourth-held-out.js')),
  'fifth-held-out': spent('fifth-held-out.ts', () => import('./fifth-held-out.js')),
  // The sixth and seventh, written at the same time by two writers, each measured once (stop 26).
  'sixth-held-out': spent('sixth-held-out.ts', () => import('./sixth-held-out.js')),
  'seventh-held-out': spent('seventh-held-out.ts', () => import('./seventh-held-out.js')),
  // The eighth and ninth, written at the same time by two writers, each measured once (stop 27).
  'eighth-held-out': spent('eighth-held-out.ts', () => import('./eighth-held-out.js')),
  'ninth-held-out': spent('ninth-held-out.ts', () => import('./ninth-held-out.js')),
  // The tenth, written alone (stop 28) and measured once.
  'tenth-held-out': spent('tenth-held-out.ts', () => import('./tenth-held-out.js')),
  // The eleventh, written alone while the tenth was tuned on, and measured once (stop 28).
  'eleventh-held-out': spent('eleventh-held-out.ts', () => import('./eleventh-held-out.js')),
  // The twelfth, written alone after rounds 11 and 12, and measured once (stop 28) on the parser they left.
  'twelfth-held-out': spent('twelfth-held-out.ts', () => import('./twelfth-held-out.js')),
  // The next held-out set, once someone who has not read the parser writes it (a file of its own, by shape).
  'held-out': unseen('held-out'),
};

/** A held-out set not yet measured, loaded by shape from `<name>.ts` when it is there. */
function unseen(name: string): { file: string; load: () => Promise<LabelledSet> } {
  return {
    file: `${name}.ts`,
    load: async () => {
      // A path in a variable: the module is resolved at run time only, so a branch without it still type-checks.
      const path = `./${name}.js`;
      return fromExports((await import(path)) as Record<string, unknown>);
    },
  };
}

/** The held-out file's exports, by shape: an array of companies and an array of labelled sentences. */
function fromExports(m: Record<string, unknown>): LabelledSet {
  const arrays = Object.values(m).filter((v): v is Record<string, unknown>[] => Array.isArray(v) && v.length > 0);
  const companies = arrays.find((a) => a.every((x) => 'calendar' in x && 'metrics' in x));
  const sentences = arrays.find((a) => a.every((x) => 'quote' in x && 'expected' in x));
  if (!companies || !sentences) throw new Error('the set file exports no array of companies and of sentences');
  return { companies: companies as unknown as CorpusCompany[], sentences: sentences as unknown as LabelledSentence[] };
}

async function main(argv: string[]): Promise<number> {
  const name = argv.find((a) => !a.startsWith('--'));
  const set = name ? SETS[name] : undefined;
  if (!name || !set) {
    console.error(`usage: npm run parser:score -- ${Object.keys(SETS).join('|')} [--misses]`);
    return 2;
  }
  const file = fileURLToPath(new URL(set.file, import.meta.url));
  if (!existsSync(file)) {
    console.error(`the ${name} set is not on this branch: ${file} does not exist`);
    return 2;
  }
  const { companies, sentences } = await set.load();
  console.log(formatScore(name, scoreSet(companies, sentences), argv.includes('--misses')));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
