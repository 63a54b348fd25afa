/** Drafting a plan: create, edit (a draft; an issued plan only its requirement), delete a draft. */
import type { CreatePlan, UpdatePlan, UnitSelector } from '@danvan/contracts';
import { today, type Ctx } from '../../core/context.ts';
import { audit, inTx } from '../../core/audit.ts';
import { Err, Forbidden, Invalid } from '../../core/errors.ts';
import { requireActor } from '../../core/scope.ts';
import { placeNameFor } from '../../core/documents/place.ts';
import * as org from '../org/index.ts';
import type { UnitView } from '../org/index.ts';
import * as repo from './plans.repository.ts';
import { can, unitWith } from './plans.access.ts';
import {
  checkDocs,
  checkMovements,
  checkTheme,
  emptySelector,
  normalizeSelector,
  resolveSelector,
} from './plans.refs.ts';
import { isPlanVisible, presentPlan, visiblePlan, type PlanRow } from './plans.service.ts';

const ISSUER_UNDER_PARENT = new Set(['department', 'public_service', 'state_enterprise']);

/** The issuing body's lines in the document header, and the place name (địa danh), from the org tree. */
async function defaultsFor(ctx: Ctx, unit: UnitView) {
  const parent = unit.parentId ? await org.getUnitById(ctx, unit.parentId) : undefined;
  return {
    issuerName: unit.name,
    issuerParent: ISSUER_UNDER_PARENT.has(unit.kind) && parent ? parent.name : null,
    // NĐ 30/2020 địa danh: a ward's plan is dated at the ward, a department's at the province
    place: await placeNameFor(unit, (ids) => org.getUnitsByIds(ctx, ids)),
  };
}

/** The parent plan a unit's plan answers: visible, issued, of a superior unit. */
async function checkParent(
  ctx: Ctx,
  parentPlanId: number | null | undefined,
  unit: { id: number; path: string },
) {
  if (!parentPlanId) return null;
  const parent = await repo.getPlan(ctx.db, parentPlanId);
  if (!parent || !isPlanVisible(ctx, parent)) throw Invalid('Kế hoạch cấp trên không tồn tại.');
  if (parent.status !== 'issued') throw Invalid('Kế hoạch cấp trên chưa được ban hành.');
  if (parent.unitId === unit.id || !unit.path.startsWith(parent.unitPath))
    throw Invalid('Kế hoạch cấp trên phải là kế hoạch của đơn vị cấp trên.');
  return parent;
}

/** Required units of a selector, for a unit that holds plans:manage (coordinator). */
async function requiredUnits(
  ctx: Ctx,
  selector: UnitSelector,
  unit: { id: number; path: string },
  asOf: string,
) {
  if (!can(ctx.actor, 'plans:manage', unit))
    throw Forbidden('Chỉ cơ quan tham mưu mới được yêu cầu các đơn vị khác xây dựng kế hoạch.');
  const units = await resolveSelector(ctx, selector, unit, asOf, {
    includeOwner: false,
    label: 'Đơn vị phải xây dựng kế hoạch',
  });
  return units.map((u) => u.id);
}

function checkDue(due: string | null | undefined, issuedOn: string | null) {
  if (due && issuedOn && due < issuedOn)
    throw Invalid('Hạn ban hành kế hoạch của đơn vị không được trước ngày ban hành kế hoạch này.', [
      { path: 'requiredDue', message: 'Hạn phải sau ngày ban hành' },
    ]);
}

