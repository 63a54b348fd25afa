/** Emulation movements ("Dân vận khéo", …) that apply to a unit: its own and its superiors'. */
import type { Ctx } from '../../../core/context.ts';
import { listPage, memoryList } from '../../../core/page.ts';
import { listCan } from '../../../core/scope.ts';
import { readScopes, readableUnit } from '../shared/unit.policy.ts';
import { canMovement } from './movement.policy.ts';
import * as repo from './movement.repository.ts';
import { presentMovement } from './movement.present.ts';

export async function listMovements(
  ctx: Ctx,
  q: { unitId?: number; activeOnly?: boolean; page: number; pageSize: number },
) {
  const appliesTo = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const rows = await repo.listMovements(ctx.db, readScopes(ctx), { appliesTo, activeOnly: q.activeOnly });
  return listPage(ctx, q, {
    ...memoryList(rows),
    present: (page) => Promise.all(page.map((m) => presentMovement(ctx, m))),
    can: listCan(ctx.actor, appliesTo, (at) =>
      canMovement(ctx.actor, 'create', { unitId: at.id, unitPath: at.path }),
    ),
  });
}
