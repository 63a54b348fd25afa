import { AxeBuilder } from '@axe-core/playwright';
import type { Expect, Locator, Page, Response } from '@playwright/test';

/**
 * The e2e tier's shared steps: antd Select and DatePicker, the side menu, dialogs, tables, the
 * portal's proof-of-work, axe, signing in and out. They wait with the `expect` the spec hands in, so
 * a spec that runs on a loaded machine with `expect.configure({ timeout: 30_000 })` keeps its own
 * timeout in them too:
 *
 *   const expect = baseExpect.configure({ timeout: 30_000 });
 *   const { choose, typeDate, submit } = ui(expect);
 *
 * The steps that do not wait (`day`, `fold`, `menu`, `tableRow`) are plain exports.
 */

/** The password of every demo account (apps/server demo seed). */
export const PASSWORD = 'Danvan@2026';

/** A day some days from today (negative: before), Vietnam time, as dd/MM/yyyy. */
export function day(offset: number): string {
  const d = new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

/** Lower case without diacritics ("Ủy ban" → "uy ban"), as a citizen types a search. */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

/** The side menu of the staff app. */
export function menu(page: Page): Locator {
  return page.getByRole('navigation', { name: 'menu' });
}

/** The open drop-down of an antd Select (the last one opened). */
export function openDropdown(page: Page): Locator {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
}

/** The row of the page's table (in the content area, not a dialog's) that holds the text. */
export function tableRow(page: Page, text: string | RegExp): Locator {
  return page.locator('#dv-content .ant-table-tbody tr.ant-table-row').filter({ hasText: text });
}

export interface ChooseOptions {
  /** Typed into the Select first (a searchable one). */
  search?: string;
  /** Type the search key by key (a search that reacts to each key) instead of filling it at once. */
  keyByKey?: boolean;
  /**
   * A multiple Select stays open after a choice and is closed with Escape; a single one closes
   * itself (an Escape then would close the dialog or drawer around it).
   */
  multiple?: boolean;
}

/** The steps that wait, with the spec's own `expect`. */
export function ui(expect: Expect) {
  /** Types a date into an antd DatePicker (dd/MM/yyyy); Tab leaves it (Enter would submit the form). */
  async function typeDate(field: Locator, ddmmyyyy: string) {
    await field.click();
    await field.fill(ddmmyyyy);
    await field.press('Tab');
    await expect(field).toHaveValue(ddmmyyyy);
  }

  /** Picks an option of an antd Select (a search first when given) and waits for the drop-down to close. */
  async function choose(
    page: Page,
    field: Locator,
    option: string | RegExp,
    search?: string | ChooseOptions,
  ) {
    const o: ChooseOptions = typeof search === 'string' ? { search } : (search ?? {});
    await field.click();
    if (o.search) {
      if (o.keyByKey) await field.pressSequentially(o.search, { delay: 20 });
      else await field.fill(o.search);
    }
    const dropdown = openDropdown(page);
    await dropdown.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
    if (o.multiple) await page.keyboard.press('Escape');
    await expect(dropdown).toBeHidden();
  }

  /** Opens a page from the side menu and waits for its heading (the menu label unless given). */
  async function openMenu(page: Page, label: string, heading: string = label) {
    await menu(page).getByText(label, { exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  /** Submits an open dialog by its primary button and waits for it to close. */
  async function submit(dialog: Locator, button: string) {
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Confirms the open confirmation dialog with its OK button. */
  async function confirm(page: Page, ok = 'Xác nhận') {
    const dialog = page.locator('.ant-modal-confirm');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: ok }).click();
    await expect(dialog).toBeHidden();
  }

  /** The portal's proof-of-work checkbox: ticked, solved by the browser's workers, verified. */
  async function passChallenge(page: Page) {
    const widget = page.getByTestId('altcha');
    // the box is drawn over the input: a citizen taps its label
    await widget.getByText('Tôi không phải là robot').click();
    await expect(widget.getByText('Đã xác minh')).toBeVisible({ timeout: 60_000 });
  }

  /**
   * axe (WCAG 2.1 A/AA) finds no serious or critical violation on the page as it stands; with
   * `{ every: true }`, no violation of any impact.
   */
  async function noAxeViolations(page: Page, what = page.url(), opts: { every?: boolean } = {}) {
    await page.waitForLoadState('networkidle');
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      r.violations
        .filter((v) => opts.every || v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      what,
    ).toEqual([]);
  }

  /** Signs in through the login page and waits for the home page's greeting. */
  async function login(page: Page, username: string, password = PASSWORD) {
    await page.goto('/login');
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('heading', { name: /^Xin chào,/ })).toBeVisible();
  }

  /**
   * Signs out from the account menu and waits for the login page. The menu is opened again when its
   * item is not on screen (a click that lands while a closing dialog's mask fades is swallowed), and
   * the server's answer to the logout is checked, whichever attempt sent it.
   */
  async function logout(page: Page) {
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const statuses: number[] = [];
    const onResponse = (r: Response) => {
      if (r.url().endsWith('/api/v1/auth/logout')) statuses.push(r.status());
    };
    page.on('response', onResponse);
    const item = page.getByRole('menuitem', { name: 'Đăng xuất' });
    const loginHeading = page.getByRole('heading', { name: 'Đăng nhập' });
    try {
      await expect(async () => {
        if (await loginHeading.isVisible()) return;
        if (!(await item.isVisible())) await page.getByTestId('user-menu').click({ timeout: 5_000 });
        await item.click({ timeout: 5_000 });
        await expect(loginHeading).toBeVisible({ timeout: 10_000 });
      }).toPass({ timeout: 45_000 });
    } finally {
      page.off('response', onResponse);
    }
    expect(statuses[0], `POST /auth/logout: ${statuses.join(', ')}`).toBe(200);
  }

  return {
    typeDate,
    choose,
    openMenu,
    submit,
    confirm,
    passChallenge,
    noAxeViolations,
    login,
    logout,
    menu,
    tableRow,
    day,
    fold,
  };
}
