/**
 * Demo data of the plans module (every record marked as demo): the guiding documents the seeds cite,
 * the movements and year themes, the province's plan for the current year built from seed 001 (the
 * Bình Phước 2023 plan) with the tasks of part II assigned to the unit groups, the units' own plans
 * answering it (most on time, some late, some still drafting or missing), progress on the tasks, and
 * the leaders in charge of most units.
 */
import { addDays, minIsoDate } from '@danvan/domain';
import { GUIDING_DOCUMENTS_SEED, MOVEMENTS_SEED, PROVINCE_PLAN_SEED, YEAR_THEMES_SEED } from '@danvan/domain';
import { today, type Ctx } from '../../core/context.ts';
import { registerDemoSeeder } from '../../core/demo.ts';
import { audit, inTx } from '../../core/audit.ts';
import * as org from '../org/index.ts';
import { createDoc } from './guiding-document/create-guiding-document.ts';
import { createMovement } from './movement/create-movement.ts';
import { createTheme } from './theme/create-theme.ts';
import { createLeader } from './leader/create-leader.ts';
import { LEADER_REQUIRED_KINDS } from './leader/leader.rules.ts';
import { createPlan } from './plan/create-plan.ts';
import { issuePlan } from './plan/issue-plan.ts';
import { createTask } from './task/create-task.ts';
import * as tasksRepo from './task/task.repository.ts';
import * as assignmentsRepo from './assignment/assignment.repository.ts';
import * as matrixRepo from './matrix/matrix.repository.ts';
import {
  adaptSeedText,
  h,
  ownPlanInput,
  personName,
  provincePlanInput,
  roleOf,
  SECTION_DUE,
  selectorFor,
  STATE_BODY_GROUPS,
} from './plans.demo.data.ts';

export function registerPlansDemo(): void {
  registerDemoSeeder('plans', 30, async (ctx) => {
    const t = today(ctx);
    const year = Number(t.slice(0, 4));
    const all = await org.findUnits(ctx, {});
    const root = all.find((u) => u.code === 'UBND_TINH') ?? all.find((u) => u.parentId === null);
    const snv = all.find((u) => u.code === 'SNV');
    if (!root || !snv) return;
    const adapt = adaptSeedText(year);
    // 1. guiding documents, shared with the whole province
    const docIds = new Map<string, number>();
    for (const d of GUIDING_DOCUMENTS_SEED) {
      const created = await createDoc(
        ctx,
        {
          unitId: root.id,
          numberSymbol: d.numberSymbol,
          issuedOn: d.issuedOn,
          issuer: d.issuer,
          kind: d.kind,
          title: d.title,
          summary: d.summary,
          sharedWithSubunits: true,
        },
        { isDemo: true },
      );
      docIds.set(d.numberSymbol, created.id);
    }
    const ids = (numbers: string[]) =>
      numbers.map((n) => docIds.get(n)).filter((x): x is number => Boolean(x));

    // 2. movements and year themes
    const movementIds: number[] = [];
    for (const m of MOVEMENTS_SEED) {
      const created = await createMovement(
        ctx,
        {
          unitId: root.id,
          code: m.code,
          name: m.name,
          kind: m.kind,
          description: m.description,
          fields: m.fields,
          requirements: m.requirements,
          guidingDocumentIds: ids(m.guidingDocs),
          active: true,
        },
        { isDemo: true },
      );
      movementIds.push(created.id);
    }
    for (const th of YEAR_THEMES_SEED)
      await createTheme(
        ctx,
        {
          unitId: root.id,
          year: th.year,
          name: th.name,
          description: `${th.description} (Dữ liệu trình diễn theo văn bản của ${th.scope}.)`,
          contents: th.contents,
          guidingDocumentIds: ids(th.guidingDocs),
        },
        { isDemo: true },
      );
    const theme = await createTheme(
      ctx,
      {
        unitId: root.id,
        year,
        name: `Nâng cao chất lượng công tác dân vận của cơ quan nhà nước, chính quyền các cấp năm ${year}`,
        description: PROVINCE_PLAN_SEED.theme,
        contents: [],
        guidingDocumentIds: ids(['33/CT-TTg', '23-QĐ/TW']),
      },
      { isDemo: true },
    );

    // 3. the province's plan for the year, from seed 001
    const issuedOn = minIsoDate(`${year}-01-20`, t);
    const requiredDue = minIsoDate(`${year}-02-28`, addDays(t, 30));
    const taskSeeds = PROVINCE_PLAN_SEED.tasks.filter((x) => x.sectionNumber.startsWith('II.'));
    const plan = await createPlan(
      ctx,
      provincePlanInput({ root, year, adapt, themeId: theme.id, movementIds, ids, requiredDue }),
      { isDemo: true },
    );
    for (const ts of taskSeeds)
      await createTask(
        ctx,
        plan.id,
        {
          code: ts.code,
          sectionNumber: ts.sectionNumber,
          title: adapt(ts.title),
          description: adapt(ts.description),
          leadUnitId: ts.assignTo === 'department_of_home_affairs' ? snv.id : null,
          coordinatingUnitIds: [],
          assignTo: selectorFor(ts.assignTo, snv.id),
          recurrence: ts.recurrence,
          dueDate: `${year}-${ts.dueMonthDay ?? SECTION_DUE[ts.sectionNumber] ?? '12-15'}`,
          expectedProduct: adapt(ts.expectedProduct),
          guidingDocumentIds: ids(ts.guidingDocs),
        },
        { isDemo: true },
      );
    await issuePlan(ctx, plan.id, { issuedOn });

    // 4. the units' own plans: most on time, some late, a few drafting, a few missing. The commune of
    // the demo accounts is left without one, so a demonstration can issue it.
    const demoCommune = all.filter((u) => u.kind === 'commune').sort((a, b) => a.id - b.id)[0];
    const required = all
      .filter((u) => u.groups.some((g) => STATE_BODY_GROUPS.includes(g)) && u.id !== demoCommune?.id)
      .sort((a, b) => a.id - b.id);
    for (const [i, u] of required.entries()) {
      const bucket = h(u.id, 7) % 20; // 0–12 on time, 13–15 late, 16–17 draft, 18–19 missing
      if (bucket >= 18) continue;
      const own = await createPlan(ctx, ownPlanInput(u, i, { year, issuedOn, parentPlanId: plan.id }), {
        isDemo: true,
      });
      if (bucket >= 16) continue; // still drafting
      const day =
        bucket <= 12
          ? addDays(requiredDue, -(1 + (h(u.id, 11) % 25)))
          : addDays(requiredDue, 3 + (h(u.id, 13) % 35));
      await issuePlan(ctx, own.id, { issuedOn: minIsoDate(day < issuedOn ? issuedOn : day, t) });
    }

    // 5. progress on the province plan's tasks (as of today)
    await seedProgress(ctx, plan.id, issuedOn, t);

    // 6. leaders in charge: most state bodies have named one
    for (const u of all.filter((x) => (LEADER_REQUIRED_KINDS as readonly string[]).includes(x.kind))) {
      if (h(u.id, 17) % 10 >= 8) continue;
      const r = roleOf(u);
      const decisionDate = addDays(`${year - 1}-01-01`, h(u.id, 19) % 300);
      await createLeader(
        ctx,
        {
          unitId: u.id,
          leaderName: personName(h(u.id, 23)),
          position: `${r.leader}${u.kind === 'commune' ? ` ${u.name.replace(/^(Xã|Phường|Đặc khu)\s+/u, (m) => m.toLowerCase())}` : u.kind === 'department' || u.kind === 'public_service' ? `, ${u.name}` : ''}`,
          fromDate: decisionDate,
          toDate: null,
          decisionNumber: `${100 + (h(u.id, 29) % 800)}/QĐ-${r.symbol}`,
          decisionDate,
          decisionIssuer: u.name,
          note: '',
        },
        { isDemo: true },
      );
    }
  });
}

