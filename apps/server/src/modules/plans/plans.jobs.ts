/**
 * The daily reminder sweep ('plans.reminders'): units are told a few days before their tasks fall due
 * and once they are overdue, and before and after the date by which they must issue their own plan;
 * the coordinating unit is told how many units are still missing. Every message carries a dedupe key,
 * so a sweep that runs again (or catches up after a missed day) never repeats it.
 */
import { addDays } from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { notifyUnit } from '../notifications/index.ts';
import * as plansRepo from './plan/plan.repository.ts';
import * as assignmentsRepo from './assignment/assignment.repository.ts';
import { fmt } from './shared/refs.ts';

/** Days before a due date when the first reminder goes out. */
export const REMIND_DAYS_BEFORE = 7;
/** How far back an overdue item is still reminded (a sweep missed for a while catches up). */
const OVERDUE_LOOKBACK_DAYS = 30;
const UNIT_ROLES = ['unit_head', 'focal_officer'] as const;

export async function runPlanReminders(ctx: Ctx, today: string) {
  const soonTo = addDays(today, REMIND_DAYS_BEFORE);
  const lateFrom = addDays(today, -OVERDUE_LOOKBACK_DAYS);
  const yesterday = addDays(today, -1);
  const out = { tasksDueSoon: 0, tasksOverdue: 0, plansDueSoon: 0, plansOverdue: 0, coordinators: 0 };

  for (const g of await assignmentsRepo.openDueByUnit(ctx.db, today, soonTo))
    out.tasksDueSoon += await notifyUnit(ctx.db, ctx, g.unitId, [...UNIT_ROLES], {
      kind: 'plans.task_due_soon',
      title: `${g.count} nhiệm vụ đến hạn ngày ${fmt(g.due)}`,
      body: `Đơn vị có ${g.count} nhiệm vụ chưa hoàn thành, đến hạn ngày ${fmt(g.due)}. Vui lòng cập nhật tiến độ và tệp minh chứng.`,
      link: '/nhiem-vu-cua-toi',
      params: { count: g.count, due: g.due },
      dedupeKey: `plans:task-due-soon:${g.unitId}:${g.due}`,
    });
  for (const g of await assignmentsRepo.openDueByUnit(ctx.db, lateFrom, yesterday))
    out.tasksOverdue += await notifyUnit(ctx.db, ctx, g.unitId, [...UNIT_ROLES], {
      kind: 'plans.task_overdue',
      title: `${g.count} nhiệm vụ quá hạn (hạn ${fmt(g.due)})`,
      body: `Đơn vị có ${g.count} nhiệm vụ đã quá hạn ngày ${fmt(g.due)} mà chưa hoàn thành.`,
      link: '/nhiem-vu-cua-toi?state=overdue',
      params: { count: g.count, due: g.due },
      dedupeKey: `plans:task-overdue:${g.unitId}:${g.due}`,
    });

  for (const r of await plansRepo.openRequirements(ctx.db, today, soonTo))
    out.plansDueSoon += await notifyUnit(ctx.db, ctx, r.unitId, [...UNIT_ROLES], {
      kind: 'plans.plan_due_soon',
      title: `Sắp đến hạn ban hành kế hoạch (${fmt(r.requiredDue)})`,
      body: `Đơn vị chưa ban hành kế hoạch thực hiện Kế hoạch số ${r.numberSymbol} "${r.title}"; hạn ban hành là ngày ${fmt(r.requiredDue)}.`,
      link: `/ke-hoach/${r.planId}`,
      params: { number: r.numberSymbol, title: r.title, due: r.requiredDue },
      dedupeKey: `plans:plan-due-soon:${r.planId}`,
    });
  const missing = new Map<number, { planUnitId: number; numberSymbol: string; due: string; n: number }>();
  for (const r of await plansRepo.openRequirements(ctx.db, lateFrom, yesterday)) {
    out.plansOverdue += await notifyUnit(ctx.db, ctx, r.unitId, [...UNIT_ROLES], {
      kind: 'plans.plan_overdue',
      title: `Quá hạn ban hành kế hoạch (hạn ${fmt(r.requiredDue)})`,
      body: `Đơn vị chưa ban hành kế hoạch thực hiện Kế hoạch số ${r.numberSymbol} "${r.title}"; hạn ban hành là ngày ${fmt(r.requiredDue)}.`,
      link: `/ke-hoach/${r.planId}`,
      params: { number: r.numberSymbol, title: r.title, due: r.requiredDue },
      dedupeKey: `plans:plan-overdue:${r.planId}`,
    });
    const m = missing.get(r.planId) ?? {
      planUnitId: r.planUnitId,
      numberSymbol: r.numberSymbol,
      due: r.requiredDue,
      n: 0,
    };
    m.n++;
    missing.set(r.planId, m);
  }
  for (const [planId, m] of missing)
    out.coordinators += await notifyUnit(ctx.db, ctx, m.planUnitId, ['coordinator'], {
      kind: 'plans.plan_missing',
      title: `Còn ${m.n} đơn vị chưa ban hành kế hoạch thực hiện Kế hoạch số ${m.numberSymbol}`,
      body: `Hạn ban hành là ngày ${fmt(m.due)}. Xem danh sách tại trang tình hình ban hành kế hoạch.`,
      link: `/ke-hoach/${planId}/tinh-hinh`,
      params: { count: m.n, number: m.numberSymbol, due: m.due },
      dedupeKey: `plans:plan-missing:${planId}`,
    });
  return out;
}
