/**
 * Tables as .xlsx: one worksheet per table, with an optional merged bold title row, a bold, filled and
 * bordered header row that stays frozen, an auto filter over the data, and column widths and number
 * formats. String values are written as text, never as formulas, so a cell starting with '=' is inert.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';

export type XlsxValue = string | number | Date | null;

export interface XlsxColumn {
  header: string;
  key: string;
  /** Width in characters; derived from the header and the values when absent. */
  width?: number;
  /** Excel number format, e.g. '#,##0', '0.0%', 'dd/mm/yyyy'. Dates default to 'dd/mm/yyyy'. */
  numFmt?: string;
}

export interface XlsxSheet {
  name: string;
  title?: string;
  columns: XlsxColumn[];
  rows: Record<string, XlsxValue>[];
}

const MAX_SHEET_NAME = 31;
const MAX_CELL_TEXT = 32767; // Excel's limit for one cell
const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';
const HEADER_FILL = 'FFD9E1F2';
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * A valid, unique worksheet name: no []:*?/\ characters, no leading or trailing apostrophe, at most 31
 * characters, not empty, and different (ignoring case) from the names already taken.
 */
export function sanitizeSheetName(name: string, taken: Set<string> = new Set(), index = 0): string {
  let base = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[[\]:*?/\\\u0000-\u001F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  if (base === '' || base.toLowerCase() === 'history') base = `Sheet${index + 1}`;
  const cut = (s: string, max: number) => Array.from(s).slice(0, max).join('').trimEnd();
  let candidate = cut(base, MAX_SHEET_NAME);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

function cellValue(v: XlsxValue | undefined): CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') {
    const s = v.normalize('NFC');
    return s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT) : s;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return Number.isNaN(v.getTime()) ? null : v;
}

function displayLength(v: XlsxValue | undefined): number {
  if (v === undefined || v === null) return 0;
  if (v instanceof Date) return 10;
  return Math.max(
    ...String(v)
      .split('\n')
      .map((l) => l.length),
  );
}

/** Renders the sheets into an .xlsx workbook. */
export async function renderXlsx(sheets: XlsxSheet[]): Promise<Buffer> {
  if (sheets.length === 0) throw new RangeError('renderXlsx needs at least one sheet');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'danvan';
  const taken = new Set<string>();

  sheets.forEach((sheet, sheetIndex) => {
    const name = sanitizeSheetName(sheet.name, taken, sheetIndex);
    const columnCount = Math.max(sheet.columns.length, 1);
    const hasTitle = Boolean(sheet.title?.trim());
    const headerRowNumber = hasTitle ? 2 : 1;
    const ws = wb.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: headerRowNumber }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });

    ws.columns = sheet.columns.map((c) => {
      const width =
        c.width ??
        Math.min(
          60,
          Math.max(8, displayLength(c.header) + 2, ...sheet.rows.map((r) => displayLength(r[c.key]) + 2)),
        );
      return { key: c.key, width };
    });

    if (hasTitle) {
      const titleRow = ws.getRow(1);
      titleRow.getCell(1).value = sheet.title!.normalize('NFC').trim();
      titleRow.getCell(1).font = { bold: true, size: 14 };
      titleRow.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      titleRow.height = 24;
      if (columnCount > 1) ws.mergeCells(1, 1, 1, columnCount);
    }

    const headerRow = ws.getRow(headerRowNumber);
    sheet.columns.forEach((c, i) => {
      const cell = headerRow.getCell(i + 1);
      cell.value = c.header.normalize('NFC');
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.border = BORDER;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });

    sheet.rows.forEach((data, r) => {
      const row = ws.getRow(headerRowNumber + 1 + r);
      sheet.columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        const raw = data[c.key];
        cell.value = cellValue(raw);
        cell.border = BORDER;
        cell.alignment = { vertical: 'top', wrapText: typeof raw === 'string' };
        const numFmt = c.numFmt ?? (raw instanceof Date ? DEFAULT_DATE_FORMAT : undefined);
        if (numFmt) cell.numFmt = numFmt;
      });
    });

    if (sheet.columns.length > 0) {
      ws.autoFilter = {
        from: { row: headerRowNumber, column: 1 },
        to: { row: headerRowNumber + sheet.rows.length, column: sheet.columns.length },
      };
    }
  });

  const out: unknown = await wb.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}
