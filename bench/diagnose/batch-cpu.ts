// `npx tsx bench/diagnose/batch-cpu.ts`: where the service's own CPU goes in a batch of 1,000. Seeds the bench's
// write world, warms up, then records a V8 CPU profile over sequential batches sent through inject, and prints
// the functions with the most self and inclusive time (per batch). The profile is written to
// bench/results/batch.cpuprofile for a closer look (Chrome DevTools or speedscope).
//
//   CPU_BATCHES=30  profiled batches   CPU_TOP=30  rows per table   CPU_MATCH=<regex>  inclusive rows to show
import { mkdir, writeFile } from 'node:fs/promises';
import { buildApp } from '../../src/app.js';
import { connect } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { createApiKey } from '../../src/service/keys.js';
import { BATCH_SIZE, BatchSource, companyGroups } from '../lib/batches.js';
import { acquireDatabase } from '../lib/database.js';
import { nextRelease, seedDataset } from '../lib/dataset.js';
import { profileWhile, reportProfile } from './cpu-report.js';

const BATCHES = Number(process.env.CPU_BATCHES ?? 30);

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
  const started = performance.now();
  const profile = await profileWhile(200, async () => {
    for (let i = 0; i < BATCHES; i++) await send();
  });
  const wallMs = (performance.now() - started) / BATCHES;
  console.log(`${BATCHES} sequential batches of ${BATCH_SIZE}: ${wallMs.toFixed(1)} ms each (wall)`);
  reportProfile(profile, BATCHES, { name: 'ms per batch', perMs: 1 });
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/batch.cpuprofile', JSON.stringify(profile));
  await app.close();
} finally {
  await handle.close();
  await database.release();
}
