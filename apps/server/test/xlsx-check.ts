/**
 * The one checker of .xlsx exports, shared by the per-module files `test/xlsx-exports.<module>.test.ts`:
 * each export is opened as a real workbook (exceljs) the way an Excel user sees it: dates are Date
 * cells shown dd/mm/yyyy (timestamps dd/mm/yyyy hh:mm), numbers are number cells with `#,##0` or
 * `#,##0.00` (or a percent format), no text cell holds a date or a number Excel would flag as "stored as
 * text", no cell shows a code (snake_case, or a known enumeration code such as `login_failed`,
 * `khoi_xa`, `commune`) instead of its Vietnamese label, and every sheet prints with its header row
 * repeated on each page, a "Trang x/y" footer, and fits the page width.
 *
 * A module's file builds its data on `xlsxWorld()` and calls `checkXlsxExport` once per export route
 * (one `it` each, named by the route: `'GET /api/v1/…/export.xlsx'`); test/xlsx-exports.test.ts fails
 * when a registered .xlsx route has no such test.
 */
import { appendFileSync } from 'node:fs';
import { expect } from 'vitest';
import ExcelJS from 'exceljs';
import {
  ASSIGNMENT_STATUS_LABELS,
  DEADLINE_STATE_LABELS,
  GUIDING_DOCUMENT_KIND_LABELS,
  PLAN_COMPLIANCE_LABELS,
  PLAN_STATUS_LABELS,
  ROLE_LABELS,
  TASK_RECURRENCE_LABELS,
  TASK_STATUS_LABELS,
  UNIT_KIND_CODES,
} from '@danvan/contracts';
import { AGGREGATION_RULE_NAMES_VI, REPORT_STATUS_NAMES_VI, VALUE_SOURCE_NAMES_VI } from '@danvan/domain';
import { testEnv, type TestEnv } from './harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from './factories.ts';
import { ACTION_LABELS, ENTITY_LABELS } from '../src/modules/audit/entry/entry.labels.ts';
import { http, makePeople, type People } from '../src/modules/plans/plans.test-helpers.ts';

/** The file name of a per-module export test (test/xlsx-exports.test.ts reads them). */
export const XLSX_TEST_FILE = /^xlsx-exports\.[a-z-]+\.test\.ts$/;

/** Indicator codes of the reporting test template: snake_case, as the real templates' are. */
export const INDICATORS = {
  so_don_tiep_nhan: 'Số đơn tiếp nhận',
  so_don_giai_quyet: 'Số đơn đã giải quyết',
  ty_le_giai_quyet: 'Tỷ lệ giải quyết',
  diem_hai_long: 'Điểm hài lòng bình quân',
};

/**
 * One export route: who asks, the URLs to fetch (each must give at least one data row), and what the
 * data behind it must show, so the checks are never vacuous: Date cells, number cells, texts.
 */
export interface ExportCase {
  user: TestUser;
  urls: string[];
  dates?: boolean;
  numbers?: boolean;
  shows?: string[];
}

export interface XlsxWorld {
  env: TestEnv;
  p: Province;
  u: People;
  api: ReturnType<typeof http>;
  /** A coordinator of the province with a person's name. */
  coordinator: TestUser;
}

/**
 * A province with its people on 02/03/2026, every person named as a person is (not the factory's
 * "Người dùng <role>", which holds a role code). The file that calls it resets the clock in afterAll.
 */
export async function xlsxWorld(): Promise<XlsxWorld> {
  const env = await testEnv();
  env.clock.set('2026-03-02T02:00:00Z');
  const p = await makeProvince(env);
  const u = await makePeople(env, p);
  const api = http(env);
  const coordinator = await makeUser(env, 'coordinator', p.root.id, { fullName: 'Chuyên viên Sở Nội vụ' });
  for (const [who, name] of [
    [u.supervisor, 'Lê Văn Thành'],
    [u.admin, 'Trần Minh Quân'],
    [u.focalB, 'Vũ Thị Lan'],
    [u.headB, 'Hoàng Văn Nam'],
    [u.otherCoordinator, 'Đặng Thị Hương'],
  ] as const)
    await env.database.query('update users set full_name = $1 where id = $2', [name, who.id]);
  return { env, p, u, api, coordinator };
}

