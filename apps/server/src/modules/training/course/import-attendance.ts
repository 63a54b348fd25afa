/**
 * Import of a course's attendance list from .xlsx/.csv (the shape of the petitions and org imports):
 * STT | Họ và tên | Chức vụ | Đơn vị (tên hoặc mã đơn vị). A preview checks each row in Vietnamese
 * and writes nothing; commit adds every row (or none) to the course's persons, on the version the
 * preview was made against, and raises the units' counts to the persons named.
 */
import type { TrainingImportPreview, TrainingImportRow } from '@danvan/contracts';
import { normalizeVi, personKey } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { inTx } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import type { Upload } from '../../../core/files.ts';
import { readTable } from '../../../core/documents/table-import.ts';
import type { Db } from '../../../db/client.ts';
import * as org from '../../org/index.ts';
import * as repo from './course.repository.ts';
import { staleCourse } from './course.checks.ts';
import { loadCourse } from './read-course.ts';
import { writeAttendance } from './set-attendance.ts';

export const ATTENDANCE_COLUMNS = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị'];

type Row = TrainingImportRow & { blocking: boolean };

async function unitFinder(ctx: Ctx, course: repo.CourseRow) {
  const rootId = Number(course.unitPath.split('/')[1]);
  const units = await org.findUnits(ctx, { underUnitId: rootId });
  const byCode = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, k: string | null | undefined, id: number) => {
    if (!k) return;
    const key = normalizeVi(k);
    m.set(key, [...new Set([...(m.get(key) ?? []), id])]);
  };
  for (const u of units) {
    add(byCode, u.code, u.id);
    add(byCode, u.adminCode, u.id);
    add(byName, u.name, u.id);
    add(byName, u.shortName, u.id);
  }
  return (text: string): { id: number | null; error?: string } => {
    const key = normalizeVi(text);
    const hit = byCode.get(key) ?? byName.get(key) ?? [];
    if (hit.length === 1) return { id: hit[0] };
    if (hit.length > 1)
      return { id: null, error: `Có nhiều đơn vị tên "${text}": hãy ghi mã đơn vị thay cho tên` };
    return { id: null, error: `Không tìm thấy đơn vị "${text}" trong cây tổ chức` };
  };
}

async function analyse(ctx: Ctx, db: Db, course: repo.CourseRow, file: Upload): Promise<Row[]> {
  const table = await readTable(file, ATTENDANCE_COLUMNS.length);
  const first = (table[0] ?? []).map((c) => normalizeVi(c));
  const hasHeader = first.some((c) => c.includes('ho va ten') || c === 'ho ten');
  const body = hasHeader ? table.slice(1) : table;
  // Without an STT column the name is in the first column.
  const offset = hasHeader && !first[0].includes('stt') ? -1 : 0;
  const cell = (r: string[], i: number) => (r[i + offset] ?? '').trim();
  const find = await unitFinder(ctx, course);
  const existing = new Set(
    (await repo.attendees(db, course.id)).map((p) => `${p.unitId}|${personKey(p.fullName)}`),
  );
  const seen = new Map<string, number>();
  const out: Row[] = [];
  body.forEach((r, i) => {
    const rowNo = i + (hasHeader ? 2 : 1);
    if (r.every((x) => !x.trim())) return;
    const errors: string[] = [];
    const fullName = cell(r, 1);
    const position = cell(r, 2);
    const unitName = cell(r, 3);
    if (!fullName) errors.push('Thiếu họ và tên');
    else if (fullName.length > 200) errors.push('Họ và tên: tối đa 200 ký tự');
    if (position.length > 200) errors.push('Chức vụ: tối đa 200 ký tự');
    let unitId: number | null = null;
    if (!unitName) errors.push('Thiếu đơn vị');
    else {
      const u = find(unitName);
      unitId = u.id;
      if (u.error) errors.push(u.error);
    }
    let action: 'create' | 'skip' = errors.length ? 'skip' : 'create';
    if (!errors.length && unitId) {
      const key = `${unitId}|${personKey(fullName)}`;
      if (seen.has(key)) errors.push(`Trùng với dòng ${seen.get(key)} của tệp`);
      else if (existing.has(key)) {
        action = 'skip';
        errors.push('Đã có trong danh sách tham dự của lớp (bỏ qua)');
        seen.set(key, rowNo);
        out.push({ row: rowNo, action, fullName, position, unitName, unitId, errors, blocking: false });
        return;
      } else seen.set(key, rowNo);
    }
    if (errors.length) action = 'skip';
    out.push({
      row: rowNo,
      action,
      fullName,
      position,
      unitName,
      unitId,
      errors,
      blocking: errors.length > 0,
    });
  });
  if (!out.length)
    throw Err.import_invalid('Tệp không có dòng nào: cần các cột STT, Họ và tên, Chức vụ, Đơn vị.', {
      errors: [{ path: 'file', message: 'Tệp không có dòng dữ liệu nào' }],
    });
  return out;
}

const preview = (rows: Row[]): TrainingImportPreview => ({
  rows: rows.map(({ blocking: _b, ...r }) => (void _b, r)),
  valid: rows.filter((r) => r.action === 'create').length,
  invalid: rows.filter((r) => r.blocking).length,
});

/** Preview: the rows as they would be entered, with their errors; writes nothing. */
export async function previewAttendanceImport(ctx: Ctx, courseId: number, file: Upload) {
  const course = await loadCourse(ctx, courseId, 'update');
  return preview(await analyse(ctx, ctx.db, course, file));
}

/** Commit: all rows or none, on the version the preview was made against. */
export async function commitAttendanceImport(
  ctx: Ctx,
  courseId: number,
  file: Upload,
  expectedVersion: number | undefined,
) {
  return inTx(ctx, async (tx, c) => {
    const before = await loadCourse(c, courseId, 'update', { lock: true, db: tx });
    if (expectedVersion !== undefined && expectedVersion !== before.version) throw staleCourse();
    const rows = await analyse(c, tx, before, file);
    const bad = rows.filter((r) => r.blocking);
    if (bad.length)
      throw Err.import_invalid(`Tệp có ${bad.length} dòng lỗi; chưa nhập dòng nào.`, {
        errors: bad.flatMap((r) => r.errors.map((m) => ({ path: `dòng ${r.row}`, message: m }))),
      });
    const [units, persons] = await Promise.all([
      repo.attendanceUnits(tx, before.id),
      repo.attendees(tx, before.id),
    ]);
    const added = rows.filter((r) => r.action === 'create');
    return writeAttendance(
      tx,
      c,
      before,
      {
        units: units.map((u) => ({ unitId: u.unitId, count: u.count })),
        persons: [
          ...persons.map((p) => ({ unitId: p.unitId, fullName: p.fullName, position: p.position })),
          ...added.map((r) => ({ unitId: r.unitId!, fullName: r.fullName, position: r.position })),
        ],
      },
      'import_attendance',
    );
  });
}
