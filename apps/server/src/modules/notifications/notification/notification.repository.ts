/** Queries of the notifications table. Every read of an inbox takes the owner's user id. */
import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { notifications } from '../../../db/schema/notifications.ts';
import type { ListQuery } from '../../../core/page.ts';

export type NotificationRow = typeof notifications.$inferSelect;

/** Inserts messages, skipping those already delivered under the same dedupe key; the users reached. */
export async function insertNotifications(
  db: Db,
  rows: (typeof notifications.$inferInsert)[],
): Promise<number[]> {
  const inserted = await db
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing()
    .returning({ userId: notifications.userId });
  return inserted.map((r) => r.userId);
}

function inboxWhere(userId: number, unreadOnly: boolean): SQL {
  return and(eq(notifications.userId, userId), unreadOnly ? isNull(notifications.readAt) : undefined)!;
}

/** A user's inbox, newest first (a page of it: core/page.ts). */
export function inboxList(db: Db, userId: number, unreadOnly: boolean): ListQuery<NotificationRow> {
  const where = inboxWhere(userId, unreadOnly);
  return {
    rows: db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id)),
    count: db.$count(notifications, where),
  };
}

export async function countInbox(db: Db, userId: number, unreadOnly: boolean): Promise<number> {
  const n = await db.$count(notifications, inboxWhere(userId, unreadOnly));
  return n;
}

/** A message of the user's inbox, locked FOR UPDATE (inside a transaction). */
export async function findInInboxForUpdate(
  tx: Db,
  userId: number,
  id: number,
): Promise<Pick<NotificationRow, 'id' | 'userId' | 'readAt'> | undefined> {
  const [n] = await tx
    .select({ id: notifications.id, userId: notifications.userId, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .for('update');
  return n;
}

export async function setRead(tx: Db, id: number, readAt: Date): Promise<void> {
  await tx.update(notifications).set({ readAt }).where(eq(notifications.id, id));
}

/** Marks every unread message of the user read; the ids marked. */
export async function setAllRead(tx: Db, userId: number, readAt: Date): Promise<number[]> {
  const rows = await tx
    .update(notifications)
    .set({ readAt })
    .where(inboxWhere(userId, true))
    .returning({ id: notifications.id });
  return rows.map((r) => r.id);
}
