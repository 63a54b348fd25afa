import { expect, test } from '@playwright/test';
import { login } from './session.ts';

/**
 * The audit trail as an inspector reads it: Vietnamese actions and field labels, dates dd/MM/yyyy,
 * names of units instead of ids, no raw JSON, and a link that opens the record's page.
 */

test('nhật ký: nội dung thay đổi đọc được, tên đơn vị thay cho mã, có liên kết tới đối tượng', async ({
  page,
}) => {
  await login(page, 'quantri');
  await page.goto('/audit');
  await expect(page.getByRole('heading', { name: 'Nhật ký thao tác' })).toBeVisible();
  await page.getByLabel('Đối tượng').click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: /^Đơn vị$/ })
    .first()
    .click();

  await page.getByLabel('Thao tác').click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: /^Tạo mới$/ })
    .first()
    .click();

  const table = page.locator('.ant-table');
  await expect(table.getByRole('columnheader', { name: 'Nội dung thay đổi' })).toBeVisible();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  const created = rows.filter({ hasText: 'Tạo mới' }).filter({ hasText: 'Tên đơn vị:' }).first();
  await expect(created).toBeVisible();
  await expect(created).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(created.locator('.dv-audit-change').first()).toBeVisible();
  // every change, once the row is opened: the parent by name, the date as dd/MM/yyyy
  await created.locator('.ant-table-row-expand-icon').click();
  const details = page.locator('.ant-table-expanded-row').first();
  await expect(details).toContainText(/Đơn vị cấp trên: Ủy ban nhân dân/);
  await expect(details).toContainText(/Hiệu lực từ ngày: \d{2}\/\d{2}\/\d{4}/);
  // no raw keys, no JSON
  await expect(table).not.toContainText('parentId');
  await expect(table).not.toContainText('":');
  await expect(page.locator('.dv-json')).toHaveCount(0);

  // the record's link opens its page
  const link = created.getByRole('link').first();
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page).toHaveURL(/\/org\?unit=\d+/);
  await expect(page.getByTestId('unit-detail-name')).toHaveText(name);
});
