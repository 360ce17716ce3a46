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
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: database.url }, timeout: 90_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}, 120_000);

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
});
