/**
 * Import of earlier petitions (a paper register) from .xlsx/.csv, with the columns of the template
 * (petitionImportTemplate): Ngày nhận | Loại đơn | Lĩnh vực | Kênh tiếp nhận | Người đứng đơn | Số người |
 * Trích yếu | Nội dung. The columns are found by their header (in any order, the header on any of the
 * first rows, e.g. under a title row); a file without a header is read in the template's order.
 * A preview checks each row and names each error by its column; commit enters the valid rows as
 * received petitions (each with its deadline from the legal register) and skips the others.
 */
import {
  deadlineRuleCode,
  normalizeVi,
  parseDateVi,
  PETITION_CHANNEL_LABELS,
  PETITION_CHANNELS,
  PETITION_FIELD_LABELS,
  PETITION_FIELDS,
  PETITION_KIND_LABELS,
  PETITION_KINDS,
  type PetitionChannel,
  type PetitionField,
  type PetitionKind,
} from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { inTx } from '../../../core/audit.ts';
import { AppError, Err } from '../../../core/errors.ts';
import type { Upload } from '../../../core/files.ts';
import { readTable } from '../../../core/documents/table-import.ts';
import { renderXlsx } from '../../../core/documents/xlsx.ts';
import { deadlineFor } from '../../legal/index.ts';
import { createPetitions } from '../petition/create-petition.ts';

/** The columns, by their Vietnamese header (the first name is the template's), and whether required. */
const COLUMNS = {
  receivedOn: { names: ['Ngày nhận', 'Ngày nhận đơn'], required: true },
  kind: { names: ['Loại đơn'], required: true },
  field: { names: ['Lĩnh vực'], required: false },
  channel: { names: ['Kênh tiếp nhận'], required: false },
  name: { names: ['Người đứng đơn', 'Họ tên người đứng đơn'], required: false },
  count: { names: ['Số người', 'Số người đứng đơn'], required: false },
  subject: { names: ['Trích yếu', 'Trích yếu nội dung'], required: true },
  content: { names: ['Nội dung', 'Nội dung đơn'], required: true },
} as const;
type Column = keyof typeof COLUMNS;
const ORDER = Object.keys(COLUMNS) as Column[];
const label = (c: Column) => COLUMNS[c].names[0];
/** The widest a register may be read (extra columns are ignored). */
const READ_COLUMNS = 30;
/** At most this many rows in one file. */
export const IMPORT_MAX_ROWS = 5000;
const MAX = { name: 200, subject: 300, content: 20_000 } as const;

function resolver<K extends string>(codes: readonly K[], labels: Record<K, { vi: string }>) {
  return (text: string): K | null => {
    const key = normalizeVi(text);
    return codes.find((c) => c === text.trim() || normalizeVi(labels[c].vi) === key) ?? null;
  };
}
const kindOf = resolver(PETITION_KINDS, PETITION_KIND_LABELS);
const fieldOf = resolver(PETITION_FIELDS, PETITION_FIELD_LABELS);
const channelOf = resolver(PETITION_CHANNELS, PETITION_CHANNEL_LABELS);

/** The header row among the first rows and where each column is, or the template's order. */
function locate(table: string[][]): { start: number; at: Record<Column, number> } {
  for (let i = 0; i < Math.min(table.length, 10); i++) {
    const cells = table[i].map((c) => normalizeVi(c));
    const at = {} as Record<Column, number>;
    for (const c of ORDER) at[c] = cells.findIndex((h) => COLUMNS[c].names.some((n) => normalizeVi(n) === h));
    if (at.receivedOn < 0 && at.subject < 0) continue;
    const missing = ORDER.filter((c) => COLUMNS[c].required && at[c] < 0);
    if (missing.length)
      throw Err.import_invalid(
        `Tệp thiếu cột ${missing.map((c) => `"${label(c)}"`).join(', ')} (dòng tiêu đề là dòng ${i + 1}). Tải tệp mẫu để xem các cột cần có.`,
        { errors: missing.map((c) => ({ path: label(c), message: 'Thiếu cột' })) },
      );
    return { start: i + 1, at };
  }
  return { start: 0, at: Object.fromEntries(ORDER.map((c, i) => [c, i])) as Record<Column, number> };
}

