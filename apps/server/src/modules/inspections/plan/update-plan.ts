/** Correcting a plan, and adding its items (units to inspect, planned month), on the plan's version. */
import {
  CreatePlanItem as ItemSchema,
  type CreatePlanItem,
  type UpdateInspectionPlan,
} from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, Invalid } from '../../../core/errors.ts';
import * as org from '../../org/index.ts';
import { sameTree } from '../inspection/inspection.checks.ts';
import * as repo from './plan.repository.ts';
import { loadPlan, presentPlanDetail } from './read-plan.ts';

const stale = () =>
  Conflict('Kế hoạch thanh tra, kiểm tra này vừa được người khác cập nhật. Vui lòng tải lại trước khi lưu.');
const by = (c: Ctx) => (c.actor?.system ? null : (c.actor?.userId ?? null));

export async function updatePlan(ctx: Ctx, id: number, input: UpdateInspectionPlan) {
  return inTx(ctx, async (tx, c) => {
    const before = await loadPlan(c, id, 'update', { lock: true, db: tx });
    const { expectedVersion, ...fields } = input;
    if (expectedVersion !== before.version) throw stale();
    const changed = Object.fromEntries(
      Object.entries(fields).filter(([k, v]) => v !== undefined && before[k as keyof typeof before] !== v),
    );
    if (!Object.keys(changed).length) return presentPlanDetail(c, tx, before);
    if (
      (await repo.updatePlan(tx, id, before.version, {
        ...changed,
        updatedAt: c.clock.now(),
        updatedBy: by(c),
      })) === null
    )
      throw stale();
    const after = (await repo.getPlan(tx, id))!;
    await audit(tx, c, {
      entity: 'inspection_plan',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before,
      after,
    });
    return presentPlanDetail(c, tx, after);
  });
}

export async function addPlanItem(ctx: Ctx, id: number, raw: CreatePlanItem) {
  const input = ItemSchema.parse(raw);
  return inTx(ctx, async (tx, c) => {
    const before = await loadPlan(c, id, 'update', { lock: true, db: tx });
    if (input.expectedVersion !== before.version) throw stale();
    const unit = await org.getUnitById(c, input.unitId);
    if (!unit || !sameTree(unit, { path: before.unitPath }))
      throw Invalid('Đơn vị được thanh tra, kiểm tra không thuộc cùng tỉnh với cơ quan lập kế hoạch.', [
        { path: 'unitId', message: 'Không thuộc cùng tỉnh với cơ quan lập kế hoạch' },
      ]);
    const itemId = await repo.insertItem(tx, {
      planId: id,
      unitId: unit.id,
      month: input.month,
      kind: input.kind,
      content: input.content,
    });
    if (
      (await repo.updatePlan(tx, id, before.version, { updatedAt: c.clock.now(), updatedBy: by(c) })) === null
    )
      throw stale();
    await audit(tx, c, {
      entity: 'inspection_plan',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before: { items: [] },
      after: {
        items: [
          { id: itemId, unitId: unit.id, month: input.month, kind: input.kind, content: input.content },
        ],
      },
    });
    return presentPlanDetail(c, tx, (await repo.getPlan(tx, id))!);
  });
}
