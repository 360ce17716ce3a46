// Runs scenarios in order: setup, an unmeasured warm-up, the measurement, a settle (wait for the database to
// go quiet, since requests cut off by the end of a run still commit), write checks, teardown. Targets are
// judged once every group has run, against ceilings from the same run.
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { mergeSlices, runHttp, runLoop, type Measurement } from './measure.js';
import type { BenchContext, Load, Phase, Scenario, ScenarioResult, TargetOutcome } from './scenario.js';

function execute(ctx: BenchContext, load: Load, durationS: number): Promise<Measurement> {
  return load.kind === 'http' ? runHttp(load.url ?? ctx.baseUrl, load, durationS) : runLoop(load, durationS);
}

/** Wait until no other session of the bench's databases is busy (at most 30 s). */
async function settle(ctx: BenchContext): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const result = await ctx.pool.query<{ busy: string }>(
      `select count(*) as busy from pg_stat_activity
        where datname = any(coalesce($1::text[], array[current_database()::text])) and pid <> pg_backend_pid()
          and backend_type = 'client backend' and state <> 'idle'`,
      [ctx.settleDatabases ?? null],
    );
    if (Number(result.rows[0]?.busy ?? 0) === 0) return;
    await sleep(100);
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A scenario's result before judging: whether its write and response checks passed. */
export type RawResult = ScenarioResult & { checksPassed: boolean; scenario: Scenario };

/** Seconds per slice when a scenario alternates with its baseline. */
const SLICE_S = 2;

/** The scenario and its baseline in turns (b s s b b s s b ...), each load object shared by its slices. */
async function alternate(
  ctx: BenchContext,
  subject: Load,
  baseline: Load,
  durationS: number,
): Promise<{ subject: Measurement; baseline: Measurement }> {
  const rounds = Math.max(2, Math.round(durationS / SLICE_S));
  const slice = durationS / rounds;
  const slices = { subject: [] as Measurement[], baseline: [] as Measurement[] };
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? (['baseline', 'subject'] as const) : (['subject', 'baseline'] as const);
    for (const which of order) slices[which].push(await execute(ctx, which === 'subject' ? subject : baseline, slice));
  }
  return { subject: mergeSlices(slices.subject), baseline: mergeSlices(slices.baseline) };
}

