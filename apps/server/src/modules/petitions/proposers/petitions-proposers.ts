/**
 * The scoring criteria the petitions module answers from its register (scoring/proposer registry),
 * each for every unit of the batch in one statement:
 * - `petitions.resolved_on_time`: of the petitions the unit decided in the year, the share decided by
 *   their resolution due date; none decided: full points, said so.
 * - `petitions.none_overdue`: no petition overdue at the end of the period (its end, or today while
 *   it runs): a petition accepted for resolution by then, past its resolution due date, neither
 *   decided nor closed by then and not suspended. None overdue: full points; any: 0; no petition
 *   under resolution in the year: no data.
 */
import { formatCount } from '@danvan/contracts';
import { sql } from 'drizzle-orm';
import { today, type Ctx } from '../../../core/context.ts';
import {
  idsParam,
  periodAsOf,
  queryRows,
  registerProposer,
  type ProposedShare,
  type ProposerPeriod,
  type ProposerUnit,
} from '../../scoring/index.ts';

const ratio = (part: number, whole: number) => (whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 1);
const vnDay = (iso: string) => iso.split('-').reverse().join('/');

export async function proposeResolvedOnTime(ctx: Ctx, units: ProposerUnit[], p: ProposerPeriod) {
  const rows = await queryRows<{ unit_id: number; resolved: number; on_time: number }>(
    ctx,
    sql`select p.unit_id, count(*)::int as resolved,
          count(*) filter (where p.resolution_due is null or p.decided_on <= p.resolution_due)::int as on_time
        from petitions p
        where p.unit_id = any(${idsParam(units)}::int[]) and p.decided_on between ${p.from}::date and ${p.to}::date
        group by p.unit_id`,
  );
  const byUnit = new Map(rows.map((r) => [Number(r.unit_id), r]));
  const out = new Map<number, ProposedShare | null>();
  for (const u of units) {
    const r = byUnit.get(u.id);
    const resolved = Number(r?.resolved ?? 0);
    const onTime = Number(r?.on_time ?? 0);
    out.set(u.id, {
      share: ratio(onTime, resolved),
      description:
        resolved > 0
          ? `Giải quyết đúng hạn ${formatCount(onTime)}/${formatCount(resolved)} đơn, thư`
          : 'Không có đơn, thư phải giải quyết trong năm',
      figures: { resolved, onTime },
      evidence: { path: `/don-thu?unitId=${u.id}`, label: 'Sổ theo dõi đơn thư' },
    });
  }
  return out;
}

export async function proposeNoneOverdue(ctx: Ctx, units: ProposerUnit[], p: ProposerPeriod) {
  const asOf = periodAsOf(p, today(ctx));
  const rows = await queryRows<{ unit_id: number; running: number; overdue: number }>(
    ctx,
    sql`select p.unit_id, count(*)::int as running,
          count(*) filter (where p.resolution_due < ${asOf}::date and p.status <> 'suspended'
            and coalesce(p.decided_on, p.closed_on, 'infinity'::date) > ${asOf}::date)::int as overdue
        from petitions p
        where p.unit_id = any(${idsParam(units)}::int[])
          and p.accepted_on <= ${asOf}::date and p.resolution_due is not null
          and coalesce(p.decided_on, p.closed_on, 'infinity'::date) >= ${p.from}::date
        group by p.unit_id`,
  );
  const byUnit = new Map(rows.map((r) => [Number(r.unit_id), r]));
  const out = new Map<number, ProposedShare | null>();
  for (const u of units) {
    const r = byUnit.get(u.id);
    const running = Number(r?.running ?? 0);
    const overdue = Number(r?.overdue ?? 0);
    const evidence = {
      path: `/don-thu?unitId=${u.id}&flag=overdue`,
      label: 'Đơn thư quá hạn giải quyết của đơn vị',
    };
    out.set(
      u.id,
      running === 0
        ? {
            share: null,
            description: `Chưa có số liệu: đơn vị không có đơn, thư phải giải quyết trong năm ${p.year} trên hệ thống`,
            figures: { running: 0, overdue: 0 },
            evidence,
          }
        : {
            share: overdue === 0 ? 1 : 0,
            description:
              overdue === 0
                ? `Không có đơn, thư quá hạn giải quyết tại ngày ${vnDay(asOf)} (${formatCount(running)} đơn phải giải quyết trong năm)`
                : `Có ${formatCount(overdue)}/${formatCount(running)} đơn, thư quá hạn giải quyết tại ngày ${vnDay(asOf)}`,
            figures: { running, overdue },
            evidence,
          },
    );
  }
  return out;
}

export function registerPetitionsProposers(): void {
  registerProposer(
    'petitions.resolved_on_time',
    'Giải quyết đơn thư đúng hạn',
    'Tỷ lệ đơn, thư giải quyết đúng thời hạn trong số đã giải quyết trong năm; không có đơn: đủ điểm.',
    proposeResolvedOnTime,
  );
  registerProposer(
    'petitions.none_overdue',
    'Không có đơn thư quá hạn',
    'Không có đơn, thư quá hạn giải quyết tại ngày cuối kỳ (hoặc hôm nay khi năm chưa hết): đủ điểm; có đơn quá hạn: 0; không có đơn phải giải quyết trong năm: chưa có số liệu.',
    proposeNoneOverdue,
  );
}
