import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Role } from '@danvan/contracts';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../db/client.ts';
import { notifications } from '../../db/schema/notifications.ts';
import { activeEmails, usersWithRoleAt } from '../users/index.ts';
import { queueMail } from '../../core/mail.ts';
import { NotFound } from '../../core/errors.ts';
import { audit, inTx } from '../../core/audit.ts';
import { requireActor } from '../../core/scope.ts';

export interface Message {
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
  /** Same key for the same user is delivered once (a reminder sweep may run again). */
  dedupeKey?: string;
}

/** Delivers a message to users' inboxes, and by e-mail when SMTP is configured and they have an address. */
export async function notifyUsers(
  db: Db,
  ctx: Pick<Ctx, 'config'>,
  userIds: number[],
  m: Message,
): Promise<number> {
  const ids = [...new Set(userIds)];
  if (!ids.length) return 0;
  const inserted = await db
    .insert(notifications)
    .values(
      ids.map((userId) => ({
        userId,
        kind: m.kind,
        title: m.title,
        body: m.body ?? '',
        link: m.link ?? null,
        dedupeKey: m.dedupeKey ?? null,
      })),
    )
    .onConflictDoNothing()
    .returning({ userId: notifications.userId });
  if (ctx.config.SMTP_URL && inserted.length) {
    const emails = await activeEmails(
      db,
      inserted.map((r) => r.userId),
    );
    for (const email of emails)
      await queueMail(db, {
        to: email,
        subject: `[Dân vận chính quyền] ${m.title}`,
        body: `${m.body ?? ''}\n\n${m.link ? `${ctx.config.PUBLIC_URL ?? ''}${m.link}` : ''}`.trim(),
      });
  }
  return inserted.length;
}

export { usersWithRoleAt };

/** Sends a message to the people of a unit who hold the given roles there. */
export async function notifyUnit(
  db: Db,
  ctx: Pick<Ctx, 'config'>,
  unitId: number,
  roles: Role[],
  m: Message,
): Promise<number> {
  return notifyUsers(db, ctx, await usersWithRoleAt(db, unitId, roles), m);
}

export async function listMine(ctx: Ctx, q: { page: number; pageSize: number; unread?: boolean }) {
  const actor = requireActor(ctx.actor);
  const where = and(
    eq(notifications.userId, actor.userId),
    q.unread ? isNull(notifications.readAt) : undefined,
  );
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ n }] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(where);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    })),
    total: n,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function unreadCount(ctx: Ctx) {
  const actor = requireActor(ctx.actor);
  const [{ n }] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
  return { unread: n };
}

/** Marks one of the actor's messages read (once: the first reading time stays), with an audit row. */
export async function markRead(ctx: Ctx, id: number) {
  const actor = requireActor(ctx.actor);
  return inTx(ctx, async (tx, c) => {
    const [n] = await tx
      .select({ id: notifications.id, readAt: notifications.readAt })
      .from(notifications)
      .where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId)))
      .for('update');
    if (!n) throw NotFound('Thông báo');
    if (n.readAt) return { ok: true as const };
    const readAt = c.clock.now();
    await tx.update(notifications).set({ readAt }).where(eq(notifications.id, id));
    await audit(tx, c, {
      entity: 'notification',
      entityId: id,
      action: 'read',
      after: { readAt },
    });
    return { ok: true as const };
  });
}

/** Marks every unread message of the actor read; one audit row with how many, none when there were none. */
export async function markAllRead(ctx: Ctx) {
  const actor = requireActor(ctx.actor);
  return inTx(ctx, async (tx, c) => {
    const readAt = c.clock.now();
    const rows = await tx
      .update(notifications)
      .set({ readAt })
      .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (rows.length)
      await audit(tx, c, {
        entity: 'notification',
        action: 'read_all',
        after: { readAt, count: rows.length },
      });
    return { ok: true as const };
  });
}
