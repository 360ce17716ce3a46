// Qualitative bands, read as ranges in percent (sell-side usage; half-open so that neighbouring bands do not
// overlap):
//   teens [13,20), low teens [13,15), mid teens [15,17), high teens [17,20);
//   twenties..nineties [d,d+10), low [d,d+4), mid [d+4,d+7), high [d+7,d+10);
//   single digits [1,10), low [1,4), mid [4,7), high [7,10); double digits [10,100), low double digits [10,14);
//   triple digits [100,1000); "low-to-mid twenties", "low- to mid-single-digit" [20,27), [1,7); "the high twenties to
//   low thirties" [27,34).
import type { Target } from '../domain/model.js';
import { type Anchor, type Verbs, TO, anchor, overlaps } from './anchor.js';
import { EARLIER, type Span, leadBefore, matchAll } from './text.js';

/**
 * "grow in the high single digits", "growth in the teens", "improve by mid-single digits", "rising by a
 * high-single-digit percentage".
 */
const BAND_GROWTH =
  /\b(?:grow|grows|growing|growth|increase|increases|increasing|rise|rises|rising|up|improve|improves|improving|expand|expands|expanding|climb|climbs|climbing|decline|declines|declining)\b(?:\s+(?:in|at|by|of))?(?:\s+(?:a|an|the))?\s*$/i;
/** "a low-single-digit decline in comparable sales": the band is the size of a fall. */
const DECLINE_AFTER = /^\s*(?:percent(?:age)?\s+)?(?:decline|decrease|drop|fall|contraction|reduction)\b/i;
/** "mid-single-digit organic sales growth", "a mid-single-digit like-for-like gain": a band naming a growth's rate. */
const BAND_OF_GROWTH = /^\s*(?:[\w-]+\s+){0,3}?(?:growth|gain|increase|rise)\b/i;
/** "a high single-digit percentage increase", "a low-single-digit rate": the band is a rate of change. */
const GROWTH_AFTER = /^\s*(?:percent(?:age)?\s+)?(?:increase|rise|gain|expansion|growth|rate\s+of\s+growth)\b/i;

function band(low: number, high: number, wording: string): Target {
  return { op: 'range', low: String(low), high: String(high), lowInclusive: true, highInclusive: false, wording };
}

const DECADES: Record<string, number> = {
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};

function readBand(
  modifier: string | undefined,
  modifierTo: string | undefined,
  decade: string | undefined,
  digits: string | undefined,
  wording: string,
): Target | null {
  if (modifierTo) {
    // "low-to-mid twenties": from the first band's floor to the second's ceiling
    const from = readBand(modifier, undefined, decade, digits, wording);
    const to = readBand(modifierTo, undefined, decade, digits, wording);
    return from?.op === 'range' && to?.op === 'range' ? { ...to, low: from.low } : null;
  }
  // ("the early to mid-teens": early is low.)
  const mod = modifier?.toLowerCase().replace('lower', 'low').replace('upper', 'high').replace('early', 'low');
  if (decade?.toLowerCase() === 'teens') {
    return mod === 'low'
      ? band(13, 15, wording)
      : mod === 'mid'
        ? band(15, 17, wording)
        : mod === 'high'
          ? band(17, 20, wording)
          : band(13, 20, wording);
  }
  const d = decade ? DECADES[decade.toLowerCase()] : undefined;
  if (d !== undefined) {
    return mod === 'low'
      ? band(d, d + 4, wording)
      : mod === 'mid'
        ? band(d + 4, d + 7, wording)
        : mod === 'high'
          ? band(d + 7, d + 10, wording)
          : band(d, d + 10, wording);
  }
  switch (digits?.toLowerCase()) {
    case 'single':
      return mod === 'low'
        ? band(1, 4, wording)
        : mod === 'mid'
          ? band(4, 7, wording)
          : mod === 'high'
            ? band(7, 10, wording)
            : band(1, 10, wording);
    case 'double':
      // "high double digits" is used both for 17-19% and for 70-90%: too ambiguous to read.
      return mod === 'low' ? band(10, 14, wording) : mod ? null : band(10, 100, wording);
    case 'triple':
      return mod ? null : band(100, 1000, wording);
    default:
      return null;
  }
}

