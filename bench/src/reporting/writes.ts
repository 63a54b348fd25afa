/** (c1) saving and (c2) submitting a report through the service, against the fewest statements of the same writes. */
import type { Database } from '../../../apps/server/src/db/client.ts';
import { makeActor } from '../../../apps/server/src/core/context.ts';
import { submitReport } from '../../../apps/server/src/modules/reporting/report/submit-report.ts';
import { saveReport } from '../../../apps/server/src/modules/reporting/report/save-report.ts';
import { INDICATORS, NARRATIVE, log, median, p95, timed, type Measure } from './common.ts';
import type { Env } from './setup.ts';

/** On db, the database after durableCommits (env.ctx already points at it). */
export async function benchWrites(db: Database, env: Env): Promise<Record<'c' | 'c2', Measure>> {
  const { ctx, periodIds, inds, userId } = env;
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
      const [t2, sent] = await timed(() => submitReport(hc, d.id, { expectedVersion: saved.report.version }));
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
  return { c, c2 };
}
