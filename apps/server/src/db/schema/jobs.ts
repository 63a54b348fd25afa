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
