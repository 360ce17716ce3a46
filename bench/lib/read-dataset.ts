// The read benchmarks' world (issue "Dashboards: cheap polling, a change feed, exact history, scorecards"):
// 100 companies x 10 metrics, 20 statements per metric (20,000 in all, 200 per company) over ten years of
// quarters, and 200 actuals per metric (200,000 in all): 40 quarters, each published and then restated four
// times. Seeded as the write world is: bulk inserts through the schema and the service's own stores, one
// re-scoring through the service, then VACUUM (ANALYZE).
//
// Beside it, a "probe": one company with one metric, two statements and the same kind of history, seeded the
// same way into the big database and into a fresh small one, so that posting an actual to the probe costs
// the same in both unless the 20,000 unrelated statements make a difference.
import { sql } from 'drizzle-orm';
import { DAY_MS, addDays, msToDate, type IsoDate } from '../../src/domain/dates.js';
import type { Database } from '../../src/db/client.js';
import { statements } from '../../src/db/schema.js';
import { createUnitOfWork } from '../../src/service/unit-of-work.js';
import { systemClock } from '../../src/lib/clock.js';
import { createActualStore, type NewActual } from '../../src/store/actuals.js';
import {
  actualRow,
  firstPublication,
  formatValue,
  insertCompany,
  reportedQuarters,
  TEMPLATES,
  type BenchMetric,
  type Quarter,
} from './dataset.js';

export const READ_COMPANIES = 100;
/** Ten years of reported quarters. */
export const READ_QUARTERS = 40;
/** Each quarter's figure is published, then restated four times, a week apart: 40 x 5 = 200 actuals per metric. */
export const VINTAGES = 5;
export const STATEMENTS_PER_METRIC = 20;
/** Statements whose window is still open (the last ones on each metric); the others have closed and resolved. */
const OPEN_PER_METRIC = 2;
/** How many statements and companies the dashboards poll. */
export const POLLED_STATEMENTS = 200;

type StatementInsert = typeof statements.$inferInsert;

export interface ReadWorld {
  prefix: string;
  companyIds: string[];
  metrics: BenchMetric[];
  quarters: Quarter[];
  statements: number;
  actuals: number;
  /** A fixed set of statements spread over every company and metric: what the dashboards poll. */
  polledStatementIds: string[];
  /** The earliest instant after now at which a stored evaluation changes by itself (the response cache's horizon). */
  nextScheduledChange: Date | null;
  seedSeconds: { inserts: number; rescore: number; analyze: number };
}

export interface ProbeWorld {
  companyId: string;
  metric: BenchMetric;
  quarters: Quarter[];
  statements: number;
  actuals: number;
}

/** Vintage v of a quarter: the first publication (30 days after the quarter), then a restatement every week. */
function publication(quarter: Quarter, vintage: number): Date {
  return new Date(firstPublication(quarter).getTime() + vintage * 7 * DAY_MS);
}

function history(metric: BenchMetric, quarters: Quarter[], seed: number): (NewActual & { id: string })[] {
  return quarters.flatMap((q, j) =>
    Array.from({ length: VINTAGES }, (_, v) => actualRow(metric, q, seed + j * VINTAGES + v, publication(q, v))),
  );
}

/**
 * Statement k of a metric: closed ones cover two quarters each, in order (k = 0 the oldest); the last
 * OPEN_PER_METRIC start in the last reported quarters and end a year from now. Four shapes in turn, around the
 * metric's base, so that some are met, some missed, some still pending.
 */
