// Runs scenarios in order: setup, an unmeasured warm-up, the measurement, a settle (wait for the database to
// go quiet, since requests cut off by the end of a run still commit), write checks, teardown. Targets are
// judged once every scenario has run, against ceilings from the same run.
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { runHttp, runLoop, type Measurement } from './measure.js';
import type { BenchContext, Load, Scenario, ScenarioResult, TargetOutcome } from './scenario.js';

function execute(ctx: BenchContext, load: Load, durationS: number): Promise<Measurement> {
  return load.kind === 'http' ? runHttp(ctx.baseUrl, load, durationS) : runLoop(load, durationS);
}

/** Wait until no other session of the bench database is busy (at most 30 s). */
async function settle(ctx: BenchContext): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const result = await ctx.pool.query<{ busy: string }>(
      `select count(*) as busy from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend' and state <> 'idle'`,
    );
    if (Number(result.rows[0]?.busy ?? 0) === 0) return;
    await sleep(100);
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function runOne(ctx: BenchContext, scenario: Scenario, log: (line: string) => void): Promise<ScenarioResult & { checksPassed: boolean }> {
  const { durationS, warmupS } = ctx.settings;
  let measurement: Measurement | null = null;
  let error: string | null = null;
  let checksPassed = true;
  try {
    await scenario.setup?.(ctx);
    if (warmupS > 0) {
      await execute(ctx, scenario.load(ctx), warmupS);
      await settle(ctx);
    }
    const checks = scenario.checks ?? [];
    const before = await Promise.all(checks.map((c) => c.count(ctx)));
    measurement = await execute(ctx, scenario.load(ctx), durationS);
    // Other work on the machine skews every number; the 1-minute load average says how much there was.
    measurement.notes.push(`load average ${(os.loadavg()[0] ?? 0).toFixed(2)} at the end of the run (${os.cpus().length} cpus)`);
    await settle(ctx);
    const after = await Promise.all(checks.map((c) => c.count(ctx)));
    checks.forEach((check, i) => {
      const grew = (after[i] ?? 0) - (before[i] ?? 0);
      const expected = (measurement?.ok ?? 0) * check.perRequest;
      // Requests cut off at the end of the run may still commit, so the count may grow by a little more.
      const ok = grew >= expected;
      checksPassed &&= ok;
      measurement?.notes.push(`${check.label}: +${grew} for ${expected} expected${ok ? '' : ' -- WRITE CHECK FAILED'}`);
    });
  } catch (e) {
    error = message(e);
    log(`  ! ${scenario.name}: ${error}`);
  } finally {
    await scenario.teardown?.(ctx).catch((e: unknown) => log(`  ! teardown of ${scenario.name}: ${message(e)}`));
  }
  return { name: scenario.name, role: scenario.role, description: scenario.description, measurement, targets: [], error, checksPassed };
}

function judge(scenario: Scenario, result: ScenarioResult & { checksPassed: boolean }, all: ScenarioResult[]): TargetOutcome[] {
  const m = result.measurement;
  return (scenario.targets ?? []).map((target): TargetOutcome => {
    if (!m) return { target, value: null, pass: false, text: 'not measured' };
    const suffix = result.checksPassed ? '' : ' (write check failed)';
    if (target.kind === 'absolute') {
      const pass = m.rate >= target.min && result.checksPassed;
      return { target, value: m.rate, pass, text: `${Math.round(m.rate).toLocaleString('en-US')} >= ${target.min.toLocaleString('en-US')} ${m.unit}${suffix}` };
    }
    const names = typeof target.of === 'string' ? [target.of] : target.of;
    const bases = names.map((name) => all.find((r) => r.name === name)?.measurement?.rate ?? 0).filter((rate) => rate > 0);
    const label = names.length === 1 ? `'${names[0]}'` : `the mean of ${names.map((n) => `'${n}'`).join(' and ')}`;
    if (bases.length === 0) return { target, value: null, pass: false, text: `${label} not measured` };
    const base = bases.reduce((a, b) => a + b, 0) / bases.length;
    const ratio = m.rate / base;
    const pass = ratio >= target.min && result.checksPassed;
    return {
      target,
      value: ratio,
      pass,
      text: `${(ratio * 100).toFixed(1)}% of ${label} (${Math.round(base).toLocaleString('en-US')} ${m.unit}) >= ${(target.min * 100).toFixed(0)}%${suffix}`,
    };
  });
}

export async function runScenarios(
  ctx: BenchContext,
  scenarios: Scenario[],
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<ScenarioResult[]> {
  const results: (ScenarioResult & { checksPassed: boolean })[] = [];
  for (const [i, scenario] of scenarios.entries()) {
    if (signal?.aborted) break;
    log(`[${i + 1}/${scenarios.length}] ${scenario.name} (${ctx.settings.warmupS}s warm-up + ${ctx.settings.durationS}s)`);
    const result = await runOne(ctx, scenario, log);
    const m = result.measurement;
    if (m) log(`      ${Math.round(m.rate).toLocaleString('en-US')} ${m.unit}, p50 ${m.p50Ms.toFixed(1)} ms, p99 ${m.p99Ms.toFixed(1)} ms, ${m.failed} failed`);
    results.push(result);
  }
  if (signal?.aborted) throw new Error('interrupted');
  return results.map((result, i) => {
    const scenario = scenarios[i];
    const { checksPassed: _checksPassed, ...rest } = result;
    return scenario ? { ...rest, targets: judge(scenario, result, results) } : rest;
  });
}
