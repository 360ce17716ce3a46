// Scoring as of a knowledge time: load the facts, let the pure core judge them, and keep the history of
// what saydo said and when.
import type { Executor } from '../db/client.js';
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
      const [metric, history, company] = await Promise.all([
        metrics.get(record.row.metricId),
        actuals.forMetric(record.row.metricId),
        companies.get(record.row.companyId),
      ]);
      return evaluateRecord(record, metric, calendarOf(company), history.map(toDomainActual), asOf);
    },

    async scorecard(companyId: string, asOf: number): Promise<Scorecard> {
      const company = await companies.get(companyId);
      const [records, companyActuals, companyMetrics] = await Promise.all([
        statements.atomicForCompany(companyId),
        actuals.forCompany(companyId),
        metrics.list({ companyId }, { limit: 10_000 }),
      ]);
      const metricById = new Map(companyMetrics.items.map((m) => [m.id, m]));
      const actualsByMetric = new Map<string, Actual[]>();
      for (const a of companyActuals) {
        const list = actualsByMetric.get(a.row.metricId) ?? [];
        list.push(toDomainActual(a));
        actualsByMetric.set(a.row.metricId, list);
      }
      const items = records.flatMap((record) => {
        const metric = record.row.metricId ? metricById.get(record.row.metricId) : undefined;
        if (!metric || !record.row.commitment) return [];
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
     * Re-evaluate every statement on a metric as of `now` and append those whose outcome changed to the
     * history. Runs inside the writer's transaction, after its write, so the history commits with the fact.
     */
    async reevaluateMetric(metricId: string, now: Date, cause: string): Promise<Evaluation[]> {
      const [metric, records, history] = await Promise.all([
        metrics.get(metricId),
        statements.atomicForMetric(metricId),
        actuals.forMetric(metricId),
      ]);
      const calendar = calendarOf(await companies.get(metric.companyId));
      const known = history.map(toDomainActual);
      const results = records.map((r) => evaluateRecord(r, metric, calendar, known, now.getTime()));
      const latest = await evaluations.latest(records.map((r) => r.row.id));
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
