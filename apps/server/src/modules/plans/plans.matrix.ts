/**
 * Access-control matrix rows of the plans module: one per route. Records are made with the system
 * context at the target unit: communeA ('own'), communeB ('sibling') or the province root ('parent').
 * A superior's records that are shared downwards on purpose (issued plans, shared guiding documents,
 * themes and movements) would be readable from below, so the 'parent' records here are ones that are
 * not shared (a draft plan, an unshared document); the sharing itself is tested in plans.test.ts and
 * plans.registers.test.ts.
 */
import ExcelJS from 'exceljs';
import type { MatrixContext, MatrixRow, Target } from '../../../test/access-matrix.types.ts';
import { sys, uid, unitFor } from '../../../test/factories.ts';
import { createDoc } from './guiding-document/create-guiding-document.ts';
import { createPlan } from './plan/create-plan.ts';
import { issuePlan } from './plan/issue-plan.ts';
import { createTask } from './task/create-task.ts';
import { createLeader } from './leader/create-leader.ts';
import { createMovement } from './movement/create-movement.ts';
import { createTheme } from './theme/create-theme.ts';
import * as matrixRepo from './matrix/matrix.repository.ts';

const year = () => Number(new Date().toISOString().slice(0, 4));
const unitOf = (m: MatrixContext, t: Target) => m.unitId(t);
const ctxOf = (m: MatrixContext) => sys(m.env);

async function docAt(m: MatrixContext, t: Target) {
  return createDoc(ctxOf(m), {
    unitId: unitOf(m, t),
    numberSymbol: `MX-${uid()}`,
    issuedOn: '2024-01-15',
    issuer: 'Ủy ban nhân dân tỉnh',
    kind: 'cong_van',
    title: `Văn bản thử ${uid()}`,
    summary: '',
    // a superior's unshared document: not visible below it
    sharedWithSubunits: t !== 'parent',
  });
}

/** A draft plan of the target unit, complete enough to be issued, with no requirement on others. */
async function draftPlanAt(m: MatrixContext, t: Target) {
  return createPlan(ctxOf(m), {
    unitId: unitOf(m, t),
    year: year(),
    numberSymbol: `${uid()}/KH`,
    title: `Kế hoạch thử ${uid()}`,
    basis: '',
    purposes: ['Mục đích thử.'],
    requirements: [],
    sections: [
      { number: 'II', title: 'NỘI DUNG', body: 'Nội dung.' },
      { number: 'III', title: 'TỔ CHỨC THỰC HIỆN', body: 'Giao văn phòng theo dõi.' },
    ],
    closing: '',
    recipients: [],
    signerAuthority: '',
    signerPosition: 'CHỦ TỊCH',
    signerName: 'Người Ký Thử',
    movementIds: [],
    guidingDocumentIds: [],
  });
}

/** A plan of the target with a task assigned to the unit itself; issued except at the parent (a superior's draft stays invisible). */
async function planWithTaskAt(m: MatrixContext, t: Target, issue = t !== 'parent') {
  const ctx = ctxOf(m);
  const plan = await draftPlanAt(m, t);
  const task = await createTask(ctx, plan.id, {
    code: '',
    sectionNumber: 'II',
    title: `Nhiệm vụ thử ${uid()}`,
    description: '',
    leadUnitId: null,
    coordinatingUnitIds: [],
    assignTo: { groups: [], kinds: [], unitIds: [unitOf(m, t)] },
    recurrence: 'none',
    dueDate: `${year()}-12-31`,
    expectedProduct: '',
    guidingDocumentIds: [],
  });
  if (issue) await issuePlan(ctx, plan.id, {});
  return { plan, task };
}

/** An assignment of the target unit (parent: the root's own assignment of its own issued plan). */
async function assignmentAt(m: MatrixContext, t: Target) {
  const { task } = await planWithTaskAt(m, t, true);
  const cells = await matrixRepo.matrixCells(m.env.database.db, [task.id], [unitOf(m, t)], `${year()}-01-01`);
  return cells[0].assignmentId;
}

let themeYear = 0;
async function themeAt(m: MatrixContext, t: Target) {
  const u = t === 'parent' ? m.p.root : await unitFor(m, t);
  return createTheme(ctxOf(m), {
    unitId: u.id,
    year: 2000 + (themeYear++ % 100),
    name: `Chủ đề thử ${uid()}`,
    description: '',
    contents: [],
    guidingDocumentIds: [],
  });
}

async function movementAt(m: MatrixContext, t: Target) {
  return createMovement(ctxOf(m), {
    unitId: unitOf(m, t),
    code: `mx_${uid().toLowerCase()}`,
    name: `Phong trào thử ${uid()}`,
    kind: 'phong_trao',
    description: '',
    fields: [],
    requirements: [],
    guidingDocumentIds: [],
    active: true,
  });
}

