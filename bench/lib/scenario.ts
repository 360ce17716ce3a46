// What a benchmark is: a named load (autocannon against the server, or a custom loop) with an optional setup,
// an optional write check, and targets, each either an absolute floor or a ratio to a ceiling measured earlier
// in the same run. Read benchmarks are added as more entries of the same shape.
import type pg from 'pg';
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
  baseUrl: string;
  /** A write-scoped key, made with createApiKey before the server started. */
  apiKey: string;
  /** Direct connections to the bench database (ceilings, checks); as many as batchConnections, plus one. */
  pool: pg.Pool;
  dataset: Dataset;
  settings: Settings;
}

export type Load = ({ kind: 'http' } & HttpLoad) | ({ kind: 'loop' } & LoopLoad);

export type Target =
  | { kind: 'absolute'; min: number }
  /**
   * rate >= min × the rate of scenario `of` from the same run; with several names, their mean (a baseline
   * measured before and after the target cancels drift in the machine's background load).
   */
  | { kind: 'ratio'; of: string | string[]; min: number };

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
  load: (ctx: BenchContext) => Load;
  /** Counts that must grow with the successful requests: proof that they were real writes. */
  checks?: WriteCheck[];
  targets?: Target[];
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
