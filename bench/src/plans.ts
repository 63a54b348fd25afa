/**
 * npm run bench -- plans
 *
 * Builds, on PostgreSQL, a province with 3,500 units and a plan of 100 tasks assigned to all of them
 * (90 one-off, 10 quarterly: 490,000 assignment rows, a third done, some overdue), and measures, each
 * as a median (and p95) and as a ratio against the same result computed by hand-written SQL on the
 * same database in the same run:
 *   (a) the coordinator's tasks × units matrix, one page of 50 units × 100 tasks, with the per-task totals;
 *   (b) the same, filtered to one group of units and to units with overdue cells;
 *   (c) a commune's "my tasks" (open, first page of 50, with the counts per state).
 * Uses DATABASE_URL when set (an empty database it may fill), else a throwaway cluster
 * (apps/server/test/pg-cluster.ts). Benchmarks assert nothing; they print.
 */
import { benchDatabase } from './database.ts';
import { openPostgres, type Database } from '../../apps/server/src/db/client.ts';
import { migrateDatabase } from '../../apps/server/src/db/migrate.ts';
import { readConfig } from '../../apps/server/src/config.ts';
import { makeActor, type Ctx } from '../../apps/server/src/core/context.ts';
import { matrix } from '../../apps/server/src/modules/plans/matrix/read-matrix.ts';
import { myTasks } from '../../apps/server/src/modules/plans/assignment/read-assignment.ts';
import { median, p95, timed } from './stats.ts';

const UNITS = 3_500;
const DEPARTMENTS = 100;
const TASKS = 100;
const PAGE = 50;

const log = (s: string) => console.log(`[plans] ${s}`);

async function build(db: Database, year: number, today: string) {
  const q = (s: string, p?: unknown[]) => db.query(s, p);
  await q(
    `insert into org_groups(code, name) values ('khoi_xa','Khối xã, phường'),('khoi_so_nganh','Khối sở, ban, ngành') on conflict do nothing`,
  );
  await q(`insert into org_units(id, code, name, kind, parent_id, path, depth, valid_from) overriding system value
           values (1, 'TINH', 'Ủy ban nhân dân tỉnh Thử Tải', 'province', null, '/1/', 0, '2015-01-01')`);
  // 100 departments, 3,400 communes; names in a mixed order so the name sort is real work
  await q(`insert into org_units(id, code, name, kind, parent_id, path, depth, valid_from) overriding system value
           select 1 + k, 'U' || k,
             case when k <= ${DEPARTMENTS} then 'Sở ' || lpad(((k * 37) % ${DEPARTMENTS})::text, 3, '0') else (case when k % 4 = 0 then 'Phường ' else 'Xã ' end) || lpad(((k * 7919) % ${UNITS})::text, 4, '0') end,
             case when k <= ${DEPARTMENTS} then 'department' else 'commune' end,
             1, '/1/' || (1 + k) || '/', 1, '2015-01-01'
           from generate_series(1, ${UNITS}) k`);
  await q(`select setval(pg_get_serial_sequence('org_units', 'id'), (select max(id) from org_units))`);
  await q(`insert into org_unit_groups(unit_id, group_id)
           select u.id, g.id from org_units u join org_groups g on g.code = case when u.kind = 'department' then 'khoi_so_nganh' else 'khoi_xa' end
           where u.kind in ('department', 'commune')`);
  const [plan] = await db.query<{ id: number }>(
    `insert into plans(unit_id, year, number_symbol, title, issuer_name, status, issued_on, issued_at, required_selector, required_due)
     values (1, $1, '01/KH-UBND', 'Kế hoạch thử tải', 'Ủy ban nhân dân tỉnh Thử Tải', 'issued', $2, now(), '{"groups":["khoi_xa","khoi_so_nganh"],"kinds":[],"unitIds":[]}', $3)
     returning id`,
    [year, `${year}-01-05`, `${year}-02-28`],
  );
  await q(
    `insert into plans_required_units(plan_id, unit_id) select ${plan.id}, id from org_units where id > 1`,
  );
  await q(`insert into plans_tasks(plan_id, unit_id, code, section_number, title, assign_selector, recurrence, due_date, status, sort_order)
           select ${plan.id}, 1, 'NV.' || k, 'II.' || (1 + k % 7), 'Nhiệm vụ thử tải số ' || k,
             '{"groups":["khoi_xa","khoi_so_nganh"],"kinds":[],"unitIds":[]}',
             case when k % 10 = 0 then 'quarterly' else 'none' end,
             case when k % 10 = 0 then null else date '${year}-01-31' + (k * 3) end,
             'assigned', k
           from generate_series(1, ${TASKS}) k`);
  log('đang ghi các lượt giao nhiệm vụ…');
  await q(`insert into plans_task_assignments(task_id, unit_id, period_due, status, progress, completed_on, note)
           select t.id, u.id, d.due,
             case when h < 45 and d.due < date '${today}' then 'done' when h < 70 then 'in_progress' else 'not_started' end,
             case when h < 45 and d.due < date '${today}' then 100 when h < 70 then 10 + (h % 8) * 10 else 0 end,
             case when h < 45 and d.due < date '${today}' then d.due - (h % 5) end,
             ''
           from plans_tasks t
           cross join lateral (
             select t.due_date as due where t.recurrence = 'none'
             union all select (date '${year}-01-01' + make_interval(months => 3 * m))::date - 1 from generate_series(1, 4) m where t.recurrence = 'quarterly'
           ) d
           join org_units u on u.id > 1
           cross join lateral (select ((u.id * 31 + t.id * 17) % 100) as h) hh
           where t.plan_id = ${plan.id}`);
  await q(`vacuum analyze`);
  return plan.id;
}

