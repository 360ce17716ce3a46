// /metrics: Prometheus text for an admin (or anyone with METRICS_PUBLIC), with requests by route template and
// status, latency, response-cache hits and misses, change-feed lag, pool, batch sizes and rescoring time.
import { describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/service/keys.js';
import { expectProblem, useTestApp } from '../support/app.js';
import { actual, seedAlibaba } from '../support/fixtures.js';

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** The value of one series, e.g. sample(text, 'saydo_http_requests_total', { route: '/v1/companies' }). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const lines = text.split('\n').filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `));
  const found = lines.find((line) => Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)));
  return found === undefined ? 0 : Number(found.slice(found.lastIndexOf(' ') + 1));
}

describe('GET /metrics, closed by default', () => {
  const ctx = useTestApp({ rateLimitPerMinute: 1_000_000 });

  it('refuses a caller without a key (401) and a read key (403)', async () => {
    expectProblem(await ctx.anonymous.inject({ url: '/metrics' }), 401);
    const { key } = await createApiKey(ctx.db.db, 'dashboard', 'read');
    expectProblem(await ctx.anonymous.inject({ url: '/metrics', headers: bearer(key) }), 403);
    const { key: writer } = await createApiKey(ctx.db.db, 'pipeline', 'write');
    expectProblem(await ctx.anonymous.inject({ url: '/metrics', headers: bearer(writer) }), 403);
  });

  it('serves an admin every series, requests counted by route template and status, never by raw URL', async () => {
    await seedAlibaba(ctx.app);
    const statement = await ctx.app.inject({ url: '/v1/statements/00000000-0000-4000-8000-000000000000' });
    expect(statement.statusCode).toBe(404);
    await ctx.app.inject({
      method: 'POST',
      url: '/v1/actuals/batch',
      payload: { items: [actual({ period: 'FY2026Q3', publishedAt: '2026-02-20' })] },
    });
    // The same GET until the cache answers it (it caches once it knows when the next scheduled change is).
    const deadline = Date.now() + 3_000;
    while ((await ctx.app.inject({ url: '/v1/companies?limit=3' })).headers['x-cache'] !== 'hit') {
      if (Date.now() > deadline) throw new Error('the response cache never answered');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    const response = await ctx.app.inject({ url: '/metrics' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = response.body;
    for (const series of [
      'saydo_http_requests_total',
      'saydo_http_request_duration_seconds_bucket',
      'saydo_response_cache_lookups_total',
      'saydo_change_feed_lag_seconds',
      'saydo_db_pool_connections',
      'saydo_actuals_batch_size_bucket',
      'saydo_rescoring_duration_seconds_bucket',
      'saydo_process_cpu_user_seconds_total',
    ])
      expect(text, series).toContain(`${series}`);
    expect(sample(text, 'saydo_http_requests_total', { route: '/v1/statements/:statementId', status: '404' })).toBe(1);
    expect(text).not.toContain('00000000-0000-4000-8000-000000000000');
    expect(sample(text, 'saydo_actuals_batch_size_count')).toBe(1);
    expect(sample(text, 'saydo_actuals_batch_size_sum')).toBe(1);
    expect(sample(text, 'saydo_rescoring_duration_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'saydo_response_cache_lookups_total', { outcome: 'hit' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'saydo_response_cache_lookups_total', { outcome: 'miss' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'saydo_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    // Not asserted to be 0: xids are cluster-wide, so any long transaction on the server (another database's
    // too) holds the feed back, and truly so.
    expect(sample(text, 'saydo_change_feed_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('shows the change feed held back by an open transaction as lag', async () => {
    const other = await ctx.db.pool.connect();
    try {
      // An older transaction, still open, holding a snapshot: every change committed after it waits for it.
      await other.query('begin');
      await other.query('select txid_current()');
      await ctx.app.inject({
        method: 'POST',
        url: '/v1/actuals',
        payload: actual({ period: 'FY2026Q4', publishedAt: '2026-05-20', value: '13.1' }),
      });
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const text = (await ctx.app.inject({ url: '/metrics' })).body;
      expect(sample(text, 'saydo_change_feed_lag_seconds')).toBeGreaterThanOrEqual(1);
    } finally {
      await other.query('rollback');
      other.release();
    }
  });
});

describe('GET /metrics with METRICS_PUBLIC', () => {
  const ctx = useTestApp({ metricsPublic: true });

  it('serves a scraper without a key', async () => {
    const response = await ctx.anonymous.inject({ url: '/metrics' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).toContain('saydo_http_requests_total');
  });
});
