// The bench's world: 100 companies with 10 metrics each and two statements per metric (one whose window has
// closed, one still open), 16 reported quarters of history, and one extra company with no statements that the
// bare-INSERT ceilings write to, so their rows never enter a scored metric's history.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  DAY_MS,
  addDays,
  dateParts,
  dateToMs,
  lastOfMonth,
  makeDate,
  msToDate,
  type IsoDate,
} from '../../src/domain/dates.js';
import { fiscalLabelOf } from '../../src/domain/fiscal.js';
import type { GoodDirection, MetricKind } from '../../src/domain/model.js';
import type { Database } from '../../src/db/client.js';
import { companies, metrics, statements } from '../../src/db/schema.js';
import { createUnitOfWork } from '../../src/service/unit-of-work.js';
import { systemClock } from '../../src/lib/clock.js';
import { createActualStore, type NewActual } from '../../src/store/actuals.js';

export const COMPANIES = 100;
/** Quarters a metric has figures for; new batches restate them, so the set of periods stays bounded. */
export const QUARTERS = 16;

export interface MetricTemplate {
  key: string;
  unit: string;
  kind: MetricKind;
  good: GoodDirection;
  /** Typical size: values are drawn around a per-company base in [low, high). */
  low: number;
  high: number;
}

export const TEMPLATES: MetricTemplate[] = [
  { key: 'revenue', unit: 'CNY', kind: 'flow', good: 'higher', low: 5e10, high: 3e11 },
  { key: 'ebita_margin', unit: 'percent', kind: 'flow', good: 'higher', low: 5, high: 30 },
  { key: 'cloud.revenue', unit: 'CNY', kind: 'flow', good: 'higher', low: 1e10, high: 5e10 },
  { key: 'cloud.ebita_margin', unit: 'percent', kind: 'flow', good: 'higher', low: 3, high: 20 },
  { key: 'cloud.ai_revenue_share', unit: 'percent', kind: 'flow', good: 'higher', low: 10, high: 60 },
  { key: 'capex', unit: 'CNY', kind: 'flow', good: 'neutral', low: 5e9, high: 4e10 },
  { key: 'sales_marketing_ratio', unit: 'percent', kind: 'flow', good: 'lower', low: 8, high: 25 },
  { key: 'free_cash_flow', unit: 'CNY', kind: 'flow', good: 'higher', low: 1e9, high: 3e10 },
  { key: 'maas.arr', unit: 'CNY', kind: 'stock', good: 'higher', low: 1e9, high: 4e10 },
  { key: 'customers.paying', unit: 'count', kind: 'stock', good: 'higher', low: 1e5, high: 5e7 },
];
export const METRICS_PER_COMPANY = TEMPLATES.length;

export interface BenchMetric {
  id: string;
  /** Position among its company's metrics: the same slot is the same kind of figure in every company. */
  slot: number;
  companyId: string;
  key: string;
  unit: string;
  kind: MetricKind;
  base: number;
  fiscalYearEndMonth: number;
}

export interface Quarter {
  start: IsoDate;
  end: IsoDate;
}

export interface Dataset {
  /** Slug prefix of this run's companies, so a reused BENCH_DATABASE_URL never collides. */
  prefix: string;
  /** metricsByCompany[c][m]: company c's metric m. */
  metricsByCompany: BenchMetric[][];
  metrics: BenchMetric[];
  /** Metrics of the company with no statements, for the ceilings. */
  ceilingMetrics: BenchMetric[];
  quarters: Quarter[];
  statements: number;
  seededActuals: number;
}

/** A small deterministic hash to [0, 1): values vary per item without Math.random. */
export function unit01(n: number): number {
  let x = (n ^ 0x9e3779b9) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return ((x ^ (x >>> 16)) >>> 0) / 2 ** 32;
}

export function formatValue(metric: BenchMetric, value: number): string {
  return metric.unit === 'percent' ? value.toFixed(3) : Math.round(value).toString();
}

