// From every XBRL fact a company filed to the figures saydo keeps: one version chain per metric and period, holding
// a figure once however many filings repeat it, and again only when a later filing changed it (a restatement).
// Only discrete fiscal periods are kept (quarters and years); a quarter a company never reported on its own is
// derived from its year-to-date figures, as analysts do; margins are computed from their inputs at every time.
import { Dec, formatExact, formatRatio } from '../domain/decimal.js';
import type { FiscalCalendarSpec } from '../domain/fiscal.js';
import { fiscalLabel } from './calendar.js';
import type { Mapping, ReportedMetric } from './mapping.js';
import { quarterAfter, quartersIn, type Span, spanKey } from './periods.js';
import type { Publication, PublicationIndex } from './publication.js';
import type { CompanyFacts, SecFact } from './sec-documents.js';

export interface FigureSource {
  document: string;
  url: string | null;
}

export interface Version {
  value: string;
  publishedAt: Date;
  /** A later value for a period already published. */
  restatement: boolean;
  source: FigureSource;
  note: string | null;
}

export interface Series {
  metric: string;
  /** A flow's first day; null for a stock's reading. */
  start: string | null;
  end: string;
  quarters: 1 | 2 | 3 | 4 | null;
  /** How the figures were computed, when they were not reported as such. */
  derivation: string | null;
  versions: Version[];
}

export interface MetricUnit {
  key: string;
  /** saydo's unit: an ISO currency code, 'count', 'number' or 'percent'. */
  unit: string;
}

export interface Selection {
  series: Series[];
  units: MetricUnit[];
  /** Reason -> how many facts (or quarters, as the reason says) were left out. */
  skipped: Map<string, number>;
  /** Facts a later filing repeated unchanged: stored once. */
  repeats: number;
}

const PERIODIC = /^10-[KQ]/;

/** saydo's unit for an XBRL unit: 'USD' and 'USD/shares' -> 'USD', 'shares' -> 'count', 'pure' -> 'number'. */
export function saydoUnit(xbrlUnit: string): string | null {
  const money = /^([A-Z]{3})(?:\/shares)?$/.exec(xbrlUnit);
  if (money?.[1]) return money[1];
  if (xbrlUnit === 'shares') return 'count';
  if (xbrlUnit === 'pure') return 'number';
  return null;
}

/** The EDGAR page of a filing. */
export function filingUrl(cik: string, accession: string): string {
  return `https://www.sec.gov/Archives/edgar/data/${Number(cik)}/${accession.replace(/-/g, '')}/${accession}-index.htm`;
}

interface Observation {
  fact: SecFact;
  /** Position of its concept in the metric's list: the lower, the more preferred. */
  preference: number;
}

function count(skipped: Map<string, number>, reason: string, n = 1): void {
  if (n > 0) skipped.set(reason, (skipped.get(reason) ?? 0) + n);
}

