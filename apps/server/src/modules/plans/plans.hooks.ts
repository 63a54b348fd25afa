/**
 * Load-time registrations of the plans module: which of its records take attachments and who may see
 * and add them, the figures it gives the reporting module, and its daily reminder sweep.
 */
import { minIsoDate, todayInVietnam } from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { registerFigureProvider, type FigureQuery } from '../../core/figures.ts';
import { registerDailyJob } from '../../core/jobs.ts';
import { registerFileOwner, type FileOwner } from '../files/index.ts';
import * as org from '../org/index.ts';
import * as plansRepo from './plan/plan.repository.ts';
import * as docsRepo from './guiding-document/guiding-document.repository.ts';
import * as leadersRepo from './leader/leader.repository.ts';
import * as assignmentsRepo from './assignment/assignment.repository.ts';
import { canPlan } from './plan/plan.policy.ts';
import { assignmentOpen } from './assignment/assignment.policy.ts';
import { readerUnitBelow } from './shared/unit.policy.ts';
import { runPlanReminders } from './plans.jobs.ts';
import { registerPlansProposers } from './proposers/plans-proposers.ts';

const READ = 'plans:read' as const;
const WRITE = 'plans:unit-write' as const;

/**
 * Attachments of a record a superior shares downwards (an issued plan, a shared guiding document)
 * are readable by the units below it, which cannot add to them: for such a reader the owner is
 * reported as the reader's own unit, locked.
 */
function sharedDown(ctx: Ctx, unit: { id: number; path: string }): FileOwner | null {
  const own = readerUnitBelow(ctx.actor, unit);
  return own
    ? {
        unitId: own.unitId,
        unitPath: own.path,
        readPermission: READ,
        writePermission: WRITE,
        writable: false,
      }
    : null;
}

let done = false;
export function registerPlansHooks(): void {
  if (done) return;
  done = true;
  registerPlansProposers(); // scoring criteria answered from this module's records

  registerFileOwner('plan', async (ctx, entityId) => {
    const p = await plansRepo.getPlan(ctx.db, Number(entityId));
    if (!p || !canPlan(ctx.actor, 'read', p)) return null;
    const unit = { id: p.unitId, path: p.unitPath };
    return (
      sharedDown(ctx, unit) ?? {
        unitId: p.unitId,
        unitPath: p.unitPath,
        readPermission: READ,
        writePermission: WRITE,
      }
    );
  });
  registerFileOwner('guiding_document', async (ctx, entityId) => {
    const d = await docsRepo.getDoc(ctx.db, Number(entityId));
    if (!d) return null;
    const unit = { id: d.unitId, path: d.unitPath };
    const shared = d.sharedWithSubunits ? sharedDown(ctx, unit) : null;
    return shared ?? { unitId: d.unitId, unitPath: d.unitPath, readPermission: READ, writePermission: WRITE };
  });
  registerFileOwner('task_assignment', async (ctx, entityId) => {
    const a = await assignmentsRepo.getAssignment(ctx.db, Number(entityId));
    if (!a) return null;
    return {
      unitId: a.unitId,
      unitPath: a.unitPath,
      readPermission: READ,
      writePermission: WRITE,
      writable: assignmentOpen(a),
    };
  });
  registerFileOwner('leader_assignment', async (ctx, entityId) => {
    const l = await leadersRepo.getLeader(ctx.db, Number(entityId));
    return l
      ? { unitId: l.unitId, unitPath: l.unitPath, readPermission: READ, writePermission: WRITE }
      : null;
  });

  // Figures for reports: the unit's own records, or its whole subtree's with q.subtree.
  const withUnit =
    (f: (ctx: Ctx, q: FigureQuery & { unitPath: string; asOf: string }) => Promise<number>) =>
    async (ctx: Ctx, q: FigureQuery) => {
      const u = await org.getUnitById(ctx, q.unitId);
      if (!u) return null;
      const asOf = minIsoDate(q.to, todayInVietnam(ctx.clock.now()));
      return f(ctx, { ...q, unitPath: u.path, asOf });
    };
  registerFigureProvider(
    'plans.plans_issued',
    withUnit((ctx, q) => plansRepo.countPlansIssued(ctx.db, q)),
    'Số kế hoạch công tác dân vận chính quyền đã ban hành',
  );
  registerFigureProvider(
    'plans.tasks_assigned',
    withUnit(async (ctx, q) => (await assignmentsRepo.countAssignments(ctx.db, q)).assigned),
    'Số nhiệm vụ được giao (đến hạn trong kỳ)',
  );
  registerFigureProvider(
    'plans.tasks_done',
    withUnit(async (ctx, q) => (await assignmentsRepo.countAssignments(ctx.db, q)).done),
    'Số nhiệm vụ đã hoàn thành (trong số đến hạn trong kỳ)',
  );
  registerFigureProvider(
    'plans.tasks_overdue',
    withUnit(async (ctx, q) => (await assignmentsRepo.countAssignments(ctx.db, q)).overdue),
    'Số nhiệm vụ quá hạn chưa hoàn thành',
  );
  registerFigureProvider(
    'plans.leader_assigned',
    withUnit((ctx, q) => leadersRepo.countUnitsWithLeader(ctx.db, { ...q, asOf: q.to })),
    'Đã phân công lãnh đạo phụ trách công tác dân vận chính quyền (số đơn vị)',
  );

  registerDailyJob('plans.reminders', (ctx, today) => runPlanReminders(ctx, today));
}
