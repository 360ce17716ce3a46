// Scoring as of a knowledge time: load the facts, let the pure core judge them, and keep the history of
// what saydo said and when.
import type { Executor } from '../db/client.js';
import { dateToMs } from '../domain/dates.js';
import { evaluateStatement } from '../domain/evaluate.js';
import type { Actual, Evaluation } from '../domain/model.js';
import { buildScorecard, type Scorecard } from '../domain/scorecard.js';
import { createActualStore } from '../store/actuals.js';
import { createCompanyStore, type CompanyRow } from '../store/companies.js';
import type { FiscalCalendar } from '../domain/fiscal.js';
import { createEvaluationStore, type EvaluationRow, type NewEvaluation } from '../store/evaluations.js';
import { createMetricStore, type MetricRow } from '../store/metrics.js';
import { createStatementStore, type StatementRecord } from '../store/statements.js';
import { toDomainActual, toDomainRevision, toDomainStatement } from './mapping.js';

export function evaluateRecord(
  record: StatementRecord,
  metric: MetricRow,
  calendar: FiscalCalendar,
  actuals: Actual[],
  asOf: number,
): Evaluation {
  return evaluateStatement(toDomainStatement(record, metric, calendar), actuals, asOf, toDomainRevision(record));
}

const calendarOf = (company: CompanyRow): FiscalCalendar => ({ fiscalYearEndMonth: company.fiscalYearEndMonth });

function sameOutcome(previous: EvaluationRow | undefined, next: Evaluation): boolean {
  return (
    previous !== undefined &&
    previous.status === next.status &&
    previous.early === next.early &&
    previous.decidingActualId === next.decidingActualId &&
    previous.position === next.position &&
    previous.surprise === next.surprise &&
    previous.error === next.error
  );
}

export function createScoring(db: Executor) {
  const statements = createStatementStore(db);
  const actuals = createActualStore(db);
  const metrics = createMetricStore(db);
  const evaluations = createEvaluationStore(db);
  const companies = createCompanyStore(db);

  return {
    async evaluate(statementId: string, asOf: number): Promise<Evaluation | null> {
      const record = await statements.get(statementId);
      if (record.row.kind === 'compound' || record.row.metricId === null) return null;
      // Sequential on purpose: inside a transaction every query shares one connection.
      const metric = await metrics.get(record.row.metricId);
      const history = await actuals.forMetric(record.row.metricId);
      const company = await companies.get(record.row.companyId);
      return evaluateRecord(record, metric, calendarOf(company), history.map(toDomainActual), asOf);
    },

    async scorecard(companyId: string, asOf: number): Promise<Scorecard> {
      const company = await companies.get(companyId);
      const records = await statements.atomicForCompany(companyId);
      const companyActuals = await actuals.forCompany(companyId);
      const companyMetrics = await metrics.list({ companyId }, { limit: 10_000 });
      const metricById = new Map(companyMetrics.items.map((m) => [m.id, m]));
      const actualsByMetric = new Map<string, Actual[]>();
      for (const a of companyActuals) {
        const list = actualsByMetric.get(a.row.metricId) ?? [];
        list.push(toDomainActual(a));
        actualsByMetric.set(a.row.metricId, list);
      }
      const items = records.flatMap((record) => {
        const metric = record.row.metricId ? metricById.get(record.row.metricId) : undefined;
        // A statement not yet made at the knowledge time is not on that day's scorecard.
        if (!metric || !record.row.commitment || dateToMs(record.row.statedOn) > asOf) return [];
        return [
          {
            evaluation: evaluateRecord(record, metric, calendarOf(company), actualsByMetric.get(metric.id) ?? [], asOf),
            metricKey: metric.key,
            commitment: record.row.commitment,
            statedOn: record.row.statedOn,
            windowEnd: record.row.windowEnd,
          },
        ];
      });
      return buildScorecard(items);
    },

    /**
     * Re-evaluate every statement on these metrics as of `now`, and append those whose outcome changed to the
     * history. Runs inside the writer's transaction, after its write, so the history commits with the fact.
     * Set-based: a handful of queries however many metrics and statements a batch touches.
     *
     * Concurrency: it first locks the metrics' rows until the transaction ends, so re-evaluations of one metric
     * run one at a time, and each reads (READ COMMITTED) after the previous writer committed. The last writer
     * therefore scores a snapshot holding every actual. Row locks rather than SERIALIZABLE-with-retries: a
     * writer never aborts, and writers on other metrics never wait.
     */
    async reevaluateMetrics(metricIds: string[], now: Date, cause: string): Promise<Evaluation[]> {
      await metrics.lockForScoring(metricIds);
      const records = await statements.atomicForMetrics(metricIds);
      if (records.length === 0) return [];
      const touched = [...new Set(records.map((r) => r.row.metricId).filter((id): id is string => id !== null))];
      const metricRows = await metrics.byIds(touched);
      const companyRows = await companies.byIds([...new Set(records.map((r) => r.row.companyId))]);
      const history = await actuals.inStatementWindows(touched);
      const latest = await evaluations.latest(records.map((r) => r.row.id));
      const metricById = new Map(metricRows.map((m) => [m.id, m]));
      const calendarById = new Map(companyRows.map((c) => [c.id, calendarOf(c)]));
      const actualsByMetric = new Map<string, Actual[]>();
      for (const a of history) {
        const list = actualsByMetric.get(a.row.metricId) ?? [];
        list.push(toDomainActual(a));
        actualsByMetric.set(a.row.metricId, list);
      }
      const results = records.flatMap((r) => {
        const metric = r.row.metricId ? metricById.get(r.row.metricId) : undefined;
        const calendar = calendarById.get(r.row.companyId);
        if (!metric || !calendar) return [];
        return [evaluateRecord(r, metric, calendar, actualsByMetric.get(metric.id) ?? [], now.getTime())];
      });
      const changed: NewEvaluation[] = results
        .filter((e) => !sameOutcome(latest.get(e.statementId), e))
        .map((e) => ({
          statementId: e.statementId,
          evaluatedAt: now,
          status: e.status,
          early: e.early,
          decidingActualId: e.decidingActualId,
          position: e.position,
          surprise: e.surprise,
          error: e.error,
          explanation: e.explanation,
          cause,
        }));
      await evaluations.append(changed);
      return results;
    },
  };
}

export type Scoring = ReturnType<typeof createScoring>;