function statementRow(metric: BenchMetric, quarters: Quarter[], k: number, count: number, now: Date): StatementInsert {
  const open = k >= count - OPEN_PER_METRIC;
  const firstIndex = open ? quarters.length - 2 * (count - k) : 2 * k;
  const first = quarters[Math.max(0, firstIndex)];
  const last = quarters[Math.min(quarters.length - 1, firstIndex + 1)];
  if (!first || !last) throw new Error('not enough quarters');
  const windowStart: IsoDate = first.start;
  const windowEnd: IsoDate = open ? msToDate(now.getTime() + 365 * DAY_MS) : last.end;
  const v = (f: number) => formatValue(metric, metric.base * f);
  const common = {
    companyId: metric.companyId,
    metricId: metric.id,
    kind: 'atomic' as const,
    sourceKind: 'call' as const,
    sourceTitle: 'Earnings call',
    speaker: k % 2 === 0 ? 'CFO' : 'CEO',
    statedOn: addDays(windowStart, -20),
    windowStart,
    windowEnd,
    graceDays: 60,
  };
  switch (k % 4) {
    case 0:
      return {
        ...common,
        quote: `${metric.key} will stay at or above ${v(0.9)} every quarter`,
        commitment: 'will',
        targetOp: 'gte',
        targetValue: v(0.9),
        mode: 'all',
      };
    case 1:
      return {
        ...common,
        quote: `we expect ${metric.key} between ${v(1)} and ${v(1.1)}`,
        commitment: 'expect',
        targetOp: 'range',
        targetLow: v(1),
        targetHigh: v(1.1),
        targetLowInclusive: true,
        targetHighInclusive: true,
        mode: 'any',
      };
    case 2:
      return {
        ...common,
        quote: `we target ${metric.key} at or below ${v(1.1)}`,
        commitment: 'target',
        targetOp: 'lte',
        targetValue: v(1.1),
        mode: 'all',
      };
    default:
      return {
        ...common,
        quote: `${metric.key} may exceed ${v(1.12)} in a quarter`,
        commitment: 'may',
        targetOp: 'gt',
        targetValue: v(1.12),
        mode: 'any',
      };
  }
}

async function insertStatements(
  db: Database,
  rows: StatementInsert[],
): Promise<{ id: string; companyId: string; metricId: string | null }[]> {
  const ids: { id: string; companyId: string; metricId: string | null }[] = [];
  for (let i = 0; i < rows.length; i += 1_000) {
    ids.push(
      ...(await db
        .insert(statements)
        .values(rows.slice(i, i + 1_000))
        .returning({ id: statements.id, companyId: statements.companyId, metricId: statements.metricId })),
    );
  }
  return ids;
}

async function insertHistory(db: Database, rows: (NewActual & { id: string })[]): Promise<void> {
  const store = createActualStore(db);
  for (let i = 0; i < rows.length; i += 10_000) await store.insertMany(rows.slice(i, i + 10_000));
}

/** Re-score everything just inserted through the service, as one write touching every metric would. */
async function rescoreAll(db: Database, rows: (NewActual & { id: string })[], now: Date, cause: string): Promise<void> {
  const touches = rows.map((a) => ({ metricId: a.metricId, periodEnd: a.periodEnd, from: a.publishedAt.getTime() }));
  await createUnitOfWork(db, systemClock).transaction((s) => s.scoring.rescore({ touches }, now, cause));
}

export async function nextScheduledChange(db: Database, now: Date): Promise<Date | null> {
  const result = await db.execute<{ at: Date | string | null }>(
    sql`select min(valid_from) as at from statement_timeline where valid_from > ${now.toISOString()}::timestamptz`,
  );
  const at = result.rows[0]?.at ?? null;
  return at === null ? null : new Date(at);
}

/**
 * The read world at `scale` times its size (scale 10: 1,000 companies, 200,000 statements, 2,000,000 actuals).
 * Each hundred companies is inserted and re-scored in a transaction of its own, as a hundred earnings releases
 * would be: one re-scoring of two million actuals would hold them all in memory at once.
 */
