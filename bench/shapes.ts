// The shapes users send, each at two sizes, with the growth exponent log(t2/t1)/log(n2/n1): how the cost of the
// work grows with its size (1: linear; 2: quadratic). In-process (app.inject, no network) on a fresh database on
// the machine's PostgreSQL, so the figures are the service's own work. The ingest rows are measured beside a bare
// multi-row INSERT (unnest) of the same rows into the same table, in the same run.
//
//   BENCH_ADMIN_URL   a PostgreSQL to create the database on (default postgres://postgres@127.0.0.1:5432/postgres)
//   BENCH_SHAPES_SCALE=1  multiplies every size (the exponents are what matter; sizes are modest for a loaded box)
//   BENCH_SHAPES_ONLY     a regex over the shape names (series, series-change, metric, company, release,
//                         ingest): run only those ('series' runs both series shapes)
//   BENCH_SERIES_SIZES=1000,4000  the two sizes of the long series the exponents come from
//   BENCH_SERIES_LONG=10000       one more run of the long series, for whether it completes and its RSS peak (0: none)
//   BENCH_TRACE=1         after each ingest row, every query the timed batch sent, in order: ms and rows each;
//                         its CPU profile goes to bench/results/shapes-ingest-<n>.cpuprofile
//   BENCH_EXPLAIN=1       with BENCH_TRACE: auto_explain's plan (ANALYZE, BUFFERS) of every query over 2 ms
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { connect } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { addDays } from '../src/domain/dates.js';
import { createApiKey } from '../src/service/keys.js';
import { installTracer, shapeOf, trace } from './diagnose/pg-trace.js';

const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SCALE = Number(process.env.BENCH_SHAPES_SCALE ?? '1');
const size = (n: number) => Math.max(1, Math.round(n * SCALE));
const ONLY = new RegExp(process.env.BENCH_SHAPES_ONLY ?? '.');
const SERIES_SIZES = (process.env.BENCH_SERIES_SIZES ?? '1000,4000').split(',').map(Number);
const SERIES_LONG = Number(process.env.BENCH_SERIES_LONG ?? '10000');
/** How long before a change target's window its series starts: the farthest a year-earlier comparison can end. */
const COMPARISON_LEAD_DAYS = 371;

/** The server's clock runs from 2031-01-01, so every date the shapes use is in the past. */
const BASE = Date.parse('2031-01-01T00:00:00Z');
const started = Date.now();
const clock = { now: () => new Date(BASE + (Date.now() - started)) };

let rssPeak = 0;
const sampler = setInterval(() => {
  // rss() alone: memoryUsage() walks every heap space, a cost the timed work would pay every 20 ms.
  rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
}, 20);
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const TRACE = process.env.BENCH_TRACE === '1';
if (TRACE) installTracer();
let profiles = 0;
const EXPLAIN = process.env.BENCH_EXPLAIN === '1';
let explaining = false;

/** Time `work`; with BENCH_TRACE, print every query it sent, in order, and the time outside PostgreSQL. */
async function timedTraced<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  if (!TRACE) return timed(work);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  explaining = true;
  const { result, queries, totalMs } = await trace(work);
  explaining = false;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  // Beside the other diagnostics' profiles, for Chrome DevTools or speedscope.
  await mkdir('bench/results', { recursive: true });
  await writeFile(`bench/results/shapes-ingest-${++profiles}.cpuprofile`, JSON.stringify(profile));
  const inDb = queries.filter((q) => q.endMs > 0).reduce((sum, q) => sum + (q.endMs - q.startMs), 0);
  console.log(`  ${queries.length} queries, ${inDb.toFixed(0)} ms waiting on PostgreSQL of ${totalMs.toFixed(0)} ms`);
  for (const q of queries) {
    console.log(
      `  ${(q.endMs - q.startMs).toFixed(1).padStart(7)} ms ${String(q.rows).padStart(5)} rows  ${shapeOf(q.text)}`,
    );
  }
  return { ms: totalMs, value: result };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

function exponent(n1: number, t1: number, n2: number, t2: number): string {
  return (Math.log(t2 / t1) / Math.log(n2 / n1)).toFixed(2);
}

const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};

