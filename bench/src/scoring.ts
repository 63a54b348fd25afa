/**
 * npm run bench -- scoring
 *
 * Builds, on PostgreSQL, a province of 3,500 units (the province, 99 departments in "khối sở, ngành",
 * 3,400 communes and wards in "khối xã, phường") with a year of live records behind every proposer
 * (plans, leaders, task assignments, petitions, the head's reception days, "Dân vận khéo" models,
 * dialogues, the Front's recommendations, six-month and annual reports), a 60-criterion set whose 30
 * measured criteria point at the ten proposers, and the year's round; then measures, each through the
 * scoring module's own code (what the app runs) and, on the same database in the same run, the same
 * result by hand-written SQL (independent of the app's queries):
 *   (a) the scores proposed from live data for every participant (3,499 units × 30 measured criteria):
 *       round/propose-round.ts, every proposer in its batch form;
 *   (b) the ranking of the round's 3,499 decided assessments: bands with eligibility, the cap on xuất
 *       sắc over the round, the rank within each unit group (round/ranking.ts).
 * Every field of the results is compared: (a) per unit and criterion the proposer key, the score, the
 * figures behind it and the evidence link (the description is text made from those figures); (b) per
 * group and row the rank, unit, assessment, total, maximum, band by score, band, eligibility and
 * whether the cap moved it, and the cap's base, allowed, before and moved units with their places, and
 * the counts per band. Target (issue 11): each within 1.5× of the hand-written SQL. Prints median, p95
 * and the ratio of medians. Uses DATABASE_URL when set (an empty database it may fill), else a
 * throwaway cluster (apps/server/test/pg-cluster.ts). Benchmarks assert nothing; they print.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { CriteriaContent, Criterion } from '@danvan/domain';
import { startCluster, type Cluster } from '../../apps/server/test/pg-cluster.ts';
import { openPostgres, type Database } from '../../apps/server/src/db/client.ts';
import { migrateDatabase } from '../../apps/server/src/db/migrate.ts';
import { readConfig } from '../../apps/server/src/config.ts';
import { SYSTEM_ACTOR, makeActor, type Ctx } from '../../apps/server/src/core/context.ts';
import { registerModuleHooks, seedReferenceData } from '../../apps/server/src/modules/index.ts';
import { createSet } from '../../apps/server/src/modules/scoring/set/create-set.ts';
import { issueSet } from '../../apps/server/src/modules/scoring/set/update-set.ts';
import { createRound, openRound } from '../../apps/server/src/modules/scoring/round/create-round.ts';
import { proposeRound } from '../../apps/server/src/modules/scoring/round/propose-round.ts';
import { readRanking } from '../../apps/server/src/modules/scoring/round/read-results.ts';
import * as schemes from '../../apps/server/src/modules/scoring/band-scheme/band-scheme.repository.ts';

const UNITS = 3_500; // the province and 3,499 units below it
const DEPARTMENTS = 99;
const RUNS = Number(process.env.BENCH_SCORING_RUNS ?? 5);
const WARMUP = 1;

const log = (s: string) => console.log(`[scoring] ${s}`);

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

// ---------------------------------------------------------------------------------------------
// The 60-criterion set: 10 groups of 6, each group's first three criteria measured (the ten keys,
// three times each with different points), the last group's last criterion scored by the superior.

const KEYS = [
  'plans.plan_issued_on_time',
  'plans.leader_named',
  'plans.tasks_on_time',
  'petitions.resolved_on_time',
  'petitions.none_overdue',
  'reception.head_days_minimum',
  'models.running',
  'dialogues.held',
  'front.recommendations_answered',
  'reporting.reports_on_time',
] as const;
const GROUP_NAMES = [
  'Lãnh đạo, chỉ đạo và kế hoạch',
  'Phân công lãnh đạo phụ trách',
  'Thực hiện nhiệm vụ được giao',
  'Giải quyết đơn thư',
  'Đơn thư quá hạn',
  'Tiếp công dân',
  'Phong trào “Dân vận khéo”',
  'Đối thoại với Nhân dân',
  'Phối hợp với Mặt trận Tổ quốc',
  'Chế độ thông tin, báo cáo',
];
const POINTS = [2.5, 2, 1.5, 1.5, 1.5, 1];

function benchContent(): CriteriaContent {
  return {
    groups: GROUP_NAMES.map((name, g) => ({
      code: `G${g + 1}`,
      name,
      maxPoints: 10,
      criteria: POINTS.map((maxPoints, i): Criterion => ({
        code: `${g + 1}.${i + 1}`,
        name: i < 3 ? `${name}: tiêu chí đo từ số liệu ${i + 1}` : `${name}: tiêu chí tự chấm ${i - 2}`,
        kind: 'score',
        maxPoints,
        scoredBy: g === 9 && i === 5 ? 'superior' : 'self',
        guidance: '',
        evidenceRequired: 'Tài liệu kiểm chứng',
        // the criteria of one group point at three different keys, so every key serves three criteria
        proposerKey: i < 3 ? KEYS[(g + i * 3) % KEYS.length] : null,
      })),
    })),
  } as CriteriaContent;
}

// ---------------------------------------------------------------------------------------------
// The data

/** A table's secondary indexes, dropped while loading and built again after (trigram GIN indexes above all). */
async function dropIndexes(db: Database, table: string): Promise<string[]> {
  const rows = await db.query<{ name: string; def: string }>(
    `select indexname as name, indexdef as def from pg_indexes
     where schemaname = 'public' and tablename = $1 and indexname <> $1 || '_pkey'`,
    [table],
  );
  for (const r of rows) await db.query(`drop index ${r.name}`);
  return rows.map((r) => r.def);
}

