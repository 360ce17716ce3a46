// Two ways to load the system, one shape of result: autocannon against the HTTP server, or a custom loop
// (e.g. bare INSERTs through pg) run by N concurrent workers for a fixed time.
import type { IncomingHttpHeaders } from 'node:http';
import autocannon from 'autocannon';

export interface Measurement {
  /** What `rate` counts: 'req/s', 'rows/s', 'actuals/s'. */
  unit: string;
  /** Successful units per second (a batch request of 1,000 actuals counts 1,000). */
  rate: number;
  /** Successful requests (or loop iterations) per second. */
  requestsPerSec: number;
  ok: number;
  /** Non-2xx responses, connection errors, timeouts, or iterations that threw. */
  failed: number;
  p50Ms: number;
  p99Ms: number;
  /** Mean latency: a single request's cost when one connection sends them one after another. */
  meanMs: number;
  durationS: number;
  connections: number;
  /** Anything worth reading next to the numbers: status codes, a sample failure body. */
  notes: string[];
  /** Wrong answers (a body for another resource, a 200 where a 304 was due): any of these fails the targets. */
  problems: string[];
}

export interface HttpLoad {
  /** autocannon options without url/duration/connections, which the runner sets. */
  options: Omit<autocannon.Options, 'url' | 'duration' | 'connections'>;
  connections: number;
  /** Units per successful request (1 for a single write, 1,000 for a batch of 1,000). */
  unitsPerRequest: number;
  unit: string;
  /** Filled by the load's onResponse hooks with a few failing responses (see failureSampler). */
  samples?: string[];
  /** Statuses that count as success (default: any 2xx); e.g. [304] for conditional GETs that must not change. */
  expect?: number[];
  /** A fixed number of requests instead of a duration (runs that must send the same amount to compare). */
  amount?: number;
  /** Per-response checks of what came back (see responseTally), reported with the measurement. */
  tally?: ResponseTally;
}

/**
 * Checks of every response a read load gets: its status, a cache header, and, for one response in
 * `sampleEvery`, its body (parsing every body would take CPU from the server being measured).
 */
export class ResponseTally {
  responses = 0;
  cacheHits = 0;
  bodiesChecked = 0;
  private wrong = 0;
  private readonly wrongSamples: string[] = [];
  private readonly statuses = new Map<number, number>();

  constructor(
    private readonly expected: number,
    private readonly sampleEvery = 64,
  ) {}

  /** An onResponse hook for one request: `check` returns what is wrong with a sampled body, or null. */
  hook(check?: (body: string, headers: IncomingHttpHeaders) => string | null) {
    return (status: number, body: string, _context: unknown, headers?: IncomingHttpHeaders) => {
      this.responses += 1;
      this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
      if (headers?.['x-cache'] === 'hit') this.cacheHits += 1;
      let problem: string | null = null;
      if (status !== this.expected) problem = `status ${status}, expected ${this.expected}: ${body.slice(0, 200)}`;
      else if (check && this.responses % this.sampleEvery === 1) {
        this.bodiesChecked += 1;
        problem = check(body, headers ?? {});
      }
      if (problem !== null) {
        this.wrong += 1;
        if (this.wrongSamples.length < 3) this.wrongSamples.push(problem);
      }
    };
  }

  notes(): string[] {
    const statuses = [...this.statuses.entries()].map(([code, n]) => `${code}x${n}`).join(' ');
    const hitRate = this.responses === 0 ? 0 : this.cacheHits / this.responses;
    return [
      `checked: ${this.responses} responses (${statuses || 'none'}), ${this.bodiesChecked} sampled and checked in full, ` +
        `x-cache: hit on ${this.cacheHits} (${(hitRate * 100).toFixed(1)}%)`,
    ];
  }

  problems(): string[] {
    return this.wrong === 0 ? [] : [`${this.wrong} wrong answers, e.g. ${this.wrongSamples.join(' | ')}`];
  }
}

/** A sample of failing responses, so a run full of 4xx explains itself. */
export function failureSampler(limit = 3) {
  const samples: string[] = [];
  return {
    samples,
    onResponse: (status: number, body: string) => {
      if ((status < 200 || status >= 300) && samples.length < limit) samples.push(`${status} ${body.slice(0, 300)}`);
    },
  };
}

