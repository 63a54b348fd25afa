import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { identity, createdAt } from './columns.ts';
import { unitRef } from './org.ts';

export const users = pgTable(
  'users',
  {
    id: identity(),
    username: text().notNull(),
    fullName: text().notNull(),
    email: text(),
    position: text(),
    passwordHash: text().notNull(),
    active: boolean().notNull().default(true),
    isDemo: boolean().notNull().default(false),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    lastLoginAt: timestamp({ withTimezone: true }),
    passwordChangedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username)],
);

/** A role held in an org unit, optionally over its whole subtree. */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: identity(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    role: text().notNull(),
    unitId: unitRef(),
    includeSubtree: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    index('role_assignments_user_idx').on(t.userId),
    uniqueIndex('role_assignments_uq').on(t.userId, t.role, t.unitId),
  ],
);
