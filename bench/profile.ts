// `npx tsx bench/profile.ts`: where a write's time goes. Builds the app in-process on a throwaway database with
// the bench's dataset, sends sequential requests through inject, and for each kind of request prints every
// query it sent (round trips, ms each, rows returned) and the time spent outside PostgreSQL.
//
//   PROFILE_REQUESTS=150  single requests per kind; PROFILE_BATCHES=40 batches of 1,000 (through HTTP, then
//                         through the service alone)
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { connect, type DatabaseHandle } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { ActualBatchInput } from '../src/schemas/actuals.js';
import { fiscalLabelOf } from '../src/domain/fiscal.js';
import { actualValues } from '../src/service/actuals.js';
import { createUnitOfWork } from '../src/service/unit-of-work.js';
import { systemClock } from '../src/lib/clock.js';
import { createApiKey } from '../src/service/keys.js';
import { dateToMs } from '../src/domain/dates.js';
import { evaluationTimeline } from '../src/domain/timeline.js';
import { companyCalendar, toDomainRevision, toDomainStatement } from '../src/service/mapping.js';
import { createStatementStore } from '../src/store/statements.js';
import { createActualStore } from '../src/store/actuals.js';
import { createCompanyStore } from '../src/store/companies.js';
import { createMetricStore } from '../src/store/metrics.js';
import { installTracer, shapeOf, trace, type TracedQuery } from './diagnose/pg-trace.js';
import { BATCH_SIZE, BatchSource, companyGroups } from './lib/batches.js';
import { acquireDatabase, type BenchDatabase } from './lib/database.js';
import { itemPrefix, nextRelease, QUARTERS, renderItem, seedDataset, valueOf, type Dataset } from './lib/dataset.js';

interface Sample {
  startedMs: number;
  totalMs: number;
  status: number;
  queries: TracedQuery[];
}

const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 150);
const BATCHES = Number(process.env.PROFILE_BATCHES ?? 40);

/** Wall time during which at least one query was outstanding (queries of one connection queue, so they may overlap). */
function dbWallMs(queries: TracedQuery[]): number {
  const spans = queries.map((q) => [q.startMs, q.endMs] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = [Number.NaN, Number.NaN];
  for (const [s, e] of spans) {
    if (Number.isNaN(from) || s > to) {
      if (!Number.isNaN(from)) total += to - from;
      [from, to] = [s, e];
    } else to = Math.max(to, e);
  }
  return Number.isNaN(from) ? 0 : total + (to - from);
}

function summarize(title: string, samples: Sample[]): void {
  const n = samples.length;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const total = mean(samples.map((s) => s.totalMs));
  const db = mean(samples.map((s) => dbWallMs(s.queries)));
  const trips = mean(samples.map((s) => s.queries.length));
  const statuses = [...new Set(samples.map((s) => s.status))].join(',');
  console.log(`\n${title}: ${n} sequential requests, status ${statuses}`);
  console.log(
    `  ${total.toFixed(2)} ms per request = ${db.toFixed(2)} ms waiting on PostgreSQL (${trips.toFixed(1)} round trips) + ` +
      `${(total - db).toFixed(2)} ms in the process (JSON, validation, scoring, serialization)`,
  );
  const byShape = new Map<string, { count: number; ms: number; rows: number; errors: Set<string> }>();
  for (const s of samples) {
    for (const q of s.queries) {
      const key = shapeOf(q.text);
      const entry = byShape.get(key) ?? { count: 0, ms: 0, rows: 0, errors: new Set<string>() };
      entry.count += 1;
      entry.ms += q.endMs - q.startMs;
      entry.rows += q.rows;
      if (q.error) entry.errors.add(q.error.slice(0, 160));
      byShape.set(key, entry);
    }
  }
  console.log('  per req   ms each   ms/req   rows each   query');
  for (const [shape, e] of [...byShape.entries()].sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(
      `  ${(e.count / n).toFixed(2).padStart(7)}  ${(e.ms / e.count).toFixed(2).padStart(8)}  ${(e.ms / n).toFixed(2).padStart(7)}  ${(e.rows / e.count).toFixed(0).padStart(10)}   ${shape}`,
    );
    for (const error of e.errors) console.log(`${' '.repeat(42)}ERROR: ${error}`);
  }
}

/**
 * The request as a timeline, averaged over samples that sent the same queries in the same order: time in the
 * process before each query (validation, mapping, scoring...) and the query's own time. Queries started
 * together (Promise.all on one connection) queue behind each other; their gap is 0.
 */
function timeline(samples: Sample[], requestEndMs: (s: Sample) => number): void {
  const signature = (s: Sample) => s.queries.map((q) => shapeOf(q.text)).join('|');
  const counts = new Map<string, Sample[]>();
  for (const s of samples) counts.set(signature(s), [...(counts.get(signature(s)) ?? []), s]);
  const group = [...counts.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const first = group[0];
  if (!first) return;
  console.log(`  timeline (mean of ${group.length} requests with the same queries): +process ms, then query ms`);
  const steps = first.queries.length;
  for (let k = 0; k < steps; k++) {
    const gaps = group.map((s) => {
      const previousEnd = k === 0 ? s.startedMs : Math.max(...s.queries.slice(0, k).map((q) => q.endMs));
      return Math.max(0, (s.queries[k]?.startMs ?? 0) - previousEnd);
    });
    const own = group.map((s) => (s.queries[k]?.endMs ?? 0) - (s.queries[k]?.startMs ?? 0));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(
      `    +${mean(gaps).toFixed(2).padStart(7)}  ${mean(own).toFixed(2).padStart(7)}  ${shapeOf(first.queries[k]?.text ?? '').slice(0, 100)}`,
    );
  }
  const tail = group.map((s) => requestEndMs(s) - Math.max(...s.queries.map((q) => q.endMs)));
  console.log(
    `    +${(tail.reduce((a, b) => a + b, 0) / tail.length).toFixed(2).padStart(7)}           (after the last query: serialize and send the reply)`,
  );
}

async function sequence(count: number, send: (i: number) => Promise<number>): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < count; i++) {
    const startedMs = performance.now();
    const { result, queries, totalMs } = await trace(() => send(i));
    samples.push({ startedMs, totalMs, status: result, queries });
  }
  return samples;
}