interface Analysed {
  row: number;
  receivedOn: string | null;
  kind: PetitionKind | null;
  field: PetitionField | null;
  channel: PetitionChannel | null;
  name: string | null;
  count: number;
  subject: string;
  content: string;
  errors: string[];
}

/** The day of a cell: dd/mm/yyyy (what an Excel date cell reads as) or yyyy-mm-dd. */
function dayOf(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return parseDateVi(iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : text);
}

async function analyse(ctx: Ctx, file: Upload): Promise<Analysed[]> {
  const table = await readTable(file, READ_COLUMNS);
  const { start, at } = locate(table);
  const body = table.slice(start);
  if (body.length === 0) throw Err.import_invalid('Tệp không có dòng đơn nào dưới dòng tiêu đề.');
  if (body.length > IMPORT_MAX_ROWS)
    throw Err.import_invalid(
      `Tệp có ${body.length.toLocaleString('vi-VN')} dòng, quá ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng một lần nhập: chia thành nhiều tệp.`,
    );
  const now = today(ctx);
  const rows = body.map((r, i): Analysed => {
    const cell = (c: Column) => (at[c] >= 0 ? (r[at[c]] ?? '') : '');
    const errors: string[] = [];
    const err = (c: Column, message: string) => errors.push(`${label(c)}: ${message}`);
    for (const c of ORDER) if (cell(c).includes('\u0000')) err(c, 'có ký tự không hợp lệ');

    const receivedOn = cell('receivedOn') ? dayOf(cell('receivedOn')) : null;
    if (!cell('receivedOn')) err('receivedOn', 'bắt buộc nhập');
    else if (!receivedOn) err('receivedOn', `"${cell('receivedOn')}" không phải ngày hợp lệ (dd/mm/yyyy)`);
    else if (receivedOn > now) err('receivedOn', 'không được sau ngày hôm nay');
    const kind = cell('kind') ? kindOf(cell('kind')) : null;
    if (!cell('kind')) err('kind', 'bắt buộc nhập');
    else if (!kind) err('kind', `"${cell('kind')}" không có trong danh mục`);
    const field = cell('field') ? fieldOf(cell('field')) : 'khac';
    if (!field) err('field', `"${cell('field')}" không có trong danh mục`);
    const channel = cell('channel') ? channelOf(cell('channel')) : 'in_person';
    if (!channel) err('channel', `"${cell('channel')}" không có trong danh mục`);
    else if (channel === 'reception_visit')
      err('channel', 'đơn qua tiếp công dân được tạo từ lượt tiếp trong sổ tiếp công dân, không nhập từ tệp');
    const count = cell('count') ? Number(cell('count').replace(/[.\s]/g, '')) : 1;
    if (!Number.isInteger(count) || count < 1 || count > 100_000)
      err('count', `"${cell('count')}" phải là số nguyên từ 1 đến 100.000`);
    if (cell('name').length > MAX.name) err('name', `tối đa ${MAX.name} ký tự`);
    if (!cell('subject')) err('subject', 'bắt buộc nhập');
    else if (cell('subject').length > MAX.subject) err('subject', `tối đa ${MAX.subject} ký tự`);
    if (!cell('content')) err('content', 'bắt buộc nhập');
    else if (cell('content').length > MAX.content)
      err('content', `tối đa ${MAX.content.toLocaleString('vi-VN')} ký tự`);
    return {
      row: start + i + 1,
      receivedOn,
      kind,
      field,
      channel,
      name: cell('name') || null,
      count,
      subject: cell('subject'),
      content: cell('content'),
      errors,
    };
  });
  // the screening deadline must be countable: a rule of the register in force on the day of receipt
  const known = new Map<string, string | null>();
  for (const r of rows) {
    if (r.errors.length || !r.kind || !r.receivedOn) continue;
    const code = deadlineRuleCode(r.kind, 'screening')!;
    const key = `${code}|${r.receivedOn}`;
    if (!known.has(key)) {
      try {
        await deadlineFor(ctx, code, r.receivedOn);
        known.set(key, null);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        known.set(
          key,
          `${label('receivedOn')}: không có quy định thời hạn xử lý đơn có hiệu lực vào ngày này`,
        );
      }
    }
    const problem = known.get(key);
    if (problem) r.errors.push(problem);
  }
  return rows;
}

