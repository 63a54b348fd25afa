import type { Ctx } from '../../../core/context.ts';
import * as repo from './unit.repository.ts';
import { authorizeUnit } from './unit.policy.ts';
import { presentUnit } from './unit.present.ts';

/** A unit's history: renames, moves, merges and splits, its predecessors, successors and names. */
export async function unitHistory(ctx: Ctx, id: number) {
  const unit = await repo.getUnit(ctx.db, id);
  authorizeUnit(ctx, 'read', unit);
  const h = await repo.unitHistory(ctx.db, id);
  return {
    unit: presentUnit(ctx, unit),
    events: h.events.map((e) => ({
      ...e,
      details: e.details as Record<string, unknown>,
      createdAt: e.createdAt.toISOString(),
      kind: e.kind as never,
    })),
    predecessors: h.predecessors,
    successors: h.successors,
    names: h.names,
  };
}
