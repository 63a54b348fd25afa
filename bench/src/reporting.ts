/**
 * npm run bench -- reporting
 *
 * Builds a national-scale data set on PostgreSQL (34 provinces, about 4,000 reporting units, a
 * 200-indicator template, 5 periods: about 4 million values, with former communes merged into new
 * ones on 01/7/2025) and measures, each as a median and as a ratio against the same result computed
 * by hand-written SQL on the same database in the same run:
 *   (a) a province's roll-up for one period, (b) the national roll-up,
 *   (c) submitting one 200-value report (there is no roll-up upkeep: roll-ups are computed on read).
 * Uses DATABASE_URL when set (a database it may fill), else a throwaway cluster (apps/server/test/pg-cluster.ts).
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startCluster, type Cluster } from '../../apps/server/test/pg-cluster.ts';
import { openPostgres, type Database } from '../../apps/server/src/db/client.ts';
import { migrateDatabase } from '../../apps/server/src/db/migrate.ts';
import { readConfig } from '../../apps/server/src/config.ts';
import { makeActor, type Ctx } from '../../apps/server/src/core/context.ts';
import { getRollup } from '../../apps/server/src/modules/reporting/rollup/read-rollup.ts';
import { submitReport } from '../../apps/server/src/modules/reporting/report/submit-report.ts';

const PROVINCES = 34;
const DEPTS = 17;
const COMMUNES = 100;
const OLD_COMMUNES = 5; // per province, merged into new communes on 01/7/2025
const INDICATORS = 200;
const RATIOS = 5;
const STRIDE = 200; // id block per province

const log = (s: string) => console.log(`[reporting] ${s}`);

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

async function build(db: Database) {
  const q = (s: string) => db.query(s);
  await q(
    `insert into org_groups(code, name) values ('khoi_xa','Khối xã, phường'),('khoi_so_nganh','Khối sở, ban, ngành') on conflict do nothing`,
  );
  // Org tree: nation 1, provinces 2..35, each province p owns ids 1000 + p*STRIDE + k.
  await q(`insert into org_units(id, code, name, kind, parent_id, path, depth, valid_from) overriding system value
           values (1, 'QG', 'Toàn quốc', 'nation', null, '/1/', 0, '2015-01-01')`);
  await q(`insert into org_units(id, code, name, kind, parent_id, path, depth, valid_from) overriding system value
           select 1 + p, 'T' || p, 'Ủy ban nhân dân tỉnh ' || p, 'province', 1, '/1/' || (1 + p) || '/', 1, '2015-01-01'
           from generate_series(1, ${PROVINCES}) p`);
  // k: 0..DEPTS-1 departments, DEPTS..DEPTS+COMMUNES-1 communes (from 01/7/2025), then a former district
  // and its former communes (until 30/6/2025).
  const D = DEPTS + COMMUNES;
  await q(`insert into org_units(id, code, name, kind, parent_id, path, depth, valid_from, valid_to) overriding system value
           select 1000 + p * ${STRIDE} + k, 'U' || p || '_' || k,
             case when k < ${DEPTS} then 'Sở ' || k || ' tỉnh ' || p when k < ${D} then 'Xã ' || k || ' tỉnh ' || p else 'Huyện cũ tỉnh ' || p end,
             case when k < ${DEPTS} then 'department' when k < ${D} then 'commune' else 'district' end,
             1 + p, '/1/' || (1 + p) || '/' || (1000 + p * ${STRIDE} + k) || '/', 2,
             case when k < ${DEPTS} or k = ${D} then date '2015-01-01' else date '2025-07-01' end,
             case when k = ${D} then date '2025-06-30' end
           from generate_series(1, ${PROVINCES}) p, generate_series(0, ${D}) k`);
  await q(`insert into org_units(id, code, name, kind, parent_id, path, depth, valid_from, valid_to) overriding system value
           select 1000 + p * ${STRIDE} + ${D + 1} + j, 'O' || p || '_' || j, 'Xã cũ ' || j || ' tỉnh ' || p, 'commune',
             1000 + p * ${STRIDE} + ${D}, '/1/' || (1 + p) || '/' || (1000 + p * ${STRIDE} + ${D}) || '/' || (1000 + p * ${STRIDE} + ${D + 1} + j) || '/', 3,
             '2015-01-01', '2025-06-30'
           from generate_series(1, ${PROVINCES}) p, generate_series(0, ${OLD_COMMUNES - 1}) j`);
  await q(`select setval(pg_get_serial_sequence('org_units', 'id'), (select max(id) from org_units))`);
  await q(`insert into org_unit_groups(unit_id, group_id)
           select u.id, g.id from org_units u join org_groups g on g.code = case when u.kind = 'department' then 'khoi_so_nganh' else 'khoi_xa' end
           where u.kind in ('department', 'commune')`);
  await q(`insert into org_successions(predecessor_id, successor_id, kind, effective_date)
           select 1000 + p * ${STRIDE} + ${D + 1} + j, 1000 + p * ${STRIDE} + ${DEPTS} + j, 'merge', '2025-07-01'
           from generate_series(1, ${PROVINCES}) p, generate_series(0, ${OLD_COMMUNES - 1}) j`);

  // A 200-indicator template: sums, averages, min, max, last, and ratios of even over odd indicators.
  const sections = JSON.stringify([
    { code: 'I', number: 'I', title: 'CHỈ TIÊU', guidance: '', hasNarrative: true, children: [] },
  ]);
  const rules = JSON.stringify(
    Array.from({ length: 20 }, (_, k) => ({
      code: `r${k + 1}`,
      expression: `i${String(2 * k + 2).padStart(3, '0')} <= i${String(2 * k + 1).padStart(3, '0')}`,
      message: `Chỉ tiêu ${2 * k + 2} không được lớn hơn chỉ tiêu ${2 * k + 1}.`,
      severity: 'error',
    })),
  );
  const [tpl] = await db.query<{ id: number }>(
    `insert into reporting_templates(code, name, sections, rules, frozen_at) values ('BENCH', 'Đề cương 200 chỉ tiêu', $1, $2, now()) returning id`,
    [sections, rules],
  );
  await q(`insert into reporting_indicators(template_id, position, code, section_code, name, unit, type, aggregation, numerator_code, denominator_code)
           select ${tpl.id}, n - 1, 'i' || lpad(n::text, 3, '0'), 'I', 'Chỉ tiêu ' || n, case when n > ${INDICATORS - RATIOS} then '%' else 'lần' end, case when n > ${INDICATORS - RATIOS} then 'percent' else 'integer' end,
             case when n <= 170 then 'sum' when n <= 180 then 'avg' when n <= 185 then 'min' when n <= 190 then 'max' when n <= ${INDICATORS - RATIOS} then 'last' else 'ratio' end,
             case when n > ${INDICATORS - RATIOS} then 'i' || lpad((2 * (n - ${INDICATORS - RATIOS}))::text, 3, '0') end,
             case when n > ${INDICATORS - RATIOS} then 'i' || lpad((2 * (n - ${INDICATORS - RATIOS}) - 1)::text, 3, '0') end
           from generate_series(1, ${INDICATORS}) n`);

  // Five periods for the whole nation.
  const periods = [
    ['annual', 2025, '2025-01-01', '2025-12-31', '2025-12-14', '2025-12-20', '2026-01-15'],
    ['quarterly', 2026, '2026-01-01', '2026-03-31', '2026-03-14', '2026-03-20', '2026-04-05'],
    ['six_month', 2026, '2026-01-01', '2026-06-30', '2026-04-30', '2026-05-10', '2026-05-30'],
    ['nine_month', 2026, '2026-01-01', '2026-09-30', '2026-09-14', '2026-09-20', '2026-10-05'],
    ['annual', 2026, '2026-01-01', '2026-12-31', '2026-10-31', '2026-11-10', '2026-12-15'],
  ] as const;
  const periodIds: number[] = [];
  for (const [kind, year, from, to, cutoff, unitDl, provDl] of periods) {
    const [row] = await db.query<{ id: number }>(
      `insert into reporting_periods(template_id, root_unit_id, kind, year, name, from_date, to_date, cutoff_date, required_groups)
       values ($1, 1, $2, $3, $4, $5, $6, $7, '{khoi_xa,khoi_so_nganh}') returning id`,
      [tpl.id, kind, year, `Kỳ ${kind} ${year}`, from, to, cutoff],
    );
    await db.query(
      `insert into reporting_deadlines(period_id, level, deadline) values ($1, 'unit', $2), ($1, 'province', $3)`,
      [row.id, unitDl, provDl],
    );
    periodIds.push(row.id);
  }
  // Reports: every current department and commune, every period; mostly accepted, some submitted,
  // some drafts (the last period keeps drafts for the submission benchmark). Former communes have an
  // accepted report in the first period (their half year before the merger).
  for (const [n, pid] of periodIds.entries()) {
    await q(`insert into reporting_reports(period_id, unit_id, level, status, submitted_at, first_submitted_at, accepted_at)
             select ${pid}, u.id, 'unit', s.status,
               case when s.status <> 'draft' then timestamptz '2026-01-01' + (u.id % 300) * interval '1 hour' end,
               case when s.status <> 'draft' then timestamptz '2026-01-01' + (u.id % 300) * interval '1 hour' end,
               case when s.status = 'accepted' then timestamptz '2026-02-01' end
             from org_units u, lateral (select case when u.id % 20 = ${n} then 'draft' when u.id % 20 = ${n + 5} then 'submitted' else 'accepted' end as status) s
             where u.kind in ('department', 'commune') and (u.valid_to is null)`);
  }
  await q(`insert into reporting_reports(period_id, unit_id, level, status, submitted_at, first_submitted_at, accepted_at)
           select ${periodIds[0]}, u.id, 'unit', 'accepted', '2025-06-20', '2025-06-20', '2025-06-25' from org_units u where u.valid_to = '2025-06-30' and u.kind = 'commune'`);
  log('đang ghi số liệu (khoảng 4 triệu giá trị)…');
  // v(report, n) = ((unit*7 + n*13 + period*3) mod 100) + (100 when n is odd): even ≤ the odd before it.
  await q(`insert into reporting_values(report_id, indicator_id, value, source)
           select r.id, i.id, ((r.unit_id * 7 + (i.position + 1) * 13 + r.period_id * 3) % 100) + case when (i.position + 1) % 2 = 1 then 100 else 0 end, 'entered'
           from reporting_reports r join reporting_indicators i on i.template_id = ${tpl.id} and i.aggregation <> 'ratio'`);
  await q(`insert into reporting_values(report_id, indicator_id, value, source, computed_value, origin)
           select r.id, i.id, round(nv.value / nullif(dv.value, 0) * 100, 2), 'computed', round(nv.value / nullif(dv.value, 0) * 100, 2), 'ratio'
           from reporting_reports r
           join reporting_indicators i on i.template_id = ${tpl.id} and i.aggregation = 'ratio'
           join reporting_indicators ni on ni.template_id = ${tpl.id} and ni.code = i.numerator_code
           join reporting_indicators di on di.template_id = ${tpl.id} and di.code = i.denominator_code
           join reporting_values nv on nv.report_id = r.id and nv.indicator_id = ni.id
           join reporting_values dv on dv.report_id = r.id and dv.indicator_id = di.id`);
  await q(`analyze`);
  return { templateId: tpl.id, periodIds };
}

/** The hand-written SQL of a subtree's roll-up: the same rules, merges and ratios, one statement. */
const HAND_ROLLUP = `
with recursive sub as (
  select u.id from org_units u
  where u.path like $1 || '%'
    and not exists (select 1 from org_successions s where s.predecessor_id = u.id and s.kind = 'merge' and s.effective_date <= $3)
), mapped(id) as (
  select id from sub
  union
  select s.predecessor_id from org_successions s join mapped m on s.successor_id = m.id where s.kind = 'merge' and s.effective_date <= $3
), reps as (
  select r.id, r.submitted_at from reporting_reports r
  where r.period_id = $2 and r.level = 'unit' and r.status = 'accepted' and r.unit_id in (select id from mapped)
), agg as (
  select v.indicator_id, count(v.value) as n, sum(v.value) s, avg(v.value) a, min(v.value) mn, max(v.value) mx
  from reporting_values v join reps on reps.id = v.report_id
  group by v.indicator_id
), lastv as (
  select li.id as indicator_id, (
    select x.value from reps join reporting_values x on x.report_id = reps.id and x.indicator_id = li.id
    where x.value is not null order by reps.submitted_at desc, reps.id desc limit 1) as l
  from reporting_indicators li where li.template_id = $4 and li.aggregation = 'last'
), base as (
  select i.code, i.aggregation, i.numerator_code, i.denominator_code,
    case i.aggregation when 'sum' then agg.s when 'avg' then round(agg.a, 2) when 'min' then agg.mn when 'max' then agg.mx when 'last' then lastv.l end as value
  from reporting_indicators i left join agg on agg.indicator_id = i.id left join lastv on lastv.indicator_id = i.id
  where i.template_id = $4
)
select b.code, case when b.aggregation = 'ratio' then round(n.value / nullif(d.value, 0) * 100, 2) else b.value end as value
from base b left join base n on n.code = b.numerator_code left join base d on d.code = b.denominator_code`;

