// Which of the company's own metrics a draft speaks of. The parser reads words ("organic net sales growth"); a
// statement needs one of the company's metric keys. The binder compares the draft's words with each metric's
// name, key, concept, segment and description, word by word after stemming ("deliveries" is "delivery") and a
// few finance synonyms ("sales" is "revenue", "EPS" is "earnings per share"); it never binds a metric whose unit
// cannot hold the target (a percent level is not a currency metric, a count is not money, CNY is not USD). When
// nothing fits, it proposes the metric to create, as a MetricCreate body. Pure: the caller reads the metrics.
//
// Cost: drafts × metrics × words, each word looked up in a set; the company's metric list is the only input that
// grows, and it grows with the company, not with history.
import { stemmer } from 'stemmer';
import type { GoodDirection, Measure, MetricKind } from '../domain/model.js';
import { measureIn } from './lexicon.js';
import type { DraftStatement } from './types.js';

/** A metric of the company, as recorded (the fields of the Metric resource the binder reads). */
export interface CompanyMetric {
  key: string;
  name: string;
  unit: string;
  kind: MetricKind;
  goodDirection: GoodDirection;
  basis: string | null;
  segment: string | null;
  concept: string | null;
  description: string | null;
}

/** What the draft says about its metric. */
export interface MetricWanted {
  /** The words the metric was read from: 'organic net sales'. */
  phrase: string;
  /** The parser's own suggestion, '<segment>.<measure>' such as 'cloud.ebita_margin', or null. */
  key: string | null;
  measure: Measure;
  /** True when the target is on the relative change of the metric (percent change against a comparison period). */
  relativeChange?: boolean;
  goodDirection: GoodDirection;
  /** The target's unit: 'percent', 'count', 'number', an ISO currency code, or null (a sign: "turn positive"). */
  unit: string | null;
  /** The draft's span: weaker evidence, read only when the phrase's words leave a tie or name nothing. */
  context: string;
}

export interface BindingCompany {
  id: string;
  name: string;
  /** ISO 4217: the unit of a money metric the binder proposes. */
  currency: string;
}

export interface MetricMatch {
  key: string;
  /** 0..1: how much of the draft's words the metric's words cover, and of the metric's words the draft names. */
  score: number;
  /** The draft's words found in the metric, as written in the draft. */
  words: string[];
  /** In words: which fields matched, and what was missing. */
  how: string;
  /** The metric's kind: a stock, read at a date, has no prior period to compare a change with. */
  kind: MetricKind;
}

/** A MetricCreate body (src/schemas/metrics.ts), ready to POST to /v1/metrics. */
export interface MetricToCreate {
  companyId: string;
  key: string;
  name: string;
  unit: string;
  kind: MetricKind;
  goodDirection: GoodDirection;
  segment?: string;
}

export type MetricBinding =
  | { match: MetricMatch; create: null }
  | { match: null; create: { metric: MetricToCreate; reason: string } | null; reason: string };

/** At or above MATCH_THRESHOLD: bound. Below WEAK_MATCH, the draft's confidence is lowered by the shortfall. */
export const MATCH_THRESHOLD = 0.6;
export const WEAK_MATCH = 0.8;
/** A metric named only by the span's words, not the draft's metric phrase, is at best a weak match. */
const CONTEXT_ONLY = 0.7;
/** The least score of a metric bound because no other metric in a fitting unit shares a word with the draft. */
const UNIQUE_MATCH = 0.4;
/** Words of additions over a period ("open 50 stores", "add 2 million subscribers"), as stems. */
const ADDITION_STEMS = new Set(['open', 'opening', 'add', 'addition', 'launch'].map((w) => stemmer(w)));