async function profile(app: FastifyInstance, key: string, dataset: Dataset): Promise<void> {
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  let n = 1_000_000;
  const single = (idempotent: boolean) => async () => {
    n += 1;
    const metric = dataset.metrics[(n * 7_919) % dataset.metrics.length];
    const quarter = dataset.quarters[n % QUARTERS];
    if (!metric || !quarter) throw new Error('empty dataset');
    const payload = renderItem(itemPrefix(metric, quarter), valueOf(metric, n), nextRelease());
    const response = await app.inject({
      method: 'POST',
      url: '/v1/actuals',
      headers: idempotent ? { ...headers, 'idempotency-key': `profile-${n}` } : headers,
      payload,
    });
    return response.statusCode;
  };
  await sequence(20, single(false)); // warm-up: JIT, statement caches, buffers
  const plain = await sequence(REQUESTS, single(false));
  summarize('POST /v1/actuals (no Idempotency-Key)', plain);
  timeline(plain, (s) => s.startedMs + s.totalMs);
  await sequence(20, single(true));
  const idempotent = await sequence(REQUESTS, single(true));
  summarize('POST /v1/actuals with Idempotency-Key', idempotent);
  timeline(idempotent, (s) => s.startedMs + s.totalMs);

  const [group] = companyGroups(dataset.metricsByCompany, 2);
  const source = new BatchSource(group ?? [], dataset.quarters, BATCH_SIZE);
  let b = 0;
  const batch = async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/actuals/batch',
      headers,
      payload: source.body(b++, (n += 1_000), nextRelease()),
    });
    return response.statusCode;
  };
  await sequence(3, batch);
  const batches = await sequence(BATCHES, batch);
  summarize('POST /v1/actuals/batch x1000', batches);
  timeline(batches, (s) => s.startedMs + s.totalMs);
  trend(batches);
}

/** recordBatch alone, in a transaction as the write runner opens one: the service's cost without HTTP, audit or idempotency. */
async function serviceBatches(handle: DatabaseHandle, dataset: Dataset): Promise<void> {
  const [, group] = companyGroups(dataset.metricsByCompany, 2);
  const source = new BatchSource(group ?? [], dataset.quarters, BATCH_SIZE);
  const bodies = Array.from(
    { length: BATCHES + 3 },
    (_, b) => ActualBatchInput.parse(JSON.parse(source.body(b, 5_000_000 + b * BATCH_SIZE, nextRelease()))).items,
  );
  let b = 0;
  const run = async () => {
    const items = bodies[b++] ?? [];
    await createUnitOfWork(handle.db, systemClock).transaction((s) => s.actuals.recordBatch(items));
    return 201;
  };
  await sequence(3, run);
  const samples = await sequence(BATCHES, run);
  summarize('recordBatch x1000 in a transaction (service only: no HTTP, validation, audit)', samples);
  timeline(samples, (s) => s.startedMs + s.totalMs);
  trend(samples);
}

function trend(samples: Sample[]): void {
  const third = Math.max(1, Math.floor(samples.length / 3));
  const meanOf = (xs: Sample[]) => xs.reduce((a, s) => a + s.totalMs, 0) / xs.length;
  console.log(
    `  trend: first ${third} batches ${meanOf(samples.slice(0, third)).toFixed(1)} ms each, last ${third} ${meanOf(samples.slice(-third)).toFixed(1)} ms each`,
  );
}