/**
 * The hand-written SQL of one matrix page: units (paged), their current cell per task, and the
 * per-task totals. `counts`: the plan's units and the totals come from the counts kept by the
 * triggers (plans_assignees, plans_task_stats), as the module does without unit filters; otherwise
 * from the assignments themselves (with filters, and as the naive reference). Parameters: $1 plan,
 * $2 path prefix, $3 limit, $4 offset, $5 today, $6 group code.
 */
function handMatrix(o: { counts: boolean; group: boolean; overdue: boolean; totals: boolean }): string {
  const inGroup = (col: string) =>
    `${col} in (select ug.unit_id from org_unit_groups ug join org_groups g on g.id = ug.group_id where g.code = $6)`;
  const unitPreds = [
    `u.path like $2`,
    o.counts
      ? `u.id in (select unit_id from plans_assignees where plan_id = $1)`
      : `u.id in (select a.unit_id from plans_task_assignments a where a.task_id in (select id from tasks) and a.status <> 'cancelled')`,
    ...(o.group ? [inGroup('u.id')] : []),
    ...(o.overdue
      ? [
          `u.id in (select a.unit_id from plans_task_assignments a where a.task_id in (select id from tasks) and a.status in ('not_started','in_progress') and a.period_due < $5)`,
        ]
      : []),
  ];
  const totals = !o.totals
    ? `select null::int as task_id, 0 as n, 0 as done, 0 as overdue where false`
    : o.counts
      ? `select s.task_id, sum(s.n) filter (where s.status <> 'cancelled') as n, sum(s.n) filter (where s.status = 'done') as done,
           sum(s.n) filter (where s.status in ('not_started','in_progress') and s.period_due < $5) as overdue
         from plans_task_stats s where s.task_id in (select id from tasks) group by s.task_id`
      : `select a.task_id, count(*) as n, count(*) filter (where a.status = 'done') as done,
           count(*) filter (where a.status in ('not_started','in_progress') and a.period_due < $5) as overdue
         from plans_task_assignments a
         where a.task_id in (select id from tasks) and a.status <> 'cancelled' ${o.group ? `and ${inGroup('a.unit_id')}` : ''}
         group by a.task_id`;
  return `
with tasks as (
  select id from plans_tasks where plan_id = $1 and status <> 'cancelled'
), page as (
  select u.id, u.code, u.name, count(*) over () as total from org_units u
  where ${unitPreds.join(' and ')}
  order by u.name, u.id limit $3 offset $4
), cells as (
  select distinct on (a.task_id, a.unit_id) a.task_id, a.unit_id, a.id, a.status, a.progress, a.period_due,
    count(*) over w as n, count(*) filter (where a.status = 'done') over w as done,
    count(*) filter (where a.status in ('not_started','in_progress') and a.period_due < $5) over w as overdue
  from plans_task_assignments a
  where a.task_id in (select id from tasks) and a.unit_id in (select id from page)
  window w as (partition by a.task_id, a.unit_id)
  order by a.task_id, a.unit_id, (a.status in ('done','cancelled')), case when a.status in ('not_started','in_progress') then a.period_due end nulls last, a.period_due desc
), totals as (${totals})
select (select json_agg(p order by p.name, p.id) from page p) as units,
       (select json_agg(c) from cells c) as cells,
       (select json_agg(t) from totals t) as totals`;
}

