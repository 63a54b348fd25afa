/** The portal spec's steps (e2e/portal.spec.ts): the phone context, the unit chooser, a case step, the satisfaction count. */
import { expect, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import { fold, PASSWORD, ui } from './ui.ts';

export const PHONE = { width: 390, height: 844 };
export const API = '/api/v1';
export const { noAxeViolations, passChallenge } = ui(expect);

/** A real 2×2 PNG (the server checks a file's content, not its name). */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

export interface Unit {
  id: number;
  name: string;
}

/** The demo commune (the chairman's unit), read through the staff API. */
export async function communeOf(request: APIRequestContext, username: string): Promise<Unit> {
  const res = await request.post(`${API}/auth/login`, { data: { username, password: PASSWORD } });
  expect(res.status()).toBe(200);
  const me = (await (await request.get(`${API}/auth/me`)).json()) as { activeUnit: Unit };
  await request.post(`${API}/auth/logout`);
  return me.activeUnit;
}

export async function phone(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const ctx = await browser.newContext({
    baseURL,
    viewport: PHONE,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return ctx.newPage();
}

/** Chooses the receiving unit by typing part of its name without diacritics. */
export async function chooseUnit(page: Page, unit: Unit) {
  await expect(page.getByTestId('submit-form')).toBeVisible();
  const chosen = page.getByTestId('f-unit-chosen');
  if (await chosen.isVisible()) {
    await expect(chosen).toContainText(unit.name);
    return;
  }
  await page.getByTestId('f-unit-search').fill(fold(unit.name).replace(/^uy ban nhan dan /, ''));
  await page.getByRole('radio', { name: unit.name }).first().check();
  await expect(chosen).toContainText(unit.name);
}

export async function doStep(page: Page, button: string, fill?: (d: Locator) => Promise<void>) {
  await page.getByRole('button', { name: button, exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: button });
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Đã ghi nhận: ${button}.`).first()).toBeVisible();
}

/** The satisfaction index page of the commune: its number of ratings. */
export async function ratingsCount(page: Page): Promise<number> {
  await page.goto('/cong-khai/hai-long');
  // the staff app's page and its charts load lazily: slow on a loaded machine
  await expect(page.getByRole('heading', { name: 'Chỉ số hài lòng của người dân' })).toBeVisible({
    timeout: 60_000,
  });
  const n = page.getByTestId('satisfaction-n');
  await expect(n).toBeVisible();
  return Number((await n.innerText()).replace(/\D/g, ''));
}