/** The body of a successful answer (the test fails on any other status). */
export async function ok(res: { statusCode: number; body: string }) {
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.body ? json(res) : null;
}

// ------------------------------------------------------------------------------------------------
// What counts as wrong

type Kind =
  | 'text date'
  | 'text number'
  | 'code'
  | 'number format'
  | 'date format'
  | 'print titles'
  | 'footer'
  | 'fit to width';

/** Codes of the enumerations the exports could show instead of their labels. */
const CODES = new Set<string>([
  ...Object.keys(ACTION_LABELS),
  ...Object.keys(ENTITY_LABELS),
  ...UNIT_KIND_CODES,
  ...Object.keys(PLAN_STATUS_LABELS),
  ...Object.keys(TASK_STATUS_LABELS),
  ...Object.keys(TASK_RECURRENCE_LABELS),
  ...Object.keys(ASSIGNMENT_STATUS_LABELS),
  ...Object.keys(DEADLINE_STATE_LABELS),
  ...Object.keys(PLAN_COMPLIANCE_LABELS),
  ...Object.keys(GUIDING_DOCUMENT_KIND_LABELS),
  ...Object.keys(ROLE_LABELS),
  ...Object.keys(REPORT_STATUS_NAMES_VI),
  ...Object.keys(VALUE_SOURCE_NAMES_VI),
  ...Object.keys(AGGREGATION_RULE_NAMES_VI),
  ...Object.keys(INDICATORS),
  'khoi_xa',
  'khoi_so_nganh',
]);
/** A lower-case ASCII word with an underscore: `login_failed`, `khoi_xa`, `so_don_tiep_nhan`. */
const SNAKE = /(?<![\p{L}\p{N}_])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\p{L}\p{N}_])/u;
const TEXT_DATE = /^\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})(?:[ T]\d{1,2}:\d{2}(:\d{2})?)?\s*$/;
/** What Excel takes for a number: digits with separators, a sign, a decimal part, a percent. */
const TEXT_NUMBER = /^\s*[-+]?(\d{1,3}([.,]\d{3})+|\d+)([.,]\d+)?\s*%?\s*$/;
const NUMBER_FORMATS = new Set(['0', '#,##0', '#,##0.00', '0%', '0.0%', '0.00%']);
const DATE_FORMATS = new Set(['dd/mm/yyyy', 'dd/mm/yyyy hh:mm']);

interface Offence {
  kind: Kind;
  where: string;
  value: string;
}

function codeIn(text: string): string | null {
  const t = text.trim();
  if (CODES.has(t)) return t;
  for (const part of t.split(/[,;]\s*/)) if (CODES.has(part.trim())) return part.trim();
  return SNAKE.exec(t)?.[0] ?? null;
}

/** The header row of a sheet: the row frozen at the top (below the optional title). */
function headerRowOf(ws: ExcelJS.Worksheet): number {
  const v = ws.views?.[0] as { ySplit?: number } | undefined;
  return v?.ySplit ?? 1;
}

