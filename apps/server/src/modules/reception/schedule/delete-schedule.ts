/** Removing a reception schedule (the log keeps its visits: they do not refer to the schedule). */
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { scheduleAuditRow } from './schedule.present.ts';
import * as repo from './schedule.repository.ts';
import { authorizeSchedule } from './schedule.policy.ts';
import { loadSchedule } from './read-schedule.ts';
import { staleSchedule } from './update-schedule.ts';

export async function deleteSchedule(ctx: Ctx, id: number): Promise<void> {
  await inTx(ctx, async (tx, c) => {
    const before = await loadSchedule(c, id);
    authorizeSchedule(c, 'delete', before);
    if (!(await repo.deleteSchedule(tx, id, before.version))) throw staleSchedule();
    await audit(tx, c, {
      entity: 'reception_schedule',
      entityId: id,
      unitId: before.unitId,
      action: 'delete',
      before: scheduleAuditRow(before),
    });
  });
}
