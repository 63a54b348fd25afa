import { activeAssignment, type Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import * as accounts from '../../users/index.ts';

/** The signed-in user: their account, assignments, working unit and permissions. */
export async function me(ctx: Ctx) {
  const actor = requireActor(ctx.actor);
  // an actor read from the session carries the account's fields (core/sessions.ts): no second read
  const u =
    actor.position !== undefined
      ? { id: actor.userId, username: actor.username, fullName: actor.fullName, position: actor.position }
      : await accounts.accountById(ctx.db, actor.userId);
  if (!u) throw NotFound('Người dùng');
  const active = activeAssignment(actor);
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    position: u.position,
    assignments: actor.assignments.map((a) => ({
      id: a.id,
      role: a.role,
      unitId: a.unitId,
      unitName: a.unitName,
      includeSubtree: a.includeSubtree,
    })),
    activeAssignmentId: active?.id ?? null,
    activeUnit: active ? { id: active.unitId, name: active.unitName } : null,
    permissions: [...actor.permissions].sort(),
    demo: ctx.config.demo,
  };
}
