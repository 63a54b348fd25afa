/** Plans and tasks refused with Vietnamese messages, and the guards of the issued-plan workflow. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv } from '../../../test/harness.ts';
import { type Province } from '../../../test/factories.ts';
import { type Api, json, type People, plansWorld, provincePlan } from './plans.test-helpers.ts';

let env: TestEnv, p: Province, u: People, api: Api;

beforeAll(async () => {
  ({ env, p, u, api } = await plansWorld());
});
afterAll(() => env.clock.reset());

describe('validation: Vietnamese messages, nothing changes', () => {
  it('refuses incomplete plans and tasks', async () => {
    const bad = await api.post(u.coordinator, '/api/v1/plans', {
      unitId: p.root.id,
      year: 2026,
      title: '  ',
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).detail).toContain('Trích yếu kế hoạch: không được để trống');

    const draft = json(
      await api.post(
        u.coordinator,
        '/api/v1/plans',
        provincePlan(p, { numberSymbol: '', signerName: '', requiredDue: null }),
      ),
    );
    const issue = await api.post(u.coordinator, `/api/v1/plans/${draft.id}/issue`, {
      issuedOn: '2026-03-10',
    });
    expect(issue.statusCode).toBe(422);
    const problem = json(issue);
    expect(problem.detail).toMatch(/^Chưa thể ban hành kế hoạch/);
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'issuedOn',
      'numberSymbol',
      'requiredDue',
      'signerName',
    ]);
    expect(json(await api.get(u.coordinator, `/api/v1/plans/${draft.id}`)).status).toBe('draft');

    const noDue = await api.post(u.coordinator, `/api/v1/plans/${draft.id}/tasks`, {
      title: 'Nhiệm vụ thiếu hạn',
      assignTo: { groups: ['khoi_xa'] },
    });
    expect(noDue.statusCode).toBe(400);
    expect(json(noDue).detail).toContain('phải có thời hạn');
    const outOfYear = await api.post(u.coordinator, `/api/v1/plans/${draft.id}/tasks`, {
      title: 'Nhiệm vụ định kỳ năm sau',
      assignTo: { groups: ['khoi_xa'] },
      recurrence: 'monthly',
      dueDate: '2027-01-31',
    });
    expect(json(outOfYear).detail).toContain('không có kỳ hạn nào trong năm 2026');
    const foreign = await api.post(u.coordinator, `/api/v1/plans/${draft.id}/tasks`, {
      title: 'Giao cho tỉnh khác',
      assignTo: { unitIds: [p.otherCommune.id] },
      dueDate: '2026-06-30',
    });
    expect(foreign.statusCode).toBe(400);
    expect(json(foreign).detail).toContain('ngoài phạm vi');
    const nobody = await api.post(u.coordinator, `/api/v1/plans/${draft.id}/tasks`, {
      title: 'Giao cho nhóm không tồn tại',
      assignTo: { groups: ['khoi_khong_co'] },
      dueDate: '2026-06-30',
    });
    expect(json(nobody).detail).toContain('Nhóm đơn vị không tồn tại');
    expect(json(await api.get(u.coordinator, `/api/v1/plans/${draft.id}/tasks`)).items).toEqual([]);

    // a unit head may not assign tasks to other units, nor require their plans
    const headPlan = await api.post(u.headA, '/api/v1/plans', {
      unitId: p.communeA.id,
      year: 2026,
      title: 'Kế hoạch của xã',
      requiredSelector: { unitIds: [p.communeB.id] },
    });
    expect(headPlan.statusCode).toBe(403);
  });

  it('guards the workflow of an issued plan and of assignments', async () => {
    const plan = json(
      await api.post(
        u.coordinator,
        '/api/v1/plans',
        provincePlan(p, { numberSymbol: `02/KH-UBND-${p.suffix}` }),
      ),
    );
    const task = json(
      await api.post(u.coordinator, `/api/v1/plans/${plan.id}/tasks`, {
        title: 'Rà soát quy chế dân chủ',
        assignTo: { groups: ['khoi_xa'] },
        dueDate: '2026-05-31',
      }),
    );
    expect((await api.post(u.coordinator, `/api/v1/plans/${plan.id}/issue`, {})).statusCode).toBe(200);
    expect((await api.post(u.coordinator, `/api/v1/plans/${plan.id}/issue`, {})).statusCode).toBe(409);
    const edit = await api.patch(u.coordinator, `/api/v1/plans/${plan.id}`, {
      title: 'Đổi tên sau khi ban hành',
    });
    expect(edit.statusCode).toBe(409);
    expect(json(edit).code).toBe('state_invalid');
    expect((await api.del(u.coordinator, `/api/v1/plans/${plan.id}`)).statusCode).toBe(409);
    // the requirement of an issued plan may still be adjusted by the coordinator
    const moved = await api.patch(u.coordinator, `/api/v1/plans/${plan.id}`, { requiredDue: '2026-05-15' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(json(moved).requiredDue).toBe('2026-05-15');
    expect(
      (await api.patch(u.coordinator, `/api/v1/plans/${plan.id}`, { requiredDue: '2026-01-01' })).statusCode,
    ).toBe(400);

    const mine = json(
      await api.get(u.focalA, `/api/v1/plans/my-tasks?unitId=${p.communeA.id}&planId=${plan.id}`),
    );
    const a = mine.items[0];
    const cases: [unknown, number, string][] = [
      [{ status: 'in_progress', progress: 100 }, 400, 'Tiến độ 100%'],
      [{ status: 'not_started', progress: 20 }, 400, 'tiến độ phải là 0%'],
      [{ status: 'done', completedOn: '2026-12-01' }, 400, 'không được sau ngày hôm nay'],
      [{ status: 'done', completedOn: '2026-01-01' }, 400, 'trước ngày ban hành kế hoạch'],
      [{ progress: 150 }, 400, 'Tiến độ (%): phải từ 0 đến 100'],
      [{ status: 'in_progress', completedOn: '2026-03-01' }, 400, 'Chỉ nhập ngày hoàn thành'],
      [{}, 400, 'Không có thông tin nào để cập nhật'],
    ];
    for (const [body, status, message] of cases) {
      const res = await api.patch(u.focalA, `/api/v1/plans/assignments/${a.id}`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(json(res).detail, JSON.stringify(body)).toContain(message);
    }
    expect(
      (await api.patch(u.focalA, `/api/v1/plans/assignments/${a.id}`, { status: 'done' })).statusCode,
    ).toBe(200);
    const back = await api.patch(u.focalA, `/api/v1/plans/assignments/${a.id}`, { status: 'not_started' });
    expect(back.statusCode).toBe(409);
    expect(json(back).detail).toBe('Không thể chuyển từ "Hoàn thành" sang "Chưa thực hiện".');
    const reopened = json(
      await api.patch(u.focalA, `/api/v1/plans/assignments/${a.id}`, { status: 'in_progress' }),
    );
    expect(reopened).toMatchObject({ status: 'in_progress', progress: 90, completedOn: null });

    // cancelling the task closes the assignments
    const cancel = await api.post(u.coordinator, `/api/v1/plans/tasks/${task.id}/cancel`, {
      reason: 'Trùng nội dung',
    });
    expect(json(cancel).status).toBe('cancelled');
    const closed = await api.patch(u.focalA, `/api/v1/plans/assignments/${a.id}`, { progress: 95 });
    expect(closed.statusCode).toBe(409);
    expect(json(closed).detail).toContain('đã bị hủy');
    expect(json(await api.get(u.focalA, `/api/v1/plans/assignments/${a.id}`)).can.update).toBe(false);
  });

  it('adds units to an assigned task and refuses to drop a unit that has reported', async () => {
    const plan = json(
      await api.post(
        u.coordinator,
        '/api/v1/plans',
        provincePlan(p, { numberSymbol: `03/KH-UBND-${p.suffix}` }),
      ),
    );
    const task = json(
      await api.post(u.coordinator, `/api/v1/plans/${plan.id}/tasks`, {
        title: 'Đối thoại với Nhân dân',
        assignTo: { unitIds: [p.communeA.id] },
        dueDate: '2026-07-31',
      }),
    );
    await api.post(u.coordinator, `/api/v1/plans/${plan.id}/issue`, {});
    const widened = await api.patch(u.coordinator, `/api/v1/plans/tasks/${task.id}`, {
      assignTo: { groups: ['khoi_xa'] },
      dueDate: '2026-08-15',
    });
    expect(widened.statusCode, widened.body).toBe(200);
    expect(json(widened).progress.total).toBe(3);
    const a = json(
      await api.get(u.focalA, `/api/v1/plans/my-tasks?unitId=${p.communeA.id}&planId=${plan.id}`),
    ).items[0];
    expect(a.periodDue).toBe('2026-08-15');
    await api.patch(u.focalA, `/api/v1/plans/assignments/${a.id}`, { progress: 10 });
    const narrowed = await api.patch(u.coordinator, `/api/v1/plans/tasks/${task.id}`, {
      assignTo: { unitIds: [p.communeB.id] },
    });
    expect(narrowed.statusCode).toBe(409);
    expect(json(narrowed).detail).toContain('đã cập nhật tiến độ');
    const recur = await api.patch(u.coordinator, `/api/v1/plans/tasks/${task.id}`, { recurrence: 'monthly' });
    expect(recur.statusCode).toBe(409);
  });
});
