// The request bodies of an import, built before anything is sent: the company, its metrics, and the actuals in
// batches whose Idempotency-Key is derived from their content (the same documents give the same keys, so a re-run
// is replayed or found on record, and writes nothing).
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { canonicalJson } from '../lib/canonical-json.js';
import type { ActualInput } from '../schemas/actuals.js';
import type { CompanyInput } from '../schemas/companies.js';
import type { MetricInput } from '../schemas/metrics.js';
import type { FiscalCalendarSpec } from '../domain/fiscal.js';
import { yearEndMonthOf } from './calendar.js';
import { type Selection, periodName } from './figures.js';
import type { Mapping } from './mapping.js';

export type CompanyBody = z.input<typeof CompanyInput>;

export interface CompanyDraft {
  id: string;
  name: string;
  tickers: string[];
  currency: string;
  calendar: FiscalCalendarSpec;
}

/** The company as the import creates it; `fiscalYearEndMonth` is the calendar's month, for older clients. */
export function companyBody(company: CompanyDraft): CompanyBody {
  return {
    id: company.id,
    name: company.name,
    tickers: company.tickers,
    currency: company.currency,
    fiscalYearEndMonth: yearEndMonthOf(company.calendar),
    fiscalCalendar: company.calendar,
  };
}

/** A company id from its first ticker ('AAPL' -> 'aapl'), else from its CIK. */
export function defaultCompanyId(tickers: string[], cik: string): string {
  const ticker = tickers[0]
    ?.toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ticker ? ticker.slice(0, 63) : `cik-${Number(cik)}`;
}

export function metricBodies(companyId: string, mapping: Mapping, selection: Selection): z.input<typeof MetricInput>[] {
  return selection.units.map(({ key, unit }) => {
    const reported = mapping.metrics[key];
    const ratio = mapping.ratios[key];
    return {
      companyId,
      key,
      name: reported?.name ?? ratio?.name ?? key,
      unit,
      kind: reported?.kind ?? 'flow',
      goodDirection: reported?.goodDirection ?? ratio?.goodDirection ?? 'neutral',
      basis: 'gaap',
      description: reported
        ? `From SEC XBRL: ${reported.concepts.join(', ')} (the first reported, per filing and period).`
        : ratio
          ? `${ratio.numerator} / ${ratio.denominator} × 100, per period, from the figures known at each time.`
          : undefined,
    };
  });
}

/** One actual to post, with what the summary needs to say about it. */
export interface PlannedActual {
  body: z.input<typeof ActualInput>;
  label: string;
  restatement: boolean;
  derived: boolean;
}

/** Every version of every kept period, oldest publication first: the order in which the world learned them. */
export function plannedActuals(
  companyId: string,
  selection: Selection,
  calendar: FiscalCalendarSpec | null,
): PlannedActual[] {
  const unit = new Map(selection.units.map((u) => [u.key, u.unit]));
  const planned = selection.series.flatMap((s) =>
    s.versions.map((v) => ({
      body: {
        companyId,
        metric: s.metric,
        ...(s.start === null ? { date: s.end } : { periodStart: s.start, periodEnd: s.end }),
        value: v.value,
        unit: unit.get(s.metric) ?? 'number',
        publishedAt: v.publishedAt.toISOString(),
        source: { document: v.source.document, ...(v.source.url ? { url: v.source.url } : {}) },
        ...(v.note ? { note: v.note } : {}),
      },
      label: `${s.metric} ${periodName(s, calendar)}`,
      restatement: v.restatement,
      derived: s.derivation !== null,
    })),
  );
  return planned.sort(
    (a, b) =>
      a.body.publishedAt.localeCompare(b.body.publishedAt) ||
      a.label.localeCompare(b.label) ||
      Number(a.restatement) - Number(b.restatement),
  );
}

export interface Batch {
  idempotencyKey: string;
  body: { items: z.input<typeof ActualInput>[] };
  planned: PlannedActual[];
}

/** A key from the content: the same request always gets the same key, a different one never does. */
export function contentKey(kind: string, body: unknown): string {
  return `saydo-import-${kind}-${createHash('sha256').update(canonicalJson(body)).digest('base64url')}`;
}

export function batchesOf(planned: PlannedActual[], size: number): Batch[] {
  const out: Batch[] = [];
  for (let i = 0; i < planned.length; i += size) {
    const slice = planned.slice(i, i + size);
    const body = { items: slice.map((p) => p.body) };
    out.push({ idempotencyKey: contentKey('actuals', body), body, planned: slice });
  }
  return out;
}
