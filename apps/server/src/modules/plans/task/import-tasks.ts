/**
 * Importing a plan's tasks from .xlsx or .csv (the sheet of plans.documents.ts TASK_COLUMNS): preview
 * with per-row errors, then commit all rows or none. Cells are read as NFC text (core/documents/
 * table-import.ts); groups and unit kinds are named by their Vietnamese names or their codes.
 */
import { CreateTask, TASK_RECURRENCE_LABELS, UNIT_KIND_CODES, type TaskRecurrence } from '@danvan/contracts';
import { normalizeVi, parseDateVi, UNIT_KINDS } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { inTx } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import type { Upload } from '../../../core/files.ts';
import { fetchRows } from '../../../core/page.ts';
import { readTable, SAVE_AS_HINT, splitList } from '../../../core/documents/table-import.ts';
import * as org from '../../org/index.ts';
import * as docsRepo from '../guiding-document/guiding-document.repository.ts';
import { authorizePlan } from '../plan/plan.policy.ts';
import { loadPlan } from '../plan/read-plan.ts';
import { readScopes, readsAtTest } from '../shared/unit.policy.ts';
import { TASK_COLUMNS } from '../plans.documents.ts';
import { createTask } from './create-task.ts';
import { assigneesOf, checkSchedule } from './task-schedule.ts';

const MAX_ROWS = 500;

const list = (s: string) =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

function recurrenceFrom(s: string): TaskRecurrence | null {
  const k = normalizeVi(s);
  if (!k) return 'none';
  for (const [code, label] of Object.entries(TASK_RECURRENCE_LABELS))
    if (k === code || k === normalizeVi(label.vi)) return code as TaskRecurrence;
  if (k === 'khong' || k === 'mot lan' || k === 'khong lap lai') return 'none';
  if (k === 'hang quy' || k === 'quy') return 'quarterly';
  if (k === 'hang thang' || k === 'thang') return 'monthly';
  if (k === '6 thang' || k === 'sau thang' || k === 'nua nam') return 'six_monthly';
  if (k === 'hang nam' || k === 'nam') return 'yearly';
  return null;
}

function kindFrom(s: string): string | null {
  if ((UNIT_KIND_CODES as readonly string[]).includes(s)) return s;
  const k = normalizeVi(s);
  return UNIT_KINDS.find((u) => normalizeVi(u.nameVi) === k)?.code ?? null;
}

