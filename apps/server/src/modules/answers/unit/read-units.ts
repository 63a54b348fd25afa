/**
 * The addressee picker: the units a source filed by the actor may be addressed to, or its items
 * assigned to. These are the active units of the province (org tree root) of each unit where the
 * actor holds answers:file — the same rule `checkTargetUnits` enforces when the source is saved —
 * so the Front and the People's Council office find the agencies outside their own subtree.
 * Only the unit's name, code, kind, depth and parent's name: the org tree's reference data.
 */
import type { z } from 'zod';
import type { AnswerUnit, AnswerUnitQuery } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { listPage } from '../../../core/page.ts';
import { requireActor, scopesFor } from '../../../core/scope.ts';
import { addresseeUnitList } from './unit.repository.ts';

/** The roots ('/12/') of the provinces where the actor files; '/' for the whole tree (system). */
function provinceRoots(ctx: Ctx): string[] {
  const roots = scopesFor(requireActor(ctx.actor), 'answers:file').map((s) => {
    const first = s.path.split('/')[1];
    return first ? `/${first}/` : '/';
  });
  return roots.includes('/') ? ['/'] : [...new Set(roots)];
}

export async function listAnswerUnits(ctx: Ctx, q: z.infer<typeof AnswerUnitQuery>) {
  return listPage(ctx, q, {
    ...addresseeUnitList(ctx.db, provinceRoots(ctx), today(ctx), q.q?.trim() || undefined),
    present: (rows) =>
      rows.map((r) => ({ ...r, kind: r.kind as AnswerUnit['kind'], parentName: r.parentName ?? null })),
    // a reference list: nothing is created from it
    can: { create: false },
  });
}
