// Every scenario `npm run bench` runs, in groups, in order. A group prepares its own world (databases, seed,
// servers) and takes it down before the next one starts, so the groups never share CPU with each other's
// servers. Targets may name a ceiling of any group: they are judged once all have run.
//
//   writes: the ceilings (bare INSERTs) and the write scenarios, on the write world (bench/lib/dataset.ts).
//   reads:  the dashboard read targets against a hello-world ceiling, and the cost of one POST with and
//           without 20,000 unrelated statements, on the read world (bench/lib/read-dataset.ts).
import { connect } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { createApiKey } from '../../src/service/keys.js';
import { seedDataset } from '../lib/dataset.js';
import { runHttp } from '../lib/measure.js';
import type { BenchContext, GroupEnv, PreparedGroup, Scenario, ScenarioGroup } from '../lib/scenario.js';
import { startServer } from '../lib/server.js';
import { ceilingScenarios } from './ceilings.js';
import { readsGroup } from './reads.js';
import { serverWarmup, writeScenarios } from './writes.js';

/** Seconds of unmeasured single writes after the write group's server starts: JIT, pool connections, caches. */
const SERVER_WARMUP_S = 5;

async function prepareWrites(env: GroupEnv): Promise<PreparedGroup> {
  const { cluster, log, settings } = env;
  const database = await cluster.primary();
  const handle = connect(database.url, { max: settings.batchConnections + 1 });
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  const close = async () => {
    await server?.stop().catch((e: unknown) => log(`  ! stopping the server: ${String(e)}`));
    await handle.close().catch(() => undefined);
    await database.release().catch((e: unknown) => log(`  ! releasing the database: ${String(e)}`));
  };
  try {
    log(`database: ${database.description}`);
    await migrateDatabase(handle.pool);
    const seedStarted = performance.now();
    const dataset = await seedDataset(handle.db);
    log(
      `seeded ${dataset.metricsByCompany.length} companies, ${dataset.metrics.length} metrics, ${dataset.statements} statements, ` +
        `${dataset.seededActuals} actuals (${dataset.quarters[0]?.start} to ${dataset.quarters.at(-1)?.end}) in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
    );
    const { key } = await createApiKey(handle.db, 'bench', 'write');
    server = await startServer(database.url, { imports: env.serverImports });
    log(`server: pid ${server.pid} at ${server.baseUrl}`);
    const ctx: BenchContext = { baseUrl: server.baseUrl, apiKey: key, pool: handle.pool, dataset, settings };
    const warmup = serverWarmup(ctx);
    if (warmup.kind === 'http' && SERVER_WARMUP_S > 0) {
      log(`warming the server up for ${SERVER_WARMUP_S}s`);
      await runHttp(server.baseUrl, warmup, SERVER_WARMUP_S);
    }
    const running = server;
    return {
      ctx,
      dataset: {
        companies: dataset.metricsByCompany.length,
        metrics: dataset.metrics.length,
        statements: dataset.statements,
        seededActuals: dataset.seededActuals,
      },
      serverLog: () => running.logLines(),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

export function allGroups(): ScenarioGroup[] {
  const writes: Scenario[] = [...ceilingScenarios(), ...writeScenarios()];
  return [{ name: 'writes', scenarios: writes, prepare: prepareWrites }, readsGroup()];
}

/**
 * BENCH_ONLY: a regex matched against group names ("reads", "writes") and scenario names. A selected
 * scenario brings along the scenarios its targets compare with, so its verdicts still mean something.
 */
export function selectGroups(groups: ScenarioGroup[], only: RegExp | null): ScenarioGroup[] {
  if (!only) return groups;
  const everything = groups.flatMap((g) => g.scenarios);
  const wanted = new Set(
    groups.flatMap((g) =>
      (only.test(g.name) ? g.scenarios : g.scenarios.filter((s) => only.test(s.name))).map((s) => s.name),
    ),
  );
  for (let grew = true; grew;) {
    grew = false;
    for (const scenario of everything.filter((s) => wanted.has(s.name))) {
      for (const target of scenario.targets ?? []) {
        const names =
          target.kind === 'ratio'
            ? typeof target.of === 'string'
              ? [target.of]
              : target.of
            : target.kind === 'latency-ratio'
              ? [...target.of, ...(target.subject ?? [])]
              : [];
        for (const name of names) {
          if (!wanted.has(name)) {
            wanted.add(name);
            grew = true;
          }
        }
      }
    }
  }
  return groups
    .map((g) => ({ ...g, scenarios: g.scenarios.filter((s) => wanted.has(s.name)) }))
    .filter((g) => g.scenarios.length > 0);
}
