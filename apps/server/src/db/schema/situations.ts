import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { identity, timestamps } from './columns.ts';
import { orgUnits, unitRef } from './org.ts';

/**
 * Situation notes (nắm tình hình Nhân dân): what a unit learnt of the people's situation at a place.
 * `version` grows with every change of the note (the edit form sends the version it showed).
 */
export const situations = pgTable(
  'situations',
  {
    id: identity(),
    unitId: unitRef(),
    place: text().notNull(),
    /** The sub-unit of the org tree the place lies in (the note's unit or one below it), if any. */
    placeUnitId: integer().references(() => orgUnits.id),
    topic: text().notNull(),
    level: text().notNull().default('normal'),
    summary: text().notNull(),
    source: text().notNull().default(''),
    notedOn: date({ mode: 'string' }).notNull(),
    state: text().notNull().default('monitoring'),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
    updatedBy: integer(),
    searchKey: text().generatedAlwaysAs(
      sql`lower(f_unaccent(coalesce(place, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(source, '')))`,
    ),
    ...timestamps(),
  },
  (t) => [
    index('situations_unit_noted_idx').on(t.unitId, t.notedOn),
    index('situations_noted_idx').on(t.notedOn),
    index('situations_place_unit_idx').on(t.placeUnitId),
    index('situations_search_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
  ],
);

/** The follow-up actions decided on a note: what, who, by when, and how far it is. */
export const situationsFollowUps = pgTable(
  'situations_follow_ups',
  {
    id: identity(),
    situationId: integer()
      .notNull()
      .references(() => situations.id, { onDelete: 'cascade' }),
    action: text().notNull(),
    assignee: text().notNull(),
    dueDate: date({ mode: 'string' }).notNull(),
    state: text().notNull().default('not_started'),
    doneOn: date({ mode: 'string' }),
    note: text().notNull().default(''),
    version: integer().notNull().default(1),
    updatedBy: integer(),
    ...timestamps(),
  },
  (t) => [
    index('situations_follow_ups_situation_idx').on(t.situationId),
    index('situations_follow_ups_open_due_idx')
      .on(t.dueDate)
      .where(sql`state <> 'done'`),
  ],
);