// Finance synonyms, as stems: each group is read as its first word. Multi-word names go to one token first; an
// abbreviation and its words go to both ("ROE" and "return on equity" each name 'roe', 'return' and 'equity').
const PHRASES: [RegExp, string][] = [
  [/\bearnings\s+per\s+(?:diluted\s+)?share\b|\beps\b/g, ' eps '],
  [/\bcapital\s+(?:expenditures?|spending|investment)\b|\bcapex\b/g, ' capex '],
  [/\bfree\s+cash\s+flows?\b|\bfcf\b/g, ' fcf '],
  [/\bmonthly\s+active\s+users?\b|\bmaus?\b/g, ' mau '],
  [/\bdaily\s+active\s+users?\b|\bdaus?\b/g, ' dau '],
  [/\bannual(?:ized)?\s+recurring\s+revenues?\b|\barr\b/g, ' arr '],
  [/\bgross\s+merchandise\s+(?:value|volume)\b|\bgmv\b/g, ' gmv '],
  [/\btop[-\s]line\b/g, ' revenue '],
  [/\bcustomer\s+management\s+revenues?\b|\bcmr\b/g, ' cmr '],
  [/\be-commerce\b/g, ' ecommerce '],
  [/\bunit\s+econom(?:ics|ic|y)\b|\bue\b/g, ' ue '],
  [/\breturn\s+on\s+capital\s+employed\b|\broce\b/g, ' roce return capital employed '],
  [/\breturn\s+on\s+(?:invested\s+)?capital\b|\broic\b/g, ' roic return invested capital '],
  [/\breturn\s+on\s+tangible\s+(?:common\s+)?equity\b|\brotce\b|\brote\b/g, ' rote return tangible equity '],
  [/\breturn\s+on\s+(?:average\s+)?(?:shareholders'?\s+|common\s+)?equity\b|\broe\b/g, ' roe return equity '],
  [/\breturn\s+on\s+(?:average\s+)?assets\b|\broa\b/g, ' roa return assets '],
  [/\bcommon\s+equity\s+tier\s+(?:1|one)\b|\bcet\s*1\b/g, ' cet1 common equity tier '],
  [/\bnet\s+interest\s+income\b|\bnii\b/g, ' nii interest income '],
  [/\bnet\s+interest\s+margin\b|\bnim\b/g, ' nim interest margin '],
  [/\bbasis\s+points?\b|\bbps\b/g, ' '],
];
/** All of PHRASES in one pass: group i is PHRASES[i]. */
const PHRASE = new RegExp(PHRASES.map(([re]) => `(${re.source})`).join('|'), 'g');
const SYNONYMS: string[][] = [
  ['revenue', 'revenues', 'sales', 'turnover'],
  ['income', 'profit', 'profits', 'earnings'],
  ['expenses', 'expense', 'costs', 'cost', 'opex'],
  ['subscribers', 'subscriber', 'subs'],
  ['loss', 'losses'],
  ['shipments', 'shipment', 'deliveries', 'delivery'],
  ['savings', 'saving', 'reductions', 'reduction', 'efficiencies', 'efficiency'],
  ['passengers', 'passenger', 'traffic', 'pax'],
  ['capex', 'capital', 'investment', 'investments'],
];
/**
 * Words that qualify a measure but do not name it: they count for little either way. A loss is a negative value
 * of the profit metric it is named with ("an EBIT loss" is EBIT below zero), so it qualifies that metric too.
 */
const QUALIFIERS = [
  'adjusted',
  'organic',
  'reported',
  'gaap',
  'non',
  'net',
  'total',
  'diluted',
  'basic',
  'core',
  'loss',
  // The basis a figure is stated on, which a company's one metric of that measure usually carries in its concept
  // or not at all: "comparable EPS", "underlying EPS", "all-in EPS", "constant-currency revenue", "consolidated
  // revenue", "normalized EBITDA", "structural free cash flow".
  'comparable',
  'underlying',
  'all',
  'consolidated',
  'global',
  'normalized',
  'normalised',
  'structural',
  'constant',
  'currency',
  'currencies',
  'neutral',
  'cer',
  // "leverage ratio" is the leverage, "payout ratio" the payout.
  'ratio',
];
const STOP = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'for',
  'in',
  'on',
  'at',
  'to',
  'by',
  'our',
  'its',
  'their',
  'we',
  'us',
  'it',
  'is',
  'be',
  'will',
  'group',
  'business',
  'company',
  'full',
  'year',
  'fiscal',
  'quarter',
  'annual',
  'level',
  'rate',
  'growth',
  'grow',
  'per',
  'new',
  'number',
]);

