import type { z } from 'zod';
import type { AnswerTemplate, AnswerTemplateQuery } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
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

/** The templates the actor may use (of its units, above and below), paged in memory (small by nature). */
export async function listTemplates(ctx: Ctx, q: z.infer<typeof AnswerTemplateQuery>) {
  const actor = requireActor(ctx.actor);
  const unit = q.unitId ? await org.getUnitById(ctx, q.unitId) : undefined;
  const rows = (await repo.listTemplates(ctx.db, null)).filter(
    (r) =>
      canUseTemplate(actor, { id: r.unitId, path: r.unitPath }) &&
      (!unit || r.unitPath.startsWith(unit.path) || unit.path.startsWith(r.unitPath)),
  );
  const start = (q.page - 1) * q.pageSize;
  return {
    items: rows.slice(start, start + q.pageSize).map((r) => presentTemplate(ctx, r)),
    total: rows.length,
    page: q.page,
    pageSize: q.pageSize,
    can: listCan(actor, unit ? { id: unit.id, path: unit.path } : undefined, (u) =>
      canCreateTemplateAt(actor, u),
    ),
  };
}
