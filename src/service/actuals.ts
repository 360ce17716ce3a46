// Taking actuals: append-only. A restatement is another actual for the same period with a later public date;
// a wrong entry is retracted with a reason. Every write re-scores the statements on its metric, in its transaction.
import { eq } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.js';
import { metrics } from '../db/schema.js';
import { fiscalLabelOf, resolvePeriod } from '../domain/fiscal.js';
import { type FieldError, InvalidInputError, NotFoundError } from '../errors.js';
import type { ActualInput } from '../http/schemas/actuals.js';
import { createActualStore, type ActualRecord, type NewActual } from '../store/actuals.js';
import { createCompanyStore } from '../store/companies.js';
import { createMetricStore, type MetricRow } from '../store/metrics.js';
import { createScoring } from './scoring.js';
import { publicationTime } from './time.js';

function periodColumns(input: ActualInput, metric: MetricRow, calendar: { fiscalYearEndMonth: number }, errors: FieldError[]) {
  const resolve = (expr: string) => {
    const r = resolvePeriod(expr, calendar);
    if (!r.ok) errors.push({ pointer: '/period', detail: r.error });
    return r.ok ? r.period : null;
  };
  if (metric.kind === 'stock') {
    // A stock is measured at a point in time: a date, or the end of a named period.
    if (input.periodStart !== undefined || input.periodEnd !== undefined) {
      errors.push({ pointer: '/periodStart', detail: `'${metric.key}' is a stock; give date (or period), not periodStart/periodEnd` });
      return null;
    }
    if (input.date !== undefined && input.period !== undefined) {
      errors.push({ pointer: '/date', detail: 'give either date or period, not both' });
      return null;
    }
    if (input.date !== undefined) return { periodStart: null, periodEnd: input.date, periodLabel: null };
    if (input.period !== undefined) {
      const p = resolve(input.period);
      return p ? { periodStart: null, periodEnd: p.end, periodLabel: p.label } : null;
    }
    errors.push({ pointer: '/date', detail: `'${metric.key}' is a stock; give the date it was measured at` });
    return null;
  }
  if (input.date !== undefined) {
    errors.push({ pointer: '/date', detail: `'${metric.key}' is a flow; give period, or periodStart and periodEnd` });
    return null;
  }
  if (input.period !== undefined) {
    if (input.periodStart !== undefined || input.periodEnd !== undefined) {
      errors.push({ pointer: '/period', detail: 'give either period, or periodStart and periodEnd, not both' });
      return null;
    }
    const p = resolve(input.period);
    return p ? { periodStart: p.start, periodEnd: p.end, periodLabel: p.label } : null;
  }
  if (input.periodStart === undefined || input.periodEnd === undefined) {
    errors.push({
      pointer: input.periodStart === undefined ? '/periodStart' : '/periodEnd',
      detail: `'${metric.key}' is a flow; give period, or periodStart and periodEnd`,
    });
    return null;
  }
  if (input.periodEnd < input.periodStart) {
    errors.push({ pointer: '/periodEnd', detail: `is before periodStart ${input.periodStart}` });
    return null;
  }
  return {
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    periodLabel: fiscalLabelOf(calendar, input.periodStart, input.periodEnd),
  };
}

/** Check one actual against its company and metric; every problem goes into `errors`, prefixed by `at`. */
export async function actualColumns(db: Executor, input: ActualInput, at = '', errors: FieldError[] = []) {
  const local: FieldError[] = [];
  const company = await createCompanyStore(db).find(input.companyId);
  if (!company) {
    local.push({ pointer: '/companyId', detail: `company '${input.companyId}' does not exist` });
  }
  const metric = company ? await createMetricStore(db).findByKey(company.id, input.metric) : null;
  if (company && !metric) local.push({ pointer: '/metric', detail: `company '${company.id}' has no metric '${input.metric}'` });
  let values: NewActual | null = null;
  if (company && metric) {
    if (input.unit !== metric.unit) {
      local.push({ pointer: '/unit', detail: `'${metric.key}' is measured in ${metric.unit}, not ${input.unit}` });
    }
    const period = periodColumns(input, metric, { fiscalYearEndMonth: company.fiscalYearEndMonth }, local);
    if (period && local.length === 0) {
      values = {
        companyId: company.id,
        metricId: metric.id,
        ...period,
        value: input.value,
        unit: input.unit,
        publishedAt: publicationTime(input.publishedAt),
        sourceDocument: input.source.document ?? null,
        sourceUrl: input.source.url ?? null,
        sourcePage: input.source.page ?? null,
        note: input.note ?? null,
      };
    }
  }
  errors.push(...local.map((e) => ({ ...e, pointer: `${at}${e.pointer ?? ''}` })));
  return values;
}

/**
 * Serialize writers per metric: re-evaluation reads every actual of the metric, so two concurrent writers
 * must not each score a snapshot that lacks the other's actual. A row lock on the metric (rather than
 * SERIALIZABLE with retries) keeps throughput on different metrics independent and never aborts a writer.
 */
export async function lockMetrics(tx: Executor, metricIds: string[]): Promise<void> {
  // Lock in a fixed order so two batches touching the same metrics cannot deadlock.
  for (const id of [...new Set(metricIds)].sort()) {
    await tx.select({ id: metrics.id }).from(metrics).where(eq(metrics.id, id)).for('update');
  }
}

export function createActualsService(db: Database) {
  return {
    async record(input: ActualInput): Promise<ActualRecord> {
      return db.transaction(async (tx) => {
        const errors: FieldError[] = [];
        const values = await actualColumns(tx, input, '', errors);
        if (errors.length > 0 || !values) throw new InvalidInputError(errors);
        await lockMetrics(tx, [values.metricId]);
        const store = createActualStore(tx);
        const row = await store.insert(values);
        await createScoring(tx).reevaluateMetric(row.metricId, new Date(), `actual:${row.id}`);
        return store.get(row.id);
      });
    },

    async retract(actualId: string, reason: string): Promise<ActualRecord> {
      return db.transaction(async (tx) => {
        const store = createActualStore(tx);
        const existing = await store.find(actualId);
        if (!existing) throw new NotFoundError('actual', actualId);
        await lockMetrics(tx, [existing.row.metricId]);
        await store.retract(actualId, reason, new Date());
        await createScoring(tx).reevaluateMetric(existing.row.metricId, new Date(), `retraction:${actualId}`);
        return store.get(actualId);
      });
    },
  };
}

export type ActualsService = ReturnType<typeof createActualsService>;
