/**
 * The scoring criteria the plans module answers from its records (scoring/proposer registry), each
 * for every unit of the batch in one statement (the same counts as its report figures):
 * - `plans.plan_issued_on_time`: the unit's plan of the year issued by PLAN_ON_TIME_BY: full points;
 *   issued later in the year: half; none: 0.
 * - `plans.leader_named`: a leader in charge named at the year's end: full points; none: 0.
 * - `plans.tasks_on_time`: the share of the tasks assigned to the unit, due in the year, done by its
 *   end; none due: full points, said so.
 */
import { formatCount } from '@danvan/contracts';
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../../core/context.ts';
import {
  idsParam,
  queryRows,
  registerProposer,
  type ProposedShare,
  type ProposerPeriod,
  type ProposerUnit,
} from '../../scoring/index.ts';

/** The day of the year by which the unit's own plan counts as issued on time (this system's default). */
export const PLAN_ON_TIME_BY = '03-31';

const ratio = (part: number, whole: number) => (whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 1);
const vnDay = (iso: string) => iso.split('-').reverse().join('/');

type Row = { unit_id: number } & Record<string, number>;
async function perUnit(ctx: Ctx, q: ReturnType<typeof sql>) {
  const rows = await queryRows<Row>(ctx, q);
  return new Map(rows.map((r) => [Number(r.unit_id), r]));
}

export async function proposePlanOnTime(ctx: Ctx, units: ProposerUnit[], p: ProposerPeriod) {
  const by = `${p.year}-${PLAN_ON_TIME_BY}`;
  const m = await perUnit(
    ctx,
    sql`select p.unit_id, count(*) filter (where p.issued_on <= ${by}::date)::int as on_time, count(*)::int as in_year
        from plans p
        where p.unit_id = any(${idsParam(units)}::int[]) and p.status = 'issued'
          and p.issued_on between ${p.from}::date and ${p.to}::date
        group by p.unit_id`,
  );
  const out = new Map<number, ProposedShare | null>();
  for (const u of units) {
    const onTime = Number(m.get(u.id)?.on_time ?? 0);
    const inYear = Number(m.get(u.id)?.in_year ?? 0);
    out.set(u.id, {
      share: onTime > 0 ? 1 : inYear > 0 ? 0.5 : 0,
      description:
        onTime > 0
          ? `Đã ban hành kế hoạch trước ngày ${vnDay(by)}`
          : inYear > 0
            ? `Ban hành kế hoạch sau ngày ${vnDay(by)}`
            : `Chưa ban hành kế hoạch năm ${p.year}`,
      figures: { onTime, inYear },
      evidence: { path: `/ke-hoach?unitId=${u.id}&year=${p.year}`, label: 'Kế hoạch của đơn vị' },
    });
  }
  return out;
}

export async function proposeLeaderNamed(ctx: Ctx, units: ProposerUnit[], p: ProposerPeriod) {
  const m = await perUnit(
    ctx,
    sql`select l.unit_id, count(*)::int as n from plans_leaders l
        where l.unit_id = any(${idsParam(units)}::int[])
          and l.from_date <= ${p.to}::date and (l.to_date is null or l.to_date >= ${p.to}::date)
        group by l.unit_id`,
  );
  const out = new Map<number, ProposedShare | null>();
  for (const u of units) {
    const named = m.has(u.id) ? 1 : 0;
    out.set(u.id, {
      share: named,
      description: named ? 'Đã phân công lãnh đạo phụ trách' : 'Chưa phân công lãnh đạo phụ trách',
      figures: { named },
      evidence: { path: `/lanh-dao-phu-trach?unitId=${u.id}`, label: 'Lãnh đạo phụ trách' },
    });
  }
  return out;
}

export async function proposeTasksOnTime(ctx: Ctx, units: ProposerUnit[], p: ProposerPeriod) {
  const m = await perUnit(
    ctx,
    sql`select a.unit_id, count(*)::int as assigned,
          count(*) filter (where a.status = 'done' and a.completed_on <= ${p.to}::date)::int as done
        from plans_task_assignments a
        where a.unit_id = any(${idsParam(units)}::int[]) and a.status <> 'cancelled'
          and a.period_due between ${p.from}::date and ${p.to}::date
        group by a.unit_id`,
  );
  const out = new Map<number, ProposedShare | null>();
  for (const u of units) {
    const assigned = Number(m.get(u.id)?.assigned ?? 0);
    const done = Number(m.get(u.id)?.done ?? 0);
    out.set(u.id, {
      share: ratio(done, assigned),
      description:
        assigned > 0
          ? `Hoàn thành ${formatCount(done)}/${formatCount(assigned)} nhiệm vụ đến hạn`
          : 'Không có nhiệm vụ đến hạn trong năm',
      figures: { assigned, done },
      evidence: { path: `/nhiem-vu-cua-toi?unitId=${u.id}`, label: 'Nhiệm vụ được giao' },
    });
  }
  return out;
}

export function registerPlansProposers(): void {
  registerProposer(
    'plans.plan_issued_on_time',
    'Ban hành kế hoạch năm đúng thời hạn',
    `Kế hoạch công tác dân vận chính quyền của đơn vị ban hành đến ngày ${PLAN_ON_TIME_BY.split('-').reverse().join('/')}: đủ điểm; ban hành muộn hơn trong năm: một nửa số điểm; không ban hành: 0.`,
    proposePlanOnTime,
  );
  registerProposer(
    'plans.leader_named',
    'Phân công lãnh đạo phụ trách',
    'Đơn vị đã phân công lãnh đạo phụ trách công tác dân vận chính quyền đến cuối năm: đủ điểm; chưa: 0.',
    proposeLeaderNamed,
  );
  registerProposer(
    'plans.tasks_on_time',
    'Nhiệm vụ hoàn thành đúng hạn',
    'Tỷ lệ nhiệm vụ được giao đến hạn trong năm đã hoàn thành; không có nhiệm vụ đến hạn: đủ điểm.',
    proposeTasksOnTime,
  );
}
