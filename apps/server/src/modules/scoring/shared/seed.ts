/** Copies the band schemes of packages/domain into the table, once each (by code): later edits stay. */
import { BAND_SCHEME_SEEDS } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { scoringBandSchemes } from '../../../db/schema/scoring.ts';

export async function ensureScoringSeed(ctx: Ctx): Promise<void> {
  const have = new Set(
    (await ctx.db.select({ code: scoringBandSchemes.code }).from(scoringBandSchemes)).map((r) => r.code),
  );
  const missing = BAND_SCHEME_SEEDS.filter((s) => !have.has(s.code));
  if (!missing.length) return;
  await inTx(ctx, async (tx, c) => {
    const rows = await tx
      .insert(scoringBandSchemes)
      .values(
        missing.map((s) => ({
          code: s.code,
          name: s.name,
          bands: s.bands,
          cap: s.cap,
          basis: s.basis,
          needsCheck: s.needsCheck,
          effectiveFrom: s.effectiveFrom,
          effectiveTo: s.effectiveTo,
        })),
      )
      .onConflictDoNothing({ target: scoringBandSchemes.code })
      .returning({ id: scoringBandSchemes.id, code: scoringBandSchemes.code });
    if (rows.length)
      await audit(tx, c, {
        entity: 'scoring_seed',
        entityId: 'band_schemes',
        action: 'seed',
        after: { codes: rows.map((r) => r.code) },
      });
  });
}