async function main() {
  const name = `saydo_shapes_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = connect(url.toString(), { max: 4 });
  if (EXPLAIN) {
    // auto_explain's plans come back to the client as notices (client_min_messages = log): printed while tracing.
    handle.pool.on('connect', (client) => {
      void client.query(`load 'auto_explain'; set auto_explain.log_min_duration = 2; set auto_explain.log_analyze = on;
        set auto_explain.log_buffers = on; set auto_explain.log_nested_statements = on; set client_min_messages = log`);
      client.on('notice', (notice) => {
        if (explaining) console.log(notice.message);
      });
    });
  }
  let built: FastifyInstance | null = null;
  try {
    await migrateDatabase(handle.pool);
    const app = await buildApp({ database: handle, clock, sweepIntervalMs: 0, logLevel: 'error' });
    built = app;
    const key = (await createApiKey(handle.db, 'bench', 'admin')).key;
    const inject = async (method: 'GET' | 'POST', path: string, payload?: unknown, expect = [200, 201]) => {
      const response = await app.inject({
        method,
        url: path,
        headers: { authorization: `Bearer ${key}` },
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      });
      if (!expect.includes(response.statusCode)) {
        throw new Error(`${method} ${path}: ${response.statusCode} ${response.body.slice(0, 500)}`);
      }
      return response;
    };
    let companies = 0;
    async function company(metrics: { key: string; kind: 'stock' | 'flow' }[]): Promise<string> {
      const id = `shape-${++companies}`;
      await inject('POST', '/v1/companies', {
        id,
        name: id,
        tickers: [],
        currency: 'USD',
        fiscalYearEndMonth: 12,
        reportingLagDays: 60,
      });
      for (const m of metrics) {
        await inject('POST', '/v1/metrics', {
          companyId: id,
          key: m.key,
          name: m.key,
          unit: 'USD',
          kind: m.kind,
          goodDirection: 'higher',
        });
      }
      return id;
    }
    const statement = (
      companyId: string,
      metric: string,
      window: unknown,
      statedOn: string,
      mode = 'final',
      target: unknown = { op: 'gte', value: '1000' },
    ) => ({
      companyId,
      metric,
      statedOn,
      source: { kind: 'call', title: 'bench' },
      quote: `bench ${randomUUID()}`,
      commitment: 'expect',
      target,
      window,
      mode,
    });
    const batch = (items: unknown[]) => inject('POST', '/v1/actuals/batch', { items });

    say(`saydo bench shapes (scale ${SCALE}; in-process, app.inject; PostgreSQL ${url.host})`);

    // 1. A long daily series on one statement, in one batch; then a back-dated POST into it; then history, its
    // first page and its last. The first, small run warms the process (JIT, connections) and is not reported.
    // Of a change target (year-over-year growth of the reading), each of the N readings in the window is compared
    // with the reading a year earlier: the series starts a year (371 days, the farthest a year-earlier comparison
    // can end) before the window, so every reading in it has its comparison.
    const runSeries = async (n: number, change: boolean) => {
      const id = await company([{ key: 'price', kind: 'stock' }]);
      // Daily readings up to the last day before the server's clock: nothing may be published after it.
      const first = addDays('2030-12-31', -(n - 1));
      const target = change
        ? { op: 'gte', value: '5', change: { kind: 'relative', against: 'year-earlier' } }
        : { op: 'gte', value: '1000' };
      await inject(
        'POST',
        '/v1/statements',
        statement(id, 'price', { start: first, end: '2030-12-31' }, addDays(first, -15), 'final', target),
      );
      const lead = change ? COMPARISON_LEAD_DAYS : 0;
      const days = Array.from({ length: n + lead }, (_, i) => addDays(first, i - lead));
      const items = days.map((date, i) => ({
        companyId: id,
        metric: 'price',
        date,
        value: String(500 + i),
        unit: 'USD',
        publishedAt: date,
      }));
      // The year before the window goes in first, untimed: the timed batch is the N readings in the window.
      if (lead > 0) await batch(items.slice(0, lead));
      rssPeak = process.memoryUsage.rss();
      const load = await timed(() => batch(items.slice(lead)));
      // The window's second day, restated the same day (of a change target, also the comparison a year later).
      const back = await timed(() =>
        inject('POST', '/v1/actuals', {
          ...items[lead + 1],
          value: '499',
          publishedAt: `${days[lead + 1]}T12:00:00Z`,
        }),
      );
      const [stmt] = (await inject('GET', `/v1/statements?companyId=${id}`)).json<{ items: { id: string }[] }>().items;
      const history = await timed(() => inject('GET', `/v1/statements/${stmt?.id}/history?limit=100`));
      const evaluation = await timed(() => inject('GET', `/v1/statements/${stmt?.id}`));
      return { n, batch: load.ms, back: back.ms, history: history.ms, evaluation: evaluation.ms, rss: rssPeak };
    };
    const seriesShapes = [
      { name: 'series', change: false, label: 'long series on one statement: batch of N daily readings' },
      {
        name: 'series-change',
        change: true,
        label: 'long series on one change target (year-over-year growth): batch of N daily readings in its window',
      },
    ];
    for (const shape of seriesShapes) {
      if (!ONLY.test(shape.name)) continue;
      await runSeries(size(20), shape.change);
      const series = [];
      for (const n of SERIES_SIZES) series.push(await runSeries(size(n), shape.change));
      report(
        shape.label,
        series.map((s) => [s.n, s.batch]),
      );
      report(
        '  a back-dated POST into it (day 2, restated the same day)',
        series.map((s) => [s.n, s.back]),
      );
      report(
        '  GET /history?limit=100 (first page)',
        series.map((s) => [s.n, s.history]),
      );
      report(
        '  GET /statements/{id} (its evaluation lists all N observations)',
        series.map((s) => [s.n, s.evaluation]),
      );
      for (const s of series) say(`  RSS peak during N=${s.n}: ${mb(s.rss)}`);
      if (SERIES_LONG > 0) {
        const long = await runSeries(size(SERIES_LONG), shape.change);
        say(
          `  N=${long.n} in one batch: completes in ${long.batch.toFixed(0)} ms; back-dated POST ` +
            `${long.back.toFixed(0)} ms; history page ${long.history.toFixed(0)} ms; evaluation ` +
            `${long.evaluation.toFixed(0)} ms; RSS peak ${mb(long.rss)} (target under 500 MB)`,
        );
      }
    }

    // 2. Many statements on one metric: the cost of one POST that can affect only one of them.
    if (ONLY.test('metric')) {
      const perPost: [number, number][] = [];
      for (const s of [size(60), size(240)]) {
        // One quarter at a time, latest first: FY2030Q4, FY2030Q3, ... back through the years.
        const id = await company([{ key: 'revenue', kind: 'flow' }]);
        for (let i = 0; i < s; i++) {
          // Guidance accumulates over the years: the older the window, the more of it there is.
          const year = 2030 - Math.floor(i / 4);
          await inject(
            'POST',
            '/v1/statements',
            statement(id, 'revenue', { period: `FY${year}Q${4 - (i % 4)}` }, '1960-06-01'),
          );
        }
        // Warm once, then time a few POSTs for the last quarter only.
        const times: number[] = [];
        for (let k = 0; k < 6; k++) {
          const item = {
            companyId: id,
            metric: 'revenue',
            period: `FY2030Q4`,
            value: String(900 + k),
            unit: 'USD',
            publishedAt: `2031-01-01T0${k}:00:00Z`,
          };
          const t = await timed(() => inject('POST', '/v1/actuals', item));
          if (k > 0) times.push(t.ms);
        }
        perPost.push([s, times.reduce((a, b) => a + b, 0) / times.length]);
      }
      report('many statements on one metric: one POST touching one of them (mean of 5)', perPost);
    }

    // 2b. Many statements across one company's metrics: the cost of one POST on one metric, as the company grows
    // (its scores and scorecard groups are kept on every write that moves a verdict).
    if (ONLY.test('company')) {
      const perPost: [number, number][] = [];
      const quarters = Array.from({ length: 20 }, (_, i) => `FY${2026 + Math.floor(i / 4)}Q${(i % 4) + 1}`);
      for (const m of [size(10), size(100)]) {
        const keys = Array.from({ length: m }, (_, i) => `c${i}`);
        const id = await company(keys.map((key) => ({ key, kind: 'flow' as const })));
        for (const k of keys) {
          for (const q of quarters)
            await inject('POST', '/v1/statements', statement(id, k, { period: q }, '2025-12-01'));
        }
        const times: number[] = [];
        for (let k = 0; k < 6; k++) {
          const item = {
            companyId: id,
            metric: 'c0',
            period: 'FY2030Q4',
            value: String(900 + 200 * (k % 2)),
            unit: 'USD',
            publishedAt: `2031-01-01T0${k}:00:00Z`,
          };
          const t = await timed(() => inject('POST', '/v1/actuals', item));
          if (k > 0) times.push(t.ms);
        }
        perPost.push([m * quarters.length, times.reduce((a, b) => a + b, 0) / times.length]);
      }
      report("many statements across a company's metrics: one POST on one metric (mean of 5)", perPost);
    }

    // 3. An earnings release across many metrics: one new quarter on each of M metrics, one statement each.
    if (ONLY.test('release')) {
      const release: [number, number][] = [];
      for (const m of [size(100), size(400)]) {
        const keys = Array.from({ length: m }, (_, i) => `m${i}`);
        const id = await company(keys.map((key) => ({ key, kind: 'flow' as const })));
        for (const k of keys) {
          await inject(
            'POST',
            '/v1/statements',
            statement(id, k, { period: 'FY2030Q1..FY2030Q4' }, '2029-12-15', 'all'),
          );
        }
        const items = keys.map((k, i) => ({
          companyId: id,
          metric: k,
          period: 'FY2030Q1',
          value: String(1000 + i),
          unit: 'USD',
          publishedAt: '2030-04-25',
        }));
        release.push([m, (await timed(() => batch(items))).ms]);
      }
      report('an earnings release across M metrics, one batch', release);
    }

    // 4. Ingest: batches of 1,000 beside a bare multi-row INSERT (unnest) of the same rows, in the same run.
    if (ONLY.test('ingest')) {
      const bare = async (
        companyId: string,
        rows: { metricKey: string; period: [string, string]; value: string }[],
      ) => {
        const ids = new Map(
          (
            await handle.pool.query<{ id: string; key: string }>('select id, key from metrics where company_id = $1', [
              companyId,
            ])
          ).rows.map((r) => [r.key, r.id]),
        );
        return timed(() =>
          handle.pool.query(
            `insert into actuals (id, company_id, metric_id, period_start, period_end, value, unit, published_at)
           select gen_random_uuid(), $1, m, s, e, v::numeric, 'USD', '2030-12-30T00:00:00Z'
           from unnest($2::uuid[], $3::date[], $4::date[], $5::text[]) as r(m, s, e, v)`,
            [
              companyId,
              rows.map((r) => ids.get(r.metricKey)),
              rows.map((r) => r.period[0]),
              rows.map((r) => r.period[1]),
              rows.map((r) => r.value),
            ],
          ),
        );
      };
      const QUARTERS: [string, string, string][] = Array.from({ length: 10 }, (_, i) => {
        const year = 2028 + Math.floor(i / 4);
        const q = (i % 4) + 1;
        const start = `${year}-${String(3 * q - 2).padStart(2, '0')}-01`;
        const end = addDays(`${q === 4 ? year + 1 : year}-${String(q === 4 ? 1 : 3 * q + 1).padStart(2, '0')}-01`, -1);
        return [`FY${year}Q${q}`, start, end];
      });
      {
        // Spread over statements: 100 metrics x 10 quarters, a statement on each metric over all ten.
        const keys = Array.from({ length: 100 }, (_, i) => `s${i}`);
        const id = await company(keys.map((key) => ({ key, kind: 'flow' as const })));
        for (const k of keys) {
          await inject(
            'POST',
            '/v1/statements',
            statement(id, k, { start: '2028-01-01', end: '2030-12-31' }, '2027-12-01', 'all'),
          );
        }
        const rows = keys.flatMap((k, i) =>
          QUARTERS.map(([label, start, end], q) => ({
            metricKey: k,
            period: [start, end] as [string, string],
            label,
            value: String(1000 + i + q),
          })),
        );
        const items = rows.map((r) => ({
          companyId: id,
          metric: r.metricKey,
          period: r.label,
          value: r.value,
          unit: 'USD',
          publishedAt: addDays(r.period[1], 30),
        }));
        const service = await timedTraced(() => batch(items));
        const ceiling = await bare(id, rows);
        say(
          `ingest 1,000 spread over 100 statements x 10 quarters: ${Math.round(1000 / (service.ms / 1000))} actuals/s; ` +
            `bare unnest INSERT of the same rows: ${Math.round(1000 / (ceiling.ms / 1000))} rows/s; ` +
            `${((100 * ceiling.ms) / service.ms).toFixed(1)}% of it (target 40%)`,
        );
      }
      {
        const keys = Array.from({ length: 1000 }, (_, i) => `e${i}`);
        const id = await company(keys.map((key) => ({ key, kind: 'flow' as const })));
        for (const k of keys.slice(0, 1000)) {
          await inject(
            'POST',
            '/v1/statements',
            statement(id, k, { period: 'FY2030Q1..FY2030Q4' }, '2029-12-15', 'all'),
          );
        }
        const rows = keys.map((k, i) => ({
          metricKey: k,
          period: ['2030-01-01', '2030-03-31'] as [string, string],
          value: String(1000 + i),
        }));
        const items = rows.map((r) => ({
          companyId: id,
          metric: r.metricKey,
          period: 'FY2030Q1',
          value: r.value,
          unit: 'USD',
          publishedAt: '2030-04-25',
        }));
        const service = await timedTraced(() => batch(items));
        const ceiling = await bare(id, rows);
        say(
          `ingest an earnings release across 1,000 metrics: ${Math.round(1000 / (service.ms / 1000))} actuals/s; ` +
            `bare unnest INSERT of the same rows: ${Math.round(1000 / (ceiling.ms / 1000))} rows/s; ` +
            `${((100 * ceiling.ms) / service.ms).toFixed(1)}% of it (target 40%)`,
        );
      }
    }
  } finally {
    clearInterval(sampler);
    await built?.close();
    await handle.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

function report(label: string, points: [number, number][]) {
  const [[n1, t1] = [1, 1], [n2, t2] = [1, 1]] = points;
  say(
    `${label}: N=${n1} ${t1.toFixed(0)} ms, N=${n2} ${t2.toFixed(0)} ms; growth exponent ${exponent(n1, t1, n2, t2)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
