// `npm run import -- sec` end to end: Apple's real SEC documents loaded into a listening saydo over real HTTP with a
// write key, as a pipeline would, then read back through the API.
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTextFile, runImportCommand } from '../../src/cli/import-command.js';
import { createApiKey } from '../../src/service/keys.js';
import { APPLE_FACTS_PATH, APPLE_SUBMISSIONS_PATH } from '../importer/apple.js';
import { tableCounts, useTestApp } from '../support/app.js';
import { freePort } from '../support/ports.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ctx = useTestApp({ rateLimitPerMinute: 1_000_000 });

interface Run {
  code: number;
  out: string;
  err: string;
}

async function runImport(argv: string[], env: Record<string, string> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportCommand(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    progressStream: null,
    env,
    fetch,
    readFile: readTextFile,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let url = '';
let writeKey = '';
const appleArgs = () => [
  'sec',
  APPLE_FACTS_PATH,
  '--submissions',
  APPLE_SUBMISSIONS_PATH,
  '--company',
  'apple',
  '--url',
  url,
];

interface ActualRow {
  metric: string;
  periodLabel: string | null;
  periodStart: string | null;
  periodEnd: string;
  value: string;
  publishedAt: string;
  note: string | null;
}

async function actualsOf(metric: string, periodFrom: string, periodTo: string): Promise<ActualRow[]> {
  const response = await ctx.app.inject({
    url: `/v1/actuals?companyId=apple&metric=${metric}&periodFrom=${periodFrom}&periodTo=${periodTo}&limit=500`,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: ActualRow[] }>().items;
}

let first: Run;
let second: Run;
let countsAfterFirst: Record<string, number>;

beforeAll(async () => {
  await ctx.anonymous.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(ctx.anonymous.server.address() as AddressInfo).port}`;
  writeKey = (await createApiKey(ctx.db.db, 'sec-import', 'write')).key;
  first = await runImport([...appleArgs(), '--key', writeKey]);
  countsAfterFirst = await tableCounts(ctx.db);
  // The key from the environment, as a scheduled pipeline would pass it.
  second = await runImport(appleArgs(), { SAYDO_KEY: writeKey });
}, 120_000);

describe('npm run import -- sec on Apple', () => {
  it('creates Apple with its name, ticker and September year end', async () => {
    expect(first.code, first.err).toBe(0);
    const company = (await ctx.app.inject({ url: '/v1/companies/apple' })).json<Record<string, unknown>>();
    expect(company).toMatchObject({
      id: 'apple',
      name: 'Apple Inc.',
      tickers: ['AAPL'],
      currency: 'USD',
      fiscalYearEndMonth: 9,
    });
  });

  it("loads FY2024's quarterly revenues as Apple reported them, and Q4 derived from the year", async () => {
    const revenue = await actualsOf('revenue', '2023-12-01', '2024-09-30');
    // Apple's own quarters, so the server names them through the calendar the import gave the company.
    expect(revenue.map((a) => [a.periodLabel, a.periodStart, a.periodEnd, a.value])).toEqual([
      ['FY2024Q1', '2023-10-01', '2023-12-30', '119575000000'],
      ['FY2024Q2', '2023-12-31', '2024-03-30', '90753000000'],
      ['FY2024Q3', '2024-03-31', '2024-06-29', '85777000000'],
      ['FY2024', '2023-10-01', '2024-09-28', '391035000000'],
      ['FY2024Q4', '2024-06-30', '2024-09-28', '94930000000'],
    ]);
    const q4 = revenue.find((a) => a.periodStart === '2024-06-30');
    expect(q4?.note).toBe(
      'FY2024Q4 derived as the year 391035000000 − 296105000000 (9 months to date): the filings report no figure for this quarter alone.',
    );
    expect(q4?.publishedAt).toBe('2024-10-31T20:30:25.000Z');
  });

  it("loads FY2024's gross margins, computed from gross profit and revenue", async () => {
    const margins = await actualsOf('gross_margin', '2023-12-01', '2024-09-30');
    expect(
      margins.filter((a) => a.periodStart !== '2023-10-01' || a.periodEnd === '2023-12-30').map((a) => a.value),
    ).toEqual(['45.8749738658', '46.578074554', '46.2571551815', '46.2224797219']);
  });

  it('prints a summary of what it imported, restated and skipped, with reasons', () => {
    expect(first.out).toMatch(/^Imported: +\d+ figures \(\d+ of them derived or computed\)$/m);
    expect(first.out).toMatch(/^Restated: +66 figures/m);
    expect(first.out).toMatch(/^ +\d+ +a year-to-date figure \(6 or 9 months\): not a discrete period/m);
    expect(first.out).toMatch(/^ +5 +eps_diluted: quarters left underived/m);
  });

  it('writes nothing on a second run, and says so', async () => {
    expect(second.code, second.err).toBe(0);
    expect(await tableCounts(ctx.db)).toEqual(countsAfterFirst);
    expect(second.out).toMatch(/^Imported: +0 figures/m);
    expect(second.out).toMatch(/^Restated: +0 figures/m);
    expect(second.out).toContain("Company 'apple': unchanged. Metrics: 0 created, 10 already there.");
    expect(second.out).toContain('Nothing new: every figure was already on record.');
  });

  it('writes nothing when run again in other batches, under other Idempotency-Keys', async () => {
    const third = await runImport([...appleArgs(), '--key', writeKey, '--batch-size', '123']);
    expect(third.code, third.err).toBe(0);
    expect(await tableCounts(ctx.db)).toMatchObject({ actuals: countsAfterFirst.actuals });
    expect(third.out).toMatch(/^batch 1\/\d+: 123 figures, 0 new, 123 already on record$/m);
  });
});

describe('a company already on record', () => {
  it('gets the calendar its filings show, while no statement depends on the old one', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/v1/companies',
      payload: { id: 'apple-old', name: 'Apple', currency: 'USD', fiscalYearEndMonth: 9 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const run = await runImport([
      'sec',
      APPLE_FACTS_PATH,
      '--submissions',
      APPLE_SUBMISSIONS_PATH,
      '--company',
      'apple-old',
      '--url',
      url,
      '--key',
      writeKey,
    ]);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain("Company 'apple-old': updated (name, tickers, fiscalCalendar).");
    const company = (await ctx.app.inject({ url: '/v1/companies/apple-old' })).json<Record<string, unknown>>();
    expect(company).toMatchObject({
      name: 'Apple Inc.',
      tickers: ['AAPL'],
      fiscalCalendar: { type: 'weekday', week53Quarter: 1 },
    });
  });
});

describe('failures a person can act on', () => {
  it('stops with the server’s reason when the key may not write', async () => {
    const readKey = (await createApiKey(ctx.db.db, 'reader', 'read')).key;
    const run = await runImport([...appleArgs(), '--key', readKey]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^import: (POST|GET) \/v1\/\S+ answered 403/);
  });

  it('says the server cannot be reached, and how to start one', async () => {
    const port = await freePort();
    const run = await runImport(['sec', APPLE_FACTS_PATH, '--url', `http://127.0.0.1:${port}`, '--key', writeKey]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      new RegExp(`cannot reach http://127\\.0\\.0\\.1:${port}.*Is the server running \\(npm start\\)\\?`),
    );
  });

  it('names what is wrong with a mapping file and sends nothing', async () => {
    const before = await tableCounts(ctx.db);
    const run = await runImport([...appleArgs(), '--key', writeKey, '--mapping', APPLE_SUBMISSIONS_PATH]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`import: the mapping file ${APPLE_SUBMISSIONS_PATH} is not valid:`);
    expect(await tableCounts(ctx.db)).toEqual(before);
  });

  it('refuses a missing key with the usage (exit 2)', async () => {
    const run = await runImport(['sec', APPLE_FACTS_PATH, '--url', url]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('give a write key with --key or SAYDO_KEY');
    expect(run.err).toContain('usage:');
  });

  it('prints its usage for --help, as a process, without a stack trace', async () => {
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/cli/import.ts', '--help'],
        { cwd: ROOT },
        (error, stdout, stderr) =>
          resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr }),
      );
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage:\n {2}npm run import -- sec <companyfacts.json>/);
    expect(run.stderr).toBe('');
  });
});

describe('without the submissions document', () => {
  it('leaves the tickers it cannot know as they are', async () => {
    const run = await runImport(['sec', APPLE_FACTS_PATH, '--company', 'apple', '--url', url, '--key', writeKey]);
    expect(run.code, run.err).toBe(0);
    const company = (await ctx.app.inject({ url: '/v1/companies/apple' })).json<{ tickers: string[] }>();
    expect(company.tickers).toEqual(['AAPL']);
  });
});
