import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { identity, timestamps } from './columns.ts';
import { unitRef } from './org.ts';

/**
 * Training courses on dân vận work (DOMAIN.md G.1): organised by `unit_id`, held on [start_on,
 * end_on], in person (place) or online (link). `version` grows with every change of the course or of
 * its attendance (row-version condition on every write).
 */
export const trainingCourses = pgTable(
  'training_courses',
  {
    id: identity(),
    unitId: unitRef(),
    topic: text().notNull(),
    kind: text().notNull().default('training'),
    format: text().notNull().default('in_person'),
    place: text().notNull().default(''),
    startOn: date({ mode: 'string' }).notNull(),
    endOn: date({ mode: 'string' }).notNull(),
    content: text().notNull().default(''),
    lecturers: text().notNull().default(''),
    /** Total attendees (kept with the attendance rows, in the same transaction). */
    attendees: integer().notNull().default(0),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
    updatedBy: integer(),
    searchKey: text().generatedAlwaysAs(
      sql`lower(f_unaccent(coalesce(topic, '') || ' ' || coalesce(content, '')))`,
    ),
    ...timestamps(),
  },
  (t) => [
    index('training_courses_unit_idx').on(t.unitId, t.startOn),
    index('training_courses_start_idx').on(t.startOn),
    index('training_courses_search_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
  ],
);

/** Attendees of a course by unit: the count (at least the persons named of that unit). */
export const trainingAttendanceUnits = pgTable(
  'training_attendance_units',
  {
    id: identity(),
    courseId: integer()
      .notNull()
      .references(() => trainingCourses.id, { onDelete: 'cascade' }),
    unitId: unitRef(),
    count: integer().notNull(),
  },
  (t) => [
    uniqueIndex('training_attendance_units_uq').on(t.courseId, t.unitId),
    index('training_attendance_units_unit_idx').on(t.unitId),
  ],
);

/** Attendees named (from the attendance list): name, position, unit. */
export const trainingAttendees = pgTable(
  'training_attendees',
  {
    id: identity(),
    courseId: integer()
      .notNull()
      .references(() => trainingCourses.id, { onDelete: 'cascade' }),
    unitId: unitRef(),
    fullName: text().notNull(),
    position: text().notNull().default(''),
  },
  (t) => [
    index('training_attendees_course_idx').on(t.courseId),
    index('training_attendees_unit_idx').on(t.unitId),
  ],
);

/**
 * A unit's headcount of cán bộ, công chức, viên chức for a year, entered by the unit (the org tree
 * keeps none): the denominator of the share trained.
 */
export const trainingHeadcounts = pgTable(
  'training_headcounts',
  {
    id: identity(),
    unitId: unitRef(),
    year: integer().notNull(),
    civilServants: integer().notNull(),
    version: integer().notNull().default(1),
    updatedBy: integer(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('training_headcounts_unit_year_uq').on(t.unitId, t.year)],
);