async function build(db: Database, year: number, today: string) {
  const defs = [...(await dropIndexes(db, 'petitions')), ...(await dropIndexes(db, 'reception_visits'))];
  let last = performance.now();
  const q = async (s: string, p?: unknown[]) => {
    await db.query(s, p);
    const t = performance.now();
    if (t - last > 3000)
      log(
        `  ${(t - last) / 1000 > 0 ? ((t - last) / 1000).toFixed(1) : 0} s: ${s.replace(/\s+/g, ' ').slice(0, 60)}…`,
      );
    last = t;
  };
  const y = (md: string) => `'${year}-${md}'::date`;
  await q(`insert into org_groups(code, name) values ('khoi_xa', 'Khối xã, phường'), ('khoi_so_nganh', 'Khối sở, ban, ngành')
           on conflict do nothing`);
  await q(`insert into org_units(id, code, name, kind, parent_id, path, depth, valid_from) overriding system value
           values (1, 'TINH', 'Ủy ban nhân dân tỉnh Thử Tải', 'province', null, '/1/', 0, '2015-01-01')`);
  await q(`insert into org_units(id, code, name, kind, parent_id, path, depth, valid_from) overriding system value
           select 1 + k, 'U' || lpad(k::text, 4, '0'),
             case when k <= ${DEPARTMENTS} then 'Sở ' || lpad(k::text, 3, '0') else (case when k % 4 = 0 then 'Phường ' else 'Xã ' end) || lpad(((k * 7919) % ${UNITS})::text, 4, '0') end,
             case when k <= ${DEPARTMENTS} then 'department' else 'commune' end,
             1, '/1/' || (1 + k) || '/', 1, '2015-01-01'
           from generate_series(1, ${UNITS - 1}) k`);
  await q(`select setval(pg_get_serial_sequence('org_units', 'id'), (select max(id) from org_units))`);
  await q(`insert into org_unit_groups(unit_id, group_id)
           select u.id, g.id from org_units u join org_groups g
             on g.code = case when u.kind = 'department' then 'khoi_so_nganh' else 'khoi_xa' end
           where u.id > 1`);
  // h(n, salt): a pseudo-random number 0…999 of the unit
  const h = (salt: number, col = 'u.id') =>
    `((${col}::bigint * ${7919 + salt * 104729} + ${salt * 13}) % 1000)`;
  const units = `(select id from org_units where id > 1) u`;
  // plans: 85% issue a plan, most by 31/03
  await q(`insert into plans(unit_id, year, title, issuer_name, status, issued_on)
           select u.id, ${year}, 'Kế hoạch thực hiện công tác dân vận chính quyền năm ${year}', 'Chủ tịch UBND', 'issued',
             ${y('01-10')} + (${h(1)} % 150)::int
           from ${units} where ${h(2)} < 850`);
  // leaders: 70% named
  await q(`insert into plans_leaders(unit_id, leader_name, position, from_date, decision_number, decision_date)
           select u.id, 'Nguyễn Văn An', 'Phó Chủ tịch UBND', '${year - 1}-06-01', 'QĐ ' || u.id, '${year - 1}-06-01'
           from ${units} where ${h(3)} < 700`);
  // the province's plan with 5 tasks assigned to every unit, due through the year
  await q(`insert into plans(id, unit_id, year, title, issuer_name, status, issued_on) overriding system value
           values (1000000, 1, ${year}, 'Kế hoạch công tác dân vận chính quyền của tỉnh năm ${year}', 'Chủ tịch UBND tỉnh', 'issued', ${y('01-05')})`);
  await q(`insert into plans_tasks(id, plan_id, unit_id, title, assign_selector, status) overriding system value
           select 1000000 + t, 1000000, 1, 'Nhiệm vụ số ' || t, '{}'::jsonb, 'assigned' from generate_series(1, 5) t`);
  await q(`insert into plans_task_assignments(task_id, unit_id, period_due, status, completed_on)
           select 1000000 + t, u.id, ${y('02-28')} + (t * 60),
             case when ${h(4)} + t * 97 % 1000 < 750 then 'done' when t = 5 and u.id % 50 = 0 then 'cancelled' else 'in_progress' end,
             case when ${h(4)} + t * 97 % 1000 < 750 then ${y('02-20')} + (t * 60) + (${h(5)} % 20)::int end
           from ${units} cross join generate_series(1, 5) t`);
  // petitions: ~20 per unit over the year, some decided late, some open past their due date
  await q(`insert into petitions(unit_id, received_on, channel, kind, field, status, subject, content,
             accepted_on, resolution_due, decided_on)
           select u.id, d.received, 'truc_tiep', 'khieu_nai', 'dat_dai',
             case when d.k % 7 = 0 then 'accepted' when d.k % 29 = 0 then 'suspended' else 'decided' end,
             'Khiếu nại về bồi thường khi thu hồi đất', 'Công dân đề nghị xem xét lại đơn giá bồi thường',
             d.received + 5, d.received + 35,
             case when d.k % 7 = 0 or d.k % 29 = 0 then null else d.received + 5 + (d.k * 37 % 45) end
           from ${units} cross join generate_series(1, 10) n
           cross join lateral (select (u.id * 31 + n * 17) as k,
             ${y('01-02')} + ((u.id * 13 + n * 17) % 300)::int as received) d
           where ${h(6)} < 900 or n <= 2`);
  // the head's periodic reception days: 30 to 52 a year
  await q(`insert into reception_visits(unit_id, kind, received_at, received_on, place, receiver_name, head_in_person,
             visitors_count, representative_name, content, field, outcome)
           select u.id, 'periodic_head', (${y('01-05')} + w * 7)::timestamp + interval '2 hours', ${y('01-05')} + w * 7,
             'Trụ sở tiếp công dân', 'Chủ tịch UBND', true, 1, 'Trần Thị Bình', 'Phản ánh về hạ tầng thôn', 'xay_dung', 'answered'
           from ${units} cross join generate_series(0, 51) w
           where w < 30 + ${h(7)} % 23`);
  // "Dân vận khéo" models: 0 to 3 per unit
  await q(`insert into models(unit_id, name, field, registered_on)
           select u.id, 'Mô hình “Dân vận khéo” số ' || m, 'kinh_te', '${year - 2}-03-01'::date + (m * 200)
           from ${units} cross join generate_series(1, 3) m where m <= ${h(8)} % 4`);
  // dialogues: 0 to 2 recorded, most held
  await q(`insert into answers_sources(kind, unit_id, title, received_on, dialogue_state, held_on)
           select 'dialogue', u.id, 'Hội nghị đối thoại với Nhân dân lần ' || n, ${y('03-01')} + n * 90,
             case when (u.id + n) % 5 = 0 then 'cancelled' else 'held' end,
             case when (u.id + n) % 5 = 0 then null else ${y('03-01')} + n * 90 end
           from ${units} cross join generate_series(1, 2) n where n <= ${h(9)} % 3`);
  // the Front's supervision: one document to 80% of units, with 3 recommendations each
  await q(`insert into answers_sources(kind, unit_id, addressee_unit_id, title, received_on)
           select 'front_supervision', 1, u.id, 'Kết luận giám sát của Ủy ban MTTQ tỉnh', ${y('02-15')}
           from ${units} where ${h(10)} < 800`);
  await q(`insert into answers_items(source_id, number, text, due_date, first_answered_on)
           select s.id, n, 'Kiến nghị số ' || n, ${y('04-15')} + n * 30,
             case when (s.id + n) % 4 = 0 then null when (s.id + n) % 4 = 1 then ${y('04-20')} + n * 30 else ${y('04-01')} + n * 30 end
           from answers_sources s cross join generate_series(1, 3) n where s.kind = 'front_supervision'`);
  // six-month and annual reports of the communes and departments
  await q(`insert into reporting_templates(id, code, name, sections) overriding system value
           values (900000, 'bench_1432', 'Đề cương báo cáo công tác dân vận chính quyền', '[]'::jsonb)`);
  await q(`insert into reporting_periods(id, template_id, root_unit_id, kind, year, name, from_date, to_date, cutoff_date, required_kinds) overriding system value
           values (900001, 900000, 1, 'six_month', ${year}, 'Báo cáo 6 tháng đầu năm ${year}', ${y('01-01')}, ${y('06-30')}, ${y('06-15')}, '{commune,department}'),
                  (900002, 900000, 1, 'annual', ${year}, 'Báo cáo năm ${year}', ${y('01-01')}, ${y('12-31')}, ${y('11-15')}, '{commune,department}')`);
  await q(`insert into reporting_deadlines(period_id, level, deadline)
           values (900001, 'unit', ${y('06-20')}), (900002, 'unit', ${y('11-20')})`);
  await q(`insert into reporting_reports(period_id, unit_id, status, submitted_at, first_submitted_at)
           select pr.id, u.id,
             case when ${h(11)} < 800 then 'accepted' else 'returned' end,
             d.at, d.at
           from ${units} cross join (values (900001, ${y('06-20')}), (900002, ${y('11-20')})) pr(id, deadline)
           cross join lateral (select (pr.deadline - 3 + (${h(12)} % 6)::int)::timestamp + interval '2 hours' as at) d
           where ${h(13)} < 930`);
  for (const d of defs) await q(d);
  await q('analyze');
  void today;
}