export async function seedReadWorld(db: Database, now = new Date(), scale = 1): Promise<ReadWorld> {
  const started = performance.now();
  const prefix = `reads-${now.getTime().toString(36)}`;
  const quarters = reportedQuarters(now, READ_QUARTERS);
  const companyCount = READ_COMPANIES * scale;
  const byCompany: BenchMetric[][] = [];
  const inserted: { id: string; companyId: string; metricId: string | null }[] = [];
  let statementCount = 0;
  let actualCount = 0;
  let rescoreMs = 0;
  for (let chunk = 0; chunk < companyCount; chunk += READ_COMPANIES) {
    const chunkCompanies: BenchMetric[][] = [];
    for (let c = chunk; c < Math.min(companyCount, chunk + READ_COMPANIES); c++)
      chunkCompanies.push(await insertCompany(db, `${prefix}-c${String(c).padStart(4, '0')}`, c));
    byCompany.push(...chunkCompanies);
    const metrics = chunkCompanies.flat();
    const statementRows = metrics.flatMap((m) =>
      Array.from({ length: STATEMENTS_PER_METRIC }, (_, k) => statementRow(m, quarters, k, STATEMENTS_PER_METRIC, now)),
    );
    inserted.push(...(await insertStatements(db, statementRows)));
    const offset = byCompany.flat().length - metrics.length;
    const rows = metrics.flatMap((m, i) => history(m, quarters, (offset + i) * READ_QUARTERS * VINTAGES));
    await insertHistory(db, rows);
    const rescoreStarted = performance.now();
    await rescoreAll(db, rows, now, 'bench:seed-reads');
    rescoreMs += performance.now() - rescoreStarted;
    statementCount += statementRows.length;
    actualCount += rows.length;
  }
  const rescoreDone = performance.now();
  // VACUUM as well as ANALYZE: after 400,000 fresh rows autovacuum would otherwise do it during the measurements.
  await db.execute(sql`vacuum (analyze)`);
  const analyzeDone = performance.now();

  // Polled: 200 statements over the first hundred companies (the same set at every scale), across each company's
  // metrics and statements (open and closed alike).
  const perCompany = POLLED_STATEMENTS / READ_COMPANIES;
  const byCompanyId = new Map<string, string[]>();
  for (const s of inserted) byCompanyId.set(s.companyId, [...(byCompanyId.get(s.companyId) ?? []), s.id]);
  const polledStatementIds = [...byCompanyId.values()]
    .slice(0, READ_COMPANIES)
    .flatMap((ids, c) => Array.from({ length: perCompany }, (_, j) => ids[(c * 37 + j * 101) % ids.length] ?? ''));
  return {
    prefix,
    companyIds: byCompany.map((metrics) => metrics[0]?.companyId ?? ''),
    metrics: byCompany.flat(),
    quarters,
    statements: statementCount,
    actuals: actualCount,
    polledStatementIds,
    nextScheduledChange: await nextScheduledChange(db, now),
    seedSeconds: {
      inserts: (rescoreDone - started - rescoreMs) / 1000,
      rescore: rescoreMs / 1000,
      analyze: (analyzeDone - rescoreDone) / 1000,
    },
  };
}

/** The probe: one company, one metric (revenue, a flow), two statements (one closed, one open), 200 actuals. */
export async function seedProbe(db: Database, now: Date, companyId: string): Promise<ProbeWorld> {
  const quarters = reportedQuarters(now, READ_QUARTERS);
  const template = TEMPLATES[0];
  if (!template) throw new Error('no metric template');
  const [metric] = await insertCompany(db, companyId, 7, [template]);
  if (!metric) throw new Error('the probe metric was not created');
  // Two statements whose windows cover the whole history between them, so every posted figure re-evaluates
  // one of them: a closed one over the first twenty quarters, an open one from the twenty-first on.
  const closedFrom = quarters[0];
  const closedTo = quarters[READ_QUARTERS / 2 - 1];
  const openFrom = quarters[READ_QUARTERS / 2];
  if (!closedFrom || !closedTo || !openFrom) throw new Error('not enough quarters');
  const rows = [
    {
      ...statementRow(metric, quarters, 0, STATEMENTS_PER_METRIC, now),
      windowStart: closedFrom.start,
      windowEnd: closedTo.end,
      statedOn: addDays(closedFrom.start, -20),
    },
    {
      ...statementRow(metric, quarters, STATEMENTS_PER_METRIC - 2, STATEMENTS_PER_METRIC, now),
      windowStart: openFrom.start,
      statedOn: addDays(openFrom.start, -20),
    },
  ];
  await insertStatements(db, rows);
  const actuals = history(metric, quarters, 1_000_000);
  await insertHistory(db, actuals);
  await rescoreAll(db, actuals, now, 'bench:seed-probe');
  await db.execute(sql`vacuum (analyze)`);
  return { companyId, metric, quarters, statements: rows.length, actuals: actuals.length };
}
