// `npx tsx bench/diagnose/parse-growth.ts`: the parser's CPU time on quotes of 1,000 to 16,000 characters, in
// process and past the API's 4,000-character limit, with the growth exponent between the smallest and largest
// (1 is linear, 2 quadratic). Three shapes: corpus sentences repeated, one long sentence of figures, and a run of
// spaces between two clauses. Medians of 7 runs after warming up.
import { parseGuidance } from '../../src/parser/index.js';
import { PARSE_CORPUS } from '../../test/parser/parse-corpus.js';

const SIZES = [1_000, 2_000, 4_000, 8_000, 16_000];
const sentences = PARSE_CORPUS.map((c) => c.quote.trim());
const repeatTo = (unit: string, length: number): string => {
  let text = unit;
  while (text.length < length) text += ` ${unit}`;
  return text.slice(0, length);
};
const SHAPES: Record<string, (n: number) => string> = {
  'corpus sentences': (n) => repeatTo(sentences.join(' '), n),
  'one sentence of figures': (n) => repeatTo('10% 20% 30 billion', n),
  'a run of spaces': (n) => `Losses will narrow ${' '.repeat(n)} and margin will reach at least 10%.`,
};

function cpuMs(quote: string): number {
  const before = process.cpuUsage();
  parseGuidance({ quote, statedOn: '2026-05-15', calendar: { fiscalYearEndMonth: 3 }, reportingCurrency: 'CNY' });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function median(quote: string): number {
  const times = Array.from({ length: 7 }, () => cpuMs(quote)).sort((a, b) => a - b);
  return times[3] ?? 0;
}

console.log(`${'shape'.padEnd(26)}${SIZES.map((n) => `${n} ch`.padStart(10)).join('')}   exponent`);
for (const [name, build] of Object.entries(SHAPES)) {
  for (let i = 0; i < 5; i++) cpuMs(build(2_000));
  const ms = SIZES.map((n) => median(build(n)));
  const first = ms[0] ?? 0;
  const last = ms.at(-1) ?? 0;
  const exponent = Math.log(last / Math.max(first, 0.01)) / Math.log((SIZES.at(-1) ?? 1) / (SIZES[0] ?? 1));
  console.log(
    `${name.padEnd(26)}${ms.map((t) => `${t.toFixed(1)} ms`.padStart(10)).join('')}   ${exponent.toFixed(2)}`,
  );
}
