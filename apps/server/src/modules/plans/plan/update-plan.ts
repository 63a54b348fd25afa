/** Editing a plan: a draft freely; an issued plan only its requirement (units and due date). */
import type { UpdatePlan, UnitSelector } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Err, Invalid } from '../../../core/errors.ts';
import { checkDocs, checkMovements, checkTheme, emptySelector, normalizeSelector } from '../shared/refs.ts';
import * as repo from './plan.repository.ts';
import { authorizePlan } from './plan.policy.ts';
import { auditable, presentPlan } from './plan.present.ts';
import { loadPlan } from './read-plan.ts';
import { checkDue, checkParent, requiredUnits } from './plan.checks.ts';

const REQUIREMENT_KEYS = new Set(['requiredSelector', 'requiredDue']);

export async function updatePlan(ctx: Ctx, id: number, input: UpdatePlan) {
  // read and checked with the row locked, so an edit racing an issue sees the plan as it is
  return inTx(ctx, async (tx, c) => {
    await repo.lockPlan(tx, id);
    const before = await loadPlan(c, id);
    const unit = { id: before.unitId, path: before.unitPath };
    const keys = Object.keys(input).filter((k) => input[k as keyof UpdatePlan] !== undefined);
    const touchesRequirement = keys.some((k) => REQUIREMENT_KEYS.has(k));
    if (before.status === 'issued') {
      if (keys.some((k) => !REQUIREMENT_KEYS.has(k)))
        throw Err.state_invalid(
          'Kế hoạch đã ban hành, không thể sửa nội dung; chỉ có thể điều chỉnh yêu cầu các đơn vị xây dựng kế hoạch.',
        );
      authorizePlan(c, 'updateRequirement', before);
    } else authorizePlan(c, 'update', before);

    const parentPlanId = input.parentPlanId === undefined ? before.parentPlanId : input.parentPlanId;
    const parent = input.parentPlanId !== undefined ? await checkParent(c, parentPlanId, unit) : undefined;
    const themeId = input.themeId !== undefined ? await checkTheme(c, input.themeId, unit) : undefined;
    const movementIds = input.movementIds ? await checkMovements(c, input.movementIds, unit) : undefined;
    const guidingDocumentIds = input.guidingDocumentIds
      ? await checkDocs(c, input.guidingDocumentIds, unit)
      : undefined;

    let selector: UnitSelector | null | undefined;
    let required: number[] | undefined;
    if (input.requiredSelector !== undefined) {
      selector = emptySelector(input.requiredSelector) ? null : normalizeSelector(input.requiredSelector);
      required = selector ? await requiredUnits(c, selector, unit, today(c)) : [];
    }
    const requiredDue = input.requiredDue === undefined ? before.requiredDue : input.requiredDue;
    if (before.status === 'issued' && touchesRequirement) {
      checkDue(requiredDue, before.issuedOn);
      if (!requiredDue || (selector === null && required?.length === 0))
        throw Invalid('Kế hoạch đã ban hành: phải giữ đơn vị và hạn ban hành kế hoạch.');
    }

    const {
      parentPlanId: _p,
      themeId: _t,
      movementIds: _m,
      guidingDocumentIds: _g,
      requiredSelector: _s,
      ...fields
    } = input;
    await repo.updatePlan(tx, id, {
      ...fields,
      ...(fields.purposes ? { purposes: fields.purposes.filter((s) => s.trim()) } : {}),
      ...(fields.requirements ? { requirements: fields.requirements.filter((s) => s.trim()) } : {}),
      ...(fields.recipients ? { recipients: fields.recipients.filter((s) => s.trim()) } : {}),
      ...(input.parentPlanId !== undefined ? { parentPlanId: parent?.id ?? null } : {}),
      ...(themeId !== undefined ? { themeId } : {}),
      ...(movementIds ? { movementIds } : {}),
      ...(guidingDocumentIds ? { guidingDocumentIds } : {}),
      ...(selector !== undefined ? { requiredSelector: selector } : {}),
      updatedAt: c.clock.now(),
    });
    if (required) await repo.setRequiredUnits(tx, id, required);
    const after = (await repo.getPlan(tx, id))!;
    await audit(tx, c, {
      entity: 'plan',
      entityId: id,
      unitId: before.unitId,
      action: before.status === 'issued' ? 'update_requirement' : 'update',
      before: auditable(before),
      after: auditable(after),
    });
    return presentPlan(c, after);
  });
}
