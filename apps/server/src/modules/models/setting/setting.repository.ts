/** Drizzle queries for the rule values of the module (models_settings). */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { ModelSettingKey } from '@danvan/domain';
import { MODEL_SETTINGS_SEED } from '@danvan/domain';
import type { Db } from '../../../db/client.ts';
import { modelsSettings } from '../../../db/schema/models.ts';

export type SettingRow = typeof modelsSettings.$inferSelect;

export async function listSettings(db: Db): Promise<SettingRow[]> {
  return db.select().from(modelsSettings).orderBy(asc(modelsSettings.id));
}

export async function getSetting(db: Db, id: number): Promise<SettingRow | undefined> {
  const [row] = await db.select().from(modelsSettings).where(eq(modelsSettings.id, id));
  return row;
}

/** A rule's value; the seed's value when the row is missing (a database seeded before the key existed). */
export async function settingValue(db: Db, key: ModelSettingKey): Promise<number> {
  const [row] = await db
    .select({ value: modelsSettings.value })
    .from(modelsSettings)
    .where(eq(modelsSettings.key, key));
  return row?.value ?? MODEL_SETTINGS_SEED.find((s) => s.key === key)!.value;
}

/** Writes the value only if the row is still at `version`; null when someone else changed it first. */
export async function updateSetting(
  db: Db,
  id: number,
  version: number,
  set: Partial<typeof modelsSettings.$inferInsert>,
): Promise<SettingRow | null> {
  const [row] = await db
    .update(modelsSettings)
    .set({ ...set, version: sql`${modelsSettings.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(modelsSettings.id, id), eq(modelsSettings.version, version)))
    .returning();
  return row ?? null;
}
