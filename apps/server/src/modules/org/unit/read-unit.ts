import type { z } from 'zod';
import type { OrgUnitListQuery } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { fetchRows, listPage, wholeList } from '../../../core/page.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import * as repo from './unit.repository.ts';
import type { UnitView } from './unit.repository.ts';
import { authorizeUnit, canCreateRoot, canUnit, unitReadScopes } from './unit.policy.ts';
import { presentUnit } from './unit.present.ts';

export async function listUnits(ctx: Ctx, q: z.infer<typeof OrgUnitListQuery>) {
  const actor = requireActor(ctx.actor);
  const filter = {
    q: q.q?.trim() || undefined,
    parentId: q.parentId,
    kind: q.kind,
    group: q.group,
    includeInactive: q.includeInactive,
    asOf: q.asOf ?? today(ctx),
  };
  return listPage(ctx, q, {
    ...repo.unitList(ctx.db, unitReadScopes(actor), filter),
    present: (units) => units.map((u) => presentUnit(ctx, u)),
    // a unit is created under the listed parent (or the active unit); a root only by a root administrator
    can: async () => {
      const parent = q.parentId ? await repo.getUnit(ctx.db, q.parentId) : undefined;
      return listCan(actor, parent, (at) => canUnit(actor, 'createChild', at) || canCreateRoot(actor));
    },
  });
}

/**
 * The top units of the actor's visible tree (their assignment units), for the tree screen's roots:
 * a handful, answered whole; `can.create` is whether the actor may add a root unit.
 */
export async function listRoots(ctx: Ctx) {
  const actor = requireActor(ctx.actor);
  const scopes = unitReadScopes(actor);
  const units = await repo.getUnitsByIds(ctx.db, [...new Set(scopes.map((s) => s.unitId))]);
  // drop roots that lie inside another root's subtree
  const roots = units.filter(
    (u) =>
      !units.some(
        (o) =>
          o.id !== u.id && u.path.startsWith(o.path) && scopes.some((s) => s.unitId === o.id && s.subtree),
      ),
  );
  return wholeList(
    roots.sort((a, b) => a.path.localeCompare(b.path)).map((u) => presentUnit(ctx, u)),
    { create: canCreateRoot(actor) },
  );
}

/** One unit the actor may see; anything else is 404. */
export async function getUnit(ctx: Ctx, id: number) {
  const u = await repo.getUnit(ctx.db, id);
  authorizeUnit(ctx, 'read', u);
  return presentUnit(ctx, u);
}

// For other modules (through index.ts): lookups without scope filtering; the caller checks access.

export const getUnitsByIds = (ctx: Ctx, ids: number[]) => repo.getUnitsByIds(ctx.db, ids);
export const getUnitById = (ctx: Ctx, id: number) => repo.getUnit(ctx.db, id);
/** A unit's id, path, kind and name only (no groups, parent, child count): for scope checks and subtrees. */
export const getUnitPath = (ctx: Ctx, id: number) => repo.getUnitPath(ctx.db, id);

/** Active units in a group / of a kind / under a unit, as of a date. */
export async function findUnits(
  ctx: Ctx,
  f: { group?: string; kind?: string; underUnitId?: number; ids?: number[]; asOf?: string },
): Promise<UnitView[]> {
  let scopes = [{ unitId: 0, path: '/', subtree: true }];
  if (f.underUnitId) {
    const u = await repo.getUnit(ctx.db, f.underUnitId);
    if (!u) return [];
    scopes = [{ unitId: u.id, path: u.path, subtree: true }];
  }
  const { rows } = repo.unitList(ctx.db, scopes, {
    group: f.group,
    kind: f.kind,
    ids: f.ids,
    asOf: f.asOf ?? today(ctx),
  });
  return fetchRows(rows, { limit: 100000, offset: 0 });
}

/** The unit carrying each unit's work on the date (merges followed forward). */
export const resolveCurrentUnitIds = (ctx: Ctx, ids: number[], asOf: string) =>
  repo.resolveCurrentUnitIds(ctx.db, ids, asOf);
