/**
 * Import of earlier petitions (a paper register) from .xlsx/.csv: Ngày nhận | Loại đơn | Lĩnh vực |
 * Kênh tiếp nhận | Người đứng đơn | Số người | Trích yếu | Nội dung. A preview checks each row;
 * commit enters them all (or none) as received petitions, each with its deadline from the register.
 */
import {
  normalizeVi,
  parseDateVi,
  PETITION_CHANNEL_LABELS,
  PETITION_CHANNELS,
  PETITION_FIELD_LABELS,
  PETITION_FIELDS,
  PETITION_KIND_LABELS,
  PETITION_KINDS,
} from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { inTx } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import type { Upload } from '../../../core/files.ts';
import { readTable } from '../../../core/documents/table-import.ts';
import { createPetitions } from '../petition/create-petition.ts';

const COLUMNS = [
  'Ngày nhận',
  'Loại đơn',
  'Lĩnh vực',
  'Kênh tiếp nhận',
  'Người đứng đơn',
  'Số người',
  'Trích yếu',
  'Nội dung',
];

function resolver<K extends string>(codes: readonly K[], labels: Record<K, { vi: string }>) {
  return (text: string): K | null => {
    const key = normalizeVi(text);
    return codes.find((c) => c === text.trim() || normalizeVi(labels[c].vi) === key) ?? null;
  };
}
const kindOf = resolver(PETITION_KINDS, PETITION_KIND_LABELS);
const fieldOf = resolver(PETITION_FIELDS, PETITION_FIELD_LABELS);
const channelOf = resolver(PETITION_CHANNELS, PETITION_CHANNEL_LABELS);

async function analyse(ctx: Ctx, file: Upload) {
  const table = await readTable(file, COLUMNS.length);
  const header = normalizeVi(table[0]?.join(' ') ?? '');
  const body = header.includes('ngay nhan') ? table.slice(1) : table;
  return body.map((r, i) => {
    const errors: string[] = [];
    const receivedOn = parseDateVi(r[0]) ?? (/^\d{4}-\d{2}-\d{2}$/.test(r[0]) ? r[0] : null);
    if (!receivedOn) errors.push('Ngày nhận không hợp lệ (dd/mm/yyyy)');
    else if (receivedOn > today(ctx)) errors.push('Ngày nhận sau ngày hôm nay');
    const kind = kindOf(r[1]);
    if (!kind) errors.push(`Loại đơn "${r[1]}" không có trong danh mục`);
    const field = r[2] ? fieldOf(r[2]) : 'khac';
    if (!field) errors.push(`Lĩnh vực "${r[2]}" không có trong danh mục`);
    const channel = r[3] ? channelOf(r[3]) : 'in_person';
    if (!channel || channel === 'reception_visit') errors.push(`Kênh tiếp nhận "${r[3]}" không nhập được`);
    const count = r[5] ? Number(r[5]) : 1;
    if (!Number.isInteger(count) || count < 1 || count > 100_000)
      errors.push('Số người phải là số nguyên từ 1');
    if (!r[6]) errors.push('Thiếu trích yếu');
    if (!r[7]) errors.push('Thiếu nội dung');
    return {
      row: i + (body === table ? 1 : 2),
      receivedOn,
      kind,
      field,
      channel,
      name: r[4] || null,
      count,
      subject: r[6],
      content: r[7],
      errors,
    };
  });
}

export async function previewPetitionImport(ctx: Ctx, file: Upload) {
  const rows = await analyse(ctx, file);
  return {
    rows: rows.map((r) => ({
      row: r.row,
      action: (r.errors.length ? 'skip' : 'create') as 'create' | 'skip',
      subject: r.subject,
      errors: r.errors,
    })),
    valid: rows.filter((r) => !r.errors.length).length,
    invalid: rows.filter((r) => r.errors.length).length,
  };
}

export async function commitPetitionImport(ctx: Ctx, unitId: number, file: Upload) {
  const rows = await analyse(ctx, file);
  const bad = rows.filter((r) => r.errors.length);
  if (bad.length)
    throw Err.import_invalid(`Tệp có ${bad.length} dòng lỗi; chưa nhập dòng nào.`, {
      errors: bad.flatMap((r) => r.errors.map((m) => ({ path: `dòng ${r.row}`, message: m }))),
    });
  return inTx(ctx, async (_tx, c) => {
    const ids: number[] = [];
    for (const r of rows) {
      const made = await createPetitions(c, {
        unitId,
        receivedOn: r.receivedOn!,
        channel: r.channel!,
        kinds: [r.kind!],
        field: r.field!,
        petitionersCount: r.count,
        representativeName: r.name,
        subject: r.subject,
        content: r.content,
        complex: false,
        remoteArea: false,
        duplicateDecisions: [],
      });
      ids.push(...made.map((m) => m.id));
    }
    return { created: ids.length, ids };
  });
}
