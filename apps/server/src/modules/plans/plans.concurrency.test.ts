/**
 * Concurrent writes on PostgreSQL (PGlite has one connection and serialises everything, so these
 * only mean something on the throwaway cluster): the same transition sent several times at once must
 * happen once, and the losers get a clean 4xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type TestEnv } from '../../../test/harness.ts';
import { type Province } from '../../../test/factories.ts';
import { type Api, json, type People, plansWorld, provincePlan } from './plans.test-helpers.ts';

let env: TestEnv, p: Province, u: People, api: Api;

const N = 4;

async function rows<T>(q: ReturnType<typeof sql>): Promise<T[]> {
  return ((await env.database.db.execute(q)) as unknown as { rows: T[] }).rows;
}

describe.skipIf(process.env.TEST_DB !== 'postgres')('plans: concurrent writes on PostgreSQL', () => {
  beforeAll(async () => {
    ({ env, p, u, api } = await plansWorld());
  });
  afterAll(() => env.clock.reset());

  let planId: number;

  it(`${N} concurrent issues of one draft: one is issued, the others are refused, one issue event`, async () => {
    const plan = json(await api.post(u.coordinator, '/api/v1/plans', provincePlan(p)));
    planId = plan.id;
    const task = await api.post(u.coordinator, `/api/v1/plans/${planId}/tasks`, {
      title: 'Tổ chức hội nghị đối thoại với Nhân dân',
      assignTo: { groups: ['khoi_xa'] },
      dueDate: '2026-06-30',
    });
    expect(task.statusCode, task.body).toBe(200);

    const res = await Promise.all(
      Array.from({ length: N }, () => api.post(u.coordinator, `/api/v1/plans/${planId}/issue`, {})),
    );
    const codes = res.map((r) => r.statusCode).sort();
    expect(codes, res.map((r) => r.body).join('\n')).toEqual([200, ...Array(N - 1).fill(409)]);
    for (const r of res.filter((x) => x.statusCode !== 200))
      expect(json(r).detail).toMatch(/đã được ban hành/);

    const events = await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_log where entity = 'plan' and entity_id = ${String(planId)} and action = 'issue'`,
    );
    expect(events[0].n).toBe(1);
    const assignments = await rows<{ n: number }>(
      sql`select count(*)::int as n from plans_task_assignments a join plans_tasks t on t.id = a.task_id where t.plan_id = ${planId}`,
    );
    expect(assignments[0].n).toBe(3);
  });

  it(`${N} concurrent “done” on one assignment: one status change in the trail, no lost transition`, async () => {
    const mine = json(await api.get(u.focalA, `/api/v1/plans/my-tasks?unitId=${p.communeA.id}`));
    const a = mine.items.find((x: { planId: number }) => x.planId === planId);
    const res = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        api.patch(u.focalA, `/api/v1/plans/assignments/${a.id}`, {
          status: 'done',
          note: `Đã hoàn thành (lần gửi ${i + 1}).`,
        }),
      ),
    );
    expect(
      res.map((r) => r.statusCode).filter((c) => c >= 500),
      res.map((r) => r.body).join('\n'),
    ).toEqual([]);
    const trail = await rows<{ action: string; before: { status: string }; after: { status: string } }>(
      sql`select action, before, after from audit_log where entity = 'task_assignment' and entity_id = ${String(a.id)} order by id`,
    );
    // exactly one transition, from not_started; every later row starts where the previous ended
    expect(trail.filter((r) => r.action.startsWith('status:')).map((r) => r.action)).toEqual(['status:done']);
    expect(trail[0].before.status).toBe('not_started');
    for (let i = 1; i < trail.length; i++) expect(trail[i].before).toEqual(trail[i - 1].after);
  });

  it('concurrent edit of a draft and its issue: the edit lands before the issue or is refused', async () => {
    const plan = json(
      await api.post(
        u.coordinator,
        '/api/v1/plans',
        provincePlan(p, { numberSymbol: `02/KH-UBND-${p.suffix}` }),
      ),
    );
    const [edit, issue] = await Promise.all([
      api.patch(u.coordinator, `/api/v1/plans/${plan.id}`, { title: 'Trích yếu sửa trong lúc ban hành' }),
      api.post(u.coordinator, `/api/v1/plans/${plan.id}/issue`, {}),
    ]);
    expect(issue.statusCode, issue.body).toBe(200);
    const trail = await rows<{ action: string }>(
      sql`select action from audit_log where entity = 'plan' and entity_id = ${String(plan.id)} order by id`,
    );
    if (edit.statusCode === 200) expect(trail.map((r) => r.action)).toEqual(['create', 'update', 'issue']);
    else {
      expect(edit.statusCode, edit.body).toBe(409);
      expect(trail.map((r) => r.action)).toEqual(['create', 'issue']);
    }
  });
});