/** Time `run` a few times after one warm-up; the mean ms and what the last call returned. */
async function timed<T>(times: number, run: () => Promise<T> | T): Promise<{ ms: number; last: T }> {
  let last = await run();
  const t0 = performance.now();
  for (let i = 0; i < times; i++) last = await run();
  return { ms: (performance.now() - t0) / times, last };
}

/** How the cost of one statement's evaluation timeline grows with the restatements in its window (pure CPU). */
async function timelineGrowth(handle: DatabaseHandle, dataset: Dataset): Promise<void> {
  const metric = dataset.metrics[0];
  if (!metric) return;
  const [records, metricRow, companyRow] = [
    await createStatementStore(handle.db).atomicForMetrics([metric.id]),
    (await createMetricStore(handle.db).byIds([metric.id]))[0],
    (await createCompanyStore(handle.db).byIds([metric.companyId]))[0],
  ];
  if (!metricRow || !companyRow) return;
  const base = await createActualStore(handle.db).historyForScoring(
    records.map((r) => r.row.id),
    new Date(0),
  );
  const line: string[] = [];
  for (const k of [16, 32, 64, 128]) {
    // The metric's own figures, then restatements of them (later publications) until there are k.
    const actuals = Array.from({ length: k }, (_, i) => {
      const a = base[i % base.length];
      if (!a) throw new Error('no history');
      return i < base.length
        ? a
        : { ...a, id: `${a.id.slice(0, -6)}${String(i).padStart(6, '0')}`, publishedAt: a.publishedAt + i * 60_000 };
    });
    const run = await timed(5, () =>
      records.map((r) =>
        evaluationTimeline(
          toDomainStatement(r, metricRow, companyCalendar(companyRow)),
          actuals,
          toDomainRevision(r),
          dateToMs(r.row.statedOn),
        ),
      ),
    );
    line.push(`${k} actuals: ${(run.ms / records.length).toFixed(2)} ms`);
  }
  console.log(`\nevaluationTimeline per statement, by actuals on its metric: ${line.join(', ')}`);
}

/** The in-process checks of a batch, without HTTP or PostgreSQL. */
async function itemChecks(dataset: Dataset, handle: DatabaseHandle): Promise<void> {
  const [group] = companyGroups(dataset.metricsByCompany, 2);
  const source = new BatchSource(group ?? [], dataset.quarters, BATCH_SIZE);
  const body = source.body(0, 42, nextRelease());
  const items = ActualBatchInput.parse(JSON.parse(body)).items;
  const companies = new Map(
    (await createCompanyStore(handle.db).byIds([...new Set(items.map((i) => i.companyId))])).map((c) => [c.id, c]),
  );
  const metrics = new Map(dataset.metrics.map((m) => [`${m.companyId}/${m.key}`, m.id]));
  const metricRows = new Map(
    (await createMetricStore(handle.db).byIds([...new Set(metrics.values())])).map((m) => [m.id, m]),
  );
  const json = await timed(20, () => JSON.parse(body) as unknown);
  const zod = await timed(20, () => ActualBatchInput.parse(json.last));
  const values = await timed(20, () =>
    items.map((item, i) => {
      const metric = metricRows.get(metrics.get(`${item.companyId}/${item.metric}`) ?? '') ?? null;
      return actualValues(item, companies.get(item.companyId) ?? null, metric, `/items/${i}`, [], Date.now());
    }),
  );
  const labels = await timed(20, () =>
    items.map((item) =>
      item.periodStart && item.periodEnd
        ? fiscalLabelOf({ fiscalYearEndMonth: 12 }, item.periodStart, item.periodEnd)
        : null,
    ),
  );
  console.log(
    `\nin-process work per batch of 1,000: JSON.parse ${json.ms.toFixed(2)} ms, zod ActualBatchInput ${zod.ms.toFixed(2)} ms, ` +
      `actualValues x1000 ${values.ms.toFixed(2)} ms (of which fiscalLabelOf ${labels.ms.toFixed(2)} ms)`,
  );
}

let database: BenchDatabase | null = null;
let handle: DatabaseHandle | null = null;
let app: FastifyInstance | null = null;
try {
  database = await acquireDatabase((line) => console.log(line));
  console.log(`database: ${database.description}`);
  handle = connect(database.url);
  await migrateDatabase(handle.pool);
  const dataset = await seedDataset(handle.db);
  const { key } = await createApiKey(handle.db, 'profile', 'write');
  installTracer();
  app = await buildApp({ database: handle, rateLimitPerMinute: 1_000_000_000 }).catch((error: unknown) => {
    console.log(
      `\nthe app does not build (${error instanceof Error ? error.message : String(error)}); profiling the service only`,
    );
    return null;
  });
  if (app) await profile(app, key, dataset);
  await serviceBatches(handle, dataset);
  await timelineGrowth(handle, dataset);
  await itemChecks(dataset, handle);
} catch (error) {
  console.error(`profile failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await app?.close();
  await handle?.close();
  await database?.release();
}
