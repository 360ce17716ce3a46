// Offsets into the quote. Every phrase the parser reads keeps its place in the original text, so a draft can
// point at the exact words it came from. Offsets are UTF-16 code units, as String.prototype.slice counts them.

export interface Span {
  start: number;
  end: number;
}

export interface Piece extends Span {
  text: string;
}

/** What the parser guessed, in words, and how much the guess costs in confidence. */
export interface Assumption {
  note: string;
  penalty: number;
}

/**
 * A working copy of `text` with the given spans (absolute offsets; `offset` is where `text` starts) blanked
 * out by spaces. Blanking keeps every offset valid while hiding phrases already read from later readers.
 */
export function blank(text: string, spans: readonly Span[], offset: number): string {
  const chars = text.split('');
  for (const span of spans) {
    const from = Math.max(0, span.start - offset);
    const to = Math.min(chars.length, span.end - offset);
    for (let i = from; i < to; i++) chars[i] = ' ';
  }
  return chars.join('');
}

/** Every match of a global regex, with absolute offsets. */
export function matchAll(
  re: RegExp,
  text: string,
  offset: number,
): { match: RegExpExecArray; start: number; end: number }[] {
  if (!re.global) throw new Error(`regex ${re.source} must be global`);
  const found: { match: RegExpExecArray; start: number; end: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    found.push({ match: m, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return found;
}

/** Keeps the earliest, then longest, of overlapping spans: "over the next two quarters" beats "next quarter"-like fragments. */
export function dropOverlaps<T extends Span>(items: readonly T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: T[] = [];
  for (const item of sorted) {
    const last = kept[kept.length - 1];
    if (last && item.start < last.end) continue;
    kept.push(item);
  }
  return kept;
}

/**
 * Parenthetical asides such as "(approximately $5.4 billion)" or "(the upcoming disclosed quarter)"; not an
 * accountant's negative, "(2)%", which is a figure.
 */
export function parentheticals(text: string, offset: number): Piece[] {
  return matchAll(/\((?!\d+(?:\.\d+)?\)\s?%)[^()]*\)/g, text, offset).map(({ match, start, end }) => ({
    start,
    end,
    text: match[0],
  }));
}

export function cover(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

export function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * For each of `pieces` (in order, not overlapping), the `items` inside it, in the order given: one pass over
 * both, where asking each piece in turn would read every item once per piece.
 */
export function insideEach<T extends Span>(items: readonly T[], pieces: readonly Span[]): T[][] {
  const found = pieces.map((): { item: T; i: number }[] => []);
  const byStart = items.map((item, i) => ({ item, i })).sort((a, b) => a.item.start - b.item.start || a.i - b.i);
  let p = 0;
  for (const { item, i } of byStart) {
    while (p < pieces.length && (pieces[p]?.end ?? Infinity) <= item.start) p++;
    const piece = pieces[p];
    if (piece && inside(item, piece)) found[p]?.push({ item, i });
  }
  return found.map((list) => list.sort((a, b) => a.i - b.i).map((x) => x.item));
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** How many words before a figure its readers look at: "a long-term target for group revenue growth of" fits. */
export const LEAD_WORDS = 12;

/**
 * The last `words` whitespace-separated words of `text` before `end` (relative), with the space after them:
 * what the readers of a figure's lead need, at a cost that does not grow with the text before it. It starts at
 * a word, so `\b` and lookbehinds at its start see what they would in the whole text.
 */
export function leadBefore(text: string, end: number, words = LEAD_WORDS): { start: number; text: string } {
  let i = end;
  for (let n = 0; n < words && i > 0; n++) {
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  }
  return { start: i, text: text.slice(i, end) };
}

const WHITESPACE = /\s/;
function isSpace(code: number): boolean {
  return code === 32 || (code < 128 ? code >= 9 && code <= 13 : WHITESPACE.test(String.fromCharCode(code)));
}

/** Words that make a figure, range or plan an earlier one ("our previous range", "the original target"). */
export const EARLIER = String.raw`(?:initial|original|previous|prior|earlier|old)`;
