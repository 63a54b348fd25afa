import type { z } from 'zod';
import { BulkAnswerItems } from '@danvan/contracts';
import { audit, inTx } from '../../../core/audit.ts';
import { today, type Ctx } from '../../../core/context.ts';
import { Invalid } from '../../../core/errors.ts';
import { loadTemplate } from '../template/read-template.ts';
import { answerInTx } from './answer-item.ts';
import { itemsByIds, type ItemRow } from './item.repository.ts';
import { presentItem } from './item.present.ts';
import { checkStepDate } from './run-item-step.ts';

type Input = z.input<typeof BulkAnswerItems>;

/** Fills a template's placeholders for one item: {so} its number, {noi_dung} its text, {don_vi} the answering unit. */
export function fillTemplate(text: string, i: Pick<ItemRow, 'number' | 'text' | 'responsibleName'>) {
  return text
    .replaceAll('{so}', String(i.number))
    .replaceAll('{noi_dung}', i.text)
    .replaceAll('{don_vi}', i.responsibleName ?? '');
}

/**
 * One answer for many items (one page to answer many): all in one transaction, each item at the
 * version the user saw; one stale or not-answerable item refuses the whole request (nothing written).
 */
export async function bulkAnswerItems(ctx: Ctx, raw: Input) {
  const input = BulkAnswerItems.parse(raw);
  const ids = input.items.map((x) => x.id);
  if (new Set(ids).size !== ids.length)
    throw Invalid('Mỗi nội dung chỉ được chọn một lần.', [{ path: 'items', message: 'Nội dung trùng lặp' }]);
  const on = input.answeredOn ?? today(ctx);
  checkStepDate(ctx, on);
  await inTx(ctx, async (tx, c) => {
    const template = input.templateId ? await loadTemplate(c, input.templateId) : null;
    const base = input.text || template?.text || '';
    for (const x of [...input.items].sort((a, b) => a.id - b.id))
      await answerInTx(
        tx,
        c,
        x.id,
        x.expectedVersion,
        (i) => fillTemplate(base, i),
        input.answerDocument,
        on,
      );
    await audit(tx, c, {
      entity: 'answer_item',
      action: 'bulk_answer',
      after: { items: ids, templateId: input.templateId ?? null, answeredOn: on },
    });
  });
  const rows = await itemsByIds(ctx.db, ids);
  return { items: rows.map((r) => presentItem(ctx, r)) };
}
