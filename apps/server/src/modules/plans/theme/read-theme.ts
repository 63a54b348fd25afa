/**
 * Year themes ("Năm dân vận chính quyền 2022", seed 002): set by a unit (plans:manage) for its whole
 * subtree, cited by plans. The themes that apply to a unit.
 */
import type { Ctx } from '../../../core/context.ts';
import { listPage, memoryList } from '../../../core/page.ts';
import { listCan } from '../../../core/scope.ts';
import { readScopes, readableUnit } from '../shared/unit.policy.ts';
import { canTheme } from './theme.policy.ts';
import * as repo from './theme.repository.ts';
import { presentTheme } from './theme.present.ts';

export async function listThemes(
  ctx: Ctx,
  q: { unitId?: number; year?: number; page: number; pageSize: number },
) {
  const appliesTo = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const rows = await repo.listThemes(ctx.db, readScopes(ctx), { appliesTo, year: q.year });
  return listPage(ctx, q, {
    ...memoryList(rows),
    present: (page) => Promise.all(page.map((t) => presentTheme(ctx, t))),
    can: listCan(ctx.actor, appliesTo, (at) =>
      canTheme(ctx.actor, 'create', { unitId: at.id, unitPath: at.path }),
    ),
  });
}
