// The history query as proposed for src/store/actuals.ts historyForScoring (see history-by-metric.ts for why),
// and the rewrite of the query src sends into it, keeping src's parameters. Same rows, same order of columns.

/** The proposed query, with `since` and the statement ids as the given parameters. */
export function proposedHistoryQuery(since: string, ids: string): string {
  return `
        with h as (
          select a.id, a.metric_id, a.period_start, a.period_end, a.value, a.published_at, a.seq, r.retracted_at,
                 (r.actual_id is null and a.published_at <= ${since}::timestamptz) as firm,
                 row_number() over w as newest_first
          from actuals a
          left join retractions r on r.actual_id = a.id
          where a.metric_id = any(array(select s.metric_id from statements s where s.id = any(${ids}::uuid[])))
            and exists (select 1 from statements s
                        where s.id = any(${ids}::uuid[]) and s.metric_id = a.metric_id
                          and a.period_end >= s.window_start and (s.window_end is null or a.period_end <= s.window_end))
          window w as (partition by a.metric_id, a.period_start, a.period_end order by a.published_at desc, a.seq desc)),
        cut as (
          select h.*, min(newest_first) filter (where firm) over (partition by metric_id, period_start, period_end) as first_firm
          from h)
        select id, metric_id, period_start, period_end, value, published_at, seq, retracted_at
        from cut
        where first_firm is null or newest_first <= first_firm`;
}

const SINCE = /a\.published_at <= (\$\d+)::timestamptz\) as firm/;
const IDS = /where s\.id = any\((\$\d+)::uuid\[\]\) and s\.metric_id = a\.metric_id/;

/** src's history query rewritten into the proposed one; any other text unchanged. */
export function rewrite(text: string): string {
  if (
    !text.includes('with h as') ||
    !text.includes('row_number() over (partition by a.metric_id') ||
    !text.includes('first_firm')
  )
    return text;
  const since = SINCE.exec(text)?.[1];
  const ids = IDS.exec(text)?.[1];
  return since && ids ? proposedHistoryQuery(since, ids) : text;
}
