import type { Ctx } from '../../../core/context.ts';
import type { Db } from '../../../db/client.ts';
import { queueMail } from '../../../core/mail.ts';
import { activeEmails } from '../../users/index.ts';
import * as repo from './notification.repository.ts';

export interface Message {
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
  /**
   * The message for the web to translate: a code (`notifications.messages.<code>.title|body` in the web's
   * dictionaries; by default the kind) and its parameters (numbers, ISO dates 'YYYY-MM-DD', names).
   * Without params the web shows title and body as they are (the Vietnamese text is always stored).
   */
  params?: Record<string, string | number>;
  code?: string;
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
  const delivered = await repo.insertNotifications(
    db,
    ids.map((userId) => ({
      userId,
      kind: m.kind,
      title: m.title,
      body: m.body ?? '',
      link: m.link ?? null,
      messageCode: m.params ? (m.code ?? m.kind) : null,
      messageParams: m.params ?? null,
      dedupeKey: m.dedupeKey ?? null,
    })),
  );
  if (ctx.config.SMTP_URL && delivered.length) {
    const emails = await activeEmails(db, delivered);
    for (const email of emails)
      await queueMail(db, {
        to: email,
        subject: `[Dân vận chính quyền] ${m.title}`,
        body: `${m.body ?? ''}\n\n${m.link ? `${ctx.config.PUBLIC_URL ?? ''}${m.link}` : ''}`.trim(),
      });
  }
  return delivered.length;
}