const BAND =
  /(?:\b(?<mod>low|mid|high|lower|upper|early)(?:-?[- ]to[- ](?<mod2>mid|high|upper))?[- ]?)?(?:\b(?<decade>teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|(?<![\w$€£¥₹.])(?<tens>[2-9]0)['’]?s\b|\b(?<digits>single|double|triple)[- ]digits?\b)/gi;
const DECADE_OF: Record<string, string> = {
  '20': 'twenties',
  '30': 'thirties',
  '40': 'forties',
  '50': 'fifties',
  '60': 'sixties',
  '70': 'seventies',
  '80': 'eighties',
  '90': 'nineties',
};
/** "decline mid-teens", "down low single digits", "negative low single digits": a band of decline. */
const BAND_DOWN =
  /\b(?:decline|declines|declining|decrease|decreases|fall|falls|drop|drops|down|lower|shrink|shrinks|contract|contracts|negative)\b(?:\s+(?:in|at|by|of))?(?:\s+(?:the|a|an))?\s*$/i;

const FLAT_TO = /\b(?:flat|stable|unchanged)\s+to\s+(?:(?:down|up|lower|higher|negative|positive)\s+)?$/i;

/** The band read as a decline: [4, 7) becomes (-7, -4]. */
function negated(t: Target): Target {
  if (t.op !== 'range') return t;
  return {
    ...t,
    low: t.high === '0' ? '0' : `-${t.high}`,
    high: t.low === '0' ? '0' : `-${t.low}`,
    lowInclusive: t.highInclusive,
    highInclusive: t.lowInclusive,
  };
}

/**
 * "up from our prior outlook of mid-single digits", "down from the previous guidance of high single digits", "up from
 * low single digits": a band the figure moved from, given before, is no target of its own.
 */
const BAND_BASELINE = new RegExp(
  String.raw`\b(?:up|down|higher|lower|above|below)\s+(?:from|than)\s+(?:(?:(?:the|our|its|their)\s+)?${EARLIER}\s+(?:[\w-]+\s+){0,2}?(?:range|guidance|outlook|forecast|target|estimate|view|expectation)s?\s+(?:of\s+)?)?$`,
  'i',
);

/** Bands in `text` (starting at `offset`) that do not overlap anchors already `taken`. */
export function findBands(text: string, offset: number, taken: readonly Span[], verbs: Verbs): Anchor[] {
  const rel = (abs: number): number => abs - offset;
  const anchors: Anchor[] = [];
  for (const { match, start, end } of matchAll(BAND, text, offset)) {
    const g = match.groups ?? {};
    let from = start;
    let to = end;
    const lead = /(?:\bthe\s+)?["'“‘]?$/i.exec(leadBefore(text, rel(start), 2).text);
    if (lead) from -= lead[0].length;
    const tail = /^["'”’]?(?:\s+(?:range|level|percent(?:age)?(?:\s+range)?|%))?/i.exec(text.slice(rel(end)));
    if (tail) to += tail[0].length;
    const wording = text.slice(rel(from), rel(to)).trim();
    if (overlaps({ start: from, end: to }, taken)) continue;
    const beforeFrom = leadBefore(text, rel(from)).text;
    if (BAND_BASELINE.test(beforeFrom)) continue;
    const read = readBand(g.mod, g.mod2, g.decade ?? (g.tens ? DECADE_OF[g.tens] : undefined), g.digits, wording);
    const after = text.slice(rel(to));
    const down = BAND_DOWN.test(beforeFrom) || DECLINE_AFTER.test(after);
    const signed = read && down ? negated(read) : read;
    // "flat to down low single digits": from no change to the band's far end, (-4, 0].
    const flat = signed?.op === 'range' ? FLAT_TO.exec(beforeFrom) : null;
    if (flat) from -= beforeFrom.length - flat.index;
    const flatWording = text.slice(rel(from), rel(to)).trim();
    const target: Target | null =
      flat && signed?.op === 'range'
        ? down
          ? { ...signed, high: '0', highInclusive: true, wording: flatWording }
          : { ...signed, low: '0', lowInclusive: true, wording: flatWording }
        : signed;
    if (!target) {
      anchors.push(
        anchor({
          form: 'unsupported',
          start: from,
          end: to,
          text: wording,
          unsupported: `'${wording}' is too ambiguous to read as a range`,
        }),
      );
      continue;
    }
    const verb = verbs.before(rel(from));
    const previous = anchors[anchors.length - 1];
    if (
      previous?.form === 'band' &&
      previous.target?.op === 'range' &&
      target.op === 'range' &&
      TO.test(text.slice(rel(previous.end), rel(from)))
    ) {
      // "the high twenties to low thirties": one range from the first band's floor to the second's ceiling
      const merged = text.slice(rel(previous.start), rel(to));
      previous.end = to;
      previous.text = merged;
      previous.target = { ...target, low: previous.target.low, wording: merged.trim() };
      continue;
    }
    anchors.push(
      anchor({
        form: 'band',
        start: from,
        end: to,
        text: target.wording ?? wording,
        target,
        verb,
        subjectAfter: true,
        growth: down || BAND_GROWTH.test(beforeFrom) || GROWTH_AFTER.test(after) || BAND_OF_GROWTH.test(after),
        carry: verb === 'crossing' ? 'gte' : null,
      }),
    );
  }

  return anchors;
}
