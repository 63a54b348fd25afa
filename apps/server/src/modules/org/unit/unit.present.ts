import type { z } from 'zod';
import type { CreateOrgUnit } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import type { UnitView } from './unit.repository.ts';
import { unitFlags } from './unit.policy.ts';
import { isActive } from './unit.rules.ts';

/** A unit as the API returns it, with what the actor may do with it. */
export function presentUnit(ctx: Ctx, u: UnitView) {
  return {
    ...u,
    kind: u.kind as z.infer<typeof CreateOrgUnit>['kind'],
    active: isActive(u, today(ctx)),
    can: unitFlags(ctx, u),
  };
}

export type UnitOut = ReturnType<typeof presentUnit>;
