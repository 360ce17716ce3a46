// Two ways to load the system, one shape of result: autocannon against the HTTP server, or a custom loop
// (e.g. bare INSERTs through pg) run by N concurrent workers for a fixed time.
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
  durationS: number;
  connections: number;
  /** Anything worth reading next to the numbers: status codes, a sample failure body. */
  notes: string[];
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
  const result = await autocannon({
    timeout: 60,
    ...load.options,
    url: baseUrl,
    connections: load.connections,
    duration: durationS,
  });
  const ok = result['2xx'];
  const seconds = result.duration;
  const codes = Object.entries((result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {})
    .map(([code, s]) => `${code}x${s.count}`)
    .join(' ');
  return {
    unit: load.unit,
    rate: (ok * load.unitsPerRequest) / seconds,
    requestsPerSec: ok / seconds,
    ok,
    failed: result.non2xx + result.errors,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    durationS: seconds,
    connections: load.connections,
    notes: [
      `status ${codes || 'none'}`,
      ...(result.errors > 0 ? [`${result.errors} connection errors (${result.timeouts} timeouts)`] : []),
      ...(load.samples ?? []).map((s) => `failure sample: ${s}`),
    ],
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
    durationS: seconds,
    connections: load.concurrency,
    notes: firstError ? [`first error: ${firstError}`] : [],
  };
}
