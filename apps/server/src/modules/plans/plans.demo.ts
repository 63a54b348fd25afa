/**
 * Demo data of the plans module (every record marked as demo): the guiding documents the seeds cite,
 * the movements and year themes, the province's plan for the current year built from seed 001 (the
 * Bình Phước 2023 plan) with the tasks of part II assigned to the unit groups, the units' own plans
 * answering it (most on time, some late, some still drafting or missing), progress on the tasks, and
 * the leaders in charge of most units.
 */
import { addDays, minIsoDate } from '@danvan/domain';
import {
  GUIDING_DOCUMENTS_SEED,
  MOVEMENTS_SEED,
  PROVINCE_PLAN_SEED,
  YEAR_THEMES_SEED,
  type PlanTaskAssignee,
} from '@danvan/domain';
import type { UnitSelector } from '@danvan/contracts';
import { today, type Ctx } from '../../core/context.ts';
import { registerDemoSeeder } from '../../core/demo.ts';
import { audit, inTx } from '../../core/audit.ts';
import * as org from '../org/index.ts';
import type { UnitView } from '../org/index.ts';
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

/** The groups that must issue their own plan and carry out the tasks "of all units" (state bodies). */
const STATE_BODY_GROUPS = ['khoi_so_nganh', 'khoi_xa', 'khoi_su_nghiep'];

function selectorFor(a: PlanTaskAssignee, snvId: number): UnitSelector {
  switch (a) {
    case 'all_departments':
      return { groups: ['khoi_so_nganh'], kinds: [], unitIds: [] };
    case 'all_communes':
      return { groups: ['khoi_xa'], kinds: [], unitIds: [] };
    case 'department_of_home_affairs':
      return { groups: [], kinds: [], unitIds: [snvId] };
    default:
      return { groups: STATE_BODY_GROUPS, kinds: [], unitIds: [] };
  }
}

/** Due date of the tasks of each part-II section, in the plan year. */
const SECTION_DUE: Record<string, string> = {
  'II.1': '03-31',
  'II.2': '06-30',
  'II.3': '09-30',
  'II.4': '10-31',
  'II.5': '11-30',
  'II.6': '12-15',
  'II.7': '12-20',
};

/** A small deterministic hash, so the demo is the same on every machine. */
function h(...n: number[]): number {
  let x = 2166136261;
  for (const v of n) x = Math.imul(x ^ v, 16777619) >>> 0;
  return x % 1000;
}

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Đức', 'Hữu', 'Thu', 'Hoàng'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hải',
  'Hòa',
  'Hùng',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phong',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trung',
  'Tuấn',
  'Việt',
];
const personName = (seed: number) =>
  `${FAMILY[seed % FAMILY.length]} ${MIDDLE[(seed >> 3) % MIDDLE.length]} ${GIVEN[(seed >> 5) % GIVEN.length]}`;

function roleOf(u: UnitView) {
  if (u.kind === 'commune') {
    const head = /^Phường/u.test(u.name) ? 'PHƯỜNG' : /^Đặc khu/u.test(u.name) ? 'ĐẶC KHU' : 'XÃ';
    return {
      authority: 'KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      leader: 'Phó Chủ tịch Ủy ban nhân dân',
      symbol: 'UBND',
      head,
    };
  }
  if (u.kind === 'state_enterprise')
    return {
      authority: 'KT. TỔNG GIÁM ĐỐC',
      position: 'PHÓ TỔNG GIÁM ĐỐC',
      leader: 'Phó Tổng Giám đốc',
      symbol: u.code,
      head: '',
    };
  if (u.kind === 'province')
    return {
      authority: 'KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      leader: 'Phó Chủ tịch Ủy ban nhân dân tỉnh',
      symbol: 'UBND',
      head: '',
    };
  return {
    authority: 'KT. GIÁM ĐỐC',
    position: 'PHÓ GIÁM ĐỐC',
    leader: 'Phó Giám đốc',
    symbol: u.code.replace(/_/g, ''),
    head: '',
  };
}

