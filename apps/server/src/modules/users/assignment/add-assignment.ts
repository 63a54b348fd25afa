import type { z } from 'zod';
import type { CreateAssignment } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict } from '../../../core/errors.ts';
import * as org from '../../org/index.ts';
import { loadUser } from '../user/load-user.ts';
import { authorizeGrant, authorizeUser } from '../user/user.policy.ts';
import { presentUser } from '../user/user.present.ts';
import * as repo from './assignment.repository.ts';

/**
 * Gives a user a role in a unit: the administrator must be able to change the user, and hold
 * users:write over the whole grant (see the policy's grant rule).
 */
export async function addAssignment(ctx: Ctx, userId: number, input: z.infer<typeof CreateAssignment>) {
  return inTx(ctx, async (tx, c) => {
    authorizeUser(c, 'assign', await loadUser(tx, userId, { lock: true }));
    const unit = await org.getUnitById(c, input.unitId);
    authorizeGrant(c, unit, input);
    if (await repo.findAssignment(tx, userId, input.role, input.unitId))
      throw Conflict('Người dùng đã có vai trò này tại đơn vị này.');
    const a = (await repo.insertAssignment(tx, {
      userId,
      role: input.role,
      unitId: input.unitId,
      includeSubtree: input.includeSubtree,
    }))!;
    await audit(tx, c, {
      entity: 'role_assignment',
      entityId: a.id,
      unitId: input.unitId,
      action: 'create',
      after: { ...a, unitName: unit.name },
    });
    return presentUser(c, (await loadUser(tx, userId))!);
  });
}
