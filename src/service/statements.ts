// Guidance statements: resolve windows through the company's fiscal calendar, check targets, write, score; read
// them with their evaluations; read a quote into draft statements.
import type { Clock } from '../lib/clock.js';
import { parseGuidance } from '../parser/index.js';
import { bindDrafts } from '../parser/metric-binding.js';
import type { ParseResult } from '../parser/types.js';
import { type DraftOrigin, type ReadyDraft, readyDraft } from './draft-statements.js';
import {
  changeTargetProblem,
  deadlineProblem,
  forecastProblem,
  statedOnProblem,
  statementWindow,
  targetProblem,
  type FieldProblem,
} from '../domain/validation.js';
import { revisionEffectiveAt, statementKnownFrom } from '../domain/knowledge-time.js';
import type { MetricKind, Periodicity, RevisionKind, Status } from '../domain/model.js';
import { defaultPeriodicity } from '../domain/periodicity.js';
import { revisionKindsOf } from '../domain/revision-kinds.js';
import { ConflictError, type FieldError, InvalidInputError, NotFoundError } from '../errors.js';
import { companyCalendar, toDomainTarget, toObservedStatement } from './mapping.js';
import type { CompoundStatementInput, RevisionInput, StatementPartInput, TargetInput } from '../schemas/statements.js';
import type { NewChange } from '../store/changes.js';
import type { CompanyRow } from '../store/companies.js';
import type { Stores } from '../store/index.js';
import type { MetricRow } from '../store/metrics.js';
import type { Page } from '../store/pagination.js';
import {
  cursorAfter,
  type NewStatement,
  type RevisionRow,
  type StatementFilter,
  type StatementRecord,
  type StatementRow,
} from '../store/statements.js';
import { fromSegment, type KnownEvaluation, type Rescore, type ScoringService } from './scoring.js';

export type { RevisionRow, StatementRecord };

/** A statement with its evaluation as of a knowledge time (null for a compound parent). */
export interface StatementView {
  record: StatementRecord;
  evaluation: KnownEvaluation | null;
}

type AtomicFields = Omit<StatementPartInput, 'quote'>;
interface Common {
  companyId: string;
  statedOn: string;
  source: CompoundStatementInput['source'];
  quote: string;
  parentId?: string;
}

/** A target as its columns: every form's fields, null where the form has none. */
function targetColumns(target: TargetInput) {
  const base = {
    targetOp: target.op,
    targetWording: target.wording ?? null,
    targetValue: null,
    targetLow: null,
    targetHigh: null,
    targetLowInclusive: null,
    targetHighInclusive: null,
    targetTolerance: null,
    targetTolerancePercent: null,
    targetChangeKind: target.change?.kind ?? null,
    targetChangeAgainst: target.change?.against ?? null,
  };
  switch (target.op) {
    case 'range':
      return {
        ...base,
        targetLow: target.low,
        targetHigh: target.high,
        targetLowInclusive: target.lowInclusive,
        targetHighInclusive: target.highInclusive,
      };
    case 'about':
      return {
        ...base,
        targetValue: target.value,
        targetTolerance: target.tolerance ?? null,
        targetTolerancePercent: target.tolerancePercent ?? null,
      };
    default:
      return { ...base, targetValue: target.value };
  }
}

const within = (at: string, problem: FieldProblem): FieldError => ({ ...problem, pointer: `${at}${problem.pointer}` });

/** Where a statement was made, as its columns: shared by a compound statement and each of its parts. */
function sourceColumns(source: Common['source']) {
  return {
    sourceKind: source.kind,
    sourceTitle: source.title ?? null,
    sourceUrl: source.url ?? null,
    speaker: source.speaker ?? null,
  };
}

async function metricOf(stores: Stores, companyId: string, key: string, at: string, errors: FieldError[]) {
  const metric = await stores.metrics.findByKey(companyId, key);
  if (!metric) errors.push({ pointer: at, detail: `company '${companyId}' has no metric '${key}'` });
  return metric;
}

