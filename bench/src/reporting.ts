/**
 * npm run bench -- reporting
 *
 * Builds a national-scale data set on PostgreSQL (34 provinces of 40 to 168 communes each, the real
 * range, plus 17 departments each: about 4,100 reporting units; a 200-indicator template; 3 periods,
 * about 2.5 million values; former communes merged into new ones on 01/7/2025; a narrative of
 * realistic length in every report) and measures each roll-up against its physical floor, the
 * simplest correct SQL over the raw value rows (not the app's query), in the same run:
 *   (a1) the smallest province's roll-up while the database holds only that province, then
 *   (a34) the same once all 34 are loaded (flat: its cost must not grow with the nation), the largest
 *   province, and every province in turn; (b) the national roll-up;
 *   (c1) saving a report's 200 figures and narrative through the service's save verb, then (c2)
 *   submitting it (the coordinators notified), with durable commits (fsync, synchronous_commit and
 *   full_page_writes turned on first); floor: the fewest statements of the same writes, by hand;
 *   (d) the period dashboard (this period, the previous one, each unit group) of the largest
 *   province and of the nation, against the bare statements it needs.
 * Every result of the app (and of the floor) is checked field by field against an independent
 * JavaScript oracle over the same rows. Prints app, floor, ratio, p50 and p95.
 * Uses DATABASE_URL when set (a database it may fill), else a throwaway cluster (apps/server/test/pg-cluster.ts).
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { findPgBin, startCluster, type Cluster } from '../../apps/server/test/pg-cluster.ts';
import { openPostgres, type Database } from '../../apps/server/src/db/client.ts';
import { migrateDatabase } from '../../apps/server/src/db/migrate.ts';
import { readConfig } from '../../apps/server/src/config.ts';
import { makeActor, type Ctx } from '../../apps/server/src/core/context.ts';
import { getRollup } from '../../apps/server/src/modules/reporting/rollup/read-rollup.ts';
import { submitReport } from '../../apps/server/src/modules/reporting/report/submit-report.ts';
import { saveReport } from '../../apps/server/src/modules/reporting/report/save-report.ts';
import { getDashboard } from '../../apps/server/src/modules/reporting/rollup/read-dashboard.ts';

const PROVINCES = 34;
const DEPTS = 17;
/** Communes of province p (1..34): spread over the real range, 40 to 168 (about 3,500 in all). */
const communesOf = (p: number) => 40 + Math.round(((p - 1) * 128) / (PROVINCES - 1));
const OLD_COMMUNES = 5; // per province, merged into new communes on 01/7/2025
const INDICATORS = 200;
const RATIOS = 5;
const STRIDE = 200; // id block per province (17 departments + at most 168 communes + 1 district + 5)
/** A narrative of realistic length (about 1,600 characters) in every section of every report. */
const NARRATIVE =
  'Trong kỳ, đơn vị đã triển khai đầy đủ các nhiệm vụ công tác dân vận theo kế hoạch; phối hợp với Mặt trận Tổ quốc và các đoàn thể tổ chức tiếp xúc, đối thoại với Nhân dân, giải quyết kịp thời các kiến nghị chính đáng. '.repeat(
    7,
  );

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

