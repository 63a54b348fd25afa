import type { z } from 'zod';
import type { ChangePasswordInput } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Err, NotFound } from '../../../core/errors.ts';
import { hashPassword, passwordProblems, verifyPassword } from '../../../core/passwords.ts';
import { revokeUserSessions } from '../../../core/sessions.ts';
import { requireActor } from '../../../core/scope.ts';
import * as accounts from '../../users/index.ts';

/** Changes one's own password, given the current one; the user's other sessions end. */
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
