import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { CreateAssignment, CreateUser, Role, UpdateUser, UserListQuery } from '@danvan/contracts';
import type { Ctx } from '../../core/context.ts';
import { audit, inTx } from '../../core/audit.ts';
import { AppError, Conflict, NotFound } from '../../core/errors.ts';
import { assertUnitAccess, inScope, requireActor, scopesFor } from '../../core/scope.ts';
import { hashPassword, passwordProblems } from '../../core/passwords.ts';
import { revokeUserSessions } from '../../core/sessions.ts';
import { roleAssignments, users } from '../../db/schema/users.ts';
import * as org from '../org/org.service.ts';
import * as repo from './users.repository.ts';

type UserRow = NonNullable<Awaited<ReturnType<typeof repo.getUser>>>;

async function present(ctx: Ctx, rows: UserRow[]) {
  const actor = requireActor(ctx.actor);
  const writeScopes = scopesFor(actor, 'users:write');
  const assigns = await repo.assignmentsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((u) => {
    const mine = assigns.filter((a) => a.userId === u.id);
    const canWrite =
      actor.permissions.has('users:write') &&
      (mine.length === 0 || mine.some((a) => inScope(writeScopes, { id: a.unitId, path: a.unitPath })));
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
      assignments: mine.map((a) => ({
        id: a.id,
        role: a.role as Role,
        unitId: a.unitId,
        unitName: a.unitName,
        includeSubtree: a.includeSubtree,
      })),
      can: {
        update: canWrite,
        resetPassword: canWrite,
        assign: canWrite,
        disable: canWrite && u.active && u.id !== actor.userId,
      },
    };
  });
}

