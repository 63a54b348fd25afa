/**
 * Leaders in charge of government mass-mobilisation work (phân công lãnh đạo phụ trách công tác dân
 * vận chính quyền, bằng văn bản; seed 003 item 2): the list and one record.
 */
import type { Ctx } from '../../../core/context.ts';
import { today } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import { readScopes, readableUnit } from '../shared/unit.policy.ts';
import * as repo from './leader.repository.ts';
import { authorizeLeader, canLeader } from './leader.policy.ts';
import { presentLeader } from './leader.present.ts';

export async function listLeaders(
  ctx: Ctx,
  q: { unitId?: number; activeOnly?: boolean; q?: string; page: number; pageSize: number },
) {
  const under = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  return listPage(ctx, q, {
    ...repo.leaderList(ctx.db, readScopes(ctx), {
      under,
      activeOn: q.activeOnly ? today(ctx) : undefined,
      q: q.q?.trim() || undefined,
    }),
    present: (rows) => rows.map((l) => presentLeader(ctx, l)),
    can: listCan(ctx.actor, under, (at) =>
      canLeader(ctx.actor, 'create', { unitId: at.id, unitPath: at.path }),
    ),
  });
}

/** A leader-in-charge record of a unit in the actor's scope; otherwise 404. */
export async function loadLeader(ctx: Ctx, id: number) {
  requireActor(ctx.actor);
  const l = await repo.getLeader(ctx.db, id);
  if (!l) throw NotFound('Phân công lãnh đạo');
  authorizeLeader(ctx, 'read', l);
  return l;
}

export async function getLeader(ctx: Ctx, id: number) {
  return presentLeader(ctx, await loadLeader(ctx, id));
}
