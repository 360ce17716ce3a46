// The table on stdout and bench/results/latest.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import type { ScenarioResult, Settings, TargetOutcome } from './scenario.js';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  platform: string;
  node: string;
  postgres: string;
  /** 1-minute load average when the bench started: other work on the machine skews every number. */
  loadAverageAtStart: number;
}

/** Which code was measured: the commit, and the files under src/ that differ from it (read-only git). */
export function describeSource(root: string): { commit: string; changedInSrc: string[] } {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trimEnd();
    } catch {
      return '';
    }
  };
  const changed = git('status', '--porcelain', '--', 'src')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return { commit: git('rev-parse', '--short', 'HEAD') || 'unknown', changedInSrc: changed.map((l) => l.slice(3)) };
}

export async function describeMachine(pool: pg.Pool | null): Promise<Machine> {
  const version = pool ? await pool.query<{ server_version: string }>('show server_version') : { rows: [] };
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: version.rows[0]?.server_version ?? 'unknown',
    loadAverageAtStart: os.loadavg()[0] ?? 0,
  };
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => n.toFixed(1);

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c < 2 || c === r.length - 1 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const [head, ...body] = rows;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function formatReport(
  results: ScenarioResult[],
  machine: Machine,
  settings: Settings,
  database: string,
  source: { commit: string; changedInSrc: string[] },
): string {
  const rows = [
    ['scenario', 'role', 'conns', 'rate', 'unit', 'req/s', 'p50 ms', 'p99 ms', 'mean ms', 'ok', 'failed', 'targets'],
  ];
  const verdict = (t: TargetOutcome) => {
    const value =
      t.value === null
        ? '-'
        : t.target.kind === 'ratio'
          ? `${(t.value * 100).toFixed(0)}%`
          : t.target.kind === 'p99'
            ? `p99<${t.target.maxMs}`
            : t.target.kind === 'latency-ratio'
              ? `${t.value.toFixed(2)}x`
              : int(t.value);
    return `${t.pass ? 'PASS' : 'FAIL'} ${value}`;
  };
  for (const r of results) {
    const m = r.measurement;
    const verdicts = r.targets.map(verdict).join(', ');
    rows.push(
      m
        ? [
            r.name,
            r.role,
            String(m.connections),
            int(m.rate),
            m.unit,
            int(m.requestsPerSec),
            ms(m.p50Ms),
            ms(m.p99Ms),
            m.meanMs.toFixed(2),
            int(m.ok),
            int(m.failed),
            verdicts,
          ]
        : [r.name, r.role, '-', '-', '-', '-', '-', '-', '-', '-', '-', `error: ${r.error ?? '?'}`],
    );
  }
  const targets = results.flatMap((r) => r.targets.map((t) => `  ${t.pass ? 'PASS' : 'FAIL'}  ${r.name}: ${t.text}`));
  const notes = results.flatMap((r) => [
    `  ${r.name}: ${r.description}`,
    ...(r.measurement?.notes ?? []).map((n) => `      ${n}`),
    ...(r.error ? [`      error: ${r.error}`] : []),
  ]);
  return [
    '',
    `machine: ${machine.cpus} x ${machine.cpuModel}, ${machine.memoryGb} GB, ${machine.platform}; node ${machine.node}; postgres ${machine.postgres}; load average ${machine.loadAverageAtStart.toFixed(2)} at start`,
    `database: ${database}; ${settings.warmupS}s warm-up + ${settings.durationS}s per scenario`,
    `source: ${source.commit}${source.changedInSrc.length > 0 ? ` + uncommitted changes in ${source.changedInSrc.length} paths under src/ (listed in the JSON)` : ''}`,
    '',
    table(rows),
    '',
    'targets:',
    ...(targets.length > 0 ? targets : ['  (none)']),
    '',
    'notes:',
    ...notes,
    '',
  ].join('\n');
}

export async function writeResults(file: string, content: unknown): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(content, null, 2)}\n`);
  return file;
}
