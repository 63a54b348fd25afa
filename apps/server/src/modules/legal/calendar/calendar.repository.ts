import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { legalCalendarDays } from '../../../db/schema/legal.ts';

export type CalendarRow = typeof legalCalendarDays.$inferSelect;
export type NewCalendarRow = typeof legalCalendarDays.$inferInsert;

/** Serialises the writes of the calendar until the transaction ends. */
export async function lockCalendar(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('legal_calendar_days'))`);
}

export async function listDays(db: Db, year?: number) {
  return db
    .select()
    .from(legalCalendarDays)
    .where(
      year === undefined
        ? undefined
        : sql`${legalCalendarDays.date} between ${`${year}-01-01`} and ${`${year}-12-31`}`,
    )
    .orderBy(asc(legalCalendarDays.date));
}

export async function getDay(db: Db, id: number, opts: { forUpdate?: boolean } = {}) {
  const q = db.select().from(legalCalendarDays).where(eq(legalCalendarDays.id, id));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function getDayByDate(db: Db, date: string) {
  const [row] = await db.select().from(legalCalendarDays).where(eq(legalCalendarDays.date, date));
  return row;
}

export async function insertDay(tx: Db, row: NewCalendarRow) {
  const [r] = await tx.insert(legalCalendarDays).values(row).returning();
  return r;
}

export async function updateDay(tx: Db, id: number, set: Partial<NewCalendarRow>) {
  const [r] = await tx
    .update(legalCalendarDays)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(legalCalendarDays.id, id))
    .returning();
  return r;
}

export async function deleteDay(tx: Db, id: number) {
  await tx.delete(legalCalendarDays).where(eq(legalCalendarDays.id, id));
}
