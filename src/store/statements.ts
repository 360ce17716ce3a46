import { and, asc, eq, gte, inArray, lte, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { msToDate } from '../domain/dates.js';
import { MAX_COMPARISON_LOOKBACK_DAYS } from '../domain/affects.js';
import type { Basis, Commitment, Status, Trajectory } from '../domain/model.js';
import type { Executor } from '../db/client.js';
import { companies, metrics, revisions, statements, statementTimeline } from '../db/schema.js';
import { tickerIs } from './companies.js';
import { figuresOfSegment, inForceAt, type StoredSegment } from './timeline.js';
import { statementsWithStatusAt } from './verdicts.js';
import { NotFoundError } from '../errors.js';
import { insertOrConflict } from './errors.js';
import { decodeKeyset, encodeCursor, toPage, type Page } from './pagination.js';

export type StatementRow = typeof statements.$inferSelect;
export type NewStatement = Omit<typeof statements.$inferInsert, 'id' | 'seq' | 'createdAt'>;
export type RevisionRow = typeof revisions.$inferSelect;
export type NewRevision = Omit<typeof revisions.$inferInsert, 'id' | 'createdAt'>;

/** A statement with what the revision chain and compound structure say about it. */
export interface StatementRecord {
  row: StatementRow;
  metricKey: string | null;
  metricUnit: string | null;
  /** The revision that replaced or withdrew this statement. */
  revisedBy: RevisionRow | null;
  /** The revision through which this statement replaced an earlier one. */
  revisionOf: RevisionRow | null;
  partIds: string[];
}

export interface StatementFilter {
  /** Statements of any of these companies. */
  companyIds?: string[];
  /** A company named by one of its tickers (as given, or upper-cased). */
  ticker?: string;
  /** A metric key, within the companies asked for. */
  metricKey?: string;
  parentId?: string;
  kind?: 'atomic' | 'compound';
  status?: Status;
  commitment?: Commitment;
  /** Window end on or after / on or before. */
  dueAfter?: string;
  dueBefore?: string;
  statedFrom?: string;
  statedTo?: string;
  /** The speaker, compared case-insensitively. */
  speaker?: string;
  /** The metric's segment (case-insensitive), basis, and concept shared across companies. */
  segment?: string;
  basis?: Basis;
  concept?: string;
  /** The trajectory of a pending statement at asOf. */
  trajectory?: Trajectory['status'];
  /** English full-text search over the quote (websearch syntax: words, "phrases", -excluded, or). */
  q?: string;
  /** The knowledge time of the status filter; statements made after it are left out. */
  asOf: Date;
  /** Record time: statements saydo recorded after it are left out. */
  recordedAsOf?: Date;
  /**
   * The knowledge time is now and the record as it stands: a status filter reads the current verdicts
   * (src/store/verdicts.ts) in the list's order instead of every statement's timeline.
   */
  current?: boolean;
  /** 'due': by window end (no deadline last); 'stated': by statement date; 'created': as recorded. */
  sort: 'created' | 'due' | 'stated';
}

/** Sorts statements without a deadline after every dated one. */
const NO_DUE_DATE = '9999-12-31';

const SORT_KEYS = {
  created: sql`${statements.seq}`,
  // The expression of the statements_due index, as written there.
  due: sql`coalesce(${statements.windowEnd}, '9999-12-31'::date)`,
  stated: sql`${statements.statedOn}::text`,
};

function sortKeyOf(record: StatementRecord, sort: StatementFilter['sort']): string | null {
  return sort === 'due' ? (record.row.windowEnd ?? NO_DUE_DATE) : sort === 'stated' ? record.row.statedOn : null;
}

/** The cursor of a list sorted by `sort` whose page ends with this statement: the next page starts after it. */
export function cursorAfter(record: StatementRecord, sort: StatementFilter['sort']): string {
  return encodeCursor({ seq: record.row.seq, key: sortKeyOf(record, sort) });
}

/**
 * Statuses few statements are in at any one time, and not spread evenly in any order a list is sorted by: pending
 * statements are the ones whose windows have not closed (all at the end in due order), and superseded and withdrawn
 * ones are rare. A list filtered to one of them starts from the segments in force with that status.
 */
const RARE_STATUSES: ReadonlySet<Status> = new Set(['pending', 'superseded', 'withdrawn']);

/** A list already narrowed by an index to a few statements (one company's, a parent's parts): test each of those. */
function narrowed(filter: StatementFilter): boolean {
  return filter.companyIds !== undefined || filter.ticker !== undefined || filter.parentId !== undefined;
}

/**
 * The statement's evaluation in force at `asOf` has this status. Of a list across companies filtered to a rare
 * status, the statements with it are found first; otherwise each statement the other filters leave is tested.
 */
function statusIs(status: Status, asOf: Date, fewStatements: boolean) {
  if (fewStatements || !RARE_STATUSES.has(status)) {
    // Common statuses: walk the statements in the list's order and look up each one's segment.
    return sql`exists (select 1 from ${statementTimeline}
                       where ${statementTimeline.statementId} = ${statements.id}
                         and ${statementTimeline.status} = ${status}
                         and ${inForceAt(asOf)})`;
  }
  // In force at T: begun by T, and ending after T or never; the (status, valid_to, ...) index answers each half
  // from the index alone. The set is computed once, then its statements are read by id.
  const at = asOf.toISOString();
  return sql`${statements.id} = any(array(
    select statement_id from ${statementTimeline}
    where status = ${status} and valid_to is null and valid_from <= ${at}::timestamptz
    union all
    select statement_id from ${statementTimeline}
    where status = ${status} and valid_to > ${at}::timestamptz and valid_from <= ${at}::timestamptz))`;
}

const revisedBy = alias(revisions, 'revised_by');
const revisionOf = alias(revisions, 'revision_of');

/** A statement of a list, with the segment of its timeline in force at the list's knowledge time (if any). */
export interface ListedStatement {
  record: StatementRecord;
  segment: StoredSegment | null;
}

export function createStatementStore(db: Executor) {
  async function withRelations(
    rows: { statement: StatementRow; metricKey: string | null; metricUnit: string | null }[],
  ): Promise<StatementRecord[]> {
    const ids = rows.map((r) => r.statement.id);
    if (ids.length === 0) return [];
    // Sequential on purpose: inside a transaction every query shares one connection.
    const revs = await db
      .select()
      .from(revisions)
      .where(
        or(
          sql`${revisions.statementId} = any(${sql.param(ids)}::uuid[])`,
          sql`${revisions.successorId} = any(${sql.param(ids)}::uuid[])`,
        ),
      );
    // Only a compound statement has parts: a list of atomic ones (what rescoring reads) needs no query for them.
    const compoundIds = rows.filter((r) => r.statement.kind === 'compound').map((r) => r.statement.id);
    const parts =
      compoundIds.length === 0
        ? []
        : await db
            .select({ id: statements.id, parentId: statements.parentId })
            .from(statements)
            .where(sql`${statements.parentId} = any(${sql.param(compoundIds)}::uuid[])`)
            .orderBy(asc(statements.seq));
    const revisedBy = new Map(revs.map((r) => [r.statementId, r]));
    const revisionOf = new Map(revs.filter((r) => r.successorId !== null).map((r) => [r.successorId, r]));
    const partIds = new Map<string, string[]>();
    for (const p of parts) if (p.parentId) partIds.set(p.parentId, [...(partIds.get(p.parentId) ?? []), p.id]);
    return rows.map(({ statement, metricKey, metricUnit }) => ({
      row: statement,
      metricKey,
      metricUnit,
      revisedBy: revisedBy.get(statement.id) ?? null,
      revisionOf: revisionOf.get(statement.id) ?? null,
      partIds: partIds.get(statement.id) ?? [],
    }));
  }

  // GET /v1/statements/{id}, the most polled read: the statement, its metric, revisions and parts, and the segment
  // of its timeline in force at the knowledge time, in one round trip, as a named prepared statement (planned once
  // per connection, and its SQL built once per store rather than per request).
  /**
   * A statement with its metric, revisions and parts, and the segment of its timeline in force at `at`: what the
   * one-statement view and a list page both read, each in one round trip.
   */
  const withSegmentAt = (at: SQL) =>
    db
      .select({
        statement: statements,
        metricKey: metrics.key,
        metricUnit: metrics.unit,
        revisedBy,
        revisionOf,
        partIds: sql<
          string[]
        >`array(select p.id from statements p where p.parent_id = ${statements.id} order by p.seq)`,
        segment: statementTimeline,
        figures: figuresOfSegment,
      })
      .from(statements)
      .leftJoin(metrics, eq(metrics.id, statements.metricId))
      .leftJoin(revisedBy, eq(revisedBy.statementId, statements.id))
      .leftJoin(revisionOf, eq(revisionOf.successorId, statements.id))
      // Segments do not overlap: the one in force at an instant, if any, is the last to begin by then. It is found
      // by one backward step on the primary key (statement_id, valid_from), not by filtering every segment that
      // began before: a statement's cost here does not grow with its history.
      .leftJoin(
        statementTimeline,
        and(
          eq(statementTimeline.statementId, statements.id),
          sql`${statementTimeline.validFrom} = (select max(s.valid_from) from statement_timeline s
                where s.statement_id = ${statements.id} and s.valid_from <= ${at})`,
          sql`(${statementTimeline.validTo} is null or ${statementTimeline.validTo} > ${at})`,
        ),
      );
  const viewQuery = withSegmentAt(sql`${sql.placeholder('asOf')}::timestamptz`)
    .where(sql`${statements.id} = ${sql.placeholder('id')}::uuid`)
    .prepare('statement_view');

  const selectWithMetric = () =>
    db
      .select({ statement: statements, metricKey: metrics.key, metricUnit: metrics.unit })
      .from(statements)
      .leftJoin(metrics, eq(metrics.id, statements.metricId));

  return {
    async insert(statement: NewStatement, createdAt: Date): Promise<StatementRow> {
      const [row] = await db
        .insert(statements)
        .values({ ...statement, createdAt })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    /**
     * The atomic statement that says the same thing as `values`: same company, metric, stated date, target (its
     * numbers, compared as numbers, tolerance in either form, and its level or change), window, periodicity, mode
     * and quote. The caller holds the metric's lock, so two identical requests cannot both miss it.
     */
    async findSame(values: NewStatement): Promise<StatementRow | null> {
      const same = (column: SQLWrapper, value: unknown) => sql`${column} is not distinct from ${value ?? null}`;
      const sameNumber = (column: SQLWrapper, value: string | null | undefined) =>
        sql`${column} is not distinct from ${value ?? null}::numeric`;
      const [row] = await db
        .select()
        .from(statements)
        .where(
          and(
            eq(statements.kind, 'atomic'),
            eq(statements.companyId, values.companyId),
            same(statements.metricId, values.metricId),
            eq(statements.statedOn, values.statedOn),
            eq(statements.quote, values.quote),
            same(statements.mode, values.mode),
            same(statements.windowStart, values.windowStart),
            same(statements.windowEnd, values.windowEnd),
            same(statements.targetOp, values.targetOp),
            sameNumber(statements.targetValue, values.targetValue),
            sameNumber(statements.targetLow, values.targetLow),
            sameNumber(statements.targetHigh, values.targetHigh),
            same(statements.targetLowInclusive, values.targetLowInclusive),
            same(statements.targetHighInclusive, values.targetHighInclusive),
            sameNumber(statements.targetTolerance, values.targetTolerance),
            sameNumber(statements.targetTolerancePercent, values.targetTolerancePercent),
            same(statements.periodicity, values.periodicity),
            same(statements.targetChangeKind, values.targetChangeKind),
            same(statements.targetChangeAgainst, values.targetChangeAgainst),
          ),
        )
        .orderBy(asc(statements.seq))
        .limit(1);
      return row ?? null;
    },

    async insertRevision(revision: NewRevision, createdAt: Date): Promise<RevisionRow> {
      const [row] = await insertOrConflict(
        () =>
          db
            .insert(revisions)
            .values({ ...revision, createdAt })
            .returning(),
        `statement '${revision.statementId}' has already been revised; revise its latest revision instead`,
      );
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async find(id: string): Promise<StatementRecord | null> {
      const rows = await selectWithMetric().where(eq(statements.id, id));
      const [record] = await withRelations(rows);
      return record ?? null;
    },

    /**
     * A statement with its relations and the segment of its timeline in force at `asOf` (null for a compound one, or
     * before it was made), in one round trip; null if there is no such statement.
     */
    async findWithSegmentAt(
      id: string,
      asOf: Date,
    ): Promise<{ record: StatementRecord; segment: StoredSegment | null } | null> {
      const [row] = await viewQuery.execute({ id, asOf: asOf.toISOString() });
      if (!row) return null;
      return {
        record: {
          row: row.statement,
          metricKey: row.metricKey,
          metricUnit: row.metricUnit,
          revisedBy: row.revisedBy,
          revisionOf: row.revisionOf,
          partIds: row.partIds,
        },
        segment: row.segment && { ...row.segment, figures: row.figures },
      };
    },

    async get(id: string): Promise<StatementRecord> {
      const record = await this.find(id);
      if (!record) throw new NotFoundError('statement', id);
      return record;
    },

    /**
     * The ids of a statement's whole revision chain, first to last: one recursive query walking the revisions back
     * through their successor index and forward through their statement index. Empty for an unknown id.
     */
    async chainIds(id: string): Promise<string[]> {
      const result = await db.execute<{ id: string }>(sql`
        with recursive
          back(id, depth) as (
            select ${statements.id}, 0 from ${statements} where ${statements.id} = ${id}
            union all
            select r.statement_id, b.depth - 1 from ${revisions} r join back b on r.successor_id = b.id),
          fwd(id, depth) as (
            select ${statements.id}, 0 from ${statements} where ${statements.id} = ${id}
            union all
            select r.successor_id, f.depth + 1 from ${revisions} r join fwd f on r.statement_id = f.id
            where r.successor_id is not null)
        select id from (select id, depth from back union select id, depth from fwd) chain order by depth`);
      return result.rows.map((r) => r.id);
    },

    /** Several statements, in the order of `ids`. */
    async getMany(ids: string[]): Promise<StatementRecord[]> {
      if (ids.length === 0) return [];
      const records = await withRelations(await selectWithMetric().where(inArray(statements.id, ids)));
      const byId = new Map(records.map((r) => [r.row.id, r]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    /**
     * A page of statements. Every filter is a WHERE clause; the status filter asks the timeline for the
     * segment in force at `asOf`, so PostgreSQL answers it with its indexes, not Node.
     */
    async list(filter: StatementFilter, page: { limit: number; cursor?: string }): Promise<Page<ListedStatement>> {
      const after = decodeKeyset(page.cursor);
      const at = filter.asOf.toISOString();
      const query = withSegmentAt(sql`${at}::timestamptz`).$dynamic();
      // As of now, the statements with the status come from the current verdicts, and the list is ordered by the
      // verdicts' copies of its keys (the same values): PostgreSQL reads them in order from the verdicts' index and
      // stops at the end of the page.
      const verdictStatus = filter.current === true ? filter.status : undefined;
      const byVerdict = verdictStatus !== undefined;
      const seqKey = byVerdict ? sql`verdict.seq` : sql`${statements.seq}`;
      const sortKey = byVerdict && filter.sort === 'due' ? sql`verdict.due` : SORT_KEYS[filter.sort];
      const rows = await (
        verdictStatus !== undefined
          ? query.innerJoin(
              statementsWithStatusAt(verdictStatus, filter.asOf, {
                order: filter.sort === 'due' ? 'due' : filter.sort === 'created' ? 'seq' : null,
                companyIds: filter.companyIds,
              }),
              sql`verdict.statement_id = ${statements.id}`,
            )
          : query
      )
        .where(
          and(
            after === null
              ? undefined
              : filter.sort === 'created'
                ? sql`${seqKey} > ${after.seq}`
                : sql`(${sortKey}, ${seqKey}) > (${after.key ?? ''}, ${after.seq})`,
            filter.companyIds === undefined ? undefined : inArray(statements.companyId, filter.companyIds),
            filter.ticker === undefined
              ? undefined
              : sql`${statements.companyId} in (select ${companies.id} from ${companies} where ${tickerIs(filter.ticker)})`,
            filter.metricKey === undefined ? undefined : eq(metrics.key, filter.metricKey),
            filter.speaker === undefined ? undefined : sql`lower(${statements.speaker}) = lower(${filter.speaker})`,
            filter.segment === undefined ? undefined : sql`lower(${metrics.segment}) = lower(${filter.segment})`,
            filter.basis === undefined ? undefined : eq(metrics.basis, filter.basis),
            filter.concept === undefined ? undefined : eq(metrics.concept, filter.concept),
            filter.q === undefined
              ? undefined
              : sql`to_tsvector('english', ${statements.quote}) @@ websearch_to_tsquery('english', ${filter.q})`,
            filter.parentId === undefined ? undefined : eq(statements.parentId, filter.parentId),
            filter.kind === undefined ? undefined : eq(statements.kind, filter.kind),
            filter.commitment === undefined ? undefined : eq(statements.commitment, filter.commitment),
            filter.dueAfter === undefined ? undefined : gte(statements.windowEnd, filter.dueAfter),
            filter.dueBefore === undefined ? undefined : lte(statements.windowEnd, filter.dueBefore),
            filter.statedFrom === undefined ? undefined : gte(statements.statedOn, filter.statedFrom),
            filter.statedTo === undefined ? undefined : lte(statements.statedOn, filter.statedTo),
            // A statement made after the knowledge time did not exist then.
            lte(statements.statedOn, msToDate(filter.asOf.getTime())),
            filter.recordedAsOf === undefined ? undefined : lte(statements.createdAt, filter.recordedAsOf),
            filter.status === undefined || byVerdict
              ? undefined
              : statusIs(filter.status, filter.asOf, narrowed(filter)),
            filter.trajectory === undefined
              ? undefined
              : sql`exists (select 1 from ${statementTimeline}
                            where ${statementTimeline.statementId} = ${statements.id}
                              and ${statementTimeline.evaluation} -> 'trajectory' ->> 'status' = ${filter.trajectory}
                              and ${inForceAt(filter.asOf)})`,
          ),
        )
        .orderBy(...(filter.sort === 'created' ? [asc(seqKey)] : [asc(sortKey), asc(seqKey)]))
        .limit(page.limit + 1);
      const listed = rows.map((row) => ({
        record: {
          row: row.statement,
          metricKey: row.metricKey,
          metricUnit: row.metricUnit,
          revisedBy: row.revisedBy,
          revisionOf: row.revisionOf,
          partIds: row.partIds,
        },
        segment: row.segment && { ...row.segment, figures: row.figures },
        seq: row.statement.seq,
      }));
      return toPage(
        listed,
        page.limit,
        ({ seq: _seq, ...r }) => r,
        (r) => sortKeyOf(r.record, filter.sort),
      );
    },

    /** Every atomic statement scored against these metrics, with its revisions: what re-evaluation needs. */
    async atomicForMetrics(metricIds: string[]): Promise<StatementRecord[]> {
      if (metricIds.length === 0) return [];
      const rows = await selectWithMetric()
        .where(and(inArray(statements.metricId, metricIds), eq(statements.kind, 'atomic')))
        .orderBy(asc(statements.seq));
      return withRelations(rows);
    },

    /**
     * The atomic statements a figure can affect, for each (metric, period end) given, plus those named by id: what
     * rescoring after a write needs, and nothing more. The period test is figureCanAffect's (src/domain/
     * affects.ts), here in SQL so that statements on the metric whose windows the figure misses are never read:
     * the (metric_id, window_end) index finds those whose window ends on or after the period end.
     */
    async atomicAffectedBy(
      figures: { metricId: string; periodEnd: string }[],
      ids: string[],
    ): Promise<StatementRecord[]> {
      if (figures.length === 0 && ids.length === 0) return [];
      const pairs = new Map(figures.map((f) => [`${f.metricId}|${f.periodEnd}`, f]));
      const affected = sql`
        select s.id from unnest(${sql.param([...pairs.values()].map((f) => f.metricId))}::uuid[],
                                ${sql.param([...pairs.values()].map((f) => f.periodEnd))}::date[]) as f(metric_id, period_end)
        cross join lateral (
          select s.id from statements s
          where s.metric_id = f.metric_id and s.kind = 'atomic' and s.window_start <= f.period_end
            and s.window_end >= f.period_end
          union all
          select s.id from statements s
          where s.metric_id = f.metric_id and s.kind = 'atomic' and s.window_start <= f.period_end
            and s.window_end is null
          union all
          select s.id from statements s
          where s.metric_id = f.metric_id and s.kind = 'atomic' and s.target_change_against is not null
            and s.window_start <= f.period_end + ${MAX_COMPARISON_LOOKBACK_DAYS}::int
            and (s.window_end is null or s.window_end > f.period_end)) s
        union
        select unnest(${sql.param(ids)}::uuid[])`;
      // `= any(array(...))`, not `in (...)`: the ids drive a primary-key lookup, whatever the planner believes
      // of the table's size (a table filled since its last ANALYZE made `in` a nested loop over every statement).
      const rows = await selectWithMetric()
        .where(and(sql`${statements.id} = any(array(${affected}))`, eq(statements.kind, 'atomic')))
        .orderBy(asc(statements.seq));
      return withRelations(rows);
    },

    /** Every atomic statement saydo had recorded by `recordedAsOf`. */
    async atomicRecordedBy(recordedAsOf: Date): Promise<StatementRecord[]> {
      const rows = await selectWithMetric()
        .where(and(eq(statements.kind, 'atomic'), lte(statements.createdAt, recordedAsOf)))
        .orderBy(asc(statements.seq));
      return withRelations(rows);
    },

    async atomicForCompany(companyId: string): Promise<StatementRecord[]> {
      const rows = await selectWithMetric()
        .where(and(eq(statements.companyId, companyId), eq(statements.kind, 'atomic')))
        .orderBy(asc(statements.seq));
      return withRelations(rows);
    },
  };
}

export type StatementStore = ReturnType<typeof createStatementStore>;
