// Targets written with figures: thresholds ("exceed", "at least", "no more than"), ranges ("between X and Y",
// "X to Y", "above X but below Y", "X plus or minus 2%"), "about X", and bare figures ("reach 10bn", "grow 20%",
// "a target of 20%"), whose operator waits for the metric (see `settlePoint`). `findAnchors` also gathers the
// figureless ones: bands (bands.ts) and sign changes (signs.ts).
import type { Decimal, GoodDirection, Target } from '../domain/model.js';
import { type Anchor, type Op, type PointRule, type VerbClass, type Verbs, TO, anchor, indexVerbs } from './anchor.js';
import { findBands } from './bands.js';
import { formatExact, multiplyDecimal, normalizeDecimal, shiftDecimal, toDec } from '../domain/decimal.js';
import {
  type Quantity,
  compatible,
  findQuantities,
  plainDigits,
  quantityValue,
  roundingTolerance,
  shareCurrency,
  shareUnit,
  toleranceInWords,
} from './numbers.js';
import { findSignChanges } from './signs.js';
import { EARLIER, leadBefore } from './text.js';

/** Comparators that are themselves crossing verbs ("exceed", "surpass"): met once crossed. */
/** "take the margin past 12%", "taking the chain past 160 stores" ("the past 12 months" is a period, not a bound). */
const PAST_BOUND = String.raw`(?<!\b(?:the|its|our|their|this|that)\s)\bpast$`;
const CROSSING_COMPARATOR = new RegExp(
  String.raw`\b(?:exceed|exceeds|exceeding|surpass|surpasses|surpassing|top|tops|beat|beats|cross|crosses|pass|passes|break\s+through)$|${PAST_BOUND}`,
  'i',
);

const COMPARATORS: [RegExp, Op][] = [
  [/\bat\s+or\s+(?:(?:slightly|just|somewhat|modestly)\s+)?(?:below|under)$/i, 'lte'],
  [/\bat\s+or\s+(?:(?:slightly|just|somewhat|modestly)\s+)?above$/i, 'gte'],
  [/(?:\bno|\bnot)\s+more\s+than$/i, 'lte'],
  [/\bnot\s+(?:to\s+)?(?:exceed|exceeding|surpass)$/i, 'lte'],
  [/\b(?:at\s+most|a\s+maximum\s+of|maximum\s+of|up\s+to|capped\s+at|no\s+higher\s+than|not\s+above)$/i, 'lte'],
  [/(?:<=|≤)$/, 'lte'],
  [/(?:\bno|\bnot)\s+less\s+than$/i, 'gte'],
  [/\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|not\s+below)$/i, 'gte'],
  // "a minimum dividend of €0.48", "a floor of", "a maximum payout of", "a cap of": the noun between still bounds it.
  [/\b(?:minimum|floor)\s+(?:[\w-]+\s+){0,3}?(?:of|at)$/i, 'gte'],
  [/\b(?:maximum|cap|ceiling)\s+(?:[\w-]+\s+){0,3}?(?:of|at)$/i, 'lte'],
  [/(?:>=|≥)$/, 'gte'],
  [/\b(?:more|greater|higher)\s+than$/i, 'gt'],
  [/\b(?:in\s+excess\s+of|north\s+of|beyond|break\s+through)$/i, 'gt'],
  [new RegExp(PAST_BOUND, 'i'), 'gt'],
  [/\bupwards\s+of$/i, 'gte'],
  // "raising the low end of our guidance to $10.2 billion": a new floor; "the top end ... to": a new ceiling
  [/\b(?:low|lower|bottom)\s+end\s+of\s+(?:[\w-]+\s+){0,4}?(?:range|guidance|outlook|forecast)\s+to$/i, 'gte'],
  [/\b(?:high|higher|upper|top)\s+end\s+of\s+(?:[\w-]+\s+){0,4}?(?:range|guidance|outlook|forecast)\s+to$/i, 'lte'],
  [/\bas\s+(?:much|many|high)\s+as$/i, 'lte'],
  [
    /\b(?:exceed|exceeds|exceeded|exceeding|surpass|surpasses|surpassed|surpassing|top|tops|beat|beats|cross|crosses|pass|passes|above|over)$/i,
    'gt',
  ],
  [/>$/, 'gt'],
  [/\b(?:less|fewer|lower)\s+than$/i, 'lt'],
  [/\bfall(?:s|ing)?\s+short\s+of$/i, 'lt'],
  [/\b(?:below|under|beneath)$/i, 'lt'],
  [/<$/, 'lt'],
];
const NEGATED_FORM = /\b(?:no|not)\b/i;
/** "from 50 basis points lower to flat", "down 2% to flat": a change from the figure up to zero. */
const TO_FLAT =
  /^\s*(?<dir>lower|higher|below|above)?\s*to\s+(?:(?:roughly|broadly|about|approximately)\s+)?(?:flat|unchanged)\b/i;
const SIGN_BEFORE = /\b(?<dir>down|up|minus|plus)\s*$/i;
const FLAT_TO =
  /\b(?:(?:roughly|broadly|about|approximately)\s+)?flat\s+to\s+(?<dir>up|down|higher|lower|positive|negative)(?:\s+(?:by\s+)?(?:about\s+|approximately\s+)?)?\s*$/i;
/** "a 1 point headwind", "this -7 percentage point impact": what moves a figure, not where it goes. */
const EFFECT_AFTER = /^\s*(?:impact|headwind|tailwind|drag|benefit|effect|contribution|hit)s?\b/i;
const NEGATION = /\b(?:not|never)\b|n't\b/gi;
// Idioms of approximation count as "about": "in the neighbourhood of 250", "in the ballpark of $1.7 billion", "in
// the zip code of 100 basis points", "on the order of 5%", "in the region of €2 billion".
const APPROX =
  /(?:\b(?:about|approximately|around|roughly|circa|nearly|almost|close\s+to|some)|\b(?:in|on)\s+the\s+(?:neighbou?rhood|ballpark|region|vicinity|zip\s+code|order|area)\s+of|\bto\s+the\s+tune\s+of|\b[cC]a?\.|~)$/i;