/** Each row as the preview shows it; a tố cáo row never echoes its denouncer's name. */
export async function previewPetitionImport(ctx: Ctx, file: Upload) {
  const rows = await analyse(ctx, file);
  return {
    rows: rows.map((r) => ({
      row: r.row,
      action: (r.errors.length ? 'skip' : 'create') as 'create' | 'skip',
      receivedOn: r.receivedOn,
      kind: r.kind,
      field: r.field,
      subject: r.subject,
      errors: r.errors,
    })),
    valid: rows.filter((r) => !r.errors.length).length,
    invalid: rows.filter((r) => r.errors.length).length,
  };
}

/** Enters the valid rows (all in one transaction) and skips the rows with errors. */
export async function commitPetitionImport(ctx: Ctx, unitId: number, file: Upload) {
  const rows = await analyse(ctx, file);
  const good = rows.filter((r) => !r.errors.length);
  if (!good.length)
    throw Err.import_invalid('Tệp không có dòng hợp lệ nào để nhập.', {
      errors: rows.flatMap((r) => r.errors.map((m) => ({ path: `dòng ${r.row}`, message: m }))),
    });
  return inTx(ctx, async (_tx, c) => {
    const ids: number[] = [];
    for (const r of good) {
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
    return { created: ids.length, skipped: rows.length - good.length, ids };
  });
}

/** The template: the columns with two example rows, and a sheet of the values each list column takes. */
export async function petitionImportTemplate() {
  const lists: [string, readonly string[]][] = [
    [label('kind'), PETITION_KINDS.map((k) => PETITION_KIND_LABELS[k].vi)],
    [label('field'), PETITION_FIELDS.map((k) => PETITION_FIELD_LABELS[k].vi)],
    [
      label('channel'),
      PETITION_CHANNELS.filter((k) => k !== 'reception_visit').map((k) => PETITION_CHANNEL_LABELS[k].vi),
    ],
  ];
  const depth = Math.max(...lists.map(([, v]) => v.length));
  return renderXlsx([
    {
      name: 'Sổ đơn thư',
      columns: ORDER.map((c) => ({
        header: label(c),
        key: c,
        type: c === 'receivedOn' ? ('date' as const) : c === 'count' ? ('integer' as const) : undefined,
        width: c === 'content' ? 60 : c === 'subject' ? 40 : undefined,
      })),
      rows: [
        {
          receivedOn: '2026-03-02',
          kind: PETITION_KIND_LABELS.khieu_nai.vi,
          field: PETITION_FIELD_LABELS.dat_dai.vi,
          channel: PETITION_CHANNEL_LABELS.in_person.vi,
          name: 'Nguyễn Văn An',
          count: 1,
          subject: 'Khiếu nại quyết định thu hồi đất',
          content: 'Ông Nguyễn Văn An khiếu nại quyết định thu hồi đất nông nghiệp của gia đình.',
        },
        {
          receivedOn: '2026-03-05',
          kind: PETITION_KIND_LABELS.kien_nghi.vi,
          field: PETITION_FIELD_LABELS.moi_truong.vi,
          channel: PETITION_CHANNEL_LABELS.post.vi,
          name: 'Trần Thị Bình',
          count: 6,
          subject: 'Kiến nghị xử lý ô nhiễm tại cụm dân cư',
          content: 'Các hộ dân kiến nghị kiểm tra, xử lý mùi hôi từ cơ sở chăn nuôi gần khu dân cư.',
        },
      ],
    },
    {
      name: 'Danh mục',
      columns: lists.map(([h], i) => ({ header: h, key: `c${i}`, width: 36 })),
      rows: Array.from({ length: depth }, (_, j) =>
        Object.fromEntries(lists.map(([, v], i) => [`c${i}`, v[j] ?? null])),
      ),
    },
  ]);
}