async function runOne(ctx: BenchContext, scenario: Scenario, log: (line: string) => void): Promise<RawResult[]> {
  const { durationS, warmupS } = ctx.settings;
  let measurement: Measurement | null = null;
  let baselineMeasurement: Measurement | null = null;
  let error: string | null = null;
  let checksPassed = true;
  const load = (phase: Phase) => scenario.load(ctx, phase);
  const baseline = scenario.baseline;
  try {
    await scenario.setup?.(ctx);
    if (warmupS > 0) {
      if (baseline) await execute(ctx, baseline.load(ctx, 'warmup'), warmupS);
      await execute(ctx, load('warmup'), warmupS);
      await settle(ctx);
    }
    const checks = scenario.checks ?? [];
    const before = await Promise.all(checks.map((c) => c.count(ctx)));
    if (baseline) {
      const both = await alternate(ctx, load('measure'), baseline.load(ctx, 'measure'), durationS);
      measurement = both.subject;
      baselineMeasurement = both.baseline;
      baselineMeasurement.notes.push(
        `load average ${(os.loadavg()[0] ?? 0).toFixed(2)} at the end of the run (${os.cpus().length} cpus)`,
      );
    } else measurement = await execute(ctx, load('measure'), durationS);
    // Other work on the machine skews every number; the 1-minute load average says how much there was.
    measurement.notes.push(
      `load average ${(os.loadavg()[0] ?? 0).toFixed(2)} at the end of the run (${os.cpus().length} cpus)`,
    );
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
    for (const problem of measurement.problems) {
      checksPassed = false;
      measurement.notes.push(`${problem} -- RESPONSE CHECK FAILED`);
    }
  } catch (e) {
    error = message(e);
    log(`  ! ${scenario.name}: ${error}`);
  } finally {
    await scenario.teardown?.(ctx).catch((e: unknown) => log(`  ! teardown of ${scenario.name}: ${message(e)}`));
  }
  const result: RawResult = {
    name: scenario.name,
    role: scenario.role,
    description: scenario.description,
    measurement,
    targets: [],
    error,
    checksPassed,
    scenario,
  };
  if (!baseline) return [result];
  const baselineScenario: Scenario = {
    name: baseline.name,
    role: 'ceiling',
    description: baseline.description,
    load: baseline.load,
  };
  const baselineResult: RawResult = {
    name: baseline.name,
    role: 'ceiling',
    description: baseline.description,
    measurement: baselineMeasurement,
    targets: [],
    error: baselineMeasurement ? null : error,
    checksPassed: (baselineMeasurement?.problems.length ?? 1) === 0,
    scenario: baselineScenario,
  };
  return [baselineResult, result];
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const quoted = (names: string[]) =>
  names.length === 1 ? `'${names[0]}'` : `the mean of ${names.map((n) => `'${n}'`).join(' and ')}`;

function judge(result: RawResult, all: RawResult[]): TargetOutcome[] {
  const m = result.measurement;
  const measured = (names: string[]) => names.flatMap((name) => all.find((r) => r.name === name)?.measurement ?? []);
  return (result.scenario.targets ?? []).map((target): TargetOutcome => {
    if (!m) return { target, value: null, pass: false, text: 'not measured' };
    const suffix = result.checksPassed ? '' : ' (checks failed)';
    switch (target.kind) {
      case 'absolute': {
        const pass = m.rate >= target.min && result.checksPassed;
        return {
          target,
          value: m.rate,
          pass,
          text: `${Math.round(m.rate).toLocaleString('en-US')} >= ${target.min.toLocaleString('en-US')} ${m.unit}${suffix}`,
        };
      }
      case 'p99': {
        const pass = m.p99Ms < target.maxMs && result.checksPassed;
        return { target, value: m.p99Ms, pass, text: `p99 ${m.p99Ms.toFixed(1)} ms < ${target.maxMs} ms${suffix}` };
      }
      case 'ratio': {
        const names = typeof target.of === 'string' ? [target.of] : target.of;
        const bases = measured(names)
          .map((b) => b.rate)
          .filter((rate) => rate > 0);
        if (bases.length === 0) return { target, value: null, pass: false, text: `${quoted(names)} not measured` };
        const base = mean(bases);
        const ratio = m.rate / base;
        const pass = ratio >= target.min && result.checksPassed;
        return {
          target,
          value: ratio,
          pass,
          text: `${(ratio * 100).toFixed(1)}% of ${quoted(names)} (${Math.round(base).toLocaleString('en-US')} ${m.unit}) >= ${(target.min * 100).toFixed(0)}%${suffix}`,
        };
      }
      case 'latency-ratio': {
        const subjectNames = target.subject ?? [result.name];
        const subject = measured(subjectNames);
        const bases = measured(target.of);
        const failed =
          all.filter((r) => [...subjectNames, ...target.of].includes(r.name) && !r.checksPassed).length > 0;
        if (subject.length !== subjectNames.length || bases.length !== target.of.length) {
          return {
            target,
            value: null,
            pass: false,
            text: `${quoted(subjectNames)} or ${quoted(target.of)} not measured`,
          };
        }
        const cost = mean(subject.map((s) => s.meanMs));
        const base = mean(bases.map((b) => b.meanMs));
        const ratio = cost / base;
        const pass = ratio <= target.max && !failed;
        return {
          target,
          value: ratio,
          pass,
          text:
            `mean latency ${cost.toFixed(2)} ms (${quoted(subjectNames)}) is ${ratio.toFixed(2)}x the ${base.toFixed(2)} ms of ${quoted(target.of)}, ` +
            `<= ${target.max}x${failed ? ' (checks failed)' : ''}`,
        };
      }
    }
  });
}

/** Run one group's scenarios in order; judging waits for every group (see judgeAll). */
export async function runScenarios(
  ctx: BenchContext,
  scenarios: Scenario[],
  log: (line: string) => void,
  signal?: AbortSignal,
  numbering: { first: number; total: number } = { first: 1, total: scenarios.length },
): Promise<RawResult[]> {
  const results: RawResult[] = [];
  for (const [i, scenario] of scenarios.entries()) {
    if (signal?.aborted) break;
    const { warmupS, durationS } = ctx.settings;
    const timing = scenario.baseline
      ? `${warmupS}s warm-up each, then ${durationS}s each in turns with '${scenario.baseline.name}'`
      : `${warmupS}s warm-up + ${durationS}s`;
    log(`[${numbering.first + i}/${numbering.total}] ${scenario.name} (${timing})`);
    for (const result of await runOne(ctx, scenario, log)) {
      const m = result.measurement;
      if (m) {
        log(
          `      ${result.name === scenario.name ? '' : `${result.name}: `}${Math.round(m.rate).toLocaleString('en-US')} ${m.unit}, p50 ${m.p50Ms.toFixed(1)} ms, ` +
            `p99 ${m.p99Ms.toFixed(1)} ms, mean ${m.meanMs.toFixed(2)} ms, ${m.failed} failed${result.checksPassed ? '' : ', CHECKS FAILED'}`,
        );
      }
      results.push(result);
    }
  }
  if (signal?.aborted) throw new Error('interrupted');
  return results;
}

/** Every target, once every group has run: ratios may name a scenario of another group. */
export function judgeAll(results: RawResult[]): ScenarioResult[] {
  return results.map((result) => {
    const { checksPassed: _checksPassed, scenario: _scenario, ...rest } = result;
    return { ...rest, targets: judge(result, results) };
  });
}
