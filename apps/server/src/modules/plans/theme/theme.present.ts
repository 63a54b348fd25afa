/** A year theme as the API returns it. */
import type { YearTheme } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { citedDocs } from '../shared/refs.ts';
import type * as repo from './theme.repository.ts';
import { canThemeFlags } from './theme.policy.ts';

export async function presentTheme(ctx: Ctx, t: repo.ThemeView): Promise<YearTheme> {
  return {
    id: t.id,
    unitId: t.unitId,
    unitName: t.unitName,
    year: t.year,
    name: t.name,
    description: t.description,
    contents: t.contents,
    guidingDocuments: await citedDocs(ctx, t.guidingDocumentIds),
    isDemo: t.isDemo,
    can: canThemeFlags(ctx.actor, t),
  };
}