export function registerPlansDemo(): void {
  registerDemoSeeder('plans', 30, async (ctx) => {
    const t = today(ctx);
    const year = Number(t.slice(0, 4));
    const all = await org.findUnits(ctx, {});
    const root = all.find((u) => u.code === 'UBND_TINH') ?? all.find((u) => u.parentId === null);
    const snv = all.find((u) => u.code === 'SNV');
    if (!root || !snv) return;
    const adapt = (s: string) =>
      s
        .replace(/năm 2023/g, `năm ${year}`)
        .replace(/10\/11\/2023/g, `10/11/${year}`)
        .replace(/10\/5\/2023/g, `10/5/${year}`)
        .replace(/tỉnh Bình Phước/g, 'tỉnh Đồng Nai')
        .replace(/Báo Bình Phước/g, 'Báo Đồng Nai')
        .replace(/UBND các huyện, thị xã, thành phố/g, 'UBND các xã, phường');

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
      {
        unitId: root.id,
        year,
        numberSymbol: '25/KH-UBND',
        title: adapt(PROVINCE_PLAN_SEED.subject),
        basis:
          'Thực hiện Kế hoạch số 27-KH/BDVTU-BCSD ngày 12/01/2023 của Ban Cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy về phối hợp công tác dân vận chính quyền;\n' +
          `Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai, thực hiện công tác dân vận chính quyền trên địa bàn tỉnh năm ${year}, như sau:`,
        purposes: PROVINCE_PLAN_SEED.purposes.map(adapt),
        requirements: PROVINCE_PLAN_SEED.requirements.map(adapt),
        sections: PROVINCE_PLAN_SEED.sections.map((s) => ({
          number: s.number,
          title: adapt(s.title),
          body: adapt(s.body),
        })),
        closing:
          'Căn cứ nội dung Kế hoạch, yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương triển khai, thực hiện. Trong quá trình tổ chức thực hiện, nếu có phát sinh vướng mắc kịp thời phản ánh về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) để xem xét, giải quyết.',
        recipients: PROVINCE_PLAN_SEED.recipients.map(adapt),
        signerAuthority: PROVINCE_PLAN_SEED.signerAuthority,
        signerPosition: PROVINCE_PLAN_SEED.signerPosition,
        signerName: PROVINCE_PLAN_SEED.signerName,
        themeId: theme.id,
        movementIds,
        guidingDocumentIds: ids([...PROVINCE_PLAN_SEED.basis, '06-CTr/BDVTU-BCSD', '33/CT-TTg']),
        requiredSelector: { groups: STATE_BODY_GROUPS, kinds: [], unitIds: [] },
        requiredDue,
      },
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
      const r = roleOf(u);
      const own = await createPlan(
        ctx,
        {
          unitId: u.id,
          year,
          numberSymbol: `${12 + (i % 80)}/KH-${r.symbol}`,
          title: `Triển khai, thực hiện công tác dân vận chính quyền năm ${year}`,
          basis: `Thực hiện Kế hoạch số 25/KH-UBND ngày ${issuedOn.slice(8, 10)}/${issuedOn.slice(5, 7)}/${year} của Ủy ban nhân dân tỉnh về triển khai, thực hiện công tác dân vận chính quyền trên địa bàn tỉnh năm ${year};`,
          purposes: [
            `Cụ thể hóa các nội dung của Kế hoạch số 25/KH-UBND của Ủy ban nhân dân tỉnh phù hợp với chức năng, nhiệm vụ của ${u.name}.`,
          ],
          requirements: [
            'Triển khai đồng bộ, thiết thực, hiệu quả; gắn với nhiệm vụ chính trị của cơ quan, đơn vị, địa phương.',
          ],
          sections: [
            {
              number: 'II',
              title: 'NỘI DUNG',
              body: 'Thực hiện các nhiệm vụ được giao tại mục II Kế hoạch số 25/KH-UBND của Ủy ban nhân dân tỉnh.',
            },
            {
              number: 'III',
              title: 'TỔ CHỨC THỰC HIỆN',
              body: 'Văn phòng theo dõi, đôn đốc, tổng hợp kết quả, báo cáo định kỳ 06 tháng, 01 năm.',
            },
          ],
          closing: '',
          recipients: ['UBND tỉnh (qua Sở Nội vụ)', 'Lãnh đạo đơn vị', 'Lưu: VT'],
          signerAuthority: r.authority,
          signerPosition: r.position,
          signerName: personName(h(u.id, 3)),
          parentPlanId: plan.id,
          movementIds: [],
          guidingDocumentIds: [],
        },
        { isDemo: true },
      );
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