/** Every fact of a metric's concepts in its unit, from 10-Q and 10-K filings, one per filing and period. */
function observationsOf(
  facts: CompanyFacts,
  key: string,
  metric: ReportedMetric,
  skipped: Map<string, number>,
): { unit: string; byPeriod: Map<string, Observation[]> } | null {
  let xbrlUnit = metric.xbrlUnit;
  const chosen = new Map<string, Observation>();
  metric.concepts.forEach((concept, preference) => {
    const [taxonomy = '', name = ''] = concept.split(':');
    const units = facts.facts[taxonomy]?.[name]?.units ?? {};
    for (const [unit, list] of Object.entries(units)) {
      xbrlUnit ??= unit;
      if (unit !== xbrlUnit) {
        count(skipped, `${key}: in ${unit}, not ${xbrlUnit}`, list.length);
        continue;
      }
      for (const fact of list) {
        if (!PERIODIC.test(fact.form)) {
          count(skipped, 'from a form other than a 10-Q or 10-K', 1);
          continue;
        }
        if (metric.kind === 'stock' ? fact.start !== undefined : fact.start === undefined) {
          count(skipped, `${key}: a ${metric.kind === 'stock' ? 'period' : 'point in time'}, not a ${metric.kind}`);
          continue;
        }
        if (fact.start !== undefined && quartersIn({ start: fact.start, end: fact.end }) === null) {
          count(skipped, 'a period that is not a quarter, a year or a year to date');
          continue;
        }
        const at = `${fact.accn}\u0000${fact.start ?? ''}\u0000${fact.end}`;
        const previous = chosen.get(at);
        if (previous && previous.preference <= preference) {
          count(skipped, `${key}: a less preferred concept for a period the same filing reports`);
          continue;
        }
        if (previous) count(skipped, `${key}: a less preferred concept for a period the same filing reports`);
        chosen.set(at, { fact, preference });
      }
    }
  });
  if (xbrlUnit === undefined) return null;
  const unit = saydoUnit(xbrlUnit);
  if (unit === null) {
    count(skipped, `${key}: XBRL unit ${xbrlUnit} has no saydo unit`, chosen.size);
    return null;
  }
  const byPeriod = new Map<string, Observation[]>();
  for (const observation of chosen.values()) {
    const k = `${observation.fact.start ?? ''}..${observation.fact.end}`;
    const list = byPeriod.get(k) ?? [];
    list.push(observation);
    byPeriod.set(k, list);
  }
  return { unit, byPeriod };
}

function describePublication(p: Publication, cik: string): FigureSource {
  const filing = `${p.filing.form} ${p.filing.accession}`;
  if (p.release) {
    return {
      document: `Earnings release (8-K item 2.02) ${p.release.accession}, before the ${filing}`,
      url: filingUrl(cik, p.release.accession),
    };
  }
  return { document: filing, url: filingUrl(cik, p.filing.accession) };
}

/**
 * One period's versions: the first value when it first became public, then each changed value when the filing
 * that changed it did. A value repeated unchanged adds nothing.
 */
function versionsOf(
  observations: Observation[],
  publications: PublicationIndex,
  cik: string,
  skipped: Map<string, number>,
): { versions: Version[]; repeats: number } {
  const sorted = observations
    .map((o) => ({ o, filed: publications.filingPublished(o.fact).at.getTime() }))
    .sort((a, b) => a.filed - b.filed || (a.o.fact.accn < b.o.fact.accn ? -1 : 1));
  const versions: Version[] = [];
  let repeats = 0;
  for (const { o } of sorted) {
    const value = formatExact(new Dec(o.fact.val));
    const last = versions.at(-1);
    if (last && new Dec(last.value).eq(value)) {
      repeats += 1;
      continue;
    }
    const publication = last ? publications.filingPublished(o.fact) : publications.firstPublished(o.fact);
    const version: Version = {
      value,
      publishedAt: publication.at,
      restatement: last !== undefined,
      source: describePublication(publication, cik),
      note: last ? `Restated by the ${o.fact.form} ${o.fact.accn}: was ${last.value}.` : null,
    };
    // Two values known only by the same filing date cannot both be the latest: the later filing's stands.
    if (last && last.publishedAt.getTime() >= version.publishedAt.getTime()) {
      versions.pop();
      count(skipped, 'replaced by another filing published at the same time');
      version.restatement = versions.length > 0;
    }
    versions.push(version);
  }
  return { versions, repeats };
}

/**
 * A series computed from others at every time one of them changed: each input at its latest version by then. An
 * unchanged result adds no version; `compute` returns null where there is no value (a zero denominator).
 */
