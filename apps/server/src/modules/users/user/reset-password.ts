import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import { hashPassword, passwordProblems } from '../../../core/passwords.ts';
import { revokeUserSessions } from '../../../core/sessions.ts';
import { loadUser } from './load-user.ts';
import * as repo from './user.repository.ts';
import { authorizeUser } from './user.policy.ts';

/** Sets a new password for an account (not one's own: that is "Đổi mật khẩu"); its sessions end. */
export async function resetPassword(ctx: Ctx, id: number, password: string) {
  // checked before the (slow) hashing, and again on the locked row in the transaction
  const u = await loadUser(ctx.db, id);
  authorizeUser(ctx, 'resetPassword', u);
  const problems = passwordProblems(password, u.username);
  if (problems.length) throw Err.password_too_weak(problems.join(' '));
  const passwordHash = await hashPassword(password);
  await inTx(ctx, async (tx, c) => {
    authorizeUser(c, 'resetPassword', await loadUser(tx, id, { lock: true }));
    await repo.resetPasswordHash(tx, id, passwordHash, c.clock.now());
    await revokeUserSessions(tx, id, c.clock.now());
    await audit(tx, c, { entity: 'user', entityId: id, action: 'reset_password' });
  });
  return { ok: true as const };
}
