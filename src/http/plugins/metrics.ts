// Prometheus metrics (prom-client), one registry per app: requests by route template (never the raw URL, whose
// ids would make a series per resource) and status, their latency, response-cache hits and misses, the change
// feed's lag, the pool, batch sizes, rescoring time and webhook deliveries. Served at /metrics, closed by default (admin scope);
// METRICS_PUBLIC=true opens it for a scraper inside a private network.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type pg from 'pg';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { WorkObserver } from '../../service/observer.js';
import type { Services } from '../../service/index.js';
import { problemResponses } from '../../schemas/responses.js';
import { z } from 'zod';

export interface AppMetrics extends WorkObserver {
  readonly registry: Registry;
  cacheLookup(outcome: 'hit' | 'miss'): void;
  webhookAttempted(outcome: 'succeeded' | 'failed' | 'refused'): void;
}

export function createAppMetrics(): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'saydo_' });
  const cache = new Counter({
    name: 'saydo_response_cache_lookups_total',
    help: 'Cacheable GETs by whether the in-process response cache answered them.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const rescoring = new Histogram({
    name: 'saydo_rescoring_duration_seconds',
    help: 'Time a write spent rescoring the statements it touched.',
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const batches = new Histogram({
    name: 'saydo_actuals_batch_size',
    help: 'Items in each recorded batch of actuals.',
    buckets: [1, 10, 100, 500, 1_000, 2_500, 5_000, 10_000],
    registers: [registry],
  });
  const webhooks = new Counter({
    name: 'saydo_webhook_deliveries_total',
    help: "Webhook delivery attempts by outcome (refused: the endpoint's URL is no longer allowed).",
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  return {
    registry,
    cacheLookup: (outcome) => cache.inc({ outcome }),
    webhookAttempted: (outcome) => webhooks.inc({ outcome }),
    rescored: (seconds) => rescoring.observe(seconds),
    batchRecorded: (items) => batches.observe(items),
  };
}

export interface MetricsOptions {
  metrics: AppMetrics;
  pool: pg.Pool;
  services: Services;
  /** Serve /metrics without a key. */
  public: boolean;
}

async function metricsPlugin(app: FastifyInstance, options: MetricsOptions): Promise<void> {
  const { registry } = options.metrics;
  const requests = new Counter({
    name: 'saydo_http_requests_total',
    help: 'HTTP requests by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'saydo_http_request_duration_seconds',
    help: 'HTTP request latency by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const { pool, services } = options;
  new Gauge({
    name: 'saydo_db_pool_connections',
    help: 'PostgreSQL pool connections by state: total, idle, and requests waiting for one.',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      this.set({ state: 'total' }, pool.totalCount);
      this.set({ state: 'idle' }, pool.idleCount);
      this.set({ state: 'waiting' }, pool.waitingCount);
    },
  });
  new Gauge({
    name: 'saydo_change_feed_lag_seconds',
    help: 'How long committed changes have been held back from the feed by an older transaction still open.',
    registers: [registry],
    async collect() {
      this.set(await services.changes.lagSeconds());
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    // The template ('/v1/statements/:statementId'), so the series stay few; unmatched requests share one.
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: String(reply.statusCode),
    };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
  });

  app.get(
    '/metrics',
    {
      config: { scope: options.public ? 'public' : 'admin', rateLimit: false },
      logLevel: 'warn',
      schema: {
        operationId: 'getMetrics',
        tags: ['health'],
        summary: 'Prometheus metrics',
        description:
          'Requests, latency, response cache, change-feed lag, pool, batches and rescoring, in the Prometheus text ' +
          'format. Admin only, unless the server runs with METRICS_PUBLIC=true.',
        response: {
          200: {
            description: 'The metrics, in the Prometheus text exposition format.',
            content: { 'text/plain': { schema: z.string() } },
          },
          ...problemResponses(401, 403),
        },
      },
    },
    async (_request, reply) => {
      const body = await registry.metrics();
      return reply.type(registry.contentType).send(body);
    },
  );
}

export const metricsEndpoint = fp(metricsPlugin, { name: 'saydo-metrics' });
