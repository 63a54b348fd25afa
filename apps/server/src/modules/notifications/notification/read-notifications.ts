import type { Ctx } from '../../../core/context.ts';
import { inboxOf } from './notification.policy.ts';
import { presentNotification } from './notification.present.ts';
import * as repo from './notification.repository.ts';

/** One page of the actor's inbox (unread only when asked). */
export async function listMine(ctx: Ctx, q: { page: number; pageSize: number; unread?: boolean }) {
  const userId = inboxOf(ctx);
  const unreadOnly = !!q.unread;
  const rows = await repo.listInbox(ctx.db, userId, {
    unreadOnly,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const total = await repo.countInbox(ctx.db, userId, unreadOnly);
  return { items: rows.map(presentNotification), total, page: q.page, pageSize: q.pageSize };
}

export async function unreadCount(ctx: Ctx) {
  return { unread: await repo.countInbox(ctx.db, inboxOf(ctx), true) };
}
