import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/**
 * Legal time limits (thời hạn theo luật) as versioned data. A version that a case has used (`used_at`
 * set by the module that counted the case's deadline) is never edited in place: a change of its value
 * makes a new version of the same code from a date, and the old one ends the day before.
 */
export const legalTimeLimits = pgTable(
  'legal_time_limits',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    version: integer().notNull().default(1),
    name: text().notNull(),
    value: integer().notNull(),
    /** calendar_days | working_days | working_hours | days_per_week | days_per_month */
    unit: text().notNull(),
    /** RuleConditions: complex, remoteArea, secondInstance, extension (absent or null: any). */
    conditions: jsonb()
      .notNull()
      .default(sql`'{}'::jsonb`),
    basisLaw: text().notNull(),
    basisArticle: text(),
    basisClause: text(),
    effectiveFrom: date({ mode: 'string' }).notNull(),
    effectiveTo: date({ mode: 'string' }),
    /** "Cần kiểm tra": not confirmed against the official text. */
    needsCheck: boolean().notNull().default(false),
    note: text(),
    usedAt: timestamp({ withTimezone: true }),
    previousVersionId: integer(),
    retiredAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('legal_time_limits_code_version_uq').on(t.code, t.version),
    index('legal_time_limits_code_idx').on(t.code, t.effectiveFrom),
  ],
);

/**
 * The working-day calendar of state bodies: days off (holidays, swapped days) and make-up working
 * days, one row per date. Every deadline counted in working days reads it.
 */
export const legalCalendarDays = pgTable(
  'legal_calendar_days',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    date: date({ mode: 'string' }).notNull(),
    name: text().notNull(),
    /** true: a make-up working day (ngày làm bù); false: a day off. */
    workday: boolean().notNull().default(false),
    basis: text().notNull().default(''),
    needsCheck: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('legal_calendar_days_date_uq').on(t.date)],
);

/** Which seeds were copied in (once: an administrator's later deletions are not undone). */
export const legalSeeds = pgTable('legal_seeds', {
  name: text().primaryKey(),
  at: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
