/**
 * Documents of a plan: the plan itself as .docx in the format of Nghị định 30/2020/NĐ-CP, and the
 * compliance list and the task list as .xlsx (the task list is also the import template).
 */
import {
  PLAN_COMPLIANCE_LABELS,
  TASK_RECURRENCE_LABELS,
  type PlanComplianceState,
  type TaskRecurrence,
  type UnitSelector,
} from '@danvan/contracts';
import { UNIT_KINDS } from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { renderNd30Docx, type Block } from '../../core/documents/nd30.ts';
import { placeNameFor } from '../../core/documents/place.ts';
import { renderXlsx } from '../../core/documents/xlsx.ts';
import * as org from '../org/index.ts';
import * as tasksRepo from './task/task.repository.ts';
import { describeSelector, docRefMap, fmt } from './shared/refs.ts';
import { loadPlan } from './plan/read-plan.ts';
import type { PlanRow } from './plan/plan.present.ts';
import { planCompliance } from './matrix/read-compliance.ts';

const ROMAN = /^[IVXLC]+$/;

function paragraphs(text: string): Block[] {
  return text
    .split(/\n+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => ({ kind: 'paragraph' as const, text: s }));
}

function heading(number: string, title: string): Block {
  const parts = number.split('.');
  if (parts.length === 1)
    return { kind: 'heading', level: 1, text: `${number}. ${title.toLocaleUpperCase('vi-VN')}` };
  if (parts.length === 2) return { kind: 'heading', level: 2, text: `${parts[1]}. ${title}` };
  return { kind: 'heading', level: 3, text: `${parts.slice(1).join('.')}. ${title}` };
}

async function dueText(t: { recurrence: string; dueDate: string | null }) {
  if (t.recurrence === 'none') return t.dueDate ? fmt(t.dueDate) : '';
  const label = TASK_RECURRENCE_LABELS[t.recurrence as TaskRecurrence]?.vi ?? t.recurrence;
  return t.dueDate ? `${label}, từ ${fmt(t.dueDate)}` : label;
}

async function taskTable(ctx: Ctx, tasks: tasksRepo.TaskView[], leads: Map<number, string>): Promise<Block> {
  const rows: (string | number | null)[][] = [];
  for (const [i, t] of tasks.entries()) {
    const assignees = await describeSelector(ctx, t.assignSelector as UnitSelector);
    const lead = t.leadUnitId ? leads.get(t.leadUnitId) : undefined;
    rows.push([
      i + 1,
      t.title,
      lead ? `Chủ trì: ${lead}; thực hiện: ${assignees}` : assignees,
      await dueText(t),
      t.expectedProduct,
    ]);
  }
  return { kind: 'table', columns: ['TT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Thời hạn', 'Sản phẩm'], rows };
}

