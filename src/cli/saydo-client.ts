// The importer's view of saydo's public HTTP API: plain fetch with a bearer key, answers read through the same zod
// schemas the server answers with. Anything but the expected status is an ApiError carrying the problem body.
import { z } from 'zod';
import { ActualBatchResult } from '../schemas/actuals.js';
import { Company } from '../schemas/companies.js';
import { Metric } from '../schemas/metrics.js';

export class ApiError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${method} ${path} answered ${status}`);
  }

  /** The problem's detail and field errors, as lines a person reads. */
  describe(): string {
    try {
      const problem = z
        .object({
          title: z.string().optional(),
          detail: z.string().optional(),
          errors: z
            .array(z.object({ pointer: z.string().optional(), parameter: z.string().optional(), detail: z.string() }))
            .optional(),
        })
        .parse(JSON.parse(this.body));
      const lines = [`${this.message}: ${problem.detail ?? problem.title ?? ''}`];
      for (const e of (problem.errors ?? []).slice(0, 10))
        lines.push(`  ${e.pointer ?? e.parameter ?? ''}: ${e.detail}`);
      if ((problem.errors?.length ?? 0) > 10) lines.push(`  ... and ${(problem.errors?.length ?? 0) - 10} more`);
      return lines.join('\n');
    } catch {
      return `${this.message}: ${this.body.slice(0, 500)}`;
    }
  }
}

const MetricPage = z.object({ items: z.array(Metric), nextCursor: z.string().nullable() });

export interface SaydoClient {
  getCompany(id: string): Promise<{ company: Company; etag: string } | null>;
  createCompany(body: object, idempotencyKey: string): Promise<Company>;
  updateCompany(id: string, body: object, etag: string): Promise<Company>;
  listMetrics(companyId: string): Promise<Metric[]>;
  createMetric(body: object, idempotencyKey: string): Promise<Metric>;
  postActuals(
    body: object,
    idempotencyKey: string,
  ): Promise<{ result: z.infer<typeof ActualBatchResult>; replayed: boolean }>;
}

export function createSaydoClient(baseUrl: string, key: string, fetchImpl: typeof fetch = fetch): SaydoClient {
  const base = baseUrl.replace(/\/+$/, '');

  async function call(
    method: string,
    path: string,
    expected: number[],
    options: { body?: object; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; json: unknown; headers: Headers }> {
    const response = await fetchImpl(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(options.body ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      ...(options.body ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await response.text();
    if (!expected.includes(response.status)) throw new ApiError(method, path, response.status, text);
    return { status: response.status, json: text === '' ? null : JSON.parse(text), headers: response.headers };
  }

  return {
    async getCompany(id) {
      const path = `/v1/companies/${encodeURIComponent(id)}`;
      const answer = await call('GET', path, [200, 404]);
      if (answer.status === 404) return null;
      return { company: Company.parse(answer.json), etag: answer.headers.get('etag') ?? '' };
    },
    async createCompany(body, idempotencyKey) {
      const answer = await call('POST', '/v1/companies', [201], {
        body,
        headers: { 'idempotency-key': idempotencyKey },
      });
      return Company.parse(answer.json);
    },
    async updateCompany(id, body, etag) {
      const answer = await call('PATCH', `/v1/companies/${encodeURIComponent(id)}`, [200], {
        body,
        headers: { 'if-match': etag },
      });
      return Company.parse(answer.json);
    },
    async listMetrics(companyId) {
      const metrics: Metric[] = [];
      let cursor: string | null = null;
      do {
        const query = new URLSearchParams({ companyId, limit: '500', ...(cursor ? { cursor } : {}) });
        const page = MetricPage.parse((await call('GET', `/v1/metrics?${query}`, [200])).json);
        metrics.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor !== null);
      return metrics;
    },
    async createMetric(body, idempotencyKey) {
      const answer = await call('POST', '/v1/metrics', [201], { body, headers: { 'idempotency-key': idempotencyKey } });
      return Metric.parse(answer.json);
    },
    async postActuals(body, idempotencyKey) {
      const answer = await call('POST', '/v1/actuals/batch', [200, 201], {
        body,
        headers: { 'idempotency-key': idempotencyKey },
      });
      return {
        result: ActualBatchResult.parse(answer.json),
        replayed: answer.headers.get('idempotent-replayed') === 'true',
      };
    },
  };
}
