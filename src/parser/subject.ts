// The subject of a clause: the last run of content words before its target ("the cloud business EBITA margin
// is expected to rise to..."), read by dropping verbs, attributions and connectives. A pronoun ("it is expected
// to reach") is reported as such, so the caller can take the metric of the clause before.
import { JOINERS, metricWords } from './lexicon.js';
import { type Piece, collapse, matchAll } from './text.js';

const BREAK = new Set(
  (
    'will would shall should can could may might must is are was were be been being am has have had do does did ' +
    'not never no to that which who whom whose we i you management according said says saying stated states noted ' +
    'believe believes think thinks acknowledged company expect expects expected expecting anticipate anticipates ' +
    'anticipated aim aims aiming plan plans planned planning intend intends hope hopes aspire aspires strive strives ' +
    'targeting targeted set going track continue continues keep keeps maintain maintains hold holds remain remains stay ' +
    'stays reach reaches exceed exceeds surpass surpasses grow grows rise rises turn turns improve improves increase ' +
    'increases climb climbs expand expands accelerate accelerates narrow narrows decline declines fall falls drop drops ' +
    'hit hits achieve achieves deliver delivers generate generates return returns post posts see sees serve serves ' +
    'invest invests spend spends represent represents become becomes break breaks enter enters ' +
    'transition transitions transitioning turning becoming reaching exceeding growing rising moving shifting achieving ' +
    'driving reached exceeded surpassed grew rose surged declined fell narrowed turned accounted totaled totalled stood ' +
    'delivered posted reported increased decreased jumped climbed doubled also significantly substantially further ' +
    'meaningfully gradually steadily sequentially likely potentially possibly already currently now still however yet ' +
    'while with but then thus therefore both each respectively approximately about around roughly nearly able by up down ' +
    'complete completes launch launches execute executes pay pays bring brings get gets make makes take takes ' +
    'have want wants need needs guide guides guided guiding raise raises raised raising lower lowers lowered lowering ' +
    'reiterate reiterates reiterated reiterating saw seeing seen forecasts predict predicts pick picks picking tick ticks ' +
    'ticking edge edges inch inches envisage envisages come comes coming within inside ' +
    'moderately modestly slightly strongly solidly robustly materially sharply rapidly slow slows slowing ease eases'
  ).split(' '),
);
const PRONOUNS = new Set(['it', 'they', 'this', 'these', 'those', 'which']);

export interface SubjectReading {
  /** The metric's own words: the last content chunk before the target. */
  chunk: Piece | null;
  pronoun: boolean;
  /** Other content chunks before the target in the clause ("Quick commerce" in "Quick commerce will reach UE breakeven"). */
  others: Piece[];
  /** What follows the target and completes the metric: "of external cloud revenue". */
  complement: Piece | null;
  /** The noun phrase after an adjectival target: "double-digit revenue growth for the cloud business". */
  after: Piece | null;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

function words(text: string, offset: number): (Token | null)[] {
  // null marks punctuation, which ends a chunk.
  // A colon inside a name ("cost: income ratio") does not end the chunk; one before a list or a clause does.
  return matchAll(/[A-Za-z][A-Za-z0-9'’-]*|[+&]|[,;()"“”‘’—–.!?]|:(?!\s*[a-z])|\s-\s/g, text, offset).map(
    ({ match, start, end }) => (/^[A-Za-z+&]/.test(match[0]) ? { word: match[0], start, end } : null),
  );
}

/** "account for" is a verb ("online sales should account for 20%"); "rental accounts" is a metric's noun. */
function isVerbBeforeFor(token: Token, next: Token | null | undefined): boolean {
  return /^accounts?$/i.test(token.word) && next?.word.toLowerCase() === 'for';
}

/** "return on sales", "return on invested capital": a ratio's name, not the verb "return". */
function isRatioBeforeOn(token: Token, next: Token | null | undefined): boolean {
  return /^returns?$/i.test(token.word) && next?.word.toLowerCase() === 'on';
}

/** Runs of content words; each piece's text is read from `text`, where horizons and asides are blanked. */
function chunks(text: string, offset: number): Piece[] {
  const out: Piece[] = [];
  let current: Token[] = [];
  const flush = (): void => {
    while (current.length && JOINERS.has((current[current.length - 1]?.word ?? '').toLowerCase())) current.pop();
    while (current.length && JOINERS.has((current[0]?.word ?? '').toLowerCase())) current.shift();
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last)
      out.push({
        start: first.start,
        end: last.end,
        text: collapse(text.slice(first.start - offset, last.end - offset)),
      });
    current = [];
  };
  const tokens = words(text, offset);
  tokens.forEach((token, i) => {
    const breaks =
      !token ||
      (BREAK.has(token.word.toLowerCase()) && !isRatioBeforeOn(token, tokens[i + 1])) ||
      isVerbBeforeFor(token, tokens[i + 1]);
    if (breaks) flush();
    else current.push(token);
  });
  flush();
  return out;
}

function isPronoun(chunk: Piece): boolean {
  return PRONOUNS.has(chunk.text.trim().toLowerCase());
}

/**
 * Reads the subject of the clause `masked` (the clause with horizons, asides and other targets blanked;
 * starting at `offset`) around its target `anchor`.
 */
export function readSubject(masked: string, offset: number, anchor: { start: number; end: number }): SubjectReading {
  const before = chunks(masked.slice(0, anchor.start - offset), offset);
  const named = before.filter((c) => isPronoun(c) || metricWords(c.text) !== '');
  const last = named[named.length - 1] ?? null;
  const afterText = masked.slice(anchor.end - offset);
  const complementMatch = /^\s*of\s+[^,.;:()]+?(?=\s{2,}|[,.;:()]|$)/i.exec(afterText);
  const complement = complementMatch
    ? {
        start: anchor.end + complementMatch[0].length - complementMatch[0].trimStart().length,
        end: anchor.end + complementMatch[0].length,
        text: complementMatch[0].trim(),
      }
    : null;
  const afterChunks = chunks(afterText, anchor.end);
  const firstAfter = afterChunks[0];
  // Only a phrase that follows the target at once: "double-digit revenue growth".
  const after = firstAfter && firstAfter.start - anchor.end <= 2 ? firstAfter : null;
  return {
    chunk: last,
    pronoun: last !== null && isPronoun(last),
    others: named.slice(0, -1).filter((c) => !isPronoun(c)),
    complement,
    after,
  };
}
