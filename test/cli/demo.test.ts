// `npm run demo` as a person runs it: the real process on a database of its own, read as the terminal shows it.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let database: TestDatabase;
let run: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  database = await createTestDatabase();
  run = await new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/demo.ts'],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: database.url }, timeout: 240_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}, 300_000);

afterAll(async () => {
  await database?.destroy();
});

describe('npm run demo', () => {
  it('loads the Alibaba dataset and exits 0', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Loaded Alibaba/m);
  });

  it('shows a statement made after its window closed refused with a 422 that names the window and says why', () => {
    expect(run.stdout).toContain(
      'Hindsight is refused: the teens promise about FY2026Q4, stated on 2026-05-15 after that quarter closed, ' +
        'answers 422 at /window/period: closed on 2026-03-31, before the statement was made (2026-05-15): ' +
        'it is not a forecast',
    );
  });

  it('leaves nothing of the refused statement behind', async () => {
    const { rows } = await database.pool.query<{ n: string }>(
      "select count(*)::text as n from statements where quote like '%(about FY2026Q4)'",
    );
    expect(rows[0]?.n).toBe('0');
  });

  it("loads Apple's SEC filings through the importer, over HTTP, as the company 'aapl'", () => {
    expect(run.stdout).toContain("Importing Apple's SEC filings (test/fixtures/sec) with `npm run import -- sec`");
    expect(run.stdout).toContain("Company 'aapl': created.");
  });

  // The figures and margins are Apple's own, worked out by hand in test/cli/demo-apple.test.ts.
  const knownAt = '2024-11-01T23:59:59.999Z';

  it("scores Apple's guidance from its calls at the knowledge time it names, each verdict with its margin", () => {
    expect(run.stdout).toContain(`4 statements from its calls, scored against its filings as known at ${knownAt}`);
    for (const line of [
      /^ {2}fy23q2-gross-margin +met +margin -0\.54%$/m,
      /^ {2}fy24q3-gross-margin +met +margin -0\.52%$/m,
      /^ {2}fy24q3-operating-expenses +met +margin -0\.18%$/m,
      /^ {2}fy24q3-revenue-growth +met +margin \+21\.64%$/m,
    ])
      expect(run.stdout).toMatch(line);
    expect(run.stdout).toContain('Tim Cook, CEO, 2024-05-02: "to grow low-single digits"');
    expect(run.stdout).toContain(
      'revenue FY2024Q3 (2024-03-31..2024-06-29) = 85.777bn USD against 81.797bn USD for FY2023Q3 ' +
        '(2023-04-02..2023-07-01), up 4.8657%, above the target',
    );
  });

  it('reads the sandbagging signal on real data: a mean margin of +5.10%, one statement in four beyond its bar', () => {
    expect(run.stdout).toContain(
      `Sandbagging reading, as known at ${knownAt}: 4 of 4 met; a mean margin of +5.10% beyond the good side of ` +
        "Apple's own guidance (the top of a range; the bottom for a cost); 25% of the 4 resolved statements cleared it.",
    );
  });
});
