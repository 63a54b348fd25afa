import type { z } from 'zod';
import type { UserListQuery } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import { loadUser, withAssignments } from './load-user.ts';
import * as repo from './user.repository.ts';
import { authorizeUser, canCreateUserAt, userReadScope } from './user.policy.ts';
import { presentUser } from './user.present.ts';

export async function listUsers(ctx: Ctx, q: z.infer<typeof UserListQuery>) {
  const { scopes, unassigned } = userReadScope(requireActor(ctx.actor));
  const { rows, total } = await repo.listUsers(
    ctx.db,
    scopes,
    unassigned,
    { q: q.q?.trim() || undefined, unitId: q.unitId, role: q.role },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  const items = (await withAssignments(ctx.db, rows)).map((u) => presentUser(ctx, u));
  // an account is created with its first role at a unit the actor administers (or, by a root
  // administrator, without one)
  const actor = requireActor(ctx.actor);
  const can = listCan(actor, undefined, (at) => canCreateUserAt(actor, at));
  return { items, total, page: q.page, pageSize: q.pageSize, can };
}

export async function getUser(ctx: Ctx, id: number) {
  const u = await loadUser(ctx.db, id);
  authorizeUser(ctx, 'read', u);
  return presentUser(ctx, u);
}
