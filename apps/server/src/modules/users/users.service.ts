import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  permissionsOfRole,
  ROLE_LABELS,
  type CreateAssignment,
  type CreateUser,
  type Permission,
  type Role,
  type UpdateUser,
  type UserListQuery,
} from '@danvan/contracts';
import type { Actor, Ctx } from '../../core/context.ts';
import type { Db } from '../../db/client.ts';
import { audit, inTx } from '../../core/audit.ts';
import { Conflict, Err, Forbidden, Invalid, NotFound } from '../../core/errors.ts';
import {
  assertUnitAccess,
  coversGrant,
  coversRoot,
  inScope,
  requireActor,
  scopesFor,
} from '../../core/scope.ts';
import { hashPassword, passwordProblems } from '../../core/passwords.ts';
import { revokeUserSessions } from '../../core/sessions.ts';
import { roleAssignments, users } from '../../db/schema/users.ts';
import * as org from '../org/index.ts';
import * as repo from './users.repository.ts';

type UserRow = NonNullable<Awaited<ReturnType<typeof repo.getUser>>>;
type AssignmentRow = Awaited<ReturnType<typeof repo.assignmentsOf>>[number];

/** The answer to changing one's own account through the users routes (issue 7, item 2). */
const SELF_CHANGE =
  'Không thể tự thay đổi tài khoản của chính mình tại trang Người dùng. Để đổi mật khẩu, hãy dùng mục ' +
  '"Đổi mật khẩu" (cần nhập mật khẩu hiện tại); vai trò và trạng thái tài khoản của bạn do một quản trị viên khác thay đổi.';
const NOT_ALL_IN_SCOPE =
  'Bạn không có quyền thay đổi người dùng này: người này giữ vai trò tại đơn vị ngoài phạm vi quản trị của bạn.';

/**
 * Permissions that govern access itself (those of the administrator role). A role carrying one is given
 * only by an actor who holds it over the whole grant; the working permissions of the other roles are
 * given by the accounts administrator by office, within their users:write scope.
 */
const GOVERNING: ReadonlySet<Permission> = new Set(permissionsOfRole('admin'));

/**
 * Whether the actor may change this account (update, reset the password, disable, give or take roles):
 * never one's own here; a user with roles only when every role lies within the actor's users:write
 * scope, with the subtree it covers; a user with no role only by an administrator of a whole tree.
 */
function mayChange(actor: Actor, userId: number, mine: AssignmentRow[]): boolean {
  if (!actor.system && userId === actor.userId) return false;
  const scopes = scopesFor(actor, 'users:write');
  if (!scopes.length) return false;
  if (!mine.length) return coversRoot(scopes);
  return mine.every((a) => coversGrant(scopes, { id: a.unitId, path: a.unitPath }, a.includeSubtree));
}

