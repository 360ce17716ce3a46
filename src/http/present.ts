// Shape replies from store records: the response schemas in ./schemas are the contract.
import { describeTarget } from '../domain/target.js';
import type { Evaluation as DomainEvaluation } from '../domain/model.js';
import type { ActualRecord } from '../store/actuals.js';
import type { CompanyRow } from '../store/companies.js';
import type { MetricRow } from '../store/metrics.js';
import type { RevisionRow, StatementRecord } from '../store/statements.js';
import { toDomainTarget } from '../service/mapping.js';
import type { Actual } from './schemas/actuals.js';
import type { Company } from './schemas/companies.js';
import type { Metric } from './schemas/metrics.js';
import type { Evaluation, Statement } from './schemas/statements.js';

export function presentCompany(row: CompanyRow): Company {
  return {
    id: row.id,
    name: row.name,
    tickers: row.tickers,
    currency: row.currency,
    fiscalYearEndMonth: row.fiscalYearEndMonth,
    reportingLagDays: row.reportingLagDays,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentMetric(row: MetricRow): Metric {
  return {
    id: row.id,
    companyId: row.companyId,
    key: row.key,
    name: row.name,
    unit: row.unit,
    kind: row.kind,
    goodDirection: row.goodDirection,
    basis: row.basis,
    segment: row.segment,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentRevision(row: RevisionRow) {
  return {
    id: row.id,
    statementId: row.statementId,
    kind: row.kind,
    statedOn: row.statedOn,
    successorId: row.successorId,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentStatement(record: StatementRecord): Statement {
  const row = record.row;
  const atomic = row.kind === 'atomic' && row.targetOp !== null;
  const target = atomic ? toDomainTarget(row) : null;
  return {
    id: row.id,
    kind: row.kind,
    companyId: row.companyId,
    metric: record.metricKey,
    parentId: row.parentId,
    partIds: record.partIds,
    statedOn: row.statedOn,
    source: { kind: row.sourceKind, title: row.sourceTitle, url: row.sourceUrl, speaker: row.speaker },
    quote: row.quote,
    commitment: row.commitment,
    target: target && {
      op: target.op,
      value: row.targetValue,
      low: row.targetLow,
      high: row.targetHigh,
      lowInclusive: row.targetLowInclusive,
      highInclusive: row.targetHighInclusive,
      tolerance: row.targetTolerance,
      wording: row.targetWording,
      description: describeTarget(target, record.metricUnit ?? 'number'),
    },
    window: row.windowStart ? { start: row.windowStart, end: row.windowEnd, label: row.windowLabel } : null,
    mode: row.mode,
    graceDays: row.graceDays,
    revisionKind: record.revisionOf?.kind ?? 'initiated',
    supersedesId: record.revisionOf?.statementId ?? null,
    revisedBy: record.revisedBy && presentRevision(record.revisedBy),
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentEvaluation(e: DomainEvaluation): Evaluation {
  return { ...e, asOf: new Date(e.asOf).toISOString() };
}

export function presentActual(record: ActualRecord): Actual {
  const row = record.row;
  return {
    id: row.id,
    companyId: row.companyId,
    metric: record.metricKey,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    periodLabel: row.periodLabel,
    value: row.value,
    unit: row.unit,
    publishedAt: row.publishedAt.toISOString(),
    recordedAt: row.recordedAt.toISOString(),
    source: { document: row.sourceDocument, url: row.sourceUrl, page: row.sourcePage },
    note: row.note,
    retraction: record.retraction && {
      actualId: record.retraction.actualId,
      reason: record.retraction.reason,
      retractedAt: record.retraction.retractedAt.toISOString(),
    },
  };
}