export async function benchReporting(): Promise<void> {
  let cluster: Cluster | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    log('không có DATABASE_URL: khởi động một cụm PostgreSQL tạm thời…');
    cluster = await startCluster();
    const c = new pg.Client({ connectionString: cluster.url });
    await c.connect();
    await c.query('create database danvan_bench_reporting');
    await c.end();
    url = cluster.url.replace(/\/postgres$/, '/danvan_bench_reporting');
  }
  const db = await openPostgres(url, 4);
  try {
    await migrateDatabase(db);
    const [existing] = await db.query<{ n: string }>(`select count(*) as n from reporting_values`);
    if (Number(existing.n) > 0)
      throw new Error('Cơ sở dữ liệu đã có số liệu báo cáo: hãy dùng một cơ sở dữ liệu trống.');
    const [buildMs, { templateId, periodIds }] = await timed(() => build(db));
    const [{ n: values }] = await db.query<{ n: string }>(`select count(*) as n from reporting_values`);
    const [{ n: units }] = await db.query<{ n: string }>(
      `select count(distinct unit_id) as n from reporting_reports`,
    );
    log(
      `dữ liệu: ${units} đơn vị báo cáo, ${Number(values).toLocaleString('vi-VN')} giá trị, ${periodIds.length} kỳ; dựng trong ${(buildMs / 1000).toFixed(1)} s`,
    );

    const { config } = readConfig({ DATABASE_URL: url, DEMO: '0', LOG_LEVEL: 'silent' } as never);
    // A coordinator over the whole nation.
    const [nation] = await db.query<{ id: number; path: string; name: string }>(
      `select id, path, name from org_units where id = 1`,
    );
    const actor = makeActor({ id: 1, username: 'bench', fullName: 'Điều phối viên' }, [
      {
        id: 1,
        role: 'coordinator',
        unitId: nation.id,
        unitName: nation.name,
        unitPath: nation.path,
        includeSubtree: true,
      },
    ]);
    const [{ id: userId }] = await db.query<{ id: number }>(
      `insert into users(username, full_name, password_hash) values ('bench', 'Điều phối viên', 'x') returning id`,
    );
    actor.userId = userId;
    const ctx: Ctx = {
      db: db.db,
      actor,
      requestId: 'bench',
      ip: null,
      clock: { now: () => new Date() },
      config: config!,
    };
    const period = periodIds[0];
    const asOf = new Date().toISOString().slice(0, 10);

    const compare = (
      mine: { indicators: { code: string; value: number | null }[] },
      hand: { code: string; value: string | null }[],
    ) => {
      const h = new Map(hand.map((r) => [r.code, r.value === null ? null : Number(r.value)]));
      for (const i of mine.indicators) {
        const o = h.get(i.code);
        if ((o ?? null) === null ? i.value !== null : Math.abs((i.value ?? NaN) - o!) > 1e-6)
          throw new Error(`Kết quả khác nhau ở ${i.code}: ${i.value} ≠ ${o}`);
      }
    };
    const bench = async (
      label: string,
      runs: number,
      unitFor: (n: number) => { id: number; path: string },
    ) => {
      const mine: number[] = [];
      const hand: number[] = [];
      for (let n = 0; n < runs + 2; n++) {
        const u = unitFor(n);
        const [t1, a] = await timed(() => getRollup(ctx, period, { unitId: u.id }));
        const [t2, b] = await timed(() =>
          db.query<{ code: string; value: string | null }>(HAND_ROLLUP, [u.path, period, asOf, templateId]),
        );
        compare(a, b);
        if (n >= 2) {
          mine.push(t1);
          hand.push(t2);
        }
      }
      return { label, mine: median(mine), hand: median(hand), p95: p95(mine) };
    };
    const provinces = await db.query<{ id: number; path: string }>(
      `select id, path from org_units where kind = 'province' order by id`,
    );
    log('đo (a) tổng hợp một tỉnh…');
    const a = await bench('(a) tổng hợp 1 tỉnh, 1 kỳ', 15, (n) => provinces[n % provinces.length]);
    log('đo (b) tổng hợp toàn quốc…');
    const b = await bench('(b) tổng hợp toàn quốc, 1 kỳ', 7, () => nation);

    log('đo (c) gửi một báo cáo 200 chỉ tiêu…');
    const drafts = await db.query<{ id: number }>(
      `select id from reporting_reports where period_id = $1 and status = 'draft' order by id limit 80`,
      [periodIds[periodIds.length - 1]],
    );
    const mineC: number[] = [];
    const handC: number[] = [];
    for (const [n, d] of drafts.entries()) {
      if (n % 2 === 0) {
        const [t] = await timed(() => submitReport(ctx, d.id, {}));
        if (n >= 4) mineC.push(t);
      } else {
        const [t] = await timed(async () => {
          await db.query('begin');
          try {
            const vals = await db.query<{ code: string; value: string | null }>(
              `select i.code, v.value from reporting_values v join reporting_indicators i on i.id = v.indicator_id where v.report_id = $1`,
              [d.id],
            );
            const m = new Map(vals.map((v) => [v.code, Number(v.value)]));
            for (let k = 1; k <= 20; k++)
              if (
                (m.get(`i${String(2 * k).padStart(3, '0')}`) ?? 0) >
                (m.get(`i${String(2 * k - 1).padStart(3, '0')}`) ?? 0)
              )
                throw new Error('rule');
            await db.query(
              `update reporting_reports set status = 'submitted', submitted_at = now(), first_submitted_at = coalesce(first_submitted_at, now()), version = version + 1 where id = $1 and status in ('draft','returned')`,
              [d.id],
            );
            await db.query(
              `insert into reporting_events(report_id, actor_id, actor_name, action, from_status, to_status) values ($1, $2, 'x', 'submit', 'draft', 'submitted')`,
              [d.id, userId],
            );
            await db.query(
              `insert into audit_log(at, actor_id, actor_name, entity, entity_id, action) values (now(), $1, 'x', 'report', $2, 'submit')`,
              [userId, String(d.id)],
            );
            await db.query('commit');
          } catch (e) {
            await db.query('rollback');
            throw e;
          }
        });
        if (n >= 4) handC.push(t);
      }
    }
    const c = {
      label: '(c) gửi 1 báo cáo 200 chỉ tiêu',
      mine: median(mineC),
      hand: median(handC),
      p95: p95(mineC),
    };

    const rows = [a, b, c];
    console.log('');
    console.log(
      '| phép đo | mô-đun (trung vị, ms) | SQL viết tay (trung vị, ms) | tỷ lệ | p95 mô-đun (ms) |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const r of rows)
      console.log(
        `| ${r.label} | ${r.mine.toFixed(1)} | ${r.hand.toFixed(1)} | ${(r.mine / r.hand).toFixed(2)}× | ${r.p95.toFixed(1)} |`,
      );
    console.log('');
    console.log(`Mục tiêu: (a), (b) ≤ 1,5× SQL viết tay; (b) < 3000 ms; (c) p95 < 100 ms.`);
    console.log(
      `Kết quả: (a) ${(a.mine / a.hand).toFixed(2)}× ${a.mine / a.hand <= 1.5 ? 'đạt' : 'CHƯA ĐẠT'}; (b) ${(b.mine / b.hand).toFixed(2)}×, ${b.mine.toFixed(0)} ms ${b.mine / b.hand <= 1.5 && b.mine < 3000 ? 'đạt' : 'CHƯA ĐẠT'}; (c) p95 ${c.p95.toFixed(1)} ms ${c.p95 < 100 ? 'đạt' : 'CHƯA ĐẠT'}.`,
    );
  } finally {
    await db.close();
    cluster?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchReporting();
