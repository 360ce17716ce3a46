// `npx tsx bench/diagnose/read-cpu.ts`: where the service's own CPU goes in an uncached read. Seeds the bench's
// write world, warms up, then records a V8 CPU profile over sequential GETs sent through inject, each with a
// fresh `_` so that none is answered from the response cache, and prints the functions with the most self and
// inclusive time (µs per request). The profile is written to bench/results/read.cpuprofile.
//
//   CPU_READS=3000  profiled requests   CPU_READ=statement|scorecard   CPU_TOP, CPU_MATCH as in batch-cpu.ts
import { mkdir, writeFile } from 'node:fs/promises';
import { buildApp } from '../../src/app.js';
import { connect } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { createApiKey } from '../../src/service/keys.js';
import { acquireDatabase } from '../lib/database.js';
import { seedDataset } from '../lib/dataset.js';
import { profileWhile, reportProfile } from './cpu-report.js';
import { installTracer, shapeOf, trace } from './pg-trace.js';

const READS = Number(process.env.CPU_READS ?? 3000);
const READ = process.env.CPU_READ ?? 'statement';
if (!['statement', 'scorecard'].includes(READ)) throw new Error(`CPU_READ=${READ}: statement or scorecard`);

const database = await acquireDatabase((line) => console.log(line));
const handle = connect(database.url);
try {
  await migrateDatabase(handle.pool);
  await seedDataset(handle.db);
  const { key } = await createApiKey(handle.db, 'cpu', 'read');
  const app = await buildApp({ database: handle, rateLimitPerMinute: 1_000_000_000 });
  const headers = { authorization: `Bearer ${key}` };
  const table = READ === 'statement' ? 'statements' : 'companies';
  const { rows } = await handle.pool.query<{ id: string }>(`select id from ${table} order by id limit 200`);
  const paths = rows.map(({ id }) => (READ === 'statement' ? `/v1/statements/${id}` : `/v1/companies/${id}/scorecard`));
  let n = 0;
  const send = async () => {
    const url = `${paths[n % paths.length]}?_=${n}`;
    n += 1;
    const response = await app.inject({ method: 'GET', url, headers });
    if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}: ${response.body}`);
    if (response.headers['x-cache'] === 'hit') throw new Error(`${url} was answered from the cache`);
  };
  for (let i = 0; i < 500; i++) await send();
  // The queries one request sends, in order, traced once outside the profile.
  installTracer();
  const { queries } = await trace(send);
  console.log(`one uncached GET of a ${READ} sends ${queries.length} queries:`);
  for (const q of queries)
    console.log(`  ${(q.endMs - q.startMs).toFixed(2).padStart(6)} ms  ${q.rows} rows  ${shapeOf(q.text)}`);
  const started = performance.now();
  const profile = await profileWhile(100, async () => {
    for (let i = 0; i < READS; i++) await send();
  });
  const wallUs = ((performance.now() - started) * 1000) / READS;
  console.log(`${READS} sequential uncached GETs of a ${READ}: ${wallUs.toFixed(0)} µs each (wall)`);
  reportProfile(profile, READS, { name: 'µs per request', perMs: 1000 });
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/read.cpuprofile', JSON.stringify(profile));
  await app.close();
} finally {
  await handle.close();
  await database.release();
}
