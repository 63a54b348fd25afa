/**
 * Year themes ("Năm dân vận chính quyền 2022", seed 002): set by a unit (plans:manage) for its whole
 * subtree, cited by plans. The themes that apply to a unit.
 */
import type { Ctx } from '../../../core/context.ts';
import { readScopes, readableUnit } from '../shared/unit.policy.ts';
import * as repo from './theme.repository.ts';
import { presentTheme } from './theme.present.ts';

export async function listThemes(ctx: Ctx, q: { unitId?: number; year?: number }) {
  const appliesTo = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const rows = await repo.listThemes(ctx.db, readScopes(ctx), { appliesTo, year: q.year });
  return Promise.all(rows.map((t) => presentTheme(ctx, t)));
}
