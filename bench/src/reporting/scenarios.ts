/** The reads: the roll-ups (a1, a34, a, b) and the period dashboard (d), each against its floor and the oracle. */
import { getRollup } from '../../../apps/server/src/modules/reporting/rollup/read-rollup.ts';
import { getDashboard } from '../../../apps/server/src/modules/reporting/rollup/read-dashboard.ts';
import { settleStoredParts } from '../../../apps/server/src/modules/reporting/rollup/rollup.partials.ts';
import { PROVINCES, communesOf, log, median, p95, timed, type Measure } from './common.ts';
import { fillProvinces } from './data.ts';
import { Oracle, check, floorFigures, floorRollup } from './references.ts';
import type { Env } from './setup.ts';

/** (a1) and (a34) around the loading of the other 33 provinces, then (a) and (b); the oracle of the period with them. */
export async function benchRollups(env: Env, treeMs: number) {
  const { db, ctx, templateId, periodIds, period, asOf, nation, provinces, inds } = env;
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
    let cold: number | undefined;
    for (let n = 0; n < runs + 2; n++) {
      const u = targets[n % targets.length];
      const [t1, a] = await timed(() => getRollup(ctx, period, { unitId: u.id }));
      cold ??= t1;
      await settleStoredParts(); // a part stored after the answer: not during the floor's read
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
    return { label, app: median(app), appP95: p95(app), floor: median(floor), floorP95: p95(floor), cold };
  };

  /**
   * Each province's first read after the bulk load, exactly once per province not read before (no
   * warm-up: the code paths are warm from the rows above): the app answers from the values and
   * stores the province's part right after the answer (the time that takes is printed too).
   * Whichever of the app and the floor reads a province first may find its values outside
   * PostgreSQL's buffers and leave them there for the other, so they take turns: the app's figures
   * are of the provinces it read first, the floor's of the others (sizes alternate, so both halves
   * span the range). Every result is checked against the oracle.
   */
  const firstReads = async (label: string, targets: { id: number; path: string }[], oracle: Oracle) => {
    const app: number[] = [];
    const floor: number[] = [];
    const stored: number[] = [];
    // the app answers from the values and stores the part after the answer: that is waited for (and
    // timed) before the next read, so it never runs during the floor's
    const appRead = async (u: { id: number }) => {
      const r = await timed(() => getRollup(ctx, period, { unitId: u.id }));
      stored.push((await timed(() => settleStoredParts()))[0]);
      return r;
    };
    for (const [n, u] of targets.entries()) {
      const floorRead = () => timed(() => floorRollup(db, period, u.path));
      let a, f, t;
      if (n % 2 === 0) {
        [t, a] = await appRead(u);
        [, f] = await floorRead();
        app.push(t);
      } else {
        [t, f] = await floorRead();
        [, a] = await appRead(u);
        floor.push(t);
      }
      check(label, a, oracle.rollup(u.path, asOf), floorFigures(inds, f));
    }
    const [{ n }] = await db.query<{ n: number }>(
      `select count(distinct part_id)::int as n from reporting_rollup_parts where period_id = $1 and part_id = any($2)`,
      [period, targets.map((u) => u.id)],
    );
    if (n !== targets.length) throw new Error(`(a) chỉ ${n}/${targets.length} tỉnh có phần tổng hợp đã lưu`);
    log(
      `(a) phần tổng hợp của mỗi tỉnh được lưu sau câu trả lời trong ${median(stored).toFixed(1)} ms (trung vị), p95 ${p95(stored).toFixed(1)} ms`,
    );
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
  const aAll = await firstReads(
    '(a) lần đọc đầu của mỗi tỉnh sau khi nạp hàng loạt (trả lời từ số liệu, phần lưu sau đó), mỗi tỉnh một lần',
    provinces.filter((p) => p.id !== provinces[0].id && p.id !== provinces[PROVINCES - 1].id),
    oracle,
  );
  log('đo (b) tổng hợp toàn quốc…');
  const b = await bench('(b) toàn quốc, 1 kỳ', 7, [nation], oracle);
  return { a1, a34, aBig, aAll, b, oracle };
}

/** (d) given the oracle of the first period (the previous one of the dashboard's). */
export async function benchDashboards(
  env: Env,
  oracle: Oracle,
): Promise<Record<'dProv' | 'dNation' | 'dChanged', Measure> & { dRate: number }> {
  const { db, ctx, templateId, periodIds, period, asOf, nation, provinces, inds } = env;
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
  const benchDash = async (
    label: string,
    runs: number,
    u: { id: number; path: string },
    before?: (n: number) => Promise<unknown>,
  ) => {
    const app: number[] = [];
    const floor: number[] = [];
    let cold: number | undefined;
    for (let n = 0; n < runs + 1; n++) {
      if (before) await before(n);
      const [t1, d] = await timed(() => getDashboard(ctx, dashPeriod, { unitId: u.id }));
      cold ??= t1;
      const [t2, f] = await timed(() => floorDash(u.path));
      if (n === 0 && !before) {
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
    return { label, app: median(app), appP95: p95(app), floor: median(floor), floorP95: p95(floor), cold };
  };
  const dProv = await benchDash(`(d) bảng điều hành tỉnh lớn nhất`, 10, provinces[PROVINCES - 1]);
  const dNation = await benchDash('(d) bảng điều hành toàn quốc', 10, nation);
  // (d′) the same, each read after a report of another province changed (a submission, an
  // acceptance: its version rises), so that province's stored part is recomputed by the read
  const changed = await db.query<{ id: number }>(
    `select distinct on (u.path) r.id from reporting_reports r join org_units u on u.id = r.unit_id
     where r.period_id = $1 and r.level = 'unit' and r.status = 'accepted' and u.kind = 'commune'
     order by u.path, r.id limit 40`,
    [dashPeriod],
  );
  const dChanged = await benchDash(
    '(d′) bảng điều hành toàn quốc, sau khi một báo cáo đổi trạng thái',
    10,
    nation,
    (n) =>
      db.query(`update reporting_reports set version = version + 1 where id = $1`, [
        changed[(n * 7) % changed.length].id,
      ]),
  );
  // the national dashboard's throughput: 40 reads by 4 concurrent readers (the pool's 4 connections)
  const total = 40;
  let started = 0;
  const [rateMs] = await timed(() =>
    Promise.all(
      Array.from({ length: 4 }, async () => {
        while (started++ < total) await getDashboard(ctx, dashPeriod, { unitId: nation.id });
      }),
    ),
  );
  return { dProv, dNation, dChanged, dRate: total / (rateMs / 1000) };
}
