import { activeAssignment, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import { me } from '../account/me.ts';
import { setActiveAssignment } from './session.repository.ts';

/** Chooses which of one's own assignments the session works as. */
export async function switchUnit(ctx: Ctx, assignmentId: number) {
  const actor = requireActor(ctx.actor);
  const target = actor.assignments.find((a) => a.id === assignmentId);
  if (!target) throw NotFound('Phân công');
  const current = activeAssignment(actor);
  // switching to the unit already in use changes nothing and writes nothing
  if (current?.id !== assignmentId)
    await inTx(ctx, async (tx, c) => {
      await setActiveAssignment(tx, actor.sessionId!, assignmentId);
      await audit(tx, c, {
        entity: 'user',
        entityId: actor.userId,
        unitId: target.unitId,
        action: 'switch_unit',
        before: current
          ? {
              assignmentId: current.id,
              unitId: current.unitId,
              unitName: current.unitName,
              role: current.role,
            }
          : null,
        after: {
          assignmentId: target.id,
          unitId: target.unitId,
          unitName: target.unitName,
          role: target.role,
        },
      });
    });
  return me({ ...ctx, actor: { ...actor, activeAssignmentId: assignmentId } });
}
