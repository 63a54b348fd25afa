import ExcelJS from 'exceljs';
import { UNIT_KIND_CODES } from '@danvan/contracts';
import { normalizeVi, UNIT_KINDS } from '@danvan/domain';
import { Err } from '../../../core/errors.ts';
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

function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (v instanceof Date)
    return `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}`;
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  return String(v);
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let q = false;
  const sep =
    (text.split('\n')[0].match(/;/g)?.length ?? 0) > (text.split('\n')[0].match(/,/g)?.length ?? 0)
      ? ';'
      : ',';
  const endCell = () => {
    row.push(cur.replace(/\r$/, ''));
    cur = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === sep) endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else cur += c;
  }
  if (cur || row.length) {
    endCell();
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim()));
}

export async function readRows(file: Upload): Promise<RawRow[]> {
  let table: string[][];
  if (file.detected?.ext === 'csv' || file.detected?.ext === 'txt') {
    table = parseCsv(file.buffer.toString('utf8').replace(/^\uFEFF/, ''));
  } else if (file.detected?.ext === 'xlsx') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.buffer as never);
    const ws = wb.worksheets[0];
    table = [];
    ws?.eachRow({ includeEmpty: false }, (r) => {
      const vals: string[] = [];
      for (let i = 1; i <= IMPORT_COLUMNS.length; i++) vals.push(cellText(r.getCell(i).value).trim());
      table.push(vals);
    });
  } else {
    throw Err.file_type_not_allowed('Chỉ nhận tệp .xlsx hoặc .csv (UTF-8).');
  }
  const headerIdx = table.findIndex((r) => normalizeVi(r[0] ?? '') === normalizeVi(IMPORT_COLUMNS[0]));
  if (headerIdx < 0)
    throw Err.import_invalid(
      `Không thấy dòng tiêu đề. Cột đầu tiên phải là "${IMPORT_COLUMNS[0]}"; các cột: ${IMPORT_COLUMNS.join(', ')}.`,
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
