import type { z } from 'zod';
import type { AnswerTemplate, AnswerTemplateQuery } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor, scopesFor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { authorizeTemplate, canCreateTemplateAt, canUseTemplate } from './template.policy.ts';
import * as repo from './template.repository.ts';

export function presentTemplate(ctx: Ctx, r: repo.TemplateRow): AnswerTemplate {
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    name: r.name,
    text: r.text,
    createdAt: r.createdAt instanceof Date ? r.createdAt.toISOString() : String(r.createdAt),
    can: { use: canUseTemplate(ctx.actor, { id: r.unitId, path: r.unitPath }) },
  };
}

export async function loadTemplate(ctx: Ctx, id: number) {
  const t = await repo.getTemplate(ctx.db, id);
  authorizeTemplate(ctx, t ? { id: t.unitId, path: t.unitPath } : undefined);
  return t!;
}

/** The templates the actor may use (of its units, above and below), filtered to those related to a unit. */
export async function listTemplates(ctx: Ctx, q: z.infer<typeof AnswerTemplateQuery>) {
  const actor = requireActor(ctx.actor);
  const unit = q.unitId ? await org.getUnitById(ctx, q.unitId) : undefined;
  return listPage(ctx, q, {
    ...repo.templateList(ctx.db, scopesFor(actor, 'answers:read'), unit),
    present: (rows) => rows.map((r) => presentTemplate(ctx, r)),
    can: listCan(actor, unit ? { id: unit.id, path: unit.path } : undefined, (u) =>
      canCreateTemplateAt(actor, u),
    ),
  });
}