/** The last QUARTERS calendar quarters that ended at least 60 days ago: all reported, all with room for restatements. */
export function reportedQuarters(now: Date, count = QUARTERS): Quarter[] {
  const cutoff = msToDate(now.getTime() - 60 * DAY_MS);
  const parts = dateParts(cutoff);
  let year = parts.year;
  let q = Math.floor((parts.month - 1) / 3); // 0..3, the quarter holding the cutoff
  const quarters: Quarter[] = [];
  while (quarters.length < count) {
    const end = lastOfMonth(year, q * 3 + 3);
    if (end <= cutoff) quarters.unshift({ start: makeDate(year, q * 3 + 1, 1), end });
    q -= 1;
    if (q < 0) {
      q = 3;
      year -= 1;
    }
  }
  return quarters;
}

/** When a quarter's figures first came out: 30 days after it ended (the seeded history). */
export function firstPublication(quarter: Quarter): Date {
  return new Date(dateToMs(quarter.end) + 30 * DAY_MS);
}

/**
 * The bench's release clock: every write is published a millisecond after the previous one, starting an hour
 * before the run, so it is a new release or a restatement (same period, later publishedAt) that is already
 * public when it is scored, like a pipeline posting a release that just came out.
 */
let lastRelease = Date.now() - 3_600_000;
export function nextRelease(): Date {
  lastRelease += 1;
  return new Date(lastRelease);
}

/** A value around the metric's base, varying with n: every write carries a new figure. */
export function valueOf(metric: BenchMetric, n: number): string {
  return formatValue(metric, metric.base * (0.85 + 0.3 * unit01(n)));
}

function labelOf(metric: BenchMetric, quarter: Quarter): string | null {
  return metric.kind === 'flow'
    ? fiscalLabelOf({ fiscalYearEndMonth: metric.fiscalYearEndMonth }, quarter.start, quarter.end)
    : null;
}

function sourceOf(metric: BenchMetric, quarter: Quarter, label: string | null) {
  return {
    document: `${metric.companyId} ${label ?? quarter.end} results`,
    url: `https://ir.example.com/${metric.companyId}/${quarter.end}.pdf`,
    page: String(1 + ((dateToMs(quarter.end) / DAY_MS) % 40)),
  };
}

/** The row an actual becomes, as the service writes it (seeding and the bare-INSERT ceilings use it). */
export function actualRow(
  metric: BenchMetric,
  quarter: Quarter,
  n: number,
  publishedAt: Date,
): NewActual & { id: string } {
  const label = labelOf(metric, quarter);
  const source = sourceOf(metric, quarter, label);
  return {
    id: randomUUID(),
    companyId: metric.companyId,
    metricId: metric.id,
    periodStart: metric.kind === 'flow' ? quarter.start : null,
    periodEnd: quarter.end,
    periodLabel: label,
    value: valueOf(metric, n),
    unit: metric.unit,
    publishedAt,
    sourceDocument: source.document,
    sourceUrl: source.url,
    sourcePage: source.page,
    note: null,
  };
}

/**
 * The JSON of one API item up to its value: `${prefix}${value}","publishedAt":"${iso}"}` completes it. Rendering
 * bodies from cached prefixes keeps the load generator cheap, so it does not take CPU from the server it measures.
 */
export function itemPrefix(metric: BenchMetric, quarter: Quarter): string {
  const period =
    metric.kind === 'flow' ? { periodStart: quarter.start, periodEnd: quarter.end } : { date: quarter.end };
  const json = JSON.stringify({
    companyId: metric.companyId,
    metric: metric.key,
    ...period,
    unit: metric.unit,
    source: sourceOf(metric, quarter, labelOf(metric, quarter)),
  });
  return `${json.slice(0, -1)},"value":"`;
}

export function renderItem(prefix: string, value: string, publishedAt: Date): string {
  return `${prefix}${value}","publishedAt":"${publishedAt.toISOString()}"}`;
}

const FISCAL_YEAR_ENDS = [12, 3, 6, 9];

