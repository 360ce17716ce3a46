// `npx tsx bench/diagnose/batch-cpu.ts`: where the service's own CPU goes in a batch of 1,000. Seeds the bench's
// write world, warms up, then records a V8 CPU profile over sequential batches sent through inject, and prints
// the functions with the most self and inclusive time (per batch). The profile is written to
// bench/results/batch.cpuprofile for a closer look (Chrome DevTools or speedscope).
//
//   CPU_BATCHES=30  profiled batches   CPU_TOP=30  rows per table   CPU_MATCH=<regex>  inclusive rows to show
import { Session } from 'node:inspector/promises';
import { mkdir, writeFile } from 'node:fs/promises';
import { buildApp } from '../../src/app.js';
import { connect } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { createApiKey } from '../../src/service/keys.js';
import { BATCH_SIZE, BatchSource, companyGroups } from '../lib/batches.js';
import { acquireDatabase } from '../lib/database.js';
import { nextRelease, seedDataset } from '../lib/dataset.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const BATCHES = Number(process.env.CPU_BATCHES ?? 30);
const TOP = Number(process.env.CPU_TOP ?? 30);
const MATCH = new RegExp(process.env.CPU_MATCH ?? ' (src|node_modules/(zod|pg|pg-protocol|drizzle-orm|fastify))/');

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/(node_modules|src)\//, '$1/');
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

function report(profile: CpuProfile, batches: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sampled = new Map<number, number>();
  profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of sampled) {
    const node = byId.get(id);
    if (!node) continue;
    self.set(frameName(node), (self.get(frameName(node)) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = frameName(byId.get(at) ?? node);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  const perBatch = (us: number) => (us / 1000 / batches).toFixed(2).padStart(7);
  const busy = [...sampled.entries()]
    .filter(([id]) => byId.get(id)?.callFrame.functionName !== '(idle)')
    .reduce((a, [, us]) => a + us, 0);
  console.log(`\nbusy ${perBatch(busy)} ms per batch (all threads of this process's main isolate)`);
  console.log(`\nself ms per batch`);
  for (const [name, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`${perBatch(us)}  ${name}`);
  console.log(`\ninclusive ms per batch (frames matching ${MATCH.source})`);
  for (const [name, us] of [...inclusive.entries()]
    .filter(([name]) => MATCH.test(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP))
    console.log(`${perBatch(us)}  ${name}`);
}

const database = await acquireDatabase((line) => console.log(line));
const handle = connect(database.url);
try {
  await migrateDatabase(handle.pool);
  const dataset = await seedDataset(handle.db);
  const { key } = await createApiKey(handle.db, 'cpu', 'write');
  const app = await buildApp({ database: handle, rateLimitPerMinute: 1_000_000_000 });
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
  const [group] = companyGroups(dataset.metricsByCompany, 2);
  const source = new BatchSource(group ?? [], dataset.quarters, BATCH_SIZE);
  let b = 0;
  const send = async () => {
    const payload = source.body(b, 1_000_000 + b * BATCH_SIZE, nextRelease());
    b += 1;
    const response = await app.inject({ method: 'POST', url: '/v1/actuals/batch', headers, payload });
    if (response.statusCode !== 201) throw new Error(`batch answered ${response.statusCode}: ${response.body}`);
  };
  for (let i = 0; i < 10; i++) await send();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const started = performance.now();
  for (let i = 0; i < BATCHES; i++) await send();
  const wallMs = (performance.now() - started) / BATCHES;
  const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
  session.disconnect();
  console.log(`${BATCHES} sequential batches of ${BATCH_SIZE}: ${wallMs.toFixed(1)} ms each (wall)`);
  report(profile, BATCHES);
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/batch.cpuprofile', JSON.stringify(profile));
  await app.close();
} finally {
  await handle.close();
  await database.release();
}
