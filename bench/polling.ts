// `npm run bench:polling` (and the end of `npm run bench`): does polling survive writes?
//
// On the read world (bench/lib/read-dataset.ts: 100 companies, 20,000 statements, 200,000 actuals), 50 connections
// poll what dashboards poll, each request with If-None-Match of the ETag it last saw (updated from every 200, as a
// client does): 200 statements, 100 scorecards and 100 per-company lists of statements. The same poll runs with no
// writes, then with 1 and with 10 writes a second, each a restated figure for a random company's metric.
// Targets: with writes, at least 50% of the no-write throughput, with p99 under 50 ms.
//
// Then the uncached reads, beside a bare primary-key SELECT through pg in the same run (50 concurrent callers on a
// pool of 10 connections, the service's own pool size): a statement at least 50% of it, a scorecard at least 25%,
// each ratio taken within a round against the ceiling measured just before it, and the median of the rounds judged.
// A hello-world fastify process at the same concurrency is printed beside them for scale (HTTP and framework alone).
//
//   BENCH_POLLING_DURATION=10  seconds measured per run (after 2 s of warm-up)
//   BENCH_SERVER_IMPORT=file   a diagnosis hook the service process loads first (see bench/diagnose/)
//   BENCH_POLLING_ONLY=polling|uncached  measure only the polling runs, or only the uncached reads and their ceiling
//   BENCH_UNCACHED_ROUNDS=3    rounds of the uncached reads (ceiling, HTTP floor, statement, scorecard in each)
//   BENCH_POLLING_WORLD=file   with BENCH_DATABASE_URL: seed once and write the world's ids to the file; later runs
//                              that find the file poll the database as it is, without seeding it again
//   BENCH_DATABASE_URL         as for bench/run.ts (else a fresh database on 127.0.0.1:5432, else embedded)
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { connect } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { createApiKey } from '../src/service/keys.js';
import { acquireDatabase } from './lib/database.js';
import { itemPrefix, nextRelease, renderItem, valueOf } from './lib/dataset.js';
import { seedReadWorld, type ReadWorld } from './lib/read-dataset.js';
import { startBareRead, startHello, startServer, type RunningServer } from './lib/server.js';

const CONNECTIONS = 50;
const WARMUP_S = 2;
const DURATION_S = Number(process.env.BENCH_POLLING_DURATION ?? 10);
const P99_MAX_MS = 50;
const ROUNDS = Number(process.env.BENCH_UNCACHED_ROUNDS ?? 3);
const ONLY = process.env.BENCH_POLLING_ONLY ?? '';
if (!['', 'polling', 'uncached'].includes(ONLY))
  throw new Error(`BENCH_POLLING_ONLY=${ONLY}: only 'polling' and 'uncached' are known`);

const log = (line: string) => console.log(line);

interface Run {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  statuses: string;
  /** Responses other than 200 and 304. */
  failed: number;
  writes?: { sent: number; failed: number; p50: number; p99: number };
  /** Answers the service's cache did not have (saydo_response_cache_lookups_total) over the measured seconds. */
  misses?: number;
}

/** The service's count of cache lookups that missed, from /metrics. */
async function cacheMisses(server: RunningServer, adminKey: string): Promise<number> {
  const response = await fetch(`${server.baseUrl}/metrics`, { headers: { authorization: `Bearer ${adminKey}` } });
  const text = await response.text();
  const found = /^saydo_response_cache_lookups_total\{outcome="miss"\} (\d+)/m.exec(text);
  return Number(found?.[1] ?? Number.NaN);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** The URLs a dashboard polls: statements, scorecards and each company's list of statements. */
function pollUrls(world: ReadWorld): string[] {
  const urls = [
    ...world.polledStatementIds.map((id) => `/v1/statements/${id}`),
    ...world.companyIds.map((id) => `/v1/companies/${id}/scorecard`),
    ...world.companyIds.map((id) => `/v1/statements?companyId=${id}&limit=20`),
  ];
  // Interleaved, so that every connection polls all three kinds.
  return urls.map((_, i) => urls[(i * 7) % urls.length] ?? '');
}

async function autocannonRun(options: autocannon.Options): Promise<autocannon.Result> {
  return autocannon(options);
}

/** Poll with If-None-Match, each client remembering the last ETag it saw per URL. */
async function poll(server: RunningServer, urls: string[], etags: Map<string, string>, seconds: number) {
  let clients = 0;
  const requests = urls.map((path): autocannon.Request => ({
    method: 'GET',
    path,
    setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'if-none-match': etags.get(path) ?? '"none"' } }),
    onResponse: (status, _body, _context, headers) => {
      const etag = headers?.etag;
      if (status === 200 && typeof etag === 'string') etags.set(path, etag);
    },
  }));
  return autocannonRun({
    url: server.baseUrl,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
    requests,
    setupClient: (client) => {
      const offset = (clients++ * 13) % requests.length;
      client.setRequests([...requests.slice(offset), ...requests.slice(0, offset)]);
    },
  });
}

