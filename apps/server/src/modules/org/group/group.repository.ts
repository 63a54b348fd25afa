import { asc } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { orgGroups } from '../../../db/schema/org.ts';

export async function listGroups(db: Db) {
  return db.select().from(orgGroups).orderBy(asc(orgGroups.name));
}

export async function upsertGroup(db: Db, code: string, name: string) {
  await db
    .insert(orgGroups)
    .values({ code, name })
    .onConflictDoUpdate({ target: orgGroups.code, set: { name } });
}
