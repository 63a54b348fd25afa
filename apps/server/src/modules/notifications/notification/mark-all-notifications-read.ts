import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { inboxOf } from './notification.policy.ts';
import * as repo from './notification.repository.ts';

/** Marks every unread message of the actor read; one audit row with how many, none when there were none. */
export async function markAllRead(ctx: Ctx) {
  return inTx(ctx, async (tx, c) => {
    const readAt = c.clock.now();
    const ids = await repo.setAllRead(tx, inboxOf(c), readAt);
    if (ids.length)
      await audit(tx, c, {
        entity: 'notification',
        action: 'read_all',
        after: { readAt, count: ids.length },
      });
    return { ok: true as const };
  });
}
