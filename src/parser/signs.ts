// Targets with no figure: sign changes ("turn positive", "break even", "from loss to profit", "return to
// growth": the value crosses zero) and directions ("losses will narrow": the change is below zero).
import type { Target } from '../domain/model.js';
import { type Anchor, type Op, type VerbClass, type Verbs, anchor, overlaps } from './anchor.js';
import { EARLIER, type Span, leadBefore, matchAll } from './text.js';

interface SignRule {
  re: RegExp;
  op: Op;
  /** The target when it is not `op` zero. */
  target?: Target | ((m: RegExpExecArray) => Target);
  /** The governing verb, from the phrase itself or, for a noun ("at least breakeven"), the text before it. */
  /** `before`: the nearest verb before the phrase. */
  verb: (phrase: string, before: () => VerbClass | null) => VerbClass | null;
  implied: (m: RegExpExecArray) => string | null;
  subjectAfter?: boolean;
  growth?: boolean;
  /** A phrase that only names a direction: when a figure or band is near it, that is the target instead. */
  needsNoFigure?: boolean;
}

const METRIC_AFTER_POSITIVE = String.raw`(?:(?:industrial|adjusted|underlying|group|core|reported)\s+)?(?:free\s+cash\s+flows?|cash\s+flows?|net\s+cash(?:\s+(?:position|balance))?|cash\s+(?:position|balance)|(?:operating|gross|net|pre-?tax|segment)\s+(?:income|profit|cash\s+flow|earnings)|(?:adjusted\s+)?ebitd?a?|ebit|earnings|eps|unit\s+economics)`;
/** A little, said in words: "slightly lower", "a touch higher". */
const SLIGHTLY = String.raw`slightly|modestly|somewhat|marginally|a\s+little|a\s+bit|a\s+touch|a\s+tad|fractionally`;
/** How much, said in words: read, not scored ("down meaningfully", "a modest improvement"). */
const DEGREE_WORDS = String.raw`only|meaningfully|significantly|substantially|materially|moderately|considerably|sharply|notably|${SLIGHTLY}`;
/** A comparison that places the change: "sequentially", "year over year", "from a year ago". */
const COMPARED = String.raw`sequentially|year[- ](?:over|on)[- ]year|quarter[- ](?:over|on)[- ]quarter`;

