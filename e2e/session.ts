import { expect, type Locator, type Page } from '@playwright/test';

/** The password of every demo account (apps/server demo seed). */
export const PASSWORD = 'Danvan@2026';

/** Signs in through the login page and waits for the home page's greeting. */
export async function login(page: Page, username: string, password = PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: /^Xin chào,/ })).toBeVisible();
}

/** Signs out from the account menu and waits for the login page. */
export async function logout(page: Page) {
  await page.getByTestId('user-menu').click();
  const ended = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/logout'));
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  const res = await ended;
  expect(res.status(), `POST /auth/logout: ${await res.text()}`).toBe(200);
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
}

/** The side menu. */
export function menu(page: Page): Locator {
  return page.getByRole('navigation', { name: 'menu' });
}
