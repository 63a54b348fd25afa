import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { NotFound } from '../../../core/errors.ts';
import * as org from '../../org/index.ts';
import { loadUser } from '../user/load-user.ts';
import { authorizeRevoke, authorizeUser } from '../user/user.policy.ts';
import { presentUser } from '../user/user.present.ts';
import * as repo from './assignment.repository.ts';

/** Takes a role back from a user the administrator may change. */
export async function removeAssignment(ctx: Ctx, userId: number, assignmentId: number) {
  return inTx(ctx, async (tx, c) => {
    authorizeUser(c, 'assign', await loadUser(tx, userId, { lock: true }));
    const a = await repo.getAssignment(tx, userId, assignmentId);
    if (!a) throw NotFound('Phân công');
    authorizeRevoke(c, await org.getUnitById(c, a.unitId));
    if (!(await repo.deleteAssignment(tx, userId, assignmentId))) throw NotFound('Phân công');
    await audit(tx, c, {
      entity: 'role_assignment',
      entityId: assignmentId,
      unitId: a.unitId,
      action: 'delete',
      before: a,
    });
    // the user's last role in the actor's scope may be gone: answer with what remains, not a 404
    return presentUser(c, (await loadUser(tx, userId))!);
  });
}
