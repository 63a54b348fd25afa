/**
 * Copies the seeds of packages/domain (the recognition criteria with their basis, the rule values of
 * seed 003) into the tables, once each: a seed's name is recorded with its rows in one transaction, so
 * the coordinator's later edits are never undone. Run at start (the module's `seed`) and by the demo.
 */
import { eq } from 'drizzle-orm';
import { MODEL_CRITERIA_SEED, MODEL_SETTINGS_SEED } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import type { Db } from '../../../db/client.ts';
import { modelsCriteria, modelsSeeds, modelsSettings } from '../../../db/schema/models.ts';

const CRITERIA_SEED = 'criteria_2021';
const SETTINGS_SEED = 'settings_2026';

async function seeded(db: Db, name: string): Promise<boolean> {
  const [row] = await db
    .select({ name: modelsSeeds.name })
    .from(modelsSeeds)
    .where(eq(modelsSeeds.name, name));
  return !!row;
}

async function claim(tx: Db, name: string): Promise<boolean> {
  const rows = await tx.insert(modelsSeeds).values({ name }).onConflictDoNothing().returning();
  return rows.length === 1;
}

export async function ensureModelsSeed(ctx: Ctx): Promise<void> {
  if (!(await seeded(ctx.db, CRITERIA_SEED)))
    await inTx(ctx, async (tx, c) => {
      if (!(await claim(tx, CRITERIA_SEED))) return;
      await tx.insert(modelsCriteria).values(
        MODEL_CRITERIA_SEED.map((r, i) => ({
          code: r.code,
          version: 1,
          name: r.name,
          guidance: r.guidance,
          maxPoints: r.maxPoints,
          sortOrder: (i + 1) * 10,
          basis: r.basis,
          needsCheck: r.needsCheck,
        })),
      );
      await audit(tx, c, {
        entity: 'models_seed',
        entityId: CRITERIA_SEED,
        action: 'seed',
        after: { criteria: MODEL_CRITERIA_SEED.length },
      });
    });
  if (!(await seeded(ctx.db, SETTINGS_SEED)))
    await inTx(ctx, async (tx, c) => {
      if (!(await claim(tx, SETTINGS_SEED))) return;
      await tx
        .insert(modelsSettings)
        .values(
          MODEL_SETTINGS_SEED.map((s) => ({
            key: s.key,
            name: s.name,
            value: s.value,
            minValue: s.min,
            maxValue: s.max,
            basis: s.basis,
            needsCheck: s.needsCheck,
          })),
        )
        .onConflictDoNothing({ target: modelsSettings.key });
      await audit(tx, c, {
        entity: 'models_seed',
        entityId: SETTINGS_SEED,
        action: 'seed',
        after: { settings: MODEL_SETTINGS_SEED.length },
      });
    });
}