/** GET every URL once, ten at a time, remembering its ETag. */
async function prime(server: RunningServer, urls: string[], etags: Map<string, string>): Promise<void> {
  for (let i = 0; i < urls.length; i += 10) {
    await Promise.all(
      urls.slice(i, i + 10).map(async (path) => {
        const response = await fetch(`${server.baseUrl}${path}`);
        await response.arrayBuffer();
        const etag = response.headers.get('etag');
        if (response.status !== 200 || etag === null) throw new Error(`GET ${path}: ${response.status}`);
        etags.set(path, etag);
      }),
    );
  }
}

/** `perSecond` restatements a second, each of a random company's metric, until stopped; their latencies. */
function startWriter(server: RunningServer, apiKey: string, world: ReadWorld, perSecond: number) {
  const latencies: number[] = [];
  let failed = 0;
  let n = 0;
  // A reused world has seen earlier runs' figures: start where none of them did.
  const first = Date.now() % 1_000_000_000;
  const quarter = world.quarters.at(-1);
  if (!quarter) throw new Error('the read world has no quarters');
  const inFlight = new Set<Promise<void>>();
  const timer = setInterval(() => {
    const metric = world.metrics[Math.floor(Math.random() * world.metrics.length)];
    if (!metric) return;
    n += 1;
    const body = renderItem(itemPrefix(metric, quarter), valueOf(metric, first + n), nextRelease());
    const started = performance.now();
    const sent = fetch(`${server.baseUrl}/v1/actuals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body,
    })
      .then(async (response) => {
        await response.arrayBuffer();
        if (response.status !== 201 && response.status !== 200) failed += 1;
        latencies.push(performance.now() - started);
      })
      .catch(() => {
        failed += 1;
      })
      .finally(() => inFlight.delete(sent));
    inFlight.add(sent);
  }, 1_000 / perSecond);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      const sorted = [...latencies].sort((a, b) => a - b);
      return { sent: n, failed, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
    },
  };
}

function summarize(name: string, result: autocannon.Result): Run {
  const stats = (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
  const counts = Object.entries(stats);
  const good = counts.filter(([code]) => code === '200' || code === '304').reduce((s, [, c]) => s + c.count, 0);
  const all = counts.reduce((s, [, c]) => s + c.count, 0);
  return {
    name,
    reqPerSec: good / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses: counts.map(([code, c]) => `${code}x${c.count}`).join(' '),
    failed: all - good + result.errors,
  };
}

async function pollingRun(
  name: string,
  server: RunningServer,
  urls: string[],
  etags: Map<string, string>,
  writer: (() => ReturnType<typeof startWriter>) | null,
  adminKey: string,
): Promise<Run> {
  const writes = writer?.();
  await poll(server, urls, etags, WARMUP_S);
  const missesBefore = await cacheMisses(server, adminKey);
  const run = summarize(name, await poll(server, urls, etags, DURATION_S));
  run.misses = (await cacheMisses(server, adminKey)) - missesBefore;
  if (writes) run.writes = await writes.stop();
  return run;
}

/** GETs that miss the cache every time (the `_` cache-buster is taken and ignored by every route). */
async function uncached(name: string, server: RunningServer, paths: string[]): Promise<Run> {
  let n = 0;
  const requests = paths.map((path): autocannon.Request => ({
    method: 'GET',
    path,
    setupRequest: (req) => ({ ...req, path: `${path}?_=${n++}` }),
  }));
  const options = { url: server.baseUrl, connections: CONNECTIONS, timeout: 30, requests };
  await autocannonRun({ ...options, duration: WARMUP_S });
  return summarize(name, await autocannonRun({ ...options, duration: DURATION_S }));
}

/** The ceiling: a bare primary-key SELECT of a statement through pg, 50 callers on a pool of 10. */
async function barePkSelect(url: string, ids: string[]): Promise<Run> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  try {
    const measure = async (seconds: number) => {
      const latencies: number[] = [];
      const until = performance.now() + seconds * 1_000;
      let i = 0;
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          while (performance.now() < until) {
            const started = performance.now();
            await pool.query('select * from statements where id = $1', [ids[i++ % ids.length]]);
            latencies.push(performance.now() - started);
          }
        }),
      );
      return latencies;
    };
    await measure(WARMUP_S);
    const latencies = (await measure(DURATION_S)).sort((a, b) => a - b);
    return {
      name: 'bare PK SELECT of a statement through pg (ceiling)',
      reqPerSec: latencies.length / DURATION_S,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      statuses: `${latencies.length} rows`,
      failed: 0,
    };
  } finally {
    await pool.end();
  }
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function line(run: Run): string {
  const writes = run.writes
    ? `; writes ${run.writes.sent} sent, ${run.writes.failed} failed, POST p50 ${fmt(run.writes.p50)} ms p99 ${fmt(run.writes.p99)} ms`
    : '';
  const misses = run.misses === undefined ? '' : `; ${run.misses} cache misses`;
  return `  ${run.name.padEnd(58)} ${fmt(run.reqPerSec).padStart(7)} req/s  p50 ${fmt(run.p50).padStart(4)} ms  p99 ${fmt(run.p99).padStart(4)} ms  [${run.statuses}]${misses}${writes}`;
}

function verdict(ok: boolean, text: string): string {
  return `  ${ok ? 'MET ' : 'MISS'}  ${text}`;
}

/** The read world: seeded, or as a previous run seeded it (BENCH_POLLING_WORLD). */
async function readWorld(handle: ReturnType<typeof connect>): Promise<ReadWorld> {
  const file = process.env.BENCH_DATABASE_URL ? process.env.BENCH_POLLING_WORLD : undefined;
  if (file !== undefined && existsSync(file)) {
    log(`reusing the read world in ${file}`);
    return JSON.parse(await readFile(file, 'utf8')) as ReadWorld;
  }
  const world = await seedReadWorld(handle.db);
  if (file !== undefined) await writeFile(file, JSON.stringify(world));
  return world;
}

/** A bare fastify answering GET / with no database: for scale beside the uncached reads. */
async function helloFloor(): Promise<Run> {
  const hello = await startHello();
  try {
    const options = { url: hello.baseUrl, connections: CONNECTIONS, timeout: 30 };
    await autocannonRun({ ...options, duration: WARMUP_S });
    return summarize(
      'hello-world fastify, no database (for scale)',
      await autocannonRun({ ...options, duration: DURATION_S }),
    );
  } finally {
    await hello.stop();
  }
}

/** One round of the uncached reads: the ceiling, the HTTP floor and the two reads, measured one after another. */
interface UncachedRound {
  ceiling: Run;
  floor: Run;
  statement: Run;
  scorecard: Run;
}

/**
 * The uncached statement and scorecard, each beside a bare primary-key SELECT measured just before it, in
 * BENCH_UNCACHED_ROUNDS rounds. On a shared machine the ceiling alone has moved by half between two quiet runs; a
 * ratio taken within one round, and the median over the rounds, is steadier than one ceiling measured once.
 */
async function uncachedReads(server: RunningServer, databaseUrl: string, world: ReadWorld): Promise<UncachedRound[]> {
  log(
    `\nuncached reads at c=${CONNECTIONS}, beside a bare primary-key SELECT, in ${ROUNDS} round${ROUNDS === 1 ? '' : 's'}:`,
  );
  // For scale, not a target: the least a fastify process answers per request, with no database.
  log(line(await helloFloor()));
  const bare = await startBareRead(databaseUrl);
  const rounds: UncachedRound[] = [];
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      log(`  round ${round} of ${ROUNDS}:`);
      const ceiling = await barePkSelect(databaseUrl, world.polledStatementIds);
      log(line(ceiling));
      // Not a target either: what HTTP alone leaves of the ceiling, before the service does anything.
      const floor = await uncached(
        'fastify + the bare PK SELECT, no service (HTTP floor)',
        bare,
        world.polledStatementIds.map((id) => `/statements/${id}`),
      );
      log(line(floor));
      const statement = await uncached(
        'GET /v1/statements/{id}, cache bypassed',
        server,
        world.polledStatementIds.map((id) => `/v1/statements/${id}`),
      );
      log(line(statement));
      const scorecard = await uncached(
        'GET /v1/companies/{id}/scorecard, cache bypassed',
        server,
        world.companyIds.map((id) => `/v1/companies/${id}/scorecard`),
      );
      log(line(scorecard));
      rounds.push({ ceiling, floor, statement, scorecard });
    }
  } finally {
    await bare.stop();
  }
  return rounds;
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** The polling mix with no writes, then under 1 and 10 writes a second to random companies. */
async function pollingRuns(running: RunningServer, key: string, adminKey: string, world: ReadWorld) {
  const urls = pollUrls(world);
  const etags = new Map<string, string>();
  // A dashboard has already seen every answer once: its ETags are known and the cache is filled.
  await prime(running, urls, etags);

  log(`\n50 connections polling ${urls.length} URLs with If-None-Match (${DURATION_S} s each):`);
  const quiet = await pollingRun('polling, no writes', running, urls, etags, null, adminKey);
  log(line(quiet));
  const one = await pollingRun(
    'polling, 1 write/s to random companies',
    running,
    urls,
    etags,
    () => startWriter(running, key, world, 1),
    adminKey,
  );
  log(line(one));
  const ten = await pollingRun(
    'polling, 10 writes/s to random companies',
    running,
    urls,
    etags,
    () => startWriter(running, key, world, 10),
    adminKey,
  );
  log(line(ten));
  return { quiet, one, ten };
}

async function main(): Promise<void> {
  const started = performance.now();
  const database = await acquireDatabase(log);
  // Seeding re-scores 20,000 statements in one transaction: on a busy machine that outlasts the service's limits.
  const handle = connect(database.url, {
    max: 4,
    limits: { statementTimeoutMs: 600_000, idleInTransactionTimeoutMs: 600_000 },
  });
  let server: RunningServer | null = null;
  try {
    log(`polling bench: ${database.description}`);
    await migrateDatabase(handle.pool);
    const world = await readWorld(handle);
    log(
      `seeded ${world.companyIds.length} companies, ${world.statements} statements, ${world.actuals} actuals in ` +
        `${fmt(world.seedSeconds.inserts + world.seedSeconds.rescore + world.seedSeconds.analyze, 1)} s`,
    );
    const { key } = await createApiKey(handle.db, 'bench-polling', 'write');
    const { key: adminKey } = await createApiKey(handle.db, 'bench-polling-metrics', 'admin');
    const serverImport = process.env.BENCH_SERVER_IMPORT || null;
    if (serverImport) log(`the service process loads ${serverImport} (a diagnosis hook)`);
    server = await startServer(database.url, serverImport ? { imports: [serverImport] } : {});
    const running = server;
    const polling = ONLY === 'uncached' ? null : await pollingRuns(running, key, adminKey, world);
    const reads = ONLY === 'polling' ? null : await uncachedReads(running, database.url, world);

    const share = (run: Run, of: Run) => run.reqPerSec / of.reqPerSec;
    log('\ntargets:');
    for (const { quiet, run } of polling === null
      ? []
      : [polling.one, polling.ten].map((run) => ({ quiet: polling.quiet, run }))) {
      log(
        verdict(
          share(run, quiet) >= 0.5 && run.p99 < P99_MAX_MS && run.failed === 0,
          `${run.name}: ${fmt(100 * share(run, quiet))}% of no-write throughput (target >= 50%), p99 ${fmt(run.p99)} ms (target < ${P99_MAX_MS}), ${run.failed} failed`,
        ),
      );
    }
    if (polling !== null) {
      const { quiet } = polling;
      log(
        verdict(
          quiet.p99 < P99_MAX_MS && quiet.failed === 0,
          `polling, no writes: p99 ${fmt(quiet.p99)} ms (target < ${P99_MAX_MS})`,
        ),
      );
    }
    if (reads !== null) {
      // Each ratio is taken within its round, against the ceiling measured just before it.
      const ratios = (of: (round: UncachedRound) => number) => {
        const each = reads.map(of);
        return { median: median(each), each: each.map((r) => fmt(100 * r, 1)).join(', ') };
      };
      const statement = ratios((r) => share(r.statement, r.ceiling));
      const scorecard = ratios((r) => share(r.scorecard, r.ceiling));
      const floor = ratios((r) => share(r.floor, r.ceiling));
      log(
        verdict(
          statement.median >= 0.5,
          `uncached statement: ${fmt(100 * statement.median, 1)}% of the bare PK SELECT, median of ${reads.length} ` +
            `rounds (${statement.each}; target >= 50%)`,
        ),
      );
      log(
        verdict(
          scorecard.median >= 0.25,
          `uncached scorecard: ${fmt(100 * scorecard.median, 1)}% of the bare PK SELECT, median of ${reads.length} ` +
            `rounds (${scorecard.each}; target >= 25%)`,
        ),
      );
      const ofFloor = ratios((r) => share(r.statement, r.floor));
      const scorecardOfFloor = ratios((r) => share(r.scorecard, r.floor));
      log(
        `  for scale: the HTTP floor (fastify + the bare SELECT, no service) is ${fmt(100 * floor.median, 1)}% ` +
          `of the bare PK SELECT (${floor.each}); the uncached statement is ${fmt(100 * ofFloor.median, 1)}% of ` +
          `that floor, the scorecard ${fmt(100 * scorecardOfFloor.median, 1)}% (medians)`,
      );
    }
    const lines = running.logLines();
    if (lines.count > 0) log(`\nthe server logged ${lines.count} lines; the last:\n${lines.tail.join('\n')}`);
    log(`\npolling bench took ${fmt((performance.now() - started) / 1000)} s`);
  } finally {
    await server?.stop().catch(() => undefined);
    await handle.close().catch(() => undefined);
    await database.release().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  if (error instanceof Error && error.cause !== undefined) console.error('cause:', error.cause);
  process.exitCode = 1;
});
