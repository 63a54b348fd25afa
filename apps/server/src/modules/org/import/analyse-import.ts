import { normalizeVi, parseDateVi } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { Err } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import type { Upload } from '../../../core/files.ts';
import * as groupRepo from '../group/group.repository.ts';
import * as units from '../unit/unit.repository.ts';
import { canUnit } from '../unit/unit.policy.ts';
import { splitList } from '../../../core/documents/table-import.ts';
import { kindFrom, readRows } from './import-sheet.ts';

/**
 * Reads the file and checks every row against the tree as the actor may change it: what each row
 * would do (create, update the name, skip) and what is wrong with it.
 */
export async function analyseImport(ctx: Ctx, file: Upload) {
  const actor = requireActor(ctx.actor);
  const rows = await readRows(file);
  if (!rows.length) throw Err.import_invalid('Tệp không có dòng dữ liệu nào.');
  if (rows.length > 5000) throw Err.import_invalid('Mỗi lần nhập tối đa 5.000 đơn vị.');
  // a group is named by its code or by its name (the export writes names, "Khối xã, phường")
  const groupByKey = new Map<string, string>();
  for (const g of await groupRepo.listGroups(ctx.db)) {
    groupByKey.set(normalizeVi(g.name), g.code);
    groupByKey.set(normalizeVi(g.code), g.code);
  }
  const inFile = new Map(rows.map((r) => [r.code, r]));
  const seen = new Set<string>();
  const out = [];
  for (const r of rows) {
    const errors: string[] = [];
    if (!r.code) errors.push('Thiếu mã đơn vị.');
    else if (!/^[A-Za-z0-9_.-]+$/.test(r.code))
      errors.push('Mã đơn vị chỉ gồm chữ không dấu, số, "_", ".", "-".');
    if (seen.has(r.code)) errors.push('Mã đơn vị bị trùng trong tệp.');
    seen.add(r.code);
    if (r.name.length < 2) errors.push('Thiếu tên đơn vị.');
    const kind = kindFrom(r.kind);
    if (!kind) errors.push(`Loại đơn vị "${r.kind}" không hợp lệ.`);
    const validFrom = r.validFrom
      ? (parseDateVi(r.validFrom) ?? (/^\d{4}-\d{2}-\d{2}$/.test(r.validFrom) ? r.validFrom : null))
      : today(ctx);
    if (!validFrom) errors.push(`Ngày hiệu lực "${r.validFrom}" không đúng dạng dd/MM/yyyy.`);
    const { values: groupCodes, unknown } = splitList(
      r.groups,
      (g) => groupByKey.get(normalizeVi(g)) ?? null,
    );
    for (const g of unknown) errors.push(`Nhóm "${g}" không tồn tại.`);
    const existing = r.code ? await units.getUnitByCode(ctx.db, r.code) : undefined;
    if (existing && !canUnit(actor, 'update', existing))
      errors.push('Mã đơn vị đã thuộc một đơn vị ngoài phạm vi quản lý của bạn.');
    if (r.parentCode) {
      if (r.parentCode === r.code) errors.push('Đơn vị không thể là cấp trên của chính nó.');
      else if (!inFile.has(r.parentCode)) {
        const p = await units.getUnitByCode(ctx.db, r.parentCode);
        if (!p || !canUnit(actor, 'read', p))
          errors.push(`Không tìm thấy đơn vị cấp trên "${r.parentCode}".`);
        else if (!canUnit(actor, 'createChild', p))
          errors.push(`Bạn không có quyền thêm đơn vị vào "${p.name}".`);
      }
    } else if (!existing) errors.push('Thiếu mã đơn vị cấp trên.');
    out.push({
      ...r,
      kind: kind ?? r.kind,
      validFrom,
      groupCodes,
      existing,
      parentCode: r.parentCode || null,
      action: (existing ? (existing.name === r.name ? 'skip' : 'update') : 'create') as
        'create' | 'update' | 'skip',
      errors,
    });
  }
  return out;
}
