/** Column shapes every module's tables repeat: the identity key, arrays of ids, who and when. */
import { sql } from 'drizzle-orm';
import { integer, timestamp } from 'drizzle-orm/pg-core';

/** `id integer generated always as identity primary key`. */
export const identity = () => integer().primaryKey().generatedAlwaysAsIdentity();

/** An `integer[]` of ids, never null, empty by default. */
export const idArray = () =>
  integer()
    .array()
    .notNull()
    .default(sql`'{}'::integer[]`);

/** A `timestamptz` set to now() on insert. */
export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/** Who created the row, and when it was created and last changed. */
export const timestamps = () => ({
  createdBy: integer(),
  createdAt: createdAt(),
  updatedAt: createdAt(),
});
