/** Editing a year theme. */
import type { UpdateYearTheme } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import { checkDocs } from '../shared/refs.ts';
import * as repo from './theme.repository.ts';
import { authorizeTheme } from './theme.policy.ts';
import { presentTheme } from './theme.present.ts';

export async function updateTheme(ctx: Ctx, id: number, input: UpdateYearTheme) {
  requireActor(ctx.actor);
  return inTx(ctx, async (tx, c) => {
    const before = await repo.getTheme(tx, id);
    if (!before) throw NotFound('Chủ đề năm');
    authorizeTheme(c, 'update', before);
    const unit = { id: before.unitId, path: before.unitPath };
    const guidingDocumentIds = input.guidingDocumentIds
      ? await checkDocs(c, input.guidingDocumentIds, unit)
      : undefined;
    if (input.year && input.year !== before.year) {
      const other = await repo.themeOf(tx, before.unitId, input.year);
      if (other && other !== id) throw Conflict(`Đơn vị đã có chủ đề năm ${input.year}.`);
    }
    await repo.updateTheme(tx, id, {
      ...input,
      ...(guidingDocumentIds ? { guidingDocumentIds } : {}),
      ...(input.contents ? { contents: input.contents.filter((s) => s.trim()) } : {}),
      updatedAt: c.clock.now(),
    });
    const after = (await repo.getTheme(tx, id))!;
    await audit(tx, c, {
      entity: 'plan_theme',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before,
      after,
    });
    return presentTheme(c, after);
  });
}
