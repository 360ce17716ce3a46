// Each atomic statement's current verdict and each company's leaderboard totals and scorecard groups
// (statement_verdicts and company_scores in src/db/schema.ts): what "as of now" reads are answered from, instead
// of every statement's timeline. Written in the transaction of every write that rescores, and by the sweeper.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import type { Status } from '../domain/model.js';
import type { LeaderboardSort } from '../domain/scorecard.js';
import { scorecardGroups, verdictCounts, verdictsInForce } from './timeline.js';

/** One company's leaderboard totals as of now, as PostgreSQL has them; sums are exact decimal strings. */
export interface CompanyTotalsRow {
  companyId: string;
  name: string;
  counts: Record<Status, number>;
  surpriseSum: string;
  surpriseCount: number;
  earlyMet: number;
  marginSum: string;
  marginCount: number;
  positiveMargins: number;
}

interface TotalsRow extends Record<string, unknown> {
  /** null: no company ranked (the row carries only the times). */
  company_id: string | null;
  name: string;
  pending: number;
  met: number;
  missed: number;
  unreported: number;
  superseded: number;
  withdrawn: number;
  surprise_sum: string;
  surprise_count: number;
  early_met: number;
  margin_sum: string;
  margin_count: number;
  positive_margins: number;
  latest_since: string | Date | null;
  latest_recorded: string | Date | null;
}

/**
 * The timeline segment of statement `id` that a verdict copies as of `now`: the one in force, else the first one
 * still to begin. Two probes of the primary key from `now`, whatever the length of the statement's history.
 */
const verdictSegment = (id: SQL, now: SQL) => sql`(
  select x.* from (
    (select t.valid_from, t.valid_to, t.status, t.early, t.surprise, t.margin, t.recorded_at
     from statement_timeline t where t.statement_id = ${id} and t.valid_from <= ${now}
     order by t.valid_from desc limit 1)
    union all
    (select t.valid_from, t.valid_to, t.status, t.early, t.surprise, t.margin, t.recorded_at
     from statement_timeline t where t.statement_id = ${id} and t.valid_from > ${now}
     order by t.valid_from limit 1)) x
  where x.valid_to is null or x.valid_to > ${now}
  order by x.valid_from limit 1)`;

/**
 * The statements whose evaluation in force at `at` has `status` (of these companies only, when given), with the keys
 * lists are ordered by: those whose verdict holds at `at`, read from an index on (status, due, seq), (status, seq)
 * or (company, status, seq), and the few whose verdict does not (a deadline passed since the sweeper last ran, or
 * not yet begun), looked up in their timelines. Each half is ordered as the list is, so PostgreSQL merges them and
 * stops at the end of a page instead of sorting every statement with the status.
 */
export function statementsWithStatusAt(
  status: Status,
  at: Date,
  options: { order: 'due' | 'seq' | null; companyIds?: string[] },
): SQL {
  const t = sql`${at.toISOString()}::timestamptz`;
  const companies =
    options.companyIds === undefined ? sql`` : sql`and v.company_id = any(${sql.param(options.companyIds)}::text[])`;
  const order =
    options.order === 'due' ? sql`order by v.due, v.seq` : options.order === 'seq' ? sql`order by v.seq` : sql``;
  return sql`(
    (select v.statement_id, v.due, v.seq from statement_verdicts v
     where v.status = ${status} and v.valid_from <= ${t} and (v.valid_to is null or v.valid_to > ${t}) ${companies}
     ${order})
    union all
    (select v.statement_id, v.due, v.seq from statement_verdicts v
     where (v.valid_to <= ${t} or v.valid_from > ${t}) ${companies}
       and (select s.status from statement_timeline s
            where s.statement_id = v.statement_id and s.valid_from <= ${t}
              and (s.valid_to is null or s.valid_to > ${t})
            order by s.valid_from desc limit 1) = ${status}
     ${order})) as verdict`;
}

/** A leaderboard sort's value, exactly comparable: counts and sums carried to 40 places before dividing. */
const SORT_VALUE: Record<LeaderboardSort, SQL> = {
  hitRate: sql`met::numeric(1000, 40) / nullif(resolved, 0)`,
  unreportedRate: sql`unreported::numeric(1000, 40) / nullif(resolved, 0)`,
  meanMargin: sql`(margin_sum * 1::numeric(1000, 40)) / nullif(margin_count, 0)`,
  positiveMarginRate: sql`positive_margins::numeric(1000, 40) / nullif(margin_count, 0)`,
};

