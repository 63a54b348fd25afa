/**
 * Reading the table of an uploaded import file the way Excel on Windows writes it: an .xlsx workbook
 * (its first worksheet), or a .csv/.txt saved as "CSV UTF-8", as "CSV (phân cách bằng dấu phẩy)" in
 * the Windows code page (ANSI: Windows-1258 on a Vietnamese Windows, which writes tone marks as
 * combining characters), or as "Unicode Text" (UTF-16 with a byte-order mark, tab-separated).
 *
 * Every cell comes back as text in NFC (the composed form the database keeps), so a name typed or
 * saved in decomposed form (NFD) compares equal to the stored one. A file that cannot be read says how
 * to save it so that it can.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { Err } from '../errors.ts';
import type { Upload } from '../files.ts';

/** How to save a file so the import can read it (said whenever it cannot). */
export const SAVE_AS_HINT =
  'Lưu tệp dưới dạng CSV UTF-8 (phân cách bằng dấu phẩy) hoặc .xlsx (Tệp › Lưu thành) rồi tải lên lại.';

/** The encoding of a text file saved as "CSV" (ANSI) by Excel on a Vietnamese Windows. */
const ANSI_ENCODING = 'windows-1258';

/** Imported text as the database keeps it: NFC, no-break spaces as spaces, no BOM or zero-width marks, trimmed. */
export function importText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\ufeff|\u200b|\u200c|\u200d|\u2060/g, '')
    .trim();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The text of an Excel cell: dates as dd/mm/yyyy, formulas by their result, rich text joined. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date)
    return Number.isNaN(v.getTime())
      ? ''
      : `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  if (typeof v === 'object') {
    if ('richText' in v) return importText(v.richText.map((r) => r.text).join(''));
    if ('error' in v) return '';
    if ('result' in v) return cellText((v.result ?? null) as ExcelJS.CellValue);
    if ('text' in v) return importText(String(v.text));
    return '';
  }
  return importText(String(v));
}

/**
 * The text of a file: UTF-8 (with or without BOM), UTF-16 with a BOM, or else Windows-1258 (ANSI);
 * null when the bytes are not text at all.
 */
export function decodeText(buf: Buffer): string | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf-16be');
  // eslint-disable-next-line no-control-regex -- control characters are what tells a binary file
  if (/[\u0000-\u0008\u000b\u000e-\u001f]/.test(buf.subarray(0, 65536).toString('latin1'))) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return iconv.decode(buf, ANSI_ENCODING);
  }
}

/**
 * Rows of a CSV text (RFC 4180 quoting). The separator is the one Excel wrote: a leading "sep=;" line,
 * else whichever of tab, ";" and "," the first line holds most of (outside quotes).
 */
export function parseCsv(input: string): string[][] {
  let text = input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  let sep = ',';
  const declared = /^sep=(.)\n/i.exec(text);
  if (declared) {
    sep = declared[1];
    text = text.slice(declared[0].length);
  } else {
    const first = (text.split('\n').find((l) => l.trim()) ?? '').replace(/"[^"]*"/g, '');
    const count = (c: string) => first.split(c).length - 1;
    for (const c of ['\t', ';']) if (count(c) > count(sep)) sep = c;
  }
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  const endCell = () => {
    row.push(cur);
    cur = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
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
  return rows.map((r) => r.map(importText)).filter((r) => r.some(Boolean));
}

/**
 * The rows of the uploaded table (each cell NFC text, `columns` cells per row), from an .xlsx or a
 * .csv/.txt file. Refuses, with how to save the file, what cannot be read.
 */
export async function readTable(file: Upload, columns: number): Promise<string[][]> {
  const ext = path.extname(file.filename).toLowerCase().replace('.', '');
  const name = importText(file.filename);
  const detected = file.detected?.ext;
  const width = (r: string[]) => Array.from({ length: columns }, (_, i) => r[i] ?? '');

  if (detected === 'xlsx') {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(file.buffer as never);
    } catch {
      throw Err.import_invalid(
        `Không đọc được bảng tính "${name}" (tệp bị hỏng hoặc không đúng định dạng). ${SAVE_AS_HINT}`,
      );
    }
    const ws = wb.worksheets.find((w) => w.actualRowCount > 0) ?? wb.worksheets[0];
    const table: string[][] = [];
    ws?.eachRow({ includeEmpty: false }, (r) => {
      const vals: string[] = [];
      for (let i = 1; i <= columns; i++) vals.push(cellText(r.getCell(i).value));
      if (vals.some(Boolean)) table.push(vals);
    });
    return table;
  }
  if (detected === 'xls')
    throw Err.file_type_not_allowed(
      `Tệp "${name}" là bảng tính Excel 97–2003 (.xls), hệ thống không đọc được định dạng này. Mở tệp trong Excel và ${lowerFirst(SAVE_AS_HINT)}`,
    );
  if (detected === 'csv' || detected === 'txt' || (!detected && (ext === 'csv' || ext === 'txt'))) {
    const text = decodeText(file.buffer);
    if (text === null) throw Err.import_invalid(`Tệp "${name}" không phải tệp văn bản CSV. ${SAVE_AS_HINT}`);
    return parseCsv(text).map(width);
  }
  throw Err.file_type_not_allowed(
    `${file.rejection ? `${file.rejection} ` : ''}Tệp "${name}" không phải bảng tính .xlsx hay tệp .csv. ${SAVE_AS_HINT}`,
  );
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/**
 * The values listed in one cell, each resolved to its code: "Khối xã, phường; Khối sở, ban, ngành",
 * "khoi_xa, khoi_so_nganh". Items are separated by ";" or a line break, and by "," too where a comma
 * does not belong to a name (names such as "Sở, ban, ngành" hold commas): the longest run of
 * comma-separated parts that `resolve` knows is taken first.
 */
export function splitList(
  text: string,
  resolve: (item: string) => string | null,
): { values: string[]; unknown: string[] } {
  const values: string[] = [];
  const unknown: string[] = [];
  for (const piece of text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const whole = resolve(piece);
    if (whole) {
      values.push(whole);
      continue;
    }
    const parts = piece
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (let i = 0; i < parts.length;) {
      let j = parts.length;
      let hit: string | null = null;
      for (; j > i; j--) {
        hit = resolve(parts.slice(i, j).join(', '));
        if (hit) break;
      }
      if (hit) {
        values.push(hit);
        i = j;
      } else {
        unknown.push(parts[i]);
        i++;
      }
    }
  }
  return { values: [...new Set(values)], unknown };
}