const CANONICAL = new Map<string, string>();
for (const group of SYNONYMS) {
  const head = stemmer(group[0] ?? '');
  for (const word of group) CANONICAL.set(stemmer(word).replace(/i$/, 'y'), head.replace(/i$/, 'y'));
}
// Stemmed as a draft's words are ('underlying' is 'underly' there, 'underli' to the stemmer alone).
const QUALIFIER_STEMS = new Set(QUALIFIERS.map(stemOf));
/** Metrics held at a date rather than summed over a period: a proposed metric on these words is a stock. */
const STOCK_STEMS = new Set(
  ['users', 'subscribers', 'customers', 'members', 'accounts', 'stores', 'employees', 'headcount', 'arr', 'mau', 'dau']
    .concat(['cash', 'debt', 'backlog', 'leverage', 'ratio', 'balance', 'reserves', 'inventory'])
    .map(stemOf),
);

/**
 * Verbs and words of guidance itself, which the parser sometimes reads into a metric's phrase or key ("we project
 * sales", "EPS should land somewhere around", "our plan calls for 60 stores"): they name no metric, so a draft's
 * words leave them out. Qualifiers that do name one ("international", "comparable") are not among them.
 */
const GUIDANCE_VERB_STEMS = new Set(
  ['project', 'projected', 'look', 'looking', 'land', 'somewhere', 'call', 'calls', 'see', 'seen', 'remain']
    .concat(['remains', 'come', 'coming', 'expect', 'expected', 'anticipate', 'guide', 'guided', 'forecast'])
    .concat(['plan', 'planning', 'aim', 'aiming', 'recover', 'reach', 'deliver', 'achieve'])
    // The guidance's own nouns and hedges: "capital spending estimate", "investment budget", "confirm objective of",
    // "confident in ambition", "maintaining revenue", "net debt within", "revised revenue", "ending ARR
    // re-accelerating", "including dividends".
    .concat(['estimate', 'budget', 'budgeting', 'objective', 'ambition', 'confident', 'confirm', 'maintain'])
    .concat(['maintaining', 'maintained', 'within', 'revised', 'accelerating', 'including', 'excluding'])
    // Horizons and commitments the parser sometimes reads into a key ('longer_term.operating_margin',
    // 'committed.leverage', 'following_strong.operating_profit', "bringing leverage back within").
    .concat(['longer', 'term', 'medium', 'following', 'strong', 'committed', 'commit', 'bring', 'bringing', 'back'])
    .map(stemOf),
);
/**
 * A word as the binder compares it: stemmed, a final 'i' written 'y' (Porter writes it only sometimes: "deployed" is
 * 'deploi', "deployment" 'deploy'), and a synonym as the first word of its group.
 */
function stemOf(word: string): string {
  return canonical(stemmer(word).replace(/i$/, 'y'));
}
function canonical(stem: string): string {
  return CANONICAL.get(stem) ?? stem;
}

interface Token {
  stem: string;
  /** As written, for the explanation. */
  word: string;
}

/** Words as comparable stems, stop words dropped; a key's '.' and '_' separate words. */
export function metricTokens(text: string): Token[] {
  let lower = ` ${text.toLowerCase().replace(/[._/]+/g, ' ')} `;
  lower = lower.replace(PHRASE, (...groups: unknown[]) => {
    const at = groups.slice(1, PHRASES.length + 1).findIndex((g) => g !== undefined);
    return PHRASES[at]?.[1] ?? ' ';
  });
  const out: Token[] = [];
  for (const word of lower.split(/[^a-z0-9&+]+/)) {
    if (word.length < 2 || STOP.has(word) || /^\d+$/.test(word)) continue;
    out.push({ stem: stemOf(word), word });
  }
  return out;
}

const stems = (tokens: Token[]): Set<string> => new Set(tokens.map((t) => t.stem));

/**
 * Whether a metric in `metricUnit` can hold the target. A growth rate in percent is a relative change of any
 * metric; a level in percent needs a percent metric; money needs the same currency; counts and plain numbers
 * go together; a target without a unit (a sign: "turn positive", "narrow losses") fits any metric.
 */