const FILLER_CHAR = /[\s"'“”‘’]$/;
const FILLER_THE = /(?:^|\W)the$/i;
const OR_MORE =
  /^\s*(?:\+|-?plus\b(?!\s+or\b)|or\s+(?:more|above|higher|greater|better)\b|and\s+(?:above|up|higher)\b)/i;
const OR_LESS = /^\s*(?:or\s+(?:less|below|lower|fewer)\b|and\s+below\b)/i;
/** What a multiple is of: "2.5 times EBITDA", "3x adjusted EBITDA". */
const MULTIPLE_BASE =
  /^\s*(?:(?:adjusted|underlying|reported|net\s+debt\s+to)\s+)?(?:ebitda(?:al|r)?|ebit|earnings)\b/i;
const PER_SHARE = /^\s*per\s+(?:share|ADS|ADR)\b/i;
const TRAILING_NOUN = /^\s*["'”’]?\s*(?:threshold|mark|level|guidance|plan|target|range)\b/i;
/** "50 to 100 basis points lower than in the first half", "3% higher year over year": the sign follows the figure. */
// "a 3% to 5% decline in revenue", "2% lower in 2026": the direction written after the figure.
// "3% more seats", "5% fewer flights": a percentage more or fewer of a thing is its change.
const MORE_OR_FEWER = /%\s+(more|fewer)\s/i;
// A compared period is blanked before figures are read: "50 to 100 basis points below last year" reads "below" and
// then a run of spaces.
const DOWN_AFTER =
  /^\s*(?:(?:lower|less|below|down)\s{2,}|fewer\s+(?!than\b)[a-z]|(?:lower|less|below|down|weaker|smaller)\s+(?:than|from|on|versus|vs\.?|year|compared|sequentially|quarter|(?:19|20)\d{2}['’]s|last\s+year)\b|(?:lower|down)\b(?=\s*(?:in|for|this|next|over|during|by|[,;.]|$))|(?:decline|decrease|drop|fall|contraction|reduction)\b)/i;
const UP_AFTER =
  /^\s*(?:(?:higher|more|above|up)\s{2,}|more\s+(?!than\b|of\b|or\b)[a-z]|(?:higher|more|above|up|stronger|greater|larger)\s+(?:than|from|on|versus|vs\.?|year|compared|sequentially|quarter|(?:19|20)\d{2}['’]s|last\s+year)\b|(?:higher|up)\b(?=\s*(?:in|for|this|next|over|during|by|[,;.]|$))|(?:increase|rise|gain|improvement|expansion)\b)/i;
const BASIS_AFTER =
  /^\s*(?:year[- ]over[- ]year|year[- ]on[- ]year|yoy|y\/y|quarter[- ]over[- ]quarter|quarter[- ]on[- ]quarter|qoq|q\/q|sequentially)\b/i;
const GROWTH_UP =
  /\b(?:grow|grows|growing|grew|(?<!\bnegative\s)growth\s+of|change|changes|increase|increases|increasing|rise|rises|rising|(?<!\b(?:make|makes|making|made)\s)up|expand|expands|improve|improves|widen|widens)(?:\s+by)?\s*$/i;
// Any inflection of a verb of decline: "contracting by", "to deteriorate by", "lower by".
// A noun of decline counts too: "a revenue decline of around 5%", "negative growth of 2%"; so does "come under
// pressure of up to 0.5 pp" (a fall of at most half a point).
// A verb of cutting with its object between counts when "by" names the rate: "cut operating expenses by 2% to 3%",
// "reduce unit costs by about 5%".
// So does a noun of decline with its metric between: "a decline in revenue of about 5%".
const GROWTH_DOWN =
  /\b(?:decline|decrease|reduction|drop|fall|contraction)\s+in\s+(?:(?!(?:and|or|while|with)\b)[\w&'-]+\s+){1,5}?of\s*$|\b(?:giv(?:e|es|ing)\s+back|gave\s+back|(?:declin|decreas|fall|fell|drop|shrink|shrank|contract|compress|narrow|deteriorat|erod|soften|weaken|slip|dipp?|reduction|dilut)[a-z]*|down|lower|negative\s+growth|under\s+pressure)(?:\s+(?:by|of))?\s*$|\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|trim(?:s|med|ming)?)\s+(?:(?!(?:and|or|while|with)\b)[\w&'-]+\s+){1,4}?by\s*$/i;
/** "decrease by a net of around 150", "grow the fleet by 40": a change in the metric's own unit, not a level. */
const CHANGE_BY_AMOUNT =
  /\b(?<verb>(?:increas|decreas|grow|reduc|cut|lower|ris|fall|fell|declin|expand|shrink|add|rais)[a-z]*|(?:come|comes|coming|came|go|goes|going|went|move|moves|moving|moved)\s+down)\s+(?:[\w-]+\s+){0,3}?by\s+(?:a\s+net\s+(?:of\s+)?)?$/i;
/** "a reduction in farming cost per kilo of about €0.20": a noun of change, then the metric, then the amount moved. */
const CHANGE_IN_AMOUNT =
  /\b(?<verb>reduc|decreas|declin|cut|increas|ris)[a-z]*\s+in\s+(?:(?!(?:and|or|with|while)\b)[\w-]+\s+){1,6}?of\s+$/i;

/**
 * "organic ASV growth of $100 million to $150 million", "ARPA growth of £100": growth written as an amount of money
 * (a count of "net store growth" is the number of stores added, a level of its own).
 */
const GROWTH_OF_AMOUNT =
  /\bgrowth\s+(?:of|to\s+be|will\s+be|should\s+be|is\s+expected\s+to\s+be)\s+(?:somewhere\s+)?(?:(?:between|in\s+the\s+range\s+of)\s+)?$/i;
/**
 * A change in the metric's own unit, by a verb ("decrease by 150"), a noun ("a reduction in costs of €0.20") or, of
 * money, growth ("growth of $100 million") or an amount of debt repaid ("repay $20 million of debt", a fall in it).
 */
function changeByAmount(before: string, q: Quantity, after: string): RegExpExecArray | null {
  const money = q.kind === 'money';
  return (
    CHANGE_BY_AMOUNT.exec(before) ??
    CHANGE_IN_AMOUNT.exec(before) ??
    (money ? GROWTH_OF_AMOUNT.exec(before) : null) ??
    (money && DEBT_AFTER.test(after) ? REPAY.exec(before) : null)
  );
}
/** "repay approximately $20 million of long-term debt", "pay down $50 million of borrowings": a fall in the debt. */
const REPAY =
  /\b(?<verb>repay|repays|repaying|(?:pay|pays|paying)\s+down)\s+(?:(?:about|around|approximately|roughly|some|another|a\s+further|an\s+additional)\s+)?$/i;
const DEBT_AFTER = /^\s+(?:of\s+)?(?:(?:our|its|the)\s+)?(?:[\w-]+\s+){0,2}?(?:debt|borrowings|loans?|notes|bonds)\b/i;
/** "take about $400 million out of operating costs": an amount removed from the metric, a change below zero. */
const TAKE_OUT =
  /\b(?:take|takes|taking|strip|strips|stripping|remove|removes|removing|wring|squeeze|carve)\s+(?:(?:about|around|approximately|roughly|another|an\s+additional|a\s+further)\s+)?$/i;
const OUT_OF = /^\s*(?:of\s+(?:costs?|expenses?)\s+)?out\s+of\b/i;
const AMOUNT_THAN =
  /^\s*(?<dir>lower|less|below|smaller|higher|more|above|greater|larger)(?:\s+than\b|(?<=lower|higher)(?=\s*(?:in|for|this|next|over|during|by|[,;.]|$)))/i;
/** "margin expansion above 50 basis points": a noun of change before a bound in points makes it a change. */
const CHANGE_NOUN =
  /\b(?:expansion|improvement|increase|uplift|gain|growth|rise|decline|decrease|contraction|compression|dilution|reduction|deterioration|erosion|change|move|pressure|headwind|tailwind)s?\s*(?:of\s+)?$/i;
/** "A$10 million lower than", "A$10 million to A$15 million lower by 2027": the amount is a fall. */
function isLowerThan(than: RegExpExecArray | null): boolean {
  return than?.groups?.dir !== undefined && /^(?:lower|less|below|smaller)$/i.test(than.groups.dir);
}
const DOWN_TO = /\b(?:down|lower)\s+to\s*$/i;
/** "raising our profit guidance by £30 million to £1.135 billion": the revision, then the revised figure, not a range. */
const REVISED_BY =
  /\b(?:rais|lower|increas|cut|reduc|lift|upgrad|downgrad|revis)\w*\s+(?:[\w&'-]+\s+){0,8}?(?:guidance|outlook|forecast)\s+by\s*$/i;
const CHANGE_BY_DOWN = /^(?:decreas|reduc|cut|lower|fall|fell|declin|shrink|repay)|\bdown$/i;
/**
 * "between down 1% and up 1%", "from minus 2% to plus 1%", "from a decline of 2% to an increase of 1%": a sign written
 * as a word before an end of a range.
 */
const SIGN_WORD =
  /\b(?<sign>down|minus|negative|up|plus|positive|(?:an?\s+)?(?:decline|decrease|drop|fall|reduction|increase|rise|gain)\s+of)\s*$/i;
/** The sign words that make an end of a range negative. */
const DOWN_SIGN = /^(?:down|minus|negative|(?:an?\s+)?(?:decline|decrease|drop|fall|reduction)\s+of)$/i;
/** "plus or minus", "give or take", "±": what brings in a tolerance. */
const PLUS_OR_MINUS = String.raw`(?:plus\s+or\s+minus|give\s+or\s+take|±|\+\/-|\+\/−)`;
/**
 * "stable, plus or minus 50 basis points", "broadly unchanged, give or take 50 basis points", "flat, ± 2%": a change
 * of about zero with a stated tolerance.
 */
const STABLE_PLUS_MINUS = new RegExp(
  String.raw`\b(?:stable|flat|unchanged|steady|in\s+line\s+with(?:\s+(?:the\s+)?(?:prior|previous|last)\s+year(?:['’]s)?)?)\s*,?\s*${PLUS_OR_MINUS}\s*$`,
  'i',
);
const TARGET_WORD = String.raw`\b(?:target|goal|objective|ambition|aspiration)s?`;
const TARGET_NOUN = new RegExp(String.raw`${TARGET_WORD}\b(?:\s+[\w+&'-]+){0,7}?\s+(?:of|is|at|to\s+be)\s*$`, 'i');
/** The figure is the target itself, nothing named between: "a target of 20%", "our goal is 20%". */
const TARGET_ITSELF = new RegExp(String.raw`${TARGET_WORD}\s+(?:of|is|at|to\s+be)\s*$`, 'i');
const BASELINE =
  /(?:\b(?:up|down)\s+from|\b(?:compared\s+(?:with|to)|versus|vs\.?|against))\s+(?:the\s+|a\s+|its\s+)?(?:current\s+|today's\s+|present\s+)?(?:(?:at\s+least|at\s+most|around|about|approximately|more\s+than|over|below)\s+)?$/i;
/**
 * "up from our previous range of £165 million to £170 million", "down from the prior guidance of 5%": the figure an
 * earlier range or guidance gave, which the new one moved from.
 */
const FROM_EARLIER_FIGURE = new RegExp(
  String.raw`\b(?:up|down|higher|lower|above|below)\s+(?:from|than)\s+(?:(?:the|our|its|their)\s+)?${EARLIER}\s+(?:[\w-]+\s+){0,2}?(?:range|guidance|outlook|forecast|target|estimate|view|expectation)s?\s+(?:of\s+)?(?:between\s+)?$`,
  'i',
);
/**
 * "lower than the £130 million we flagged in November", "above the 5% we guided to": a figure the company gave
 * before, named by what it said then.
 */
const SAID_BEFORE =
  /^\s+(?:that\s+|which\s+)?(?:we|management|the\s+company)\s+(?:had\s+)?(?:previously\s+|originally\s+|initially\s+|earlier\s+)?(?:flagged|guided|indicated|signall?ed|announced|communicated|outlined|set\s+out|gave|said)\b/i;
/**
 * "loan growth of about 1.5 times nominal GDP growth", "2x market growth": a multiple of the economy's, the market's
 * or peers' figure, which the sentence does not give, so no level or change of the company's own can be scored.
 */
const OF_OUTSIDE_MEASURE =
  /^\s+(?:(?:that\s+)?of\s+)?(?:the\s+)?(?:(?:nominal|real|global|national|domestic|local|underlying)\s+){0,2}(?:GDP|economic|economy|market|industry|sector|system|inflation|CPI|peers?)\b/i;
const REVISING = /\b(?:rais|lower|revis|narrow|increas|reduc|updat|trim|lift|tighten|widen|adjust)\w*/i;
const FROM =
  /\bfrom\s+(?:the\s+|a\s+|its\s+)?(?:current\s+|today's\s+|present\s+|last\s+year's\s+)?(?:(?:about|around|approximately|roughly)\s+)?$/i;
const RANGE_LEAD = /\b(?:range|ranging|ranges)\s+(?:of\s+|from\s+)?(?:between\s+)?$|\bbetween\s+$/i;
/**
 * "the top half of our 13% to 16% range", "the lower half of the range": one half of the range named, cut at its
 * midpoint.
 */
const HALF_OF_RANGE = /\b(?:the\s+)?(?<side>top|upper|bottom|lower)\s+half\s+of\s+(?:(?:the|our|its|their)\s+)?$/i;

/** The half of [low, high] that `side` names: from the midpoint up for the top half, up to it for the bottom. */
function halfOf([low, high]: [Decimal, Decimal], side: string): [Decimal, Decimal] {
  const mid = formatExact(toDec(low).plus(toDec(high)).div(2));
  return /^(?:top|upper)$/i.test(side) ? [mid, high] : [low, mid];
}
const PLUS_MINUS = new RegExp(String.raw`^\s*,?\s*${PLUS_OR_MINUS}\s*$`, 'i');
const AND = /^\s*and\s*\+?$/i;
const TRAILING_PLUS_MINUS = new RegExp(String.raw`^[^;.]*,\s*${PLUS_OR_MINUS}\s*$`, 'i');
/** How far behind its amount a trailing tolerance may come: a unit and a period, not another clause. */
const TRAILING_GAP = 80;
const RESPECTIVELY_PLUS_MINUS = new RegExp(String.raw`\brespectively\s*,?\s*${PLUS_OR_MINUS}\s*$`, 'i');
const BUT_AND = /^\s*,?\s*(?:but|and|yet)\s+(?:(?:be|is|are|remain|stay)\s+)?/i;

/**
 * "a return on equity above 13%, and a cost-income ratio below 38%": a noun phrase after the "and" starts a second
 * target on another measure, so the two bounds are not one range (as "above 10 billion but below 20 billion" is).
 */
function namesNewSubject(gap: string, conjunctionEnd: number): boolean {
  return /\b(?:a|an|the|its|our|their)\s+[\w-]/i.test(gap.slice(conjunctionEnd));
}

/** "at least a further 100 basis points", "up to an additional $50 million": more of the same, after the bound. */
const FURTHER = /\b(?:a\s+further|an\s+additional|another|further|additional)$/i;

function comparatorBefore(lead: string): { op: Op; length: number; negatedForm: boolean; crossing: boolean } | null {
  const trimmed = withoutFiller(withoutFiller(lead).replace(FURTHER, ''));
  for (const [re, op] of COMPARATORS) {
    const m = re.exec(trimmed);
    if (m) {
      const negatedForm = NEGATED_FORM.test(m[0]);
      return {
        op,
        length: lead.length - m.index,
        negatedForm,
        crossing: !negatedForm && CROSSING_COMPARATOR.test(m[0]),
      };
    }
  }
  return null;
}

/**
 * `lead` without the spaces, quotes and "the" it ends with. Read from the end: the regex /(?:\s|["']|\bthe\b)*$/
 * tried from every position of a long run of spaces, and ran over the run from each.
 */
function withoutFiller(lead: string): string {
  let end = lead.length;
  for (;;) {
    const tail = lead.slice(Math.max(0, end - 4), end);
    if (FILLER_CHAR.test(tail)) end -= 1;
    else if (FILLER_THE.test(tail)) end -= 3;
    else return lead.slice(0, end);
  }
}

const FLIP: Record<Op, Op> = { gt: 'lte', gte: 'lt', lt: 'gte', lte: 'gt' };
/** The operator of a magnitude read as a negative change: "decline more than 5%" is below -5%. */
const MIRROR: Record<Op, Op> = { gt: 'lt', gte: 'lte', lt: 'gt', lte: 'gte' };

/** A bare 19xx/20xx with no unit is a year ("full year 2026"), not a target. */
function isYear(q: Quantity): boolean {
  return q.kind === 'number' && !q.scale && /^(?:19|20)\d{2}$/.test(q.digits) && !q.negative;
}

/** "737 deliveries of 500 to 525", "the 787 production rate to 10 per month": a model number naming what the figure after it measures. */
const DESIGNATED =
  /^\s+(?<words>(?:[A-Za-z][\w-]*\s+){0,3}?)(?:of|to|at)\s+(?:(?:about|around|approximately|roughly|between)\s+)?$/i;
function isDesignator(q: Quantity, gapToNext: string): boolean {
  return (
    (q.kind === 'number' || q.kind === 'count') &&
    !q.scale &&
    !q.negative &&
    /^\d{3,4}$/.test(q.digits) &&
    // The noun is named after the number, as the count's noun or in the words before "of"/"to".
    (q.noun !== null || (DESIGNATED.exec(gapToNext)?.groups?.words ?? '') !== '') &&
    DESIGNATED.test(gapToNext)
  );
}

/** "Network 2.0", "Industry 4.0", "Phase 2": a bare number right after a capitalised word is part of a name. */
const NAMED_BY = /(?<![.!?]\s*)(?<!^\s*)\b[A-Z][a-z]+\s$/;
/**
 * "IAS 29 effects", "IFRS 16 leases", "ASC 842": a standard, rule or form named by letters and a number, whatever
 * plural follows it.
 */
const STANDARD_NAMED =
  /\b(?:IAS|IFRS|ASC|FRS|GAAP|SFAS|FAS|ASU|AASB|Ind\s+AS|Basel|Pillar|Rule|Section|Article|Chapter|Form)\s$/;
function isNamePart(q: Quantity, lead: string): boolean {
  const plain = !q.scale && !q.negative && q.currency === null;
  if (plain && (q.kind === 'number' || q.kind === 'count') && STANDARD_NAMED.test(lead)) return true;
  return q.kind === 'number' && plain && NAMED_BY.test(lead);
}

/**
 * A bare number that opens a line before a capitalised word (or a blanked horizon) is a section number:
 * "2.4 Five-year goals", "3.1.4 FY27Q1 Outlook".
 */
function isHeading(q: Quantity, opensPart: boolean, rest: string): boolean {
  return q.kind === 'number' && !q.scale && opensPart && /^\s(?:\s*[A-Z]|\s)/.test(rest);
}

/**
 * The figure at `at` follows "from" after a revision's new figure ("raising ... to $4.20 from $4.00"), or after a
 * comma that closes it ("revising our forecast upward to ¥80 billion, from ¥72 billion").
 */
function revisedFrom(text: Text, at: number): boolean {
  const lead = leadBefore(text.text, at);
  const from = FROM.exec(lead.text);
  if (!from) return false;
  const fromAt = lead.start + from.index;
  const clauseBefore = text.text.slice(movedFromStart(text, fromAt), fromAt);
  return REVISING.test(clauseBefore) && /\bto\s+\S/i.test(clauseBefore);
}

/**
 * Where the words that moved to a figure start, for a "from" at `fromAt`: its own comma-separated stretch, or the one
 * before when "from" opens its stretch ("upward to ¥80 billion, from ¥72 billion").
 */
function movedFromStart(text: Text, fromAt: number): number {
  const stretch = text.clauseStart(fromAt);
  const opensStretch = stretch > 0 && text.text.slice(stretch, fromAt).trim() === '';
  return opensStretch ? text.clauseStart(stretch - 1) : stretch;
}

/**
 * A figure set beside the target, not a second one: a past comparison after a comma ("mid-single digits, after 9.4%
 * in the first half") or a percentage share of the figure before ("approximately 13 billion pesos, about 60% of it
 * in Mexico").
 */
const PAST_ASIDE =
  /,\s*(?:after|following)\s+(?:(?:a|an|the)\s+)?(?:(?:about|around|approximately|roughly|some)\s+)?$/i;
const SHARE_OF_IT = /^\s*of\s+(?:it|them|this|that)\b/i;

function isAside(q: Quantity, text: Text, at: number, rest: string): boolean {
  // (A count of it is a target of its own: "at least 5.5 million vehicles, with more than 800,000 of them overseas".)
  return PAST_ASIDE.test(leadBefore(text.text, at).text) || (q.kind === 'percent' && SHARE_OF_IT.test(rest));
}

/** Figures that are a starting point, not a target: "up from 30%", "rise from 9% to the teens". */
function isBaseline(text: Text, at: number, rest: string): boolean {
  const lead = leadBefore(text.text, at);
  if (BASELINE.test(lead.text) || FROM_EARLIER_FIGURE.test(lead.text) || SAID_BEFORE.test(rest)) return true;
  const from = FROM.exec(lead.text);
  if (!from) return false;
  const fromAt = lead.start + from.index;
  // "raising our EPS guidance to $4.20 to $4.30 from $4.00 to $4.10", "lowering our outlook to $10 billion from $10.5
  // billion": a revision's old figure, after the new one it moved to
  if (revisedFrom(text, at)) return true;
  // "improving to 18% next year from 16% this year": a level moved from, after the target it moves to
  if (!/^\s+to\b/i.test(rest)) {
    const start = movedFromStart(text, fromAt);
    const verb = text.verbs.before(fromAt, start);
    return (verb === 'up' || verb === 'down') && /\bto\s+\S/i.test(text.text.slice(start, fromAt));
  }
  const beforeFrom = leadBefore(text.text, fromAt).text;
  return !RANGE_LEAD.test(`${beforeFrom.trimEnd()} `) && text.verbs.before(fromAt, text.clauseStart(fromAt)) !== null;
}

/**
 * A sentence part read for figures: the verbs in it and where its commas fall, indexed once, so that what each
 * figure reads before it costs the same however long the part is.
 */
interface Text {
  text: string;
  verbs: Verbs;
  /** Where the comma- or semicolon-separated stretch holding `at` starts. */
  clauseStart(at: number): number;
  /** Whether "not", "never" or "n't" occurs anywhere before `at`. */
  negatedBefore(at: number): boolean;
  /** Whether only whitespace precedes `at`. */
  opensPart(at: number): boolean;
}

function readText(text: string): Text {
  const commas = [...text.matchAll(/[,;]/g)].map((m) => m.index);
  const firstNegation = [...text.matchAll(NEGATION)].map((m) => m.index + m[0].length)[0] ?? Infinity;
  const firstWord = text.search(/\S/);
  return {
    text,
    verbs: indexVerbs(text),
    clauseStart(at) {
      let lo = 0;
      let hi = commas.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((commas[mid] ?? Infinity) < at) lo = mid + 1;
        else hi = mid;
      }
      const comma = commas[lo - 1];
      return comma === undefined ? 0 : comma + 1;
    },
    // A negation cut by `at` ("...n't|") is in the words just before it.
    negatedBefore: (at) => firstNegation <= at || NEGATION_AT_END.test(leadBefore(text, at, 1).text),
    opensPart: (at) => firstWord < 0 || firstWord >= at,
  };
}
const NEGATION_AT_END = /(?:\b(?:not|never)|n't)$/i;

/** A range's ends, the lower first. */
function ordered([a, b]: [Decimal, Decimal]): [Decimal, Decimal] {
  return toDec(a).gt(toDec(b)) ? [b, a] : [a, b];
}

/** The tolerance of "X plus or minus T": points for a percentage, a share of the value for money. */
function tolerance(value: Quantity, tol: Quantity): Decimal {
  if (tol.kind === 'percent' && value.kind !== 'percent')
    return multiplyDecimal(quantityValue(value), shiftDecimal(plainDigits(tol), -2));
  if (tol.kind === 'points' || tol.kind === 'percent') return normalizeDecimal(plainDigits(tol));
  return quantityValue(shareUnit(tol, value));
}

/**
 * Every anchor in `text` (a sentence part whose horizons and asides are already blanked, starting at `offset`
 * in the quote), in reading order. Verbs and comparators are read from the words just before each figure.
 */
export function findAnchors(text: string, offset: number, reportingCurrency?: string): Anchor[] {
  const rel = (abs: number): number => abs - offset;
  // "10 to 12 billion", "100 to 150 basis points": a bare first figure takes the unit written after the second.
  const quantities = findQuantities(text, offset, reportingCurrency).map((q, i, all) => {
    const next = all[i + 1];
    const gap = next ? text.slice(rel(q.end), rel(next.start)) : '';
    return next && q.kind === 'number' && (TO.test(gap) || AND.test(gap)) ? shareUnit(q, next) : q;
  });
  const read = readText(text);
  /** The words just before an absolute offset, and where they start (absolute). */
  const leadAt = (abs: number): { start: number; text: string } => {
    const lead = leadBefore(text, rel(abs));
    return { start: offset + lead.start, text: lead.text };
  };
  const used = new Set<Quantity>();
  const anchors: Anchor[] = [];

  quantities.forEach((q, i) => {
    const rest = text.slice(rel(q.end));
    const next = quantities[i + 1];
    const gap = next ? text.slice(rel(q.end), rel(next.start)) : '';
    const designator = next !== undefined && isDesignator(q, gap);
    // "down from 17% to 21% before": the earlier range is a baseline at both ends.
    // So is a revision's old range: "to $4.20 to $4.30 from $4.00 to $4.10".
    // So is an earlier range the new one moved from: "up from our previous range of £165 million to £170 million".
    if (next && TO.test(gap) && BASELINE.test(leadBefore(text, rel(q.start)).text)) used.add(next);
    else if (next && (TO.test(gap) || AND.test(gap)) && FROM_EARLIER_FIGURE.test(leadBefore(text, rel(q.start)).text))
      used.add(next);
    else if (next && TO.test(gap) && revisedFrom(read, rel(q.start))) used.add(next);
    if (
      designator ||
      isBaseline(read, rel(q.start), rest) ||
      isAside(q, read, rel(q.start), rest) ||
      isYear(q) ||
      isNamePart(q, text.slice(Math.max(0, rel(q.start) - 24), rel(q.start))) ||
      isHeading(q, read.opensPart(rel(q.start)), rest)
    )
      used.add(q);
  });

  /** The percentage after a comma and "plus or minus" that ends the words after an amount, years aside. */
  const trailingTolerance = (a: Quantity, i: number): Quantity | null => {
    if (a.kind === 'percent' || a.kind === 'points') return null;
    const b = quantities.slice(i + 1).find((q) => !isYear(q));
    if (b?.kind !== 'percent') return null;
    const gap = text.slice(rel(a.end), rel(b.start));
    return gap.length <= TRAILING_GAP && TRAILING_PLUS_MINUS.test(gap) ? b : null;
  };

  // Two figures that make one target.
  for (let i = 0; i + 1 < quantities.length; i++) {
    const a = quantities[i];
    const b = quantities[i + 1];
    if (!a || !b || used.has(a) || used.has(b)) continue;
    const gap = text.slice(rel(a.end), rel(b.start));
    const lead = leadAt(a.start);
    // "2.5 million barrels a day in 2026, plus or minus 4%": a share of the amount, however far behind it comes.
    const tol = PLUS_MINUS.test(gap) ? b : trailingTolerance(a, i);
    if (tol && a.kind !== 'points') {
      used.add(a).add(tol);
      // "up about 1.5%, give or take half a point": a rate of change, as without the tolerance.
      const plain = lead.text.trimEnd().replace(APPROX, '');
      const up = a.kind === 'percent' && GROWTH_UP.test(plain);
      const down = a.kind === 'percent' && !up && GROWTH_DOWN.test(plain);
      const value = quantityValue(down ? { ...a, negative: !a.negative } : a);
      const wording = text.slice(rel(a.start), rel(tol.end)).replace(/\s+/g, ' ').replace(/ ,/g, ',');
      anchors.push(
        anchor({
          form: 'about',
          start: a.start,
          end: tol.end,
          text: text.slice(rel(a.start), rel(tol.end)),
          quantity: a,
          growth: up || down,
          target: { op: 'about', value, tolerance: tolerance(a, tol), wording },
        }),
      );
      continue;
    }
    // "between down 1% and up 1%": each end carries its own sign word.
    const signA = SIGN_WORD.exec(lead.text);
    const signB = signA ? SIGN_WORD.exec(gap) : null;
    const leadUnsigned = signA && signB ? lead.text.slice(0, signA.index) : lead.text;
    const gapUnsigned = signA && signB ? gap.slice(0, signB.index) : gap;
    // "between +4% and +6%": a plus sign written before each end.
    const between = /\bbetween\s+(?:(?:approximately|about|around|roughly)\s+)?\+?$|\bbetween\s*\+?$/i.exec(
      leadUnsigned,
    );
    const isRange =
      (between && AND.test(gapUnsigned)) ||
      ((TO.test(gap) || (signB !== null && TO.test(gapUnsigned))) &&
        !isBaseline(read, rel(a.start), text.slice(rel(a.end))) &&
        !REVISED_BY.test(leadUnsigned));
    if (isRange && compatible(a, b)) {
      used.add(a).add(b);
      const lower = shareUnit(a, shareCurrency(b, a));
      const upper = shareCurrency(b, a);
      // "from a decline of 2% to an increase of 1%": the first end's sign word is part of the range.
      const start = between ? lead.start + between.index : signA && signB ? lead.start + signA.index : a.start;
      const wording = text.slice(rel(start), rel(b.end));
      const before = leadAt(start).text;
      const after = text.slice(rel(b.end));
      const rateRange = b.kind === 'percent' || b.kind === 'points';
      // "store count to decline by 50 to 60": a change in the metric's own unit
      const changeBy = !rateRange && b.kind !== 'multiple' ? changeByAmount(before, b, after) : null;
      const than = !rateRange && b.kind !== 'multiple' && !changeBy ? AMOUNT_THAN.exec(after) : null;
      const byDown = (changeBy !== null && CHANGE_BY_DOWN.test(changeBy.groups?.verb ?? '')) || isLowerThan(than);
      // "minus €300 million to minus €600 million": an amount's ends signed by words, written either way round.
      const minusBoth =
        signA && signB && [signA, signB].every((m) => /^(?:minus|negative)$/i.test(m.groups?.sign ?? ''));
      const signed = signA && signB && (rateRange || minusBoth);
      // "down approximately 4% to 6%", "grow by around 7% to 9%": a word of rounding between the verb and the range
      // leaves it a change.
      const beforeVerb = before.trimEnd().replace(APPROX, '');
      const down = rateRange && !signed && (GROWTH_DOWN.test(beforeVerb) || DOWN_AFTER.test(after));
      const isDown = (m: RegExpExecArray): boolean => DOWN_SIGN.test(m.groups?.sign ?? '');
      // "decline 5% to 7%" is growth between -7% and -5%; "between down 1% and up 1%" between -1% and +1%
      const ends = ordered(
        signed && signA && signB
          ? [
              quantityValue({ ...lower, negative: isDown(signA) !== lower.negative }),
              quantityValue({ ...upper, negative: isDown(signB) !== upper.negative }),
            ]
          : down || byDown
            ? [
                quantityValue({ ...upper, negative: !upper.negative }),
                quantityValue({ ...lower, negative: !lower.negative }),
              ]
            : [quantityValue(lower), quantityValue(upper)],
      );
      const half = HALF_OF_RANGE.exec(before);
      const [low, high] = half ? halfOf(ends, half.groups?.side ?? '') : ends;
      const from = half ? leadAt(start).start + half.index : start;
      // The "half" of "the top half of" is the range's, not a figure of its own.
      for (const q of quantities) if (q.text === 'half' && q.start >= from && q.end <= start) used.add(q);
      anchors.push(
        anchor({
          form: 'range',
          start: from,
          end: b.end,
          text: half ? text.slice(rel(from), rel(b.end)) : wording,
          quantity: upper,
          verb: read.verbs.before(rel(start)),
          growth:
            (rateRange && (GROWTH_UP.test(beforeVerb) || UP_AFTER.test(after) || down || Boolean(signed))) ||
            changeBy !== null ||
            than !== null,
          absoluteChange: changeBy !== null || than !== null,
          target: { op: 'range', low, high, lowInclusive: true, highInclusive: true, wording },
        }),
      );
      continue;
    }
    // "above 10 billion but below 20 billion": two one-sided bounds make an open or closed range.
    const first = comparatorBefore(lead.text);
    const butAnd = BUT_AND.exec(gap);
    const second = butAnd && !namesNewSubject(gap, butAnd[0].length) ? comparatorBefore(gap) : null;
    if (first && second && compatible(a, b) && first.op.startsWith('g') !== second.op.startsWith('g')) {
      used.add(a).add(b);
      const [lo, hi] = first.op.startsWith('g')
        ? [
            { q: shareUnit(a, b), c: first },
            { q: b, c: second },
          ]
        : [
            { q: b, c: second },
            { q: shareUnit(a, b), c: first },
          ];
      const start = a.start - first.length;
      const wording = text.slice(rel(start), rel(b.end));
      anchors.push(
        anchor({
          form: 'range',
          start,
          end: b.end,
          text: wording,
          quantity: b,
          target: {
            op: 'range',
            low: quantityValue(lo.q),
            high: quantityValue(hi.q),
            lowInclusive: lo.c.op === 'gte',
            highInclusive: hi.c.op === 'lte',
            wording,
          },
        }),
      );
    }
  }

  // "70.6% and 71.0%, respectively, plus or minus 50 basis points": one tolerance for every figure before it.
  const shared = new Map<Quantity, Quantity>();
  quantities.forEach((t, i) => {
    if (used.has(t) || !RESPECTIVELY_PLUS_MINUS.test(leadAt(t.start).text)) return;
    used.add(t);
    for (const q of quantities.slice(0, i)) if (!used.has(q) && q.kind !== 'number') shared.set(q, t);
  });

  /** A figure read that is not a target: an anchor that says why, so that no other reading takes it. */
  const refuse = (q: Quantity, why: string): void => {
    anchors.push(
      anchor({ form: 'unsupported', start: q.start, end: q.end, text: q.text, quantity: q, unsupported: why }),
    );
  };

  // One figure.
  for (const q of quantities) {
    if (used.has(q)) continue;
    const lead = leadAt(q.start);
    const sharedTolerance = shared.get(q);
    if (sharedTolerance) {
      anchors.push(
        anchor({
          form: 'about',
          start: q.start,
          end: q.end,
          text: q.text,
          quantity: q,
          verb: read.verbs.before(rel(q.start)),
          target: { op: 'about', value: quantityValue(q), tolerance: tolerance(q, sharedTolerance), wording: q.text },
        }),
      );
      continue;
    }
    // A multiple of a stated level is a ratio ("net debt to EBITDA of about 3.0x"); one of growth is of an
    // unstated base ("grow revenue 2x").
    const effect = q.kind === 'points' && EFFECT_AFTER.test(text.slice(rel(q.end)));
    if (effect) {
      refuse(q, `'${q.text.trim()}' is the effect of something on a figure, in percentage points, not a target`);
      continue;
    }
    // (The revised figure may follow a comma: "raised the net sales forecast by ¥5 billion, to about ¥255 billion".)
    if (REVISED_BY.test(lead.text) && /^\s*,?\s*to\b/i.test(text.slice(rel(q.end)))) {
      refuse(q, `'${q.text.trim()}' is the size of a revision, not a target: the revised figure follows`);
      continue;
    }
    if (q.kind === 'multiple' && OF_OUTSIDE_MEASURE.test(text.slice(rel(q.end)))) {
      refuse(q, `'${q.text.trim()}' is a multiple of a measure outside the company, not a figure to score`);
      continue;
    }
    if (q.kind === 'multiple' && GROWTH_UP.test(lead.text)) {
      refuse(q, `'${q.text.trim()}' is a multiple of an unstated base`);
      continue;
    }
    const stable = (q.kind === 'percent' || q.kind === 'points') && STABLE_PLUS_MINUS.exec(lead.text);
    if (stable) {
      const start = lead.start + stable.index;
      const wording = text.slice(rel(start), rel(q.end));
      anchors.push(
        anchor({
          form: 'about',
          start,
          end: q.end,
          text: wording,
          quantity: q,
          verb: 'state',
          growth: true,
          target: { op: 'about', value: '0', tolerance: normalizeDecimal(plainDigits(q)), wording },
        }),
      );
      continue;
    }
    const toFlat = (q.kind === 'percent' || q.kind === 'points') && TO_FLAT.exec(text.slice(rel(q.end)));
    const signBefore = toFlat ? SIGN_BEFORE.exec(lead.text) : null;
    const toFlatDir = toFlat ? (toFlat.groups?.dir ?? signBefore?.groups?.dir) : undefined;
    if (toFlat && toFlatDir) {
      const up = /^(?:higher|above|up|plus)$/i.test(toFlatDir);
      const magnitude = quantityValue({ ...q, negative: false });
      const from = /\bfrom\s+$/i.exec(signBefore ? lead.text.slice(0, signBefore.index) : lead.text);
      const start = from ? lead.start + from.index : signBefore ? lead.start + signBefore.index : q.start;
      const end = q.end + toFlat[0].length;
      const wording = text.slice(rel(start), rel(end));
      anchors.push(
        anchor({
          form: 'range',
          start,
          end,
          text: wording,
          quantity: q,
          verb: read.verbs.before(rel(start)),
          growth: true,
          target: {
            op: 'range',
            low: up ? '0' : `-${magnitude}`,
            high: up ? magnitude : '0',
            lowInclusive: true,
            highInclusive: true,
            wording,
          },
        }),
      );
      continue;
    }
    // "flat to up 3%", "flat to down 5%": a change from zero to the figure
    const flatTo = (q.kind === 'percent' || q.kind === 'points') && FLAT_TO.exec(lead.text);
    if (flatTo) {
      const up = /^(?:up|higher|positive)$/i.test(flatTo.groups?.dir ?? '');
      const magnitude = quantityValue({ ...q, negative: false });
      const start = lead.start + flatTo.index;
      const wording = text.slice(rel(start), rel(q.end));
      anchors.push(
        anchor({
          form: 'range',
          start,
          end: q.end,
          text: wording,
          quantity: q,
          verb: read.verbs.before(rel(start)),
          growth: true,
          target: {
            op: 'range',
            low: up ? '0' : `-${magnitude}`,
            high: up ? magnitude : '0',
            lowInclusive: true,
            highInclusive: true,
            wording,
          },
        }),
      );
      continue;
    }
    const comparator = comparatorBefore(lead.text);
    if (q.text === 'half' && !comparator) continue;
    const approx = !comparator && APPROX.exec(lead.text.trimEnd());
    const start = comparator ? q.start - comparator.length : approx ? lead.start + approx.index : q.start;
    // "two times EBITDA or lower": a multiple's base may stand between it and its bound.
    const ofBase = q.kind === 'multiple' ? (MULTIPLE_BASE.exec(text.slice(rel(q.end)))?.[0].length ?? 0) : 0;
    const afterBase = text.slice(rel(q.end) + ofBase);
    const skip = OR_MORE.test(afterBase) || OR_LESS.test(afterBase) ? ofBase : 0;
    const orMore = OR_MORE.exec(text.slice(rel(q.end) + skip));
    const orLess = !orMore && OR_LESS.exec(text.slice(rel(q.end) + skip));
    let end = q.end + skip + (orMore?.[0].length ?? (orLess ? orLess[0].length : 0));
    const trailing = TRAILING_NOUN.exec(text.slice(rel(end))) ?? BASIS_AFTER.exec(text.slice(rel(end)));
    if (trailing) end += trailing[0].length;
    const perShare = PER_SHARE.exec(text.slice(rel(end)));
    if (perShare) end += perShare[0].length;
    const wording = text.slice(rel(start), rel(end)).trim();
    const before = leadAt(start);
    const beforeStart = before.text;
    // "fall below 35%" names a level; "decline more than 5%" a change.
    const comparatorWords = comparator ? withoutFiller(lead.text).slice(-comparator.length) : '';
    const positional = /\b(?:below|under|beneath|above|over|less\s+than|lower\s+than|higher\s+than)$/i.test(
      comparatorWords,
    );
    const rate = q.kind === 'percent' || q.kind === 'points';
    const after = text.slice(rel(q.end));
    // "3% more seats" is read as one figure of seats: its "more" or "fewer" is inside the figure's text.
    const counted = rate ? (MORE_OR_FEWER.exec(q.text)?.[1]?.toLowerCase() ?? null) : null;
    const growthUp =
      !positional && (GROWTH_UP.test(beforeStart) || (rate && UP_AFTER.test(after)) || counted === 'more');
    const growthDown =
      !positional &&
      !growthUp &&
      (GROWTH_DOWN.test(beforeStart) || (rate && DOWN_AFTER.test(after)) || counted === 'fewer');
    // "decrease by a net of around 150 (stores)": an amount or a count moved by, in its own unit.
    const changeBy = !rate && q.kind !== 'multiple' ? changeByAmount(beforeStart, q, after) : null;
    const takenOut = !rate && q.kind !== 'multiple' && !changeBy && OUT_OF.test(after) && TAKE_OUT.test(beforeStart);
    const byDown = takenOut || (changeBy !== null && CHANGE_BY_DOWN.test(changeBy.groups?.verb ?? ''));
    // "around $100 million lower than in 1H26": an amount more or less than another period's is a change in it.
    const than = !rate && q.kind !== 'multiple' && !changeBy && !comparator ? AMOUNT_THAN.exec(after) : null;
    const thanDown = isLowerThan(than);
    const signed: Quantity = (growthDown && rate) || byDown || thanDown ? { ...q, negative: !q.negative } : q;
    const value = quantityValue(signed);
    const base = {
      start,
      end,
      text: text.slice(rel(start), rel(end)),
      quantity: signed,
      verb: read.verbs.before(rel(start)),
      growth: ((growthUp || growthDown) && rate) || changeBy !== null || than !== null || takenOut,
      absoluteChange: changeBy !== null || than !== null || takenOut,
      orBetter: /\bbetter\b/i.test(orMore?.[0] ?? ''),
      perShare: perShare !== null,
      levelBound: positional && q.kind === 'points' && !changeBy && !CHANGE_NOUN.test(beforeStart),
    };
    let op: Op | null = comparator?.op ?? (orMore ? 'gte' : orLess ? 'lte' : null);
    const negated = comparator !== null && !comparator.negatedForm && read.negatedBefore(rel(start));
    if (comparator && negated) op = FLIP[comparator.op];
    // A decline of more than 5% is a change below -5%.
    if (op && growthDown && rate) op = MIRROR[op];
    if (op) {
      const verb = comparator?.crossing && !negated ? 'crossing' : base.verb;
      anchors.push(anchor({ ...base, verb, form: 'threshold', target: { op, value, wording }, carry: op }));
    } else if (approx) {
      // "about X" carries no tolerance of its own. A rate is read to the nearest whole point ("about 16%" is
      // 15.5-16.5, "down about 1 point" -0.5..-1.5); an amount, a count or a ratio within 5% of its value.
      const tolerance = approxTolerance(signed, value);
      anchors.push(
        anchor({
          ...base,
          form: 'about',
          target: { op: 'about', value, tolerance, wording },
          assumptions: [
            {
              note: `'${wording}' read as ${q.text.trim()} plus or minus ${toleranceInWords(tolerance, signed)}`,
              penalty: 0.1,
            },
          ],
        }),
      );
    } else {
      const rule = pointRule(beforeStart, base.verb, base.growth);
      // "grow to RMB 90 billion": the "to" belongs to the target
      const to = (rule === 'gte' || rule === 'lte') && /\bto\s*$/i.exec(beforeStart);
      const from = to ? before.start + to.index : start;
      anchors.push(
        anchor({
          ...base,
          start: from,
          text: text.slice(rel(from), rel(end)),
          form: 'point',
          point: { quantity: signed, rule },
        }),
      );
    }
  }

  anchors.push(...findBands(text, offset, anchors, read.verbs));
  anchors.push(...findSignChanges(text, offset, anchors, read.verbs));
  return anchors.sort((a, b) => a.start - b.start);
}

/**
 * The tolerance of "about X": half a point for a rate of a point or more, and for any change written in points
 * ("roughly 200 basis points" is 2 points, and "about 50 basis points" 0.5, give or take half of one: the held-out
 * sets' convention, as a point change is read to the nearest half point); 5% of the value for anything else.
 */
export function approxTolerance(q: Quantity, value: string): string {
  const whole = !value.replace('-', '').startsWith('0');
  if (q.kind === 'points' || (q.kind === 'percent' && whole)) return '0.5';
  return multiplyDecimal(value.replace('-', ''), '0.05');
}

/** "an operating margin of", "sales of about": a metric's name and "of" just before the figure. */
const METRIC_OF = /\b[a-z][\w&-]*\s+of\s+(?:(?:about|around|approximately|roughly|some|nearly)\s+)?(?:[^\w\s]\s?)?$/i;

const WITH_METRIC_OF =
  /\bwith\s+(?:an?\s+|the\s+)?(?:[\w&-]+\s+){0,4}?of\s+(?:(?:about|around|approximately|roughly|some|nearly)\s+)?(?:[^\w\s]\s?)?$/i;

/** The figure after one segment's in a list: "... of 17 percent for Service and" (before "12 percent"). */
const NEXT_SEGMENT = /\b(?:of|at)\s+[^\s,;]+\s+(?:percent|%)?\s*for\s+(?:the\s+)?(?:[\w&-]+\s+){1,3}?and\s+$/i;

/**
 * "increase 15% to ¥64 billion": the figure after a change's rate is the level the change lands on, not a floor (but
 * "rise from 9% to 15%" moves a rate to a floor).
 */
const RATE_THEN_TO = /(?<!\bfrom\s+(?:[\w-]+\s+)?)(?<![\d.])\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+to\s*$/i;

/** A verb of a share just before the figure: "making up", "to account for", "comprising". */
const SHARE_OF = /\b(?:mak(?:e|es|ing)\s+up|account(?:s|ing)?\s+for|compris(?:e|es|ing))\s*$/i;

function pointRule(lead: string, verb: VerbClass | null, growth: boolean): PointRule {
  // "a long-term target of 20%" bounds the figure; "we target an operating margin of 20%", "our target is a
  // margin of 16%" state the metric's level, as any stated figure.
  // "Our target is to reach ROIC of 20%", "its ambition to reach revenues of EUR 1.5 billion": a verb of reaching
  // wins over the target noun before it, as it does over a metric named before the figure ("reach N" is at least
  // N, labels.ts).
  if (verb === 'crossing' && TARGET_NOUN.test(lead)) return 'gte';
  if (TARGET_NOUN.test(lead)) return TARGET_ITSELF.test(lead) ? 'target' : METRIC_OF.test(lead) ? 'named' : 'about';
  if (growth) return 'about';
  // "e-commerce making up 15 percent of sales by then", "to account for 20% of revenue by 2027": a share names its
  // level, deadline or not.
  if (SHARE_OF.test(lead)) return 'named';
  // "a margin of 17 percent for Service and 12 percent for Port Solutions": the next segment's figure in a list
  // after a named level states its level too.
  if (NEXT_SEGMENT.test(lead)) return 'named';
  // "reach ¥2.65 trillion with an operating margin of 28.5%": the verb before is the other metric's.
  if (WITH_METRIC_OF.test(lead)) return 'named';
  if (verb === 'crossing') return 'gte';
  if (RATE_THEN_TO.test(lead)) return 'level';
  if (/\bto\s*$/i.test(lead) && verb === 'up') return 'gte';
  // A fall or a cut to a figure names the level it lands on, not a ceiling: "reduce net debt to $8 billion",
  // "fall to 310 billion yen", "bring working capital down to 10% of revenue".
  if (/\bto\s*$/i.test(lead) && verb === 'down') return 'level';
  if (DOWN_TO.test(lead)) return 'level';
  // The figure after the metric's name ("an operating margin of 13%", "cost savings of SEK 1.5 billion") states its
  // level, deadline or not; the figure before it ("$1 billion of cost savings by 2027") is a level to reach.
  if (METRIC_OF.test(lead)) return 'named';
  if (verb === null) return 'carry';
  return 'about';
}

/**
 * The operator of a bare figure:
 * - reached or moved to ("reach 10bn", "rise to 15%"): a floor (gte), or a ceiling when moving down;
 * - named as a target ("a long-term target of 20%"): a floor for a metric where higher is better, a ceiling
 *   where lower is, and about the figure for a neutral one; but a metric named between ("we target an operating
 *   margin of 20%") is stated at its figure, as the held-out sets label it;
 * - stated ("will be 20%", "grow 20%"): about the figure, within the rounding it was written with;
 * - stated against a deadline ("serve 2 billion consumers by 2036"): as a target, unless written after the metric's
 *   name ("by 2028 our target is an operating margin of 13%"), which states its level, as the held-out sets label it;
 * - written without a verb after one that had an operator ("..., 20bn in September"): that operator.
 */
export function settlePoint(
  a: Anchor,
  goodDirection: GoodDirection,
  carried: Op | null,
  deadline: boolean,
): { target: Target; carry: Op | null } {
  if (a.target || !a.point) return { target: a.target ?? { op: 'about', value: '0', tolerance: '0' }, carry: a.carry };
  const { quantity } = a.point;
  // A level stated against a deadline ("serve 2 billion consumers by 2036") is a level to reach.
  const stated = a.point.rule === 'about' || (a.point.rule === 'carry' && !carried);
  const rule = stated && deadline && !a.growth ? 'target' : a.point.rule;
  const value = quantityValue(quantity);
  const wording = a.text.trim();
  let op: Op | 'about' = 'about';
  if (rule === 'gte' || rule === 'lte') op = rule;
  else if (rule === 'level' || rule === 'named') op = 'about';
  else if (rule === 'target') op = goodDirection === 'higher' ? 'gte' : goodDirection === 'lower' ? 'lte' : 'about';
  else if (rule === 'carry' && carried) op = carried;
  if (op === 'about') return { target: { op, value, tolerance: roundingTolerance(quantity), wording }, carry: null };
  return { target: { op, value, wording }, carry: op };
}
