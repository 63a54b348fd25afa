import { date, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

// The platform's own tables (core/jobs.ts, core/mail.ts): no module owns them.

/** E-mails waiting to be sent; the job runner sends and retries them, so they survive restarts. */
export const mailOutbox = pgTable('mail_outbox', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  to: text().notNull(),
  subject: text().notNull(),
  body: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp({ withTimezone: true }),
  attempts: integer().notNull().default(0),
  lastError: text(),
  /** The sender that claimed the row holds it until then (a crashed sender's claim runs out). */
  claimedUntil: timestamp({ withTimezone: true }),
  /** Set just before the message goes to SMTP, cleared by the answer: set on a reclaimed row means
   *  the sender died between handing it over and recording the answer (it may have been delivered). */
  handedAt: timestamp({ withTimezone: true }),
  /** How many times such an unanswered hand-over was sent again (at most once). */
  crashResends: integer().notNull().default(0),
});

/** One row per job per day: the insert is the lock, so a daily job runs once across instances and restarts. */
export const jobRuns = pgTable(
  'job_runs',
  {
    job: text().notNull(),
    runDate: date({ mode: 'string' }).notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
    result: jsonb(),
    error: text(),
  },
  (t) => [primaryKey({ columns: [t.job, t.runDate] })],
);
