import { expect, test, type Locator, type Page } from '@playwright/test';
import { PASSWORD } from './session.ts';

/**
 * Keyboard only (issue 14 item 2): no mouse click anywhere in these journeys. Signing in, a refused
 * sign-in (the focus goes to the field to correct, never to <body>), the skip link, the home page's
 * shortcuts, and a whole form (a new unit in the org tree) with Tab, typing and Enter.
 */

const run = Date.now().toString(36).slice(-5).toUpperCase();

/** What has the focus, described for an assertion message. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const label = el.getAttribute('aria-label') ?? (el as HTMLElement).innerText?.trim().slice(0, 60) ?? '';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${label}`.trim();
  });
}

/** Presses Tab until `target` has the focus (at most `max` times); fails if it never gets there. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)))
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the element (focus is on ${await focused(page)})`);
}

test('đăng nhập bằng bàn phím: sai mật khẩu thì con trỏ về ô mật khẩu, bỏ trống thì về ô đầu tiên còn thiếu', async ({
  page,
}) => {
  await page.goto('/login');
  await expect(page).toHaveTitle('Đăng nhập · Dân vận chính quyền');
  const username = page.getByLabel('Tên đăng nhập');
  const password = page.getByLabel('Mật khẩu');
  // the page opens with the cursor in the user name
  await expect(username).toBeFocused();

  await test.step('sai mật khẩu: báo lỗi, con trỏ ở ô mật khẩu (không rơi về trang)', async () => {
    await page.keyboard.type('quantri');
    await page.keyboard.press('Tab');
    await expect(password).toBeFocused();
    await page.keyboard.type('sai-mat-khau');
    await page.keyboard.press('Enter');
    const error = page.getByRole('alert').filter({ hasText: 'không đúng' });
    await expect(error).toBeVisible();
    await expect(password, `focus is on ${await focused(page)}`).toBeFocused();
    // the field is described by the error, so a screen reader reads it with the field
    await expect(password).toHaveAccessibleDescription(/không đúng/);
  });

  await test.step('bỏ trống: con trỏ về ô đầu tiên còn thiếu', async () => {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Shift+Tab');
    await expect(username).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await expect(page.getByText(/tên đăng nhập không được để trống/i)).toBeVisible();
    await expect(username, `focus is on ${await focused(page)}`).toBeFocused();
  });

  await test.step('đúng: vào trang chủ', async () => {
    await page.keyboard.type('quantri');
    await page.keyboard.press('Tab');
    await expect(password).toBeFocused();
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /^Xin chào,/ })).toBeVisible();
    await expect(page).toHaveTitle('Trang chủ · Dân vận chính quyền');
  });

  await test.step('phím Tab đầu tiên: liên kết bỏ qua đến nội dung chính', async () => {
    await page.locator('body').focus();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua đến nội dung chính' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  await test.step('lối tắt trên trang chủ: tới được bằng Tab, mở bằng Enter', async () => {
    const shortcut = page.getByRole('main').getByRole('link', { name: 'Cơ cấu tổ chức' });
    await tabTo(page, shortcut);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/org$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Cơ cấu tổ chức' })).toBeVisible();
    await expect(page).toHaveTitle('Cơ cấu tổ chức · Dân vận chính quyền');
  });
});

test('thêm đơn vị cấp dưới chỉ bằng bàn phím: thiếu trường thì con trỏ về trường đó, đủ thì lưu', async ({
  page,
}) => {
  const unit = { code: `BP_${run}`, name: `Trung tâm Bàn phím ${run}` };
  await page.goto('/login');
  await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();
  await page.keyboard.type('quantri');
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Xin chào,/ })).toBeVisible();

  // to the org tree through the home page's shortcut
  await tabTo(page, page.getByRole('main').getByRole('link', { name: 'Cơ cấu tổ chức' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('unit-detail-name')).toHaveText('Ủy ban nhân dân tỉnh Đồng Nai');

  const open = page.getByRole('button', { name: 'Thêm đơn vị cấp dưới' });
  await tabTo(page, open, 80);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Thêm đơn vị cấp dưới của Ủy ban nhân dân tỉnh Đồng Nai');

  const code = dialog.getByLabel('Mã đơn vị', { exact: true });
  const name = dialog.getByLabel('Tên đơn vị', { exact: true });
  const kind = dialog.getByLabel('Loại đơn vị');

  await test.step('gửi khi còn trống: con trỏ về ô đầu tiên còn thiếu', async () => {
    await tabTo(page, code);
    await page.keyboard.press('Enter');
    await expect(dialog.getByText(/mã đơn vị không được để trống/i)).toBeVisible();
    await expect(code, `focus is on ${await focused(page)}`).toBeFocused();
  });

  await test.step('điền bằng bàn phím và lưu bằng Enter', async () => {
    await page.keyboard.type(unit.code);
    await tabTo(page, name);
    await page.keyboard.type(unit.name);
    await tabTo(page, kind);
    await page.keyboard.type('sự nghiệp');
    await page.keyboard.press('Enter'); // picks the highlighted option, does not send the form
    await expect(dialog.getByTitle('Đơn vị sự nghiệp công lập')).toBeVisible();
    await expect(dialog).toBeVisible();
    await tabTo(page, dialog.getByRole('button', { name: 'Thêm mới' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Đã thêm đơn vị ${unit.name}.`)).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('unit-detail-name')).toHaveText(unit.name);
    // the focus goes to the new unit, not to <body>: the dialog's trigger was in the panel it replaced
    await expect(page.getByTestId('unit-detail-name'), `focus is on ${await focused(page)}`).toBeFocused();
  });
});
