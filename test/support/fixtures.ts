// Domain-shaped fixtures posted through the API, so tests read as the story they check.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { z } from 'zod';
import type { ActualInput } from '../../src/http/schemas/actuals.js';
import type { MetricInput } from '../../src/http/schemas/metrics.js';
import type { Evaluation, StatementInput } from '../../src/http/schemas/statements.js';

export const ALIBABA = {
  id: 'alibaba',
  name: 'Alibaba Group',
  tickers: ['BABA', '9988.HK'],
  currency: 'CNY',
  fiscalYearEndMonth: 3,
  reportingLagDays: 60,
};

export const CLOUD_MARGIN: z.input<typeof MetricInput> = {
  companyId: 'alibaba',
  key: 'cloud.ebita_margin',
  name: 'Cloud Intelligence Group adjusted EBITA margin',
  unit: 'percent',
  kind: 'flow',
  goodDirection: 'higher',
  basis: 'adjusted',
  segment: 'Cloud Intelligence Group',
};

export const MAAS_ARR: z.input<typeof MetricInput> = {
  companyId: 'alibaba',
  key: 'bailian.maas_arr',
  name: 'Bailian MaaS ARR',
  unit: 'CNY',
  kind: 'stock',
  goodDirection: 'higher',
};

export const CAPEX: z.input<typeof MetricInput> = {
  companyId: 'alibaba',
  key: 'capex',
  name: 'Capital expenditure',
  unit: 'CNY',
  kind: 'flow',
  goodDirection: 'neutral',
};

export const TEENS_STATEMENT: z.input<typeof StatementInput> = {
  companyId: 'alibaba',
  metric: 'cloud.ebita_margin',
  statedOn: '2026-05-15',
  source: { kind: 'call', title: 'FY2026 Q4 earnings call' },
  quote: 'the cloud business EBITA margin is expected to rise to the teens over the next two quarters',
  commitment: 'expect',
  target: { op: 'range', low: '13', high: '20', highInclusive: false, wording: 'the teens' },
  window: { period: 'FY2027Q1..FY2027Q2' },
  mode: 'all',
};

export async function post<T = Record<string, unknown>>(app: FastifyInstance, url: string, payload: unknown, expected = 201): Promise<T> {
  const response = await app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
  expect(response.statusCode, response.body).toBe(expected);
  return response.json<T>();
}

export async function get<T = Record<string, unknown>>(app: FastifyInstance, url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

export async function seedAlibaba(app: FastifyInstance, metrics = [CLOUD_MARGIN, MAAS_ARR, CAPEX]): Promise<void> {
  await post(app, '/v1/companies', ALIBABA);
  for (const m of metrics) await post(app, '/v1/metrics', m);
}

export function actual(overrides: Partial<z.input<typeof ActualInput>> = {}): z.input<typeof ActualInput> {
  return {
    companyId: 'alibaba',
    metric: 'cloud.ebita_margin',
    period: 'FY2027Q1',
    value: '13.5',
    unit: 'percent',
    publishedAt: '2026-08-20',
    ...overrides,
  };
}

// --- Companies of a test's own, and the reads the HTTP specifications share ------------------------------------

/** Instant-retail operating loss: lower is better, so a bigger loss is never a beat. */
export const RETAIL_LOSS: z.input<typeof MetricInput> = {
  companyId: 'alibaba',
  key: 'retail.operating_loss',
  name: 'Instant retail operating loss',
  unit: 'CNY',
  kind: 'flow',
  goodDirection: 'lower',
  basis: 'adjusted',
};

/** A company with Alibaba's March year-end under an id of its own, with the given metrics re-pointed at it. */
export async function seedCompanyLike(
  app: FastifyInstance,
  id: string,
  metrics: z.input<typeof MetricInput>[] = [CLOUD_MARGIN, MAAS_ARR, CAPEX],
): Promise<void> {
  await post(app, '/v1/companies', { ...ALIBABA, id, name: `${ALIBABA.name} (${id})` });
  for (const m of metrics) await post(app, '/v1/metrics', { ...m, companyId: id });
}

/** GET a statement's evaluation, as of a knowledge time when one is given. */
export async function evaluationAsOf(app: FastifyInstance, statementId: string, asOf?: string): Promise<Evaluation> {
  const query = asOf === undefined ? '' : `?asOf=${encodeURIComponent(asOf)}`;
  return get<Evaluation>(app, `/v1/statements/${statementId}/evaluation${query}`);
}

export interface FeedChange {
  cursor: string;
  kind: string;
  at: string;
  companyId: string;
  resourceId: string;
  data: Record<string, unknown>;
}

/**
 * Read the change feed from the start until `done` holds for what came. The feed shows a transaction only once
 * every older one has finished, and other test files run transactions at the same time, so a change committed
 * a moment ago may take a moment to show.
 */
export async function readFeedUntil(
  app: FastifyInstance,
  query: string,
  done: (changes: FeedChange[]) => boolean,
  timeoutMs = 10_000,
): Promise<FeedChange[]> {
  const changes: FeedChange[] = [];
  let after = '0';
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const page = await get<{ items: FeedChange[]; nextCursor: string }>(app, `/v1/changes?${query}&after=${after}&wait=1`);
    changes.push(...page.items);
    after = page.nextCursor;
    if (done(changes)) return changes;
  }
  return changes;
}
