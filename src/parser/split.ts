// A quote becomes sentences, sentences become parts at ';', and a part with several targets becomes one
// clause per target: "ARR will reach 10bn in June and exceed 30bn by year end" is two atomic statements.
import { type Piece, type Span, matchAll } from './text.js';

function trimmed(quote: string, start: number, end: number): Piece | null {
  const text = quote.slice(start, end);
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  return body ? { start: start + lead, end: start + lead + body.length, text: body } : null;
}

function cut(quote: string, start: number, end: number, boundaries: readonly Span[]): Piece[] {
  const pieces: Piece[] = [];
  let from = start;
  for (const b of boundaries) {
    const piece = trimmed(quote, from, b.start);
    if (piece) pieces.push(piece);
    from = b.end;
  }
  const last = trimmed(quote, from, end);
  if (last) pieces.push(last);
  return pieces;
}

// A full stop ends a sentence when a capital, a digit or an opening quote follows: "5.4 billion" and "U.S.
// approval" stay whole. Nor does the stop of a dotted initialism or a company's suffix, whatever follows: "we expect
// U.S. Consumer sales to grow", "Grupo Bimbo, S.A.B. de C.V. expects", "Acme Inc. Revenue" (a sentence that ends on
// one runs on into the next, which is rarer than a capitalised name after one).
const SENTENCE_END =
  /(?<!\b[A-Z]\.[A-Z]|\b(?:Inc|Corp|Ltd|Co|Bros|Mr|Mrs|Ms|Dr|St|No|vs))[.!?…]+["'”’)]*(?=\s+["'“‘(]?[A-Z0-9$¥€£])|\n+/g;

export function splitSentences(quote: string): Piece[] {
  const boundaries = matchAll(SENTENCE_END, quote, 0).map(({ match, start, end }) =>
    // The full stop stays with its sentence; only the break between sentences is dropped.
    match[0].startsWith('\n') ? { start, end } : { start: end, end },
  );
  return cut(quote, 0, quote.length, boundaries);
}

export function splitParts(sentence: Piece, quote: string): Piece[] {
  return cut(quote, sentence.start, sentence.end, matchAll(/;/g, sentence.text, sentence.start));
}

// Where one statement ends and the next begins, strongest first.
const BOUNDARIES: RegExp[] = [
  /,\s*(?:and|while|with|but|whereas|whilst)\b|\s[-–—]\s/g,
  /\s(?:and|while|with|whereas|whilst)\s/g,
  /,/g,
];

/**
 * Splits `part` between consecutive targets. `masked` is the part's text with asides blanked, so a comma
 * inside "(approximately $5.4 billion)" never splits.
 */
export function splitClauses(part: Piece, masked: string, anchors: readonly Span[], quote: string): Piece[] {
  const cuts: Span[] = [];
  for (let i = 0; i + 1 < anchors.length; i++) {
    const a = anchors[i];
    const b = anchors[i + 1];
    if (!a || !b) continue;
    const gap = masked.slice(a.end - part.start, b.start - part.start);
    let chosen: Span | null = null;
    for (const re of BOUNDARIES) {
      const first = matchAll(re, gap, a.end)[0];
      if (first) {
        chosen = { start: first.start, end: first.end };
        break;
      }
    }
    cuts.push(chosen ?? { start: a.end, end: a.end });
  }
  return cut(quote, part.start, part.end, cuts);
}