async function leaderAt(m: MatrixContext, t: Target) {
  return createLeader(ctxOf(m), {
    unitId: unitOf(m, t),
    leaderName: `Lãnh Đạo ${uid()}`,
    position: 'Phó Chủ tịch',
    fromDate: '2025-01-01',
    toDate: null,
    decisionNumber: `${uid()}/QĐ`,
    decisionDate: '2024-12-20',
    decisionIssuer: '',
    note: '',
  });
}

async function importFile(m: MatrixContext, t: Target) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhiệm vụ');
  ws.addRow([
    'Mã',
    'Mục',
    'Tên nhiệm vụ',
    'Nội dung',
    'Đơn vị chủ trì (mã)',
    'Đơn vị phối hợp (mã)',
    'Giao cho nhóm (mã nhóm)',
    'Giao cho loại đơn vị',
    'Giao cho đơn vị (mã)',
    'Chu kỳ',
    'Thời hạn',
    'Sản phẩm',
    'Văn bản chỉ đạo (số, ký hiệu)',
  ]);
  const code = t === 'own' ? m.p.communeA.code : t === 'sibling' ? m.p.communeB.code : m.p.root.code;
  ws.addRow([
    'N.1',
    'II',
    'Nhiệm vụ nhập thử',
    '',
    '',
    '',
    '',
    '',
    code,
    'Một lần (có thời hạn)',
    `31/12/${year()}`,
    '',
    '',
  ]);
  return { name: 'nhiem-vu.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) };
}

const listed = (body: { items: { id: number }[] }, id: unknown) => body.items.some((x) => x.id === id);

