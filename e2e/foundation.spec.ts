import { expect, test } from '@playwright/test';
import { login, logout, menu } from './session.ts';
import { ui } from './ui.ts';

/**
 * The foundation as a user clicks it, in Vietnamese: the administrator builds the org tree (a new unit,
 * a merger of two communes), creates an officer with a role at the new commune; the officer sees only
 * their subtree; the administrator finds all of it in the audit trail.
 */

const run = Date.now().toString(36).slice(-5).toUpperCase();
const NEW_UNIT = { code: `TT_KT_${run}`, name: `Trung tâm Kiểm thử ${run}` };
const SUCCESSOR = { code: `XA_MINH_BICH_${run}`, name: `Ủy ban nhân dân xã Minh Bích ${run}` };
const OFFICER = {
  username: `canbo.${run.toLowerCase()}`,
  fullName: 'Nguyễn Thị Kiểm Thử',
  password: 'Kiemthu#2026x',
};
const { choose } = ui(expect);

test('quản trị: cây tổ chức, sáp nhập, người dùng; cán bộ chỉ thấy đơn vị mình; nhật ký ghi đủ', async ({
  page,
}) => {
  // four sign-ins and a dozen dialogs: more than the default two minutes on a loaded machine
  test.setTimeout(300_000);
  const tree = page.getByRole('tree');
  const dialog = page.getByRole('dialog');
  const search = page.getByPlaceholder('Tìm đơn vị theo tên hoặc mã');
  const results = page.getByTestId('org-search-results');

  // 1. The administrator logs in (Vietnamese UI) and opens the org tree at the province.
  await test.step('quản trị đăng nhập, mở cây tổ chức', async () => {
    await login(page, 'quantri');
    await menu(page).getByText('Cơ cấu tổ chức').click();
    await expect(page).toHaveURL(/\/org/);
    await expect(tree.getByText('Ủy ban nhân dân tỉnh Đồng Nai', { exact: true })).toBeVisible();
    await expect(page.getByTestId('unit-detail-name')).toHaveText('Ủy ban nhân dân tỉnh Đồng Nai');
  });
  // 2. A new unit under the province.
  await test.step('thêm đơn vị cấp dưới của tỉnh', async () => {
    await page.getByRole('button', { name: 'Thêm đơn vị cấp dưới' }).click();
    await expect(dialog).toContainText('Thêm đơn vị cấp dưới của Ủy ban nhân dân tỉnh Đồng Nai');
    await dialog.getByLabel('Mã đơn vị', { exact: true }).fill(NEW_UNIT.code);
    await dialog.getByLabel('Tên đơn vị', { exact: true }).fill(NEW_UNIT.name);
    await choose(page, dialog.getByLabel('Loại đơn vị'), 'Đơn vị sự nghiệp công lập');
    await dialog.getByRole('button', { name: 'Thêm mới' }).click();
    await expect(page.getByText(`Đã thêm đơn vị ${NEW_UNIT.name}.`)).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('unit-detail-name')).toHaveText(NEW_UNIT.name);
    await expect(tree.getByText(NEW_UNIT.name)).toBeVisible();
  });
  // 3. Merge two current communes into a new successor commune (search ignores diacritics).
  await test.step('sáp nhập hai xã vào xã mới', async () => {
    await search.fill('nha bich');
    await results.getByText('Ủy ban nhân dân xã Nha Bích').click();
    await expect(page.getByTestId('unit-detail-name')).toHaveText('Ủy ban nhân dân xã Nha Bích');
    await page.getByRole('button', { name: 'Thao tác khác' }).click();
    await page.getByRole('menuitem', { name: 'Sáp nhập' }).click();
    await expect(dialog).toContainText('Sáp nhập đơn vị');
    await expect(dialog.getByText('Ủy ban nhân dân xã Nha Bích')).toBeVisible();
    await choose(page, dialog.getByLabel('Các đơn vị bị sáp nhập'), 'Ủy ban nhân dân xã Minh Đức', {
      search: 'minh duc',
      keyByKey: true,
      multiple: true,
    });
    await dialog.getByLabel('Mã đơn vị', { exact: true }).fill(SUCCESSOR.code);
    await dialog.getByLabel('Tên đơn vị', { exact: true }).fill(SUCCESSOR.name);
    await expect(dialog.getByText('Ủy ban nhân dân tỉnh Đồng Nai')).toBeVisible(); // parent pre-filled
    await dialog.getByLabel('Quyết định').fill('Nghị quyết số 1662/NQ-UBTVQH15 (kiểm thử)');
    await dialog.getByRole('button', { name: 'Sáp nhập' }).click();
    // a second step names the units and the effect before anything changes
    const confirm = page.getByRole('dialog').filter({ hasText: 'Xác nhận sáp nhập đơn vị' });
    await expect(confirm).toContainText(SUCCESSOR.name);
    await confirm.getByRole('button', { name: 'Sáp nhập' }).click();
    await expect(page.getByText(`Đã sáp nhập vào ${SUCCESSOR.name}.`)).toBeVisible();
    // both the form and its confirmation close (they may still be fading out together)
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByTestId('unit-detail-name')).toHaveText(SUCCESSOR.name);
    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    const history = page.getByRole('tabpanel', { name: 'Lịch sử' });
    await expect(history.getByText('Đơn vị tiền thân')).toBeVisible();
    await expect(history.getByText('Ủy ban nhân dân xã Nha Bích', { exact: true })).toBeVisible();
    await expect(history.getByText('Ủy ban nhân dân xã Minh Đức', { exact: true })).toBeVisible();
    // the merged communes leave the current tree
    await search.fill('minh duc');
    await expect(results.getByText('Không tìm thấy kết quả phù hợp')).toBeVisible();
    await search.fill('');
    // the cleared search reaches the address before the next page is opened
    await expect(page).not.toHaveURL(/[?&]q=/);
  });
  // 4. A new officer: focal officer at the successor commune, including its subtree.
  await test.step('tạo cán bộ đầu mối tại xã mới', async () => {
    await menu(page).getByText('Người dùng và phân quyền').click();
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    await dialog.getByLabel('Tên đăng nhập', { exact: true }).fill(OFFICER.username);
    await dialog.getByLabel('Họ và tên').fill(OFFICER.fullName);
    await dialog.getByLabel('Mật khẩu', { exact: true }).fill(OFFICER.password);
    await dialog.getByLabel('Nhập lại mật khẩu').fill(OFFICER.password);
    await choose(page, dialog.getByLabel('Vai trò', { exact: true }), 'Cán bộ đầu mối', {
      search: 'đầu mối',
      keyByKey: true,
    });
    await choose(page, dialog.getByLabel('Đơn vị', { exact: true }), SUCCESSOR.name, {
      search: 'minh bich',
      keyByKey: true,
    });
    await expect(dialog.getByRole('switch', { name: 'Gồm cả đơn vị cấp dưới' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Thêm mới' }).click();
    await expect(page.getByText(`Đã tạo người dùng ${OFFICER.fullName}.`)).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: OFFICER.username });
    await expect(row).toContainText('Cán bộ đầu mối');
    await expect(row).toContainText(SUCCESSOR.name);
    await logout(page);
  });
  // 5. The officer sees only their commune's subtree; no user or audit administration.
  await test.step('cán bộ chỉ thấy đơn vị mình', async () => {
    await login(page, OFFICER.username, OFFICER.password);
    await expect(menu(page).getByText('Cơ cấu tổ chức')).toBeVisible();
    await expect(menu(page).getByText('Người dùng và phân quyền')).toHaveCount(0);
    await expect(menu(page).getByText('Nhật ký thao tác')).toHaveCount(0);
    await menu(page).getByText('Cơ cấu tổ chức').click();
    await expect(page.getByTestId('unit-detail-name')).toHaveText(SUCCESSOR.name);
    await expect(tree.getByText(SUCCESSOR.name)).toBeVisible();
    await expect(tree.getByText('Ủy ban nhân dân tỉnh Đồng Nai')).toHaveCount(0);
    await expect(tree.getByText('Ủy ban nhân dân xã Lộc Ninh')).toHaveCount(0);
    await expect(tree.getByRole('treeitem')).toHaveCount(1);
    await search.fill('loc ninh');
    await expect(results.getByText('Không tìm thấy kết quả phù hợp')).toBeVisible();
    await page.goto('/users');
    await expect(page.getByText('Không có quyền truy cập')).toBeVisible();
    await page.goto('/');
    await logout(page);
  });
  // 6. The administrator finds the unit creation, the merger and the new account in the audit trail.
  await test.step('nhật ký ghi đủ các thay đổi', async () => {
    await login(page, 'quantri');
    await menu(page).getByText('Nhật ký thao tác').click();
    await expect(page.getByRole('heading', { name: 'Nhật ký thao tác' })).toBeVisible();
    await choose(page, page.getByLabel('Đối tượng'), 'Đơn vị');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect(rows.filter({ hasText: NEW_UNIT.name }).filter({ hasText: 'Tạo mới' })).toHaveCount(1);
    await expect(rows.filter({ hasText: SUCCESSOR.name }).filter({ hasText: 'Sáp nhập' })).toHaveCount(1);
    await expect(rows.filter({ hasText: 'Người dùng' })).toHaveCount(0);

    await choose(page, page.getByLabel('Đối tượng'), 'Người dùng');
    await choose(page, page.getByLabel('Thao tác'), 'Tạo mới');
    await expect(rows.filter({ hasText: 'Đơn vị' })).toHaveCount(0);
    const created = rows.filter({ hasText: 'Trần Minh Quân' }).filter({ hasText: 'Tạo mới' }).first();
    await created.locator('.ant-table-row-expand-icon').click();
    await expect(
      page.locator('.dv-audit-changes').filter({ hasText: OFFICER.username }).first(),
    ).toBeVisible();
  });
});
