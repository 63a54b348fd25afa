import type { z } from 'zod';
import type { UserListQuery } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import { loadUser, withAssignments } from './load-user.ts';
import * as repo from './user.repository.ts';
import { authorizeUser, canCreateUserAt, userReadScope } from './user.policy.ts';
import { presentUser } from './user.present.ts';

export async function listUsers(ctx: Ctx, q: z.infer<typeof UserListQuery>) {
  const actor = requireActor(ctx.actor);
  const { scopes, unassigned } = userReadScope(actor);
  return listPage(ctx, q, {
    ...repo.userList(ctx.db, scopes, unassigned, {
      q: q.q?.trim() || undefined,
      unitId: q.unitId,
      role: q.role,
    }),
    present: async (rows) => (await withAssignments(ctx.db, rows)).map((u) => presentUser(ctx, u)),
    // an account is created with its first role at a unit the actor administers (or, by a root
    // administrator, without one)
    can: listCan(actor, undefined, (at) => canCreateUserAt(actor, at)),
  });
}

export async function getUser(ctx: Ctx, id: number) {
  const u = await loadUser(ctx.db, id);
  authorizeUser(ctx, 'read', u);
  return presentUser(ctx, u);
}