/** The plan's body: basis, I. purposes and requirements, the numbered sections with their tasks. */
async function planBlocks(ctx: Ctx, plan: PlanRow): Promise<Block[]> {
  const blocks: Block[] = [];
  blocks.push(...paragraphs(plan.basis));
  const docs = await docRefMap(ctx, plan.guidingDocumentIds);
  const hasPurposes = plan.purposes.length > 0 || plan.requirements.length > 0;
  if (hasPurposes) {
    blocks.push({ kind: 'heading', level: 1, text: 'I. MỤC ĐÍCH, YÊU CẦU' });
    if (plan.purposes.length) {
      blocks.push({ kind: 'heading', level: 2, text: '1. Mục đích' });
      for (const p of plan.purposes) blocks.push(...paragraphs(p));
    }
    if (plan.requirements.length) {
      blocks.push({ kind: 'heading', level: 2, text: `${plan.purposes.length ? 2 : 1}. Yêu cầu` });
      for (const r of plan.requirements) blocks.push(...paragraphs(r));
    }
  }
  const tasks = await tasksRepo.listTasks(ctx.db, plan.id);
  const leadIds = [...new Set(tasks.map((t) => t.leadUnitId).filter((x): x is number => x !== null))];
  const leads = new Map((await org.getUnitsByIds(ctx, leadIds)).map((u) => [u.id, u.name]));
  const placed = new Set<number>();
  for (const s of plan.sections) {
    // part I is written from the purposes and requirements when the plan has them
    if (hasPurposes && s.number === 'I') continue;
    blocks.push(heading(s.number, s.title));
    blocks.push(...paragraphs(s.body));
    const own = tasks.filter((t) => t.sectionNumber === s.number);
    if (own.length) {
      blocks.push(await taskTable(ctx, own, leads));
      for (const t of own) placed.add(t.id);
    }
  }
  const rest = tasks.filter((t) => !placed.has(t.id));
  if (rest.length) {
    const lastRoman =
      plan.sections.filter((s) => ROMAN.test(s.number)).length +
      (hasPurposes && !plan.sections.some((s) => s.number === 'I') ? 1 : 0);
    blocks.push({ kind: 'heading', level: 1, text: `${toRoman(lastRoman + 1)}. DANH MỤC NHIỆM VỤ` });
    blocks.push(await taskTable(ctx, rest, leads));
  }
  if (plan.requiredDue && plan.requiredSelector) {
    const who = await describeSelector(ctx, plan.requiredSelector);
    blocks.push({
      kind: 'paragraph',
      text: `${who ? `${who}: c` : 'C'}ăn cứ Kế hoạch này xây dựng, ban hành kế hoạch triển khai thực hiện của cơ quan, đơn vị, địa phương mình trước ngày ${fmt(plan.requiredDue)}.`,
    });
  }
  if (docs.size) {
    const cited = plan.guidingDocumentIds
      .map((id) => docs.get(id))
      .filter((d): d is NonNullable<typeof d> => Boolean(d))
      .map((d) => `số ${d.numberSymbol} ngày ${fmt(d.issuedOn)}`);
    if (cited.length && !plan.basis.trim())
      blocks.unshift({ kind: 'paragraph', text: `Căn cứ các văn bản ${cited.join('; ')};`, italic: true });
  }
  blocks.push(...paragraphs(plan.closing));
  return blocks;
}

function toRoman(n: number): string {
  const map: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of map)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

export async function planDocx(ctx: Ctx, id: number): Promise<{ buffer: Buffer; filename: string }> {
  const plan = await loadPlan(ctx, id);
  const buffer = await renderNd30Docx({
    issuerParent: plan.issuerParent ?? undefined,
    issuer: plan.issuerName,
    numberSymbol: plan.numberSymbol || '/KH',
    place:
      plan.place ||
      (await placeNameFor((await org.getUnitById(ctx, plan.unitId))!, (ids) => org.getUnitsByIds(ctx, ids))),
    date: plan.status === 'issued' ? plan.issuedOn : null,
    docType: 'KẾ HOẠCH',
    subject: plan.title,
    blocks: await planBlocks(ctx, plan),
    recipients: plan.recipients,
    signer: {
      authority: plan.signerAuthority || undefined,
      position: plan.signerPosition || 'THỦ TRƯỞNG ĐƠN VỊ',
      name: plan.signerName,
    },
  });
  const num = plan.numberSymbol ? plan.numberSymbol.replace(/[/\\]/g, '-') : `du-thao-${plan.id}`;
  return { buffer, filename: `ke-hoach-${num}.docx` };
}

export async function complianceXlsx(
  ctx: Ctx,
  id: number,
  f: { status?: string; group?: string; q?: string },
) {
  const plan = await loadPlan(ctx, id);
  const c = await planCompliance(ctx, id, f);
  return renderXlsx([
    {
      name: 'Tình hình ban hành',
      title: `TÌNH HÌNH BAN HÀNH KẾ HOẠCH THỰC HIỆN ${plan.numberSymbol ? `KẾ HOẠCH SỐ ${plan.numberSymbol}` : plan.title.toLocaleUpperCase('vi-VN')}${c.requiredDue ? ` (HẠN ${fmt(c.requiredDue)})` : ''}`,
      columns: [
        { header: 'STT', key: 'stt', width: 6 },
        { header: 'Mã đơn vị', key: 'code', width: 16 },
        { header: 'Đơn vị', key: 'name', width: 40 },
        { header: 'Tình trạng', key: 'status', width: 24 },
        { header: 'Số, ký hiệu kế hoạch', key: 'number', width: 22 },
        { header: 'Ngày ban hành', key: 'issuedOn', width: 14, type: 'date' },
        { header: 'Số ngày chậm', key: 'daysLate', width: 12, type: 'integer' },
        { header: 'Đang dự thảo', key: 'draft', width: 12 },
      ],
      rows: c.rows.map((r, i) => ({
        stt: i + 1,
        code: r.unitCode,
        name: r.unitName,
        status: PLAN_COMPLIANCE_LABELS[r.status as PlanComplianceState].vi,
        number: r.ownPlanNumberSymbol,
        issuedOn: r.ownPlanIssuedOn,
        daysLate: r.daysLate || null,
        draft: r.hasDraft ? 'Có' : '',
      })),
    },
    {
      name: 'Tổng hợp',
      columns: [
        { header: 'Tình trạng', key: 'label', width: 30 },
        { header: 'Số đơn vị', key: 'n', width: 12 },
      ],
      rows: [
        { label: PLAN_COMPLIANCE_LABELS.issued.vi, n: c.summary.issued },
        { label: PLAN_COMPLIANCE_LABELS.late.vi, n: c.summary.late },
        { label: PLAN_COMPLIANCE_LABELS.missing.vi, n: c.summary.missing },
        { label: PLAN_COMPLIANCE_LABELS.pending.vi, n: c.summary.pending },
        { label: 'Tổng số đơn vị phải ban hành', n: c.summary.total },
      ],
    },
  ]);
}

