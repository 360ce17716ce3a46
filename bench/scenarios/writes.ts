// "Writes that can be trusted": single actuals with and without an Idempotency-Key, and batches of 1,000 with
// re-scoring. Every request is a real new write: a new value for a reported quarter with a later publishedAt
// (a restatement), and, when idempotent, a key never used before.
import type autocannon from 'autocannon';
import { BATCH_SIZE, BatchSource, companyGroups } from '../lib/batches.js';
import { itemPrefix, nextRelease, renderItem, valueOf, QUARTERS } from '../lib/dataset.js';
import { failureSampler } from '../lib/measure.js';
import { rowsOf, type BenchContext, type Load, type Scenario, type WriteCheck } from '../lib/scenario.js';
import { CEILING_MULTI_ROW } from './ceilings.js';

export const SINGLE_PLAIN = 'POST /v1/actuals';
export const SINGLE_PLAIN_AGAIN = 'POST /v1/actuals (again)';
export const SINGLE_IDEMPOTENT = 'POST /v1/actuals + Idempotency-Key';
export const BATCH = 'POST /v1/actuals/batch x1000';

/** Seeds values and keys across every load of this process, so no two requests ever carry the same figure or key. */
let sequence = 0;
function take(n: number): number {
  const first = sequence;
  sequence += n;
  return first;
}

function writeHeaders(ctx: BenchContext): Record<string, string> {
  return { authorization: `Bearer ${ctx.apiKey}`, 'content-type': 'application/json' };
}

const ACTUAL_ROWS: Omit<WriteCheck, 'perRequest'> = { label: 'actuals rows', count: rowsOf('actuals') };

function singleActualLoad(ctx: BenchContext, idempotent: boolean): Load {
  const { metrics, quarters } = ctx.dataset;
  const sampler = failureSampler();
  const headers = writeHeaders(ctx);
  const runTag = `${ctx.dataset.prefix}-${take(1)}`;
  const request: autocannon.Request = {
    method: 'POST',
    path: '/v1/actuals',
    headers,
    setupRequest: (req) => {
      const n = take(1);
      // A stride coprime with the metric count spreads consecutive writes over every metric and quarter.
      const metric = metrics[(n * 7_919) % metrics.length];
      const quarter = quarters[(n * 5 + Math.floor(n / metrics.length)) % QUARTERS];
      if (!metric || !quarter) return req;
      const body = renderItem(itemPrefix(metric, quarter), valueOf(metric, n), nextRelease());
      return { ...req, body, headers: idempotent ? { ...headers, 'idempotency-key': `${runTag}-${n}` } : headers };
    },
    onResponse: sampler.onResponse,
  };
  return {
    kind: 'http',
    connections: ctx.settings.httpConnections,
    unit: 'req/s',
    unitsPerRequest: 1,
    samples: sampler.samples,
    options: { method: 'POST', headers, requests: [request] },
  };
}

function batchLoad(ctx: BenchContext): Load {
  const { settings, dataset } = ctx;
  const headers = writeHeaders(ctx);
  const sampler = failureSampler();
  // One company group per connection, like one pipeline per data vendor: writers never contend for a metric.
  const groups = companyGroups(dataset.metricsByCompany, settings.batchConnections);
  let clients = 0;
  return {
    kind: 'http',
    connections: settings.batchConnections,
    unit: 'actuals/s',
    unitsPerRequest: settings.batchSize,
    samples: sampler.samples,
    options: {
      method: 'POST',
      headers,
      setupClient: (client) => {
        const source = new BatchSource(groups[clients++ % groups.length] ?? [], dataset.quarters, settings.batchSize);
        let b = 0;
        client.setRequests([
          {
            method: 'POST',
            path: '/v1/actuals/batch',
            headers,
            setupRequest: (req) => ({ ...req, body: source.body(b++, take(settings.batchSize), nextRelease()) }),
            onResponse: sampler.onResponse,
          },
        ]);
      },
    },
  };
}

/** Unmeasured load right after the server starts, so the first measured run does not pay for JIT and pool warm-up. */
export function serverWarmup(ctx: BenchContext): Load {
  return singleActualLoad(ctx, false);
}

export function writeScenarios(): Scenario[] {
  return [
    {
      name: SINGLE_PLAIN,
      role: 'ceiling',
      description: 'one actual per request, write key, no Idempotency-Key',
      load: (ctx) => singleActualLoad(ctx, false),
      checks: [{ ...ACTUAL_ROWS, perRequest: 1 }],
    },
    {
      name: SINGLE_IDEMPOTENT,
      role: 'target',
      description: 'the same POST, each with a new Idempotency-Key',
      load: (ctx) => singleActualLoad(ctx, true),
      checks: [
        { ...ACTUAL_ROWS, perRequest: 1 },
        { label: 'idempotency records', count: rowsOf('idempotency_keys'), perRequest: 1 },
      ],
      targets: [{ kind: 'ratio', of: [SINGLE_PLAIN, SINGLE_PLAIN_AGAIN], min: 0.8 }],
    },
    {
      name: SINGLE_PLAIN_AGAIN,
      role: 'ceiling',
      description: 'the plain POST once more: the baseline is the mean of the runs before and after the idempotent one',
      load: (ctx) => singleActualLoad(ctx, false),
      checks: [{ ...ACTUAL_ROWS, perRequest: 1 }],
    },
    {
      name: BATCH,
      role: 'target',
      description: 'batches of 1,000 (25 companies x 10 metrics x 4 quarters), re-scored, one writer per company group',
      load: batchLoad,
      checks: [{ ...ACTUAL_ROWS, perRequest: BATCH_SIZE }],
      targets: [
        { kind: 'absolute', min: 50_000 },
        { kind: 'ratio', of: CEILING_MULTI_ROW, min: 0.4 },
      ],
    },
  ];
}