const SIGNS: SignRule[] = [
  {
    re: /\b(?:(?:transition|turn|swing|move|shift|go)(?:s|ed|ing)?\s+)?from\s+(?:a\s+)?loss(?:es)?\s+(?:making\s+)?to\s+(?:a\s+)?profit(?:ability|able)?\b/gi,
    op: 'gt',
    verb: () => 'crossing',
    implied: () => 'profit',
  },
  {
    re: /\b(?:turn|turns|turned|turning|become|becomes|becoming|go|goes|going|swing|swings)\s+(?:to\s+)?(?:a\s+)?(?:profitable|profitability|profit)\b|\bturn(?:s|ed|ing)?\s+a\s+profit\b/gi,
    op: 'gt',
    verb: () => 'crossing',
    implied: () => 'profit',
  },
  {
    re: /\b(?:achieve|achieves|achieving|reach|reaches|reaching|return\s+to|returns\s+to|returning\s+to|regain|regains)\s+(?:[\w-]+\s+)?profitability\b/gi,
    op: 'gt',
    verb: () => 'crossing',
    implied: () => 'profit',
  },
  {
    // "return to an operating profit", "return to net profit": back above zero, the profit named its metric (not "a
    // profit of $X", whose figure is the target, nor "profit margins")
    re: /\b(?:return|returns|returning)\s+to\s+(?:an?\s+)?(?<what>(?:(?:operating|net|pre-?tax|underlying|adjusted)\s+)?profit)\b(?!\s+(?:of|margins?)\b)/gi,
    op: 'gt',
    verb: () => 'crossing',
    implied: (m) => m.groups?.what ?? 'profit',
  },
  {
    re: /\b(?:remain|remains|stay|stays|be|is|are)\s+profitable\b/gi,
    op: 'gt',
    verb: (t) => (/^(?:remain|stay)/i.test(t) ? 'hold' : 'state'),
    implied: () => 'profit',
  },
  {
    // "comps of positive 1% to 3%": a sign written before a figure is that figure's sign, no target of its own.
    re: /\b(?:(?:turn|turns|turned|turning|become|becomes|becoming|go|goes|remain|remains|stay|stays|be|is|are)\s+)?positive\b(?![ \t]*[A-Za-z])(?![ \t]*[+$€£¥₹]?\d)/gi,
    op: 'gt',
    verb: (t) => (/^(?:turn|become|go)/i.test(t) ? 'crossing' : /^(?:remain|stay)/i.test(t) ? 'hold' : 'state'),
    implied: () => null,
  },
  {
    // "reach positive free cash flow", "positive industrial free cash flows", "a positive net cash position": the
    // metric follows
    re: new RegExp(
      String.raw`\b(?:(?:reach|reaches|reaching|achieve|achieves|achieving|turn|turns|generate|generates|deliver|delivers)\s+)?positive(?=\s+${METRIC_AFTER_POSITIVE}\b)`,
      'gi',
    ),
    op: 'gt',
    verb: (t, before) => (/^(?:reach|achieve|turn)/i.test(t) ? 'crossing' : before()),
    implied: () => null,
    subjectAfter: true,
  },
  {
    // "return to growth", "return to revenue growth": growth above zero
    re: /\breturn(?:s|ed|ing)?\s+to\s+(?<what>(?:[\w-]+\s+){0,3}?)growth\b/gi,
    op: 'gt',
    verb: () => 'crossing',
    implied: (m) => m.groups?.what?.trim() || null,
    growth: true,
  },
  {
    // "we anticipate moderate revenue growth and a margin in the high teens": growth qualified by a degree word and
    // no figure is growth above zero; only where nothing that could hold a figure follows ("strong growth of 10%",
    // "solid growth in the mid-single digits" have theirs).
    re: /\b(?:moderate|modest|slight|solid|robust|healthy|continued)\s+(?<what>(?:[\w-]+\s+){0,2}?)growth\b(?=\s*(?:[,;.]|$)|\s+(?:and|with|for|in\s+(?:fiscal|financial|FY|(?:19|20)\d{2}|the\s+(?:coming|next|current|full)\b)))/gi,
    op: 'gt',
    verb: () => 'up',
    implied: (m) => m.groups?.what?.trim() || null,
    growth: true,
  },
  {
    // "double year over year": a change of at least +100%; over a stretch of years it has no comparison period
    re: /\b(?:(?<more>more\s+than)\s+|(?<approx>roughly|about|approximately|nearly|almost)\s+)?(?:double|doubles|doubling)\b(?!\s+digits?\b|-digit)/gi,
    op: 'gte',
    // "more than double" is above +100%; "roughly double" about it, within 5% of the value as any "about"
    target: (m) =>
      m.groups?.more
        ? { op: 'gt', value: '100' }
        : m.groups?.approx
          ? { op: 'about', value: '100', tolerance: '5' }
          : { op: 'gte', value: '100' },
    verb: () => 'up',
    implied: () => null,
    growth: true,
  },
  {
    // "at least flat", "flat or better", "flat to slightly up": no fall, a change of zero or more (before "flat")
    re: /\b(?:at\s+least\s+(?:flat|stable|unchanged)|(?:flat|stable|unchanged)\s+or\s+(?:better|up|higher)|flat\s+to\s+(?:slightly|modestly|marginally)\s+(?:up|higher|positive))\b/gi,
    op: 'gt',
    target: { op: 'gte', value: '0' },
    verb: () => 'state',
    implied: () => null,
    growth: true,
    needsNoFigure: true,
  },
  {
    // "flat or down", "flat to slightly lower", "down slightly to flat": no rise, a change of zero or less
    re: /\b(?:at\s+most\s+flat|flat\s+or\s+(?:down|lower|worse)|flat\s+to\s+(?:slightly|modestly|marginally)\s+(?:down|lower|negative)|(?:(?:slightly|modestly|marginally)\s+(?:down|lower)|(?:down|lower)\s+(?:slightly|modestly|marginally))\s+to\s+flat)\b/gi,
    op: 'gt',
    target: { op: 'lte', value: '0' },
    verb: () => 'state',
    implied: () => null,
    growth: true,
    needsNoFigure: true,
  },
  {
    // "organic growth to turn negative", "be slightly negative": a change below zero, when no figure or band follows
    re: /\b(?:turn|turns|be|remain|remains|go|goes)\s+(?:(?:slightly|modestly|marginally|somewhat)\s+)?negative\b/gi,
    op: 'gt',
    target: { op: 'lt', value: '0' },
    verb: () => 'state',
    implied: () => null,
    growth: true,
    needsNoFigure: true,
  },
  {
    // "roughly flat", "broadly flat", "flattish": a change of about zero, with no tolerance stated (issue 18's labels)
    re: /\b(?:(?:roughly|broadly|essentially|largely|relatively|about|approximately|basically)\s+)?flat(?:tish|ish)?\b(?!\s+(?:to|organi[sz]ation|structure|rate|fee|pricing)\b)/gi,
    op: 'gt',
    target: { op: 'about', value: '0' },
    verb: () => 'state',
    implied: () => null,
    growth: true,
  },
  {
    // "roughly in line with last year", "similar to the prior year", "broadly in line with the prior corresponding
    // period" (the same period a year before), "be similar in 2026" (of a figure given before): a change of about
    // zero, as "flat" (the year it names is blanked as the compared period before signs are read).
    // Only after a verb of being, and with no level given after it ("similar to the prior year, at around 70%").
    re: /\b(?:be|remain|remains|stay|stays|come\s+in|land)\s+(?:(?:roughly|broadly|largely|about|approximately|essentially|generally|more\s+or\s+less)\s+)?(?:(?:in\s+line\s+with|similar\s+to|comparable\s+to|on\s+par\s+with)\s+(?:(?:the\s+)?(?:prior|previous|last)[- ]year(?:['’]s)?(?:\s+(?:level|figure)s?)?\b|(?:the\s+)?(?:prior|previous)\s+corresponding\s+(?:period|half|year)\b|(?:the\s+)?pcp\b|(?=\s*(?:[,;.]|$)))|similar(?=\s*(?:[,;.]|$)|\s{2,}))(?!\s*,?\s*(?:at|of|to)\s)/gi,
    op: 'gt',
    target: { op: 'about', value: '0' },
    verb: () => 'state',
    implied: () => null,
    growth: true,
    needsNoFigure: true,
  },
  {
    // "adjusted EBITDA in line with 2025", "remain approximately on the same level as in 2025", "at the same level
    // as last year": a change of about zero against the period compared, with or without a verb of being (the
    // compared period is blanked before signs are read, so nothing but a blank may follow); not after a verb in the
    // past ("trading was in line with the fourth quarter" reports), nor as an aside after a comma ("in the mid-teens,
    // broadly in line with the first half" compares the level already given)
    re: /(?<![,;]\s*)(?<!\b(?:was|were|been|came|remained|stayed|ran|traded)\s+)(?<!\b(?:roughly|broadly|largely|about|approximately|essentially|generally)\s+)\b(?:(?:roughly|broadly|largely|about|approximately|essentially|generally)\s+)?(?:in\s+line\s+with|(?:on|at)\s+(?:(?:roughly|broadly|largely|about|approximately)\s+)?(?:the\s+)?same\s+level\s+as(?:\s+in)?)(?:\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d{2}\b)?(?=\s*(?:[,;.]|$))/gi,
    op: 'gt',
    target: { op: 'about', value: '0' },
    verb: () => 'state',
    implied: () => null,
    growth: true,
    needsNoFigure: true,
  },
  {
    // "remain broadly stable", "be unchanged": a change of about zero, as "flat"
    // ("margin broadly stable at constant currency" needs no verb where a hedge and no noun follow)
    re: /\b(?:be|remain|remains|stay|stays|is|are|keep|keeps)\s+(?:(?:broadly|roughly|largely|relatively|essentially|basically)\s+)?(?:stable|unchanged)\b|\b(?:broadly|roughly|largely|essentially|basically)\s+(?:stable|unchanged)\b(?=\s*(?:[,;.]|$)|\s+(?:at|in|on|for|versus|vs|compared|year|with|through|over|from)\b)/gi,
    op: 'gt',
    target: { op: 'about', value: '0' },
    verb: () => 'hold',
    implied: () => null,
    growth: true,
    needsNoFigure: true,
  },
  {
    // "expand modestly", "improve slightly", "decline somewhat": a change above or below zero
    re: /\b(?<dir>expand|improve|increase|grow|rise|decline|contract|decrease|fall|soften|deteriorate)\s+(?:slightly|modestly|somewhat|marginally|moderately)\b/gi,
    op: 'gt',
    target: (m) => ({
      op: /^(?:decline|contract|decrease|fall|soften|deteriorate)$/i.test(m.groups?.dir ?? '') ? 'lt' : 'gt',
      value: '0',
    }),
    verb: () => 'state',
    implied: () => null,
    growth: true,
    needsNoFigure: true,
  },
  {
    // "with modest margin accretion", "operating margin expansion", "gross margin dilution": a margin's change above
    // or below zero, named as a noun (a figure after it, "margin expansion of 50 basis points", is the target)
    re: /\b(?<margin>(?:(?:gross|operating|ebitda|ebit|ebita|net|profit)\s+)?margins?)\s+(?<dir>expansion|accretion|improvement|contraction|dilution|compression|erosion)\b/gi,
    op: 'gt',
    target: (m) => ({
      op: /^(?:contraction|dilution|compression|erosion)$/i.test(m.groups?.dir ?? '') ? 'lt' : 'gt',
      value: '0',
    }),
    verb: () => 'state',
    implied: (m) => m.groups?.margin ?? null,
    growth: true,
    needsNoFigure: true,
  },
  {
    // "slightly lower", "modestly higher", "a touch lower": a change below or above zero
    re: new RegExp(String.raw`\b(?:${SLIGHTLY})\s+(?<dir>lower|higher|down|up|below|above)\b`, 'gi'),
    op: 'gt',
    target: (m) => ({ op: /^(?:lower|down|below)$/i.test(m.groups?.dir ?? '') ? 'lt' : 'gt', value: '0' }),
    verb: () => 'state',
    implied: () => null,
    growth: true,
  },
  {
    // "a significantly lower EBIT margin in the second half than in the first half", "a higher gross margin than
    // last year": a comparative before the metric, with "than" after it, is a change below or above zero against
    // the period named (the metric follows)
    re: new RegExp(
      String.raw`\ban?\s+(?:(?:${DEGREE_WORDS})\s+)?(?<dir>lower|higher)(?=\s+(?:[\w&'’-]+\s+){1,8}?than\b)`,
      'gi',
    ),
    op: 'gt',
    target: (m) => ({ op: /^lower$/i.test(m.groups?.dir ?? '') ? 'lt' : 'gt', value: '0' }),
    verb: () => 'state',
    implied: () => null,
    growth: true,
    needsNoFigure: true,
    subjectAfter: true,
  },
  {
    // "significantly above the previous year's level", "to exceed its 2025 level": above or below the year
    // before, with no figure, is a change above or below zero. The year may be masked as a horizon (a run of
    // spaces); "above the level of our peers" names no year and is left alone
    re: new RegExp(
      String.raw`\b(?<dir>above|below|exceed|exceeds|surpass|surpasses|under)\s+(?:(?:the|its|our|their)\s+)?(?:(?:previous|prior|last)[- ]year(?:['’]s)?|(?:previous|prior|last)\s+year['’]s|(?:19|20)\d{2}|\s(?:['’]s)?)\s+levels?\b`,
      'gi',
    ),
    op: 'gt',
    target: (m) => ({ op: /^(?:below|under)$/i.test(m.groups?.dir ?? '') ? 'lt' : 'gt', value: '0' }),
    verb: () => 'state',
    implied: () => null,
    growth: true,
    needsNoFigure: true,
  },
  {
    // "fall short of last year's", "fall short of the prior year": below the year before (the year may be masked)
    re: /\bfalls?\s+short\s+of\s+(?:(?:the|its|our)\s+)?(?:(?:previous|prior|last)[- ]year(?:['’]s)?\b|\s+(?:['’]s)?(?=\s*(?:[,;.]|$)))/gi,
    op: 'gt',
    target: { op: 'lt', value: '0' },
    verb: () => 'state',
    implied: () => null,
    growth: true,
    needsNoFigure: true,
  },
  {
    // "to be down meaningfully from a year ago", "be lower sequentially", "be up only slightly year over year": a
    // change below or above zero, when no figure or band follows (checked in findSignChanges)
    re: new RegExp(
      String.raw`\b(?:be|is|are|remain|remains|come\s+in|trend|end\s+up)\s+(?:(?:${DEGREE_WORDS})\s+)*(?<dir>down|up|lower|higher|(?:up|down)wards?)\b(?:\s+(?:${DEGREE_WORDS}|${COMPARED}))*`,
      'gi',
    ),
    op: 'gt',
    target: (m) => ({ op: /^(?:lower|down|downwards?)$/i.test(m.groups?.dir ?? '') ? 'lt' : 'gt', value: '0' }),
    verb: () => 'state',
    implied: () => null,
    growth: true,
    needsNoFigure: true,
  },
  {
    // "a modest improvement in operating margin", "a slight decline in volumes": the metric follows ("the growth
    // in Mexico", "most of the growth in" refer to a change stated elsewhere, and where it comes from)
    re: /(?<!\b(?:the|of|its|our|their|this|that)\s)\b(?:an?\s+)?(?:(?:slight|modest|small|further|meaningful|significant|substantial|moderate|marginal)\s+)?(?<dir>improvement|increase|expansion|growth|decline|decrease|contraction|reduction|deterioration)\s+(?=in\s)/gi,
    op: 'gt',
    target: (m) => ({
      op: /^(?:decline|decrease|contraction|reduction|deterioration)$/i.test(m.groups?.dir ?? '') ? 'lt' : 'gt',
      value: '0',
    }),
    verb: () => 'state',
    implied: () => null,
    growth: true,
    subjectAfter: true,
    needsNoFigure: true,
  },
  {
    // "plan to further increase the dividend", "will raise the payout": a change above zero, when no figure follows
    // ("should rise sequentially", "to tick up again": the same, of the metric before)
    re: /\b(?:to|will|shall|should|continue\s+to)\s+(?:further\s+|again\s+)?(?:increase|raise|grow|lift|rise|(?:tick|edge|move|inch)\s+up)\b(?!\s+(?:by|to|at|faster|slower|more|less|ahead|than|in\s+line|similar|with|broadly|roughly)\b)/gi,
    op: 'gt',
    target: { op: 'gt', value: '0' },
    verb: () => 'up',
    implied: () => null,
    growth: true,
    subjectAfter: true,
    needsNoFigure: true,
  },
  {
    // "and the adjusted EBITDA margin to expand", "margins should improve in 2H26", "gross margin to contract this
    // year": a bare verb of movement with no figure is a change above or below zero, only where the clause ends or
    // a period, comparison or next clause follows ("to expand our footprint", "improve efficiency" move no metric),
    // and no ", by 20 to 30 basis points" gives its size after a comma.
    re: /\b(?:to|will|shall|should|would|continue\s+to)\s+(?:further\s+|again\s+)?(?<dir>expand|improve|strengthen|widen|contract|compress|weaken|deteriorate|soften)\b(?![^.;]{0,40}?,\s*by\b)(?=\s*(?:[,;.]|$)|\s+(?:again|further|and|with|in|into|during|over|through|for|this|next|from|versus|vs|compared|year|sequentially|as)\b)/gi,
    op: 'gt',
    target: (m) => ({
      op: /^(?:contract|compress|weaken|deteriorate|soften)$/i.test(m.groups?.dir ?? '') ? 'lt' : 'gt',
      value: '0',
    }),
    verb: () => 'state',
    implied: () => null,
    growth: true,
    needsNoFigure: true,
  },
  {
    // "break even" is itself the verb; the noun "breakeven" takes the verb before it ("achieve", "be at least")
    re: /\b(?:at\s+least\s+)?(?:break(?:s|ing)?[- ]even|break-?even)\b/gi,
    op: 'gte',
    verb: (t, before) => (/break(?:s|ing)?[- ]even$/i.test(t) ? 'crossing' : before()),
    implied: () => 'profit',
  },
];

// The verb is matched before the lookbehind is tried: a lookbehind first would run back over every run of
// spaces at each of its positions.
const DIRECTION =
  /(?=narrow|shrink|decline|decrease|fall|drop|reduce)(?<=\b(?:to|will|would|may|might|could|should|can|continue\s+to|further)\s+)(?:narrow|shrink|decline|decrease|fall|drop|reduce)\b(?<adv>(?:\s+(?:significantly|substantially|meaningfully|materially|further|slightly|gradually|sharply|notably|sequentially|quarter[- ]over[- ]quarter|year[- ]over[- ]year))*)(?<object>\s+(?:its\s+|their\s+|the\s+)?loss(?:es)?)?(?!\s+(?:to|by|RMB|CNY|USD|HKD)\b|\s+[-−~$¥€£\d])/gi;
const NEAR =
  /\b(?:approach|approaches|approaching|near|nears|nearing|close\s+to|closer\s+to|towards?|move\s+toward)\s*$/i;
const DEGREE =
  /\b(?:significantly|substantially|meaningfully|materially|further|slightly|gradually|sharply|notably)\b/gi;

/**
 * "26% to 27%, a touch above our prior view": where a figure sits against an earlier outlook, not a change of the
 * metric's own.
 */
const AGAINST_EARLIER_VIEW = new RegExp(
  String.raw`^\s+(?:(?:our|the|its|their)\s+)?${EARLIER}\s+(?:[\w-]+\s+)?(?:view|guidance|outlook|forecast|expectations?|range|plan|estimates?)\b`,
  'i',
);

/** The index of the first of the sorted `values` at or after `at` (values.length when none is). */
function firstAtOrAfter(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sign changes and directions in `text` (starting at `offset`) that do not overlap anchors already `taken`. */
export function findSignChanges(text: string, offset: number, taken: readonly Span[], verbs: Verbs): Anchor[] {
  const rel = (abs: number): number => abs - offset;
  const anchors: Anchor[] = [];
  const starts = taken.map((t) => t.start).sort((a, b) => a - b);
  const ends = taken.map((t) => t.end).sort((a, b) => a - b);
  /**
   * A figure just after a sign's words, which states the change itself. A figure that "by" or "to" brings in counts
   * from further off, and after a comma: "grow sequentially in the third quarter, by 5 to 8%", "reduce average net
   * working capital to sales to below 40%".
   */
  const figureAfter = (end: number): boolean => {
    const next = starts[firstAtOrAfter(starts, end)];
    if (next === undefined) return false;
    const gap = text.slice(rel(end), rel(next));
    const broughtIn = /^[^;]*\b(?:by|to)\s+$/i.test(gap);
    return next - end <= (broughtIn ? 60 : 40) && (!/[,;]/.test(gap) || broughtIn);
  };
  /** A figure or band within a few words after `end` or just before `start`, in the same comma-free stretch. */
  const figureNear = (start: number, end: number): boolean => {
    if (figureAfter(end)) return true;
    const previous = ends[firstAtOrAfter(ends, start + 1) - 1];
    return previous !== undefined && start - previous <= 12 && !/[,;]/.test(text.slice(rel(previous), rel(start)));
  };
  for (const rule of SIGNS) {
    for (const { match, start, end } of matchAll(rule.re, text, offset)) {
      if (overlaps({ start, end }, [...taken, ...anchors])) continue;
      if (rule.needsNoFigure && figureNear(start, end)) continue;
      // "approaching breakeven", "close to profitability": near a sign change is not a promise of one
      if (NEAR.test(leadBefore(text, rel(start)).text)) continue;
      if (AGAINST_EARLIER_VIEW.test(text.slice(rel(end), rel(end) + 60))) continue;
      const wording = match[0];
      const target = typeof rule.target === 'function' ? rule.target(match) : rule.target;
      anchors.push(
        anchor({
          form: 'sign',
          start,
          end,
          text: wording,
          target: { ...(target ?? { op: rule.op, value: '0' }), wording },
          verb: rule.verb(wording.trim(), () => verbs.before(rel(start))),
          impliedMeasure: rule.implied(match),
          subjectAfter: rule.subjectAfter ?? false,
          growth: rule.growth ?? false,
        }),
      );
    }
  }

  for (const { match, start, end } of matchAll(DIRECTION, text, offset)) {
    if (overlaps({ start, end }, [...taken, ...anchors])) continue;
    // "decline about 5%", "fall below 35%", "decline mid-teens": the figure after the verb is the target
    if (figureAfter(end)) continue;
    const wording = match[0].trim();
    const adverbs = (match.groups?.adv ?? '').match(DEGREE) ?? [];
    anchors.push(
      anchor({
        form: 'direction',
        start,
        end: start + wording.length,
        text: wording,
        target: { op: 'lt', value: '0', wording },
        verb: 'down',
        impliedMeasure: match.groups?.object ? 'loss' : null,
        unread: adverbs,
      }),
    );
  }

  return anchors;
}
