// Metrics: what a company reports, with its unit, kind (flow or stock) and good direction.
import { unitProblem } from '../domain/validation.js';
import { type FieldError, InvalidInputError } from '../errors.js';
import type { MetricInput } from '../schemas/metrics.js';
import type { Clock } from '../lib/clock.js';
import type { CompanyStore } from '../store/companies.js';
import type { MetricRow, MetricStore } from '../store/metrics.js';
import type { Page } from '../store/pagination.js';

export type { MetricRow };

export function createMetricService(stores: { metrics: MetricStore; companies: CompanyStore }, clock: Clock) {
  const { metrics, companies } = stores;
  return {
    async create(input: MetricInput): Promise<MetricRow> {
      const errors: FieldError[] = [];
      if (!(await companies.find(input.companyId))) {
        errors.push({ pointer: '/companyId', detail: `company '${input.companyId}' does not exist` });
      }
      const notCurrency = unitProblem(input.unit);
      if (notCurrency) errors.push(notCurrency);
      if (errors.length > 0) throw new InvalidInputError(errors);
      const { basis, segment, description, concept, ...rest } = input;
      return metrics.insert(
        {
          ...rest,
          basis: basis ?? null,
          segment: segment ?? null,
          description: description ?? null,
          concept: concept ?? null,
        },
        clock.now(),
      );
    },

    async get(metricId: string): Promise<MetricRow> {
      return metrics.get(metricId);
    },

    /** Metrics in the order recorded, of one company or all; with asOf (epoch ms), only those recorded by then. */
    async list(
      filter: { companyId?: string; concept?: string; asOf: number | null },
      page: { limit: number; cursor?: string },
    ): Promise<Page<MetricRow>> {
      const { companyId, concept, asOf } = filter;
      return metrics.list({ companyId, concept, ...(asOf === null ? {} : { asOf: new Date(asOf) }) }, page);
    },

    /**
     * A read-compare-write update: the metric is locked, `precondition` sees it as it stands (an If-Match
     * check), then the patch is applied. An empty patch changes nothing.
     */
    async update(
      metricId: string,
      patch: Parameters<MetricStore['update']>[1],
      precondition: (current: MetricRow) => void,
    ): Promise<{ row: MetricRow; changed: boolean }> {
      const current = await metrics.getForUpdate(metricId);
      precondition(current);
      return metrics.update(current.id, patch);
    },
  };
}

export type MetricService = ReturnType<typeof createMetricService>;
