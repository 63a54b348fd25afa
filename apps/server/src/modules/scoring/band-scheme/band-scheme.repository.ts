import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { scoringBandSchemes } from '../../../db/schema/scoring.ts';

export type BandSchemeRow = typeof scoringBandSchemes.$inferSelect;

export const listBandSchemes = (db: Db) =>
  db.select().from(scoringBandSchemes).orderBy(asc(scoringBandSchemes.id));

export async function getBandScheme(db: Db, id: number): Promise<BandSchemeRow | null> {
  const [r] = await db.select().from(scoringBandSchemes).where(eq(scoringBandSchemes.id, id));
  return r ?? null;
}
