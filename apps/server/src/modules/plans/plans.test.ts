import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv } from '../../../test/harness.ts';
import { type Province } from '../../../test/factories.ts';
import {
  type Api,
  json,
  PDF,
  type People,
  PLAN_PARTS,
  plansWorld,
  provincePlan,
  travel,
} from './plans.test-helpers.ts';

let env: TestEnv, p: Province, u: People, api: Api;

beforeAll(async () => {
  ({ env, p, u, api } = await plansWorld());
});
afterAll(() => env.clock.reset());

describe('the cascade: a province plan, tasks for the communes, their progress and their own plans', () => {
  let planId: number;
  let onceTaskId: number;
  let quarterlyTaskId: number;

  it('a coordinator drafts a plan that requires the communes’ plans, with tasks for the group of communes', async () => {
    const res = await api.post(u.coordinator, '/api/v1/plans', provincePlan(p));
    expect(res.statusCode, res.body).toBe(200);
    const plan = json(res);
    planId = plan.id;
    expect(plan.status).toBe('draft');
    expect(plan.requiredCount).toBe(3);
    expect(plan.issuerName).toBe(p.root.name);
    expect(plan.place).toBe(`Thử Nghiệm ${p.suffix}`);
    expect(plan.can).toMatchObject({ update: true, issue: true, delete: true, addTask: true });

    const t1 = await api.post(u.coordinator, `/api/v1/plans/${planId}/tasks`, {
      code: 'II.1.1',
      sectionNumber: 'II.1',
      title: 'Quán triệt chủ trương của Đảng về công tác dân vận',
      assignTo: { groups: ['khoi_xa'] },
      dueDate: '2026-06-30',
      expectedProduct: 'Văn bản quán triệt',
    });
    expect(t1.statusCode, t1.body).toBe(200);
    expect(json(t1).status).toBe('draft');
    onceTaskId = json(t1).id;
    const t2 = await api.post(u.coordinator, `/api/v1/plans/${planId}/tasks`, {
      code: 'II.5.2',
      sectionNumber: 'II.1',
      title: 'Tiếp công dân định kỳ',
      assignTo: { groups: ['khoi_xa'], unitIds: [p.dept.id] },
      recurrence: 'quarterly',
      leadUnitId: p.dept.id,
      expectedProduct: 'Sổ tiếp công dân',
    });
    expect(t2.statusCode, t2.body).toBe(200);
    quarterlyTaskId = json(t2).id;
    expect(json(t2).leadUnit.id).toBe(p.dept.id);

    // a draft of a superior is invisible below it
    expect((await api.get(u.focalA, `/api/v1/plans/${planId}`)).statusCode).toBe(404);
    expect((await api.get(u.focalA, `/api/v1/plans/my-tasks?unitId=${p.communeA.id}`)).json().total).toBe(0);
  });

  it('issues it: the tasks become assignments, one per commune (and per quarter), and the communes are told', async () => {
    const res = await api.post(u.coordinator, `/api/v1/plans/${planId}/issue`, {});
    expect(res.statusCode, res.body).toBe(200);
    const plan = json(res);
    expect(plan.status).toBe('issued');
    expect(plan.issuedOn).toBe('2026-03-02');
    expect(plan.issuedByName).toBe('Nguyễn Thị Thu Hà');
    expect(plan.can.update).toBe(false);

    const tasks = json(await api.get(u.coordinator, `/api/v1/plans/${planId}/tasks`)).items;
    expect(tasks.map((t: { status: string }) => t.status)).toEqual(['assigned', 'assigned']);
    expect(tasks[0].progress.total).toBe(3);
    expect(tasks[1].progress.total).toBe(16); // 4 units × 4 quarters

    const inbox = json(await api.get(u.focalA, '/api/v1/notifications'));
    const titles = inbox.items.map((n: { title: string }) => n.title).join('\n');
    expect(titles).toContain('đơn vị phải ban hành kế hoạch trước ngày 30/04/2026');
    expect(titles).toContain('được giao 2 nhiệm vụ');
  });

  it('a commune officer sees the plan and the tasks as “my tasks”, and records progress with an evidence file', async () => {
    expect((await api.get(u.focalA, `/api/v1/plans/${planId}`)).statusCode).toBe(200);
    const mine = json(await api.get(u.focalA, `/api/v1/plans/my-tasks?unitId=${p.communeA.id}`));
    expect(mine.unit.id).toBe(p.communeA.id);
    expect(mine.total).toBe(5);
    expect(mine.counts).toMatchObject({ open: 5, overdue: 0, done: 0 });
    expect(mine.items[0].periodDue).toBe('2026-03-31');
    expect(mine.items[0].periodLabel).toBe('Quý I/2026');
    expect(mine.items[0].deadline).toBe('pending');
    const once = mine.items.find((a: { taskId: number }) => a.taskId === onceTaskId);
    expect(once.can).toEqual({ update: true, attach: true });

    const progress = await api.patch(u.focalA, `/api/v1/plans/assignments/${once.id}`, {
      progress: 60,
      note: 'Đã tổ chức hội nghị quán triệt.',
    });
    expect(progress.statusCode, progress.body).toBe(200);
    expect(json(progress)).toMatchObject({ status: 'in_progress', progress: 60 });

    const up = await api.upload(u.focalA, `/api/v1/files?entity=task_assignment&entityId=${once.id}`, {
      name: 'Biên bản hội nghị quán triệt.pdf',
      content: PDF,
    });
    expect(up.statusCode, up.body).toBe(201);

    const done = await api.patch(u.focalA, `/api/v1/plans/assignments/${once.id}`, { status: 'done' });
    expect(done.statusCode, done.body).toBe(200);
    const d = json(done);
    expect(d).toMatchObject({
      status: 'done',
      progress: 100,
      completedOn: '2026-03-02',
      deadline: 'done_on_time',
      fileCount: 1,
    });
    expect(d.history.map((h: { action: string }) => h.action)).toEqual(['status:in_progress', 'status:done']);
    expect(d.history[1].actorName).toBe('Đỗ Thị Mai');

    // another commune's assignment reads as not found; a read-only role may not write
    expect((await api.get(u.focalB, `/api/v1/plans/assignments/${once.id}`)).statusCode).toBe(404);
    expect(
      (await api.patch(u.focalB, `/api/v1/plans/assignments/${once.id}`, { progress: 10 })).statusCode,
    ).toBe(404);
    expect(
      (await api.patch(u.supervisor, `/api/v1/plans/assignments/${once.id}`, { progress: 10 })).statusCode,
    ).toBe(403);
    expect((await api.get(u.supervisor, `/api/v1/plans/assignments/${once.id}`)).statusCode).toBe(200);
  });

  it('the coordinator’s matrix shows each commune’s cell, and the totals per task', async () => {
    const m = json(await api.get(u.coordinator, `/api/v1/plans/${planId}/matrix`));
    expect(m.totalUnits).toBe(4);
    expect(m.tasks.map((t: { id: number }) => t.id)).toEqual([onceTaskId, quarterlyTaskId]);
    expect(m.tasks[0].summary).toMatchObject({ total: 3, done: 1 });
    const a = m.units.find((x: { id: number }) => x.id === p.communeA.id);
    expect(a.cells[String(onceTaskId)]).toMatchObject({
      status: 'done',
      deadline: 'done_on_time',
      total: 1,
      done: 1,
    });
    expect(a.cells[String(quarterlyTaskId)]).toMatchObject({
      status: 'not_started',
      periodDue: '2026-03-31',
      total: 4,
    });
    const dept = m.units.find((x: { id: number }) => x.id === p.dept.id);
    expect(dept.cells[String(onceTaskId)]).toBeUndefined();

    const communes = json(
      await api.get(
        u.coordinator,
        `/api/v1/plans/${planId}/matrix?group=khoi_xa&q=${encodeURIComponent('hoa binh')}`,
      ),
    );
    expect(communes.units.map((x: { id: number }) => x.id)).toEqual([p.communeA.id]);
    const done = json(await api.get(u.coordinator, `/api/v1/plans/${planId}/matrix?state=done`));
    expect(done.units.map((x: { id: number }) => x.id)).toEqual([p.communeA.id]);
    // a commune sees only its own row
    const mineOnly = json(await api.get(u.focalA, `/api/v1/plans/${planId}/matrix`));
    expect(mineOnly.units.map((x: { id: number }) => x.id)).toEqual([p.communeA.id]);
  });

  it('the commune drafts its own plan linked to the province’s, its head issues it, and compliance follows', async () => {
    const before = json(await api.get(u.coordinator, `/api/v1/plans/${planId}/compliance`));
    expect(before.summary).toMatchObject({ total: 3, pending: 3, issued: 0 });

    const req = json(await api.get(u.focalA, `/api/v1/plans/requirements?unitId=${p.communeA.id}`)).items;
    expect(req).toEqual([
      expect.objectContaining({ planId, requiredDue: '2026-04-30', status: 'pending', ownPlanId: null }),
    ]);

    const draft = await api.post(u.focalA, '/api/v1/plans', {
      unitId: p.communeA.id,
      year: 2026,
      title: 'Triển khai công tác dân vận chính quyền năm 2026 trên địa bàn xã',
      parentPlanId: planId,
      purposes: ['Cụ thể hóa Kế hoạch của tỉnh.'],
      sections: PLAN_PARTS,
      signerAuthority: 'KT. CHỦ TỊCH',
      signerPosition: 'PHÓ CHỦ TỊCH',
      signerName: 'Phạm Văn Hòa',
    });
    expect(draft.statusCode, draft.body).toBe(200);
    const own = json(draft);
    expect(own.place).toBe(`Hòa Bình ${p.suffix}`);
    expect(own.parentPlanTitle).toContain('năm 2026');
    const drafting = json(await api.get(u.coordinator, `/api/v1/plans/${planId}/compliance`));
    expect(drafting.rows.find((r: { unitId: number }) => r.unitId === p.communeA.id)).toMatchObject({
      status: 'pending',
      hasDraft: true,
    });

    // the focal officer may draft but not issue
    expect(
      (await api.post(u.focalA, `/api/v1/plans/${own.id}/issue`, { numberSymbol: '05/KH-UBND' })).statusCode,
    ).toBe(403);
    const issued = await api.post(u.headA, `/api/v1/plans/${own.id}/issue`, { numberSymbol: '05/KH-UBND' });
    expect(issued.statusCode, issued.body).toBe(200);

    const after = json(await api.get(u.coordinator, `/api/v1/plans/${planId}/compliance`));
    expect(after.summary).toMatchObject({ total: 3, issued: 1, pending: 2, issuedRate: 33.3 });
    expect(after.rows.find((r: { unitId: number }) => r.unitId === p.communeA.id)).toMatchObject({
      status: 'issued',
      ownPlanId: own.id,
      ownPlanNumberSymbol: '05/KH-UBND',
      ownPlanIssuedOn: '2026-03-02',
    });
    expect(
      json(await api.get(u.focalA, `/api/v1/plans/requirements?unitId=${p.communeA.id}`)).items[0],
    ).toMatchObject({
      status: 'issued',
      ownPlanId: own.id,
    });

    // a second plan of the same commune answering the same plan cannot be issued
    const again = json(
      await api.post(u.focalA, '/api/v1/plans', {
        unitId: p.communeA.id,
        year: 2026,
        title: 'Kế hoạch trùng',
        parentPlanId: planId,
        purposes: ['x'],
        sections: PLAN_PARTS,
        signerPosition: 'CHỦ TỊCH',
        signerName: 'Phạm Văn Hòa',
      }),
    );
    const dup = await api.post(u.headA, `/api/v1/plans/${again.id}/issue`, { numberSymbol: '06/KH-UBND' });
    expect(dup.statusCode).toBe(409);
    expect(json(dup).detail).toContain('05/KH-UBND');
    expect(json(await api.get(u.focalA, `/api/v1/plans/${again.id}`)).status).toBe('draft');
    expect((await api.del(u.focalA, `/api/v1/plans/${again.id}`)).statusCode).toBe(204);
  });

  it('when the date passes, the communes without a plan are missing, the late one is late', async () => {
    await travel(env, '2026-05-05T02:00:00Z', u);
    try {
      const c = json(await api.get(u.coordinator, `/api/v1/plans/${planId}/compliance`));
      expect(c.summary).toMatchObject({ issued: 1, missing: 2, pending: 0 });
      const missing = json(await api.get(u.coordinator, `/api/v1/plans/${planId}/compliance?status=missing`));
      expect(missing.rows.map((r: { unitId: number }) => r.unitId).sort()).toEqual(
        [p.communeB.id, p.communeC.id].sort(),
      );
      expect(missing.rows[0].daysLate).toBe(5);
      // commune B issues late
      const ownB = json(
        await api.post(u.focalB, '/api/v1/plans', {
          unitId: p.communeB.id,
          year: 2026,
          title: 'Kế hoạch của xã Đồng Tâm',
          parentPlanId: planId,
          purposes: ['Cụ thể hóa.'],
          sections: PLAN_PARTS,
          signerPosition: 'CHỦ TỊCH',
          signerName: 'Lê Văn B',
        }),
      );
      expect(
        (await api.post(u.headB, `/api/v1/plans/${ownB.id}/issue`, { numberSymbol: '11/KH-UBND' }))
          .statusCode,
      ).toBe(200);
      const late = json(await api.get(u.coordinator, `/api/v1/plans/${planId}/compliance`));
      expect(late.rows.find((r: { unitId: number }) => r.unitId === p.communeB.id)).toMatchObject({
        status: 'late',
        daysLate: 5,
      });
      expect(late.summary).toMatchObject({ issued: 1, late: 1, missing: 1 });
      // and the overdue quarter shows in "my tasks"
      const mine = json(
        await api.get(u.focalA, `/api/v1/plans/my-tasks?unitId=${p.communeA.id}&state=overdue`),
      );
      expect(mine.items.map((a: { periodLabel: string }) => a.periodLabel)).toEqual(['Quý I/2026']);
      expect(mine.items[0].deadline).toBe('overdue');
    } finally {
      await travel(env, '2026-03-02T02:00:00Z', u);
    }
  });

  it('every step is in the audit trail', async () => {
    const plan = json(await api.get(u.coordinator, `/api/v1/audit?entity=plan&unitId=${p.root.id}`));
    const actions = plan.items
      .filter((a: { entityId: string }) => a.entityId === String(planId))
      .map((a: { action: string }) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['create', 'issue']));
    const tasks = json(await api.get(u.coordinator, `/api/v1/audit?entity=plan_task&unitId=${p.root.id}`));
    expect(
      tasks.items.filter((a: { action: string }) => a.action === 'create').length,
    ).toBeGreaterThanOrEqual(2);
    const assignments = json(
      await api.get(u.coordinator, `/api/v1/audit?entity=task_assignment&unitId=${p.communeA.id}`),
    );
    expect(assignments.items.length).toBeGreaterThanOrEqual(2);
    expect(assignments.items[0].before).toBeTruthy();
  });

  it('scope: siblings and other provinces read as not found; superiors’ issued plans are shared down', async () => {
    const ownA = json(await api.get(u.focalA, `/api/v1/plans?unitId=${p.communeA.id}`)).items[0];
    expect((await api.get(u.focalB, `/api/v1/plans/${ownA.id}`)).statusCode).toBe(404);
    expect((await api.get(u.otherCoordinator, `/api/v1/plans/${planId}`)).statusCode).toBe(404);
    expect((await api.get(u.otherCoordinator, `/api/v1/plans/${planId}/matrix`)).statusCode).toBe(404);
    expect((await api.get(u.focalB, `/api/v1/plans?unitId=${p.communeA.id}`)).statusCode).toBe(404);
    const listB = json(await api.get(u.focalB, '/api/v1/plans?pageSize=200'));
    const ids = listB.items.map((x: { id: number }) => x.id);
    expect(ids).toContain(planId); // the province's issued plan
    expect(ids).not.toContain(ownA.id);
    // the task of the province plan is readable; its assignments list only the reader's scope
    const task = json(await api.get(u.focalB, `/api/v1/plans/tasks/${onceTaskId}`));
    expect(task.progress.total).toBe(1);
    expect(task.can.update).toBe(false);
    // the coordinator sees every commune's plan
    const all = json(await api.get(u.coordinator, `/api/v1/plans?parentPlanId=${planId}`));
    expect(all.total).toBe(2);
  });
});
