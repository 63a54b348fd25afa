/** The coordinator adds a recognition criterion (a new code) with its basis. */
import { CreateModelCriterion as Schema, type CreateModelCriterion } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict } from '../../../core/errors.ts';
import { authorizeReferenceChange } from '../shared/reference.policy.ts';
import * as repo from './criterion.repository.ts';
import { presentCriterion } from './criterion.present.ts';

export async function createCriterion(ctx: Ctx, raw: CreateModelCriterion) {
  const input = Schema.parse(raw);
  authorizeReferenceChange(ctx);
  return inTx(ctx, async (tx, c) => {
    await repo.lockCriteria(tx);
    if (await repo.codeInUse(tx, input.code))
      throw Conflict(`Mã tiêu chí “${input.code}” đã có; hãy sửa tiêu chí đó hoặc chọn mã khác.`);
    const row = await repo.insertCriterion(tx, { ...input, version: 1 });
    await audit(tx, c, { entity: 'model_criterion', entityId: row.id, action: 'create', after: row });
    return presentCriterion(c, row);
  });
}