export async function build(db: Database) {
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
  // k: 0..DEPTS-1 departments, then communes(p) communes (from 01/7/2025); a former district (k =
  // DISTRICT) and its former communes (until 30/6/2025) at the end of the province's id block.
  const DISTRICT = STRIDE - OLD_COMMUNES - 1;
  const communes = `(40 + round((p - 1) * 128.0 / ${PROVINCES - 1})::int)`;
  await q(`insert into org_units(id, code, name, kind, parent_id, path, depth, valid_from, valid_to) overriding system value
           select 1000 + p * ${STRIDE} + k, 'U' || p || '_' || k,
             case when k < ${DEPTS} then 'Sở ' || k || ' tỉnh ' || p when k < ${DISTRICT} then 'Xã ' || k || ' tỉnh ' || p else 'Huyện cũ tỉnh ' || p end,
             case when k < ${DEPTS} then 'department' when k < ${DISTRICT} then 'commune' else 'district' end,
             1 + p, '/1/' || (1 + p) || '/' || (1000 + p * ${STRIDE} + k) || '/', 2,
             case when k < ${DEPTS} or k = ${DISTRICT} then date '2015-01-01' else date '2025-07-01' end,
             case when k = ${DISTRICT} then date '2025-06-30' end
           from generate_series(1, ${PROVINCES}) p, generate_series(0, ${DISTRICT}) k
           where k < ${DEPTS} + ${communes} or k = ${DISTRICT}`);
  await q(`insert into org_units(id, code, name, kind, parent_id, path, depth, valid_from, valid_to) overriding system value
           select 1000 + p * ${STRIDE} + ${DISTRICT + 1} + j, 'O' || p || '_' || j, 'Xã cũ ' || j || ' tỉnh ' || p, 'commune',
             1000 + p * ${STRIDE} + ${DISTRICT}, '/1/' || (1 + p) || '/' || (1000 + p * ${STRIDE} + ${DISTRICT}) || '/' || (1000 + p * ${STRIDE} + ${DISTRICT + 1} + j) || '/', 3,
             '2015-01-01', '2025-06-30'
           from generate_series(1, ${PROVINCES}) p, generate_series(0, ${OLD_COMMUNES - 1}) j`);
  await q(`select setval(pg_get_serial_sequence('org_units', 'id'), (select max(id) from org_units))`);
  await q(`insert into org_unit_groups(unit_id, group_id)
           select u.id, g.id from org_units u join org_groups g on g.code = case when u.kind = 'department' then 'khoi_so_nganh' else 'khoi_xa' end
           where u.kind in ('department', 'commune')`);
  await q(`insert into org_successions(predecessor_id, successor_id, kind, effective_date)
           select 1000 + p * ${STRIDE} + ${DISTRICT + 1} + j, 1000 + p * ${STRIDE} + ${DEPTS} + j, 'merge', '2025-07-01'
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

  // Three periods for the whole nation (the roll-ups read the first; the last keeps drafts to submit).
  const periods = [
    ['annual', 2025, '2025-01-01', '2025-12-31', '2025-12-14', '2025-12-20', '2026-01-15'],
    ['six_month', 2026, '2026-01-01', '2026-06-30', '2026-04-30', '2026-05-10', '2026-05-30'],
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
  return { templateId: tpl.id, periodIds };
}

/**
 * The reports and values of provinces [from, to] (every current department and commune, every period;
 * mostly accepted, some submitted, some drafts: the last period keeps drafts for the submission
 * benchmark; former communes have an accepted report in the first period, their half year before the
 * merger), with a narrative of realistic length in each.
 */
export async function fillProvinces(
  db: Database,
  templateId: number,
  periodIds: number[],
  from: number,
  to: number,
) {
  const q = (s: string) => db.query(s);
  const inRange = `u.id between ${1000 + from * STRIDE} and ${1000 + to * STRIDE + STRIDE - 1}`;
  const narratives = JSON.stringify({ I: NARRATIVE }).replace(/'/g, "''");
  for (const [n, pid] of periodIds.entries()) {
    await q(`insert into reporting_reports(period_id, unit_id, level, status, submitted_at, first_submitted_at, accepted_at, narratives)
             select ${pid}, u.id, 'unit', s.status,
               case when s.status <> 'draft' then timestamptz '2026-01-01' + (u.id % 300) * interval '1 hour' end,
               case when s.status <> 'draft' then timestamptz '2026-01-01' + (u.id % 300) * interval '1 hour' end,
               case when s.status = 'accepted' then timestamptz '2026-02-01' end, '${narratives}'::jsonb
             from org_units u, lateral (select case when u.id % 20 = ${n} then 'draft' when u.id % 20 = ${n + 5} then 'submitted' else 'accepted' end as status) s
             where u.kind in ('department', 'commune') and (u.valid_to is null) and ${inRange}`);
  }
  await q(`insert into reporting_reports(period_id, unit_id, level, status, submitted_at, first_submitted_at, accepted_at, narratives)
           select ${periodIds[0]}, u.id, 'unit', 'accepted', '2025-06-20', '2025-06-20', '2025-06-25', '${narratives}'::jsonb
           from org_units u where u.valid_to = '2025-06-30' and u.kind = 'commune' and ${inRange}`);
  // Bulk values without their foreign-key triggers (4 million checks of rows written just above) when
  // the role may (a superuser: the throwaway cluster); the statements are sent as one, on one connection.
  const bulk = async (insert: string) => {
    try {
      await q(`set session_replication_role = replica; ${insert}; set session_replication_role = origin`);
    } catch (e) {
      if (!/permission denied|must be superuser/i.test(String(e))) throw e;
      await q(insert);
    }
  };
  const mine = `r.unit_id between ${1000 + from * STRIDE} and ${1000 + to * STRIDE + STRIDE - 1}`;
  // v(report, n) = ((unit*7 + n*13 + period*3) mod 100) + (100 when n is odd): even ≤ the odd before it.
  await bulk(`insert into reporting_values(report_id, indicator_id, value, source)
           select r.id, i.id, ((r.unit_id * 7 + (i.position + 1) * 13 + r.period_id * 3) % 100) + case when (i.position + 1) % 2 = 1 then 100 else 0 end, 'entered'
           from reporting_reports r join reporting_indicators i on i.template_id = ${templateId} and i.aggregation <> 'ratio'
           where ${mine}`);
  await bulk(`insert into reporting_values(report_id, indicator_id, value, source, computed_value, origin)
           select r.id, i.id, round(nv.value / nullif(dv.value, 0) * 100, 2), 'computed', round(nv.value / nullif(dv.value, 0) * 100, 2), 'ratio'
           from reporting_reports r
           join reporting_indicators i on i.template_id = ${templateId} and i.aggregation = 'ratio'
           join reporting_indicators ni on ni.template_id = ${templateId} and ni.code = i.numerator_code
           join reporting_indicators di on di.template_id = ${templateId} and di.code = i.denominator_code
           join reporting_values nv on nv.report_id = r.id and nv.indicator_id = ni.id
           join reporting_values dv on dv.report_id = r.id and dv.indicator_id = di.id
           where ${mine}`);
  // as autovacuum leaves a table at rest: statistics, and the visibility map index-only scans rely on
  await q(`vacuum analyze reporting_values`);
  await q(`analyze`);
}

/**
 * The physical floor of a subtree's roll-up: the simplest correct SQL over the raw rows, none of the
 * app's machinery (no unit resolution, no merge mapping: here every merged commune lies inside its
 * successor's province, so the path of the reporting unit decides). A bare GROUP BY over the values,
 * and the 'last' indicators by DISTINCT ON; ratios and rounding in JavaScript.
 */
async function floorRollup(db: Database, periodId: number, path: string, group?: string) {
  const params: unknown[] = [periodId];
  let where = `r.period_id = $1 and r.level = 'unit' and r.status = 'accepted'`;
  let join = '';
  if (path !== '/1/') {
    params.push(path);
    where += ` and u.path like $${params.length} || '%'`;
    join += ' join org_units u on u.id = r.unit_id';
  }
  if (group) {
    params.push(group);
    where += ` and g.code = $${params.length}`;
    join += ' join org_unit_groups ug on ug.unit_id = r.unit_id join org_groups g on g.id = ug.group_id';
  }
  const from = `reporting_values v join reporting_reports r on r.id = v.report_id${join}`;
  const agg = await db.query<{
    indicator_id: number;
    n: number;
    s: string;
    a: string;
    mn: string;
    mx: string;
  }>(
    `select v.indicator_id, count(v.value)::int as n, sum(v.value) as s, avg(v.value) as a, min(v.value) as mn, max(v.value) as mx
     from ${from} where ${where} group by v.indicator_id`,
    params,
  );
  const last = await db.query<{ indicator_id: number; value: string }>(
    `select distinct on (v.indicator_id) v.indicator_id, v.value
     from ${from} join reporting_indicators i on i.id = v.indicator_id and i.aggregation = 'last'
     where ${where} and v.value is not null
     order by v.indicator_id, r.submitted_at desc nulls last, r.id desc`,
    params,
  );
  const [{ n: reports }] = await db.query<{ n: number }>(
    `select count(*)::int as n from reporting_reports r${join} where ${where}`,
    params,
  );
  return { agg, last, reports };
}

interface Ind {
  id: number;
  code: string;
  aggregation: string;
  numerator_code: string | null;
  denominator_code: string | null;
}
interface Figure {
  value: number | null;
  n: number;
}
const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;
/** Ratios from the rolled-up numerator and denominator; averages to 2 decimals. */
function finish(inds: Ind[], f: Map<string, Figure>) {
  for (const i of inds) {
    const x = f.get(i.code)!;
    if (i.aggregation === 'avg' && x.value !== null) x.value = round2(x.value);
    if (i.aggregation !== 'ratio') continue;
    const nu = f.get(i.numerator_code!)!;
    const de = f.get(i.denominator_code!)!;
    x.value =
      nu.value === null || de.value === null || de.value === 0 ? null : round2((nu.value / de.value) * 100);
    x.n = Math.min(nu.n, de.n);
  }
  return f;
}

function floorFigures(inds: Ind[], r: Awaited<ReturnType<typeof floorRollup>>) {
  const agg = new Map(r.agg.map((x) => [Number(x.indicator_id), x]));
  const last = new Map(r.last.map((x) => [Number(x.indicator_id), Number(x.value)]));
  const f = new Map<string, Figure>();
  for (const i of inds) {
    const a = agg.get(i.id);
    const pick: Record<string, string | number | null | undefined> = {
      sum: a?.s,
      avg: a?.a,
      min: a?.mn,
      max: a?.mx,
      last: last.get(i.id),
      ratio: null,
    };
    const v = pick[i.aggregation];
    f.set(i.code, { value: v === null || v === undefined ? null : Number(v), n: a ? Number(a.n) : 0 });
  }
  return finish(inds, f);
}

/**
 * The JavaScript oracle, on the same raw rows and independent of any SQL aggregate: which units count
 * under a subtree (inside it and not merged away, plus whatever was merged into them, transitively),
 * then every indicator by its rule over the accepted reports of those units.
 */
class Oracle {
  private constructor(
    private inds: Ind[],
    private units: { id: number; path: string }[],
    private merged: { pred: number; succ: number; on: string }[],
    private reports: { id: number; unit: number; status: string; at: number | null }[],
    private values: Map<number, Map<number, number | null>>,
  ) {}
  static async load(db: Database, periodId: number, templateId: number) {
    const inds = await db.query<Ind>(
      `select id, code, aggregation, numerator_code, denominator_code from reporting_indicators where template_id = $1 order by position`,
      [templateId],
    );
    const units = await db.query<{ id: number; path: string }>(`select id, path from org_units`);
    const merged = await db.query<{ pred: number; succ: number; on: string }>(
      `select predecessor_id as pred, successor_id as succ, effective_date::text as on from org_successions where kind = 'merge'`,
    );
    const reports = (
      await db.query<{ id: number; unit: number; status: string; at: Date | null }>(
        `select id, unit_id as unit, status, submitted_at as at from reporting_reports where period_id = $1 and level = 'unit'`,
        [periodId],
      )
    ).map((r) => ({ ...r, at: r.at ? r.at.getTime() : null }));
    const values = new Map<number, Map<number, number | null>>();
    const c = await db.query<{ r: number; i: number; v: number | null }>(
      `select v.report_id as r, v.indicator_id as i, v.value::float8 as v from reporting_values v join reporting_reports r on r.id = v.report_id where r.period_id = $1`,
      [periodId],
    );
    for (const x of c) {
      let m = values.get(x.r);
      if (!m) values.set(x.r, (m = new Map()));
      m.set(x.i, x.v);
    }
    return new Oracle(inds, units, merged, reports, values);
  }
  rollup(path: string, asOf: string) {
    const gone = new Set(this.merged.filter((m) => m.on <= asOf).map((m) => m.pred));
    const counted = new Set(
      this.units.filter((u) => u.path.startsWith(path) && !gone.has(u.id)).map((u) => u.id),
    );
    for (let grew = true; grew;) {
      grew = false;
      for (const m of this.merged)
        if (m.on <= asOf && counted.has(m.succ) && !counted.has(m.pred)) grew = !!counted.add(m.pred);
    }
    const reps = this.reports
      .filter((r) => r.status === 'accepted' && counted.has(r.unit))
      .sort((a, b) => (b.at ?? -Infinity) - (a.at ?? -Infinity) || b.id - a.id);
    const f = new Map<string, Figure>();
    for (const i of this.inds) {
      const vs: number[] = [];
      for (const r of reps) {
        const v = this.values.get(r.id)?.get(i.id);
        if (v !== null && v !== undefined) vs.push(v);
      }
      const sum = vs.reduce((a, b) => a + b, 0);
      const value =
        i.aggregation === 'ratio' || !vs.length
          ? null
          : { sum, avg: sum / vs.length, min: Math.min(...vs), max: Math.max(...vs), last: vs[0] }[
              i.aggregation as 'sum'
            ];
      f.set(i.code, { value: value ?? null, n: vs.length });
    }
    return { figures: finish(this.inds, f), reports: reps.length };
  }
}

/** Every field of the app's roll-up against the oracle's (and the floor's figures against it too). */
function check(
  label: string,
  app: { reportsCounted: number; indicators: { code: string; value: number | null; reports: number }[] },
  oracle: ReturnType<Oracle['rollup']>,
  floor: Map<string, Figure>,
) {
  const same = (a: number | null, b: number | null) =>
    a === null || b === null ? a === b : Math.abs(a - b) < 1e-6;
  if (app.reportsCounted !== oracle.reports)
    throw new Error(`${label}: số báo cáo ${app.reportsCounted} ≠ ${oracle.reports} (oracle)`);
  if (app.indicators.length !== oracle.figures.size) throw new Error(`${label}: số chỉ tiêu khác nhau`);
  for (const i of app.indicators) {
    const o = oracle.figures.get(i.code)!;
    if (!same(i.value, o.value) || i.reports !== o.n)
      throw new Error(
        `${label} ${i.code}: ${i.value} (${i.reports} báo cáo) ≠ ${o.value} (${o.n}) theo oracle`,
      );
    const fl = floor.get(i.code)!;
    if (!same(fl.value, o.value) || fl.n !== o.n)
      throw new Error(`${label} ${i.code}: sàn ${fl.value} (${fl.n}) ≠ ${o.value} (${o.n}) theo oracle`);
  }
}

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
  let db = await openPostgres(url, 4);
  try {
    await migrateDatabase(db);
    const [existing] = await db.query<{ n: string }>(`select count(*) as n from reporting_values`);
    if (Number(existing.n) > 0)
      throw new Error('Cơ sở dữ liệu đã có số liệu báo cáo: hãy dùng một cơ sở dữ liệu trống.');
    const [treeMs, { templateId, periodIds }] = await timed(() => build(db));
    const period = periodIds[0];
    const asOf = new Date().toISOString().slice(0, 10);

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
    const provinces = await db.query<{ id: number; path: string }>(
      `select id, path from org_units where kind = 'province' order by id`,
    );
    const inds = await db.query<Ind>(
      `select id, code, aggregation, numerator_code, denominator_code from reporting_indicators where template_id = $1 order by position`,
      [templateId],
    );

    /** App and floor alternately on the same targets (warm-up runs first), every result checked. */
    const bench = async (
      label: string,
      runs: number,
      targets: { id: number; path: string }[],
      oracle: Oracle,
    ) => {
      const app: number[] = [];
      const floor: number[] = [];
      const checked = new Set<number>();
      for (let n = 0; n < runs + 2; n++) {
        const u = targets[n % targets.length];
        const [t1, a] = await timed(() => getRollup(ctx, period, { unitId: u.id }));
        const [t2, f] = await timed(() => floorRollup(db, period, u.path));
        if (!checked.has(u.id)) {
          check(label, a, oracle.rollup(u.path, asOf), floorFigures(inds, f));
          checked.add(u.id);
        }
        if (n >= 2) {
          app.push(t1);
          floor.push(t2);
        }
      }
      return { label, app: median(app), appP95: p95(app), floor: median(floor), floorP95: p95(floor) };
    };

    // (a1) one province loaded: the smallest (40 communes), then the rest of the nation.
    const [fill1Ms] = await timed(() => fillProvinces(db, templateId, periodIds, 1, 1));
    log(`đo (a1) tổng hợp một tỉnh khi cơ sở dữ liệu mới có 1 tỉnh…`);
    const a1 = await bench(
      '(a1) 1 tỉnh (40 xã), CSDL có 1 tỉnh',
      15,
      [provinces[0]],
      await Oracle.load(db, period, templateId),
    );
    log('đang ghi số liệu của 33 tỉnh còn lại…');
    const [fillMs] = await timed(() => fillProvinces(db, templateId, periodIds, 2, PROVINCES));
    const [{ n: values }] = await db.query<{ n: string }>(`select count(*) as n from reporting_values`);
    const [{ n: units }] = await db.query<{ n: string }>(
      `select count(distinct unit_id) as n from reporting_reports`,
    );
    log(
      `dữ liệu: ${units} đơn vị báo cáo (${communesOf(1)} đến ${communesOf(PROVINCES)} xã mỗi tỉnh), ${Number(values).toLocaleString('vi-VN')} giá trị, ${periodIds.length} kỳ; dựng trong ${((treeMs + fill1Ms + fillMs) / 1000).toFixed(1)} s`,
    );
    log('nạp oracle JavaScript (mọi giá trị của kỳ)…');
    const oracle = await Oracle.load(db, period, templateId);
    log('đo (a) tổng hợp một tỉnh…');
    const a34 = await bench('(a34) cùng tỉnh đó, CSDL có 34 tỉnh', 15, [provinces[0]], oracle);
    const aBig = await bench(
      `(a) tỉnh lớn nhất (${communesOf(PROVINCES)} xã)`,
      15,
      [provinces[PROVINCES - 1]],
      oracle,
    );
    const aAll = await bench('(a) lần lượt 34 tỉnh', 34, provinces, oracle);
    log('đo (b) tổng hợp toàn quốc…');
    const b = await bench('(b) toàn quốc, 1 kỳ', 7, [nation], oracle);

    log('đo (d) bảng điều hành kỳ năm 2026 (so với kỳ năm 2025, theo khối)…');
    // (d) the dashboard of the last period (its previous one is the first: same kind), whole nation
    // and the largest province: the app's getDashboard against the bare statements it needs (the
    // roll-up of this period, of the previous one and of each group, and the subtree's report rows)
    const dashPeriod = periodIds[periodIds.length - 1];
    const oracleD = await Oracle.load(db, dashPeriod, templateId);
    const floorDash = async (path: string) => {
      const like = path === '/1/' ? '' : ` and u.path like $2 || '%'`;
      await db.query(
        `select r.unit_id, r.status, r.first_submitted_at from reporting_reports r join org_units u on u.id = r.unit_id where r.period_id = $1 and r.level = 'unit'${like}`,
        path === '/1/' ? [dashPeriod] : [dashPeriod, path],
      );
      const [cur, prev, g1, g2] = await Promise.all([
        floorRollup(db, dashPeriod, path),
        floorRollup(db, period, path),
        floorRollup(db, dashPeriod, path, 'khoi_xa'),
        floorRollup(db, dashPeriod, path, 'khoi_so_nganh'),
      ]);
      return { cur, prev, g1, g2 };
    };
    const benchDash = async (label: string, runs: number, u: { id: number; path: string }) => {
      const app: number[] = [];
      const floor: number[] = [];
      for (let n = 0; n < runs + 1; n++) {
        const [t1, d] = await timed(() => getDashboard(ctx, dashPeriod, { unitId: u.id }));
        const [t2, f] = await timed(() => floorDash(u.path));
        if (n === 0) {
          // every key indicator, this period's and the previous one's, against the oracle; each
          // group's against the floor's bare GROUP BY of that group
          const now = oracleD.rollup(u.path, asOf).figures;
          const before = oracle.rollup(u.path, asOf).figures;
          const g = [floorFigures(inds, f.g1), floorFigures(inds, f.g2)];
          const same = (a: number | null, b: number | null | undefined) =>
            a === null || b === null || b === undefined ? a === (b ?? null) : Math.abs(a - b) < 1e-6;
          for (const k of d.keyIndicators) {
            if (!same(k.value, now.get(k.code)!.value) || !same(k.previous, before.get(k.code)!.value))
              throw new Error(`${label} ${k.code}: ${k.value}/${k.previous} ≠ oracle`);
            for (const [gi, code] of ['khoi_so_nganh', 'khoi_xa'].entries()) {
              const got = k.byGroup.find((x) => x.group === code)?.value ?? null;
              const want = g[code === 'khoi_xa' ? 0 : 1].get(k.code)!.value;
              if (!same(got, want))
                throw new Error(`${label} ${k.code} ${code}[${gi}]: ${got} ≠ ${want} (sàn)`);
            }
          }
          continue;
        }
        app.push(t1);
        floor.push(t2);
      }
      return { label, app: median(app), appP95: p95(app), floor: median(floor), floorP95: p95(floor) };
    };
    const dProv = await benchDash(`(d) bảng điều hành tỉnh lớn nhất`, 10, provinces[PROVINCES - 1]);
    const dNation = await benchDash('(d) bảng điều hành toàn quốc', 5, nation);

    // (c) with durable commits, as in production: the throwaway cluster loads with fsync,
    // synchronous_commit and full_page_writes off (its command line, which ALTER SYSTEM cannot
    // override), so it is restarted on the same data with the server's defaults (all on) first; a
    // server given by DATABASE_URL keeps its own settings, and the table says which
    if (cluster) {
      const [st] = await db.query<{ d: string; p: string; k: string }>(
        `select current_setting('data_directory') as d, current_setting('port') as p, current_setting('unix_socket_directories') as k`,
      );
      await db.close();
      const pgCtl = path.join(findPgBin()!, 'pg_ctl');
      const args = [
        ...['-D', st.d, '-w', '-t', '120', '-l', path.join(st.d, '..', 'log')],
        ...['-o', `-p ${st.p} -k ${st.k} -c listen_addresses=127.0.0.1 -c max_connections=200`, 'restart'],
      ];
      if (process.getuid?.() === 0) execFileSync('runuser', ['-u', 'postgres', '--', pgCtl, ...args]);
      else execFileSync(pgCtl, args);
      db = await openPostgres(url, 4);
      ctx.db = db.db;
    }
    const [settings] = await db.query<{ f: string; s: string; w: string }>(
      `select current_setting('fsync') as f, current_setting('synchronous_commit') as s, current_setting('full_page_writes') as w`,
    );
    log(`fsync=${settings.f}, synchronous_commit=${settings.s}, full_page_writes=${settings.w}`);
    // the coordinators of the nation hear of each submission (notifications, as the app sends them)
    for (const k of [1, 2, 3]) {
      const [{ id }] = await db.query<{ id: number }>(
        `insert into users(username, full_name, password_hash) values ($1, $2, 'x') returning id`,
        [`dieuphoi${k}`, `Điều phối viên ${k}`],
      );
      await db.query(
        `insert into role_assignments(user_id, role, unit_id, include_subtree) values ($1, 'coordinator', 1, true)`,
        [id],
      );
    }
    log('đo (c) lưu 200 chỉ tiêu rồi gửi một báo cáo, qua dịch vụ…');
    const lastPeriod = periodIds[periodIds.length - 1];
    const drafts = await db.query<{
      id: number;
      unit_id: number;
      name: string;
      path: string;
      version: number;
    }>(
      `select r.id, r.unit_id, u.name, u.path, r.version from reporting_reports r join org_units u on u.id = r.unit_id
       where r.period_id = $1 and r.status = 'draft' order by r.id limit 120`,
      [lastPeriod],
    );
    const codes = inds.filter((i) => i.aggregation !== 'ratio');
    /** 200 new figures for a report (195 typed; the 5 ratios recomputed): every rule holds. */
    const figures = (seed: number) =>
      codes.map((i, k) => ({ code: i.code, value: ((seed * 11 + k * 7) % 90) + (k % 2 === 0 ? 100 : 0) }));
    const saveApp: number[] = [];
    const saveHand: number[] = [];
    const subApp: number[] = [];
    const subHand: number[] = [];
    for (const [n, d] of drafts.entries()) {
      const vals = figures(d.id);
      if (n % 2 === 0) {
        // only the unit's own head submits its report; its focal officer or head saves it
        const head = makeActor({ id: userId, username: 'bench', fullName: 'Chủ tịch xã' }, [
          {
            id: 1,
            role: 'unit_head',
            unitId: d.unit_id,
            unitName: d.name,
            unitPath: d.path,
            includeSubtree: false,
          },
        ]);
        head.userId = userId;
        const hc = { ...ctx, actor: head };
        const [t1, saved] = await timed(() =>
          saveReport(hc, d.id, { expectedVersion: d.version, values: vals, narratives: { I: NARRATIVE } }),
        );
        if (saved.report.values.filter((v) => v.value !== null).length !== INDICATORS)
          throw new Error('(c) lưu: thiếu chỉ tiêu');
        const [t2, sent] = await timed(() =>
          submitReport(hc, d.id, { expectedVersion: saved.report.version }),
        );
        if (sent.status !== 'submitted') throw new Error('(c) gửi: sai trạng thái');
        if (n >= 6) {
          saveApp.push(t1);
          subApp.push(t2);
        }
      } else {
        // by hand: the fewest statements of the same writes, in one transaction each
        const [t1] = await timed(async () => {
          await db.query('begin');
          try {
            await db.query(`select version from reporting_reports where id = $1 for update`, [d.id]);
            const ids = new Map(inds.map((i) => [i.code, i.id]));
            await db.query(
              `insert into reporting_values(report_id, indicator_id, value, source, updated_by)
               select $1, x.i, x.v, 'entered', $4 from unnest($2::int[], $3::numeric[]) as x(i, v)
               on conflict (report_id, indicator_id) do update set value = excluded.value, source = excluded.source, updated_by = excluded.updated_by, updated_at = now()`,
              [d.id, vals.map((v) => ids.get(v.code)), vals.map((v) => v.value), userId],
            );
            await db.query(
              `update reporting_reports set narratives = $2, version = version + 1, updated_at = now() where id = $1`,
              [d.id, JSON.stringify({ I: NARRATIVE })],
            );
            await db.query(
              `insert into reporting_events(report_id, actor_id, actor_name, action, from_status, to_status) values ($1, $2, 'x', 'save', 'draft', 'draft')`,
              [d.id, userId],
            );
            await db.query(
              `insert into audit_log(at, actor_id, actor_name, entity, entity_id, action, after) values (now(), $1, 'x', 'report', $2, 'save', $3)`,
              [userId, String(d.id), JSON.stringify({ values: vals })],
            );
            await db.query('commit');
          } catch (e) {
            await db.query('rollback');
            throw e;
          }
        });
        const [t2] = await timed(async () => {
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
            await db.query(
              `insert into notifications(user_id, kind, title, body, link)
               select ra.user_id, 'reporting', 'x', 'y', '/bao-cao/' || $1 from role_assignments ra where ra.unit_id = 1 and ra.role = 'coordinator'`,
              [d.id],
            );
            await db.query('commit');
          } catch (e) {
            await db.query('rollback');
            throw e;
          }
        });
        if (n >= 6) {
          saveHand.push(t1);
          subHand.push(t2);
        }
      }
    }
    const durable = `fsync ${settings.f}, synchronous_commit ${settings.s}`;
    const c = {
      label: `(c1) lưu 1 báo cáo 200 chỉ tiêu qua dịch vụ (${durable})`,
      app: median(saveApp),
      appP95: p95(saveApp),
      floor: median(saveHand),
      floorP95: p95(saveHand),
    };
    const c2 = {
      label: `(c2) gửi báo cáo đó, có thông báo (${durable})`,
      app: median(subApp),
      appP95: p95(subApp),
      floor: median(subHand),
      floorP95: p95(subHand),
    };

    const rows = [a1, a34, aBig, aAll, b, c, c2, dProv, dNation];
    console.log('');
    console.log('| phép đo | ứng dụng p50 (ms) | sàn p50 (ms) | tỷ lệ | ứng dụng p95 (ms) | sàn p95 (ms) |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows)
      console.log(
        `| ${r.label} | ${r.app.toFixed(1)} | ${r.floor.toFixed(1)} | ${(r.app / r.floor).toFixed(2)}× | ${r.appP95.toFixed(1)} | ${r.floorP95.toFixed(1)} |`,
      );
    console.log('');
    console.log(
      'Sàn: SQL đơn giản nhất trên các dòng giá trị thô (GROUP BY, DISTINCT ON cho "last"); mọi trường của kết quả ứng dụng và của sàn đã được so với oracle JavaScript. (c): sàn là các câu lệnh tối thiểu của việc gửi.',
    );
    const flat = a34.app / a1.app;
    const aims = [
      `(b) ${(b.app / b.floor).toFixed(2)}× sàn ${b.app / b.floor <= 1.3 ? 'đạt' : 'CHƯA ĐẠT'} (≤ 1,3×)`,
      `(a) p95 ${Math.max(a34.appP95, aBig.appP95, aAll.appP95).toFixed(1)} ms ${Math.max(a34.appP95, aBig.appP95, aAll.appP95) < 30 ? 'đạt' : 'CHƯA ĐẠT'} (< 30 ms)`,
      `1 → 34 tỉnh ${flat.toFixed(2)}× ${flat <= 1.2 ? 'phẳng, đạt' : 'CHƯA ĐẠT'} (≤ 1,2×)`,
      `(c1) p95 ${c.appP95.toFixed(1)} ms ${c.appP95 < 100 ? 'đạt' : 'CHƯA ĐẠT'} (< 100 ms)`,
      `(d) toàn quốc p95 ${dNation.appP95.toFixed(1)} ms ${dNation.appP95 < 300 ? 'đạt' : 'CHƯA ĐẠT'} (< 300 ms)`,
    ];
    console.log(`Mục tiêu: ${aims.join('; ')}.`);
  } finally {
    await db.close();
    cluster?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchReporting();
