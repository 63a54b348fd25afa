import type { z } from 'zod';
import type { RetireTimeLimitRule } from '@danvan/contracts';
import { formatDateVi } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { NotFound, RuleViolation } from '../../../core/errors.ts';
import * as repo from './rule.repository.ts';
import { authorizeRuleChange } from './rule.policy.ts';
import { presentRule } from './rule.present.ts';

/**
 * Ends a rule: it stays in force up to `effectiveTo` (cases whose clock started by then keep it) and
 * is no longer shown among the rules in force after that day. Audited with its reason.
 */
export async function retireRule(ctx: Ctx, id: number, input: z.infer<typeof RetireTimeLimitRule>) {
  return inTx(ctx, async (tx, c) => {
    const found = await repo.getRule(tx, id);
    if (!found) throw NotFound('Quy định thời hạn');
    authorizeRuleChange(c, found);
    await repo.lockCode(tx, found.code);
    const before = (await repo.getRule(tx, id, { forUpdate: true }))!;
    authorizeRuleChange(c, before);
    if (input.effectiveTo < before.effectiveFrom)
      throw RuleViolation(
        `Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực (${formatDateVi(before.effectiveFrom)}).`,
        undefined,
        [{ path: 'effectiveTo', message: 'Ngày hết hiệu lực trước ngày bắt đầu hiệu lực' }],
      );
    if (before.effectiveTo !== null && input.effectiveTo > before.effectiveTo)
      throw RuleViolation(
        `Quy định đã hết hiệu lực từ sau ngày ${formatDateVi(before.effectiveTo)}; không kéo dài được bằng thao tác này.`,
        undefined,
        [{ path: 'effectiveTo', message: 'Muộn hơn ngày hết hiệu lực hiện tại' }],
      );
    const after = await repo.updateRule(tx, id, { effectiveTo: input.effectiveTo, retiredAt: c.clock.now() });
    await audit(tx, c, {
      entity: 'legal_time_limit',
      entityId: id,
      action: 'retire',
      before: { effectiveTo: before.effectiveTo },
      after: { effectiveTo: after.effectiveTo, reason: input.reason },
    });
    return presentRule(c, after);
  });
}
