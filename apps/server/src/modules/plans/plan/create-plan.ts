/** Drafting a plan at a unit. */
import type { CreatePlan } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { requireActor } from '../../../core/scope.ts';
import { checkDocs, checkMovements, checkTheme, emptySelector, normalizeSelector } from '../shared/refs.ts';
import { unitToCreateAt } from '../shared/unit.policy.ts';
import * as repo from './plan.repository.ts';
import { canPlan } from './plan.policy.ts';
import { auditable, presentPlan } from './plan.present.ts';
import { checkParent, defaultsFor, requiredUnits } from './plan.checks.ts';

export async function createPlan(ctx: Ctx, input: CreatePlan, opts: { isDemo?: boolean } = {}) {
  const actor = requireActor(ctx.actor);
  const unit = await unitToCreateAt(ctx, input.unitId, (a, u) =>
    canPlan(a, 'create', { ...u, status: 'draft' }),
  );
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