async function analyse(ctx: Ctx, planId: number, file: Upload) {
  const plan = await loadPlan(ctx, planId);
  const unit = { id: plan.unitId, path: plan.unitPath };
  authorizePlan(ctx, 'importTasks', plan);
  const table = await readTable(file, TASK_COLUMNS.length);
  const headerIdx = table.findIndex(
    (r) =>
      normalizeVi(r[0] ?? '') === normalizeVi(TASK_COLUMNS[0]) &&
      normalizeVi(r[2] ?? '') === normalizeVi(TASK_COLUMNS[2]),
  );
  if (headerIdx < 0)
    throw Err.import_invalid(
      `Không thấy dòng tiêu đề của mẫu danh mục nhiệm vụ; các cột: ${TASK_COLUMNS.join(', ')}. ${SAVE_AS_HINT}`,
    );
  const data = table.slice(headerIdx + 1).filter((r) => r.some(Boolean));
  if (!data.length) throw Err.import_invalid('Tệp không có dòng nhiệm vụ nào.');
  if (data.length > MAX_ROWS) throw Err.import_invalid(`Mỗi lần nhập tối đa ${MAX_ROWS} nhiệm vụ.`);

  const codes = new Set(
    data.flatMap((r) => [r[4], ...list(r[5] ?? ''), ...list(r[8] ?? '')]).filter(Boolean),
  );
  const read = readScopes(ctx);
  const reads = readsAtTest(ctx);
  const byCode = new Map<string, { id: number }>();
  for (const u of await org.findUnits(ctx, {
    underUnitId: Number(plan.unitPath.split('/').filter(Boolean)[0]),
  }))
    if (codes.has(u.code) && reads(u)) byCode.set(u.code, u);
  const usableDocs = await fetchRows(docsRepo.docList(ctx.db, read, { usableBy: unit }).rows, {
    limit: 5000,
    offset: 0,
  });
  const docByNumber = new Map(usableDocs.map((d) => [d.numberSymbol, d.id]));
  const groupByKey = new Map<string, string>();
  for (const g of await org.listGroups(ctx)) {
    groupByKey.set(normalizeVi(g.name), g.code);
    groupByKey.set(normalizeVi(g.code), g.code);
  }

  const out = [];
  for (const [i, r] of data.entries()) {
    const errors: string[] = [];
    const unitIds = (cs: string[], label: string) =>
      cs.flatMap((c) => {
        const u = byCode.get(c);
        if (!u) errors.push(`${label}: không tìm thấy đơn vị mã "${c}".`);
        return u ? [u.id] : [];
      });
    const recurrence = recurrenceFrom(r[9] ?? '');
    if (!recurrence)
      errors.push(
        `Chu kỳ "${r[9]}" không hợp lệ (Một lần, Hằng tháng, Hằng quý, 6 tháng một lần, Hằng năm).`,
      );
    const due = r[10] ? (parseDateVi(r[10]) ?? (/^\d{4}-\d{2}-\d{2}$/.test(r[10]) ? r[10] : null)) : null;
    if (r[10] && !due) errors.push(`Thời hạn "${r[10]}" không đúng dạng dd/MM/yyyy.`);
    const groups = splitList(r[6] ?? '', (g) => groupByKey.get(normalizeVi(g)) ?? null);
    for (const g of groups.unknown) errors.push(`Nhóm "${g}" không tồn tại.`);
    const kinds = splitList(r[7] ?? '', kindFrom);
    for (const k of kinds.unknown) errors.push(`Loại đơn vị "${k}" không hợp lệ.`);
    const docIds = list(r[12] ?? '').map((n) => {
      const id = docByNumber.get(n);
      if (!id) errors.push(`Không có văn bản chỉ đạo số "${n}" trong sổ của đơn vị.`);
      return id ?? 0;
    });
    const candidate = {
      code: r[0],
      sectionNumber: r[1],
      title: r[2],
      description: r[3],
      leadUnitId: r[4] ? (unitIds([r[4]], 'Đơn vị chủ trì')[0] ?? null) : null,
      coordinatingUnitIds: unitIds(list(r[5] ?? ''), 'Đơn vị phối hợp'),
      assignTo: {
        groups: groups.values,
        kinds: kinds.values,
        unitIds: unitIds(list(r[8] ?? ''), 'Đơn vị thực hiện'),
      },
      recurrence: recurrence ?? 'none',
      dueDate: due,
      expectedProduct: r[11],
      guidingDocumentIds: docIds.filter(Boolean),
    };
    const parsed = CreateTask.safeParse(candidate);
    if (!parsed.success) for (const issue of parsed.error.issues) errors.push(issue.message);
    let assignees = 0;
    if (parsed.success && !errors.length) {
      try {
        checkSchedule(
          { ...parsed.data, dueDate: parsed.data.dueDate ?? null },
          plan.year,
          plan.status === 'issued' ? today(ctx) : undefined,
        );
        assignees = (
          await assigneesOf(
            ctx,
            { title: parsed.data.title, assignSelector: parsed.data.assignTo },
            unit,
            today(ctx),
          )
        ).length;
      } catch (e) {
        errors.push(e instanceof Error ? e.message : String(e));
      }
    }
    out.push({
      row: headerIdx + i + 2,
      code: r[0],
      title: r[2],
      assignees,
      errors,
      input: parsed.success ? parsed.data : null,
    });
  }
  return out;
}

export async function previewTaskImport(ctx: Ctx, planId: number, file: Upload) {
  const rows = await analyse(ctx, planId, file);
  return {
    rows: rows.map(({ input: _i, ...r }) => r),
    valid: rows.filter((r) => !r.errors.length).length,
    invalid: rows.filter((r) => r.errors.length).length,
  };
}

export async function commitTaskImport(ctx: Ctx, planId: number, file: Upload) {
  const rows = await analyse(ctx, planId, file);
  const bad = rows.filter((r) => r.errors.length);
  if (bad.length)
    throw Err.import_invalid(`Tệp có ${bad.length} dòng lỗi; chưa nhập nhiệm vụ nào.`, {
      errors: bad.flatMap((r) => r.errors.map((m) => ({ path: `dòng ${r.row}`, message: m }))),
    });
  return inTx(ctx, async (_tx, c) => {
    for (const r of rows) await createTask(c, planId, r.input!);
    return { created: rows.length };
  });
}
