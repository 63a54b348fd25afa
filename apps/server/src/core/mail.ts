import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '../db/client.ts';
import { mailOutbox } from '../db/schema/jobs.ts';
import type { Config } from '../config.ts';
import type { Clock } from './context.ts';
import { maskPersonal } from './logger.ts';

// The outbox is sent by every instance's job runner, so a message must be claimed before it is sent:
// a batch is claimed in one statement (`FOR UPDATE SKIP LOCKED`: two instances never take the same
// row) for MAIL_CLAIM_SECONDS, and each message is marked `handed_at` just before it goes to SMTP and
// `sent_at` when SMTP accepted it. A sender that dies between the two leaves `handed_at` set: when its
// claim runs out the message is sent once more (it may have arrived; the Message-ID is the same, so
// the copy is recognisable) and never a third time. A sender that dies before handing a message over
// leaves only its claim, and the message goes out normally once the claim runs out.

export const MAX_ATTEMPTS = 5;
const BATCH = 20;

let transport: nodemailer.Transporter | null = null;
let transportUrl: string | null = null;
function transporter(config: Config) {
  if (!transport || transportUrl !== config.SMTP_URL) {
    // bounded waits: a silent server must not hold a claim (or a shutdown) for minutes
    transport = nodemailer.createTransport(config.SMTP_URL!, {
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    } as never);
    transportUrl = config.SMTP_URL!;
  }
  return transport;
}

/** Queues an e-mail in the outbox (in the caller's transaction); the job runner sends it. */
export async function queueMail(db: Db, m: { to: string; subject: string; body: string }): Promise<void> {
  await db.insert(mailOutbox).values(m);
}

export interface MailFailure {
  id: number;
  attempts: number;
  /** The reason, with addresses masked (it goes to the log and to the administrators). */
  error: string;
  /** No attempt is left: the message will not be sent. */
  final: boolean;
}
export interface MailRun {
  sent: number;
  failed: MailFailure[];
}

/** Called after a run with failures (the notifications module tells the administrators). */
type FailureHandler = (db: Db, failures: MailFailure[], clock: Clock) => Promise<void>;
const failureHandlers: FailureHandler[] = [];
export function onMailFailure(h: FailureHandler): void {
  if (!failureHandlers.includes(h)) failureHandlers.push(h);
}

interface Claimed {
  id: number;
  to: string;
  subject: string;
  body: string;
  attempts: number;
  claimed_until: Date | string;
}

async function rows<T>(db: Db, q: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(q)) as unknown as { rows: T[] }).rows;
}

/** Claims up to `n` sendable messages for `claimMs`: unsent, attempts left, not claimed by a live sender. */
async function claimBatch(db: Db, now: Date, claimMs: number, n: number): Promise<Claimed[]> {
  const until = new Date(now.getTime() + claimMs);
  const claimed = await rows<Claimed>(
    db,
    sql`update mail_outbox m
        set attempts = m.attempts + 1,
            claimed_until = ${until.toISOString()}::timestamptz,
            crash_resends = m.crash_resends + (case when m.handed_at is null then 0 else 1 end),
            handed_at = null
        where m.id in (
          select id from mail_outbox
          where sent_at is null and attempts < ${MAX_ATTEMPTS}
            and (claimed_until is null or claimed_until < ${now.toISOString()}::timestamptz)
            and (handed_at is null or crash_resends < 1)
          order by id
          limit ${n}
          for update skip locked)
        returning m.id, m."to", m.subject, m.body, m.attempts, m.claimed_until`,
  );
  return claimed.sort((a, b) => a.id - b.id);
}

/** A stable Message-ID per outbox row: a copy sent again after a crash is the same message. */
function messageId(id: number, from: string): string {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'danvan.local';
  return `<outbox-${id}@${domain}>`;
}

/**
 * Sends queued mail when SMTP_URL is set, batch after batch until none is left (or `signal` aborts:
 * the rest of the batch is released for the next run). Up to MAX_ATTEMPTS attempts per message.
 */
export async function sendPendingMail(
  db: Db,
  config: Config,
  clock: Clock,
  opts: { signal?: AbortSignal; transport?: nodemailer.Transporter } = {},
): Promise<MailRun> {
  const run: MailRun = { sent: 0, failed: [] };
  if (!config.SMTP_URL && !opts.transport) return run;
  const claimMs = config.MAIL_CLAIM_SECONDS * 1000;
  const smtp = opts.transport ?? transporter(config);
  for (;;) {
    if (opts.signal?.aborted) break;
    const batch = await claimBatch(db, clock.now(), claimMs, BATCH);
    if (!batch.length) break;
    for (const [i, m] of batch.entries()) {
      if (opts.signal?.aborted) {
        const rest = batch.slice(i).map((r) => r.id);
        await db.execute(
          sql`update mail_outbox set claimed_until = null, attempts = attempts - 1
              where id in ${sql.raw(`(${rest.map(Number).join(',')})`)} and handed_at is null and sent_at is null`,
        );
        return run;
      }
      // still ours? (a claim that ran out may have been taken by another sender); renew it
      const handed = await rows<{ id: number }>(
        db,
        sql`update mail_outbox
            set handed_at = ${clock.now().toISOString()}::timestamptz,
                claimed_until = ${new Date(clock.now().getTime() + claimMs).toISOString()}::timestamptz
            where id = ${m.id} and sent_at is null
              and claimed_until = ${new Date(m.claimed_until).toISOString()}::timestamptz
            returning id`,
      );
      if (!handed.length) continue;
      try {
        await smtp.sendMail({
          from: config.MAIL_FROM,
          to: m.to,
          subject: m.subject,
          text: m.body,
          messageId: messageId(m.id, config.MAIL_FROM),
        });
        await db.execute(
          sql`update mail_outbox set sent_at = ${clock.now().toISOString()}::timestamptz,
                handed_at = null, claimed_until = null, last_error = null
              where id = ${m.id}`,
        );
        run.sent++;
      } catch (e) {
        // SMTP answered (or the connection failed): it did not take the message
        const error = maskPersonal(e instanceof Error ? e.message : String(e)).slice(0, 500);
        // the next attempt waits a minute per attempt made (not again in this run)
        const retryAt = new Date(clock.now().getTime() + m.attempts * 60_000);
        await db.execute(
          sql`update mail_outbox set handed_at = null, last_error = ${error},
                claimed_until = ${retryAt.toISOString()}::timestamptz
              where id = ${m.id}`,
        );
        run.failed.push({ id: m.id, attempts: m.attempts, error, final: m.attempts >= MAX_ATTEMPTS });
      }
    }
  }
  if (run.failed.length) for (const h of failureHandlers) await h(db, run.failed, clock);
  return run;
}
