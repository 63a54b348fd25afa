import type { Ctx } from '../../../core/context.ts';
import { listPage } from '../../../core/page.ts';
import { inboxOf } from './notification.policy.ts';
import { presentNotification } from './notification.present.ts';
import * as repo from './notification.repository.ts';

/** One page of the actor's inbox (unread only when asked). */
export async function listMine(ctx: Ctx, q: { page: number; pageSize: number; unread?: boolean }) {
  return listPage(ctx, q, {
    ...repo.inboxList(ctx.db, inboxOf(ctx), !!q.unread),
    present: (rows) => rows.map(presentNotification),
  });
}

export async function unreadCount(ctx: Ctx) {
  return { unread: await repo.countInbox(ctx.db, inboxOf(ctx), true) };
}
