import { addWorkingDays, formatDateVi, PETITION_KIND_LABELS, type PetitionKind } from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { workingCalendar } from '../legal/index.ts';
import { notifyUnit, notifyUsers } from '../notifications/index.ts';
import * as repo from './petition/petition.repository.ts';

const STEP_VI: Record<string, string> = {
  received: 'xử lý đơn',
  screened: 'xử lý đơn',
  accepted: 'giải quyết',
  decided: 'gửi kết quả giải quyết',
};

/**
 * The daily reminder sweep: every open case whose running step is due within 2 working days is
 * reminded once to its handler (or the unit's officers when none); the day after it passes, the
 * handler and the unit head are told it is overdue. A tố cáo's reminder names it by its number only.
 * Each message has a dedupe key, so a sweep that runs again sends nothing twice.
 */
export async function sendPetitionReminders(ctx: Ctx, today: string) {
  const until = addWorkingDays(today, 2, await workingCalendar(ctx));
  let dueSoon = 0;
  let overdue = 0;
  for (const c of await repo.dueCases(ctx.db, until)) {
    if (!c.due) continue;
    const late = c.due < today;
    const kind = PETITION_KIND_LABELS[c.kind as PetitionKind].vi;
    const what =
      c.kind === 'to_cao' ? `Đơn tố cáo số ${c.id}` : `Đơn ${kind.toLocaleLowerCase('vi-VN')} "${c.subject}"`;
    const step = STEP_VI[c.status] ?? 'xử lý';
    const m = {
      kind: late ? 'petitions.overdue' : 'petitions.due',
      title: late ? `Quá hạn ${step}: ${what}` : `Sắp đến hạn ${step}: ${what}`,
      body: late
        ? `Thời hạn ${step} đã hết ngày ${formatDateVi(c.due)}.`
        : `Hạn ${step} là ngày ${formatDateVi(c.due)}.`,
      link: `/don-thu/${c.id}`,
      dedupeKey: `petitions:${c.id}:${c.status}:${c.due}:${late ? 'overdue' : 'due'}`,
    };
    const n = c.handlerId
      ? await notifyUsers(ctx.db, ctx, [c.handlerId], m)
      : await notifyUnit(ctx.db, ctx, c.unitId, ['reception_officer'], m);
    if (late) {
      overdue +=
        n +
        (await notifyUnit(ctx.db, ctx, c.unitId, ['unit_head'], { ...m, dedupeKey: `${m.dedupeKey}:head` }));
    } else dueSoon += n;
  }
  return { dueSoon, overdue };
}
