// Taking actuals: append-only. A restatement is another actual for the same period with a later public date;
// a wrong entry is retracted with a reason. Every write re-scores the statements on its metric, in its transaction.
import { randomUUID } from 'node:crypto';
import { publicationTime } from '../domain/knowledge-time.js';
import { Dec } from '../domain/decimal.js';
import { actualPeriod, publicationProblem } from '../domain/validation.js';
import { ConflictError, type FieldError, InvalidInputError, NotFoundError } from '../errors.js';
import type { ActualInput } from '../schemas/actuals.js';
import type { Clock } from '../lib/clock.js';
import type { ActualFilter, ActualRecord, NewActual } from '../store/actuals.js';
import type { CompanyRow } from '../store/companies.js';
import type { Stores } from '../store/index.js';
import type { MetricRow } from '../store/metrics.js';
import type { Page } from '../store/pagination.js';
import type { ScoringService } from './scoring.js';
import { companyCalendar } from './mapping.js';

export type { ActualRecord };

/**
 * Check one actual against its company and metric (already looked up; null when missing). Pure: a batch looks
 * everything up in two queries and checks its items here. Problems go into `errors`, prefixed by `at`. `now`
 * (epoch ms, the server's clock) bounds the publication time.
 */
export function actualValues(
  input: ActualInput,
  company: CompanyRow | null,
  metric: MetricRow | null,
  at: string,
  errors: FieldError[],
  now: number,
): NewActual | null {
  const local: FieldError[] = [];
  if (!company) local.push({ pointer: '/companyId', detail: `company '${input.companyId}' does not exist` });
  else if (!metric)
    local.push({ pointer: '/metric', detail: `company '${company.id}' has no metric '${input.metric}'` });
  let values: NewActual | null = null;
  if (company && metric) {
    if (input.unit !== metric.unit) {
      local.push({ pointer: '/unit', detail: `'${metric.key}' is measured in ${metric.unit}, not ${input.unit}` });
    }
    const period = actualPeriod(input, metric, companyCalendar(company));
    if (!period.ok) local.push(period.problem);
    const publishedAt = publicationTime(input.publishedAt);
    if (period.ok) {
      const periodField = input.date !== undefined ? '/date' : input.period !== undefined ? '/period' : '/periodEnd';
      const implausible = publicationProblem(period.value, metric.kind, publishedAt.getTime(), now, periodField);
      if (implausible) local.push(implausible);
    }
    if (period.ok && local.length === 0) {
      values = {
        companyId: company.id,
        metricId: metric.id,
        ...period.value,
        value: input.value,
        unit: input.unit,
        publishedAt,
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

/** At most this many field errors are reported for a batch; the count says how many items were bad. */
const MAX_REPORTED_ERRORS = 1000;

export interface BatchItemResult {
  index: number;
  id: string;
  metric: string;
  periodEnd: string;
  periodLabel: string | null;
  /** false: the same figure was already on record (or earlier in the batch); `id` is that actual's. */
  created: boolean;
}

/** Where one period's figure at one instant is kept: a batch must not give two values for it. */
const periodInstant = (r: NewActual) =>
  `${r.metricId}\u0000${r.periodStart ?? ''}\u0000${r.periodEnd}\u0000${r.publishedAt.getTime()}`;

function conflictDetail(what: string, r: NewActual, existing: string | null): string {
  return (
    `${what} gives ${r.value} for the period ending ${r.periodEnd}, published at ${r.publishedAt.toISOString()}, ` +
    `where ${existing ?? 'another value'} was published at the same instant; a restatement is published later`
  );
}

/** Writes run inside a unit of work (see ./unit-of-work.ts): the stores and scoring share its transaction. */
export function createActualService(stores: Stores, clock: Clock, scoring: ScoringService) {
  const { actuals: store, changes: feed, companies, metrics } = stores;
  return {
    async get(actualId: string): Promise<ActualRecord> {
      return store.get(actualId);
    },

    /** Actuals in the order recorded; a metric is named by its key, within its company. */
    async list(
      filter: Omit<ActualFilter, 'metricId'> & { metric?: string },
      page: { limit: number; cursor?: string },
    ): Promise<Page<ActualRecord>> {
      const { metric, ...rest } = filter;
      let metricId: string | undefined;
      if (metric !== undefined) {
        if (rest.companyId === undefined) {
          throw new InvalidInputError([{ parameter: 'metric', detail: 'needs companyId' }]);
        }
        const found = await metrics.findByKey(rest.companyId, metric);
        if (!found) return { items: [], nextCursor: null };
        metricId = found.id;
      }
      return store.list({ ...rest, metricId }, page);
    },

    /**
     * Record an actual, unless its value is the latest known for its period (a later filing repeating a
     * figure, or the same import run twice): then that actual is answered and nothing is written
     * (`created: false`). A different value for the period published at the same instant conflicts.
     */
    async record(input: ActualInput): Promise<{ record: ActualRecord; created: boolean }> {
      const errors: FieldError[] = [];
      const company = await companies.find(input.companyId);
      const metric = company ? await metrics.findByKey(company.id, input.metric) : null;
      const now = clock.now();
      const values = actualValues(input, company, metric, '', errors, now.getTime());
      if (errors.length > 0 || !values) throw new InvalidInputError(errors);
      // The metric's lock (the one scoring takes) serializes writers: two identical requests cannot both insert.
      await metrics.lockForScoring([values.metricId]);
      const [match] = await store.matchExisting([values]);
      if (match?.conflictId) throw new ConflictError(conflictDetail('this actual', values, match.conflictValue));
      if (match?.sameId) return { record: await store.get(match.sameId), created: false };
      const id = randomUUID();
      await store.insertMany([{ ...values, id, metricKey: input.metric }], now);
      await scoring.rescore(
        { touches: [{ metricId: values.metricId, periodEnd: values.periodEnd, from: values.publishedAt.getTime() }] },
        now,
        `actual:${id}`,
      );
      return { record: await store.get(id), created: true };
    },

    /**
     * All or nothing: every item is checked before any is written; then one INSERT for all of them, and one
     * re-scoring of every statement they touch, in the caller's transaction. An item given twice is stored
     * once, an item already on record (see `record`) not again; two values for one period at one instant
     * conflict, and nothing is written.
     */
    async recordBatch(items: ActualInput[]): Promise<BatchItemResult[]> {
      const companyRows = await companies.byIds([...new Set(items.map((i) => i.companyId))]);
      const metricRows = await metrics.byCompanyKeys(uniquePairs(items));
      const companyById = new Map(companyRows.map((c) => [c.id, c]));
      const metricByKey = new Map(metricRows.map((m) => [`${m.companyId}\u0000${m.key}`, m]));
      const errors: FieldError[] = [];
      const nowMs = clock.now().getTime();
      let invalidItems = 0;
      const rows: (NewActual & { id: string; metricKey: string })[] = [];
      items.forEach((item, index) => {
        const before = errors.length;
        const company = companyById.get(item.companyId) ?? null;
        const metric = metricByKey.get(`${item.companyId}\u0000${item.metric}`) ?? null;
        const values = actualValues(item, company, metric, `/items/${index}`, errors, nowMs);
        if (errors.length > before || !values) invalidItems += 1;
        else rows.push({ ...values, id: randomUUID(), metricKey: item.metric });
      });
      if (invalidItems > 0) {
        throw new InvalidInputError(
          errors.slice(0, MAX_REPORTED_ERRORS),
          `${invalidItems} of ${items.length} items are invalid; nothing was written.`,
        );
      }
      // The same item twice is one item; two values for one period at one instant are a conflict.
      const firstAt = new Map<string, { index: number; row: (typeof rows)[number] }>();
      const resultIds: string[] = [];
      const unique: typeof rows = [];
      rows.forEach((row, index) => {
        const seen = firstAt.get(periodInstant(row));
        if (seen === undefined) {
          firstAt.set(periodInstant(row), { index, row });
          unique.push(row);
          resultIds.push(row.id);
        } else if (new Dec(seen.row.value).eq(row.value)) {
          resultIds.push(seen.row.id);
        } else {
          throw new ConflictError(conflictDetail(`item ${index}`, row, `${seen.row.value} (item ${seen.index})`));
        }
      });
      await metrics.lockForScoring(unique.map((r) => r.metricId));
      const matches = await store.matchExisting(unique);
      const existing = new Map<string, string>();
      const fresh: typeof rows = [];
      unique.forEach((row, i) => {
        const match = matches[i];
        if (match?.conflictId) {
          throw new ConflictError(conflictDetail(`item ${rows.indexOf(row)}`, row, match.conflictValue));
        }
        if (match?.sameId) existing.set(row.id, match.sameId);
        else fresh.push(row);
      });
      const now = clock.now();
      await store.insertMany(fresh, now);
      const freshIds = new Set(fresh.map((r) => r.id));
      if (fresh.length > 0) {
        await scoring.rescore(
          {
            touches: fresh.map((r) => ({
              metricId: r.metricId,
              periodEnd: r.periodEnd,
              from: r.publishedAt.getTime(),
            })),
            known: { metrics: metricRows, companies: companyRows },
          },
          now,
          `batch:${fresh[0]?.id ?? ''}+${fresh.length}`,
        );
      }
      return rows.map((r, index) => {
        const first = resultIds[index] ?? r.id;
        return {
          index,
          id: existing.get(first) ?? first,
          metric: r.metricKey,
          periodEnd: r.periodEnd,
          periodLabel: r.periodLabel ?? null,
          created: freshIds.has(first) && first === r.id,
        };
      });
    },

    /** `precondition` sees the actual as it stands (an If-Match check) before anything is written. */
    async retract(
      actualId: string,
      reason: string,
      precondition: (current: ActualRecord) => void = () => undefined,
    ): Promise<ActualRecord> {
      const existing = await store.find(actualId);
      if (!existing) throw new NotFoundError('actual', actualId);
      precondition(existing);
      const now = clock.now();
      await store.retract(actualId, reason, now);
      await feed.append([
        {
          at: now,
          kind: 'actual.retracted',
          companyId: existing.row.companyId,
          resourceId: actualId,
          data: { actualId, metric: existing.metricKey, reason },
        },
      ]);
      await scoring.rescore(
        // A wrong figure was never public: the statements it observed are rescored from its publication on.
        {
          touches: [
            {
              metricId: existing.row.metricId,
              periodEnd: existing.row.periodEnd,
              from: existing.row.publishedAt.getTime(),
            },
          ],
        },
        now,
        `retraction:${actualId}`,
      );
      return store.get(actualId);
    },
  };
}

export type ActualService = ReturnType<typeof createActualService>;

function uniquePairs(items: ActualInput[]): { companyId: string; key: string }[] {
  const seen = new Map<string, { companyId: string; key: string }>();
  for (const i of items) seen.set(`${i.companyId}\u0000${i.metric}`, { companyId: i.companyId, key: i.metric });
  return [...seen.values()];
}
