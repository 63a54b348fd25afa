/** Setting a unit's theme of a year (one per unit and year). */
import type { CreateYearTheme } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict } from '../../../core/errors.ts';
import { checkDocs } from '../shared/refs.ts';
import { unitToCreateAt } from '../shared/unit.policy.ts';
import * as repo from './theme.repository.ts';
import { canTheme } from './theme.policy.ts';
import { presentTheme } from './theme.present.ts';

export async function createTheme(ctx: Ctx, input: CreateYearTheme, opts: { isDemo?: boolean } = {}) {
  const unit = await unitToCreateAt(ctx, input.unitId, (a, u) => canTheme(a, 'create', u));
  const guidingDocumentIds = await checkDocs(ctx, input.guidingDocumentIds, unit);
  return inTx(ctx, async (tx, c) => {
    if (await repo.themeOf(tx, unit.id, input.year))
      throw Conflict(`Đơn vị đã có chủ đề năm ${input.year}.`, { year: input.year });
    const id = await repo.insertTheme(tx, {
      ...input,
      guidingDocumentIds,
      contents: input.contents.filter((s) => s.trim()),
      isDemo: opts.isDemo ?? false,
      createdBy: c.actor?.system ? null : c.actor?.userId,
      createdAt: c.clock.now(),
      updatedAt: c.clock.now(),
    });
    const after = (await repo.getTheme(tx, id))!;
    await audit(tx, c, { entity: 'plan_theme', entityId: id, unitId: unit.id, action: 'create', after });
    return presentTheme(c, after);
  });
}
