import type { z } from 'zod';
import type { AnswerItemExportQuery, AnswerItemQuery } from '@danvan/contracts';
import { normalizeVi } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { requireActor, scopesFor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { listItems, type ItemFilter } from './item.repository.ts';
import { presentItem, presentItemDetail } from './item.present.ts';
import { loadItem } from './run-item-step.ts';

export async function getItem(ctx: Ctx, id: number) {
  return presentItemDetail(ctx, await loadItem(ctx, id));
}

async function filterOf(ctx: Ctx, q: z.infer<typeof AnswerItemExportQuery>): Promise<ItemFilter> {
  const actor = requireActor(ctx.actor);
  const unit = q.responsibleUnitId ? await org.getUnitById(ctx, q.responsibleUnitId) : undefined;
  return {
    sourceId: q.sourceId,
    kind: q.kind,
    status: q.status,
    field: q.field,
    compliance: q.compliance,
    responsiblePath: q.responsibleUnitId ? (unit?.path ?? '/none/') : undefined,
    q: q.q ? normalizeVi(q.q) : undefined,
    today: today(ctx),
    answerScopes: q.mine ? scopesFor(actor, 'answers:answer') : undefined,
  };
}

/** The items the actor may read (what it filed, what is addressed or assigned to it), filtered. */
export async function listAnswerItems(ctx: Ctx, q: z.infer<typeof AnswerItemQuery>) {
  const actor = requireActor(ctx.actor);
  const { items, total } = await listItems(ctx.db, scopesFor(actor, 'answers:read'), await filterOf(ctx, q), {
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return {
    items: items.map((r) => presentItem(ctx, r)),
    total,
    page: q.page,
    pageSize: q.pageSize,
    can: { create: scopesFor(actor, 'answers:file').length > 0 },
  };
}

/** Every matching item (for the .xlsx register). */
export async function allAnswerItems(ctx: Ctx, q: z.infer<typeof AnswerItemExportQuery>) {
  const actor = requireActor(ctx.actor);
  const { items } = await listItems(ctx.db, scopesFor(actor, 'answers:read'), await filterOf(ctx, q), null);
  return items.map((r) => presentItem(ctx, r));
}
