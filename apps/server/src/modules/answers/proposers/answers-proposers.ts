/**
 * The scoring criteria the answers module answers from its records (scoring/proposer registry):
 * - `dialogues.held`: the dialogues the unit's head held with the people in the year (sources of kind
 *   'dialogue' in state 'held', by the day held). At least one held: full points; none held though the
 *   unit recorded dialogues (scheduled, cancelled): 0; nothing recorded in the year: no data.
 * - `front.recommendations_answered`: the recommendations of the Fatherland Front's supervision and
 *   social criticism addressed to the unit (the item's responsible unit, else the document's
 *   addressee) that fell due in the year, answered by their due date (first answer on or before it).
 *   Share = answered on time / due; none due in the year: no data.
 * Each answers every unit of the batch with one statement.
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

const FRONT_KINDS = sql`('front_supervision', 'front_criticism')`;

export async function proposeDialoguesHeld(ctx: Ctx, units: ProposerUnit[], p: ProposerPeriod) {
  const rows = await queryRows<{ unit_id: number; recorded: number; held: number }>(
    ctx,
    sql`select s.unit_id,
          count(*)::int as recorded,
          count(*) filter (where s.dialogue_state = 'held' and s.held_on between ${p.from}::date and ${p.to}::date)::int as held
        from answers_sources s
        where s.kind = 'dialogue' and s.unit_id = any(${idsParam(units)}::int[])
          and coalesce(s.held_on, s.received_on) between ${p.from}::date and ${p.to}::date
        group by s.unit_id`,
  );
  const byUnit = new Map(rows.map((r) => [Number(r.unit_id), r]));
  const out = new Map<number, ProposedShare | null>();
  for (const u of units) {
    const r = byUnit.get(u.id);
    const recorded = Number(r?.recorded ?? 0);
    const held = Number(r?.held ?? 0);
    const evidence = {
      path: `/doi-thoai?unitId=${u.id}&year=${p.year}`,
      label: 'Sổ đối thoại với Nhân dân của đơn vị',
    };
    out.set(
      u.id,
      recorded === 0
        ? {
            share: null,
            description: `Chưa có số liệu: hệ thống chưa ghi nhận cuộc đối thoại nào của đơn vị trong năm ${p.year}`,
            figures: { recorded: 0, held: 0 },
            evidence,
          }
        : {
            share: held > 0 ? 1 : 0,
            description:
              held > 0
                ? `Người đứng đầu đã tổ chức ${formatCount(held)} cuộc đối thoại với Nhân dân trong năm ${p.year}`
                : `Chưa tổ chức cuộc đối thoại nào trong năm ${p.year} (${formatCount(recorded)} cuộc đã lên lịch hoặc bị hủy)`,
            figures: { recorded, held },
            evidence,
          },
    );
  }
  return out;
}

/** ' (2 trả lời quá hạn, 1 chưa trả lời)' or ''. */
const rest = (late: number, open: number) => {
  const parts = [
    ...(late ? [`${formatCount(late)} trả lời quá hạn`] : []),
    ...(open ? [`${formatCount(open)} chưa trả lời`] : []),
  ];
  return parts.length ? ` (${parts.join(', ')})` : '';
};

export async function proposeFrontAnswered(ctx: Ctx, units: ProposerUnit[], p: ProposerPeriod) {
  const rows = await queryRows<{ unit_id: number; due: number; on_time: number; late: number }>(
    ctx,
    sql`select coalesce(i.responsible_unit_id, s.addressee_unit_id) as unit_id,
          count(*)::int as due,
          count(*) filter (where i.first_answered_on <= i.due_date)::int as on_time,
          count(*) filter (where i.first_answered_on > i.due_date)::int as late
        from answers_items i join answers_sources s on s.id = i.source_id
        where s.kind in ${FRONT_KINDS}
          and coalesce(i.responsible_unit_id, s.addressee_unit_id) = any(${idsParam(units)}::int[])
          and i.due_date between ${p.from}::date and ${p.to}::date
        group by 1`,
  );
  const byUnit = new Map(rows.map((r) => [Number(r.unit_id), r]));
  const out = new Map<number, ProposedShare | null>();
  for (const u of units) {
    const r = byUnit.get(u.id);
    const due = Number(r?.due ?? 0);
    const onTime = Number(r?.on_time ?? 0);
    const late = Number(r?.late ?? 0);
    const evidence = {
      path: `/giam-sat-phan-bien?unitId=${u.id}&year=${p.year}`,
      label: 'Kiến nghị sau giám sát, phản biện xã hội gửi đơn vị',
    };
    out.set(
      u.id,
      due === 0
        ? {
            share: null,
            description: `Chưa có số liệu: không có kiến nghị của Mặt trận gửi đơn vị đến hạn trả lời trong năm ${p.year}`,
            figures: { due: 0, onTime: 0, late: 0 },
            evidence,
          }
        : {
            share: onTime / due,
            description: `Trả lời đúng hạn ${formatCount(onTime)}/${formatCount(due)} kiến nghị của Mặt trận đến hạn trong năm${rest(late, due - onTime - late)}`,
            figures: { due, onTime, late },
            evidence,
          },
    );
  }
  return out;
}

export function registerAnswersProposers(): void {
  registerProposer(
    'dialogues.held',
    'Đối thoại với Nhân dân',
    'Người đứng đầu tổ chức ít nhất một cuộc đối thoại với Nhân dân trong năm: đủ điểm; có lịch nhưng chưa tổ chức: 0; chưa ghi nhận cuộc đối thoại nào: chưa có số liệu.',
    proposeDialoguesHeld,
  );
  registerProposer(
    'front.recommendations_answered',
    'Trả lời kiến nghị của Mặt trận đúng hạn',
    'Tỷ lệ kiến nghị sau giám sát, phản biện xã hội của Mặt trận Tổ quốc gửi đơn vị, đến hạn trong năm, đã được trả lời đúng hạn; không có kiến nghị đến hạn: chưa có số liệu.',
    proposeFrontAnswered,
  );
}
