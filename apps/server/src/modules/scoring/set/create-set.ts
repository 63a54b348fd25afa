/** Creating a criteria set (a draft) at the issuing unit. */
import type { CreateCriteriaSet } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Forbidden, NotFound, RuleViolation } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import * as schemes from '../band-scheme/band-scheme.repository.ts';
import { canSet } from './set.policy.ts';
import { checkedContent } from './set.checks.ts';
import { setAfter } from './read-set.ts';
import * as repo from './set.repository.ts';
import { holds } from '../shared/scope.ts';

export async function createSet(ctx: Ctx, input: CreateCriteriaSet, opts: { isDemo?: boolean } = {}) {
  const actor = requireActor(ctx.actor);
  const unit = await org.getUnitById(ctx, input.unitId);
  if (!unit) throw NotFound('Đơn vị');
  if (!canSet(actor, 'create', { unitId: unit.id, unitPath: unit.path, state: 'draft' })) {
    if (holds(actor, 'scoring:read', unit)) throw Forbidden();
    throw NotFound('Đơn vị');
  }
  if (!(await schemes.getBandScheme(ctx.db, input.bandSchemeId)))
    throw RuleViolation('Thang xếp loại không tồn tại.', undefined, [
      { path: 'bandSchemeId', message: 'Thang xếp loại không tồn tại' },
    ]);
  const { content, maxTotal } = checkedContent(input.content);
  return inTx(ctx, async (tx, c) => {
    const now = c.clock.now();
    const by = c.actor?.system ? null : (c.actor?.userId ?? null);
    const id = await repo.insertSet(tx, {
      unitId: unit.id,
      year: input.year,
      name: input.name,
      state: 'draft',
      bandSchemeId: input.bandSchemeId,
      basis: input.basis,
      needsCheck: input.needsCheck,
      content,
      maxTotal,
      isDemo: opts.isDemo ?? false,
      createdBy: by,
      updatedBy: by,
      createdAt: now,
      updatedAt: now,
    });
    const after = await setAfter(c, tx, id);
    await audit(tx, c, {
      entity: 'scoring_set',
      entityId: id,
      unitId: unit.id,
      action: 'scoring.set.create',
      after,
    });
    return after;
  });
}