/** A periodicity that cannot describe the metric: a reading date of a flow, or a span of a stock. */
function periodicityProblem(given: Periodicity | undefined, kind: MetricKind): string | null {
  if (given === undefined || (given === 'point') === (kind === 'stock')) return null;
  return kind === 'stock'
    ? `'${given}' is a length of period, but the metric is a stock, read at a date: use 'point'`
    : "'point' is a reading date, but the metric is a flow: use month, quarter, half or year";
}

/** Validate one atomic statement against its company; collect every problem rather than stop at the first. */
async function atomicColumns(
  stores: Stores,
  company: CompanyRow,
  common: Common,
  fields: AtomicFields,
  at: string,
  errors: FieldError[],
): Promise<NewStatement | null> {
  const calendar = companyCalendar(company);
  const metric: MetricRow | null = await metricOf(stores, company.id, fields.metric, `${at}/metric`, errors);
  const window = statementWindow(fields.window, calendar);
  if (!window.ok) errors.push(within(`${at}/window`, window.problem));
  const targetFault = targetProblem(fields.target);
  if (targetFault) errors.push(within(`${at}/target`, targetFault));
  const graceDays = fields.graceDays ?? company.reportingLagDays;
  if (window.ok) {
    const late = deadlineProblem(window.value.end, graceDays, {
      windowAsPeriod: fields.window.period !== undefined,
      graceDays: fields.graceDays,
    });
    if (late) {
      errors.push(within(at, late));
      return null;
    }
    const hindsight = forecastProblem(common.statedOn, window.value.end, {
      windowAsPeriod: fields.window.period !== undefined,
    });
    if (hindsight) {
      errors.push(within(at, hindsight));
      return null;
    }
  }
  const periodicity =
    fields.periodicity ?? (metric ? defaultPeriodicity(window.ok ? window.value.label : null, metric.kind) : null);
  const mismatch = metric && periodicityProblem(fields.periodicity, metric.kind);
  if (mismatch) errors.push({ pointer: `${at}/periodicity`, detail: mismatch });
  const unchangeable = metric && changeTargetProblem(fields.target, metric.kind);
  if (unchangeable) errors.push(within(`${at}/target`, unchangeable));
  if (!metric || !window.ok || mismatch || unchangeable) return null;
  return {
    companyId: company.id,
    metricId: metric.id,
    parentId: common.parentId ?? null,
    kind: 'atomic',
    statedOn: common.statedOn,
    ...sourceColumns(common.source),
    quote: common.quote,
    commitment: fields.commitment,
    mode: fields.mode,
    graceDays,
    windowStart: window.value.start,
    windowEnd: window.value.end,
    windowLabel: window.value.label,
    periodicity,
    ...targetColumns(fields.target),
  };
}

async function companyOrInvalid(stores: Stores, companyId: string): Promise<CompanyRow> {
  const company = await stores.companies.findForStatement(companyId);
  if (!company)
    throw new InvalidInputError([{ pointer: '/companyId', detail: `company '${companyId}' does not exist` }]);
  return company;
}

/** Statements read at a time when a list filtered by status is answered on a past record. */
const PAST_RECORD_BATCH = 200;

/** A statement in one of these states has been decided: it can no longer be revised or withdrawn. */
const RESOLVED: ReadonlySet<Status> = new Set(['met', 'missed', 'unreported']);

