import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ChangePasswordInput, LoginInput } from '@danvan/contracts';
import { activeAssignment, makeActor, type Ctx } from '../../core/context.ts';
import { audit, inTx } from '../../core/audit.ts';
import { AppError, NotFound } from '../../core/errors.ts';
import { dummyHash, hashPassword, passwordProblems, verifyPassword } from '../../core/passwords.ts';
import { createSession, loadAssignments, revokeUserSessions } from '../../core/sessions.ts';
import { requireActor } from '../../core/scope.ts';
import { sessions, users } from '../../db/schema/users.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/** Checks the password; after 5 failures in a row the account is locked for 15 minutes. */
export async function login(ctx: Ctx, input: z.infer<typeof LoginInput>, meta: { userAgent: string | null }) {
  const now = ctx.clock.now();
  const [u] = await ctx.db.select().from(users).where(eq(users.username, input.username));
  if (!u) {
    await verifyPassword(await dummyHash(), input.password);
    throw new AppError(401, 'invalid_credentials', 'Tên đăng nhập hoặc mật khẩu không đúng.');
  }
  if (u.lockedUntil && u.lockedUntil > now) {
    throw new AppError(
      423,
      'account_locked',
      `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Thử lại sau ${Math.ceil((u.lockedUntil.getTime() - now.getTime()) / 60000)} phút.`,
    );
  }
  const ok = await verifyPassword(u.passwordHash, input.password);
  if (!ok) {
    const failed = u.failedLogins + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    await inTx(ctx, async (tx, c) => {
      await tx
        .update(users)
        .set({
          failedLogins: lock ? 0 : failed,
          lockedUntil: lock ? new Date(now.getTime() + LOCK_MINUTES * 60000) : u.lockedUntil,
        })
        .where(eq(users.id, u.id));
      await audit(tx, c, {
        entity: 'user',
        entityId: u.id,
        action: lock ? 'login_locked' : 'login_failed',
        after: { failedLogins: failed },
      });
    });
    if (lock)
      throw new AppError(
        423,
        'account_locked',
        `Tài khoản tạm khóa ${LOCK_MINUTES} phút do đăng nhập sai ${MAX_FAILED_LOGINS} lần liên tiếp.`,
      );
    throw new AppError(401, 'invalid_credentials', 'Tên đăng nhập hoặc mật khẩu không đúng.');
  }
  if (!u.active)
    throw new AppError(403, 'account_disabled', 'Tài khoản đã bị vô hiệu hóa. Liên hệ quản trị hệ thống.');
  return inTx(ctx, async (tx, c) => {
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
      .where(eq(users.id, u.id));
    const token = await createSession(tx, u.id, now, { ip: c.ip, userAgent: meta.userAgent });
    const actor = makeActor(u, await loadAssignments(tx, u.id));
    await audit(tx, { ...c, actor }, { entity: 'user', entityId: u.id, action: 'login' });
    return { token, actor };
  });
}

export async function logout(ctx: Ctx) {
  const actor = requireActor(ctx.actor);
  await inTx(ctx, async (tx, c) => {
    if (actor.sessionId)
      await tx.update(sessions).set({ revokedAt: c.clock.now() }).where(eq(sessions.id, actor.sessionId));
    await audit(tx, c, { entity: 'user', entityId: actor.userId, action: 'logout' });
  });
}

export async function me(ctx: Ctx) {
  const actor = requireActor(ctx.actor);
  const [u] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
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

export async function changePassword(ctx: Ctx, input: z.infer<typeof ChangePasswordInput>) {
  const actor = requireActor(ctx.actor);
  const [u] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  if (!(await verifyPassword(u.passwordHash, input.currentPassword)))
    throw new AppError(400, 'password_wrong', 'Mật khẩu hiện tại không đúng.');
  const problems = passwordProblems(input.newPassword, u.username);
  if (problems.length) throw new AppError(400, 'password_too_weak', problems.join(' '));
  const hash = await hashPassword(input.newPassword);
  await inTx(ctx, async (tx, c) => {
    await tx
      .update(users)
      .set({ passwordHash: hash, passwordChangedAt: c.clock.now() })
      .where(eq(users.id, u.id));
    // other sessions of this user end; this one stays
    await revokeUserSessions(tx, u.id, c.clock.now(), actor.sessionId ?? undefined);
    await audit(tx, c, { entity: 'user', entityId: u.id, action: 'change_password' });
  });
  return { ok: true as const };
}

export async function switchUnit(ctx: Ctx, assignmentId: number) {
  const actor = requireActor(ctx.actor);
  if (!actor.assignments.some((a) => a.id === assignmentId)) throw NotFound('Phân công');
  await ctx.db
    .update(sessions)
    .set({ activeAssignmentId: assignmentId })
    .where(eq(sessions.id, actor.sessionId!));
  return me({ ...ctx, actor: { ...actor, activeAssignmentId: assignmentId } });
}
