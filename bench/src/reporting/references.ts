/** The physical floor of each roll-up and the JavaScript oracle every result is checked against. */
import type { Database } from '../../../apps/server/src/db/client.ts';

/**
 * The physical floor of a subtree's roll-up: the simplest correct SQL over the raw rows, none of the
 * app's machinery (no unit resolution, no merge mapping: here every merged commune lies inside its
 * successor's province, so the path of the reporting unit decides). A bare GROUP BY over the values,
 * and the 'last' indicators by DISTINCT ON; ratios and rounding in JavaScript.
 */
export async function floorRollup(db: Database, periodId: number, path: string, group?: string) {
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

export interface Ind {
  id: number;
  code: string;
  aggregation: string;
  numerator_code: string | null;
  denominator_code: string | null;
}
export interface Figure {
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

export function floorFigures(inds: Ind[], r: Awaited<ReturnType<typeof floorRollup>>) {
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
export class Oracle {
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
  /** A report's status changed (its values did not): what the oracle counts follows. */
  setStatus(reportId: number, status: string) {
    const r = this.reports.find((x) => x.id === reportId);
    if (!r) throw new Error(`oracle: không có báo cáo ${reportId}`);
    r.status = status;
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
export function check(
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
