/**
 * (c3) accepting a submitted report through the service, which keeps the stored roll-up parts that
 * count it up to date in its transaction, and (a′) its province's roll-up read right after: each
 * province in turn, with durable commits. Floors: the fewest statements of the same acceptance by
 * hand (no upkeep), and the bare GROUP BY of the province's values.
 */
import type { Database } from '../../../apps/server/src/db/client.ts';
import { acceptReport } from '../../../apps/server/src/modules/reporting/report/accept-report.ts';
import { getRollup } from '../../../apps/server/src/modules/reporting/rollup/read-rollup.ts';
import { log, median, p95, timed, type Measure } from './common.ts';
import { check, floorFigures, floorRollup, type Oracle } from './references.ts';
import type { Env } from './setup.ts';

export async function benchAccepts(
  db: Database,
  env: Env,
  oracle: Oracle,
): Promise<Record<'c3' | 'aAfter', Measure>> {
  const { ctx, period, provinces, inds, asOf, userId } = env;
  log('đo (c3) tiếp nhận một báo cáo qua dịch vụ, rồi (a′) đọc tổng hợp tỉnh của nó ngay sau…');
  // the submitted reports of the roll-ups' period, by province (5% of each province's units)
  const sent = await db.query<{ id: number; province: number }>(
    `select r.id, p.id as province from reporting_reports r join org_units u on u.id = r.unit_id
       join org_units p on p.kind = 'province' and u.path like p.path || '%' and p.id <> 1
     where r.period_id = $1 and r.level = 'unit' and r.status = 'submitted' order by p.id, r.id`,
    [period],
  );
  const byProvince = new Map<number, number[]>();
  for (const r of sent) byProvince.set(r.province, [...(byProvince.get(r.province) ?? []), r.id]);
  const accApp: number[] = [];
  const accHand: number[] = [];
  const readApp: number[] = [];
  const readFloor: number[] = [];
  let upkept = 0;
  /** Every stored part of the period with the time it was computed. */
  const storedParts = async () =>
    JSON.stringify(
      await db.query(
        `select part_id, statuses, computed_at from reporting_rollup_parts where period_id = $1 order by 1, 2`,
        [period],
      ),
    );
  // two rounds over the 34 provinces: odd turns by the service, even turns by hand (both durable)
  for (let n = 0; n < provinces.length * 2; n++) {
    const u = provinces[n % provinces.length];
    const id = byProvince.get(u.id)?.shift();
    if (id === undefined) throw new Error(`(c3) tỉnh ${u.id} không còn báo cáo chờ tiếp nhận`);
    if (n % 2 === 0) {
      const [t1, done] = await timed(() => acceptReport(ctx, id, { comment: 'Đạt yêu cầu' }));
      if (done.status !== 'accepted') throw new Error('(c3) tiếp nhận: sai trạng thái');
      oracle.setStatus(id, 'accepted');
      // the province's part was refreshed by the acceptance: its read recomputes nothing
      const before = await storedParts();
      const [t2, a] = await timed(() => getRollup(ctx, period, { unitId: u.id }));
      const [t3, f] = await timed(() => floorRollup(db, period, u.path));
      check(`(a′) tỉnh ${u.id} sau khi tiếp nhận`, a, oracle.rollup(u.path, asOf), floorFigures(inds, f));
      if ((await storedParts()) !== before) throw new Error(`(a′) tỉnh ${u.id}: lần đọc đã phải tính lại`);
      upkept++;
      if (n >= 2) {
        accApp.push(t1);
        readApp.push(t2);
        readFloor.push(t3);
      }
    } else {
      const [t1] = await timed(async () => {
        await db.query('begin');
        try {
          await db.query(`select version, status from reporting_reports where id = $1 for update`, [id]);
          await db.query(
            `update reporting_reports set status = 'accepted', accepted_at = now(), accepted_by = $2, review_comments = null, version = version + 1, updated_at = now() where id = $1 and status = 'submitted'`,
            [id, userId],
          );
          await db.query(
            `insert into reporting_events(report_id, actor_id, actor_name, action, from_status, to_status, comment) values ($1, $2, 'x', 'accept', 'submitted', 'accepted', 'Đạt yêu cầu')`,
            [id, userId],
          );
          await db.query(
            `insert into audit_log(at, actor_id, actor_name, entity, entity_id, action) values (now(), $1, 'x', 'report', $2, 'accept')`,
            [userId, String(id)],
          );
          await db.query(
            `insert into notifications(user_id, kind, title, body, link)
               select ra.user_id, 'reporting', 'x', 'y', '/bao-cao/' || $1 from role_assignments ra
               join reporting_reports r on r.id = $1 where ra.unit_id = r.unit_id and ra.role in ('unit_head', 'focal_officer')`,
            [id],
          );
          await db.query('commit');
        } catch (e) {
          await db.query('rollback');
          throw e;
        }
      });
      oracle.setStatus(id, 'accepted');
      if (n >= 2) accHand.push(t1);
    }
  }
  log(`(a′) ${upkept} lần đọc sau khi tiếp nhận, không lần nào phải tính lại phần đã lưu`);
  return {
    c3: {
      label: '(c3) tiếp nhận 1 báo cáo qua dịch vụ, cập nhật phần tổng hợp đã lưu (sàn: không cập nhật)',
      app: median(accApp),
      appP95: p95(accApp),
      floor: median(accHand),
      floorP95: p95(accHand),
    },
    aAfter: {
      label: '(a′) tỉnh, đọc ngay sau khi một báo cáo của tỉnh được tiếp nhận (lần lượt 34 tỉnh)',
      app: median(readApp),
      appP95: p95(readApp),
      floor: median(readFloor),
      floorP95: p95(readFloor),
    },
  };
}
