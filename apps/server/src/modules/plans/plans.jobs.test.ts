import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, like } from 'drizzle-orm';
import { type TestEnv } from '../../../test/harness.ts';
import { sys, type Province } from '../../../test/factories.ts';
import { computeFigures, figureProviderKeys } from '../../core/figures.ts';
import { runDueJobs } from '../../core/jobs.ts';
import { jobRuns } from '../../db/schema/jobs.ts';
import { notifications } from '../../db/schema/notifications.ts';
import {
  type Api,
  json,
  type People,
  PLAN_PARTS,
  plansWorld,
  provincePlan,
  travel,
} from './plans.test-helpers.ts';
import { runPlanReminders } from './plans.jobs.ts';

let env: TestEnv, p: Province, u: People, api: Api;
let planId: number;
let taskId: number;

beforeAll(async () => {
  ({ env, p, u, api } = await plansWorld());
  planId = json(
    await api.post(u.coordinator, '/api/v1/plans', provincePlan(p, { requiredDue: '2026-04-30' })),
  ).id;
  taskId = json(
    await api.post(u.coordinator, `/api/v1/plans/${planId}/tasks`, {
      title: 'Niêm yết lịch tiếp công dân',
      assignTo: { groups: ['khoi_xa'] },
      dueDate: '2026-04-15',
    }),
  ).id;
  await api.post(u.coordinator, `/api/v1/plans/${planId}/tasks`, {
    title: 'Báo cáo tháng',
    assignTo: { unitIds: [p.communeA.id] },
    recurrence: 'monthly',
  });
  const res = await api.post(u.coordinator, `/api/v1/plans/${planId}/issue`, {});
  if (res.statusCode !== 200) throw new Error(res.body);
});
afterAll(() => env.clock.reset());

/** Runs the due daily jobs; another test file of this worker may have run them on the same date already. */
async function runJobs() {
  await env.database.db.delete(jobRuns).where(eq(jobRuns.job, 'plans.reminders'));
  return runDueJobs(env.database.db, env.config, env.clock);
}

async function inbox(userId: number, kind: string) {
  return env.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));
}

describe('reminders (daily job plans.reminders)', () => {
  it('is registered and reminds a week before a task is due, once', async () => {
    expect((await import('../../core/jobs.ts')).dailyJobNames()).toContain('plans.reminders');
    await travel(env, '2026-04-09T01:00:00Z', u);
    const results = await runJobs();
    const mine = results.find((r) => r.job === 'plans.reminders');
    expect(mine?.ok, mine?.error).toBe(true);
    const soonA = await inbox(u.focalA.id, 'plans.task_due_soon');
    expect(soonA.map((n) => n.title)).toEqual(['1 nhiệm vụ đến hạn ngày 15/04/2026']);
    expect(soonA[0].link).toBe('/nhiem-vu-cua-toi');
    // the web translates the code with its parameters (issue 14); the Vietnamese text stays the fallback
    expect(soonA[0]).toMatchObject({
      messageCode: 'plans.task_due_soon',
      messageParams: { count: 1, due: '2026-04-15' },
    });
    expect(await inbox(u.headB.id, 'plans.task_due_soon')).toHaveLength(1);
    expect(await inbox(u.coordinator.id, 'plans.task_due_soon')).toHaveLength(0);
    // the same sweep again (a restart, another instance) repeats nothing
    await runPlanReminders(sys(env), '2026-04-09');
    await runPlanReminders(sys(env), '2026-04-10');
    expect(await inbox(u.focalA.id, 'plans.task_due_soon')).toHaveLength(1);
  });

  it('reminds of overdue tasks and plans once the dates pass, and tells the coordinator who is missing', async () => {
    // commune A finishes its task and issues its plan in time; B and C do neither
    const a = json(await api.get(u.focalA, `/api/v1/plans/my-tasks?unitId=${p.communeA.id}`)).items.find(
      (x: { taskId: number }) => x.taskId === taskId,
    );
    expect(
      (await api.patch(u.focalA, `/api/v1/plans/assignments/${a.id}`, { status: 'done' })).statusCode,
    ).toBe(200);
    const own = json(
      await api.post(u.focalA, '/api/v1/plans', {
        unitId: p.communeA.id,
        year: 2026,
        title: 'Kế hoạch của xã',
        parentPlanId: planId,
        purposes: ['Cụ thể hóa'],
        sections: PLAN_PARTS,
        signerPosition: 'CHỦ TỊCH',
        signerName: 'Phạm Văn Hòa',
      }),
    );
    expect(
      (await api.post(u.headA, `/api/v1/plans/${own.id}/issue`, { numberSymbol: '07/KH-UBND' })).statusCode,
    ).toBe(200);

    await travel(env, '2026-04-24T01:00:00Z', u);
    await runJobs();
    expect((await inbox(u.focalB.id, 'plans.task_overdue')).map((n) => n.title)).toEqual([
      '1 nhiệm vụ quá hạn (hạn 15/04/2026)',
    ]);
    // A finished that task; only its monthly report of March is overdue
    expect((await inbox(u.focalA.id, 'plans.task_overdue')).map((n) => n.title)).toEqual([
      '1 nhiệm vụ quá hạn (hạn 31/03/2026)',
    ]);
    expect((await inbox(u.focalB.id, 'plans.plan_due_soon')).map((n) => n.title)).toEqual([
      'Sắp đến hạn ban hành kế hoạch (30/04/2026)',
    ]);
    expect(await inbox(u.focalA.id, 'plans.plan_due_soon')).toHaveLength(0);

    await travel(env, '2026-05-01T01:00:00Z', u);
    await runJobs();
    await travel(env, '2026-05-02T01:00:00Z', u);
    await runJobs();
    expect(await inbox(u.headB.id, 'plans.plan_overdue')).toHaveLength(1);
    expect(await inbox(u.focalA.id, 'plans.plan_overdue')).toHaveLength(0);
    const coord = await inbox(u.coordinator.id, 'plans.plan_missing');
    expect(coord.map((n) => n.title)).toEqual([
      `Còn 2 đơn vị chưa ban hành kế hoạch thực hiện Kế hoạch số 01/KH-UBND-${p.suffix}`,
    ]);
    expect(coord[0].link).toBe(`/ke-hoach/${planId}/tinh-hinh`);
    // the monthly task of commune A: April's occurrence is overdue, reminded once
    const monthly = await env.database.db
      .select()
      .from(notifications)
      .where(
        and(
          inArray(notifications.userId, [u.focalA.id]),
          like(notifications.title, '%quá hạn (hạn 30/04/2026)%'),
        ),
      );
    expect(monthly).toHaveLength(1);
  });
});

