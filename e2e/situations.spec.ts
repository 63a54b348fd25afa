import { expect, test, type Page } from '@playwright/test';
import { login, menu } from './session.ts';
import { day, ui } from './ui.ts';

/**
 * Nắm tình hình Nhân dân: a commune officer records a situation with a follow-up action and sees it
 * in the register (its follow-up counted) and on its page, at laptop size and on a 390×844 phone.
 */

const run = Date.now().toString(36).slice(-5).toUpperCase();
const { choose, typeDate } = ui(expect);

async function recordSituation(page: Page, place: string, action: string) {
  await page.getByTestId('situation-create').click();
  const dialog = page.getByRole('dialog', { name: 'Ghi nhận tình hình' });
  await dialog.getByTestId('situation-place').fill(place);
  await choose(page, dialog.getByLabel('Lĩnh vực'), 'Giải phóng mặt bằng');
  await choose(page, dialog.getByLabel('Mức độ'), 'Cần theo dõi');
  await dialog
    .getByLabel('Nội dung tình hình')
    .fill('Một số hộ dân chưa đồng thuận với phương án bồi thường, đề nghị đối thoại.');
  await dialog.getByLabel('Nguồn tin').fill('Tổ dân vận khu phố');
  await dialog.getByTestId('add-follow-up-row').click();
  const row = dialog.getByTestId('follow-up-row');
  await row.getByTestId('follow-up-action').fill(action);
  await row.getByTestId('follow-up-assignee').fill('Chủ tịch UBND xã');
  await typeDate(row.getByLabel('Hạn thực hiện'), day(7));
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

test('nắm tình hình: ghi nhận tình hình kèm việc cần làm và thấy trong sổ (máy tính)', async ({ page }) => {
  const place = `Khu phố 6, dự án mở rộng đường ${run}`;
  const action = `Tổ chức đối thoại với các hộ dân ${run}`;
  await login(page, 'chutichxa');
  await menu(page).getByText('Nắm tình hình Nhân dân', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Nắm tình hình Nhân dân' })).toBeVisible();
  // the demo register is there
  await expect(page.getByText('Bãi rác tạm ấp 2')).toBeVisible();

  await recordSituation(page, place, action);
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  const mine = rows.filter({ hasText: place });
  await expect(mine).toBeVisible();
  await expect(mine).toContainText('Giải phóng mặt bằng');
  await expect(mine).toContainText('Cần theo dõi');
  await expect(mine.getByTestId('situation-follow-ups')).toContainText('1/1 việc chưa xong');
  await expect(mine).toContainText('Đang theo dõi');

  // the topic filter is in the address and keeps the note
  await choose(page, page.getByLabel('Lĩnh vực'), 'Giải phóng mặt bằng');
  await expect(page).toHaveURL(/topic=land_clearance/);
  await expect(mine).toBeVisible();

  await mine.getByTestId('situation-link').click();
  await expect(page.getByTestId('situation-title')).toHaveText(place);
  const actions = page.getByTestId('follow-ups');
  await expect(actions).toContainText(action);
  await expect(actions).toContainText('Chưa thực hiện');
  await expect(actions).toContainText(day(7));

  // progress on the action: done, and the note may then be settled
  await actions.getByTestId('follow-up-edit').click();
  const edit = page.getByRole('dialog', { name: 'Cập nhật việc cần làm' });
  await choose(page, edit.getByLabel('Trạng thái'), 'Đã xong');
  await edit.getByLabel('Kết quả, ghi chú').fill('Đã đối thoại, các hộ đồng thuận.');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(edit).toBeHidden();
  await expect(actions).toContainText('Đã xong');
  await page.getByTestId('situation-stabilize').click();
  await expect(page.getByTestId('situation-state').first()).toHaveText('Đã ổn định');
});

test('nắm tình hình trên điện thoại 390×844: ghi nhận và thấy trong sổ', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const place = `Ấp 9, giáo xứ ${run}`;
  const action = `Hướng dẫn thủ tục sửa chữa ${run}`;
  await login(page, 'daumoixa');
  await page.goto('/tinh-hinh-nhan-dan');
  await expect(page.getByRole('heading', { name: 'Nắm tình hình Nhân dân' })).toBeVisible();
  await recordSituation(page, place, action);
  const mine = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: place });
  await expect(mine).toBeVisible();
  await expect(mine.getByTestId('situation-follow-ups')).toContainText('1/1 việc chưa xong');
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(sideways).toBeLessThanOrEqual(1);
  await mine.getByTestId('situation-link').click();
  await expect(page.getByTestId('follow-ups')).toContainText(action);
});
