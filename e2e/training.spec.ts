import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { login, menu } from './session.ts';
import { ui } from './ui.ts';

/**
 * Tập huấn, bồi dưỡng: a commune's focal officer records a training course held in the first half
 * of the year (inside the period's window, up to its cut-off date), imports its attendance list from an .xlsx built here (the preview first, then every
 * row), and the commune's annual report shows the course and its attendees among the figures the
 * system fills in (outline II.2).
 */

const run = Date.now().toString(36).slice(-5).toUpperCase();
const TOPIC = `Bồi dưỡng kỹ năng vận động Nhân dân ${run}`;
// The annual report: the six-month one of this commune is sent and accepted by reporting.spec.ts (which
// runs first in the tier), and an accepted report's figures are closed to change.
const PERIOD = 'Báo cáo năm 2026';
const COURSES = 'Số hội nghị, lớp quán triệt, tuyên truyền, phổ biến, tập huấn về công tác dân vận';
const ATTENDEES = 'Số lượt cán bộ, công chức, viên chức tham dự';
const { typeDate } = ui(expect);

async function attendanceList(unit: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị']);
  ws.addRow([1, `Nguyễn Văn An ${run}`, 'Công chức Tư pháp - Hộ tịch', unit]);
  ws.addRow([2, `Trần Thị Bình ${run}`, 'Công chức Văn hóa - Xã hội', unit]);
  ws.addRow([3, `Lê Hoàng Cường ${run}`, 'Phó Chủ tịch UBND', unit]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The period's window: its figures count what happened from fromDate up to cutoffDate. */
async function periodWindow(page: Page, unitId: number): Promise<{ fromDate: string; cutoffDate: string }> {
  const res = await page.request.get(`/api/v1/reporting/periods?unitId=${unitId}`);
  expect(res.ok()).toBe(true);
  const p = (
    (await res.json()) as { items: { name: string; fromDate: string; cutoffDate: string }[] }
  ).items.find((x) => x.name === PERIOD);
  expect(p, PERIOD).toBeTruthy();
  return p!;
}

async function ownFigures(page: Page, unitId: number, w: { fromDate: string; cutoffDate: string }) {
  const res = await page.request.get(`/api/v1/training/courses?unitId=${unitId}&year=2026&pageSize=500`);
  const items = (
    (await res.json()) as { items: { unitId: number; startOn: string; attendees: number }[] }
  ).items.filter((c) => c.unitId === unitId && c.startOn >= w.fromDate && c.startOn <= w.cutoffDate);
  return { courses: items.length, attendees: items.reduce((s, c) => s + c.attendees, 0) };
}

test('tập huấn: đơn vị ghi nhận lớp, nhập danh sách tham dự từ Excel; số liệu vào báo cáo năm', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await login(page, 'daumoixa');
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as {
    activeUnit: { id: number; name: string };
  };
  const win = await periodWindow(page, me.activeUnit.id);
  // The course falls inside the period's window (the report counts up to its cut-off date).
  expect('2026-04-14' >= win.fromDate && '2026-04-15' <= win.cutoffDate).toBe(true);
  const before = await ownFigures(page, me.activeUnit.id, win);

  // --- the course
  await menu(page).getByText('Tập huấn, bồi dưỡng', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Hội nghị, lớp tập huấn, bồi dưỡng' })).toBeVisible();
  await page.getByTestId('course-create').click();
  const dialog = page.getByRole('dialog', { name: 'Thêm hội nghị, lớp tập huấn' });
  await dialog.getByTestId('course-topic').fill(TOPIC);
  await typeDate(dialog.getByLabel('Ngày bắt đầu'), '14/04/2026');
  await typeDate(dialog.getByLabel('Ngày kết thúc'), '15/04/2026');
  await dialog.getByLabel('Địa điểm hoặc đường dẫn trực tuyến').fill('Hội trường Ủy ban nhân dân');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByTestId('course-title')).toHaveText(TOPIC);

  // --- the attendance list from .xlsx: preview, then import
  await page.getByTestId('course-import').click();
  const imp = page.getByRole('dialog', { name: 'Nhập danh sách người tham dự từ tệp Excel' });
  await imp.locator('input[type=file]').setInputFiles({
    name: 'danh-sach-tham-du.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await attendanceList(me.activeUnit.name),
  });
  await expect(imp.getByText(`Trần Thị Bình ${run}`)).toBeVisible();
  await imp.getByTestId('import-commit').click();
  await expect(imp).toBeHidden();
  await expect(page.getByTestId('course-total')).toContainText('3 người');
  await expect(page.getByTestId('course-persons').getByText(`Lê Hoàng Cường ${run}`)).toBeVisible();

  // --- the annual report fills II.2 by itself
  await menu(page).getByText('Báo cáo của đơn vị').click();
  await expect(page.getByRole('heading', { name: 'Báo cáo của đơn vị' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: PERIOD });
  await row
    .getByRole('button', { name: /Lập báo cáo|Mở|Xem/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/bao-cao\/\d+$/);
  const courses = page.getByRole('row').filter({ hasText: COURSES }).first();
  await expect(courses.getByText('Hệ thống tính')).toBeVisible();
  // the demo's draft was computed before the course existed: the officer has the figures computed again
  await page.getByRole('button', { name: 'Tính lại' }).click();
  await expect(page.getByText('Đã tính lại số liệu hệ thống.')).toBeVisible();
  await expect(courses.getByRole('spinbutton')).toHaveValue(String(before.courses + 1));
  const attendees = page.getByRole('row').filter({ hasText: ATTENDEES }).first();
  await expect(attendees.getByRole('spinbutton')).toHaveValue(String(before.attendees + 3));
});
