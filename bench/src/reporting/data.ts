/** The national data set: the org tree, the 200-indicator template, the periods, the reports and their values. */
import type { Database } from '../../../apps/server/src/db/client.ts';
import { DEPTS, INDICATORS, NARRATIVE, OLD_COMMUNES, PROVINCES, RATIOS, STRIDE } from './common.ts';

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
