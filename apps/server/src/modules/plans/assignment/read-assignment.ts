/** Reading assignments: a unit's own ("my tasks"), and one assignment with its history. */
import type { MyTasks, MyTasksQuery, TaskAssignmentDetail } from '@danvan/contracts';
import { addDays } from '@danvan/domain';
import { activeAssignment, today, type Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import { auditHistory } from '../../audit/index.ts';
import { docRefMap, unitRefs } from '../shared/refs.ts';
import { readScopes } from '../shared/unit.policy.ts';
import * as repo from './assignment.repository.ts';
import { authorizeAssignment } from './assignment.policy.ts';
import { presentAssignment } from './assignment.present.ts';
import { DUE_SOON_DAYS } from './deadline.ts';

export async function myTasks(ctx: Ctx, q: MyTasksQuery): Promise<MyTasks> {
  const actor = requireActor(ctx.actor);
  const t = today(ctx);
  const unitId = q.unitId ?? activeAssignment(actor)?.unitId;
  if (!unitId) throw NotFound('Đơn vị');
  // The unit's scope check rides along with the counts (one round trip); the page is only returned
  // when the unit is in the actor's scope.
  const { unit, rows, total, counts } = await repo.myAssignments(
    ctx.db,
    unitId,
    readScopes(ctx),
    {
      state: q.state,
      planId: q.planId,
      from: q.from,
      to: q.to,
      q: q.q?.trim() || undefined,
      today: t,
      soon: addDays(t, DUE_SOON_DAYS),
    },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  if (!unit) throw NotFound('Đơn vị');
  return {
    unit,
    counts,
    items: rows.map((a) => presentAssignment(ctx, a)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** An assignment the actor may read; otherwise 404. Inside a transaction, call it after lockAssignment. */
export async function loadAssignment(ctx: Ctx, id: number) {
  requireActor(ctx.actor);
  const a = await repo.getAssignment(ctx.db, id);
  if (!a) throw NotFound('Nhiệm vụ được giao');
  authorizeAssignment(ctx, 'read', a);
  return a;
}

export async function getAssignment(ctx: Ctx, id: number): Promise<TaskAssignmentDetail> {
  const a = await loadAssignment(ctx, id);
  const lead = a.leadUnitId ? (await unitRefs(ctx, [a.leadUnitId])).get(a.leadUnitId) : undefined;
  const docs = await docRefMap(ctx, a.guidingDocumentIds);
  const history = await auditHistory(ctx.db, 'task_assignment', String(a.id));
  return {
    ...presentAssignment(ctx, a),
    taskDescription: a.taskDescription,
    leadUnit: lead ?? null,
    guidingDocuments: a.guidingDocumentIds
      .map((i) => docs.get(i))
      .filter((d): d is NonNullable<typeof d> => Boolean(d)),
    history: history.map((h) => ({
      at: h.at.toISOString(),
      actorName: h.actorName,
      action: h.action,
      after: h.after,
    })),
  };
}
