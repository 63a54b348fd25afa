import type { z } from 'zod';
import { JudgeAnswerItem } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { notifyUnit } from '../../notifications/index.ts';
import { presentItemDetail } from './item.present.ts';
import { runItemStep } from './run-item-step.ts';

type Input = z.input<typeof JudgeAnswerItem>;

/**
 * Đánh giá trả lời (whoever raised the item: the Front, the council office, the unit that held the
 * dialogue): answered / re_answered → satisfied or not_satisfied; a not-satisfied answer goes back to
 * the responsible unit, which is told.
 */
export async function judgeItem(ctx: Ctx, id: number, raw: Input) {
  const input = JudgeAnswerItem.parse(raw);
  const on = today(ctx);
  const r = await runItemStep(
    ctx,
    id,
    'judge',
    'judge',
    input.expectedVersion,
    () => ({
      patch: { verdict: input.verdict, verdictComment: input.comment, judgedOn: on },
      note: input.comment,
      details: { verdict: input.verdict },
      auditAfter: { verdict: input.verdict },
    }),
    input.verdict,
    async (tx, c, i) => {
      if (input.verdict === 'not_satisfied' && i.responsibleUnitId)
        await notifyUnit(tx, c, i.responsibleUnitId, ['unit_head', 'focal_officer'], {
          kind: 'answers.not_satisfied',
          code: 'answers.not_satisfied',
          title: `Trả lời nội dung số ${i.number} chưa thỏa đáng: ${i.sourceTitle}`,
          body: input.comment || 'Đề nghị trả lời lại.',
          link: `/tra-loi/noi-dung/${i.id}`,
          params: { number: i.number, source: i.sourceTitle },
          dedupeKey: `answers:${i.id}:not_satisfied:${i.answerCount}`,
        });
    },
  );
  return presentItemDetail(ctx, r);
}