describe('figures for reports', () => {
  it('registers the five keys and counts a unit, or its subtree, over a period', async () => {
    const keys = [
      'plans.plans_issued',
      'plans.tasks_assigned',
      'plans.tasks_done',
      'plans.tasks_overdue',
      'plans.leader_assigned',
    ];
    expect(figureProviderKeys().map((k) => k.key)).toEqual(expect.arrayContaining(keys));
    await travel(env, '2026-05-02T01:00:00Z', u);
    await api.post(u.focalA, '/api/v1/plans/leaders', {
      unitId: p.communeA.id,
      leaderName: 'Phạm Văn Hòa',
      position: 'Phó Chủ tịch UBND xã',
      fromDate: '2026-02-01',
      decisionNumber: '15/QĐ-UBND',
      decisionDate: '2026-01-20',
    });
    const ctx = sys(env);
    const half = { from: '2026-01-01', to: '2026-06-30' };
    const a = await computeFigures(ctx, keys, { unitId: p.communeA.id, ...half });
    // commune A: its own plan; task 1 (done) and the monthly task from March (the plan was issued
    // on 02/3) to June; overdue on 02/5: the months of March and April
    expect(a).toEqual({
      'plans.plans_issued': 1,
      'plans.tasks_assigned': 5,
      'plans.tasks_done': 1,
      'plans.tasks_overdue': 2,
      'plans.leader_assigned': 1,
    });
    const b = await computeFigures(ctx, keys, { unitId: p.communeB.id, ...half });
    expect(b).toMatchObject({
      'plans.plans_issued': 0,
      'plans.tasks_assigned': 1,
      'plans.tasks_done': 0,
      'plans.tasks_overdue': 1,
      'plans.leader_assigned': 0,
    });
    const province = await computeFigures(ctx, keys, { unitId: p.root.id, ...half, subtree: true });
    expect(province).toMatchObject({
      'plans.plans_issued': 2,
      'plans.tasks_assigned': 7,
      'plans.tasks_done': 1,
      'plans.tasks_overdue': 4,
      'plans.leader_assigned': 1,
    });
    const rootOnly = await computeFigures(ctx, keys, { unitId: p.root.id, ...half });
    expect(rootOnly).toMatchObject({ 'plans.plans_issued': 1, 'plans.tasks_assigned': 0 });
    const before = await computeFigures(ctx, keys, {
      unitId: p.root.id,
      from: '2025-01-01',
      to: '2025-12-31',
      subtree: true,
    });
    expect(before).toMatchObject({
      'plans.plans_issued': 0,
      'plans.tasks_assigned': 0,
      'plans.leader_assigned': 0,
    });
  });
});
