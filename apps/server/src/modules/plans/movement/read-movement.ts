/** Emulation movements ("Dân vận khéo", …) that apply to a unit: its own and its superiors'. */
import type { Ctx } from '../../../core/context.ts';
import { readScopes, readableUnit } from '../shared/unit.policy.ts';
import * as repo from './movement.repository.ts';
import { presentMovement } from './movement.present.ts';

export async function listMovements(ctx: Ctx, q: { unitId?: number; activeOnly?: boolean }) {
  const appliesTo = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const rows = await repo.listMovements(ctx.db, readScopes(ctx), { appliesTo, activeOnly: q.activeOnly });
  return Promise.all(rows.map((m) => presentMovement(ctx, m)));
}
