/**
 * What the public portal shows of recognised models (the showcase, DOMAIN.md D.4): name, unit, field,
 * level and day of recognition and the public summary (or the goals), never the person of an
 * individual's model or the registration's other content. No permission check: for other modules
 * (the portal is public); only recognised and replicated models are answered.
 */
import type { ShowcaseModel, ModelField, ModelLevel, ModelState } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import * as org from '../../org/index.ts';
import * as repo from './model.repository.ts';
import { registrationOf } from './model.present.ts';

export async function recognisedModels(
  ctx: Ctx,
  q: { from?: string; unitId?: number; limit?: number } = {},
): Promise<ShowcaseModel[]> {
  let under: { path: string } | undefined;
  if (q.unitId) {
    const u = await org.getUnitById(ctx, q.unitId);
    if (!u) return [];
    under = { path: u.path };
  }
  const rows = await repo.recognisedModels(ctx.db, {
    from: q.from,
    under,
    limit: Math.min(q.limit ?? 100, 500),
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    unitId: r.unitId,
    unitName: r.unitName,
    field: r.field as ModelField,
    recognisedLevel: (r.recognisedLevel as ModelLevel | null) ?? null,
    recognisedOn: r.recognisedOn,
    state: r.state as ModelState,
    summary: r.publicSummary || registrationOf(r.registration).goals,
  }));
}
