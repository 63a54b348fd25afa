/**
 * The records the plans matrix rows ask about (plans.matrix.ts), made with the system context at the
 * target unit: communeA ('own'), communeB ('sibling') or the province root ('parent').
 */
import ExcelJS from 'exceljs';
import type { MatrixContext, Target } from '../../../test/access-matrix.types.ts';
import { sys, uid, unitFor } from '../../../test/factories.ts';
import { createDoc } from './guiding-document/create-guiding-document.ts';
import { createPlan } from './plan/create-plan.ts';
import { issuePlan } from './plan/issue-plan.ts';
import { createTask } from './task/create-task.ts';
import { createLeader } from './leader/create-leader.ts';
import { createMovement } from './movement/create-movement.ts';
import { createTheme } from './theme/create-theme.ts';
import * as matrixRepo from './matrix/matrix.repository.ts';

export const year = () => Number(new Date().toISOString().slice(0, 4));
export const unitOf = (m: MatrixContext, t: Target) => m.unitId(t);
const ctxOf = (m: MatrixContext) => sys(m.env);

export async function docAt(m: MatrixContext, t: Target) {
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
export async function draftPlanAt(m: MatrixContext, t: Target) {
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
export async function planWithTaskAt(m: MatrixContext, t: Target, issue = t !== 'parent') {
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
export async function assignmentAt(m: MatrixContext, t: Target) {
  const { task } = await planWithTaskAt(m, t, true);
  const cells = await matrixRepo.matrixCells(m.env.database.db, [task.id], [unitOf(m, t)], `${year()}-01-01`);
  return cells[0].assignmentId;
}

let themeYear = 0;
export async function themeAt(m: MatrixContext, t: Target) {
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

export async function movementAt(m: MatrixContext, t: Target) {
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

export async function leaderAt(m: MatrixContext, t: Target) {
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

export async function importFile(m: MatrixContext, t: Target) {
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

export const listed = (body: { items: { id: number }[] }, id: unknown) => body.items.some((x) => x.id === id);