/** The hand-written SQL of a unit's open tasks, first page, and its counts per state. */
const HAND_MY_TASKS = `
select a.id, a.task_id, a.period_due, a.status, a.progress, a.note, a.completed_on, a.updated_at,
  t.code, t.title, t.expected_product, t.recurrence, p.id as plan_id, p.title as plan_title, p.number_symbol, u.name,
  (select count(*) from files f where f.entity = 'task_assignment' and f.entity_id = a.id::text and f.deleted_at is null) as files
from plans_task_assignments a
join plans_tasks t on t.id = a.task_id and t.status <> 'cancelled'
join plans p on p.id = t.plan_id and p.status = 'issued'
join org_units u on u.id = a.unit_id
where a.unit_id = $1 and a.status in ('not_started', 'in_progress')
order by a.period_due, t.sort_order, a.id
limit $2`;
const HAND_MY_COUNTS = `
select count(*) filter (where a.status in ('not_started','in_progress')) as open,
  count(*) filter (where a.status in ('not_started','in_progress') and a.period_due < $2) as overdue,
  count(*) filter (where a.status in ('not_started','in_progress') and a.period_due between $2 and $3) as due_soon,
  count(*) filter (where a.status = 'done') as done
from plans_task_assignments a join plans_tasks t on t.id = a.task_id and t.status <> 'cancelled' join plans p on p.id = t.plan_id and p.status = 'issued'
where a.unit_id = $1`;

