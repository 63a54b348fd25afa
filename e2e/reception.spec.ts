import { expect, test, type Locator, type Page } from '@playwright/test';
import { login, menu } from './session.ts';

/**
 * The reception log as the commune's reception officer keeps it: a visit by a group of six with a land
 * complaint is logged from the form and shown flagged as a mass delegation (đoàn đông người), found
 * again with the field filter in the address; at laptop size and on a 390×844 phone (menu drawer).
 */

const PHONE = { width: 390, height: 844 };

async function choose(page: Page, field: Locator, option: string) {
  await field.click();
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await dropdown.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
  await expect(dropdown).toBeHidden();
}

async function logVisit(page: Page, representative: string) {
  await expect(page.getByRole('heading', { name: 'Sổ tiếp công dân' })).toBeVisible();
  await page.getByTestId('visit-create').click();
  const dialog = page.getByRole('dialog', { name: 'Ghi lượt tiếp công dân' });
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('visit-place').fill('Phòng tiếp công dân, trụ sở UBND');
  await dialog.getByTestId('visit-count').fill('6');
  // the form already says so before saving
  await expect(dialog.getByTestId('visit-mass-hint')).toContainText('Đoàn đông người');
  await dialog.getByTestId('visit-representative').fill(representative);
  await dialog
    .getByTestId('visit-content')
    .fill('Khiếu nại việc bồi thường, hỗ trợ khi thu hồi đất làm đường giao thông liên xã chưa thỏa đáng.');
  await choose(page, dialog.getByTestId('visit-field'), 'Đất đai');
  await choose(page, dialog.getByTestId('visit-outcome'), 'Tiếp nhận đơn');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã lưu lượt tiếp công dân.')).toBeVisible();

  const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: representative });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('mass-delegation')).toHaveText('Đoàn đông người');
  await expect(row).toContainText('6 người');
  await expect(row.getByTestId('visit-field-tag')).toHaveText('Đất đai');
  return row;
}

test('sổ tiếp công dân: cán bộ tiếp dân ghi lượt tiếp đoàn 6 người khiếu nại đất đai, thấy gắn cờ đoàn đông người', async ({
  page,
}) => {
  await login(page, 'tiepdan');
  await menu(page).getByText('Sổ tiếp công dân', { exact: true }).click();
  await expect(page).toHaveURL(/\/tiep-cong-dan\/so$/);
  const name = `Trần Văn Dũng ${Date.now() % 100000}`;
  await logVisit(page, name);

  // the field filter goes to the address and keeps the visit; the mass-delegation filter too
  await page.goto('/tiep-cong-dan/so?field=dat_dai&mass=1');
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.filter({ hasText: name })).toHaveCount(1);
  for (const tag of await rows.getByTestId('visit-field-tag').allTextContents()) expect(tag).toBe('Đất đai');
  await page.goto('/tiep-cong-dan/so?field=tu_phap');
  await expect(page.getByRole('heading', { name: 'Sổ tiếp công dân' })).toBeVisible();
  await expect(rows.filter({ hasText: name })).toHaveCount(0);

  // the schedule and the compliance pages open from the menu
  await menu(page).getByText('Lịch tiếp công dân', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Lịch tiếp công dân' })).toBeVisible();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
  await menu(page).getByText('Tuân thủ tiếp công dân', { exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Tuân thủ tiếp công dân của người đứng đầu' }),
  ).toBeVisible();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
});

test('sổ tiếp công dân trên điện thoại 390×844: ghi lượt tiếp đoàn đông người từ menu ngăn kéo', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await login(page, 'tiepdan');
  await page.getByRole('button', { name: 'Mở menu' }).click();
  await expect(page.getByTestId('menu-drawer')).toBeVisible();
  await menu(page).getByText('Sổ tiếp công dân', { exact: true }).click();
  await expect(page).toHaveURL(/\/tiep-cong-dan\/so$/);
  await expect(page.getByTestId('menu-drawer')).toBeHidden();
  const row = await logVisit(page, `Nguyễn Văn Sáu ${Date.now() % 100000}`);
  await expect(row.getByTestId('mass-delegation')).toBeVisible();
  // nothing scrolls sideways on the phone: the table scrolls inside its card
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(wide).toBeLessThanOrEqual(1);
});
