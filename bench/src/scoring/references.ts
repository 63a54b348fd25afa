/** The hand-written SQL of each measure, independent of the app's queries. */
// ---------------------------------------------------------------------------------------------
// Hand-written SQL

/** $1 round year, $2 today, $3 criteria json [{code, key, max}]. Per unit and criterion: score, figures, link. */
export const HAND_PROPOSALS = `
with par as (
  select u.id, u.kind from org_units u
  where u.id > 1 and exists (select 1 from org_unit_groups g where g.unit_id = u.id)
), d as (select make_date($1, 1, 1) as f, make_date($1, 12, 31) as t, least(make_date($1, 12, 31), $2::date) as asof),
pl as (select p.unit_id, count(*) filter (where p.issued_on <= make_date($1, 3, 31)) as on_time, count(*) as in_year
  from plans p, d where p.status = 'issued' and p.issued_on between d.f and d.t group by 1),
ld as (select distinct l.unit_id from plans_leaders l, d where l.from_date <= d.t and (l.to_date is null or l.to_date >= d.t)),
tk as (select a.unit_id, count(*) as assigned, count(*) filter (where a.status = 'done' and a.completed_on <= d.t) as done
  from plans_task_assignments a, d where a.status <> 'cancelled' and a.period_due between d.f and d.t group by 1),
rs as (select p.unit_id, count(*) as resolved,
    count(*) filter (where p.resolution_due is null or p.decided_on <= p.resolution_due) as on_time
  from petitions p, d where p.decided_on between d.f and d.t group by 1),
ov as (select p.unit_id, count(*) as running,
    count(*) filter (where p.resolution_due < d.asof and p.status <> 'suspended'
      and case when p.decided_on is not null then p.decided_on > d.asof else p.closed_on is null or p.closed_on > d.asof end) as overdue
  from petitions p, d where p.accepted_on <= d.asof and p.resolution_due is not null
    and case when p.decided_on is not null then p.decided_on >= d.f else p.closed_on is null or p.closed_on >= d.f end group by 1),
rc as (select v.unit_id, count(distinct v.received_on) as held from reception_visits v, d
  where v.kind = 'periodic_head' and v.head_in_person and v.received_on between d.f and d.t group by 1),
rule as (select k.kind, (select case when r.unit = 'days_per_week' then r.value * 52 else r.value * 12 end
    from legal_time_limits r, d where r.code = k.code and r.effective_from <= d.t and (r.effective_to is null or r.effective_to >= d.t)
    order by r.version desc limit 1) as minimum
  from (values ('commune', 'tiep_cong_dan.chu_tich_xa'), ('department', 'tiep_cong_dan.thu_truong_co_quan')) k(kind, code)),
md as (select m.unit_id, count(*) as n from models m, d where m.registered_on between make_date($1 - 4, 1, 1) and least(d.t, $2::date) group by 1),
dl as (select s.unit_id, count(*) as recorded,
    count(*) filter (where s.dialogue_state = 'held' and s.held_on between d.f and d.t) as held
  from answers_sources s, d where s.kind = 'dialogue' and coalesce(s.held_on, s.received_on) between d.f and d.t group by 1),
fr as (select coalesce(i.responsible_unit_id, s.addressee_unit_id) as unit_id, count(*) as due,
    count(*) filter (where i.first_answered_on <= i.due_date) as on_time, count(*) filter (where i.first_answered_on > i.due_date) as late
  from answers_items i join answers_sources s on s.id = i.source_id, d
  where s.kind in ('front_supervision', 'front_criticism') and i.due_date between d.f and d.t group by 1),
rq as (select par.id as unit_id, pr.id as period_id, dd.deadline from par
  join reporting_periods pr on pr.kind in ('six_month', 'annual') and pr.year = $1
  join org_units root on root.id = pr.root_unit_id and par.id <> root.id
  join org_units uu on uu.id = par.id and uu.path like root.path || '%'
  left join reporting_deadlines dd on dd.period_id = pr.id and dd.level = 'unit'
  where par.kind = any(pr.required_kinds) or exists (select 1 from org_unit_groups ug join org_groups g on g.id = ug.group_id
    where ug.unit_id = par.id and g.code = any(pr.required_groups))),
rp as (select rq.unit_id, count(*) as due, count(r.first_submitted_at) as sent,
    count(*) filter (where r.first_submitted_at is not null and (rq.deadline is null or (r.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date <= rq.deadline)) as on_time,
    count(*) filter (where r.status = 'accepted') as accepted,
    count(*) filter (where r.status = 'accepted' and r.first_submitted_at is not null and (rq.deadline is null or (r.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date <= rq.deadline)) as good
  from rq left join reporting_reports r on r.period_id = rq.period_id and r.unit_id = rq.unit_id and r.level = 'unit' group by 1),
m as (
  select par.id as unit_id, k.key,
    case k.key
      when 'plans.plan_issued_on_time' then case when coalesce(pl.on_time, 0) > 0 then 1 when coalesce(pl.in_year, 0) > 0 then 0.5 else 0 end
      when 'plans.leader_named' then case when ld.unit_id is null then 0 else 1 end
      when 'plans.tasks_on_time' then case when coalesce(tk.assigned, 0) > 0 then least(1, tk.done::numeric / tk.assigned) else 1 end
      when 'petitions.resolved_on_time' then case when coalesce(rs.resolved, 0) > 0 then rs.on_time::numeric / rs.resolved else 1 end
      when 'petitions.none_overdue' then case when coalesce(ov.running, 0) = 0 then null when ov.overdue = 0 then 1 else 0 end
      when 'reception.head_days_minimum' then least(1, coalesce(rc.held, 0)::numeric / rule.minimum)
      when 'models.running' then case when coalesce(md.n, 0) >= 2 then 1 when md.n = 1 then 0.5 else 0 end
      when 'dialogues.held' then case when coalesce(dl.recorded, 0) = 0 then null when dl.held > 0 then 1 else 0 end
      when 'front.recommendations_answered' then case when coalesce(fr.due, 0) = 0 then null else fr.on_time::numeric / fr.due end
      when 'reporting.reports_on_time' then case when coalesce(rp.due, 0) = 0 then null else rp.good::numeric / rp.due end
    end as share,
    case k.key
      when 'plans.plan_issued_on_time' then jsonb_build_object('onTime', coalesce(pl.on_time, 0), 'inYear', coalesce(pl.in_year, 0))
      when 'plans.leader_named' then jsonb_build_object('named', case when ld.unit_id is null then 0 else 1 end)
      when 'plans.tasks_on_time' then jsonb_build_object('assigned', coalesce(tk.assigned, 0), 'done', coalesce(tk.done, 0))
      when 'petitions.resolved_on_time' then jsonb_build_object('resolved', coalesce(rs.resolved, 0), 'onTime', coalesce(rs.on_time, 0))
      when 'petitions.none_overdue' then jsonb_build_object('running', coalesce(ov.running, 0), 'overdue', coalesce(ov.overdue, 0))
      when 'reception.head_days_minimum' then jsonb_build_object('held', coalesce(rc.held, 0), 'minimum', rule.minimum)
      when 'models.running' then jsonb_build_object('registered', coalesce(md.n, 0))
      when 'dialogues.held' then jsonb_build_object('recorded', coalesce(dl.recorded, 0), 'held', coalesce(dl.held, 0))
      when 'front.recommendations_answered' then jsonb_build_object('due', coalesce(fr.due, 0), 'onTime', coalesce(fr.on_time, 0), 'late', coalesce(fr.late, 0))
      when 'reporting.reports_on_time' then jsonb_build_object('due', coalesce(rp.due, 0), 'sent', coalesce(rp.sent, 0), 'onTime', coalesce(rp.on_time, 0), 'accepted', coalesce(rp.accepted, 0), 'onTimeAccepted', coalesce(rp.good, 0))
    end as figures,
    case k.key
      when 'plans.plan_issued_on_time' then '/ke-hoach?unitId=' || par.id || '&year=' || $1
      when 'plans.leader_named' then '/lanh-dao-phu-trach?unitId=' || par.id
      when 'plans.tasks_on_time' then '/nhiem-vu-cua-toi?unitId=' || par.id
      when 'petitions.resolved_on_time' then '/don-thu?unitId=' || par.id
      when 'petitions.none_overdue' then '/don-thu?unitId=' || par.id || '&flag=overdue'
      when 'reception.head_days_minimum' then '/tiep-cong-dan/tuan-thu?unitId=' || par.id
      when 'models.running' then '/mo-hinh?unitId=' || par.id
      when 'dialogues.held' then '/doi-thoai?unitId=' || par.id || '&year=' || $1
      when 'front.recommendations_answered' then '/giam-sat-phan-bien?unitId=' || par.id || '&year=' || $1
      when 'reporting.reports_on_time' then '/bao-cao?unitId=' || par.id || '&year=' || $1
    end as path
  from par cross join (select distinct c->>'key' as key from jsonb_array_elements($3::jsonb) c) k
  left join pl on pl.unit_id = par.id left join ld on ld.unit_id = par.id left join tk on tk.unit_id = par.id
  left join rs on rs.unit_id = par.id left join ov on ov.unit_id = par.id left join rc on rc.unit_id = par.id
  left join rule on rule.kind = par.kind left join md on md.unit_id = par.id left join dl on dl.unit_id = par.id
  left join fr on fr.unit_id = par.id left join rp on rp.unit_id = par.id
)
select m.unit_id, c->>'code' as code, m.key,
  case when m.share is null then null
    else round(least((c->>'max')::numeric, greatest(0, round((c->>'max')::numeric * m.share * 4) / 4)), 2)::float8 end as score,
  m.figures, m.path
from m join jsonb_array_elements($3::jsonb) c on c->>'key' = m.key
where m.key <> 'reception.head_days_minimum' or exists (select 1 from rule where rule.kind = (select kind from org_units where id = m.unit_id) and rule.minimum is not null)`;

