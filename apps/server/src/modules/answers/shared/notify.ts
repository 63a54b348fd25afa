import { ANSWER_ITEM_NOUNS, type AnswerSourceKind } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import type { Db } from '../../../db/client.ts';
import { notifyUnit, notifyUsers } from '../../notifications/index.ts';
import type { ItemRow } from '../item/item.repository.ts';

/** Who raised the item hears of every answer: the source's author, and the filing unit's Front / council / head. */
export async function notifyAnswered(tx: Db, ctx: Ctx, i: ItemRow, kind: 'answered' | 'declined') {
  const noun = ANSWER_ITEM_NOUNS[i.sourceKind as AnswerSourceKind].vi;
  const unit = i.responsibleName ?? '';
  const m = {
    kind: `answers.${kind}`,
    code: `answers.${kind}`,
    title:
      kind === 'answered'
        ? `${unit} đã trả lời ${noun.toLocaleLowerCase('vi-VN')} số ${i.number}: ${i.sourceTitle}`
        : `${unit} giải trình, không tiếp thu ${noun.toLocaleLowerCase('vi-VN')} số ${i.number}: ${i.sourceTitle}`,
    body: 'Mời xem nội dung trả lời và đánh giá.',
    link: `/tra-loi/noi-dung/${i.id}`,
    params: { number: i.number, source: i.sourceTitle, unit },
    dedupeKey: `answers:${i.id}:${kind}:${i.answerCount + 1}`,
  };
  let n = 0;
  if (i.sourceCreatedBy) n += await notifyUsers(tx, ctx, [i.sourceCreatedBy], m);
  n += await notifyUnit(tx, ctx, i.sourceUnitId, ['front', 'council_office', 'unit_head'], m);
  return n;
}

/** The responsible unit hears of an assignment. */
export async function notifyAssigned(
  tx: Db,
  ctx: Ctx,
  i: ItemRow,
  unitId: number,
  unitName: string,
  due: string | null,
) {
  const noun = ANSWER_ITEM_NOUNS[i.sourceKind as AnswerSourceKind].vi;
  return notifyUnit(tx, ctx, unitId, ['unit_head', 'focal_officer'], {
    kind: 'answers.assigned',
    code: 'answers.assigned',
    title: `Được giao trả lời ${noun.toLocaleLowerCase('vi-VN')} số ${i.number}: ${i.sourceTitle}`,
    body: due ? `Hạn trả lời: ${due.split('-').reverse().join('/')}.` : 'Chưa có hạn trả lời.',
    link: `/tra-loi/noi-dung/${i.id}`,
    params: { number: i.number, source: i.sourceTitle, unit: unitName, ...(due ? { due } : {}) },
    dedupeKey: `answers:${i.id}:assigned:${unitId}:${i.version}`,
  });
}
