import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { identity, timestamps } from './columns.ts';
import { unitRef } from './org.ts';
import { users } from './users.ts';

/**
 * Reception schedules (lịch tiếp công dân) of a unit: the regular reception days and the head's
 * periodic days, by weekday, day of the month or listed dates, in force from a date.
 */
export const receptionSchedules = pgTable(
  'reception_schedules',
  {
    id: identity(),
    unitId: unitRef(),
    /** 'regular' | 'periodic_head' (packages/domain SCHEDULE_KINDS). */
    kind: text().notNull(),
    title: text().notNull(),
    /** 0 = Sunday … 6 = Saturday. */
    weekdays: integer()
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    monthDays: integer()
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    dates: date({ mode: 'string' })
      .array()
      .notNull()
      .default(sql`'{}'::date[]`),
    startTime: text().notNull(),
    endTime: text().notNull(),
    place: text().notNull(),
    receiverUserId: integer().references(() => users.id),
    receiverName: text().notNull().default(''),
    receiverTitle: text().notNull().default(''),
    headInPerson: boolean().notNull().default(false),
    online: boolean().notNull().default(false),
    onlineLink: text().notNull().default(''),
    published: boolean().notNull().default(true),
    validFrom: date({ mode: 'string' }).notNull(),
    validTo: date({ mode: 'string' }),
    note: text().notNull().default(''),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [index('reception_schedules_unit_idx').on(t.unitId, t.validFrom)],
);

/**
 * The reception log (sổ tiếp công dân): one row per visit received (a person or a delegation).
 * `receivedOn` is the Vietnam date of `receivedAt`, kept for the per-day counts (the head's days).
 */
export const receptionVisits = pgTable(
  'reception_visits',
  {
    id: identity(),
    unitId: unitRef(),
    /** 'regular' | 'periodic_head' | 'ad_hoc' (packages/domain RECEPTION_KINDS). */
    kind: text().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull(),
    receivedOn: date({ mode: 'string' }).notNull(),
    place: text().notNull(),
    receiverUserId: integer().references(() => users.id),
    receiverName: text().notNull(),
    receiverTitle: text().notNull().default(''),
    headInPerson: boolean().notNull().default(false),
    deputyOnBehalf: boolean().notNull().default(false),
    visitorsCount: integer().notNull(),
    /** Computed by the domain rule (isMassDelegation) on every write. */
    massDelegation: boolean().notNull().default(false),
    representativeName: text().notNull(),
    idNumber: text().notNull().default(''),
    address: text().notNull().default(''),
    content: text().notNull(),
    /** packages/domain PETITION_FIELDS (one field vocabulary with the petitions). */
    field: text().notNull(),
    /** packages/domain RECEPTION_OUTCOMES. */
    outcome: text().notNull(),
    refusalReason: text().notNull().default(''),
    outcomeNote: text().notNull().default(''),
    conclusion: text().notNull().default(''),
    online: boolean().notNull().default(false),
    onlineNoticeSentOn: date({ mode: 'string' }),
    /** The petition created from this visit (petitions module; no foreign key: a later migration set). */
    petitionId: integer(),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
    searchKey: text().generatedAlwaysAs(
      sql`lower(f_unaccent(coalesce(representative_name, '') || ' ' || coalesce(content, '') || ' ' || coalesce(address, '') || ' ' || coalesce(id_number, '') || ' ' || coalesce(receiver_name, '')))`,
    ),
    ...timestamps(),
  },
  (t) => [
    index('reception_visits_unit_day_idx').on(t.unitId, t.receivedOn),
    index('reception_visits_day_idx').on(t.receivedOn),
    index('reception_visits_search_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
  ],
);