/** Column headers of the task sheet: the export of a plan's tasks and the import template. */
export const TASK_COLUMNS = [
  'Mã',
  'Mục',
  'Tên nhiệm vụ',
  'Nội dung',
  'Đơn vị chủ trì (mã)',
  'Đơn vị phối hợp (mã)',
  'Giao cho nhóm (tên hoặc mã nhóm)',
  'Giao cho loại đơn vị',
  'Giao cho đơn vị (mã)',
  'Chu kỳ',
  'Thời hạn',
  'Sản phẩm',
  'Văn bản chỉ đạo (số, ký hiệu)',
] as const;

export async function tasksXlsx(ctx: Ctx, planId: number) {
  const plan = await loadPlan(ctx, planId);
  const tasks = await tasksRepo.listTasks(ctx.db, plan.id);
  const unitIds = tasks.flatMap((t) => [
    t.leadUnitId ?? 0,
    ...t.coordinatingUnitIds,
    ...(t.assignSelector.unitIds ?? []),
  ]);
  const codes = new Map(
    (await org.getUnitsByIds(ctx, [...new Set(unitIds.filter(Boolean))])).map((u) => [u.id, u.code]),
  );
  const docs = await docRefMap(
    ctx,
    tasks.flatMap((t) => t.guidingDocumentIds),
  );
  // groups and kinds by their Vietnamese names, separated by "; " (names hold commas); the import
  // reads names and codes alike
  const groupName = new Map((await org.listGroups(ctx)).map((g) => [g.code, g.name]));
  const kindName = new Map<string, string>(UNIT_KINDS.map((k) => [k.code, k.nameVi]));
  const keys = [
    'code',
    'section',
    'title',
    'description',
    'lead',
    'coord',
    'groups',
    'kinds',
    'units',
    'recurrence',
    'due',
    'product',
    'docs',
  ];
  const widths = [10, 8, 50, 60, 16, 24, 30, 26, 24, 16, 12, 40, 30];
  return renderXlsx([
    {
      name: 'Nhiệm vụ',
      columns: TASK_COLUMNS.map((header, i) => ({
        header,
        key: keys[i],
        width: widths[i],
        ...(keys[i] === 'due' ? { type: 'date' as const } : {}),
      })),
      rows: tasks.map((t) => ({
        code: t.code,
        section: t.sectionNumber,
        title: t.title,
        description: t.description,
        lead: t.leadUnitId ? (codes.get(t.leadUnitId) ?? '') : '',
        coord: t.coordinatingUnitIds
          .map((id) => codes.get(id) ?? '')
          .filter(Boolean)
          .join(', '),
        groups: (t.assignSelector.groups ?? []).map((g) => groupName.get(g) ?? g).join('; '),
        kinds: (t.assignSelector.kinds ?? []).map((k) => kindName.get(k) ?? k).join('; '),
        units: (t.assignSelector.unitIds ?? [])
          .map((id) => codes.get(id) ?? '')
          .filter(Boolean)
          .join(', '),
        recurrence: TASK_RECURRENCE_LABELS[t.recurrence as TaskRecurrence]?.vi ?? t.recurrence,
        due: t.dueDate,
        product: t.expectedProduct,
        docs: t.guidingDocumentIds
          .map((id) => docs.get(id)?.numberSymbol ?? '')
          .filter(Boolean)
          .join('; '),
      })),
    },
  ]);
}
