import type { z } from 'zod';
import type { AnswerItemExportQuery, AnswerItemQuery } from '@danvan/contracts';
import { normalizeVi } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { fetchRows, listPage } from '../../../core/page.ts';
import { requireActor, scopesFor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { itemList, type ItemFilter } from './item.repository.ts';
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
  return listPage(ctx, q, {
    ...itemList(ctx.db, scopesFor(actor, 'answers:read'), await filterOf(ctx, q)),
    present: (rows) => rows.map((r) => presentItem(ctx, r)),
    can: { create: scopesFor(actor, 'answers:file').length > 0 },
  });
}

/** At most this many rows in one .xlsx register. */
export const EXPORT_LIMIT = 20_000;

/** The matching items (for the .xlsx register): the list's rows query, without its count. */
export async function allAnswerItems(ctx: Ctx, q: z.infer<typeof AnswerItemExportQuery>) {
  const actor = requireActor(ctx.actor);
  const { rows } = itemList(ctx.db, scopesFor(actor, 'answers:read'), await filterOf(ctx, q));
  return (await fetchRows(rows, { limit: EXPORT_LIMIT, offset: 0 })).map((r) => presentItem(ctx, r));
}
