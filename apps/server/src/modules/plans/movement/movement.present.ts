/** A movement as the API returns it. */
import type { Movement, MovementKind } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { citedDocs } from '../shared/refs.ts';
import type * as repo from './movement.repository.ts';
import { canMovementFlags } from './movement.policy.ts';

export async function presentMovement(ctx: Ctx, m: repo.MovementView): Promise<Movement> {
  return {
    id: m.id,
    unitId: m.unitId,
    unitName: m.unitName,
    code: m.code,
    name: m.name,
    kind: m.kind as MovementKind,
    description: m.description,
    fields: m.fields,
    requirements: m.requirements,
    guidingDocuments: await citedDocs(ctx, m.guidingDocumentIds),
    active: m.active,
    isDemo: m.isDemo,
    can: canMovementFlags(ctx.actor, m),
  };
}
