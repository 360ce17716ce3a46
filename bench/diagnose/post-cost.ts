// `npx tsx bench/diagnose/post-cost.ts`: why one POST /v1/actuals costs more among 20,000 unrelated statements.
// Seeds the read world plus the probe (bench/lib/read-dataset.ts) in one fresh database and the probe alone in
// another, builds the app in-process on each, posts the same actuals to the probe alternately, and prints, per
// query shape, the mean time per request on each side, then EXPLAIN ANALYZE of the history query on both: the
// diagnosis behind the read group's target that such a POST costs within 1.5x of one on the probe alone.
//
//   POST_COST_REQUESTS=300   posts per side (after 50 unmeasured)
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/app.js';
import { connect, type DatabaseHandle } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { createApiKey } from '../../src/service/keys.js';
import { acquireCluster, type BenchCluster } from '../lib/database.js';
import { itemPrefix, nextRelease, renderItem, valueOf } from '../lib/dataset.js';
import { seedProbe, seedReadWorld, type ProbeWorld } from '../lib/read-dataset.js';
import { installTracer, shapeOf, trace, type TracedQuery } from './pg-trace.js';

const REQUESTS = Number(process.env.POST_COST_REQUESTS ?? 300);
const WARMUP = 50;

interface Side {
  name: string;
  handle: DatabaseHandle;
  app: FastifyInstance;
  key: string;
  probe: ProbeWorld;
  totalMs: number;
  byShape: Map<string, { count: number; ms: number; text: string; values: unknown }>;
}

async function post(side: Side, n: number): Promise<{ queries: TracedQuery[]; totalMs: number }> {
  const { metric, quarters } = side.probe;
  const quarter = quarters[(n * 7) % quarters.length];
  if (!quarter) throw new Error('no quarters');
  const payload = renderItem(itemPrefix(metric, quarter), valueOf(metric, n), nextRelease());
  const { result, queries, totalMs } = await trace(() =>
    side.app.inject({
      method: 'POST',
      url: '/v1/actuals',
      headers: { authorization: `Bearer ${side.key}`, 'content-type': 'application/json' },
      payload,
    }),
  );
  if (result.statusCode !== 201) throw new Error(`${side.name}: ${result.statusCode} ${result.body}`);
  return { queries, totalMs };
}

let cluster: BenchCluster | null = null;
const sides: Side[] = [];
try {
  installTracer();
  cluster = await acquireCluster((line) => console.log(line));
  const now = new Date();
  const probeId = 'post-cost-probe';
  for (const name of ['alone', 'among'] as const) {
    const database = await cluster.fresh(`postcost_${name}`);
    const handle = connect(database.url);
    await migrateDatabase(handle.pool);
    const started = performance.now();
    if (name === 'among') await seedReadWorld(handle.db, now);
    const probe = await seedProbe(handle.db, now, probeId);
    console.log(`${name}: seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const { key } = await createApiKey(handle.db, 'post-cost', 'write');
    const app = await buildApp({ database: handle, rateLimitPerMinute: 1_000_000_000, sweepIntervalMs: 0 });
    sides.push({ name, handle, app, key, probe, totalMs: 0, byShape: new Map() });
  }
  for (let n = 0; n < WARMUP + REQUESTS; n++) {
    for (const side of sides) {
      const { queries, totalMs } = await post(side, n);
      if (n < WARMUP) continue;
      side.totalMs += totalMs;
      for (const q of queries) {
        const shape = shapeOf(q.text);
        const entry = side.byShape.get(shape) ?? { count: 0, ms: 0, text: q.text, values: null };
        entry.count += 1;
        entry.ms += q.endMs - q.startMs;
        side.byShape.set(shape, entry);
      }
    }
  }
  const [alone, among] = sides;
  if (!alone || !among) throw new Error('sides missing');
  console.log(
    `\nmean per POST over ${REQUESTS} sequential requests: alone ${(alone.totalMs / REQUESTS).toFixed(2)} ms, among 20,000 statements ${(among.totalMs / REQUESTS).toFixed(2)} ms (${(among.totalMs / alone.totalMs).toFixed(2)}x)`,
  );
  console.log('  alone ms/req  among ms/req  query');
  const shapes = [...new Set([...alone.byShape.keys(), ...among.byShape.keys()])].sort(
    (x, y) => (among.byShape.get(y)?.ms ?? 0) - (among.byShape.get(x)?.ms ?? 0),
  );
  for (const shape of shapes) {
    const a = (alone.byShape.get(shape)?.ms ?? 0) / REQUESTS;
    const b = (among.byShape.get(shape)?.ms ?? 0) / REQUESTS;
    console.log(`  ${a.toFixed(2).padStart(12)}  ${b.toFixed(2).padStart(12)}  ${shape.slice(0, 120)}`);
  }

  // The history query's plan on both sides, for the probe's two statements.
  const shape = shapes.find((s) => s.startsWith('with h as'));
  const text = shape ? (among.byShape.get(shape) ?? alone.byShape.get(shape))?.text : undefined;
  for (const side of text ? sides : []) {
    const client = new pg.Client({ connectionString: side.handle.url });
    await client.connect();
    try {
      const ids = (
        await client.query<{ id: string }>('select id from statements where company_id = $1', [probeId])
      ).rows.map((r) => r.id);
      const since = new Date(Date.now() - 60_000).toISOString();
      const params = /\$1::timestamptz/.test(text ?? '') ? [since, ids] : [ids, since];
      const plan = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${text ?? ''}`, params);
      const lines = plan.rows.map((row) => row['QUERY PLAN']);
      console.log(`\n${side.name}: ${lines.at(-1)?.trim()}`);
      for (const line of lines.filter((l) => /Scan|Join|Loop/.test(l))) console.log(`  ${line}`);
    } finally {
      await client.end();
    }
  }
} catch (error) {
  console.error(`post-cost failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  for (const side of sides) {
    await side.app.close().catch(() => undefined);
    await side.handle.close().catch(() => undefined);
  }
  await cluster?.release();
}
process.exit(process.exitCode ?? 0);
