import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { login, menu } from './session.ts';

/**
 * Import of earlier petitions from Excel on the demo commune: the reception officer (tiepdan) takes
 * the template, uploads a real .xlsx of three petitions of which one row is wrong, sees each row's
 * check with the bad row's errors named by their column, imports the two valid rows (the bad one
 * skipped) and finds them in the register.
 */

const run = Date.now() % 100000;
const LAND = `Khiếu nại bồi thường giải phóng mặt bằng ${run}`;
const ROAD = `Phản ánh đường liên thôn xuống cấp ${run}`;
const BAD = `Đơn ghi sai ${run}`;

async function register(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sổ đơn thư');
  ws.addRow(['SỔ THEO DÕI ĐƠN THƯ NĂM 2025']);
  ws.addRow([
    'Ngày nhận',
    'Loại đơn',
    'Lĩnh vực',
    'Kênh tiếp nhận',
    'Người đứng đơn',
    'Số người',
    'Trích yếu',
    'Nội dung',
  ]);
  ws.addRow([
    new Date('2025-11-03T00:00:00Z'),
    'Khiếu nại',
    'Đất đai',
    'Trực tiếp',
    `Hoàng Văn Lợi ${run}`,
    1,
    LAND,
    'Ông Lợi khiếu nại mức bồi thường khi thu hồi đất làm đường.',
  ]);
  ws.addRow([
    '12/11/2025',
    'Phản ánh',
    'Xây dựng, đô thị',
    'Qua bưu chính',
    `Đặng Thị Mai ${run}`,
    6,
    ROAD,
    'Các hộ dân phản ánh đường liên thôn hư hỏng nặng sau mùa mưa.',
  ]);
  ws.addRow(['31/11/2025', 'Đơn thư lạ', 'Đất đai', 'Trực tiếp', 'Người Ghi Sai', 1, BAD, '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('nhập đơn thư cũ từ tệp Excel: tải tệp mẫu, xem trước từng dòng, nhập các dòng hợp lệ, bỏ qua dòng lỗi', async ({
  page,
}) => {
  await login(page, 'tiepdan');
  await menu(page).getByText('Sổ đơn thư', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sổ đơn thư', level: 1 })).toBeVisible();

  await page.getByTestId('petition-import').click();
  const dialog = page.getByRole('dialog', { name: 'Nhập đơn thư đã tiếp nhận trước đây' });
  await expect(dialog).toBeVisible();

  // the template downloads as a workbook with the columns
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByTestId('petition-import-template').click(),
  ]);
  expect(download.suggestedFilename()).toBe('mau-nhap-don-thu.xlsx');
  const template = new ExcelJS.Workbook();
  await template.xlsx.readFile(await download.path());
  expect(template.worksheets[0].getRow(1).getCell(1).value).toBe('Ngày nhận');

  // the file: checked row by row on choosing it
  const checked = page.waitForResponse((r) => r.url().includes('/api/v1/petitions/import?mode=preview'));
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'so-don-thu-2025.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await register(),
  });
  expect((await checked).status()).toBe(200);
  await expect(dialog.locator('tr', { hasText: LAND })).toContainText('Sẽ nhập');
  await expect(dialog.locator('tr', { hasText: ROAD })).toContainText('Sẽ nhập');
  const bad = dialog.locator('tr', { hasText: BAD });
  await expect(bad).toContainText('Ngày nhận: "31/11/2025" không phải ngày hợp lệ');
  await expect(bad).toContainText('Loại đơn: "Đơn thư lạ" không có trong danh mục');
  await expect(bad).toContainText('Nội dung: bắt buộc nhập');
  await expect(bad).toContainText('Bỏ qua');
  await expect(dialog.getByText('Các dòng lỗi sẽ được bỏ qua')).toBeVisible();

  // the valid rows go in, the wrong one is skipped
  const commit = dialog.getByTestId('import-commit');
  await expect(commit).toHaveText('Nhập 2 đơn hợp lệ');
  await commit.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã nhập 2 đơn; bỏ qua 1 dòng lỗi.')).toBeVisible();

  // both are in the register, as received petitions, and the wrong row is not
  const q = page.getByPlaceholder('Tìm theo mã số, trích yếu');
  await q.fill(String(run));
  await q.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${run}`));
  await expect(page.locator('tr', { hasText: LAND })).toHaveCount(1);
  const row = page.locator('tr', { hasText: ROAD });
  await expect(row).toHaveCount(1);
  await expect(page.locator('tr', { hasText: BAD })).toHaveCount(0);
  await expect(row).toContainText('Phản ánh');
  await expect(row).toContainText('Xây dựng, đô thị');
  await expect(row).toContainText('6 người');
});