/** Totals added up from segments or verdicts `t` (status, early, surprise, margin, valid_from, recorded_at). */
const TOTALS = sql`
  count(*) filter (where t.status = 'pending')::int as pending,
  count(*) filter (where t.status = 'met')::int as met,
  count(*) filter (where t.status = 'missed')::int as missed,
  count(*) filter (where t.status = 'unreported')::int as unreported,
  count(*) filter (where t.status = 'superseded')::int as superseded,
  count(*) filter (where t.status = 'withdrawn')::int as withdrawn,
  coalesce(sum(t.surprise) filter (where t.status in ('met', 'missed')), 0) as surprise_sum,
  count(t.surprise) filter (where t.status in ('met', 'missed'))::int as surprise_count,
  count(*) filter (where t.status = 'met' and t.early)::int as early_met,
  coalesce(sum(t.margin) filter (where t.status in ('met', 'missed')), 0) as margin_sum,
  count(t.margin) filter (where t.status in ('met', 'missed'))::int as margin_count,
  count(*) filter (where t.status in ('met', 'missed') and t.margin > 0)::int as positive_margins,
  max(t.valid_from) as since, max(t.recorded_at) as recorded_at`;

export function createVerdictStore(db: Executor) {
  return {
    /**
     * Set the verdicts of these statements from their timelines as they now stand (in this transaction), and
     * drop those of statements with no segment left. The caller holds the statements' metrics' locks.
     */
    async refresh(statementIds: string[], now: Date): Promise<void> {
      if (statementIds.length === 0) return;
      const at = sql`${now.toISOString()}::timestamptz`;
      const ids = sql`${sql.param(statementIds)}::uuid[]`;
      await db.execute(sql`
        with current as (
          select s.id, s.company_id, coalesce(s.window_end, '9999-12-31'::date) as due, s.seq, t.*
          from statements s
          cross join lateral ${verdictSegment(sql`s.id`, at)} t
          where s.id = any(${ids}) and s.kind = 'atomic'),
        dropped as (
          delete from statement_verdicts v
          where v.statement_id = any(${ids}) and not exists (select 1 from current c where c.id = v.statement_id))
        insert into statement_verdicts as v (statement_id, company_id, due, seq, valid_from, valid_to, status, early,
                                             surprise, margin, recorded_at)
        select id, company_id, due, seq, valid_from, valid_to, status, early, surprise, margin, recorded_at
        from current
        on conflict (statement_id) do update
        set due = excluded.due, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
            status = excluded.status, early = excluded.early, surprise = excluded.surprise, margin = excluded.margin,
            recorded_at = excluded.recorded_at`);
    },

    /**
     * Move verdicts no longer in force at `now` (a deadline passed) on to the segment in force now, at most
     * `limit`, skipping those another transaction holds (its rescoring sets them); returns their companies.
     */
    async advanceDue(now: Date, limit: number): Promise<string[]> {
      const at = sql`${now.toISOString()}::timestamptz`;
      const result = await db.execute<{ company_id: string }>(sql`
        with due as (
          select v.statement_id from statement_verdicts v where v.valid_to <= ${at}
          order by v.valid_to limit ${limit} for update skip locked)
        update statement_verdicts v
        set valid_from = t.valid_from, valid_to = t.valid_to, status = t.status, early = t.early,
            surprise = t.surprise, margin = t.margin, recorded_at = t.recorded_at
        from due cross join lateral ${verdictSegment(sql`due.statement_id`, at)} t
        where v.statement_id = due.statement_id
        returning v.company_id`);
      return [...new Set(result.rows.map((r) => r.company_id))];
    },

    /** Companies whose totals no longer hold at `now`, at most `limit`. */
    async staleCompanies(now: Date, limit: number): Promise<string[]> {
      const at = sql`${now.toISOString()}::timestamptz`;
      const result = await db.execute<{ company_id: string }>(sql`
        select company_id from company_scores where valid_until <= ${at} or as_of > ${at}
        order by valid_until limit ${limit}`);
      return result.rows.map((r) => r.company_id);
    },

    /**
     * Add these companies' totals up again from their verdicts, as of `now`. Each company's row is locked first
     * (in one order, so two writers cannot deadlock), and the totals are read after the lock is held: a writer
     * that waited for another's commit adds up what that one wrote. With `skipLocked` (the sweeper), companies a
     * writer holds are left to it. A verdict no longer in force (one the sweeper has not advanced) makes the
     * totals stale at once, so readers add that company up from the timeline.
     */
    async refreshCompanies(companyIds: string[], now: Date, skipLocked = false): Promise<void> {
      if (companyIds.length === 0) return;
      const at = sql`${now.toISOString()}::timestamptz`;
      const sorted = [...new Set(companyIds)].sort();
      // A company's first row is inserted, and an existing one locked, by the same statement (an upsert takes the
      // row lock), in company order.
      const locked = skipLocked
        ? await db.execute<{ company_id: string }>(sql`
            select company_id from company_scores where company_id = any(${sql.param(sorted)}::text[])
            order by company_id for update skip locked`)
        : await db.execute<{ company_id: string }>(sql`
            insert into company_scores as c (company_id, pending, met, missed, unreported, superseded, withdrawn,
                                             surprise_sum, surprise_count, early_met, margin_sum, margin_count,
                                             positive_margins, as_of, valid_until)
            select id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ${at}, ${at}
            from unnest(${sql.param(sorted)}::text[]) as k(id)
            order by id
            on conflict (company_id) do update set as_of = c.as_of
            returning c.company_id`);
      const ids = locked.rows.map((r) => r.company_id);
      if (ids.length === 0) return;
      // The scorecard's groups are kept too, over the statements made by `now`'s day, as a scorecard reads them.
      const day = sql`(${at} at time zone 'UTC')::date`;
      await db.execute(sql`
        update company_scores c
        set pending = x.pending, met = x.met, missed = x.missed, unreported = x.unreported,
            superseded = x.superseded, withdrawn = x.withdrawn, surprise_sum = x.surprise_sum,
            surprise_count = x.surprise_count, early_met = x.early_met, margin_sum = x.margin_sum,
            margin_count = x.margin_count, positive_margins = x.positive_margins, since = x.since,
            recorded_at = x.recorded_at, as_of = ${at}, valid_until = x.valid_until,
            scorecard_groups = ${scorecardGroups(
              sql`(${verdictsInForce(sql`k.company_id`, at, day)})`,
              sql`k.company_id`,
              day,
            )}
        from unnest(${sql.param(ids)}::text[]) as k(company_id)
        cross join lateral (
          select ${TOTALS},
                 least(min(t.valid_to), (select min(n.valid_from) from statement_verdicts n
                                         where n.company_id = k.company_id and n.valid_from > ${at})) as valid_until
          from statement_verdicts t where t.company_id = k.company_id and t.valid_from <= ${at}) x
        where c.company_id = k.company_id`);
    },

    /**
     * The leaderboard as of `now`: companies with at least `minResolved` resolved statements, ranked by `sort`
     * as src/service/scoring.ts orders them, at most `limit`; with the latest start and record time of any
     * evaluation counted (over every company, ranked or not). Companies whose totals hold now are read from
     * their row, the rest added up from their timelines.
     */
    async leaderboard(
      now: Date,
      options: { minResolved: number; limit: number; sort: LeaderboardSort; order: 'asc' | 'desc' },
    ): Promise<{ rows: CompanyTotalsRow[]; since: Date | null; recordedAt: Date | null }> {
      const at = sql`${now.toISOString()}::timestamptz`;
      const { sort, order } = options;
      const valued = sort === 'meanMargin' || sort === 'positiveMarginRate' ? sql`margin_count` : sql`resolved`;
      const direction = order === 'desc' ? sql`desc` : sql`asc`;
      const columns = sql`company_id, pending, met, missed, unreported, superseded, withdrawn, surprise_sum,
        surprise_count, early_met, margin_sum, margin_count, positive_margins, since, recorded_at`;
      const result = await db.execute<TotalsRow>(sql`
        with held as (
          select ${columns} from company_scores
          where as_of <= ${at} and (valid_until is null or valid_until > ${at})),
        recounted as (
          select s.company_id, ${TOTALS}
          from statements s
          cross join lateral (select * from statement_timeline t
                              where t.statement_id = s.id and t.valid_from <= ${at}
                              order by t.valid_from desc limit 1) t
          where s.company_id = any(array(select company_id from company_scores
                                         where valid_until <= ${at} or as_of > ${at}))
            and s.kind = 'atomic' and (t.valid_to is null or t.valid_to > ${at})
          group by s.company_id),
        board as (
          select b.*, met + missed + unreported as resolved
          from (select * from held union all select ${columns} from recounted) b
          where pending + met + missed + unreported + superseded + withdrawn > 0)
        -- One row however many are ranked: the times cover every company counted, ranked or not.
        select times.latest_since, times.latest_recorded, ranked.*
        from (select max(since) as latest_since, max(recorded_at) as latest_recorded from board) times
        left join lateral (
          select board.*, c.name,
                 row_number() over (order by ${valued} > 0 desc, ${SORT_VALUE[sort]} ${direction}, resolved desc,
                                             company_id collate "C") as rank
          from board join companies c on c.id = board.company_id
          where resolved >= ${options.minResolved}
          order by rank
          limit ${options.limit}) ranked on true
        order by ranked.rank`);
      const time = (value: string | Date | null | undefined) => (value == null ? null : new Date(value));
      const first = result.rows[0];
      return {
        since: time(first?.latest_since),
        recordedAt: time(first?.latest_recorded),
        rows: result.rows.flatMap((r) =>
          r.company_id === null
            ? []
            : [
                {
                  companyId: r.company_id,
                  name: r.name,
                  counts: verdictCounts(r),
                  surpriseSum: r.surprise_sum,
                  surpriseCount: r.surprise_count,
                  earlyMet: r.early_met,
                  marginSum: r.margin_sum,
                  marginCount: r.margin_count,
                  positiveMargins: r.positive_margins,
                },
              ],
        ),
      };
    },
  };
}

export type VerdictStore = ReturnType<typeof createVerdictStore>;