export function combineSeries(
  inputs: Series[],
  compute: (values: Dec[]) => Dec | null,
  format: (value: Dec) => string,
  describe: (current: Version[]) => { document: string; note: string },
): Version[] {
  const instants = [...new Set(inputs.flatMap((s) => s.versions.map((v) => v.publishedAt.getTime())))].sort(
    (a, b) => a - b,
  );
  const out: Version[] = [];
  for (const t of instants) {
    const current: Version[] = [];
    for (const s of inputs) {
      const latest = s.versions.filter((v) => v.publishedAt.getTime() <= t).at(-1);
      if (latest) current.push(latest);
    }
    if (current.length < inputs.length) continue;
    const computed = compute(current.map((v) => new Dec(v.value)));
    if (computed === null) continue;
    const value = format(computed);
    if (out.at(-1)?.value === value) continue;
    // The source is the input that changed at t (the last to become public).
    const changed = current.find((v) => v.publishedAt.getTime() === t) ?? current[0];
    const { document, note } = describe(current);
    out.push({
      value,
      publishedAt: new Date(t),
      restatement: out.length > 0,
      source: { document: document.slice(0, 500), url: changed?.source.url ?? null },
      note,
    });
  }
  return out;
}

/** A period as a reader names it: 'FY2024Q4', 'FY2024', or a stock's reading date. */
export function periodName(s: { start: string | null; end: string }, calendar: FiscalCalendarSpec | null): string {
  if (s.start === null) return s.end;
  return calendar ? fiscalLabel({ start: s.start, end: s.end }, calendar) : `${s.start}..${s.end}`;
}

/** The quarters a flow never reported on its own, derived from its year-to-date figures (or from its quarters). */
function deriveQuarters(
  key: string,
  metric: ReportedMetric,
  reported: Map<string, Series>,
  calendar: FiscalCalendarSpec | null,
  skipped: Map<string, number>,
): Series[] {
  const all = new Map(reported);
  const derived: Series[] = [];
  const byStart = new Map<string, Series[]>();
  for (const s of reported.values()) {
    if (s.start === null) continue;
    const list = byStart.get(s.start) ?? [];
    list.push(s);
    byStart.set(s.start, list);
  }
  const quarterFrom = new Map<string, Series>();
  for (const s of reported.values()) if (s.start !== null && s.quarters === 1) quarterFrom.set(s.start, s);
  const spanOf = (s: Series): Span => ({ start: s.start ?? s.end, end: s.end });
  // Cumulative spans in order of length, so a derived Q2 is there when Q4 needs Q1 + Q2 + Q3.
  const cumulative = [...reported.values()]
    .filter((s) => s.start !== null && s.quarters !== null && s.quarters >= 2)
    .sort((a, b) => (a.quarters ?? 0) - (b.quarters ?? 0) || (a.end < b.end ? -1 : 1));
  for (const longer of cumulative) {
    const shorter = (byStart.get(longer.start ?? '') ?? []).find((s) => s.quarters === (longer.quarters ?? 0) - 1);
    // Without the year to date before it: the quarters from the year's start, one after another.
    const parts: Series[] = [];
    if (!shorter) {
      let from = longer.start ?? '';
      for (let i = 1; i < (longer.quarters ?? 0); i++) {
        const quarter = quarterFrom.get(from);
        if (!quarter) break;
        parts.push(quarter);
        from = addDay(quarter.end);
      }
      if (parts.length !== (longer.quarters ?? 0) - 1) continue;
    }
    const before = shorter ? [shorter] : parts;
    const lastBefore = before.at(-1);
    if (!lastBefore) continue;
    const quarter = quarterAfter({ start: longer.start ?? '', end: lastBefore.end }, spanOf(longer));
    if (!quarter || all.has(spanKey(quarter))) continue;
    const name = periodName(quarter, calendar);
    if (!metric.additive) {
      count(skipped, `${key}: quarters left underived, as per-share and average figures do not subtract`);
      continue;
    }
    const longerLabel = longer.quarters === 4 ? 'the year' : `${(longer.quarters ?? 0) * 3} months to date`;
    const beforeLabel = shorter ? `${(shorter.quarters ?? 0) * 3} months to date` : 'the quarters before it';
    const series: Series = {
      metric: key,
      start: quarter.start,
      end: quarter.end,
      quarters: 1,
      derivation: `${name} = ${longerLabel} − ${beforeLabel}`,
      versions: combineSeries(
        [longer, ...before],
        ([total, ...rest]) => (total ? rest.reduce((acc, v) => acc.minus(v), total) : null),
        formatExact,
        (current) => ({
          document: `Derived: ${longerLabel} (${current[0]?.source.document ?? ''}) − ${beforeLabel}`,
          note: `${name} derived as ${longerLabel} ${current[0]?.value ?? ''} − ${current
            .slice(1)
            .map((v) => v.value)
            .join(' − ')} (${beforeLabel}): the filings report no figure for this quarter alone.`,
        }),
      ),
    };
    derived.push(series);
    all.set(spanKey(quarter), series);
    quarterFrom.set(quarter.start, series);
  }
  return derived;
}

function addDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Everything the importer will post, before a single request: pure, from the two documents and the mapping. */
export function selectFigures(
  facts: CompanyFacts,
  publications: PublicationIndex,
  mapping: Mapping,
  calendar: FiscalCalendarSpec | null,
): Selection {
  const cik = String(facts.cik);
  const skipped = new Map<string, number>();
  const kept: Series[] = [];
  const units: MetricUnit[] = [];
  const discrete = new Map<string, Map<string, Series>>();
  let repeats = 0;
  for (const [key, metric] of Object.entries(mapping.metrics)) {
    const observed = observationsOf(facts, key, metric, skipped);
    if (!observed) {
      count(skipped, `${key}: no fact in the document`);
      continue;
    }
    units.push({ key, unit: observed.unit });
    const reported = new Map<string, Series>();
    for (const [k, observations] of observed.byPeriod) {
      const first = observations[0]?.fact;
      if (!first) continue;
      const chain = versionsOf(observations, publications, cik, skipped);
      repeats += chain.repeats;
      const quarters = first.start === undefined ? null : quartersIn({ start: first.start, end: first.end });
      reported.set(k, {
        metric: key,
        start: first.start ?? null,
        end: first.end,
        quarters,
        derivation: null,
        versions: chain.versions,
      });
    }
    const derived = metric.kind === 'flow' ? deriveQuarters(key, metric, reported, calendar, skipped) : [];
    const periods = new Map<string, Series>();
    for (const s of [...reported.values(), ...derived]) {
      if (s.quarters === 2 || s.quarters === 3) {
        count(
          skipped,
          'a year-to-date figure (6 or 9 months): not a discrete period, used only to derive quarters',
          s.versions.length,
        );
        continue;
      }
      kept.push(s);
      periods.set(`${s.start ?? ''}..${s.end}`, s);
    }
    discrete.set(key, periods);
  }
  for (const [key, ratio] of Object.entries(mapping.ratios)) {
    const numerators = discrete.get(ratio.numerator);
    const denominators = discrete.get(ratio.denominator);
    if (!numerators || !denominators) continue;
    units.push({ key, unit: 'percent' });
    for (const [k, numerator] of numerators) {
      const denominator = denominators.get(k);
      if (!denominator || numerator.start === null) continue;
      const versions = combineSeries(
        [numerator, denominator],
        ([n, d]) => (n === undefined || d === undefined || d.isZero() ? null : n.div(d).times(100)),
        formatRatio,
        (current) => ({
          document: `Computed: ${ratio.numerator} / ${ratio.denominator} × 100 (${current[0]?.source.document ?? ''})`,
          note: `${ratio.name} = ${ratio.numerator} ${current[0]?.value ?? ''} / ${ratio.denominator} ${current[1]?.value ?? ''} × 100, rounded to 10 decimal places.`,
        }),
      );
      if (versions.length === 0) continue;
      kept.push({
        metric: key,
        start: numerator.start,
        end: numerator.end,
        quarters: numerator.quarters,
        derivation: `${ratio.numerator} / ${ratio.denominator}`,
        versions,
      });
    }
  }
  return { series: kept, units, skipped, repeats };
}