/**
 * The ranking with the "dvcq-tinh" scheme written out: ≥90 xuất sắc, 70–<90 tốt (both need
 * eligibility), 50–<70 hoàn thành, <50 không hoàn thành; xuất sắc capped at 20% (floor) of the units
 * classified tốt or above, the rest moved to tốt by total, earlier submission, unit code; rank per
 * group by total (ties share). $1 round id.
 */
export const HAND_RANKING = `
with a as (
  select a.id, a.unit_id, u.code, u.name, a.final_total::float8 as total, a.disqualified, a.disqualify_reason,
    coalesce(a.submitted_at, a.created_at) as sub,
    case when a.final_total >= 90 then 'xuat_sac' when a.final_total >= 70 then 'tot' when a.final_total >= 50 then 'hoan_thanh' else 'khong_hoan_thanh' end as by_score
  from scoring_assessments a join org_units u on u.id = a.unit_id
  where a.round_id = $1 and a.state = 'decided'
), c as (
  select a.*, case when a.disqualified and a.by_score in ('xuat_sac', 'tot') then 'hoan_thanh' else a.by_score end as band0 from a
), cap as (
  select floor(20 * count(*) filter (where band0 in ('xuat_sac', 'tot')) / 100.0 + 1e-9)::int as allowed,
    count(*) filter (where band0 in ('xuat_sac', 'tot'))::int as base,
    count(*) filter (where band0 = 'xuat_sac')::int as before
  from c
), placed as (
  select c.*, case when band0 = 'xuat_sac' then row_number() over (partition by band0 = 'xuat_sac' order by total desc, sub, code collate "C", unit_id) end as place
  from c
), fin as (
  select p.*, (p.place is not null and p.place > cap.allowed) as moved,
    case when p.place is not null and p.place > cap.allowed then 'tot' else p.band0 end as band
  from placed p, cap
), noted as (
  select f.*, nullif(concat_ws(' ',
      case when f.band0 <> f.by_score then 'Không đủ điều kiện xếp loại ' || lb.label || ': ' || f.disqualify_reason end,
      case when f.moved then 'Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ: chỉ ' || cap.allowed || ' trong ' || cap.base
        || ' đơn vị xếp loại từ hoàn thành tốt nhiệm vụ trở lên (20%) được giữ mức này; đơn vị đứng thứ ' || f.place
        || ' trong ' || cap.before || ' đơn vị đạt mức theo điểm (cùng điểm: đơn vị gửi tự chấm sớm hơn đứng trước), chuyển xuống hoàn thành tốt nhiệm vụ.' end), '') as note
  from fin f cross join cap
  join (values ('xuat_sac', 'hoàn thành xuất sắc nhiệm vụ'), ('tot', 'hoàn thành tốt nhiệm vụ'),
    ('hoan_thanh', 'hoàn thành nhiệm vụ'), ('khong_hoan_thanh', 'không hoàn thành nhiệm vụ')) lb(code, label) on lb.code = f.by_score
), g as (
  select f.*, ug.group_id, rank() over (partition by ug.group_id order by f.total desc) as rnk
  from noted f join org_unit_groups ug on ug.unit_id = f.unit_id
  where ug.group_id = any((select group_ids from scoring_rounds where id = $1)::int[])
)
select (select row_to_json(cap) from cap) as cap,
  (select json_agg(json_build_object('unitId', unit_id, 'unitName', name, 'place', place, 'total', total, 'reason', note) order by place) from noted where moved) as moved,
  (select json_object_agg(band, n) from (select band, count(*) as n from fin group by band) b) as counts,
  (select json_agg(json_build_object('groupId', group_id, 'rank', rnk, 'unitId', unit_id, 'unitCode', code, 'unitName', name,
     'assessmentId', id, 'total', total, 'bandByScore', by_score, 'band', band, 'disqualified', disqualified, 'capApplied', moved, 'note', coalesce(note, ''))
     order by group_id, rnk, name collate "vi-x-icu", unit_id) from g) as rows`;