export function unitFits(
  wanted: Pick<MetricWanted, 'unit' | 'measure' | 'relativeChange'>,
  metricUnit: string,
): boolean {
  const { unit } = wanted;
  if (unit === null) return true;
  const rate = isRate(wanted);
  if (unit === 'percent') return rate ? true : metricUnit === 'percent';
  if (unit === 'count' || unit === 'number') return metricUnit === 'count' || metricUnit === 'number';
  return metricUnit === unit;
}

interface Scored {
  metric: CompanyMetric;
  score: number;
  /** How much of the metric's name and key together the draft names: breaks a tie in score. */
  named: number;
  /**
   * The metric is a segment's and the draft or its span names that segment ("the Beef segment will post an adjusted
   * operating loss"): at equal score it is the one meant, not the company's total of the same measure.
   */
  segmentNamed: boolean;
  words: string[];
  how: string;
}

interface Wanted extends Token {
  /** What it counts for: the phrase's words 1, a qualifier 0.3, the parser's re-reading of the phrase 0.5. */
  weight: number;
}

/**
 * A phrase split at what it leaves out or adds: "free cash flow before customer financing", "capex excluding
 * leases" and "EBITDA excluding new partnerships" measure free cash flow, capex and EBITDA, and what follows counts
 * for little (it may still be in a metric's name: "NII excluding IB and Head Office"). A measure named by what
 * comes before ("profit before tax", "earnings before interest") is whole.
 */
function splitExclusion(phrase: string): [measure: string, rest: string] {
  const cut = /\s+(?:excluding|including|before(?!\s+(?:tax|taxes|taxation|interest|depreciation)\b))\b/i.exec(phrase);
  return cut ? [phrase.slice(0, cut.index), phrase.slice(cut.index)] : [phrase, ''];
}

/**
 * The draft's words, without the company's own name (the parser reads "Apple revenue" as a segment): the phrase,
 * the segment part of the parser's key (found elsewhere in the sentence: "in its cloud segment"), and, at half
 * weight, the key's measure, the parser's re-reading of the phrase. What is measured (the head) is the phrase's
 * last word that is not a qualifier, or the key's: the metric must name one of them.
 */
function wantedTokens(
  wanted: MetricWanted,
  company: BindingCompany,
): { own: Wanted[]; heads: string[]; phrase: Token[]; measure: Token[] } {
  const companyStems = stems(metricTokens(company.name).concat(metricTokens(company.id)));
  const mine = (t: Token): boolean => !companyStems.has(t.stem) && !GUIDANCE_VERB_STEMS.has(t.stem);
  const [measure, rest] = splitExclusion(wanted.phrase);
  const fromPhrase = metricTokens(measure).filter(mine);
  const fromRest = metricTokens(rest).filter(mine);
  const keyParts = (wanted.key ?? '').split('.');
  const fromSegment = metricTokens(keyParts.slice(0, -1).join(' ')).filter(mine);
  const fromMeasure = metricTokens(keyParts.at(-1) ?? '').filter(mine);
  const qualifier = (t: Token): boolean => QUALIFIER_STEMS.has(t.stem);
  // A phrase of segment words only ("Hema", or "mid-" misread as one) does not name the measure: the key does.
  const segmentStems = stems(fromSegment);
  const measureInPhrase = fromPhrase.filter((t) => !segmentStems.has(t.stem));
  const reread = measureInPhrase.length > 0 ? 0.5 : 1;
  const own = new Map<string, Wanted>();
  const add = (tokens: Token[], weight: number): void => {
    for (const t of tokens) {
      const w = qualifier(t) ? Math.min(weight, 0.3) : weight;
      const had = own.get(t.stem);
      if (!had || had.weight < w) own.set(t.stem, { ...t, weight: w });
    }
  };
  add(fromPhrase, 1);
  add(fromRest, 0.15);
  add(fromSegment, 1);
  add(fromMeasure, reread);
  const heads = [measureInPhrase, fromMeasure]
    .map((tokens) => tokens.filter((t) => !qualifier(t)).pop()?.stem)
    .filter((h): h is string => h !== undefined);
  return { own: [...own.values()], heads, phrase: fromPhrase, measure: fromMeasure };
}