export const rows: MatrixRow[] = [
  // --- guiding documents ---
  {
    method: 'GET',
    url: '/api/v1/plans/guiding-documents',
    kind: 'list',
    request: async (m, t) => {
      const d = await docAt(m, t);
      return {
        url: `/api/v1/plans/guiding-documents?q=${encodeURIComponent(d.numberSymbol)}`,
        recordId: d.id,
      };
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/guiding-documents/export.xlsx',
    kind: 'list',
    request: async () => ({ url: '/api/v1/plans/guiding-documents/export.xlsx?q=MX-' }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/guiding-documents/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/guiding-documents/${(await docAt(m, t)).id}` }),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/guiding-documents',
    request: async (m, t) => ({
      url: '/api/v1/plans/guiding-documents',
      payload: {
        unitId: unitOf(m, t),
        numberSymbol: `MX-${uid()}`,
        issuedOn: '2024-01-15',
        issuer: 'UBND tỉnh',
        kind: 'cong_van',
        title: 'Văn bản thử',
      },
    }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/plans/guiding-documents/:id',
    request: async (m, t) => ({
      url: `/api/v1/plans/guiding-documents/${(await docAt(m, t)).id}`,
      payload: { summary: 'Tóm tắt mới' },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/v1/plans/guiding-documents/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/guiding-documents/${(await docAt(m, t)).id}` }),
  },

  // --- year themes and movements (a superior's apply below it by design: see plans.registers.test.ts) ---
  {
    method: 'GET',
    url: '/api/v1/plans/themes',
    kind: 'list',
    request: async (m, t) => {
      const th = await themeAt(m, t);
      return { url: `/api/v1/plans/themes?year=${th.year}`, recordId: th.id };
    },
    visible: (b, _m, t, built) => t !== 'parent' && listed(b, built.recordId),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/themes',
    request: async (m, t) => ({
      url: '/api/v1/plans/themes',
      payload: {
        unitId: t === 'parent' ? m.p.root.id : (await unitFor(m, t)).id,
        year: 2030,
        name: 'Chủ đề năm thử',
      },
    }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/plans/themes/:id',
    request: async (m, t) => ({
      url: `/api/v1/plans/themes/${(await themeAt(m, t)).id}`,
      payload: { description: 'Mô tả mới' },
    }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/movements',
    kind: 'list',
    request: async (m, t) => ({ url: '/api/v1/plans/movements', recordId: (await movementAt(m, t)).id }),
    visible: (b, _m, t, built) => t !== 'parent' && listed(b, built.recordId),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/movements',
    request: async (m, t) => ({
      url: '/api/v1/plans/movements',
      payload: {
        unitId: unitOf(m, t),
        code: `mx_${uid().toLowerCase()}`,
        name: 'Phong trào thử',
        kind: 'phong_trao',
      },
    }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/plans/movements/:id',
    request: async (m, t) => ({
      url: `/api/v1/plans/movements/${(await movementAt(m, t)).id}`,
      payload: { description: 'Mô tả mới' },
    }),
  },

  // --- leaders in charge ---
  {
    method: 'GET',
    url: '/api/v1/plans/leaders',
    kind: 'list',
    request: async (m, t) => {
      const l = await leaderAt(m, t);
      return { url: `/api/v1/plans/leaders?q=${encodeURIComponent(l.leaderName)}`, recordId: l.id };
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/leaders/compliance',
    request: async (m, t) => ({ url: `/api/v1/plans/leaders/compliance?unitId=${unitOf(m, t)}` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/leaders/compliance.xlsx',
    request: async (m, t) => ({ url: `/api/v1/plans/leaders/compliance.xlsx?unitId=${unitOf(m, t)}` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/leaders/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/leaders/${(await leaderAt(m, t)).id}` }),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/leaders',
    request: async (m, t) => ({
      url: '/api/v1/plans/leaders',
      payload: {
        unitId: unitOf(m, t),
        leaderName: 'Lãnh Đạo Thử',
        position: 'Phó Chủ tịch',
        fromDate: '2025-01-01',
        decisionNumber: '1/QĐ',
        decisionDate: '2024-12-20',
      },
    }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/plans/leaders/:id',
    request: async (m, t) => ({
      url: `/api/v1/plans/leaders/${(await leaderAt(m, t)).id}`,
      payload: { note: 'Ghi chú' },
    }),
  },

  // --- a unit's tasks and assignments ---
  {
    method: 'GET',
    url: '/api/v1/plans/my-tasks',
    request: async (m, t) => ({ url: `/api/v1/plans/my-tasks?unitId=${unitOf(m, t)}&state=all` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/my-tasks.xlsx',
    request: async (m, t) => ({ url: `/api/v1/plans/my-tasks.xlsx?unitId=${unitOf(m, t)}` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/assignments/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/assignments/${await assignmentAt(m, t)}` }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/plans/assignments/:id',
    request: async (m, t) => ({
      url: `/api/v1/plans/assignments/${await assignmentAt(m, t)}`,
      payload: { progress: 20, note: 'Đang làm' },
    }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/requirements',
    request: async (m, t) => ({ url: `/api/v1/plans/requirements?unitId=${unitOf(m, t)}` }),
  },

  // --- tasks ---
  {
    method: 'GET',
    url: '/api/v1/plans/tasks/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/tasks/${(await planWithTaskAt(m, t, false)).task.id}` }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/plans/tasks/:id',
    request: async (m, t) => ({
      url: `/api/v1/plans/tasks/${(await planWithTaskAt(m, t, false)).task.id}`,
      payload: { description: 'Nội dung mới' },
    }),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/tasks/:id/cancel',
    request: async (m, t) => ({
      url: `/api/v1/plans/tasks/${(await planWithTaskAt(m, t)).task.id}/cancel`,
      payload: {},
    }),
  },
  {
    method: 'DELETE',
    url: '/api/v1/plans/tasks/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/tasks/${(await planWithTaskAt(m, t, false)).task.id}` }),
  },

  // --- plans ---
  {
    method: 'GET',
    url: '/api/v1/plans',
    kind: 'list',
    request: async (m, t) => {
      const plan = await draftPlanAt(m, t);
      return { url: `/api/v1/plans?q=${encodeURIComponent(plan.title)}`, recordId: plan.id };
    },
    visible: (b, _m, _t, built) => listed(b, built.recordId),
  },
  {
    method: 'POST',
    url: '/api/v1/plans',
    request: async (m, t) => ({
      url: '/api/v1/plans',
      payload: { unitId: unitOf(m, t), year: year(), title: 'Kế hoạch thử' },
    }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}` }),
  },
  {
    method: 'PATCH',
    url: '/api/v1/plans/:id',
    request: async (m, t) => ({
      url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}`,
      payload: { title: 'Trích yếu mới' },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/v1/plans/:id',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}` }),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/:id/issue',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}/issue`, payload: {} }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id/document.docx',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}/document.docx` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id/compliance',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}/compliance` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id/compliance.xlsx',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}/compliance.xlsx` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id/tasks',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await planWithTaskAt(m, t, false)).plan.id}/tasks` }),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/:id/tasks',
    request: async (m, t) => ({
      url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}/tasks`,
      payload: { title: 'Nhiệm vụ mới', assignTo: { unitIds: [unitOf(m, t)] }, dueDate: `${year()}-12-31` },
    }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id/tasks.xlsx',
    request: async (m, t) => ({
      url: `/api/v1/plans/${(await planWithTaskAt(m, t, false)).plan.id}/tasks.xlsx`,
    }),
  },
  {
    method: 'POST',
    url: '/api/v1/plans/:id/tasks/import',
    request: async (m, t) => ({
      url: `/api/v1/plans/${(await draftPlanAt(m, t)).id}/tasks/import?mode=preview`,
      file: await importFile(m, t),
    }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id/matrix',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await planWithTaskAt(m, t)).plan.id}/matrix` }),
  },
  {
    method: 'GET',
    url: '/api/v1/plans/:id/matrix.xlsx',
    request: async (m, t) => ({ url: `/api/v1/plans/${(await planWithTaskAt(m, t)).plan.id}/matrix.xlsx` }),
  },
];