/** Writes run inside a unit of work (see ./unit-of-work.ts): every method's writes commit or roll back together. */
export function createStatementService(stores: Stores, clock: Clock, scoring: ScoringService) {
  const { statements, changes: feed } = stores;

  /** As of now: the evaluation in force reports the moment it took effect, as evaluateRecords does. */
  async function view(statementId: string): Promise<StatementView> {
    const found = await statements.findWithSegmentAt(statementId, clock.now());
    if (!found) throw new NotFoundError('statement', statementId);
    const { record, segment } = found;
    const atomic = record.row.kind === 'atomic';
    return {
      record,
      evaluation:
        atomic && segment ? fromSegment(segment, segment.validFrom.getTime(), toObservedStatement(record.row)) : null,
    };
  }

  /** Record the new statements in the feed, then score every metric they are on. */
  async function announceAndScore(
    created: StatementRow[],
    now: Date,
    cause: string,
    extra: NewChange[] = [],
    also: Rescore['statements'] = [],
  ) {
    await feed.append([
      ...extra,
      ...created.map((row) => ({
        at: now,
        kind: 'statement.created' as const,
        companyId: row.companyId,
        resourceId: row.id,
        data: { statementId: row.id, kind: row.kind, parentId: row.parentId, statedOn: row.statedOn },
      })),
    ]);
    const atomic = created.flatMap((r) =>
      r.metricId === null ? [] : [{ id: r.id, metricId: r.metricId, from: null }],
    );
    await scoring.rescore({ statements: [...atomic, ...also] }, now, cause);
  }

  /**
   * A list filtered by status or trajectory on a past record: the stored timelines are the record as it stands now,
   * so the statements passing the other filters are read in the list's order a batch at a time, each evaluated on
   * the record as it stood then, until a page of those with that status (and trajectory) is full.
   */
  async function listOnPastRecord(
    filter: StatementFilter,
    asOf: number | null,
    past: number,
    page: { limit: number; cursor?: string },
  ): Promise<Page<StatementView>> {
    const { status, trajectory, ...others } = filter;
    const matches = (evaluation: KnownEvaluation | undefined): evaluation is KnownEvaluation =>
      evaluation !== undefined &&
      (status === undefined || evaluation.evaluation.status === status) &&
      (trajectory === undefined || evaluation.evaluation.trajectory?.status === trajectory);
    const found: StatementView[] = [];
    let cursor = page.cursor;
    do {
      const batch = await statements.list(others, { limit: PAST_RECORD_BATCH, cursor });
      const records = batch.items.map((l) => l.record);
      const evaluations = await scoring.evaluateRecords(records, asOf, past);
      for (const record of records) {
        const evaluation = evaluations.get(record.row.id);
        if (matches(evaluation)) found.push({ record, evaluation });
      }
      cursor = batch.nextCursor ?? undefined;
    } while (cursor !== undefined && found.length <= page.limit);
    const items = found.slice(0, page.limit);
    const last = items.at(-1);
    return { items, nextCursor: found.length > page.limit && last ? cursorAfter(last.record, filter.sort) : null };
  }

  return {
    /** The statement and its evaluation as of now. */
    get: view,

    /**
     * Statements with their evaluations as of `asOf` (null: now); a metric is named by its key, within its
     * company. Statements made after asOf are left out, and with a past `recordedAsOf` those saydo recorded
     * after it; evaluations are then as saydo had them on record.
     */
    async list(
      filter: Omit<StatementFilter, 'metricKey' | 'companyIds' | 'asOf'> & { metric?: string; companyId?: string[] },
      asOf: number | null,
      page: { limit: number; cursor?: string },
      recordedAsOf: number | null = null,
    ): Promise<Page<StatementView>> {
      const { metric, companyId, ...rest } = filter;
      const past = recordedAsOf !== null && recordedAsOf < clock.now().getTime() ? recordedAsOf : null;
      if (metric !== undefined && companyId === undefined && rest.ticker === undefined) {
        throw new InvalidInputError([{ parameter: 'metric', detail: 'needs companyId or ticker' }]);
      }
      const storeFilter = {
        ...rest,
        companyIds: companyId,
        metricKey: metric,
        asOf: asOf === null ? clock.now() : new Date(asOf),
        current: asOf === null && past === null,
        ...(past === null ? {} : { recordedAsOf: new Date(past) }),
      };
      if (past !== null && (rest.status !== undefined || rest.trajectory !== undefined)) {
        return listOnPastRecord(storeFilter, asOf, past, page);
      }
      const found = await statements.list(storeFilter, page);
      if (past === null) {
        // The segment in force at the knowledge time came with each statement (as evaluateRecords reads it).
        return {
          items: found.items.map(({ record, segment }) => ({
            record,
            evaluation:
              record.row.kind === 'atomic' && segment
                ? fromSegment(segment, asOf ?? segment.validFrom.getTime(), toObservedStatement(record.row))
                : null,
          })),
          nextCursor: found.nextCursor,
        };
      }
      const records = found.items.map((l) => l.record);
      const evaluations = await scoring.evaluateRecords(records, asOf, past);
      return {
        items: records.map((record) => ({ record, evaluation: evaluations.get(record.row.id) ?? null })),
        nextCursor: found.nextCursor,
      };
    },

    /**
     * A statement's whole revision chain, first statement to last, each with its evaluation as of `asOf` (null:
     * now). Links stated after asOf had not been said then and are left out; the asked-for one is always kept.
     * Without asOf the answer's knowledge time is the moment the chain took its present form (its latest
     * evaluation took effect), so it reads the same at every instant until something changes.
     */
    async chain(statementId: string, asOf: number | null): Promise<{ asOf: number; links: StatementView[] }> {
      const at = asOf ?? clock.now().getTime();
      const ids = await statements.chainIds(statementId);
      if (ids.length === 0) throw new NotFoundError('statement', statementId);
      const records = (await statements.getMany(ids)).filter(
        (r) => r.row.id === statementId || statementKnownFrom(r.row.statedOn) <= at,
      );
      const evaluations = await scoring.evaluateRecords(records, asOf);
      // A compound parent has no evaluation of its own: its chain is as of now.
      const since = evaluations.size === 0 ? at : Math.max(...[...evaluations.values()].map((e) => e.validFrom));
      return {
        asOf: asOf ?? since,
        links: records.map((record) => ({ record, evaluation: evaluations.get(record.row.id) ?? null })),
      };
    },

    /**
     * Read a quote into draft statements, with the company's calendar and currency, each bound to one of the
     * company's metrics or naming the metric to create, and with the statement it posts as
     * (./draft-statements.ts). Writes nothing.
     */
    async parse(
      input: DraftOrigin & { quote: string },
    ): Promise<Omit<ParseResult, 'drafts'> & { drafts: ReadyDraft[] }> {
      const company = await stores.companies.get(input.companyId);
      const result = parseGuidance({
        quote: input.quote,
        statedOn: input.statedOn,
        calendar: companyCalendar(company),
        reportingCurrency: company.currency,
      });
      if (result.drafts.length === 0) return { ...result, drafts: [] };
      const metrics = await stores.metrics.ofCompany(company.id);
      return { ...result, drafts: bindDrafts(result.drafts, metrics, company).map((d) => readyDraft(d, input)) };
    },

    /**
     * Record an atomic statement, unless the same statement (same company, metric, stated date, target, window,
     * mode and quote) is on record: then that one is answered, and nothing is written (`created: false`).
     */
    async createStatement(input: Common & AtomicFields): Promise<{ record: StatementRecord; created: boolean }> {
      const errors: FieldError[] = [];
      const company = await companyOrInvalid(stores, input.companyId);
      const future = statedOnProblem(input.statedOn, clock.now().getTime());
      if (future) errors.push(future);
      if (input.parentId !== undefined) {
        const parent = await statements.find(input.parentId);
        if (!parent || parent.row.companyId !== company.id) {
          errors.push({ pointer: '/parentId', detail: `company '${company.id}' has no statement '${input.parentId}'` });
        } else if (parent.row.kind !== 'compound') {
          errors.push({
            pointer: '/parentId',
            detail: 'must name a compound statement: atomic parts hang under a compound parent',
          });
        }
      }
      const values = await atomicColumns(stores, company, input, input, '', errors);
      if (errors.length > 0 || !values) throw new InvalidInputError(errors);
      // The metric's lock (the one scoring takes) serializes writers on it, so two identical requests cannot
      // both find nothing and both insert.
      if (values.metricId) await stores.metrics.lockForScoring([values.metricId]);
      const same = await statements.findSame(values);
      if (same) return { record: await statements.get(same.id), created: false };
      const now = clock.now();
      const row = await statements.insert(values, now);
      await announceAndScore([row], now, `statement:${row.id}`);
      return { record: await statements.get(row.id), created: true };
    },

    async createCompound(
      input: CompoundStatementInput,
    ): Promise<{ parent: StatementRecord; parts: StatementRecord[] }> {
      const errors: FieldError[] = [];
      const company = await companyOrInvalid(stores, input.companyId);
      const now = clock.now();
      const future = statedOnProblem(input.statedOn, now.getTime());
      if (future) errors.push(future);
      const parent = await statements.insert(
        {
          companyId: company.id,
          kind: 'compound',
          statedOn: input.statedOn,
          ...sourceColumns(input.source),
          quote: input.quote,
        },
        now,
      );
      const parts: NewStatement[] = [];
      for (const [i, part] of input.parts.entries()) {
        const common = { ...input, quote: part.quote ?? input.quote, parentId: parent.id };
        const values = await atomicColumns(stores, company, common, part, `/parts/${i}`, errors);
        if (values) parts.push(values);
      }
      // Throwing rolls back the parent too: a compound statement is written whole or not at all.
      if (errors.length > 0) throw new InvalidInputError(errors);
      const rows: StatementRow[] = [];
      for (const values of parts) rows.push(await statements.insert(values, now));
      await announceAndScore([parent, ...rows], now, `statement:${parent.id}`);
      return { parent: await statements.get(parent.id), parts: await statements.getMany(rows.map((r) => r.id)) };
    },

    /** `precondition` sees the statement as it stands (an If-Match check) before anything is written. */
    async revise(statementId: string, input: RevisionInput, precondition?: (current: StatementView) => void) {
      if (precondition) precondition(await view(statementId));
      const original = await statements.find(statementId);
      if (!original) throw new NotFoundError('statement', statementId);
      const errors: FieldError[] = [];
      if (original.row.kind !== 'atomic') {
        errors.push({ pointer: '', detail: 'a compound statement is revised through its atomic parts' });
      }
      if (input.statedOn < original.row.statedOn) {
        errors.push({
          pointer: '/statedOn',
          detail: `is before the revised statement's date ${original.row.statedOn}`,
        });
      }
      const future = statedOnProblem(input.statedOn, clock.now().getTime());
      if (future) errors.push(future);
      if (input.kind === 'withdrawn' && input.statement) {
        errors.push({ pointer: '/statement', detail: 'a withdrawal has no replacing statement' });
      }
      if (input.kind !== 'withdrawn' && !input.statement) {
        errors.push({
          pointer: '/statement',
          detail:
            input.kind === undefined
              ? "a revision needs the replacing statement, or kind 'withdrawn'"
              : `a revision of kind '${input.kind}' needs the replacing statement`,
        });
      }
      let successorValues: NewStatement | null = null;
      if (input.statement && original.row.kind === 'atomic') {
        const company = await stores.companies.get(original.row.companyId);
        const common = {
          companyId: company.id,
          statedOn: input.statedOn,
          source: input.statement.source,
          quote: input.statement.quote,
          ...(original.row.parentId ? { parentId: original.row.parentId } : {}),
        };
        successorValues = await atomicColumns(stores, company, common, input.statement, '/statement', errors);
      }
      // The kind must agree with the numbers; without one, the numbers give it.
      let kind: Exclude<RevisionKind, 'initiated'> = input.kind ?? 'reiterated';
      if (successorValues && input.statement && original.row.kind === 'atomic') {
        const fits = revisionKindsOf(
          toDomainTarget(original.row),
          input.statement.target,
          { start: original.row.windowStart ?? '', end: original.row.windowEnd },
          { start: successorValues.windowStart ?? '', end: successorValues.windowEnd ?? null },
        );
        const [derived = 'reiterated'] = fits;
        if (input.kind === undefined) kind = derived;
        else if (input.kind !== 'withdrawn' && !fits.includes(input.kind)) {
          errors.push({
            pointer: '/kind',
            detail: `'${input.kind}' contradicts the numbers: ${describeMove(original.row, successorValues)} is ${fits.join(' or ')}`,
          });
        }
      }
      if (errors.length > 0) throw new InvalidInputError(errors);
      // A decided statement stays decided: a miss is never revised away. Its status is read as of the moment the
      // revision would take effect, so a revision made before the decision is still taken.
      if (original.row.metricId) {
        await stores.metrics.lockForScoring([original.row.metricId]);
        const at = revisionEffectiveAt(input.statedOn);
        const status = (await scoring.evaluateRecords([original], at)).get(original.row.id)?.evaluation.status;
        if (status !== undefined && RESOLVED.has(status)) {
          throw new ConflictError(
            `statement '${statementId}' was already ${status} on ${input.statedOn}: a resolved statement can be neither revised nor withdrawn; record a new statement instead`,
          );
        }
      }
      const now = clock.now();
      const successor = successorValues ? await statements.insert(successorValues, now) : null;
      const revision = await statements.insertRevision(
        {
          statementId,
          kind,
          statedOn: input.statedOn,
          successorId: successor?.id ?? null,
          note: input.note ?? null,
        },
        now,
      );
      const revised: NewChange = {
        at: now,
        kind: 'statement.revised',
        companyId: original.row.companyId,
        resourceId: statementId,
        data: {
          statementId,
          revisionId: revision.id,
          kind,
          statedOn: input.statedOn,
          successorId: successor?.id ?? null,
        },
      };
      // The original is rescored from the moment the revision takes effect: it supersedes or withdraws it.
      const revisedFrom = original.row.metricId
        ? [{ id: original.row.id, metricId: original.row.metricId, from: revisionEffectiveAt(input.statedOn) }]
        : [];
      await announceAndScore(successor ? [successor] : [], now, `revision:${revision.id}`, [revised], revisedFrom);
      return {
        revision,
        statement: await statements.get(statementId),
        successor: successor ? await statements.get(successor.id) : null,
      };
    },
  };
}

