import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Role } from '@danvan/contracts';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../db/client.ts';
import { notifications } from '../../db/schema/platform.ts';
import { roleAssignments, users } from '../../db/schema/users.ts';
import { queueMail } from '../../core/mail.ts';
import { NotFound } from '../../core/errors.ts';
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
    const recipients = await db
      .select({ email: users.email })
      .from(users)
      .where(
        and(
          inArray(
            users.id,
            inserted.map((r) => r.userId),
          ),
          eq(users.active, true),
        ),
      );
    for (const r of recipients)
      if (r.email)
        await queueMail(db, {
          to: r.email,
          subject: `[Dân vận chính quyền] ${m.title}`,
          body: `${m.body ?? ''}\n\n${m.link ? `${ctx.config.PUBLIC_URL ?? ''}${m.link}` : ''}`.trim(),
        });
  }
  return inserted.length;
}

/** Active users holding one of the roles at exactly this unit. */
export async function usersWithRoleAt(db: Db, unitId: number, roles: Role[]): Promise<number[]> {
  if (!roles.length) return [];
  const rows = await db
    .selectDistinct({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .innerJoin(users, and(eq(users.id, roleAssignments.userId), eq(users.active, true)))
    .where(and(eq(roleAssignments.unitId, unitId), inArray(roleAssignments.role, roles)));
  return rows.map((r) => r.userId);
}

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

export async function markRead(ctx: Ctx, id: number) {
  const actor = requireActor(ctx.actor);
  const r = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId)))
    .returning({ id: notifications.id });
  if (!r.length) throw NotFound('Thông báo');
  return { ok: true as const };
}

export async function markAllRead(ctx: Ctx) {
  const actor = requireActor(ctx.actor);
  await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
  return { ok: true as const };
}