/** The decided assessments of the round (the ranking reads them, not their items). */
async function decide(db: Database, roundId: number) {
  await db.query(
    `insert into scoring_assessments(round_id, unit_id, state, self_total, appraised_total, final_total,
                    disqualified, disqualify_reason, submitted_at, decided_at)
                  select $1, u.id, 'decided', t.total, t.total, t.total, u.id % 53 = 0,
                    case when u.id % 53 = 0 then 'Có cán bộ bị xử lý kỷ luật trong năm' else '' end,
                    now() - ((u.id * 7) % 500) * interval '1 minute', now()
                  from org_units u
                  cross join lateral (select round((40 + ((u.id * 7919) % 1000) / 1000.0 * 60) * 4) / 4 as total) t
                  where u.id > 1`,
    [roundId],
  );
}

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

// ---------------------------------------------------------------------------------------------

interface Row {
  label: string;
  mine: number;
  hand: number;
  p95: number;
  handP95: number;
}

/** The province, its live records, the issued 60-criterion set and the open round with its decided assessments. */
export async function prepareScoring(db: Database, url: string) {
  await migrateDatabase(db);
  const [existing] = await db.query<{ n: string }>(`select count(*) as n from org_units`);
  if (Number(existing.n) > 0)
    throw new Error('Cơ sở dữ liệu đã có đơn vị: hãy dùng một cơ sở dữ liệu trống.');
  const { config } = readConfig({ DATABASE_URL: url, DEMO: '0', LOG_LEVEL: 'silent' } as never);
  registerModuleHooks();
  await seedReferenceData(db, config!);
  const now = new Date();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
  const year = Number(today.slice(0, 4));
  const [buildMs] = await timed(() => build(db, year, today));
  const counts = await db.query<{ t: string; n: string }>(
    `select 'petitions' as t, count(*) as n from petitions union all select 'reception_visits', count(*) from reception_visits
     union all select 'plans_task_assignments', count(*) from plans_task_assignments union all select 'answers_items', count(*) from answers_items
     union all select 'reporting_reports', count(*) from reporting_reports`,
  );
  log(
    `dữ liệu: ${UNITS.toLocaleString('vi-VN')} đơn vị; ${counts.map((c) => `${c.t} ${Number(c.n).toLocaleString('vi-VN')}`).join(', ')}; dựng trong ${(buildMs / 1000).toFixed(1)} s`,
  );

  const clock = { now: () => now };
  const sysCtx: Ctx = {
    db: db.db,
    actor: SYSTEM_ACTOR,
    requestId: 'bench',
    ip: null,
    clock,
    config: config!,
  };
  const content = benchContent();
  const scheme = (await schemes.listBandSchemes(db.db)).find((s) => s.code === 'dvcq-tinh')!;
  let set = await createSet(sysCtx, {
    unitId: 1,
    year,
    name: `Bộ 60 tiêu chí đánh giá công tác dân vận chính quyền năm ${year} (thử tải)`,
    bandSchemeId: scheme.id,
    basis: 'Bộ tiêu chí thử tải',
    needsCheck: false,
    content: content as never,
  });
  set = await issueSet(sysCtx, set.id, set.version);
  const groups = await db.query<{ id: number }>(
    `select id from org_groups where code in ('khoi_xa', 'khoi_so_nganh') order by id`,
  );
  let round = await createRound(sysCtx, {
    unitId: 1,
    year,
    name: `Chấm điểm công tác dân vận chính quyền năm ${year}`,
    setId: set.id,
    groupIds: groups.map((g) => Number(g.id)),
    submitDeadline: `${year}-11-10`,
    explainDays: 5,
  });
  round = await openRound(sysCtx, round.id, round.version);
  await decide(db, round.id);
  await db.query('analyze scoring_assessments');

  const coordinator = makeActor({ id: 1, username: 'bench', fullName: 'Cán bộ Sở Nội vụ' }, [
    {
      id: 1,
      role: 'coordinator',
      unitId: 1,
      unitName: 'Ủy ban nhân dân tỉnh Thử Tải',
      unitPath: '/1/',
      includeSubtree: true,
    },
  ]);
  const ctx: Ctx = { ...sysCtx, actor: coordinator };
  const criteria = content.groups
    .flatMap((g) => g.criteria)
    .filter((c) => c.proposerKey && c.scoredBy === 'self')
    .map((c) => ({ code: c.code, key: c.proposerKey, max: c.maxPoints }));
  return { ctx, round, content, year, today, criteria };
}