/** Sets demo progress on the assignments of a plan: earlier deadlines mostly done, later ones started. */
async function seedProgress(ctx: Ctx, planId: number, issuedOn: string, t: string) {
  await inTx(ctx, async (tx, c) => {
    const tasks = await tasksRepo.listTasks(tx, planId);
    const updates: {
      id: number;
      status: string;
      progress: number;
      completedOn: string | null;
      note: string;
    }[] = [];
    for (const task of tasks) {
      const unitIds = (await assignmentsRepo.assignmentUnitsOfTask(tx, task.id)).map((r) => r.unitId);
      for (const a of await matrixRepo.matrixCells(tx, [task.id], unitIds, t)) {
        const roll = h(a.unitId, task.id) % 100;
        if (a.periodDue < t) {
          if (roll < 60) {
            const done = addDays(a.periodDue, roll < 50 ? -(roll % 20) : 1 + (roll % 10));
            const completedOn = minIsoDate(done < issuedOn ? issuedOn : done, t);
            updates.push({
              id: a.assignmentId,
              status: 'done',
              progress: 100,
              completedOn,
              note: 'Đã triển khai, có văn bản kèm theo.',
            });
          } else if (roll < 78)
            updates.push({
              id: a.assignmentId,
              status: 'in_progress',
              progress: 30 + (roll % 6) * 10,
              completedOn: null,
              note: 'Đang triển khai.',
            });
        } else if (roll < 35)
          updates.push({
            id: a.assignmentId,
            status: 'in_progress',
            progress: 10 + (roll % 8) * 10,
            completedOn: null,
            note: 'Đang triển khai.',
          });
        else if (roll < 42 && t > issuedOn)
          updates.push({
            id: a.assignmentId,
            status: 'done',
            progress: 100,
            completedOn: t,
            note: 'Đã hoàn thành sớm.',
          });
      }
    }
    await assignmentsRepo.setProgressMany(tx, updates, c.clock.now());
    await audit(tx, c, {
      entity: 'plan',
      entityId: planId,
      action: 'demo_progress',
      after: { assignmentsUpdated: updates.length },
    });
  });
}