export async function benchPlans(): Promise<void> {
  const { cluster, url } = await benchDatabase('plans', log);
  const db = await openPostgres(url, 4);
  try {
    await migrateDatabase(db);
    const [existing] = await db.query<{ n: string }>(`select count(*) as n from plans_task_assignments`);
    if (Number(existing.n) > 0)
      throw new Error('Cơ sở dữ liệu đã có nhiệm vụ: hãy dùng một cơ sở dữ liệu trống.');
    const now = new Date();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
    const year = Number(today.slice(0, 4));
    const soon = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    const [buildMs, planId] = await timed(() => build(db, year, today));
    const [{ n: rows }] = await db.query<{ n: string }>(`select count(*) as n from plans_task_assignments`);
    log(
      `dữ liệu: ${UNITS.toLocaleString('vi-VN')} đơn vị × ${TASKS} nhiệm vụ = ${Number(rows).toLocaleString('vi-VN')} lượt giao; dựng trong ${(buildMs / 1000).toFixed(1)} s`,
    );

    const { config } = readConfig({ DATABASE_URL: url, DEMO: '0', LOG_LEVEL: 'silent' } as never);
    const clock = { now: () => now };
    const [root] = await db.query<{ id: number; path: string; name: string }>(
      `select id, path, name from org_units where id = 1`,
    );
    const coordinator = makeActor({ id: 1, username: 'bench', fullName: 'Điều phối viên' }, [
      {
        id: 1,
        role: 'coordinator',
        unitId: root.id,
        unitName: root.name,
        unitPath: root.path,
        includeSubtree: true,
      },
    ]);
    const ctx: Ctx = { db: db.db, actor: coordinator, requestId: 'bench', ip: null, clock, config: config! };
    const communes = await db.query<{ id: number; path: string; name: string }>(
      `select id, path, name from org_units where kind = 'commune' order by id`,
    );

    const compareMatrix = (
      mine: Awaited<ReturnType<typeof matrix>>,
      hand: {
        units: { id: number; total: number }[] | null;
        cells: { task_id: number; unit_id: number; status: string; done: number }[] | null;
        totals: { task_id: number; n: number; done: number; overdue: number }[] | null;
      },
    ) => {
      const hu = hand.units ?? [];
      if (mine.units.map((u) => u.id).join() !== hu.map((u) => u.id).join())
        throw new Error('Ma trận: trang đơn vị khác nhau');
      if (mine.tasks.some((t) => t.summary === null) !== (hand.totals === null))
        throw new Error('Ma trận: tổng theo nhiệm vụ khác nhau');
      if ((hu[0]?.total ?? 0) !== mine.totalUnits)
        throw new Error(`Ma trận: tổng số đơn vị ${mine.totalUnits} ≠ ${hu[0]?.total}`);
      const cells = mine.units.reduce((n, u) => n + Object.keys(u.cells).length, 0);
      if (cells !== (hand.cells ?? []).length)
        throw new Error(`Ma trận: số ô ${cells} ≠ ${(hand.cells ?? []).length}`);
      for (const c of hand.cells ?? []) {
        const m = mine.units.find((u) => u.id === c.unit_id)!.cells[String(c.task_id)];
        if (!m || m.status !== c.status || m.done !== Number(c.done)) throw new Error('Ma trận: ô khác nhau');
      }
      for (const t of hand.totals ?? []) {
        const m = mine.tasks.find((x) => x.id === t.task_id)!.summary!;
        if (m.total !== Number(t.n) || m.done !== Number(t.done) || m.overdue !== Number(t.overdue))
          throw new Error('Ma trận: tổng theo nhiệm vụ khác nhau');
      }
    };

    const benchMatrix = async (
      label: string,
      runs: number,
      filter: { group?: string; state?: 'overdue' },
      opts: { withTotals: boolean; counts: boolean; pageFrom?: number },
    ) => {
      const mine: number[] = [];
      const hand: number[] = [];
      const pages = filter.state ? 3 : Math.ceil(UNITS / PAGE);
      for (let n = 0; n < runs + 2; n++) {
        const page = (opts.pageFrom ?? 1) + ((n * 17) % pages);
        const [t1, a] = await timed(() =>
          matrix(ctx, planId, { page, pageSize: PAGE, withTotals: opts.withTotals, ...filter }),
        );
        const sqlText = handMatrix({
          counts: opts.counts,
          group: Boolean(filter.group),
          overdue: Boolean(filter.state),
          totals: opts.withTotals,
        });
        const params = [
          planId,
          `${root.path}%`,
          PAGE,
          (page - 1) * PAGE,
          today,
          ...(filter.group ? [filter.group] : []),
        ];
        const [t2, [b]] = await timed(() => db.query<never>(sqlText, params));
        compareMatrix(a, b);
        if (n >= 2) {
          mine.push(t1);
          hand.push(t2);
        }
      }
      return { label, mine: median(mine), hand: median(hand), p95: p95(mine) };
    };

    log('đo (a) ma trận nhiệm vụ × đơn vị, 1 trang 50 đơn vị × 100 nhiệm vụ…');
    const a = await benchMatrix(
      `(a) ma trận: 1 trang ${PAGE} đơn vị × ${TASKS} nhiệm vụ, kèm tổng theo nhiệm vụ`,
      21,
      {},
      { withTotals: true, counts: true },
    );
    log('đo (b) ma trận lọc theo khối xã và ô quá hạn…');
    const b = await benchMatrix(
      '(b) ma trận lọc (khối xã, có ô quá hạn), trang đầu, kèm tổng theo nhiệm vụ',
      21,
      { group: 'khoi_xa', state: 'overdue' },
      { withTotals: true, counts: false },
    );
    const b2 = await benchMatrix(
      '(b′) ma trận lọc như (b), lật trang (không tính lại tổng)',
      21,
      { group: 'khoi_xa', state: 'overdue' },
      { withTotals: false, counts: false, pageFrom: 2 },
    );
    log('đo tham chiếu: SQL viết tay không dùng bảng đếm…');
    const naive: number[] = [];
    for (let n = 0; n < 9; n++) {
      const naiveSql = handMatrix({ counts: false, group: false, overdue: false, totals: true });
      const [t] = await timed(() =>
        db.query(naiveSql, [planId, `${root.path}%`, PAGE, ((n * 17) % 70) * PAGE, today]),
      );
      if (n >= 2) naive.push(t);
    }

    log('đo (c) "Nhiệm vụ của tôi" của một xã…');
    const mineC: number[] = [];
    const handC: number[] = [];
    for (let n = 0; n < 33; n++) {
      const unit = communes[(n * 97) % communes.length];
      const officer = makeActor({ id: 2, username: 'xa', fullName: 'Cán bộ xã' }, [
        {
          id: 2,
          role: 'focal_officer',
          unitId: unit.id,
          unitName: unit.name,
          unitPath: unit.path,
          includeSubtree: true,
        },
      ]);
      const octx: Ctx = { ...ctx, actor: officer };
      const [t1, mine] = await timed(() =>
        myTasks(octx, { unitId: unit.id, state: 'open', page: 1, pageSize: PAGE }),
      );
      const [t2, [list, counts]] = await timed(() =>
        Promise.all([
          db.query<{ id: number }>(HAND_MY_TASKS, [unit.id, PAGE]),
          db.query<{ open: string }>(HAND_MY_COUNTS, [unit.id, today, soon]),
        ]),
      );
      if (
        mine.items.map((x) => x.id).join() !== list.map((x) => Number(x.id)).join() ||
        mine.counts.open !== Number(counts[0].open)
      )
        throw new Error('Nhiệm vụ của tôi: kết quả khác nhau');
      if (n >= 3) {
        mineC.push(t1);
        handC.push(t2);
      }
    }
    const c = {
      label: `(c) "Nhiệm vụ của tôi": 1 xã, trang đầu ${PAGE} nhiệm vụ đang mở, kèm số đếm`,
      mine: median(mineC),
      hand: median(handC),
      p95: p95(mineC),
    };

    console.log('');
    console.log(
      '| phép đo | mô-đun (trung vị, ms) | SQL viết tay (trung vị, ms) | tỷ lệ | p95 mô-đun (ms) |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const r of [a, b, b2, c])
      console.log(
        `| ${r.label} | ${r.mine.toFixed(1)} | ${r.hand.toFixed(1)} | ${(r.mine / r.hand).toFixed(2)}× | ${r.p95.toFixed(1)} |`,
      );
    console.log('');
    console.log(
      `Tham chiếu: cùng trang (a) bằng SQL viết tay đọc thẳng ${Number(rows).toLocaleString('vi-VN')} lượt giao (không dùng bảng đếm do trigger duy trì): trung vị ${median(naive).toFixed(1)} ms.`,
    );
    console.log(
      'Mục tiêu: mỗi phép đo ≤ 1,5× SQL viết tay; ma trận (a), (b′) p95 < 200 ms; "Nhiệm vụ của tôi" p95 < 50 ms.',
    );
    console.log(
      `Kết quả: (a) ${(a.mine / a.hand).toFixed(2)}× ${a.mine / a.hand <= 1.5 && a.p95 < 200 ? 'đạt' : 'CHƯA ĐẠT'}; ` +
        `(b) ${(b.mine / b.hand).toFixed(2)}× ${b.mine / b.hand <= 1.5 ? 'đạt' : 'CHƯA ĐẠT'}; ` +
        `(b′) ${(b2.mine / b2.hand).toFixed(2)}× ${b2.mine / b2.hand <= 1.5 && b2.p95 < 200 ? 'đạt' : 'CHƯA ĐẠT'}; ` +
        `(c) ${(c.mine / c.hand).toFixed(2)}×, p95 ${c.p95.toFixed(1)} ms ${c.mine / c.hand <= 1.5 && c.p95 < 50 ? 'đạt' : 'CHƯA ĐẠT'}.`,
    );
  } finally {
    await db.close();
    cluster?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPlans();
