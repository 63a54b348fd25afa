/**
 * Tables as .xlsx, the way Excel users expect them: one worksheet per table, with an optional merged
 * bold title row, a bold, filled and bordered header row that stays frozen and is repeated at the top
 * of every printed page, an auto filter over the data, a "Trang x/y" footer, A4 fitted to the page
 * width (landscape when the table is wide), and typed cells:
 *   - dates are Date cells shown dd/mm/yyyy (a column of `type: 'date'` also takes ISO 'yyyy-mm-dd'),
 *   - timestamps (`type: 'datetime'`, a Date or an ISO instant) are Date cells showing the Vietnam
 *     wall-clock time (Asia/Ho_Chi_Minh, UTC+7) as dd/mm/yyyy hh:mm (Excel dates have no time zone),
 *   - numbers are number cells shown `#,##0` (a column of whole numbers) or `#,##0.00`.
 * String values are written as text, never as formulas, so a cell starting with '=' is inert.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { VN_UTC_OFFSET_MINUTES } from '@danvan/domain';

export type XlsxValue = string | number | Date | null;

export interface XlsxColumn {
  header: string;
  key: string;
  /** Width in characters; derived from the header and the values when absent. */
  width?: number;
  /**
   * What the column holds. 'date': a calendar day (a Date at UTC midnight, or 'yyyy-mm-dd'), shown
   * dd/mm/yyyy; 'datetime': an instant (a Date or an ISO timestamp), shown in Vietnam time
   * dd/mm/yyyy hh:mm; 'integer' / 'decimal': numbers shown `#,##0` / `#,##0.00`. Without it, a Date
   * is a calendar day and a number column is 'integer' when all its values are whole, else 'decimal'.
   */
  type?: 'text' | 'date' | 'datetime' | 'integer' | 'decimal';
  /**
   * Excel number format overriding the type's, e.g. '0.0%'. A format with optional decimals only
   * ('#,##0.##') is not used: Excel shows a whole number in it with a trailing separator ("10.").
   */
  numFmt?: string;
}

export interface XlsxSheet {
  name: string;
  title?: string;
  columns: XlsxColumn[];
  rows: Record<string, XlsxValue>[];
}

export const XLSX_DATE_FORMAT = 'dd/mm/yyyy';
export const XLSX_DATETIME_FORMAT = 'dd/mm/yyyy hh:mm';
export const XLSX_INTEGER_FORMAT = '#,##0';
export const XLSX_DECIMAL_FORMAT = '#,##0.00';
/** The footer of every printed page: "Trang 2/5", centred. */
export const XLSX_PAGE_FOOTER = '&CTrang &P/&N';
const MAX_SHEET_NAME = 31;
const MAX_CELL_TEXT = 32767; // Excel's limit for one cell
/** Above this total width (in characters) a sheet is printed landscape. */
const PORTRAIT_MAX_WIDTH = 100;
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

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day or an instant as the Date Excel stores (its UTC fields are what the cell shows). */
function dateOf(v: XlsxValue | undefined, type: XlsxColumn['type']): Date | null {
  if (v === undefined || v === null || v === '') return null;
  let d: Date;
  if (v instanceof Date) d = v;
  else if (typeof v === 'string' && type === 'date' && ISO_DAY.test(v)) d = new Date(`${v}T00:00:00Z`);
  else if (typeof v === 'string' && type === 'datetime') d = new Date(v);
  else return null;
  if (Number.isNaN(d.getTime())) return null;
  return type === 'datetime' ? new Date(d.getTime() + VN_UTC_OFFSET_MINUTES * 60_000) : d;
}

function cellValue(v: XlsxValue | undefined, type: XlsxColumn['type']): CellValue {
  if (v === undefined || v === null) return null;
  if (type === 'date' || type === 'datetime') {
    const d = dateOf(v, type);
    if (d) return d;
  }
  if (typeof v === 'string') {
    const s = v.normalize('NFC');
    return s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT) : s;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return Number.isNaN(v.getTime()) ? null : v;
}

/** A format Excel renders badly: optional decimals only ('#,##0.##' shows 10 as "10."). */
const OPTIONAL_DECIMALS = /^[#,0]*\.#+$/;

/** The number format of a column's numbers: its own, or by its type, or by its values. */
function numberFormat(c: XlsxColumn, rows: Record<string, XlsxValue>[]): string {
  if (c.numFmt && !OPTIONAL_DECIMALS.test(c.numFmt)) return c.numFmt;
  if (c.type === 'integer') return XLSX_INTEGER_FORMAT;
  if (c.type === 'decimal') return XLSX_DECIMAL_FORMAT;
  const whole = rows.every((r) => {
    const v = r[c.key];
    return typeof v !== 'number' || Number.isInteger(v);
  });
  return whole ? XLSX_INTEGER_FORMAT : XLSX_DECIMAL_FORMAT;
}

function displayLength(v: XlsxValue | undefined, type?: XlsxColumn['type']): number {
  if (v === undefined || v === null) return 0;
  if (type === 'datetime') return 16;
  if (v instanceof Date || type === 'date') return 10;
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
    const widths = sheet.columns.map(
      (c) =>
        c.width ??
        Math.min(
          60,
          Math.max(
            8,
            displayLength(c.header) + 2,
            ...sheet.rows.map((r) => displayLength(r[c.key], c.type) + 2),
          ),
        ),
    );
    const totalWidth = widths.reduce((a, b) => a + b, 0);
    const ws = wb.addWorksheet(name, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: headerRowNumber }],
      pageSetup: {
        paperSize: 9,
        orientation: totalWidth > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        // the header row is printed again at the top of every page
        printTitlesRow: `${headerRowNumber}:${headerRowNumber}`,
      },
      headerFooter: { oddFooter: XLSX_PAGE_FOOTER, evenFooter: XLSX_PAGE_FOOTER },
    });

    ws.columns = sheet.columns.map((c, i) => ({ key: c.key, width: widths[i] }));

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

    const formats = sheet.columns.map((c) => ({
      number: numberFormat(c, sheet.rows),
      date:
        c.numFmt && /yy/i.test(c.numFmt)
          ? c.numFmt
          : c.type === 'datetime'
            ? XLSX_DATETIME_FORMAT
            : XLSX_DATE_FORMAT,
    }));
    sheet.rows.forEach((data, r) => {
      const row = ws.getRow(headerRowNumber + 1 + r);
      sheet.columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        const value = cellValue(data[c.key], c.type);
        cell.value = value;
        cell.border = BORDER;
        cell.alignment = { vertical: 'top', wrapText: typeof value === 'string' };
        if (value instanceof Date) cell.numFmt = formats[i].date;
        else if (typeof value === 'number') cell.numFmt = formats[i].number;
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
