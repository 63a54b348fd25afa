import { UNIT_KIND_CODES } from '@danvan/contracts';
import { normalizeVi, UNIT_KINDS } from '@danvan/domain';
import { Err } from '../../../core/errors.ts';
import { readTable, SAVE_AS_HINT } from '../../../core/documents/table-import.ts';
import type { Upload } from '../../../core/files.ts';

/** Column headers of the import sheet (and of the export, so an export can be re-imported). */
export const IMPORT_COLUMNS = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Loại đơn vị',
  'Mã đơn vị cấp trên',
  'Mã hành chính',
  'Nhóm',
  'Hiệu lực từ',
] as const;

export interface RawRow {
  row: number;
  code: string;
  name: string;
  kind: string;
  parentCode: string;
  adminCode: string;
  groups: string;
  validFrom: string;
}

export function kindFrom(s: string): string | null {
  const k = normalizeVi(s);
  if ((UNIT_KIND_CODES as readonly string[]).includes(s.trim())) return s.trim();
  // accept the code, the full Vietnamese name, or the name without its parenthesis ("UBND cấp xã")
  const hit = UNIT_KINDS.find((u) => {
    const n = normalizeVi(u.nameVi);
    return n === k || normalizeVi(u.code) === k || normalizeVi(u.nameVi.replace(/\s*\(.*\)\s*$/, '')) === k;
  });
  return hit?.code ?? null;
}

export async function readRows(file: Upload): Promise<RawRow[]> {
  const table = await readTable(file, IMPORT_COLUMNS.length);
  const headerIdx = table.findIndex((r) => normalizeVi(r[0] ?? '') === normalizeVi(IMPORT_COLUMNS[0]));
  if (headerIdx < 0)
    throw Err.import_invalid(
      `Không thấy dòng tiêu đề. Cột đầu tiên phải là "${IMPORT_COLUMNS[0]}"; các cột: ${IMPORT_COLUMNS.join(', ')}. ${SAVE_AS_HINT}`,
    );
  return table.slice(headerIdx + 1).map((r, i) => ({
    row: headerIdx + i + 2,
    code: (r[0] ?? '').trim(),
    name: (r[1] ?? '').trim(),
    kind: (r[2] ?? '').trim(),
    parentCode: (r[3] ?? '').trim(),
    adminCode: (r[4] ?? '').trim(),
    groups: (r[5] ?? '').trim(),
    validFrom: (r[6] ?? '').trim(),
  }));
}
