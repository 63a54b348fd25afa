import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { authorizeNotification, inboxOf } from './notification.policy.ts';
import * as repo from './notification.repository.ts';

/** Marks one of the actor's messages read (once: the first reading time stays), with an audit row. */
export async function markRead(ctx: Ctx, id: number) {
  return inTx(ctx, async (tx, c) => {
    const n = authorizeNotification(c, 'mark_read', await repo.findInInboxForUpdate(tx, inboxOf(c), id));
    if (n.readAt) return { ok: true as const };
    const readAt = c.clock.now();
    await repo.setRead(tx, id, readAt);
    await audit(tx, c, {
      entity: 'notification',
      entityId: id,
      action: 'read',
      after: { readAt },
    });
    return { ok: true as const };
  });
}
