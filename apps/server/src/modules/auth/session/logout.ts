import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { requireActor } from '../../../core/scope.ts';
import { revokeSession } from './session.repository.ts';

/** Ends the current session. */
export async function logout(ctx: Ctx): Promise<void> {
  const actor = requireActor(ctx.actor);
  await inTx(ctx, async (tx, c) => {
    if (actor.sessionId) await revokeSession(tx, actor.sessionId, c.clock.now());
    await audit(tx, c, { entity: 'user', entityId: actor.userId, action: 'logout' });
  });
}
