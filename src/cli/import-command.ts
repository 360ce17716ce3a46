// `npm run import -- sec <companyfacts.json> ...`: loads a company's SEC filings into saydo through its public HTTP
// API, as a pipeline would. The work is pure and lives in src/importer; this file reads the files, talks HTTP and
// prints. src/cli/import.ts runs it; tests call it in-process with their own server, fetch and output.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { z } from 'zod';
import { canonicalJson } from '../lib/canonical-json.js';
import type { FiscalCalendarSpec } from '../domain/fiscal.js';
import { recogniseCalendar } from '../importer/calendar.js';
import { selectFigures } from '../importer/figures.js';
import { applyMappingFile, BUILT_IN_MAPPING, type Mapping } from '../importer/mapping.js';
import { createPublicationIndex } from '../importer/publication.js';
import {
  batchesOf,
  companyBody,
  contentKey,
  defaultCompanyId,
  metricBodies,
  plannedActuals,
} from '../importer/requests.js';
import { CompanyFacts, filingsOf, Submissions } from '../importer/sec-documents.js';
import { ApiError, createSaydoClient, type SaydoClient } from './saydo-client.js';

export const USAGE = `usage:
  npm run import -- sec <companyfacts.json> [--submissions <submissions.json>] [--company <id>]
                        [--mapping <mapping.json>] [--url <base URL>] [--key <write key>] [--batch-size <n>]

Loads a company's figures from the SEC's XBRL documents (https://data.sec.gov/api/xbrl/companyfacts/CIK##########.json
and https://data.sec.gov/submissions/CIK##########.json) into saydo through its HTTP API.

  --submissions  the submissions document: name, tickers, and when each filing and earnings release was accepted
                 (without it, figures are dated by their filing date)
  --company      the saydo company id (default: the first ticker in lower case, e.g. aapl)
  --mapping      a JSON file mapping XBRL concepts to metrics, laid over the built-in table
  --url          the saydo server (default: $SAYDO_URL, else http://127.0.0.1:3000)
  --key          an API key with the write scope (default: $SAYDO_KEY); make one with
                 npm run keys -- create --scope write --name sec-import
  --batch-size   actuals per request (default 500)

A re-run writes nothing new. Exit codes: 0 done, 1 the import failed, 2 the arguments are wrong.`;

export interface ImportIo {
  out(line: string): void;
  err(line: string): void;
  /** Where the progress bar is drawn when it is a terminal. */
  progressStream: NodeJS.WriteStream | null;
  env: Record<string, string | undefined>;
  fetch: typeof fetch;
  readFile(path: string): Promise<string>;
}

type ExitCode = 0 | 1 | 2;

interface Options {
  companyFacts: string;
  submissions?: string;
  company?: string;
  mapping?: string;
  url: string;
  key: string;
  batchSize: number;
}

function parseOptions(argv: string[], env: ImportIo['env']): Options | 'help' | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        submissions: { type: 'string' },
        company: { type: 'string' },
        mapping: { type: 'string' },
        url: { type: 'string' },
        key: { type: 'string' },
        'batch-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return 'help';
  const [source, file, ...rest] = positionals;
  if (source !== 'sec')
    return source === undefined ? 'say what to import: sec' : `unknown source '${source}' (only sec)`;
  if (file === undefined) return 'give the companyfacts file';
  if (rest.length > 0) return `unexpected arguments: ${rest.join(' ')}`;
  const key = values.key ?? env.SAYDO_KEY;
  if (!key) return 'give a write key with --key or SAYDO_KEY (npm run keys -- create --scope write --name sec-import)';
  const url = values.url ?? env.SAYDO_URL ?? 'http://127.0.0.1:3000';
  if (!/^https?:\/\/[^/]/.test(url)) return `--url must be an http(s) URL, not '${url}'`;
  const batchSize = values['batch-size'] === undefined ? 500 : Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) return '--batch-size must be 1 to 10000';
  if (values.company !== undefined && !/^[a-z0-9][a-z0-9-]{0,62}$/.test(values.company)) {
    return '--company must be a lowercase slug: letters, digits and hyphens';
  }
  return {
    companyFacts: file,
    submissions: values.submissions,
    company: values.company,
    mapping: values.mapping,
    url,
    key,
    batchSize,
  };
}

/** A problem the person running the import can fix: printed without a stack trace. */
class ImportFailed extends Error {}

async function readJson<T>(io: ImportIo, path: string, what: string, schema: z.ZodType<T>): Promise<T> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    throw new ImportFailed(
      `cannot read the ${what} file ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportFailed(`${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `  ${i.path.join('.') || '(document)'}: ${i.message}`);
    throw new ImportFailed(`${path} is not a ${what} document:\n${issues.join('\n')}`);
  }
  return parsed.data;
}

