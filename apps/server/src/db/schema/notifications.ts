import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** In-app notifications of one user; a dedupe key makes a repeated reminder arrive once. */
export const notifications = pgTable(
  'notifications',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer().notNull(),
    kind: text().notNull(),
    title: text().notNull(),
    body: text().notNull().default(''),
    /**
     * The message as a code and its parameters, which the web translates (`notifications.messages.<code>`
     * in its dictionaries); title and body keep the Vietnamese text, shown when the web has no message.
     */
    messageCode: text(),
    messageParams: jsonb().$type<Record<string, string | number>>(),
    link: text(),
    dedupeKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('notifications_dedupe_uq')
      .on(t.userId, t.dedupeKey)
      .where(sql`dedupe_key is not null`),
  ],
);