/** "35 to 40 over 2026-04-01..2027-03-31 → 37 to 40 over …", for a refusal's detail. */
function describeMove(from: StatementRow, to: NewStatement): string {
  const target = (
    t: Pick<
      NewStatement,
      | 'targetOp'
      | 'targetValue'
      | 'targetLow'
      | 'targetHigh'
      | 'targetTolerance'
      | 'targetTolerancePercent'
      | 'targetChangeKind'
      | 'targetChangeAgainst'
    >,
  ) => {
    const numbers =
      t.targetOp === 'range'
        ? `${t.targetLow} to ${t.targetHigh}`
        : t.targetOp === 'about'
          ? `${t.targetValue} ± ${t.targetTolerancePercent ? `${t.targetTolerancePercent}%` : t.targetTolerance}`
          : `${t.targetOp} ${t.targetValue}`;
    return t.targetChangeKind ? `${numbers} (${t.targetChangeKind} change, ${t.targetChangeAgainst})` : numbers;
  };
  const window = (w: { windowStart?: string | null; windowEnd?: string | null }) =>
    `${w.windowStart}..${w.windowEnd ?? 'no deadline'}`;
  return `${target(from)} over ${window(from)} → ${target(to)} over ${window(to)}`;
}

export type StatementService = ReturnType<typeof createStatementService>;