async function loadMapping(io: ImportIo, path: string | undefined): Promise<Mapping> {
  if (path === undefined) return BUILT_IN_MAPPING;
  let json: unknown;
  try {
    json = JSON.parse(await io.readFile(path));
  } catch (error) {
    throw new ImportFailed(
      `cannot read the mapping file ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const result = applyMappingFile(BUILT_IN_MAPPING, json);
  if (!result.ok)
    throw new ImportFailed(`the mapping file ${path} is not valid:\n${result.errors.map((e) => `  ${e}`).join('\n')}`);
  return result.mapping;
}

interface Tally {
  imported: number;
  restated: number;
  unchanged: number;
  derivedImported: number;
}

async function ensureCompany(
  client: SaydoClient,
  body: ReturnType<typeof companyBody>,
  io: ImportIo,
  tickersKnown: boolean,
): Promise<string> {
  const existing = await client.getCompany(body.id);
  if (!existing) {
    await client.createCompany(body, contentKey('company', body));
    return 'created';
  }
  const { company, etag } = existing;
  if (company.currency !== body.currency) {
    throw new ImportFailed(`company '${body.id}' reports in ${company.currency}, the filings in ${body.currency}`);
  }
  if (company.fiscalYearEndMonth !== body.fiscalYearEndMonth) {
    io.err(
      `warning: company '${body.id}' has fiscal year-end month ${company.fiscalYearEndMonth}; the filings say ${body.fiscalYearEndMonth}`,
    );
  }
  const patch: Record<string, unknown> = {};
  if (company.name !== body.name) patch.name = body.name;
  // Without the submissions document the tickers are unknown, not none: leave them as they are.
  if (tickersKnown && canonicalJson(company.tickers) !== canonicalJson(body.tickers ?? []))
    patch.tickers = body.tickers;
  // A calendar can change only while no statement was resolved through the old one: else the server's 409 stops us.
  if (body.fiscalCalendar && canonicalJson(company.fiscalCalendar) !== canonicalJson(body.fiscalCalendar)) {
    patch.fiscalCalendar = body.fiscalCalendar;
  }
  if (Object.keys(patch).length === 0) return 'unchanged';
  await client.updateCompany(body.id, patch, etag);
  return `updated (${Object.keys(patch).join(', ')})`;
}

async function ensureMetrics(client: SaydoClient, bodies: ReturnType<typeof metricBodies>): Promise<number> {
  const companyId = bodies[0]?.companyId;
  if (companyId === undefined) return 0;
  const existing = new Map((await client.listMetrics(companyId)).map((m) => [m.key, m]));
  let created = 0;
  for (const body of bodies) {
    const found = existing.get(body.key);
    if (found) {
      if (found.unit !== body.unit || found.kind !== body.kind) {
        throw new ImportFailed(
          `metric '${body.key}' of '${companyId}' is a ${found.kind} in ${found.unit}; the import needs a ${body.kind} in ${body.unit}. ` +
            'Map the concepts to another key with --mapping.',
        );
      }
      continue;
    }
    await client.createMetric(body, contentKey('metric', body));
    created += 1;
  }
  return created;
}

export async function runImportCommand(argv: string[], io: ImportIo): Promise<ExitCode> {
  const options = parseOptions(argv, io.env);
  if (options === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (typeof options === 'string') {
    io.err(`${options}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await runImport(options, io);
  } catch (error) {
    if (error instanceof ImportFailed) io.err(`import: ${error.message}`);
    else if (error instanceof ApiError) io.err(`import: ${error.describe()}`);
    else if (error instanceof TypeError && /fetch failed/.test(error.message)) {
      const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
      io.err(`import: cannot reach ${options.url}${cause}. Is the server running (npm start)?`);
    } else throw error;
    return 1;
  }
}

async function runImport(options: Options, io: ImportIo): Promise<ExitCode> {
  const facts = await readJson(io, options.companyFacts, 'companyfacts', CompanyFacts);
  const submissions = options.submissions ? await readJson(io, options.submissions, 'submissions', Submissions) : null;
  const mapping = await loadMapping(io, options.mapping);
  const filings = submissions ? filingsOf(submissions) : [];
  const publications = createPublicationIndex(filings);

  // The calendar from the fiscal years and quarters reported, then the figures named by it.
  const first = selectFigures(facts, publications, mapping, null);
  const spans = (n: number) =>
    first.series
      .filter((s) => s.quarters === n && s.derivation === null)
      .map((s) => ({ start: s.start ?? s.end, end: s.end }));
  const recognised = recogniseCalendar(spans(4), spans(1));
  if (!recognised.ok) throw new ImportFailed(`cannot tell the fiscal calendar: ${recognised.reason}`);
  const calendar = recognised.calendar;
  const selection = selectFigures(facts, publications, mapping, calendar);
  const currency =
    selection.units.find((u) => u.key === 'revenue')?.unit ??
    selection.units.find((u) => /^[A-Z]{3}$/.test(u.unit))?.unit;
  if (currency === undefined || !/^[A-Z]{3}$/.test(currency)) throw new ImportFailed('found no figure in a currency');

  const tickers = submissions?.tickers ?? [];
  const companyId = options.company ?? defaultCompanyId(tickers, String(facts.cik));
  const company = companyBody({
    id: companyId,
    name: submissions?.name ?? facts.entityName,
    tickers,
    currency,
    calendar,
  });
  const planned = plannedActuals(companyId, selection, calendar);
  const batches = batchesOf(planned, options.batchSize);

  io.out(
    `${company.name} (CIK ${Number(facts.cik)}) -> ${options.url} as '${companyId}': ${selection.series.length} periods, ` +
      `${planned.length} figures to send in ${batches.length} batches.`,
  );
  io.out(`Fiscal calendar: ${describeCalendar(calendar)}.`);

  const client = createSaydoClient(options.url, options.key, io.fetch);
  const companyOutcome = await ensureCompany(client, company, io, submissions !== null);
  const metricsCreated = await ensureMetrics(client, metricBodies(companyId, mapping, selection));

  const tally: Tally = { imported: 0, restated: 0, unchanged: 0, derivedImported: 0 };
  const bar =
    io.progressStream?.isTTY === true
      ? new cliProgress.SingleBar(
          {
            stream: io.progressStream,
            format: 'actuals |{bar}| {value}/{total} figures | {imported} new, {unchanged} unchanged',
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(planned.length, 0, { imported: 0, unchanged: 0 });
  let sent = 0;
  try {
    for (const [i, batch] of batches.entries()) {
      const { result, replayed } = await client.postActuals(batch.body, batch.idempotencyKey);
      let fresh = 0;
      for (const item of result.items) {
        const plan = batch.planned[item.index];
        if (!plan) continue;
        if (!item.created || replayed) tally.unchanged += 1;
        else {
          fresh += 1;
          if (plan.restatement) tally.restated += 1;
          else tally.imported += 1;
          if (plan.derived) tally.derivedImported += 1;
        }
      }
      sent += batch.planned.length;
      if (bar) bar.update(sent, { imported: tally.imported + tally.restated, unchanged: tally.unchanged });
      else {
        io.out(
          `batch ${i + 1}/${batches.length}: ${batch.planned.length} figures, ${fresh} new, ${batch.planned.length - fresh} already on record` +
            (replayed ? ' (replayed)' : ''),
        );
      }
    }
  } finally {
    bar?.stop();
  }

  io.out('');
  io.out(
    `Company '${companyId}': ${companyOutcome}. Metrics: ${metricsCreated} created, ${selection.units.length - metricsCreated} already there.`,
  );
  io.out(`Imported:  ${tally.imported} figures (${tally.derivedImported} of them derived or computed)`);
  io.out(`Restated:  ${tally.restated} figures (a later filing changed a value published before)`);
  io.out(
    `Unchanged: ${tally.unchanged} figures already on record; ${selection.repeats} facts repeated by later filings were stored once`,
  );
  const skipped = [...selection.skipped.entries()].sort((a, b) => b[1] - a[1]);
  io.out(`Skipped:   ${skipped.reduce((n, [, c]) => n + c, 0)}`);
  for (const [reason, n] of skipped) io.out(`  ${String(n).padStart(6)}  ${reason}`);
  if (tally.imported + tally.restated === 0) io.out('Nothing new: every figure was already on record.');
  return 0;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 'years end on the last Saturday of September (52 or 53 weeks), the 53rd week in Q1'. */
export function describeCalendar(calendar: FiscalCalendarSpec): string {
  if (calendar.type === 'month-end') return `years end on the last day of ${MONTHS[calendar.yearEndMonth - 1] ?? ''}`;
  const weekday = `${calendar.weekday.charAt(0).toUpperCase()}${calendar.weekday.slice(1)}`;
  const when = calendar.rule === 'last' ? `the last ${weekday} of` : `the ${weekday} nearest the end of`;
  return `years end on ${when} ${MONTHS[calendar.month - 1] ?? ''} (52 or 53 weeks), the 53rd week in Q${calendar.week53Quarter}`;
}

/** Node's file reading, as ImportIo wants it. */
export const readTextFile = (path: string) => readFile(path, 'utf8');
