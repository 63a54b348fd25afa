/** The 60-criterion set, and the province of 3,500 units with a year of live records behind every proposer. */
import { performance } from 'node:perf_hooks';
import type { CriteriaContent, Criterion } from '@danvan/domain';
import type { Database } from '../../../apps/server/src/db/client.ts';
import { DEPARTMENTS, UNITS, log } from './common.ts';

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

export function benchContent(): CriteriaContent {
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

export async function build(db: Database, year: number, today: string) {
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
export async function decide(db: Database, roundId: number) {
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