export async function createPlan(ctx: Ctx, input: CreatePlan, opts: { isDemo?: boolean } = {}) {
  const actor = requireActor(ctx.actor);
  const unit = await unitWith(ctx, input.unitId, 'plans:unit-write');
  const parent = await checkParent(ctx, input.parentPlanId, unit);
  const themeId = await checkTheme(ctx, input.themeId, unit);
  const movementIds = await checkMovements(ctx, input.movementIds, unit);
  const guidingDocumentIds = await checkDocs(ctx, input.guidingDocumentIds, unit);
  const selector = emptySelector(input.requiredSelector) ? null : normalizeSelector(input.requiredSelector);
  const required = selector ? await requiredUnits(ctx, selector, unit, today(ctx)) : [];
  const d = await defaultsFor(ctx, unit);
  return inTx(ctx, async (tx, c) => {
    const id = await repo.insertPlan(tx, {
      unitId: unit.id,
      year: input.year,
      numberSymbol: input.numberSymbol,
      title: input.title,
      issuerName: input.issuerName?.trim() || d.issuerName,
      issuerParent: input.issuerParent === undefined ? d.issuerParent : input.issuerParent?.trim() || null,
      place: input.place?.trim() || d.place,
      basis: input.basis,
      purposes: input.purposes.filter((s) => s.trim()),
      requirements: input.requirements.filter((s) => s.trim()),
      sections: input.sections,
      closing: input.closing,
      recipients: input.recipients.filter((s) => s.trim()),
      signerAuthority: input.signerAuthority,
      signerPosition: input.signerPosition,
      signerName: input.signerName,
      parentPlanId: parent?.id ?? null,
      themeId,
      movementIds,
      guidingDocumentIds,
      requiredSelector: selector,
      requiredDue: input.requiredDue ?? null,
      isDemo: opts.isDemo ?? false,
      createdBy: actor.system ? null : actor.userId,
      createdAt: c.clock.now(),
      updatedAt: c.clock.now(),
    });
    if (required.length) await repo.setRequiredUnits(tx, id, required);
    const after = (await repo.getPlan(tx, id))!;
    await audit(tx, c, {
      entity: 'plan',
      entityId: id,
      unitId: unit.id,
      action: 'create',
      after: auditable(after),
    });
    return presentPlan(c, after);
  });
}

const REQUIREMENT_KEYS = new Set(['requiredSelector', 'requiredDue']);

export async function updatePlan(ctx: Ctx, id: number, input: UpdatePlan) {
  // read and checked with the row locked, so an edit racing an issue sees the plan as it is
  return inTx(ctx, async (tx, c) => {
    await repo.lockPlan(tx, id);
    const before = await visiblePlan(c, id);
    const unit = { id: before.unitId, path: before.unitPath };
    const keys = Object.keys(input).filter((k) => input[k as keyof UpdatePlan] !== undefined);
    const touchesRequirement = keys.some((k) => REQUIREMENT_KEYS.has(k));
    if (before.status === 'issued') {
      if (keys.some((k) => !REQUIREMENT_KEYS.has(k)))
        throw Err.state_invalid('Kế hoạch đã ban hành, không thể sửa nội dung; chỉ có thể điều chỉnh yêu cầu các đơn vị xây dựng kế hoạch.');
      if (!can(c.actor, 'plans:manage', unit)) throw Forbidden();
    } else if (!can(c.actor, 'plans:unit-write', unit)) throw Forbidden();

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

export async function deletePlan(ctx: Ctx, id: number) {
  await inTx(ctx, async (tx, c) => {
    await repo.lockPlan(tx, id);
    const before = await visiblePlan(c, id);
    if (!can(c.actor, 'plans:unit-write', { id: before.unitId, path: before.unitPath })) throw Forbidden();
    if (before.status !== 'draft')
      throw Err.state_invalid('Chỉ xóa được kế hoạch dự thảo; kế hoạch đã ban hành được lưu lại.');
    if ((await repo.countChildPlans(tx, id)) > 0)
      throw Err.state_invalid('Đã có kế hoạch của đơn vị khác liên kết với kế hoạch này.');
    await repo.deletePlan(tx, id);
    await audit(tx, c, {
      entity: 'plan',
      entityId: id,
      unitId: before.unitId,
      action: 'delete',
      before: auditable(before),
    });
  });
}

/** The plan without derived columns, for the audit trail. */
export function auditable(p: PlanRow) {
  const {
    unitPath: _a,
    unitKind: _b,
    parentPlanTitle: _c,
    requiredCount,
    taskCount: _d,
    issuedByName: _e,
    ...rest
  } = p;
  return { ...rest, requiredCount };
}
