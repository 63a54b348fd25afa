import type { z } from 'zod';
import { CreateAnswerTemplate } from '@danvan/contracts';
import { audit, inTx } from '../../../core/audit.ts';
import type { Ctx } from '../../../core/context.ts';
import { Forbidden, NotFound } from '../../../core/errors.ts';
import { inScope, requireActor, scopesFor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { presentTemplate } from './read-template.ts';
import { canCreateTemplateAt } from './template.policy.ts';
import * as repo from './template.repository.ts';

/** Tạo mẫu trả lời của đơn vị (for bulk answers). */
export async function createTemplate(ctx: Ctx, raw: z.input<typeof CreateAnswerTemplate>) {
  const input = CreateAnswerTemplate.parse(raw);
  const actor = requireActor(ctx.actor);
  const unit = await org.getUnitById(ctx, input.unitId);
  if (!unit || !inScope(scopesFor(actor, 'answers:read'), unit)) throw NotFound('Đơn vị');
  if (!canCreateTemplateAt(actor, unit)) throw Forbidden();
  const id = await inTx(ctx, async (tx, c) => {
    const id = await repo.insertTemplate(tx, {
      unitId: unit.id,
      name: input.name,
      text: input.text,
      createdBy: actor.system ? null : actor.userId,
    });
    await audit(tx, c, {
      entity: 'answer_template',
      entityId: id,
      unitId: unit.id,
      action: 'create',
      after: { name: input.name },
    });
    return id;
  });
  return presentTemplate(ctx, (await repo.getTemplate(ctx.db, id))!);
}