interface MetricWords {
  name: Set<string>;
  key: Set<string>;
  concept: Set<string>;
  segment: Set<string>;
  /** Name, key, concept and segment together. */
  strong: Set<string>;
  /** The description's words: half weight. */
  weak: Set<string>;
}

// A metric's words are read once, however many drafts of a quote are compared with it.
const wordsCache = new WeakMap<CompanyMetric, MetricWords>();

function wordsOf(metric: CompanyMetric): MetricWords {
  const cached = wordsCache.get(metric);
  if (cached) return cached;
  const name = metricTokens(metric.name);
  const key = metricTokens(metric.key);
  const concept = metricTokens(metric.concept ?? '');
  const segment = metricTokens(metric.segment ?? '').concat(
    metric.key.includes('.') ? metricTokens(metric.key.split('.').slice(0, -1).join(' ')) : [],
  );
  const words: MetricWords = {
    name: stems(name),
    key: stems(key),
    concept: stems(concept),
    segment: stems(segment),
    strong: stems([...name, ...key, ...concept, ...segment]),
    weak: stems(metricTokens(metric.description ?? '')),
  };
  wordsCache.set(metric, words);
  return words;
}

/** How much of a metric's name (its stems) the draft names, qualifiers counting for little; 0 for no name. */
function namedShare(name: ReadonlySet<string>, said: ReadonlySet<string>): number {
  let total = 0;
  let named = 0;
  for (const s of name) {
    const w = QUALIFIER_STEMS.has(s) ? 0.3 : 1;
    total += w;
    if (said.has(s)) named += w;
  }
  return total === 0 ? 0 : named / total;
}

function scoreMetric(
  metric: CompanyMetric,
  own: Wanted[],
  heads: string[],
  context: Set<string>,
  wanted: MetricWanted,
): Scored {
  const { strong, weak, ...of } = wordsOf(metric);
  const weight = (t: Wanted): number => t.weight;

  // Recall: how much of what the draft names the metric covers (its description counts half).
  let total = 0;
  let covered = 0;
  const words: string[] = [];
  const fields = new Set<string>();
  for (const t of own) {
    total += weight(t);
    if (strong.has(t.stem)) {
      covered += weight(t);
      words.push(t.word);
      if (of.name.has(t.stem)) fields.add('name');
      else if (of.key.has(t.stem)) fields.add('key');
      else if (of.concept.has(t.stem)) fields.add('concept');
      else fields.add('segment');
    } else if (weak.has(t.stem)) {
      covered += weight(t) / 2;
      words.push(t.word);
      fields.add('description');
    }
  }
  const said = new Set([...own.map((t) => t.stem), ...context]);
  // Precision: how much of the metric's name, or of its key, the draft (or its span) names; qualifiers count for
  // little. The name and the key are two names of one metric, often one the other's abbreviation ('Return on
  // equity' and 'roe'): the draft needs to name it by one of them, not by both.
  const core = [...new Set([...of.name, ...of.key])];
  const precision = Math.max(namedShare(of.name, said), namedShare(of.key, said));
  const notes: string[] = [];
  let score: number;
  if (own.length === 0) {
    // No metric words in the draft: only the span's words, as weak evidence ("more than 5,000 stores").
    score = precision * CONTEXT_ONLY;
    notes.push("named only in the draft's span");
    for (const s of core) if (context.has(s) && !QUALIFIER_STEMS.has(s)) words.push(s);
    if (words.length > 0) fields.add('name');
  } else {
    const recall = total === 0 ? 0 : covered / total;
    // F2: what the draft names weighs twice what the metric's name adds ("Taobao and Tmall CMR" is the metric
    // 'China E-commerce customer management revenue'); precision still breaks ties between a short and long name.
    score = recall + precision === 0 ? 0 : (5 * recall * precision) / (4 * precision + recall);
  }
  if (heads.length > 0 && !heads.some((h) => strong.has(h))) {
    score *= 0.5;
    notes.push('the measure itself is not in its name');
  }
  // A segment's metric answers for a segment the draft names: "revenue" is not "Services revenue".
  const segmentNamed = of.segment.size > 0 && [...of.segment].some((s) => said.has(s));
  if (of.segment.size > 0 && !segmentNamed) {
    score *= 0.6;
    notes.push(`its segment '${metric.segment ?? metric.key.split('.')[0]}' is not named`);
  }
  // Which way is good breaks ties, and a contradiction ("loss" against "income") costs a little.
  if (metric.goodDirection !== wanted.goodDirection && wanted.goodDirection !== 'neutral') score *= 0.9;
  const by = [...fields].join(', ') || 'nothing';
  const how =
    words.length === 0
      ? 'no word in common'
      : `'${words.join("', '")}' found in its ${by}${notes.length ? `; ${notes.join('; ')}` : ''}`;
  return {
    metric,
    score: Math.round(score * 100) / 100,
    named: namedShare(new Set(core), said),
    segmentNamed,
    words,
    how,
  };
}