function inspect(
  wb: ExcelJS.Workbook,
  label: string,
): { offences: Offence[]; dataRows: number; dates: number; numbers: number; texts: string[] } {
  const offences: Offence[] = [];
  const texts: string[] = [];
  let dataRows = 0;
  let dates = 0;
  let numbers = 0;
  wb.eachSheet((ws) => {
    const at = (ref: string) => `${label} › ${ws.name}!${ref}`;
    const header = headerRowOf(ws);
    const titles = ws.pageSetup.printTitlesRow;
    if (!titles || !new RegExp(`^\\$?${header}:\\$?${header}$`).test(titles))
      offences.push({ kind: 'print titles', where: at(''), value: String(titles) });
    const footer = ws.headerFooter?.oddFooter ?? '';
    if (!footer.includes('&P') || !footer.includes('&N') || !footer.includes('Trang'))
      offences.push({ kind: 'footer', where: at(''), value: footer });
    if (!ws.pageSetup.fitToPage || ws.pageSetup.fitToWidth !== 1)
      offences.push({ kind: 'fit to width', where: at(''), value: JSON.stringify(ws.pageSetup) });
    ws.eachRow((row, r) => {
      if (r > header) dataRows++;
      row.eachCell((cell) => {
        const v = cell.value;
        const where = at(cell.address);
        if (typeof v === 'string') {
          texts.push(v);
          const code = codeIn(v);
          if (code) offences.push({ kind: 'code', where, value: v });
          if (r <= header) return;
          if (TEXT_DATE.test(v)) offences.push({ kind: 'text date', where, value: v });
          // codes (unit codes, administrative codes with leading zeros) are text on purpose
          const colHeader = String(ws.getRow(header).getCell(cell.col).value ?? '');
          if (TEXT_NUMBER.test(v) && !/^Mã/.test(colHeader))
            offences.push({ kind: 'text number', where, value: v });
        } else if (typeof v === 'number') {
          if (r > header) numbers++;
          if (!NUMBER_FORMATS.has(cell.numFmt ?? ''))
            offences.push({ kind: 'number format', where, value: `${v} [${cell.numFmt ?? 'General'}]` });
        } else if (v instanceof Date) {
          dates++;
          if (!DATE_FORMATS.has(cell.numFmt ?? ''))
            offences.push({ kind: 'date format', where, value: `${v.toISOString()} [${cell.numFmt}]` });
        }
      });
    });
  });
  return { offences, dataRows, dates, numbers, texts };
}

/**
 * Fetches every URL of one export route and checks it: a 200 .xlsx with data rows; dates as dates,
 * numbers as numbers, labels instead of codes, print titles, the page-number footer, fit to width;
 * the Date cells, number cells and texts the case expects. With XLSX_DUMP=<file>, every offence is
 * appended to that file (one JSON line per route).
 */
export async function checkXlsxExport(w: XlsxWorld, route: string, c: ExportCase): Promise<void> {
  const all: Offence[] = [];
  let dates = 0;
  let numbers = 0;
  const texts: string[] = [];
  for (const url of c.urls) {
    const res = await w.api.get(c.user, url);
    expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const seen = inspect(wb, url.replace(/\?.*$/, ''));
    expect(seen.dataRows, `${url} has no data row`).toBeGreaterThan(0);
    dates += seen.dates;
    numbers += seen.numbers;
    texts.push(...seen.texts);
    all.push(...seen.offences);
  }
  if (c.dates) expect(dates, `${route}: Date cells`).toBeGreaterThan(0);
  if (c.numbers) expect(numbers, `${route}: number cells`).toBeGreaterThan(0);
  for (const t of c.shows ?? [])
    expect(
      texts.some((x) => x.includes(t)),
      `${route} shows "${t}"`,
    ).toBe(true);
  const counts: Record<string, number> = {};
  for (const o of all) counts[o.kind] = (counts[o.kind] ?? 0) + 1;
  if (all.length) console.log(`xlsx offences of ${route} by kind`, counts);
  if (process.env.XLSX_DUMP) appendFileSync(process.env.XLSX_DUMP, JSON.stringify({ route, all }) + '\n');
  const examples = Object.fromEntries(
    Object.keys(counts).map((k) => [
      k,
      all
        .filter((o) => o.kind === k)
        .slice(0, 4)
        .map((o) => `${o.where}: ${o.value}`),
    ]),
  );
  expect(examples, route).toEqual({});
}
