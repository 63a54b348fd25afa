import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ChangePasswordInput, LoginInput } from '@danvan/contracts';
import { activeAssignment, makeActor, type Ctx } from '../../core/context.ts';
import { audit, inTx } from '../../core/audit.ts';
import { Err, NotFound } from '../../core/errors.ts';
import { dummyHash, hashPassword, passwordProblems, verifyPassword } from '../../core/passwords.ts';
import { createSession, loadAssignments, revokeUserSessions } from '../../core/sessions.ts';
import { requireActor } from '../../core/scope.ts';
import { sessions } from '../../db/schema/auth.ts';
import * as accounts from '../users/index.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/**
 * The one answer to every refused login: a wrong password, an unknown user, a locked or a disabled
 * account look the same, so a response confirms neither a username nor a password.
 */
const invalidCredentials = () =>
  Err.invalid_credentials(
    `Tên đăng nhập hoặc mật khẩu không đúng. Sau ${MAX_FAILED_LOGINS} lần sai liên tiếp, tài khoản bị tạm khóa ${LOCK_MINUTES} phút.`,
  );

/**
 * Checks the password. Each account has MAX_FAILED_LOGINS attempts in a row (whatever the client's
 * address); the attempt that uses the last one locks it for LOCK_MINUTES unless it succeeds.
 */
export async function login(ctx: Ctx, input: z.infer<typeof LoginInput>, meta: { userAgent: string | null }) {
  const now = ctx.clock.now();
  const u = await accounts.accountByUsername(ctx.db, input.username);
  if (!u) {
    // as slow as a real check, so timing does not reveal which usernames exist
    await verifyPassword(await dummyHash(), input.password);
    throw invalidCredentials();
  }
  const attempt = await accounts.takeLoginAttempt(ctx.db, u.id, now, {
    limit: MAX_FAILED_LOGINS,
    lockMinutes: LOCK_MINUTES,
  });
  if (attempt === null) {
    await verifyPassword(await dummyHash(), input.password);
    await inTx(ctx, (tx, c) =>
      audit(tx, c, {
        entity: 'user',
        entityId: u.id,
        action: 'login_refused',
        after: { reason: u.active ? 'locked' : 'disabled' },
      }),
    );
    throw invalidCredentials();
  }
  const ok = await verifyPassword(u.passwordHash, input.password);
  if (!ok) {
    const locked = attempt >= MAX_FAILED_LOGINS;
    await inTx(ctx, (tx, c) =>
      audit(tx, c, {
        entity: 'user',
        entityId: u.id,
        action: locked ? 'login_locked' : 'login_failed',
        after: { failedLogins: attempt, ...(locked ? { lockedMinutes: LOCK_MINUTES } : {}) },
      }),
    );
    throw invalidCredentials();
  }
  return inTx(ctx, async (tx, c) => {
    await accounts.recordLogin(tx, u.id, now);
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
  const u = await accounts.accountById(ctx.db, actor.userId);
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

export async function changePassword(ctx: Ctx, input: z.infer<typeof ChangePasswordInput>) {
  const actor = requireActor(ctx.actor);
  const u = await accounts.accountById(ctx.db, actor.userId);
  if (!u) throw NotFound('Người dùng');
  if (!(await verifyPassword(u.passwordHash, input.currentPassword)))
    throw Err.password_wrong('Mật khẩu hiện tại không đúng.');
  const problems = passwordProblems(input.newPassword, u.username);
  if (problems.length) throw Err.password_too_weak(problems.join(' '));
  const hash = await hashPassword(input.newPassword);
  await inTx(ctx, async (tx, c) => {
    await accounts.setPasswordHash(tx, u.id, hash, c.clock.now());
    // other sessions of this user end; this one stays
    await revokeUserSessions(tx, u.id, c.clock.now(), actor.sessionId ?? undefined);
    await audit(tx, c, { entity: 'user', entityId: u.id, action: 'change_password' });
  });
  return { ok: true as const };
}

export async function switchUnit(ctx: Ctx, assignmentId: number) {
  const actor = requireActor(ctx.actor);
  const target = actor.assignments.find((a) => a.id === assignmentId);
  if (!target) throw NotFound('Phân công');
  const current = activeAssignment(actor);
  // switching to the unit already in use changes nothing and writes nothing
  if (current?.id !== assignmentId)
    await inTx(ctx, async (tx, c) => {
      await tx
        .update(sessions)
        .set({ activeAssignmentId: assignmentId })
        .where(eq(sessions.id, actor.sessionId!));
      await audit(tx, c, {
        entity: 'user',
        entityId: actor.userId,
        unitId: target.unitId,
        action: 'switch_unit',
        before: current
          ? {
              assignmentId: current.id,
              unitId: current.unitId,
              unitName: current.unitName,
              role: current.role,
            }
          : null,
        after: {
          assignmentId: target.id,
          unitId: target.unitId,
          unitName: target.unitName,
          role: target.role,
        },
      });
    });
  return me({ ...ctx, actor: { ...actor, activeAssignmentId: assignmentId } });
}
