// Which metric a clause speaks of, and what about it is measured (its level, growth, a change, a total).
// The subject's words are looked up first, then the words around the target; a pronoun, or a clause with no
// subject ("..., and surpass RMB 30 billion by the end of the year"), takes the metric of the clause before.
import { type Clause, isPercentAnchor } from './clause.js';
import type { Horizon } from './horizons.js';
import {
  type MetricWords,
  type UnitKind,
  isAiShare,
  knownSegment,
  measureIn,
  metricWords,
  namedSegment,
} from './lexicon.js';
import type { SubjectReading } from './subject.js';
import { type Assumption, type Piece, type Span, matchAll } from './text.js';
import type { Measure } from '../domain/model.js';
import type { MetricHint } from './types.js';

const YOY = /\byear[- ]over[- ]year\b|\byear[- ]on[- ]year\b|\byoy\b|\by\/y\b|\bfrom\s+a\s+year\s+(?:ago|earlier)\b/i;
const QOQ = /\bquarter[- ]over[- ]quarter\b|\bquarter[- ]on[- ]quarter\b|\bqoq\b|\bq\/q\b|\bsequential(?:ly)?\b/i;
const CAGR = /\bcagr\b|\bcompound(?:ed)?\s+annual\b/i;
const GROWTH_WORD = /\bgrowth\b|\bgrow(?:s|ing)?\b/i;
/** A clause of a name and "by" alone: "and FILA by". */
const BY_ONLY = /^\s*(?:[\w&'’-]+\s+){1,4}by\s+(?:an?\s+)?$/i;
/** A plan named for growth is no growth rate: "under our Fit for Growth plan", "our NextGen Growth 2030 strategy". */
const NAMED_PLAN =
  /\bGrowth(?:\s+[A-Z\d][\w-]*){0,2}\s+(?:plan|strategy|programme|program|agenda|initiative|framework)s?\b/g;
export function withoutNamedPlans(text: string): string {
  return text.replace(NAMED_PLAN, (m) => ' '.repeat(m.length));
}
/**
 * Sales compared like for like are only ever a rate of change: "our comparable store sales outlook to a range of
 * 1.5% to 3.5%", "organic sales of 3% to 4%", "comps of 2%", "same-restaurant sales between -2% and +1%" (sales of
 * the same restaurants, shops, locations or hotels as a year before).
 */
const COMPARABLE_SALES =
  /\b(?:comparable|comp|same[- ](?:store|restaurant|shop|location|unit|hotel|center|centre)|like[- ]for[- ]like|lfl|organic)\s+(?:(?:store|stores|restaurant|net|brand|segment)\s+)?(?:sales|revenues?)\b|\bcomps\b|\blike[- ]for[- ]likes\b/i;
const SPEND_VERB = /\binvest(?:s|ing)?\b|\bspend(?:s|ing)?\b/i;
/** Money paid out: over a stretch of time it is a total. */
const SPENT = new Set(['capex', 'buyback', 'dividend']);
/** A figure said to be a sum over the window: "cumulative revenue of £10 billion", "EUR 5 billion in total". */
const TOTAL_WORD = /\bcumulative(?:ly)?\b|\bin\s+(?:total|aggregate)\b|\ba\s+total\s+of\b|\bcombined\s+total\b/i;

export interface MetricReading {
  hint: MetricHint;
  /** A qualifier that named the measure ("on an adjusted EBITA basis"), so it is read, not unread. */
  basis?: string;
  unit: UnitKind;
  assumptions: Assumption[];
  /** The words in this clause that named it (for the draft's span). */
  spans: Span[];
  /** Named in this clause, so later clauses may refer back to it. */
  own: boolean;
}

/** The metric's subject words, with an aside that explains them: "UE (unit economic model)". */
function subjectWords(c: Clause, chunk: Piece): string {
  const aside = c.asides.find((a) => a.start >= chunk.end && a.start - chunk.end <= 2);
  return aside ? `${chunk.text} ${aside.text}` : chunk.text;
}

export function readMetric(
  c: Clause,
  subject: SubjectReading,
  lastMetric: { metric: MetricHint; unit: UnitKind } | null,
): MetricReading {
  const { anchor } = c;
  // Only an adjectival target ("double-digit revenue growth", "positive free cash flow") has its metric after it.
  const chunk =
    subject.chunk && !subject.pronoun ? subject.chunk : subject.chunk || !anchor.subjectAfter ? null : subject.after;
  const verbMeasure = anchor.verb === 'spend' || (!chunk && SPEND_VERB.test(c.masked));
  const inheritFrom = subject.pronoun
    ? c.carried.metric
      ? { metric: c.carried.metric, unit: c.carried.unit }
      : lastMetric
    : !chunk && !verbMeasure && c.carried.metric
      ? { metric: c.carried.metric, unit: c.carried.unit }
      : null;
  if (inheritFrom) {
    return {
      hint: { ...inheritFrom.metric, inferred: true },
      unit: inheritFrom.unit,
      assumptions: [{ note: `metric taken from '${inheritFrom.metric.phrase}' earlier in the quote`, penalty: 0.1 }],
      spans: subject.pronoun && subject.chunk ? [subject.chunk] : [],
      own: false,
    };
  }

  const text = chunk ? subjectWords(c, chunk) : '';
  const found = findMeasure(c, subject, text, verbMeasure);
  const { measure } = found;
  const where = findSegment(c, subject, chunk, text, found);
  const spans: Span[] = [...(chunk ? [chunk] : []), ...where.spans];
  const segment = where.segment;
  const assumptions: Assumption[] = where.assumption ? [where.assumption] : [];
  if (!measure) assumptions.push({ note: 'no metric named: set the metric by hand', penalty: 0.4 });
  const measureKey =
    measure && anchor.perShare && !measure.key.endsWith('_per_share') ? `${measure.key}_per_share` : measure?.key;
  const key = measureKey ? (segment ? `${segment}.${measureKey}` : measureKey) : null;
  return {
    hint: {
      phrase: metricWords(text) || measure?.key || '',
      key,
      measure: 'level',
      goodDirection: measure?.good ?? 'higher',
      inferred: false,
    },
    unit: measure?.unit ?? null,
    assumptions,
    spans,
    own: chunk !== null,
    ...(found.basis ? { basis: found.basis } : {}),
  };
}

interface FoundMeasure {
  measure: MetricWords | null;
  /** The measure was named in the subject itself, so words before it in the subject name the segment. */
  fromSubject: boolean;
  aiShare: boolean;
  /** The qualifier that named it ("on an adjusted EBITA basis"). */
  basis?: string;
}

const SPEND_OBJECT =
  /^\s*(?:on|in(?:to)?)\s+((?:[\w+&-]+\s+){0,4}?[\w+&-]+)(?=\s{2,}|\s*[,.;]|\s*$|\s+(?:over|by|in|within|during)\b)/i;

/** What is measured, looked for from the closest words outward. */
function findMeasure(c: Clause, subject: SubjectReading, text: string, verbMeasure: boolean): FoundMeasure {
  const { anchor } = c;
  const complement = subject.complement?.text ?? '';
  if (isPercentAnchor(anchor) && !anchor.growth && isAiShare(`${text} ${complement}`)) {
    return {
      measure: { key: 'ai_revenue_share', good: 'higher', unit: 'percent', matched: '' },
      fromSubject: false,
      aiShare: true,
    };
  }
  const inSubject = measureIn(text);
  if (inSubject) return { measure: inSubject, fromSubject: true, aiShare: false };
  const near = measureIn(subject.others.map((o) => o.text).join(' ')) ?? measureIn(complement);
  if (near) return { measure: near, fromSubject: false, aiShare: false };
  // "remain profitable on an adjusted EBITA basis": the basis names the measure.
  const basis = /\bon\s+an?\s+(?:[\w-]+\s+){0,3}?(?:basis|level)\b/i.exec(c.masked)?.[0];
  const basisMeasure = basis ? measureIn(basis) : null;
  if (basis && basisMeasure) return { measure: basisMeasure, fromSubject: false, aiShare: false, basis };
  const rest = c.masked.slice(anchor.end - c.clause.start);
  if (verbMeasure) {
    // Money spent on infrastructure is capex; on anything else, it is that thing: "spend ... on user subsidies".
    const object = SPEND_OBJECT.exec(rest)?.[1];
    if (!object || /infrastructure|data\s+cent(?:er|re)s?|capacity|computing|capex/i.test(object)) {
      return {
        measure: { key: 'capex', good: 'neutral', unit: 'money', matched: '' },
        fromSubject: false,
        aiShare: false,
      };
    }
    const head = object.split(/\s+/).pop()?.toLowerCase() ?? 'spending';
    return { measure: { key: head, good: 'neutral', unit: 'money', matched: '' }, fromSubject: false, aiShare: false };
  }
  const implied = measureIn(rest) ?? (anchor.impliedMeasure ? measureIn(anchor.impliedMeasure) : null);
  if (implied) return { measure: implied, fromSubject: false, aiShare: false };
  const noun = anchor.quantity?.noun;
  if (noun) {
    const counted = measureIn(noun) ?? {
      key: noun.replace(/\s+/g, '_'),
      good: 'higher' as const,
      unit: 'count' as const,
      matched: '',
    };
    return { measure: counted, fromSubject: false, aiShare: false };
  }
  const elided = elidedCount(c);
  if (elided) return { measure: elided, fromSubject: false, aiShare: false };
  return { measure: null, fromSubject: false, aiShare: false };
}

/**
 * "open about 20 new stores this year and close around 10": a bare figure after a clause that counted things
 * counts the same things, their noun left out.
 */
function elidedCount(c: Clause): MetricWords | null {
  const counted = c.carried.unit === 'count' ? c.carried.metric?.key : null;
  if (!counted || c.anchor.quantity?.kind !== 'number' || c.anchor.quantity.scale) return null;
  const key = counted.split('.').pop() ?? counted;
  return { key, good: 'higher', unit: 'count', matched: '' };
}

// "turn a profit in its local services segment", "USD 100 billion for cloud and AI"
const SEGMENT_AFTER =
  /\bin\s+(?:its|the|our)\s+((?:[A-Za-z-]+\s+){1,3}?)(?:segment|business|division|unit)\b|\bfor\s+(?:the\s+|its\s+|our\s+)?([\w+&\s-]+?)(?=\s{2,}|\s*[,.;]|\s*$)/gi;

/** Which part of the company: Alibaba's segments first, then a name written before the measure. */
function findSegment(
  c: Clause,
  subject: SubjectReading,
  chunk: Piece | null,
  text: string,
  found: FoundMeasure,
): { segment: string | null; spans: Span[]; assumption?: Assumption } {
  const { measure, aiShare } = found;
  const own = knownSegment(text, aiShare);
  if (own) return { segment: own, spans: [] };
  const shareOf = aiShare && subject.complement ? [subject.complement] : [];
  for (const piece of [...subject.others, ...(subject.complement ? [subject.complement] : [])]) {
    const segment = knownSegment(piece.text, aiShare);
    if (segment) return { segment, spans: [piece, ...shareOf] };
  }
  const rest = c.masked.slice(c.anchor.end - c.clause.start);
  for (const { match, start, end } of matchAll(SEGMENT_AFTER, rest, c.anchor.end)) {
    const words = match[1] ?? match[2] ?? '';
    const segment = knownSegment(words, aiShare) ?? (match[1] ? namedSegment(words, null) : null);
    if (segment) return { segment, spans: [{ start, end }, ...shareOf] };
  }
  if (measure && !aiShare) {
    const named = chunk ? namedSegment(chunk.text, found.fromSubject ? measure.matched : null) : null;
    if (named) return { segment: named, spans: [] };
    // "Hema will achieve an EBITA margin of 2%": the name is the grammatical subject, the metric its object.
    const other = subject.others.find((o) => namedSegment(o.text, null));
    if (other) return { segment: namedSegment(other.text, null), spans: [other] };
  }
  if (aiShare) {
    // A share needs the revenue it is a share of: look for it in the rest of the sentence.
    const segment = knownSegment(c.sentence.text, true);
    if (segment) {
      return {
        segment,
        spans: shareOf,
        assumption: { note: `share read as of ${segment} revenue, named elsewhere in the sentence`, penalty: 0.1 },
      };
    }
  }
  return { segment: null, spans: shareOf };
}

export function readMeasure(
  c: Clause,
  subject: SubjectReading,
  metric: MetricReading,
  horizon: Horizon | null,
  assumptions: Assumption[],
): Measure {
  const { anchor } = c;
  if (anchor.form === 'direction') return 'change';
  // A growth rate carries to the next figure only if that is a rate too ("grow 30% in FY27 and 35% in FY28").
  // Not from a margin's move to its level: "margins to improve sequentially through the year, exiting 2026 at around
  // 22%" names the margin at 22%.
  const marginLevel = metric.unit === 'percent' && anchor.quantity?.kind === 'percent' && !anchor.growth;
  if (
    !metric.own &&
    metric.hint.inferred &&
    metric.hint.measure !== 'level' &&
    isPercentAnchor(anchor) &&
    !marginLevel
  ) {
    return metric.hint.measure;
  }
  const words = withoutNamedPlans(`${subject.chunk?.text ?? ''} ${subject.after?.text ?? ''}`);
  // Only in the stretch of the clause that leads to this figure: "organic sales growth to improve, and a margin of
  // at least 16%" is about the margin.
  const leadIn =
    c.masked
      .slice(0, anchor.start - c.clause.start)
      .split(/[,;]|\band\b/i)
      .pop() ?? '';
  const comparable = COMPARABLE_SALES.test(leadIn);
  // "... to grow by a high single-digit percentage in 2026 and FILA by a mid-single-digit percentage": a verb left
  // out, "by" and the rate say the growth of the clause before goes on.
  const elided = BY_ONLY.test(leadIn) && c.carried.metric?.measure === 'yoy_growth';
  if (
    isPercentAnchor(anchor) &&
    (anchor.growth || GROWTH_WORD.test(words) || CAGR.test(c.masked) || comparable || elided)
  ) {
    if (CAGR.test(c.masked)) return 'cagr';
    if (QOQ.test(c.masked)) return 'qoq_growth';
    if (!YOY.test(c.masked)) assumptions.push({ note: 'growth read as year over year', penalty: 0.1 });
    return 'yoy_growth';
  }
  // Money spent or returned over a stretch of time is a total: "invest more than RMB 380 billion over the
  // next three years", "capex over the next three years", "complete the RMB 25 billion buyback by June 2027"; so is
  // a figure said to be one ("cumulative revenue of £10 billion over the next three years").
  const spend =
    anchor.verb === 'spend' ||
    SPEND_VERB.test(c.masked) ||
    TOTAL_WORD.test(c.masked) ||
    SPENT.has(metric.hint.key?.split('.').pop() ?? '');
  const each = c.horizons.some((h) => h.each);
  if (
    spend &&
    anchor.quantity?.kind !== 'percent' &&
    (horizon?.kind === 'span' || horizon?.kind === 'deadline') &&
    !each
  )
    return 'cumulative';
  return 'level';
}
