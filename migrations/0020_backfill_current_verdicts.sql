-- Backfill of migration 0018: each atomic statement's verdict (the segment in force now, else the first still to
-- begin) and each company's totals as of now, as src/store/verdicts.ts refresh and refreshCompanies compute them.
-- An instance whose clock is behind this migration's reads these totals as not yet holding and adds up from the
-- timeline instead; the verdicts hold over their own span whatever the clock.
insert into statement_verdicts (statement_id, company_id, due, seq, valid_from, valid_to, status, early, surprise,
                                margin, recorded_at)
select s.id, s.company_id, coalesce(s.window_end, '9999-12-31'::date), s.seq, t.valid_from, t.valid_to, t.status,
       t.early, t.surprise, t.margin, t.recorded_at
from statements s
cross join lateral (
  select x.* from (
    (select t.valid_from, t.valid_to, t.status, t.early, t.surprise, t.margin, t.recorded_at
     from statement_timeline t where t.statement_id = s.id and t.valid_from <= now()
     order by t.valid_from desc limit 1)
    union all
    (select t.valid_from, t.valid_to, t.status, t.early, t.surprise, t.margin, t.recorded_at
     from statement_timeline t where t.statement_id = s.id and t.valid_from > now()
     order by t.valid_from limit 1)) x
  where x.valid_to is null or x.valid_to > now()
  order by x.valid_from limit 1) t
where s.kind = 'atomic';
--> statement-breakpoint
insert into company_scores (company_id, pending, met, missed, unreported, superseded, withdrawn, surprise_sum,
                            surprise_count, early_met, margin_sum, margin_count, positive_margins, since, recorded_at,
                            as_of, valid_until)
select c.company_id, x.pending, x.met, x.missed, x.unreported, x.superseded, x.withdrawn, x.surprise_sum,
       x.surprise_count, x.early_met, x.margin_sum, x.margin_count, x.positive_margins, x.since, x.recorded_at, now(),
       x.valid_until
from (select distinct company_id from statement_verdicts) c
cross join lateral (
  select count(*) filter (where t.status = 'pending')::int as pending,
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
         max(t.valid_from) as since, max(t.recorded_at) as recorded_at,
         least(min(t.valid_to), (select min(n.valid_from) from statement_verdicts n
                                 where n.company_id = c.company_id and n.valid_from > now())) as valid_until
  from statement_verdicts t where t.company_id = c.company_id and t.valid_from <= now()) x;
