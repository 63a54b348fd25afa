/**
 * Recording an inspection of public duty: of a unit of the same province, by a body the inspector
 * holds inspections:write over; for a planned item, the item of that body's plan for that unit,
 * carried out by one inspection only (unique index: the second gets 409).
 */
import { CreateInspection as Schema, type CreateInspection } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import * as plansRepo from '../plan/plan.repository.ts';
import { holds } from './inspection.policy.ts';
import * as repo from './inspection.repository.ts';
import { notAfterToday, sameTree } from './inspection.checks.ts';
import { auditInspection, presentInspectionDetail } from './inspection.present.ts';
import { today } from '../../../core/context.ts';

export async function createInspection(ctx: Ctx, raw: CreateInspection, opts: { isDemo?: boolean } = {}) {
  const input = Schema.parse(raw);
  const actor = requireActor(ctx.actor);
  const conductor = await org.getUnitById(ctx, input.conductorUnitId);
  if (!conductor || !holds(actor, 'inspections:read', conductor)) throw NotFound('Cơ quan tiến hành');
  if (!holds(actor, 'inspections:write', conductor)) throw Forbidden();
  const unit = await org.getUnitById(ctx, input.unitId);
  if (!unit || !sameTree(unit, conductor))
    throw Invalid('Đơn vị được thanh tra, kiểm tra không thuộc cùng tỉnh với cơ quan tiến hành.', [
      { path: 'unitId', message: 'Không thuộc cùng tỉnh với cơ quan tiến hành' },
    ]);
  notAfterToday(ctx, input.startOn, 'startOn', 'Ngày bắt đầu');
  return inTx(ctx, async (tx, c) => {
    if (input.planItemId) {
      const item = await plansRepo.getPlanItem(tx, input.planItemId);
      if (!item || item.planUnitId !== conductor.id || item.unitId !== unit.id)
        throw Invalid('Mục kế hoạch không phải của cơ quan tiến hành cho đơn vị này.', [
          { path: 'planItemId', message: 'Mục kế hoạch không khớp với cơ quan tiến hành và đơn vị' },
        ]);
      if (await repo.inspectionOfPlanItem(tx, item.id))
        throw Conflict('Mục kế hoạch này đã có cuộc thanh tra, kiểm tra thực hiện.');
    }
    const now = c.clock.now();
    const by = c.actor?.system ? null : (c.actor?.userId ?? null);
    let id: number;
    try {
      id = await repo.insertInspection(tx, {
        ...input,
        mode: input.planItemId ? 'planned' : input.mode,
        isDemo: opts.isDemo ?? false,
        createdBy: by,
        updatedBy: by,
        createdAt: now,
        updatedAt: now,
      });
    } catch (e) {
      if (
        String(
          (e as { code?: string; cause?: { code?: string } }).code ??
            (e as { cause?: { code?: string } }).cause?.code,
        ) === '23505'
      )
        throw Conflict('Mục kế hoạch này đã có cuộc thanh tra, kiểm tra thực hiện.');
      throw e;
    }
    const after = (await repo.getInspection(tx, id, today(c)))!;
    await audit(tx, c, {
      entity: 'inspection',
      entityId: id,
      unitId: unit.id,
      action: 'create',
      after: auditInspection(after),
    });
    return presentInspectionDetail(c, tx, after);
  });
}
