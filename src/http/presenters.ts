// Shape replies from what the services return: the response schemas in ./schemas are the contract.
import { describeTarget } from '../domain/target.js';
import type { ActualRecord } from '../service/actuals.js';
import type { CompanyRow } from '../service/companies.js';
import type { MetricRow } from '../service/metrics.js';
import type { RevisionRow, StatementRecord } from '../service/statements.js';
import { companyCalendar, toDomainTarget } from '../service/mapping.js';
import { specOfCalendar } from '../domain/fiscal.js';
import type { KnownEvaluation } from '../service/scoring.js';
import type { Actual } from '../schemas/actuals.js';
import type { Company } from '../schemas/companies.js';
import type { Metric } from '../schemas/metrics.js';
import type { Evaluation, Statement } from '../schemas/statements.js';
import type { z } from 'zod';
import type { ParseResult as ParseResultSchema } from '../schemas/parse.js';
import type { ParseResult as DomainParseResult } from '../parser/types.js';
import type { ReadyDraft } from '../service/draft-statements.js';

export function presentCompany(row: CompanyRow): Company {
  return {
    id: row.id,
    name: row.name,
    tickers: row.tickers,
    currency: row.currency,
    fiscalYearEndMonth: row.fiscalYearEndMonth,
    fiscalCalendar: specOfCalendar(companyCalendar(row)),
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
    concept: row.concept,
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
      tolerancePercent: row.targetTolerancePercent,
      wording: row.targetWording,
      change: target.change ?? null,
      description: describeTarget(target, record.metricUnit ?? 'number'),
    },
    window: row.windowStart ? { start: row.windowStart, end: row.windowEnd, label: row.windowLabel } : null,
    mode: row.mode,
    graceDays: row.graceDays,
    periodicity: row.periodicity,
    revisionKind: record.revisionOf?.kind ?? 'initiated',
    supersedesId: record.revisionOf?.statementId ?? null,
    revisedBy: record.revisedBy && presentRevision(record.revisedBy),
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentEvaluation(known: KnownEvaluation): Evaluation {
  const e = known.evaluation;
  return {
    statementId: e.statementId,
    asOf: new Date(e.asOf).toISOString(),
    recordedAsOf: new Date(known.recordedAsOf).toISOString(),
    validUntil: known.validUntil === null ? null : new Date(known.validUntil).toISOString(),
    status: e.status,
    early: e.early,
    decidingActualId: e.decidingActualId,
    position: e.position,
    surprise: e.surprise,
    error: e.error,
    margin: e.margin,
    observations: e.observations,
    trajectory: e.trajectory,
    explanation: e.explanation,
  };
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

/** The parser's drafts as the API shows them: each bound to a metric, with the statement it posts as. */
export function presentParse(
  result: Omit<DomainParseResult, 'drafts'> & { drafts: ReadyDraft[] },
): z.output<typeof ParseResultSchema> {
  return {
    drafts: result.drafts.map(({ binding, ...d }) => {
      const t = d.target;
      return {
        ...d,
        metric: {
          ...d.metric,
          key: binding.match?.key ?? null,
          match: binding.match
            ? { score: binding.match.score, words: binding.match.words, how: binding.match.how }
            : null,
          create: binding.create,
        },
        target: {
          op: t.op,
          value: 'value' in t ? t.value : null,
          low: t.op === 'range' ? t.low : null,
          high: t.op === 'range' ? t.high : null,
          lowInclusive: t.op === 'range' ? t.lowInclusive : null,
          highInclusive: t.op === 'range' ? t.highInclusive : null,
          tolerance: t.op === 'about' ? (t.tolerance ?? null) : null,
          tolerancePercent: t.op === 'about' ? (t.tolerancePercent ?? null) : null,
          wording: t.wording ?? null,
          unit: t.unit,
          scale: t.scale,
          currency: t.currency,
          change: t.change ?? null,
        },
        window: { start: d.window.start, end: d.window.end, label: d.window.label ?? null },
      };
    }),
    unreadable: result.unreadable,
    reason: result.reason ?? null,
  };
}