export async function runHttp(baseUrl: string, load: HttpLoad, durationS: number): Promise<Measurement> {
  const started = performance.now();
  const result = await autocannon({
    timeout: 60,
    ...load.options,
    url: baseUrl,
    connections: load.connections,
    // A run of a fixed amount ends at autocannon's next sample tick after its last response: tick every 20 ms.
    ...(load.amount === undefined ? { duration: durationS } : { amount: load.amount, sampleInt: 20 }),
  });
  const stats = (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
  const counts = Object.entries(stats).map(([code, s]) => [Number(code), s.count] as const);
  const answered = counts.reduce((sum, [, n]) => sum + n, 0);
  const ok = load.expect
    ? counts.filter(([code]) => load.expect?.includes(code)).reduce((sum, [, n]) => sum + n, 0)
    : result['2xx'];
  const seconds = load.amount === undefined ? result.duration : (performance.now() - started) / 1_000;
  const codes = counts.map(([code, n]) => `${code}x${n}`).join(' ');
  return {
    unit: load.unit,
    rate: (ok * load.unitsPerRequest) / seconds,
    requestsPerSec: ok / seconds,
    ok,
    failed: answered - ok + result.errors,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    meanMs: result.latency.mean,
    durationS: seconds,
    connections: load.connections,
    notes: [
      `status ${codes || 'none'}${load.amount === undefined ? '' : ` (a fixed ${load.amount} requests in ${seconds.toFixed(1)} s)`}`,
      ...(result.errors > 0 ? [`${result.errors} connection errors (${result.timeouts} timeouts)`] : []),
      ...(load.samples ?? []).map((s) => `failure sample: ${s}`),
      ...(load.tally?.notes() ?? []),
    ],
    problems: load.tally?.problems() ?? [],
  };
}

/**
 * One measurement from several slices of the same load run one after another (alternating with another
 * load): counts and time add up; p50 and the mean are weighted by requests; p99 is the worst slice's, which
 * errs on the strict side. Notes come from the last slice, whose tally has seen every slice (the load object,
 * and so its tally, is shared by the slices).
 */
export function mergeSlices(slices: Measurement[]): Measurement {
  const last = slices.at(-1);
  if (!last) throw new Error('no slices to merge');
  const sum = (pick: (m: Measurement) => number) => slices.reduce((total, m) => total + pick(m), 0);
  const ok = sum((m) => m.ok);
  const seconds = sum((m) => m.durationS);
  const weighted = (pick: (m: Measurement) => number) => (ok === 0 ? 0 : sum((m) => pick(m) * m.ok) / ok);
  const unitsPerRequest = last.ok === 0 ? 1 : last.rate / last.requestsPerSec;
  return {
    ...last,
    rate: (ok * (Number.isFinite(unitsPerRequest) ? unitsPerRequest : 1)) / seconds,
    requestsPerSec: ok / seconds,
    ok,
    failed: sum((m) => m.failed),
    p50Ms: weighted((m) => m.p50Ms),
    p99Ms: Math.max(...slices.map((m) => m.p99Ms)),
    meanMs: weighted((m) => m.meanMs),
    durationS: seconds,
    notes: [
      `measured in ${slices.length} slices of ${(seconds / slices.length).toFixed(1)} s alternating with its baseline; ` +
        `req/s per slice ${slices.map((m) => Math.round(m.requestsPerSec).toLocaleString('en-US')).join(', ')}; p50 is the mean of the slices', p99 the worst`,
      ...last.notes.filter((n) => !n.startsWith('status ')),
    ],
    problems: last.problems,
  };
}

export interface LoopLoad {
  concurrency: number;
  unit: string;
  /** One unit of work on worker `worker`; returns how many units (rows) it did. */
  iteration: (worker: number) => Promise<number>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function runLoop(load: LoopLoad, durationS: number): Promise<Measurement> {
  const latencies: number[] = [];
  let units = 0;
  let failed = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const deadline = started + durationS * 1_000;
  await Promise.all(
    Array.from({ length: load.concurrency }, async (_, worker) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          // Not `units += await ...`: that reads `units` before the await and loses the other workers' counts.
          const done = await load.iteration(worker);
          units += done;
          latencies.push(performance.now() - t0);
        } catch (error) {
          failed += 1;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1_000;
  latencies.sort((a, b) => a - b);
  return {
    unit: load.unit,
    rate: units / seconds,
    requestsPerSec: latencies.length / seconds,
    ok: latencies.length,
    failed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    meanMs: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
    durationS: seconds,
    connections: load.concurrency,
    notes: firstError ? [`first error: ${firstError}`] : [],
    problems: [],
  };
}
