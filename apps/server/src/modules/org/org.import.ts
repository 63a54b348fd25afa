import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { UNIT_KIND_CODES, type OrgUnitListQuery } from '@danvan/contracts';
import { normalizeVi, parseDateVi, UNIT_KINDS } from '@danvan/domain';
import { today, type Ctx } from '../../core/context.ts';
import { inTx } from '../../core/audit.ts';
import { Err } from '../../core/errors.ts';
import { inScope, requireActor, scopesFor } from '../../core/scope.ts';
import type { Upload } from '../../core/files.ts';
import { renderXlsx } from '../../core/documents/xlsx.ts';
import * as repo from './org.repository.ts';
import * as svc from './org.service.ts';

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

interface RawRow {
  row: number;
  code: string;
  name: string;
  kind: string;
  parentCode: string;
  adminCode: string;
  groups: string;
  validFrom: string;
}

function kindFrom(s: string): string | null {
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

async function readRows(file: Upload): Promise<RawRow[]> {
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
    throw Err.import_invalid(`Không thấy dòng tiêu đề. Cột đầu tiên phải là "${IMPORT_COLUMNS[0]}"; các cột: ${IMPORT_COLUMNS.join(', ')}.`);
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

async function analyse(ctx: Ctx, file: Upload) {
  const actor = requireActor(ctx.actor);
  const writeScopes = scopesFor(actor, 'org:write');
  const rows = await readRows(file);
  if (!rows.length) throw Err.import_invalid('Tệp không có dòng dữ liệu nào.');
  if (rows.length > 5000) throw Err.import_invalid('Mỗi lần nhập tối đa 5.000 đơn vị.');
  const groups = new Set((await repo.listGroups(ctx.db)).map((g) => g.code));
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
    const groupCodes = r.groups
      ? r.groups
          .split(/[,;]/)
          .map((g) => g.trim())
          .filter(Boolean)
      : [];
    for (const g of groupCodes) if (!groups.has(g)) errors.push(`Nhóm "${g}" không tồn tại.`);
    const existing = r.code ? await repo.getUnitByCode(ctx.db, r.code) : undefined;
    if (existing && !inScope(writeScopes, existing))
      errors.push('Mã đơn vị đã thuộc một đơn vị ngoài phạm vi quản lý của bạn.');
    if (r.parentCode) {
      if (r.parentCode === r.code) errors.push('Đơn vị không thể là cấp trên của chính nó.');
      else if (!inFile.has(r.parentCode)) {
        const p = await repo.getUnitByCode(ctx.db, r.parentCode);
        if (!p || !inScope(scopesFor(actor, 'org:read'), p))
          errors.push(`Không tìm thấy đơn vị cấp trên "${r.parentCode}".`);
        else if (!inScope(writeScopes, p)) errors.push(`Bạn không có quyền thêm đơn vị vào "${p.name}".`);
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

export async function previewImport(ctx: Ctx, file: Upload) {
  const rows = await analyse(ctx, file);
  return {
    rows: rows.map((r) => ({
      row: r.row,
      code: r.code,
      name: r.name,
      kind: r.kind,
      parentCode: r.parentCode,
      action: r.action,
      errors: r.errors,
    })),
    valid: rows.filter((r) => !r.errors.length).length,
    invalid: rows.filter((r) => r.errors.length).length,
  };
}

/** Applies the file only when every row is valid (all or nothing); parents in the file come first. */
export async function commitImport(ctx: Ctx, file: Upload) {
  const rows = await analyse(ctx, file);
  const bad = rows.filter((r) => r.errors.length);
  if (bad.length)
    throw Err.import_invalid(`Tệp có ${bad.length} dòng lỗi; chưa nhập dòng nào.`, { errors: bad.flatMap((r) => r.errors.map((m) => ({ path: `dòng ${r.row}`, message: m }))) });
  return inTx(ctx, async (_tx, c) => {
    const pending = rows.filter((r) => r.action === 'create');
    let created = 0;
    let updated = 0;
    // insert in dependency order: a row whose parent is still pending waits
    while (pending.length) {
      const ready = pending.filter((r) => !pending.some((p) => p.code === r.parentCode));
      if (!ready.length)
        throw Err.import_invalid('Quan hệ cấp trên trong tệp bị vòng lặp.');
      for (const r of ready) {
        const parent = await repo.getUnitByCode(c.db, r.parentCode!);
        await svc.createUnit(c, {
          code: r.code,
          name: r.name,
          kind: r.kind as never,
          parentId: parent!.id,
          adminCode: r.adminCode || null,
          validFrom: r.validFrom!,
          groups: r.groupCodes,
        });
        created++;
        pending.splice(pending.indexOf(r), 1);
      }
    }
    for (const r of rows.filter((x) => x.action === 'update')) {
      await svc.updateUnit(c, r.existing!.id, {
        name: r.name,
        effectiveDate: today(c) > r.existing!.validFrom ? today(c) : undefined,
      });
      updated++;
    }
    return { created, updated, skipped: rows.filter((r) => r.action === 'skip').length };
  });
}

export async function exportUnits(ctx: Ctx, q: Omit<z.infer<typeof OrgUnitListQuery>, 'page' | 'pageSize'>) {
  const scopes = scopesFor(requireActor(ctx.actor), 'org:read');
  const { items } = await repo.listUnits(
    ctx.db,
    scopes,
    { ...q, q: q.q?.trim() || undefined, asOf: q.asOf ?? today(ctx) },
    { limit: 100_000, offset: 0 },
  );
  const byId = new Map(items.map((u) => [u.id, u]));
  const parents = await repo.getUnitsByIds(ctx.db, [
    ...new Set(items.map((u) => u.parentId).filter((x): x is number => x !== null && !byId.has(x))),
  ]);
  for (const p of parents) byId.set(p.id, p);
  const kindName = new Map(UNIT_KINDS.map((k) => [k.code, k.nameVi]));
  const fmt = (iso: string | null) =>
    iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : null;
  return renderXlsx([
    {
      name: 'Đơn vị',
      title: 'DANH SÁCH ĐƠN VỊ',
      columns: [
        { header: IMPORT_COLUMNS[0], key: 'code', width: 22 },
        { header: IMPORT_COLUMNS[1], key: 'name', width: 45 },
        { header: IMPORT_COLUMNS[2], key: 'kind', width: 28 },
        { header: IMPORT_COLUMNS[3], key: 'parent', width: 22 },
        { header: IMPORT_COLUMNS[4], key: 'adminCode', width: 14 },
        { header: IMPORT_COLUMNS[5], key: 'groups', width: 24 },
        { header: IMPORT_COLUMNS[6], key: 'validFrom', width: 14 },
        { header: 'Hiệu lực đến', key: 'validTo', width: 14 },
      ],
      rows: items.map((u) => ({
        code: u.code,
        name: u.name,
        kind: kindName.get(u.kind as never) ?? u.kind,
        parent: u.parentId ? (byId.get(u.parentId)?.code ?? null) : null,
        adminCode: u.adminCode,
        groups: u.groups.join(', '),
        validFrom: fmt(u.validFrom),
        validTo: fmt(u.validTo),
      })),
    },
  ]);
}
