import type { z } from 'zod';
import type { LoginInput } from '@danvan/contracts';
import { makeActor, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import { dummyHash, verifyPassword } from '../../../core/passwords.ts';
import { createSession, loadAssignments } from '../../../core/sessions.ts';
import * as accounts from '../../users/index.ts';

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