/**
 * Below MATCH_THRESHOLD, the best metric is still the one meant when it is the only one of the company's metrics
 * in a fitting unit that shares a word with the draft, and shares enough ("open about 40 stores" read as the
 * phrase "open": 'new_stores' is the one metric naming stores). A weak match: the draft's confidence is lowered.
 */
function onlyCandidate(best: Scored, next: Scored | undefined, adds: boolean, measure: Token[]): boolean {
  // Stores opened are not the store count: a draft on additions is not bound this way to a metric held at a date.
  if (adds && best.metric.kind === 'stock') return false;
  // Every word of the measure the parser read must be the metric's: "gross margin" is not the operating margin.
  const { strong } = wordsOf(best.metric);
  if (measure.some((t) => !QUALIFIER_STEMS.has(t.stem) && !strong.has(t.stem))) return false;
  return best.score >= UNIQUE_MATCH && best.words.length > 0 && (next === undefined || next.words.length === 0);
}

/** The best of the company's metrics for the draft, or the metric to create when none fits. */
export function bindMetric(
  wanted: MetricWanted,
  metrics: readonly CompanyMetric[],
  company: BindingCompany,
): MetricBinding {
  const { own, heads, phrase, measure } = wantedTokens(wanted, company);
  const context = stems(metricTokens(wanted.context));
  const scored = metrics
    .map((m) => ({ fits: unitFits(wanted, m.unit), ...scoreMetric(m, own, heads, context, wanted) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.named - a.named ||
        Number(b.segmentNamed) - Number(a.segmentNamed) ||
        a.metric.key.length - b.metric.key.length ||
        (a.metric.key < b.metric.key ? -1 : 1),
    );
  const fitting = scored.filter((s) => s.fits);
  const best = fitting[0];
  const phraseNamesNone = !phrase.some((t) => metrics.some((m) => wordsOf(m).strong.has(t.stem)));
  const adds = own.some((t) => ADDITION_STEMS.has(t.stem));
  if (best && (best.score >= MATCH_THRESHOLD || (phraseNamesNone && onlyCandidate(best, fitting[1], adds, measure)))) {
    return {
      match: { key: best.metric.key, score: best.score, words: best.words, how: best.how, kind: best.metric.kind },
      create: null,
    };
  }
  const refused = scored.find((s) => !s.fits && s.score >= MATCH_THRESHOLD);
  const reason = refused
    ? `'${refused.metric.key}' matches the words but is in ${refused.metric.unit}, and the target is in ${wanted.unit ?? 'no unit'}`
    : best
      ? `no metric of the company fits: the closest, '${best.metric.key}' (${best.score}), ${best.how}`
      : 'the company has no metric in a unit that fits the target';
  const metric = proposeMetric(wanted, metrics, company, own);
  return { match: null, create: metric ? { metric, reason } : null, reason };
}

/**
 * The metric a draft needs when the company has none like it: its key from the parser's suggestion (without
 * the company's own name) or the phrase, its unit from the target, else from what the words measure.
 */
export function proposeMetric(
  wanted: MetricWanted,
  metrics: readonly CompanyMetric[],
  company: BindingCompany,
  own: Token[] = wantedTokens(wanted, company).own,
): MetricToCreate | null {
  const companyStems = stems(metricTokens(company.name).concat(metricTokens(company.id)));
  const slug = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '');
  const parts = (wanted.key ?? '')
    .split('.')
    .map(slug)
    // Neither the company's own name nor a verb of guidance the parser read as a segment ('land.gross_margin').
    .filter(
      (p) => p !== '' && !metricTokens(p).every((t) => companyStems.has(t.stem) || GUIDANCE_VERB_STEMS.has(t.stem)),
    );
  const phraseKey = slug(wanted.phrase.replace(/[^\sA-Za-z0-9]/g, ' '));
  const baseKey = parts.length > 0 ? parts.join('.') : phraseKey;
  if (baseKey === '' || own.length === 0) return null;
  const unit = proposedUnit(wanted, company);
  // A key already taken by a metric in another unit: the unit tells them apart ('capex_percent' beside 'capex').
  const taken = new Map(metrics.map((m) => [m.key, m.unit]));
  const stem = baseKey.slice(0, 100);
  const otherUnit = taken.has(stem) && taken.get(stem) !== unit;
  const base = otherUnit ? `${stem}_${unit.toLowerCase()}` : stem;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  const segmentKey = parts.length > 1 ? parts.slice(0, -1).join(' ') : null;
  // A phrase that is only a verb of guidance ("land") names nothing: the key's words name the metric instead.
  const phraseNames = metricTokens(wanted.phrase).some((t) => !GUIDANCE_VERB_STEMS.has(t.stem));
  const name = (phraseNames && wanted.phrase.trim()) || key.replace(/[._]/g, ' ');
  const isStock = own.some((t) => STOCK_STEMS.has(t.stem)) && wanted.measure !== 'cumulative';
  return {
    companyId: company.id,
    key,
    name: (name.charAt(0).toUpperCase() + name.slice(1)).slice(0, 200),
    unit,
    kind: isStock ? 'stock' : 'flow',
    goodDirection: wanted.goodDirection,
    ...(segmentKey ? { segment: segmentKey.replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) } : {}),
  };
}

