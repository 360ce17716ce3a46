// A BENCH_SERVER_IMPORT hook: records a V8 CPU profile of each service process over a window of its life and
// writes it to bench/results/server-<pid>.cpuprofile, to see where the real server's time goes under load
// (`npx tsx bench/diagnose/batch-cpu.ts` does the same in-process, without HTTP or concurrency).
//
//   BENCH_SERVER_IMPORT=./bench/diagnose/cpu-profile-hook.ts BENCH_ONLY=batch npm run bench
//   CPU_HOOK_START_S=18  seconds after the process starts (with BENCH_ONLY=batch: inside the batch run)
//   CPU_HOOK_SECONDS=8   how long to record
import { mkdir, writeFile } from 'node:fs/promises';
import { profileWhile } from './cpu-report.js';

const startMs = Number(process.env.CPU_HOOK_START_S ?? 18) * 1000;
const lengthMs = Number(process.env.CPU_HOOK_SECONDS ?? 8) * 1000;

async function record(): Promise<void> {
  const profile = await profileWhile(500, async () => {
    await new Promise((resolve) => setTimeout(resolve, lengthMs).unref());
  });
  await mkdir('bench/results', { recursive: true });
  await writeFile(`bench/results/server-${process.pid}.cpuprofile`, JSON.stringify(profile));
}

setTimeout(() => {
  record().catch((error: unknown) => console.error('cpu-profile-hook:', error));
}, startMs).unref();
