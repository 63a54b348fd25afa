/**
 * The scoring criterion the reporting module answers (scoring/proposer registry):
 * `reporting.reports_on_time` — the six-month and annual reports of the year the unit had to send
 * (periods of kind six_month and annual rooted above it, of its kind or one of its groups), each
 * counted when first sent by the unit's deadline (Vietnamese day) and accepted. Share = such reports /
 * reports due; no such period in the year: no data. One statement for every unit of the batch.
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

export async function proposeReportsOnTime(ctx: Ctx, units: ProposerUnit[], p: ProposerPeriod) {
  const rows = await queryRows<{
    unit_id: number;
    due: number;
    sent: number;
    on_time: number;
    accepted: number;
    good: number;
  }>(
    ctx,
    // the year's few periods first (materialised), then the units under each root
    sql`with pr as materialized (
          select pr.id, pr.root_unit_id, root.path as root_path, pr.required_kinds, pr.required_groups, d.deadline
          from reporting_periods pr
          join org_units root on root.id = pr.root_unit_id
          left join reporting_deadlines d on d.period_id = pr.id and d.level = 'unit'
          where pr.kind in ('six_month', 'annual') and pr.year = ${p.year}
        ), req as (
          select u.id as unit_id, pr.id as period_id, pr.deadline
          from pr join org_units u
            on u.id = any(${idsParam(units)}::int[]) and u.id <> pr.root_unit_id
            and left(u.path, length(pr.root_path)) = pr.root_path
          where (u.kind = any(pr.required_kinds)
              or exists (select 1 from org_unit_groups ug join org_groups g on g.id = ug.group_id
                         where ug.unit_id = u.id and g.code = any(pr.required_groups)))
        ), rep as (
          select req.unit_id, r.first_submitted_at is not null as sent,
            coalesce((r.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date <= req.deadline,
                     r.first_submitted_at is not null) as on_time,
            coalesce(r.status = 'accepted', false) as accepted
          from req left join reporting_reports r
            on r.period_id = req.period_id and r.unit_id = req.unit_id and r.level = 'unit'
        )
        select unit_id, count(*)::int as due, count(*) filter (where sent)::int as sent,
          count(*) filter (where on_time)::int as on_time, count(*) filter (where accepted)::int as accepted,
          count(*) filter (where on_time and accepted)::int as good
        from rep group by unit_id`,
  );
  const byUnit = new Map(rows.map((r) => [Number(r.unit_id), r]));
  const out = new Map<number, ProposedShare | null>();
  for (const u of units) {
    const r = byUnit.get(u.id);
    const [due, sent, onTime, accepted, good] = [r?.due, r?.sent, r?.on_time, r?.accepted, r?.good].map((n) =>
      Number(n ?? 0),
    );
    const evidence = { path: `/bao-cao?unitId=${u.id}&year=${p.year}`, label: 'Báo cáo của đơn vị' };
    out.set(
      u.id,
      due === 0
        ? {
            share: null,
            description: `Chưa có số liệu: chưa có kỳ báo cáo 6 tháng, năm ${p.year} nào đơn vị phải gửi trên hệ thống`,
            figures: { due: 0, sent: 0, onTime: 0, accepted: 0, onTimeAccepted: 0 },
            evidence,
          }
        : {
            share: good / due,
            description: `${formatCount(good)}/${formatCount(due)} báo cáo 6 tháng, năm gửi đúng hạn và được chấp nhận (đã gửi ${formatCount(sent)}, đúng hạn ${formatCount(onTime)}, được chấp nhận ${formatCount(accepted)})`,
            figures: { due, sent, onTime, accepted, onTimeAccepted: good },
            evidence,
          },
    );
  }
  return out;
}

export function registerReportingProposers(): void {
  registerProposer(
    'reporting.reports_on_time',
    'Báo cáo 6 tháng, năm đúng hạn và được chấp nhận',
    'Tỷ lệ báo cáo 6 tháng và báo cáo năm đơn vị phải gửi trong năm đã gửi đúng hạn và được chấp nhận; chưa có kỳ báo cáo nào: chưa có số liệu.',
    proposeReportsOnTime,
  );
}