/** A growth rate: a percent change of the metric, whatever the metric's own unit. */
function isRate(wanted: Pick<MetricWanted, 'measure' | 'relativeChange'>): boolean {
  const { measure } = wanted;
  return wanted.relativeChange === true || measure === 'yoy_growth' || measure === 'qoq_growth' || measure === 'cagr';
}

function proposedUnit(wanted: MetricWanted, company: BindingCompany): string {
  const rate = isRate(wanted);
  if (wanted.unit !== null && !(rate && wanted.unit === 'percent')) return wanted.unit;
  const kind = measureIn(`${wanted.phrase} ${wanted.key ?? ''}`)?.unit ?? null;
  if (kind === 'percent') return 'percent';
  if (kind === 'count') return 'count';
  if (kind === 'money') return company.currency;
  // A growth rate of something unnamed is most often of money; a level with no unit has nothing better.
  return rate ? company.currency : 'number';
}

/** A draft with the metric it is bound to, or the one to create. */
export type BoundDraft = DraftStatement & { binding: MetricBinding };

/**
 * Bind each draft to the company's metrics. A weak match lowers the draft's confidence by its shortfall and
 * says so; a draft left without a metric says which one to create.
 */
export function bindDrafts(
  drafts: readonly DraftStatement[],
  metrics: readonly CompanyMetric[],
  company: BindingCompany,
): BoundDraft[] {
  return drafts.map((d) => {
    const binding = bindMetric(
      {
        phrase: d.metric.phrase,
        key: d.metric.key,
        measure: d.metric.measure,
        relativeChange: d.target.change?.kind === 'relative',
        goodDirection: d.metric.goodDirection,
        unit: d.target.unit,
        context: d.span.text,
      },
      metrics,
      company,
    );
    if (!binding.match) {
      const note = binding.create ? `${binding.reason}; create '${binding.create.metric.key}' first` : binding.reason;
      return { ...d, assumptions: [...d.assumptions, note], binding };
    }
    const { key, score, how } = binding.match;
    if (score >= WEAK_MATCH) return { ...d, binding };
    const confidence = Math.round(Math.max(0.05, d.confidence - (WEAK_MATCH - score)) * 100) / 100;
    return { ...d, confidence, assumptions: [...d.assumptions, `metric '${key}' is a weak match: ${how}`], binding };
  });
}