async function present(ctx: Ctx, rows: UserRow[]) {
  const actor = requireActor(ctx.actor);
  const readScopes = scopesFor(actor, 'users:read');
  const assigns = await repo.assignmentsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((u) => {
    const mine = assigns.filter((a) => a.userId === u.id);
    const canWrite = mayChange(actor, u.id, mine);
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
      // roles held outside the actor's scope are none of the actor's business
      assignments: mine
        .filter((a) => inScope(readScopes, { id: a.unitId, path: a.unitPath }))
        .map((a) => ({
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
        disable: canWrite && u.active,
      },
    };
  });
}

export async function listUsers(ctx: Ctx, q: z.infer<typeof UserListQuery>) {
  const scopes = scopesFor(requireActor(ctx.actor), 'users:read');
  const { rows, total } = await repo.listUsers(
    ctx.db,
    scopes,
    coversRoot(scopes),
    { q: q.q?.trim() || undefined, unitId: q.unitId, role: q.role },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { items: await present(ctx, rows), total, page: q.page, pageSize: q.pageSize };
}

async function visibleUser(ctx: Ctx, id: number, perm: 'users:read' | 'users:write') {
  const actor = requireActor(ctx.actor);
  const scopes = scopesFor(actor, 'users:read');
  const u = await repo.getUser(ctx.db, id);
  if (!u || !(await repo.isVisible(ctx.db, scopes, coversRoot(scopes), id))) throw NotFound('Người dùng');
  if (perm === 'users:write') await assertMayChange(ctx, id);
  return u;
}

async function assertMayChange(ctx: Ctx, id: number) {
  const actor = requireActor(ctx.actor);
  if (!actor.system && id === actor.userId) throw Forbidden(SELF_CHANGE);
  if (!mayChange(actor, id, await repo.assignmentsOf(ctx.db, [id]))) throw Forbidden(NOT_ALL_IN_SCOPE);
}

/**
 * Inside the transaction of a change: locks the account and checks again, so a role given meanwhile
 * (say, administrator of the province) cannot slip between the check and the change.
 */
async function lockChangeable(tx: Db, c: Ctx, id: number): Promise<UserRow> {
  const u = await repo.lockUser(tx, id);
  if (!u) throw NotFound('Người dùng');
  await assertMayChange(c, id);
  return u;
}

/**
 * Checks that the actor may give this role at this unit: the unit (with its subtree when the grant
 * covers it) lies within their users:write scope, and every governing permission of the role is theirs
 * over the same units.
 */
async function checkGrant(ctx: Ctx, input: z.infer<typeof CreateAssignment>) {
  const actor = requireActor(ctx.actor);
  const unit = await org.getUnitById(ctx, input.unitId);
  if (!unit) throw NotFound('Đơn vị');
  assertUnitAccess(actor, 'users:write', unit, 'org:read');
  if (input.includeSubtree && !coversGrant(scopesFor(actor, 'users:write'), unit, true))
    throw Forbidden(
      'Bạn chỉ quản trị riêng đơn vị này nên không thể giao vai trò gồm cả đơn vị cấp dưới. ' +
        'Hãy bỏ chọn "Gồm cả đơn vị cấp dưới".',
    );
  for (const perm of permissionsOfRole(input.role))
    if (GOVERNING.has(perm) && !coversGrant(scopesFor(actor, perm), unit, input.includeSubtree))
      throw Forbidden(
        `Bạn không thể giao vai trò "${ROLE_LABELS[input.role].vi}" tại đơn vị này vì chính bạn không giữ đủ quyền của vai trò đó tại đây.`,
      );
  return unit;
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
  if (problems.length) throw Err.password_too_weak(problems.join(' '));
  const passwordHash = await hashPassword(input.password);
  return inTx(ctx, async (tx, c) => {
    const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (exists) throw Err.user_email_taken(`Tên đăng nhập "${input.username}" đã tồn tại.`);
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

export async function createUserAndPresent(
  ctx: Ctx,
  input: z.infer<typeof CreateUser> & { assignment?: z.infer<typeof CreateAssignment> },
) {
  const actor = requireActor(ctx.actor);
  const { assignment, ...fields } = input;
  // A user with no role belongs to the administrator of the whole tree; anyone else gives the first
  // role in the same request, so no account is left that its creator can no longer manage.
  const unit = assignment ? await checkGrant(ctx, assignment) : null;
  if (!assignment && !coversRoot(scopesFor(actor, 'users:write')))
    throw Invalid('Hãy chọn vai trò và đơn vị ban đầu cho người dùng.', [
      { path: 'assignment', message: 'Hãy chọn vai trò và đơn vị ban đầu cho người dùng.' },
    ]);
  return inTx(ctx, async (tx, c) => {
    const u = await createUser(c, fields);
    if (assignment && unit) {
      const [a] = await tx
        .insert(roleAssignments)
        .values({
          userId: u.id,
          role: assignment.role,
          unitId: unit.id,
          includeSubtree: assignment.includeSubtree,
        })
        .returning();
      await audit(tx, c, {
        entity: 'role_assignment',
        entityId: a.id,
        unitId: unit.id,
        action: 'create',
        after: { ...a, unitName: unit.name },
      });
    }
    return (await present(c, [u]))[0];
  });
}

export async function updateUser(ctx: Ctx, id: number, input: z.infer<typeof UpdateUser>) {
  await visibleUser(ctx, id, 'users:write');
  return inTx(ctx, async (tx, c) => {
    const before = await lockChangeable(tx, c, id);
    // only what really changes is written (an empty or unchanged form is no change, and no audit row)
    const patch: Partial<Pick<UserRow, 'fullName' | 'email' | 'position' | 'active'>> = {};
    if (input.fullName !== undefined && input.fullName !== before.fullName) patch.fullName = input.fullName;
    if (input.email !== undefined && (input.email ?? null) !== before.email)
      patch.email = input.email ?? null;
    if (input.position !== undefined && (input.position ?? null) !== before.position)
      patch.position = input.position ?? null;
    if (input.active !== undefined && input.active !== before.active) patch.active = input.active;
    if (!Object.keys(patch).length) return (await present(c, [before]))[0];
    const [after] = await tx.update(users).set(patch).where(eq(users.id, id)).returning();
    if (patch.active === false) await revokeUserSessions(tx, id, c.clock.now());
    await audit(tx, c, {
      entity: 'user',
      entityId: id,
      action: patch.active === false ? 'disable' : patch.active === true ? 'enable' : 'update',
      before: { ...before, passwordHash: undefined },
      after: { ...after, passwordHash: undefined },
    });
    return (await present(c, [after]))[0];
  });
}

export async function resetPassword(ctx: Ctx, id: number, password: string) {
  const u = await visibleUser(ctx, id, 'users:write');
  const problems = passwordProblems(password, u.username);
  if (problems.length) throw Err.password_too_weak(problems.join(' '));
  const passwordHash = await hashPassword(password);
  await inTx(ctx, async (tx, c) => {
    await lockChangeable(tx, c, id);
    await tx
      .update(users)
      .set({ passwordHash, failedLogins: 0, lockedUntil: null, passwordChangedAt: c.clock.now() })
      .where(eq(users.id, id));
    await revokeUserSessions(tx, id, c.clock.now());
    await audit(tx, c, { entity: 'user', entityId: id, action: 'reset_password' });
  });
  return { ok: true as const };
}

/**
 * Gives a user a role in a unit: the administrator must be able to change the user, and hold
 * users:write over the whole grant (see checkGrant).
 */
export async function addAssignment(ctx: Ctx, userId: number, input: z.infer<typeof CreateAssignment>) {
  await visibleUser(ctx, userId, 'users:write');
  const unit = await checkGrant(ctx, input);
  return inTx(ctx, async (tx, c) => {
    await lockChangeable(tx, c, userId);
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
    if (dup) throw Conflict('Người dùng đã có vai trò này tại đơn vị này.');
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
    const u = await lockChangeable(tx, c, userId);
    const gone = await tx
      .delete(roleAssignments)
      .where(and(eq(roleAssignments.id, assignmentId), eq(roleAssignments.userId, userId)))
      .returning({ id: roleAssignments.id });
    if (!gone.length) throw NotFound('Phân công');
    await audit(tx, c, {
      entity: 'role_assignment',
      entityId: assignmentId,
      unitId: a.unitId,
      action: 'delete',
      before: a,
    });
    // the user's last role in the actor's scope may be gone: answer with what remains, not a 404
    return (await present(c, [u]))[0];
  });
}
