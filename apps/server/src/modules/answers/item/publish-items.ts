import type { z } from 'zod';
import { PublishAnswerItems } from '@danvan/contracts';
import { audit, inTx } from '../../../core/audit.ts';
import type { Ctx } from '../../../core/context.ts';
import { Invalid } from '../../../core/errors.ts';
import { publishAnswer, withdrawAnswer } from '../answers.portal.ts';
import { itemsByIds } from './item.repository.ts';
import { presentItem } from './item.present.ts';
import { stepInTx } from './run-item-step.ts';

type Input = z.input<typeof PublishAnswerItems>;

/**
 * Công khai trả lời (the filing side, bulk): chosen answered items go to the portal's published
 * answers (or are withdrawn), at the versions the user saw. Only the item, its answer and the
 * answering unit are shown there: never a person's data.
 */
export async function publishItems(ctx: Ctx, raw: Input) {
  const input = PublishAnswerItems.parse(raw);
  const ids = input.items.map((x) => x.id);
  if (new Set(ids).size !== ids.length)
    throw Invalid('Mỗi nội dung chỉ được chọn một lần.', [{ path: 'items', message: 'Nội dung trùng lặp' }]);
  await inTx(ctx, async (tx, c) => {
    for (const x of [...input.items].sort((a, b) => a.id - b.id)) {
      const { before } = await stepInTx(
        tx,
        c,
        x.id,
        input.published ? 'publish' : 'unpublish',
        'publish',
        x.expectedVersion,
        () => ({
          patch: { published: input.published, publishedAt: input.published ? c.clock.now() : null },
          auditAfter: { published: input.published },
        }),
      );
      if (input.published) await publishAnswer(c, before, before.answerText);
      else await withdrawAnswer(c, before);
    }
    await audit(tx, c, {
      entity: 'answer_item',
      action: input.published ? 'bulk_publish' : 'bulk_unpublish',
      after: { items: ids },
    });
  });
  const rows = await itemsByIds(ctx.db, ids);
  return { items: rows.map((r) => presentItem(ctx, r)) };
}
