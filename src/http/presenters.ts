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
import type { BoundDraft } from '../parser/metric-binding.js';
import type { Measure, MetricKind, TargetChange } from '../domain/model.js';
import { changeTargetProblem } from '../domain/validation.js';

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

/**
 * The change a growth rate is measured as: "grow 5% year over year" is a relative change against the year
 * earlier. Measures the API cannot hold yet (a CAGR, a total over the window, a change against the last
 * figure reported) have none, and their drafts no statement.
 */
function changeOfMeasure(measure: Measure): { change: TargetChange | undefined } | { missing: string } {
  switch (measure) {
    case 'level':
      return { change: undefined };
    case 'yoy_growth':
      return { change: { kind: 'relative', against: 'year-earlier' } };
    case 'qoq_growth':
      return { change: { kind: 'relative', against: 'prior-period' } };
    case 'cagr':
      return { missing: 'a compound annual growth rate is not representable as a statement yet' };
    case 'cumulative':
      return { missing: 'a total over the window is not representable as a statement yet' };
    case 'change':
      return { missing: 'a change against the last figure reported is not representable as a statement yet' };
  }
}

/** What a change stated with no band ("broadly flat", "remain stable") is taken within: half a point of growth. */
const UNSTATED_CHANGE_TOLERANCE = '0.5';

/**
 * The draft's target as a statement holds it, or why it cannot yet. The change is the one read or the measure's.
 * A statement's "about" needs a tolerance, and "broadly flat" states none: a relative change is taken within half a
 * point either way, the reading of "about N%" (the draft says so among its assumptions), and any other change
 * without a band has no statement until one is given. A change the metric cannot have makes none either: a stock,
 * read at a date, has no prior period ("subscribers slightly lower sequentially"), and POST /v1/statements would
 * refuse it for the same reason.
 */
function readyTarget<T extends object>(
  read: BoundDraft['target'],
  spec: T,
  measured: { change: TargetChange | undefined } | { missing: string },
  kind: MetricKind | undefined,
): { target: T; assumption?: string } | { missing: string } {
  if ('missing' in measured) return measured;
  const { change } = measured;
  const target = change ? { ...spec, change } : spec;
  let ready: { target: T; assumption?: string } = { target };
  if (read.op === 'about' && read.tolerance === undefined && read.tolerancePercent === undefined) {
    const said = read.wording ? `'${read.wording}'` : 'the target';
    if (change?.kind !== 'relative') {
      return { missing: `${said} states no tolerance: give the statement one before posting it` };
    }
    ready = {
      target: { ...target, tolerance: UNSTATED_CHANGE_TOLERANCE },
      assumption:
        `${said} states no band: the statement takes it as a change of ${read.value}%, give or take ` +
        `${UNSTATED_CHANGE_TOLERANCE} of a point`,
    };
  }
  const problem = kind !== undefined && change ? changeTargetProblem({ change }, kind) : null;
  return problem ? { missing: `not postable as read: ${problem.detail}` } : ready;
}

/** The parser's drafts as the API shows them, each with a ready-to-post statement on its bound metric. */
export function presentParse(
  result: Omit<DomainParseResult, 'drafts'> & { drafts: BoundDraft[] },
  request: {
    companyId: string;
    statedOn: string;
    source?: { kind: string; title?: string; url?: string; speaker?: string };
  },
): z.output<typeof ParseResultSchema> {
  return {
    drafts: result.drafts.map(({ binding, ...d }) => {
      const t = d.target;
      const target = {
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
      };
      const { unit: _unit, scale: _scale, currency: _currency, ...targetSpec } = t;
      const key = binding.match?.key ?? binding.create?.metric.key ?? null;
      // A change the parser read itself stands; else the measure says what the numbers are a change of.
      const measured = targetSpec.change ? { change: targetSpec.change } : changeOfMeasure(d.metric.measure);
      const ready = readyTarget(t, targetSpec, measured, binding.match?.kind ?? binding.create?.metric.kind);
      const missing =
        key !== null ? ('missing' in ready ? ready.missing : null) : binding.match ? null : binding.reason;
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
        target,
        window: { start: d.window.start, end: d.window.end, label: d.window.label ?? null },
        assumptions: 'assumption' in ready && ready.assumption ? [...d.assumptions, ready.assumption] : d.assumptions,
        statement:
          key === null || 'missing' in ready
            ? null
            : {
                companyId: request.companyId,
                metric: key,
                statedOn: request.statedOn,
                source: request.source ?? { kind: 'other' },
                quote: d.span.text,
                commitment: d.commitment,
                target: ready.target,
                window: { start: d.window.start, end: d.window.end },
                mode: d.mode,
              },
        statementMissing: missing,
      };
    }),
    unreadable: result.unreadable,
    reason: result.reason ?? null,
  };
}
