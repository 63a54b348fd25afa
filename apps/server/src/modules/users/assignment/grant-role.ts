import type { Role } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import * as repo from './assignment.repository.ts';

/** Direct grant for seeding and the admin CLI (checks no access; an existing role is left as it is). */
export async function grantRole(ctx: Ctx, userId: number, role: Role, unitId: number, includeSubtree = true) {
  return inTx(ctx, async (tx, c) => {
    const a = await repo.insertAssignment(
      tx,
      { userId, role, unitId, includeSubtree },
      { ignoreDuplicate: true },
    );
    if (a)
      await audit(tx, c, { entity: 'role_assignment', entityId: a.id, unitId, action: 'create', after: a });
  });
}
