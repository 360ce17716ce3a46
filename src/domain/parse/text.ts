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

/** Parenthetical asides such as "(approximately $5.4 billion)" or "(the upcoming disclosed quarter)". */
export function parentheticals(text: string, offset: number): Piece[] {
  return matchAll(/\([^()]*\)/g, text, offset).map(({ match, start, end }) => ({ start, end, text: match[0] }));
}

export function cover(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

export function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
