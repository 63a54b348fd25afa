/** Checks and defaults shared by the plan verbs (create, update, issue). */
import type { UnitSelector } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { Forbidden, Invalid } from '../../../core/errors.ts';
import { placeNameFor } from '../../../core/documents/place.ts';
import * as org from '../../org/index.ts';
import type { UnitView } from '../../org/index.ts';
import { resolveSelector } from '../shared/refs.ts';
import * as repo from './plan.repository.ts';
import { canPlan } from './plan.policy.ts';

const ISSUER_UNDER_PARENT = new Set(['department', 'public_service', 'state_enterprise']);

/** The issuing body's lines in the document header, and the place name (địa danh), from the org tree. */
export async function defaultsFor(ctx: Ctx, unit: UnitView) {
  const parent = unit.parentId ? await org.getUnitById(ctx, unit.parentId) : undefined;
  return {
    issuerName: unit.name,
    issuerParent: ISSUER_UNDER_PARENT.has(unit.kind) && parent ? parent.name : null,
    // NĐ 30/2020 địa danh: a ward's plan is dated at the ward, a department's at the province
    place: await placeNameFor(unit, (ids) => org.getUnitsByIds(ctx, ids)),
  };
}

/** The parent plan a unit's plan answers: visible, issued, of a superior unit. */
export async function checkParent(
  ctx: Ctx,
  parentPlanId: number | null | undefined,
  unit: { id: number; path: string },
) {
  if (!parentPlanId) return null;
  const parent = await repo.getPlan(ctx.db, parentPlanId);
  if (!parent || !canPlan(ctx.actor, 'read', parent)) throw Invalid('Kế hoạch cấp trên không tồn tại.');
  if (parent.status !== 'issued') throw Invalid('Kế hoạch cấp trên chưa được ban hành.');
  if (parent.unitId === unit.id || !unit.path.startsWith(parent.unitPath))
    throw Invalid('Kế hoạch cấp trên phải là kế hoạch của đơn vị cấp trên.');
  return parent;
}

/** Required units of a selector, for a unit where the actor may set requirements (coordinator). */
export async function requiredUnits(
  ctx: Ctx,
  selector: UnitSelector,
  unit: { id: number; path: string },
  asOf: string,
) {
  if (!canPlan(ctx.actor, 'updateRequirement', { unitId: unit.id, unitPath: unit.path, status: 'draft' }))
    throw Forbidden('Chỉ cơ quan tham mưu mới được yêu cầu các đơn vị khác xây dựng kế hoạch.');
  const units = await resolveSelector(ctx, selector, unit, asOf, {
    includeOwner: false,
    label: 'Đơn vị phải xây dựng kế hoạch',
  });
  return units.map((u) => u.id);
}

export function checkDue(due: string | null | undefined, issuedOn: string | null) {
  if (due && issuedOn && due < issuedOn)
    throw Invalid('Hạn ban hành kế hoạch của đơn vị không được trước ngày ban hành kế hoạch này.', [
      { path: 'requiredDue', message: 'Hạn phải sau ngày ban hành' },
    ]);
}
