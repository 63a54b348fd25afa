import { and, eq } from 'drizzle-orm';
import { todayInVietnam } from '@danvan/domain';
import type { Clock } from '../../../core/context.ts';
import type { MailFailure } from '../../../core/mail.ts';
import type { Db } from '../../../db/client.ts';
import { roleAssignments, users } from '../../../db/schema/users.ts';
import { insertNotifications } from '../notification/notification.repository.ts';

/**
 * E-mail that could not be sent is shown to the administrators in their inbox (not by e-mail, which
 * is what fails), once a day: how many failed, how many were given up, and the last reason.
 */
export async function reportMailFailures(db: Db, failures: MailFailure[], clock: Clock): Promise<void> {
  if (!failures.length) return;
  const admins = await db
    .selectDistinct({ id: users.id })
    .from(roleAssignments)
    .innerJoin(users, and(eq(users.id, roleAssignments.userId), eq(users.active, true)))
    .where(eq(roleAssignments.role, 'admin'));
  if (!admins.length) return;
  const given = failures.filter((f) => f.final).length;
  const last = failures[failures.length - 1];
  const today = todayInVietnam(clock.now());
  await insertNotifications(
    db,
    admins.map((a) => ({
      userId: a.id,
      kind: 'system',
      title: 'Không gửi được thư điện tử',
      body:
        `${failures.length} thư chưa gửi được${given ? ` (${given} thư đã thử 5 lần và bị bỏ)` : ''}. ` +
        `Lỗi gần nhất: ${last.error}. Kiểm tra SMTP_URL và máy chủ thư; nhật ký máy chủ có chi tiết từng lần thử.`,
      link: null,
      dedupeKey: `mail-failure:${today}`,
    })),
  );
}
