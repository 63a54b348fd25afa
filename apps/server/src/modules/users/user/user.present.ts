import type { Role } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { requireActor } from '../../../core/scope.ts';
import type { UserRecord } from './load-user.ts';
import { canSeeAssignment, userFlags } from './user.policy.ts';

/** An account as the API returns it (never its password hash), with what the actor may do with it. */
export function presentUser(ctx: Ctx, u: UserRecord) {
  const actor = requireActor(ctx.actor);
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    email: u.email,
    position: u.position,
    active: u.active,
    isDemo: u.isDemo,
    lockedUntil: u.lockedUntil && u.lockedUntil > ctx.clock.now() ? u.lockedUntil.toISOString() : null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    assignments: u.assignments
      .filter((a) => canSeeAssignment(actor, a))
      .map((a) => ({
        id: a.id,
        role: a.role as Role,
        unitId: a.unitId,
        unitName: a.unitName,
        includeSubtree: a.includeSubtree,
      })),
    can: userFlags(actor, u),
  };
}
