import {
  addDays,
  formatDateVi,
  itemReminderKind,
  ANSWER_ITEM_NOUNS,
  type AnswerSourceKind,
} from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { notifyUnit } from '../notifications/index.ts';
import { dueItems } from './item/item.repository.ts';

/** Days before the due date when the answering unit is first reminded. */
export const REMIND_DAYS_BEFORE = 3;

/**
 * The daily reminder sweep: every open item assigned to a unit whose due date is within 3 days is
 * reminded once to the unit's head and focal officers; the day after it passes they are told it is
 * overdue. Each message has a dedupe key, so a sweep that runs again sends nothing twice.
 */
export async function sendAnswerReminders(ctx: Ctx, today: string) {
  const until = addDays(today, REMIND_DAYS_BEFORE);
  let dueSoon = 0;
  let overdue = 0;
  for (const i of await dueItems(ctx.db, until)) {
    const kind = itemReminderKind(i.dueDate, today, until);
    if (!kind || !i.responsibleUnitId || !i.dueDate) continue;
    const noun = ANSWER_ITEM_NOUNS[i.sourceKind as AnswerSourceKind].vi;
    const late = kind === 'overdue';
    const n = await notifyUnit(ctx.db, ctx, i.responsibleUnitId, ['unit_head', 'focal_officer'], {
      kind: late ? 'answers.overdue' : 'answers.due',
      code: late ? 'answers.overdue' : 'answers.due',
      title: late
        ? `Quá hạn trả lời ${noun.toLocaleLowerCase('vi-VN')} số ${i.number}: ${i.sourceTitle}`
        : `Sắp đến hạn trả lời ${noun.toLocaleLowerCase('vi-VN')} số ${i.number}: ${i.sourceTitle}`,
      body: late
        ? `Hạn trả lời đã hết ngày ${formatDateVi(i.dueDate)}.`
        : `Hạn trả lời là ngày ${formatDateVi(i.dueDate)}.`,
      link: `/tra-loi/noi-dung/${i.id}`,
      params: { number: i.number, source: i.sourceTitle, due: i.dueDate },
      dedupeKey: `answers:${i.id}:${i.dueDate}:${late ? 'overdue' : 'due'}`,
    });
    if (late) overdue += n;
    else dueSoon += n;
  }
  return { dueSoon, overdue };
}