export async function benchScoring(): Promise<void> {
  let cluster: Cluster | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    log('không có DATABASE_URL: khởi động một cụm PostgreSQL tạm thời…');
    cluster = await startCluster();
    const c = new pg.Client({ connectionString: cluster.url });
    await c.connect();
    await c.query('create database danvan_bench_scoring');
    await c.end();
    url = cluster.url.replace(/\/postgres$/, '/danvan_bench_scoring');
  }
  // JIT compilation alone took 30 s of a 36 s run of the hand-written statement on this machine (and
  // nothing of the module's small statements): both sides run without it, as an OLTP database would.
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(
    `alter database "${(await admin.query('select current_database() as d')).rows[0].d}" set jit = off`,
  );
  await admin.end();
  const db = await openPostgres(url, 4);
  try {
    const { ctx, round, content, year, today, criteria } = await prepareScoring(db, url);

    const measure = async <A, B>(
      label: string,
      mineFn: () => Promise<A>,
      handFn: () => Promise<B>,
      same: (a: A, b: B) => string | null,
    ): Promise<Row> => {
      const mine: number[] = [];
      const hand: number[] = [];
      for (let n = 0; n < RUNS + WARMUP; n++) {
        let t1: number, t2: number, a: A, b: B;
        if (n % 2) {
          [t1, a] = await timed(mineFn);
          [t2, b] = await timed(handFn);
        } else {
          [t2, b] = await timed(handFn);
          [t1, a] = await timed(mineFn);
        }
        if (n === 0 || n === RUNS + WARMUP - 1) {
          const diff = same(a, b);
          if (diff) throw new Error(`${label}: kết quả khác nhau (${diff})`);
        }
        if (n >= WARMUP) {
          mine.push(t1);
          hand.push(t2);
        }
      }
      const r = { label, mine: median(mine), hand: median(hand), p95: p95(mine), handP95: p95(hand) };
      log(
        `  mô-đun ${r.mine.toFixed(0)} ms, SQL viết tay ${r.hand.toFixed(0)} ms (trung vị của ${RUNS} lần)`,
      );
      return r;
    };

    // (a) proposals for every participant
    log('đo (a) đề xuất điểm từ số liệu cho mọi đơn vị của đợt…');
    type HandProposal = {
      unit_id: number;
      code: string;
      key: string;
      score: number | null;
      figures: Record<string, number>;
      path: string;
    };
    const a = await measure(
      `(a) đề xuất điểm từ số liệu: ${(UNITS - 1).toLocaleString('vi-VN')} đơn vị × ${criteria.length} tiêu chí đo từ số liệu (bộ 60 tiêu chí)`,
      () => proposeRound(ctx, round.id),
      () => db.query<HandProposal>(HAND_PROPOSALS, [year, today, JSON.stringify(criteria)]),
      (mine, hand) => {
        const key = (u: number, c: string) => `${u}|${c}`;
        const h = new Map(hand.map((r) => [key(Number(r.unit_id), r.code), r]));
        let n = 0;
        for (const row of mine)
          for (const [code, p] of Object.entries(row.proposals)) {
            n++;
            const r = h.get(key(row.unitId, code));
            if (!r) return `đơn vị ${row.unitId} tiêu chí ${code}: SQL không có`;
            const figs = JSON.stringify(Object.entries(p.figures ?? {}).sort());
            const hfigs = JSON.stringify(
              Object.entries(r.figures)
                .map(([k, v]) => [k, Number(v)])
                .sort(),
            );
            if (
              p.key !== r.key ||
              p.score !== (r.score === null ? null : Number(r.score)) ||
              figs !== hfigs ||
              p.evidence.path !== r.path
            )
              return `đơn vị ${row.unitId} tiêu chí ${code}: ${JSON.stringify([p.key, p.score, p.figures, p.evidence.path])} ≠ ${JSON.stringify([r.key, r.score, r.figures, r.path])}`;
          }
        return n === hand.length ? null : `số đề xuất ${n} ≠ ${hand.length}`;
      },
    );

    // (b) the ranking
    log('đo (b) xếp loại, khống chế tỷ lệ và xếp hạng theo khối…');
    type HandRanking = {
      cap: { allowed: number; base: number; before: number };
      moved: { unitId: number; unitName: string; place: number; total: number; reason: string }[] | null;
      counts: Record<string, number>;
      rows: {
        groupId: number;
        rank: number;
        unitId: number;
        unitCode: string;
        unitName: string;
        assessmentId: number;
        total: number;
        bandByScore: string;
        band: string;
        disqualified: boolean;
        capApplied: boolean;
        note: string;
      }[];
    };
    const maxTotal = content.groups.reduce((s, g) => s + g.maxPoints, 0);
    const b = await measure(
      `(b) xếp loại (điều kiện, tỷ lệ xuất sắc) và xếp hạng theo khối: ${(UNITS - 1).toLocaleString('vi-VN')} bản đã quyết định`,
      () => readRanking(ctx, round.id, {} as never),
      async () => (await db.query<HandRanking>(HAND_RANKING, [round.id]))[0],
      (mine, hand) => {
        if (!mine.cap) return 'không có khống chế';
        const capA = [mine.cap.base, mine.cap.allowed, mine.cap.before].join();
        const capB = [hand.cap.base, hand.cap.allowed, hand.cap.before].join();
        if (capA !== capB) return `khống chế ${capA} ≠ ${capB}`;
        if (mine.roundId !== round.id || mine.published || mine.cap.percent !== 20)
          return 'đợt, công bố, tỷ lệ';
        if (mine.bandScheme.code !== 'dvcq-tinh') return `thang ${mine.bandScheme.code}`;
        const movedA = JSON.stringify(
          mine.cap.moved.map((m) => [m.unitId, m.unitName, m.place, m.total, m.reason]),
        );
        const movedB = JSON.stringify(
          (hand.moved ?? []).map((m) => [m.unitId, m.unitName, m.place, Number(m.total), m.reason]),
        );
        if (movedA !== movedB)
          return `đơn vị bị chuyển xuống ${movedA.slice(0, 100)} ≠ ${movedB.slice(0, 100)}`;
        if (
          JSON.stringify(Object.entries(mine.bandCounts).sort()) !==
          JSON.stringify(Object.entries(hand.counts).sort())
        )
          return 'số đơn vị theo mức';
        const rowsA = mine.groups.flatMap((g) =>
          g.rows.map((r) =>
            JSON.stringify([
              g.groupId,
              r.rank,
              r.unitId,
              r.unitCode,
              r.unitName,
              r.assessmentId,
              r.total,
              r.maxTotal,
              r.bandByScore,
              r.band,
              r.disqualified,
              r.capApplied,
              r.note,
            ]),
          ),
        );
        const rowsB = hand.rows.map((r) =>
          JSON.stringify([
            r.groupId,
            Number(r.rank),
            r.unitId,
            r.unitCode,
            r.unitName,
            r.assessmentId,
            Number(r.total),
            maxTotal,
            r.bandByScore,
            r.band,
            r.disqualified,
            r.capApplied,
            r.note,
          ]),
        );
        if (rowsA.length !== rowsB.length) return `số dòng ${rowsA.length} ≠ ${rowsB.length}`;
        // in the same order: by group, rank, then unit name (Vietnamese collation on both sides)
        for (let i = 0; i < rowsA.length; i++) if (rowsA[i] !== rowsB[i]) return `${rowsA[i]} ≠ ${rowsB[i]}`;
        return null;
      },
    );

    console.log('');
    console.log(
      '| phép đo | mô-đun (trung vị, ms) | SQL viết tay (trung vị, ms) | tỷ lệ | p95 mô-đun (ms) | p95 SQL (ms) | mục tiêu | kết quả |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    for (const r of [a, b])
      console.log(
        `| ${r.label} | ${r.mine.toFixed(1)} | ${r.hand.toFixed(1)} | ${(r.mine / r.hand).toFixed(2)}× | ${r.p95.toFixed(1)} | ${r.handP95.toFixed(1)} | ≤ 1,5× | ${r.mine <= 1.5 * r.hand ? 'đạt' : 'CHƯA ĐẠT'} |`,
      );
  } finally {
    await db.close();
    cluster?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchScoring();
