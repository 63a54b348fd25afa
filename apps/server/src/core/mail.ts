import { and, asc, isNull, lt, eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '../db/client.ts';
import { mailOutbox } from '../db/schema/jobs.ts';
import type { Config } from '../config.ts';
import type { Clock } from './context.ts';

let transport: nodemailer.Transporter | null = null;
function transporter(config: Config) {
  transport ??= nodemailer.createTransport(config.SMTP_URL!);
  return transport;
}

/** Queues an e-mail in the outbox (in the caller's transaction); the job runner sends it. */
export async function queueMail(db: Db, m: { to: string; subject: string; body: string }): Promise<void> {
  await db.insert(mailOutbox).values(m);
}

/** Sends queued mail when SMTP_URL is set; up to 5 attempts per message. */
export async function sendPendingMail(db: Db, config: Config, clock: Clock): Promise<number> {
  if (!config.SMTP_URL) return 0;
  const batch = await db
    .select()
    .from(mailOutbox)
    .where(and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, 5)))
    .orderBy(asc(mailOutbox.id))
    .limit(50);
  let sent = 0;
  for (const m of batch) {
    try {
      await transporter(config).sendMail({
        from: config.MAIL_FROM,
        to: m.to,
        subject: m.subject,
        text: m.body,
      });
      await db
        .update(mailOutbox)
        .set({ sentAt: clock.now(), attempts: m.attempts + 1 })
        .where(eq(mailOutbox.id, m.id));
      sent++;
    } catch (e) {
      await db
        .update(mailOutbox)
        .set({ attempts: m.attempts + 1, lastError: e instanceof Error ? e.message : String(e) })
        .where(eq(mailOutbox.id, m.id));
    }
  }
  return sent;
}
