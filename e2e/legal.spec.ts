import { expect, test } from '@playwright/test';
import { login, menu } from './session.ts';

/**
 * The working-day calendar and the legal time limits as the administrator keeps them: the seeded
 * days of 2026 with their swapped and make-up days, an edit of a holiday seen in the list, the
 * "cần kiểm tra" marks, and no menu entry for a role without the permission.
 */

test('lịch ngày nghỉ: quản trị sửa một ngày lễ và thấy ngay trong danh sách', async ({ page }) => {
  await login(page, 'quantri');
  await menu(page).getByText('Lịch ngày nghỉ, ngày làm bù', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Lịch ngày nghỉ, ngày làm bù' })).toBeVisible();
  await page.goto('/lich-ngay-nghi?year=2026');

  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.filter({ hasText: '01/01/2026' })).toBeVisible({ timeout: 60_000 });
  // the swapped Monday before Quốc khánh and its make-up Saturday
  await expect(rows.filter({ hasText: '31/08/2026' })).toContainText('Ngày nghỉ');
  await expect(rows.filter({ hasText: '22/08/2026' })).toContainText('Ngày làm bù');
  await expect(rows.filter({ hasText: '22/08/2026' })).toContainText('Thứ Bảy');

  const day = rows.filter({ hasText: '01/09/2026' });
  await day.getByTestId('row-edit').click();
  const dialog = page.getByRole('dialog', { name: 'Sửa ngày trong lịch' });
  await dialog.getByTestId('calendar-name').fill('Quốc khánh (ngày liền kề, đã đối chiếu)');
  await dialog.getByLabel('Cần kiểm tra').check();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(day).toContainText('Quốc khánh (ngày liền kề, đã đối chiếu)');
  await expect(day.getByTestId('needs-check')).toHaveText('Cần kiểm tra');

  // it stays after a reload (stored, not only in the page)
  await page.reload();
  // the reloaded page reads the year's calendar again: as slow as its first load on a loaded machine
  await expect(rows.filter({ hasText: '01/09/2026' })).toContainText('đã đối chiếu', { timeout: 60_000 });

  // a make-up working day on a weekday is refused in Vietnamese
  await page.getByTestId('calendar-create').click();
  const create = page.getByRole('dialog', { name: 'Thêm ngày nghỉ hoặc ngày làm bù' });
  await create.getByLabel('Ngày', { exact: true }).fill('02/09/2026');
  await create.getByLabel('Ngày', { exact: true }).press('Enter');
  await create.getByRole('radio', { name: 'Ngày làm bù' }).check();
  await create.getByTestId('calendar-name').fill('Làm bù thử');
  await create.getByRole('button', { name: 'Lưu' }).click();
  await expect(create).toContainText(/đã có trong lịch|thứ Bảy hoặc Chủ nhật/);
  await create.getByRole('button', { name: 'Hủy' }).click();
});

test('thời hạn theo luật: hai phiên bản thời hạn thụ lý, phiên bản mới đánh dấu cần kiểm tra', async ({
  page,
}) => {
  await login(page, 'quantri');
  await page.goto('/thoi-han?includeRetired=1&q=thu%20ly');
  await expect(page.getByRole('heading', { name: 'Thời hạn theo luật' })).toBeVisible();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: 'khieu_nai.thu_ly' });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '7 ngày làm việc' })).toContainText('01/07/2026');
  await expect(rows.filter({ hasText: '7 ngày làm việc' }).getByTestId('needs-check')).toBeVisible();
  await expect(rows.filter({ hasText: '10 ngày' })).toContainText('30/06/2026');
});

test('không có quyền thì không có mục thời hạn, lịch ngày nghỉ trên menu', async ({ page }) => {
  await login(page, 'daumoixa');
  await expect(menu(page).getByText('Kế hoạch', { exact: true })).toBeVisible();
  await expect(menu(page).getByText('Lịch ngày nghỉ, ngày làm bù', { exact: true })).toHaveCount(0);
  await expect(menu(page).getByText('Thời hạn theo luật', { exact: true })).toHaveCount(0);
});
