// Earnings-release style batches: each one is every metric of a set of companies over a few consecutive
// quarters, published together. A writer owns a group of companies (a pipeline per data vendor), and its
// batches walk through the group and through the bounded set of quarters, so later batches are restatements.
import { randomUUID } from 'node:crypto';
import { actualRow, itemPrefix, renderItem, valueOf, type BenchMetric, type Quarter } from './dataset.js';
import type { NewActual } from '../../src/store/actuals.js';

/** Actuals per batch request, as in the issue: an earnings release's worth. */
export const BATCH_SIZE = 1_000;
export const QUARTERS_PER_BATCH = 4;

type Pair = readonly [BenchMetric, Quarter];

interface Plan {
  pairs: Pair[];
  prefixes: string[];
  /** Rows of the same shape for the ceilings, on the statement-free company's metrics; ids are added per use. */
  ceilingRows: Omit<NewActual & { id: string }, 'id'>[] | null;
}

/** Split companies into `n` disjoint groups, one per concurrent writer, so writers never contend for a metric. */
export function companyGroups(metricsByCompany: BenchMetric[][], n: number): BenchMetric[][][] {
  const groups: BenchMetric[][][] = Array.from({ length: n }, () => []);
  metricsByCompany.forEach((company, c) => groups[c % n]?.push(company));
  return groups;
}

export class BatchSource {
  private readonly plans = new Map<string, Plan>();
  private readonly companiesPerBatch: number;

  constructor(
    private readonly group: BenchMetric[][],
    private readonly quarters: Quarter[],
    private readonly size: number,
  ) {
    const metricsPerCompany = group[0]?.length ?? 1;
    this.companiesPerBatch = Math.ceil(size / (metricsPerCompany * QUARTERS_PER_BATCH));
    if (group.length < this.companiesPerBatch) {
      throw new Error(
        `a batch of ${size} needs ${this.companiesPerBatch} companies per writer; this group has ${group.length}`,
      );
    }
  }

  /** Batch b of this writer: the next companies of the group, the next quarters of the range. */
  private plan(b: number): Plan {
    const firstCompany = (b * this.companiesPerBatch) % this.group.length;
    const firstQuarter = (b * QUARTERS_PER_BATCH) % this.quarters.length;
    const key = `${firstCompany}:${firstQuarter}`;
    const cached = this.plans.get(key);
    if (cached) return cached;
    const pairs: Pair[] = [];
    for (let i = 0; pairs.length < this.size; i++) {
      const company = this.group[(firstCompany + i) % this.group.length] ?? [];
      for (const metric of company) {
        for (let k = 0; k < QUARTERS_PER_BATCH && pairs.length < this.size; k++) {
          const quarter = this.quarters[(firstQuarter + k) % this.quarters.length];
          if (quarter) pairs.push([metric, quarter]);
        }
      }
    }
    const plan = { pairs, prefixes: pairs.map(([m, q]) => itemPrefix(m, q)), ceilingRows: null };
    this.plans.set(key, plan);
    return plan;
  }

  /** The JSON body of batch b: new values (seeded by n), all published at one release time. */
  body(b: number, n: number, publishedAt: Date): string {
    const plan = this.plan(b);
    const items = plan.pairs.map(([metric], i) =>
      renderItem(plan.prefixes[i] ?? '', valueOf(metric, n + i), publishedAt),
    );
    return `{"items":[${items.join(',')}]}`;
  }

  /** Batch b as table rows on `ceilingMetrics` (same slot, same shape), each call with fresh ids. */
  ceilingRows(b: number, ceilingMetrics: BenchMetric[], publishedAt: Date): (NewActual & { id: string })[] {
    const plan = this.plan(b);
    plan.ceilingRows ??= plan.pairs.map(([metric, quarter], i) => {
      const target = ceilingMetrics[metric.slot] ?? metric;
      const { id: _id, ...row } = actualRow(
        { ...metric, id: target.id, companyId: target.companyId },
        quarter,
        i,
        publishedAt,
      );
      return row;
    });
    return plan.ceilingRows.map((row) => ({ ...row, id: randomUUID() }));
  }
}