/** A company and its metrics (every template, unless given fewer), with a deterministic base value per metric. */
export async function insertCompany(
  db: Database,
  id: string,
  index: number,
  templates: MetricTemplate[] = TEMPLATES,
): Promise<BenchMetric[]> {
  const fiscalYearEndMonth = FISCAL_YEAR_ENDS[index % FISCAL_YEAR_ENDS.length] ?? 12;
  await db
    .insert(companies)
    .values({ id, name: `Bench Company ${index}`, tickers: [`B${index}`], currency: 'CNY', fiscalYearEndMonth });
  const rows = await db
    .insert(metrics)
    .values(
      templates.map((t) => ({
        companyId: id,
        key: t.key,
        name: t.key,
        unit: t.unit,
        kind: t.kind,
        goodDirection: t.good,
      })),
    )
    .returning();
  return rows.map((row, m) => {
    const t = templates[m] ?? templates[0];
    const base = t ? t.low + (t.high - t.low) * unit01(index * 1_000 + m) : 1;
    return {
      id: row.id,
      slot: m,
      companyId: id,
      key: row.key,
      unit: row.unit,
      kind: row.kind,
      base,
      fiscalYearEndMonth,
    };
  });
}

/** Two statements per metric: 'all' quarters of the first two years at or above 90% of base (closed, so
 * resolved), and 'any' quarter from then to a year from now within 100-110% of base (still open). */
function statementsFor(metric: BenchMetric, quarters: Quarter[], now: Date): (typeof statements.$inferInsert)[] {
  const first = quarters[0];
  const middle = quarters[QUARTERS / 2];
  const beforeMiddle = quarters[QUARTERS / 2 - 1];
  if (!first || !middle || !beforeMiddle) throw new Error('not enough quarters');
  const common = {
    companyId: metric.companyId,
    metricId: metric.id,
    kind: 'atomic' as const,
    sourceKind: 'call' as const,
    sourceTitle: 'Earnings call',
    speaker: 'CFO',
    graceDays: 60,
  };
  return [
    {
      ...common,
      statedOn: addDays(first.start, -20),
      quote: `${metric.key} will stay at or above ${formatValue(metric, metric.base * 0.9)} every quarter`,
      commitment: 'will',
      targetOp: 'gte',
      targetValue: formatValue(metric, metric.base * 0.9),
      windowStart: first.start,
      windowEnd: beforeMiddle.end,
      mode: 'all',
    },
    {
      ...common,
      statedOn: addDays(middle.start, -20),
      quote: `we expect ${metric.key} between ${formatValue(metric, metric.base)} and ${formatValue(metric, metric.base * 1.1)}`,
      commitment: 'expect',
      targetOp: 'range',
      targetLow: formatValue(metric, metric.base),
      targetHigh: formatValue(metric, metric.base * 1.1),
      targetLowInclusive: true,
      targetHighInclusive: true,
      windowStart: middle.start,
      windowEnd: msToDate(now.getTime() + 365 * DAY_MS),
      mode: 'any',
    },
  ];
}

/** Seed through the schema and the service's own stores and scoring, then ANALYZE so plans match a live database. */
export async function seedDataset(db: Database, now = new Date()): Promise<Dataset> {
  const prefix = `bench-${now.getTime().toString(36)}`;
  const quarters = reportedQuarters(now);
  const metricsByCompany: BenchMetric[][] = [];
  for (let c = 0; c < COMPANIES; c++)
    metricsByCompany.push(await insertCompany(db, `${prefix}-c${String(c).padStart(3, '0')}`, c));
  const ceilingMetrics = await insertCompany(db, `${prefix}-ceiling`, COMPANIES);
  const all = metricsByCompany.flat();

  const statementRows = all.flatMap((m) => statementsFor(m, quarters, now));
  for (let i = 0; i < statementRows.length; i += 500)
    await db.insert(statements).values(statementRows.slice(i, i + 500));

  // One reported figure per metric and quarter, as if every release so far had come in.
  const history = all.flatMap((m, i) => quarters.map((q, j) => actualRow(m, q, i * QUARTERS + j, firstPublication(q))));
  const store = createActualStore(db);
  for (let i = 0; i < history.length; i += 2_000) await store.insertMany(history.slice(i, i + 2_000));
  const touches = history.map((a) => ({ metricId: a.metricId, periodEnd: a.periodEnd, from: a.publishedAt.getTime() }));
  await createUnitOfWork(db, systemClock).transaction((s) => s.scoring.rescore({ touches }, now, 'bench:seed'));
  await db.execute(sql`analyze`);

  return {
    prefix,
    metricsByCompany,
    metrics: all,
    ceilingMetrics,
    quarters,
    statements: statementRows.length,
    seededActuals: history.length,
  };
}
