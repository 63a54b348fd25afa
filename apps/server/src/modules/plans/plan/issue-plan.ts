/**
 * Issuing a plan (draft → issued): checks the document is complete, fixes the units required to issue
 * their own plan, turns the draft tasks into assignments, and tells the units concerned.
 */
import type { IssuePlan } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, Err, Invalid } from '../../../core/errors.ts';
import { notifyUnit } from '../../notifications/index.ts';
import * as tasksRepo from '../task/task.repository.ts';
import { assigneesOf, checkSchedule, materialize } from '../task/task-schedule.ts';
import { emptySelector, fmt, resolveSelector } from '../shared/refs.ts';
import * as repo from './plan.repository.ts';
import { authorizePlan, planOpenFor } from './plan.policy.ts';
import { auditable, presentPlan } from './plan.present.ts';
import { loadPlan } from './read-plan.ts';
import { missingForIssue, type IssueProblem } from './issue-check.ts';

/** "Chưa có …" → "chưa có …", keeping proper names and quoted labels as written. */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const UNIT_ROLES = ['unit_head', 'focal_officer'] as const;

export async function issuePlan(ctx: Ctx, id: number, input: IssuePlan) {
  // Everything is read and checked inside the transaction, with the plan's row locked: two issues
  // sent at once are serialised, and the second finds the plan issued (422) instead of issuing twice.
  return inTx(ctx, async (tx, c) => {
    await repo.lockPlan(tx, id);
    const plan = await loadPlan(c, id);
    const unit = { id: plan.unitId, path: plan.unitPath };
    authorizePlan(c, 'issue', plan, 'Chỉ thủ trưởng đơn vị hoặc cơ quan tham mưu được ban hành kế hoạch.');
    if (!planOpenFor('issue', plan)) throw Err.state_invalid('Kế hoạch đã được ban hành.');

    const t = today(c);
    const issuedOn = input.issuedOn ?? t;
    const numberSymbol = (input.numberSymbol ?? plan.numberSymbol).trim();
    const problems: IssueProblem[] = [];
    if (issuedOn > t)
      problems.push({ path: 'issuedOn', message: 'Ngày ban hành không được sau ngày hôm nay' });
    if (!numberSymbol || numberSymbol.startsWith('/'))
      problems.push({ path: 'numberSymbol', message: 'Chưa có số, ký hiệu văn bản' });
    problems.push(...missingForIssue(plan));
    if (plan.requiredDue && plan.requiredDue < issuedOn)
      problems.push({
        path: 'requiredDue',
        message: 'Hạn ban hành kế hoạch của đơn vị phải sau ngày ban hành',
      });
    if (problems.length)
      throw Err.rule_violation(
        `Chưa thể ban hành kế hoạch: ${problems.map((p) => lowerFirst(p.message)).join('; ')}.`,
        { errors: problems },
      );
    const hasSelector = !emptySelector(plan.requiredSelector);

    if (plan.parentPlanId) {
      const parent = await repo.getPlan(tx, plan.parentPlanId);
      if (!parent || parent.status !== 'issued') throw Invalid('Kế hoạch cấp trên chưa được ban hành.');
    }

    if (await repo.issuedWithNumber(tx, plan.unitId, plan.year, numberSymbol, plan.id))
      throw Conflict(`Đơn vị đã ban hành một văn bản số ${numberSymbol} trong năm ${plan.year}.`, {
        numberSymbol,
      });
    if (plan.parentPlanId) {
      const other = await repo.issuedChildOf(tx, plan.parentPlanId, plan.unitId);
      if (other)
        throw Conflict(
          `Đơn vị đã ban hành kế hoạch số ${other.numberSymbol} thực hiện kế hoạch cấp trên này.`,
        );
    }
    // the required units as they stand on the day of issue
    let required: number[] = [];
    if (hasSelector) {
      required = (
        await resolveSelector(c, plan.requiredSelector!, unit, issuedOn, {
          includeOwner: false,
          label: 'Đơn vị phải xây dựng kế hoạch',
          requireManage: false,
        })
      ).map((u) => u.id);
      if (!required.length) throw Invalid('Không có đơn vị nào thuộc diện phải xây dựng kế hoạch.');
      await repo.setRequiredUnits(tx, plan.id, required);
    }
    // the draft tasks become assignments
    const taskIds = await tasksRepo.taskIdsOfPlan(tx, plan.id, ['draft']);
    const assigneeUnits = new Map<number, number>();
    let assignmentCount = 0;
    for (const taskId of taskIds) {
      const task = (await tasksRepo.getTask(tx, taskId))!;
      checkSchedule(task, plan.year, issuedOn);
      const units = await assigneesOf(c, task, unit, issuedOn, false);
      assignmentCount += await materialize(
        c,
        task,
        plan.year,
        units.map((u) => u.id),
        issuedOn,
      );
      for (const u of units) assigneeUnits.set(u.id, (assigneeUnits.get(u.id) ?? 0) + 1);
      await tasksRepo.updateTask(tx, taskId, { status: 'assigned', updatedAt: c.clock.now() });
    }
    await repo.updatePlan(tx, plan.id, {
      status: 'issued',
      numberSymbol,
      issuedOn,
      issuedAt: c.clock.now(),
      issuedBy: c.actor?.system ? null : c.actor?.userId,
      updatedAt: c.clock.now(),
    });
    const after = (await repo.getPlan(tx, plan.id))!;
    await audit(tx, c, {
      entity: 'plan',
      entityId: plan.id,
      unitId: plan.unitId,
      action: 'issue',
      before: { status: 'draft' },
      after: {
        ...auditable(after),
        requiredUnits: required.length,
        tasks: taskIds.length,
        assignments: assignmentCount,
      },
    });

    const link = `/ke-hoach/${plan.id}`;
    const name = `Kế hoạch số ${numberSymbol} của ${plan.unitName}`;
    for (const unitId of required)
      await notifyUnit(tx, c, unitId, [...UNIT_ROLES], {
        kind: 'plans.plan_required',
        title: `${name}: đơn vị phải ban hành kế hoạch trước ngày ${fmt(plan.requiredDue)}`,
        body: `${plan.title}. Đơn vị xây dựng, ban hành kế hoạch của mình và liên kết với kế hoạch này trước ngày ${fmt(plan.requiredDue)}.`,
        link,
        dedupeKey: `plans:required:${plan.id}`,
      });
    for (const [unitId, n] of assigneeUnits)
      await notifyUnit(tx, c, unitId, [...UNIT_ROLES], {
        kind: 'plans.tasks_assigned',
        title: `${name}: đơn vị được giao ${n} nhiệm vụ`,
        body: plan.title,
        link: '/nhiem-vu-cua-toi',
        dedupeKey: `plans:assigned:${plan.id}`,
      });
    return presentPlan(c, after);
  });
}
