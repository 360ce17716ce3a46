// What a benchmark is: a named load (autocannon against a server, or a custom loop) with an optional setup,
// an optional write check, and targets: an absolute floor, a ratio to a ceiling measured in the same run, a
// p99 bound, or a bound on the ratio of mean latencies (a cost compared with the same cost elsewhere).
// Scenarios come in groups; each group prepares its own databases and servers (see scenarios/index.ts).
import type pg from 'pg';
import type { BenchCluster } from './database.js';
import type { Dataset } from './dataset.js';
import type { HttpLoad, LoopLoad, Measurement } from './measure.js';

export interface Settings {
  /** Seconds measured per scenario. */
  durationS: number;
  /** Seconds of unmeasured load before each measurement. */
  warmupS: number;
  /** autocannon connections for single-request scenarios. */
  httpConnections: number;
  /** Concurrent writers for batch scenarios and their ceilings. */
  batchConnections: number;
  batchSize: number;
}

export interface BenchContext {
  /** The service under test for this group; a load may name another server (see HttpLoad's url). */
  baseUrl: string;
  /** A write-scoped key, made with createApiKey before the server started. */
  apiKey: string;
  /** Direct connections to the bench database (ceilings, checks); as many as batchConnections, plus one. */
  pool: pg.Pool;
  dataset: Dataset;
  settings: Settings;
  /** Databases whose sessions must go idle before a measurement starts and after it ends (default: the pool's). */
  settleDatabases?: string[];
}

/** An HTTP load aims at ctx.baseUrl unless it names another server. */
export type Load = ({ kind: 'http'; url?: string } & HttpLoad) | ({ kind: 'loop' } & LoopLoad);
export type Phase = 'warmup' | 'measure';

export type Target =
  | { kind: 'absolute'; min: number }
  /**
   * rate >= min × the rate of scenario `of` from the same run; with several names, their mean (a baseline
   * measured before and after the target cancels drift in the machine's background load).
   */
  | { kind: 'ratio'; of: string | string[]; min: number }
  /** p99 latency <= maxMs. */
  | { kind: 'p99'; maxMs: number }
  /**
   * A cost compared with the same cost elsewhere: the mean latency of `subject` (this scenario, or the mean of
   * several) <= max × the mean latency of `of` (the mean of several, to cancel drift).
   */
  | { kind: 'latency-ratio'; of: string[]; subject?: string[]; max: number };

/** A count in the database that a scenario's successful requests must raise, to prove they were real writes. */
export interface WriteCheck {
  label: string;
  count: (ctx: BenchContext) => Promise<number>;
  /** The count must grow by at least this much per successful request. */
  perRequest: number;
}

/** A WriteCheck's count: the rows of a table. */
export function rowsOf(table: string): (ctx: BenchContext) => Promise<number> {
  return async (ctx) => {
    const result = await ctx.pool.query<{ n: string }>(`select count(*) as n from ${table}`);
    return Number(result.rows[0]?.n ?? 0);
  };
}

export interface Scenario {
  name: string;
  /** ceiling: a bound targets compare against; reference: context only; target: has targets to pass. */
  role: 'ceiling' | 'reference' | 'target';
  description: string;
  setup?: (ctx: BenchContext) => Promise<void>;
  teardown?: (ctx: BenchContext) => Promise<void>;
  /** Called twice, once for the warm-up and once for the measurement: each call gets fresh generators. */
  load: (ctx: BenchContext, phase: Phase) => Load;
  /** Counts that must grow with the successful requests: proof that they were real writes. */
  checks?: WriteCheck[];
  targets?: Target[];
  /**
   * A ceiling measured in alternation with this scenario: both loads run in turns, in short slices (baseline
   * first, then this, then this, then baseline, ...), so that drift in the machine's background load, and the
   * luck of how the scheduler places server and load generator on the cores, fall on both alike. It is
   * reported as a row of its own, named `name`, which targets can name.
   */
  baseline?: { name: string; description: string; load: (ctx: BenchContext, phase: Phase) => Load };
}

/**
 * Scenarios that share a world: `prepare` makes their databases, seeds them and starts their servers, and
 * returns the context they run in and how to take it all down. A group whose scenarios are all filtered out
 * (BENCH_ONLY) is never prepared.
 */
export interface ScenarioGroup {
  name: string;
  scenarios: Scenario[];
  prepare: (env: GroupEnv) => Promise<PreparedGroup>;
}

export interface GroupEnv {
  cluster: BenchCluster;
  settings: Settings;
  log: (line: string) => void;
  /** BENCH_SERVER_IMPORT: a diagnosis hook for every service process the group starts. */
  serverImports: string[];
}

export interface PreparedGroup {
  ctx: BenchContext;
  /** What was seeded, for the report and the JSON. */
  dataset: Record<string, unknown>;
  /** Lines the group's servers logged at warn or above. */
  serverLog: () => { count: number; tail: string[] };
  close: () => Promise<void>;
}

export interface TargetOutcome {
  target: Target;
  /** The measured value compared with `min`: the rate, or the ratio. */
  value: number | null;
  pass: boolean;
  text: string;
}

export interface ScenarioResult {
  name: string;
  role: Scenario['role'];
  description: string;
  measurement: Measurement | null;
  targets: TargetOutcome[];
  error: string | null;
}
