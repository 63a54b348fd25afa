import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorld, type DemoWorld } from '../../../test/demo-world.ts';
import { GUIDING_DOCUMENTS_SEED } from '@danvan/domain';
import { registerPlansDemo } from './plans.demo.ts';
import { getPlan, listPlans } from './plan/read-plan.ts';
import { planCompliance, requirementsOfUnit } from './matrix/read-compliance.ts';
import { matrix } from './matrix/read-matrix.ts';
import { leaderCompliance } from './leader/read-leader-compliance.ts';
import { myTasks } from './assignment/read-assignment.ts';
import { planDocx } from './plans.documents.ts';
import { listDocs } from './guiding-document/read-guiding-document.ts';

// The demo runs in a database of its own (its unit codes are fixed), on a fixed day (demoWorld).
let world: DemoWorld;

beforeAll(async () => {
  world = await demoWorld({ register: [registerPlansDemo], seeders: ['plans'] });
}, 600_000);
afterAll(async () => world?.database.close());

const as = (username: string) => world.as(username);

describe('demo data of plans and tasks', () => {
  it('has the guiding documents the seeds cite, the province plan of the year with the tasks of part II', async () => {
    const coordinator = await as('sonoivu');
    const d = await listDocs(coordinator, { page: 1, pageSize: 500 });
    expect(d.total).toBe(GUIDING_DOCUMENTS_SEED.length);
    const list = await listPlans(coordinator, {
      page: 1,
      pageSize: 5,
      year: 2026,
      q: 'tren dia ban tinh Dong Nai',
    });
    expect(list.total).toBe(1);
    const plan = await getPlan(coordinator, list.items[0].id);
    expect(plan).toMatchObject({
      status: 'issued',
      numberSymbol: '25/KH-UBND',
      issuedOn: '2026-01-20',
      requiredDue: '2026-02-28',
    });
    expect(plan.title).toBe(
      'Triển khai, thực hiện công tác dân vận chính quyền trên địa bàn tỉnh Đồng Nai năm 2026',
    );
    expect(plan.sections.map((s) => s.number)).toEqual([
      'I',
      'II',
      'II.1',
      'II.2',
      'II.3',
      'II.4',
      'II.5',
      'II.6',
      'II.7',
      'III',
      'III.1',
      'III.2',
      'III.3',
    ]);
    expect(plan.themeName).toContain('năm 2026');
    expect(plan.movements.map((m) => m.name)).toContain('Phong trào thi đua “Dân vận khéo”');
    expect(plan.taskCount).toBe(18);

    const m = await matrix(coordinator, plan.id, { page: 1, pageSize: 200, withTotals: true });
    expect(m.tasks.map((t) => t.sectionNumber)).toEqual(expect.arrayContaining(['II.1', 'II.7']));
    const snvOnly = m.tasks.filter((t) => t.code.startsWith('II.7'));
    expect(snvOnly.every((t) => t.summary?.total === 1)).toBe(true);
    const communes = m.tasks.find((t) => t.code === 'II.1.3')!;
    const communeCount = (
      await world.database.query<{ n: number }>(
        "select count(*)::int as n from org_units u join org_unit_groups ug on ug.unit_id = u.id join org_groups g on g.id = ug.group_id where g.code = 'khoi_xa' and u.valid_to is null",
      )
    )[0].n;
    expect(communes.summary?.total).toBe(communeCount);
    const cells = m.units.flatMap((u) => Object.values(u.cells));
    for (const state of ['done_on_time', 'overdue', 'pending'] as const)
      expect(
        cells.some((c) => c.deadline === state),
        state,
      ).toBe(true);

    const text = (await planDocx(coordinator, plan.id)).buffer.length;
    expect(text).toBeGreaterThan(10_000);
  });

  it('some units complied on time, some late, some are still drafting or missing', async () => {
    const coordinator = await as('sonoivu');
    const [plan] = (
      await listPlans(coordinator, {
        page: 1,
        pageSize: 5,
        year: 2026,
        q: 'tren dia ban tinh Dong Nai',
      })
    ).items;
    const c = await planCompliance(coordinator, plan.id);
    expect(c.summary.issued).toBeGreaterThan(c.summary.late);
    expect(c.summary.late).toBeGreaterThan(0);
    expect(c.summary.missing).toBeGreaterThan(0);
    expect(c.summary.pending).toBe(0);
    expect(c.rows.some((r) => r.status === 'missing' && r.hasDraft)).toBe(true);

    // the demo commune's officer sees the requirement and the tasks to do
    const officer = await as('daumoixa');
    const req = await requirementsOfUnit(officer, undefined);
    expect(req).toEqual([expect.objectContaining({ planId: plan.id, status: 'missing', ownPlanId: null })]);
    const mine = await myTasks(officer, { page: 1, pageSize: 50, state: 'all' });
    expect(mine.total).toBeGreaterThan(10);

    const l = await leaderCompliance(coordinator, { missingOnly: true });
    expect(l.without).toBeGreaterThan(0);
    expect(l.withLeader).toBeGreaterThan(l.without);
  });
});