export async function listUsers(ctx: Ctx, q: z.infer<typeof UserListQuery>) {
  const scopes = scopesFor(requireActor(ctx.actor), 'users:read');
  const { rows, total } = await repo.listUsers(
    ctx.db,
    scopes,
    { q: q.q?.trim() || undefined, unitId: q.unitId, role: q.role },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { items: await present(ctx, rows), total, page: q.page, pageSize: q.pageSize };
}

async function visibleUser(ctx: Ctx, id: number, perm: 'users:read' | 'users:write') {
  const actor = requireActor(ctx.actor);
  const u = await repo.getUser(ctx.db, id);
  if (!u || !(await repo.isVisible(ctx.db, scopesFor(actor, 'users:read'), id))) throw NotFound('Người dùng');
  if (perm === 'users:write') {
    const [p] = await present(ctx, [u]);
    if (!p.can.update) throw new AppError(403, 'forbidden', 'Bạn không có quyền sửa người dùng này.');
  }
  return u;
}

export async function getUser(ctx: Ctx, id: number) {
  const [p] = await present(ctx, [await visibleUser(ctx, id, 'users:read')]);
  return p;
}

export async function createUser(
  ctx: Ctx,
  input: z.infer<typeof CreateUser>,
  opts: { isDemo?: boolean } = {},
) {
  const problems = passwordProblems(input.password, input.username);
  if (problems.length) throw new AppError(400, 'password_too_weak', problems.join(' '));
  const passwordHash = await hashPassword(input.password);
  return inTx(ctx, async (tx, c) => {
    const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (exists) throw Conflict('user_email_taken', `Tên đăng nhập "${input.username}" đã tồn tại.`);
    const [u] = await tx
      .insert(users)
      .values({
        username: input.username,
        fullName: input.fullName,
        email: input.email ?? null,
        position: input.position ?? null,
        passwordHash,
        isDemo: opts.isDemo ?? false,
      })
      .returning();
    await audit(tx, c, {
      entity: 'user',
      entityId: u.id,
      action: 'create',
      after: { ...u, passwordHash: undefined },
    });
    return u;
  });
}

export async function createUserAndPresent(ctx: Ctx, input: z.infer<typeof CreateUser>) {
  const u = await createUser(ctx, input);
  return (await present(ctx, [u]))[0];
}

export async function updateUser(ctx: Ctx, id: number, input: z.infer<typeof UpdateUser>) {
  const before = await visibleUser(ctx, id, 'users:write');
  if (input.active === false && id === ctx.actor!.userId)
    throw new AppError(422, 'rule_violation', 'Không thể tự vô hiệu hóa tài khoản của mình.');
  return inTx(ctx, async (tx, c) => {
    const [after] = await tx
      .update(users)
      .set({ ...input, email: input.email === undefined ? undefined : input.email })
      .where(eq(users.id, id))
      .returning();
    if (input.active === false) await revokeUserSessions(tx, id, c.clock.now());
    await audit(tx, c, {
      entity: 'user',
      entityId: id,
      action:
        input.active === false ? 'disable' : input.active === true && !before.active ? 'enable' : 'update',
      before: { ...before, passwordHash: undefined },
      after: { ...after, passwordHash: undefined },
    });
    return (await present(c, [after]))[0];
  });
}

export async function resetPassword(ctx: Ctx, id: number, password: string) {
  const u = await visibleUser(ctx, id, 'users:write');
  const problems = passwordProblems(password, u.username);
  if (problems.length) throw new AppError(400, 'password_too_weak', problems.join(' '));
  const passwordHash = await hashPassword(password);
  await inTx(ctx, async (tx, c) => {
    await tx
      .update(users)
      .set({ passwordHash, failedLogins: 0, lockedUntil: null, passwordChangedAt: c.clock.now() })
      .where(eq(users.id, id));
    await revokeUserSessions(tx, id, c.clock.now());
    await audit(tx, c, { entity: 'user', entityId: id, action: 'reset_password' });
  });
  return { ok: true as const };
}

/** Gives a user a role in a unit; the administrator must hold users:write over that unit. */
export async function addAssignment(ctx: Ctx, userId: number, input: z.infer<typeof CreateAssignment>) {
  await visibleUser(ctx, userId, 'users:write');
  const unit = await org.getUnitById(ctx, input.unitId);
  if (!unit) throw NotFound('Đơn vị');
  assertUnitAccess(ctx.actor, 'users:write', unit, 'org:read');
  return inTx(ctx, async (tx, c) => {
    const [dup] = await tx
      .select()
      .from(roleAssignments)
      .where(
        and(
          eq(roleAssignments.userId, userId),
          eq(roleAssignments.role, input.role),
          eq(roleAssignments.unitId, input.unitId),
        ),
      );
    if (dup) throw Conflict('conflict', 'Người dùng đã có vai trò này tại đơn vị này.');
    const [a] = await tx
      .insert(roleAssignments)
      .values({ userId, role: input.role, unitId: input.unitId, includeSubtree: input.includeSubtree })
      .returning();
    await audit(tx, c, {
      entity: 'role_assignment',
      entityId: a.id,
      unitId: input.unitId,
      action: 'create',
      after: { ...a, unitName: unit.name },
    });
    return getUser(c, userId);
  });
}

/** Direct insert for seeding and the admin CLI (no actor). */
export async function grantRole(ctx: Ctx, userId: number, role: Role, unitId: number, includeSubtree = true) {
  return inTx(ctx, async (tx, c) => {
    const [a] = await tx
      .insert(roleAssignments)
      .values({ userId, role, unitId, includeSubtree })
      .onConflictDoNothing()
      .returning();
    if (a)
      await audit(tx, c, { entity: 'role_assignment', entityId: a.id, unitId, action: 'create', after: a });
  });
}

export async function removeAssignment(ctx: Ctx, userId: number, assignmentId: number) {
  await visibleUser(ctx, userId, 'users:write');
  const [a] = await ctx.db
    .select()
    .from(roleAssignments)
    .where(and(eq(roleAssignments.id, assignmentId), eq(roleAssignments.userId, userId)));
  if (!a) throw NotFound('Phân công');
  const unit = await org.getUnitById(ctx, a.unitId);
  assertUnitAccess(ctx.actor, 'users:write', unit!, 'org:read');
  return inTx(ctx, async (tx, c) => {
    await tx.delete(roleAssignments).where(eq(roleAssignments.id, assignmentId));
    await audit(tx, c, {
      entity: 'role_assignment',
      entityId: assignmentId,
      unitId: a.unitId,
      action: 'delete',
      before: a,
    });
    return getUser(c, userId);
  });
}
