// The parser's cost grows with the quote's length, not with its square: a long quote is a lot of sentences, a
// long sentence or a long run of spaces, and none of them may make each figure re-read everything before it.
import { describe, expect, it } from 'vitest';
import { parseGuidance } from '../../src/parser/index.js';
import { PARSE_CORPUS } from './parse-corpus.js';

const SENTENCES = PARSE_CORPUS.map((c) => c.quote.trim());

/** `unit` repeated (joined by `separator`) to exactly `length` characters. */
function repeatTo(unit: string, length: number, separator = ' '): string {
  let text = unit;
  while (text.length < length) text += separator + unit;
  return text.slice(0, length);
}

const SHAPES: Record<string, (length: number) => string> = {
  'guidance sentences': (n) => repeatTo(SENTENCES.join(' '), n),
  'one sentence of guidance clauses': (n) => repeatTo(SENTENCES.map((s) => s.replace(/\.$/, '')).join(', and '), n),
  'one sentence of figures': (n) => repeatTo('10% 20% 30 billion', n),
  'figures joined by and': (n) => repeatTo('revenue will grow 10% and', n),
};

function parse(quote: string): void {
  parseGuidance({ quote, statedOn: '2026-05-15', calendar: { fiscalYearEndMonth: 3 }, reportingCurrency: 'CNY' });
}

/** Whether a regex can only match where it starts: `^` with no top-level alternative, or sticky. */
function anchoredAtStart(re: RegExp): boolean {
  if (re.sticky) return true;
  if (re.multiline || !re.source.startsWith('^')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < re.source.length; i++) {
    const c = re.source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}

/**
 * The characters regexes advance over while parsing `quote` (every test, match, replace and split goes through
 * RegExp.prototype.exec): from where the search starts to the end of the match, or to the end of the input
 * when nothing matches. Deterministic, and it counts exactly the work that re-reading text repeats.
 */
function charactersScanned(quote: string): number {
  const exec = RegExp.prototype.exec;
  let scanned = 0;
  // Patched by hand rather than spied on: a spy's bookkeeping on millions of calls would outlast the test.
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = exec.call(this, input);
    const to = match ? match.index + match[0].length : anchoredAtStart(this) ? from + 1 : input.length;
    scanned += Math.max(0, to - from);
    return match;
  };
  try {
    parse(quote);
  } finally {
    RegExp.prototype.exec = exec;
  }
  return scanned;
}

describe('the cost of parsing a long quote', () => {
  for (const [shape, build] of Object.entries(SHAPES)) {
    it(`scans about as many characters per character at 8,000 as at 1,000: ${shape}`, { timeout: 60_000 }, () => {
      const small = charactersScanned(build(1_000));
      const large = charactersScanned(build(8_000));
      expect(small).toBeGreaterThan(1_000);
      // Linear is 8x; re-reading the text before each figure was 40x and more.
      expect(large / small).toBeLessThan(8 * 1.6);
    });
  }

  it(
    'reads 100,000 spaces before a figure in a fraction of the time a quadratic scan of them takes',
    { timeout: 30_000 },
    () => {
      // A backtracking regex is invisible to the count above, so this one is timed, at a size where the two
      // outcomes lie far apart: a linear read takes about 0.1 s here, the quadratic one it replaced took 75 s.
      // The bound sits 25x from each, so a loaded machine cannot flip the verdict either way.
      const quote = `Losses will narrow ${' '.repeat(100_000)} and margin will reach at least 10%.`;
      const started = performance.now();
      parse(quote);
      expect(performance.now() - started).toBeLessThan(3_000);
    },
  );
});
