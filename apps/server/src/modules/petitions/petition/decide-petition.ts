import type { z } from 'zod';
import type { DecidePetition } from '@danvan/contracts';
import { deadlineRuleCode, metDeadline, type PetitionKind } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { deadlineFor } from '../../legal/index.ts';
import { ruleDetails, runStep } from './load-petition.ts';
import { presentDetail } from './petition.present.ts';

/**
 * Quyết định giải quyết khiếu nại / kết luận nội dung tố cáo (the head): its number and content,
 * whether the resolution deadline was met, and for a complaint the deadline to send the decision
 * (khieu_nai.gui_quyet_dinh).
 */
export async function decidePetition(ctx: Ctx, id: number, input: z.infer<typeof DecidePetition>) {
  const p = await runStep(
    ctx,
    id,
    'decide',
    'decide',
    { ...input, note: input.number },
    async (_tx, c, p) => {
      const code = deadlineRuleCode(p.kind as PetitionKind, 'send_result');
      const result = code ? await deadlineFor(c, code, input.on, {}, { markUsed: true }) : null;
      return {
        patch: {
          decidedOn: input.on,
          decisionNumber: input.number,
          decisionSummary: input.summary,
          resultDue: result?.dueDate ?? null,
          resultRuleId: result?.rule.id ?? null,
        },
        entry: {
          dueDate: p.resolutionDue,
          met: metDeadline(p.resolutionDue, input.on),
          ruleId: result?.rule.id ?? null,
          ruleVersion: result?.rule.version ?? null,
          details: result
            ? {
                due: result.dueDate,
                resultDue: result.dueDate,
                upheld: input.upheld ?? null,
                ...ruleDetails(result),
              }
            : { upheld: input.upheld ?? null },
        },
        auditAfter: {
          decidedOn: input.on,
          decisionNumber: input.number,
          onTime: metDeadline(p.resolutionDue, input.on),
        },
      };
    },
  );
  return presentDetail(ctx, p);
}
