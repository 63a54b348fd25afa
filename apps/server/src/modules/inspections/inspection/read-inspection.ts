/** Reading inspections: the register (paged, filtered), one inspection, the loader of the verbs. */
import type { InspectionExportQuery, InspectionQuery } from '@danvan/contracts';
import { yearRange } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { Conflict, NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import type { Db } from '../../../db/client.ts';
import * as org from '../../org/index.ts';
import * as repo from './inspection.repository.ts';
import {
  authorizeInspection,
  holds,
  inspectionReadScopes,
  type InspectionAction,
} from './inspection.policy.ts';
import { presentInspection, presentInspectionDetail } from './inspection.present.ts';

/** The unit a list is filtered by, when the actor reads its inspections; otherwise 404. */
export async function readableUnit(ctx: Ctx, unitId: number) {
  const actor = requireActor(ctx.actor);
  const u = await org.getUnitById(ctx, unitId);
  if (!u || !holds(actor, 'inspections:read', u)) throw NotFound('Đơn vị');
  return u;
}

export async function inspectionFilter(ctx: Ctx, q: InspectionExportQuery) {
  const unit = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const years = q.year ? yearRange(q.year) : undefined;
  const filter: repo.InspectionFilter = {
    q: q.q?.trim() || undefined,
    under: unit,
    kind: q.kind,
    mode: q.mode,
    state: q.state,
    from: years?.from,
    to: years?.to,
    overdue: q.overdue,
  };
  return { unit, filter };
}

export async function listInspections(ctx: Ctx, q: InspectionQuery) {
  const { filter, unit } = await inspectionFilter(ctx, q);
  return listPage(ctx, q, {
    ...repo.inspectionList(ctx.db, inspectionReadScopes(ctx), filter, today(ctx)),
    present: (rows) => rows.map((r) => presentInspection(ctx, r)),
    can: listCan(ctx.actor, unit, (at) => holds(ctx.actor, 'inspections:write', at)),
  });
}

export async function loadInspection(
  ctx: Ctx,
  id: number,
  action: InspectionAction = 'read',
  opts: { lock?: boolean; db?: Db } = {},
) {
  requireActor(ctx.actor);
  const r = await repo.getInspection(opts.db ?? ctx.db, id, today(ctx), { lock: opts.lock });
  if (!r) throw NotFound('Cuộc thanh tra, kiểm tra');
  authorizeInspection(ctx, action, r);
  return r;
}

export async function getInspection(ctx: Ctx, id: number) {
  return presentInspectionDetail(ctx, ctx.db, await loadInspection(ctx, id));
}

export const staleInspection = () =>
  Conflict('Cuộc thanh tra, kiểm tra này vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');
