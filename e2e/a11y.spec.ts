import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { login, menu } from './session.ts';

/**
 * Accessibility (issue 14 item 2): axe-core over the login page and every staff page, as the roles that
 * see them (the administrator, the coordinator of Sở Nội vụ, a commune officer), pages of records
 * opened from their lists included. Every page has 0 critical and 0 serious violations (WCAG 2.0/2.1
 * A and AA, and axe's best practices about landmarks and headings), exactly one h1, and a document
 * title of its own ("<trang> · Dân vận chính quyền"). The menu is walked item by item, so a new page in
 * the menu is checked without touching this file. Read-only: nothing is created.
 *
 * The counts by impact over all pages are printed at the end and written to test-results/a11y/summary.json.
 */

const BRAND = 'Dân vận chính quyền';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/** axe's best-practice rules kept: the ones about landmarks, headings and the skip link. */
const STRUCTURE_RULES = new Set([
  'bypass',
  'region',
  'skip-link',
  'page-has-heading-one',
  'heading-order',
  'empty-heading',
  'landmark-one-main',
  'landmark-no-duplicate-main',
  'landmark-main-is-top-level',
  'landmark-banner-is-top-level',
  'landmark-complementary-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-unique',
]);

interface Finding {
  page: string;
  rule: string;
  impact: string;
  nodes: number;
  help: string;
  targets: string[];
}
/** Each test writes what it found to its own file (a failed test restarts the worker, losing memory). */
const outDir = path.join(
  process.env.E2E_OUTPUT_DIR ?? path.resolve(import.meta.dirname, '..', 'test-results'),
  'a11y',
);
let findings: Finding[] = [];
let pagesSeen: string[] = [];
/** title → the page (route pattern) that has it */
const titles = new Map<string, string>();

/**
 * The page has loaded its data: no request left, no spinner or skeleton, and the menu/tab motion is
 * over (every finite animation or transition has finished; a spinner's endless one does not count).
 * Waiting on the page's own state instead of fixed pauses keeps the walk of ~70 pages short.
 */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect
    .soft(page.locator('.ant-spin-spinning, .ant-skeleton-active'), `${page.url()} finishes loading`)
    .toHaveCount(0);
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
      undefined,
      { polling: 'raf', timeout: 5_000 },
    )
    // a page that never stops moving is still checked as it is
    .catch(() => undefined);
}

/**
 * Runs axe on the page as it is and records what it finds; `route` names the page for the title
 * check (the tabs of one page share it, so they pass the same route).
 */
async function check(page: Page, name: string, route = name) {
  await settled(page);
  await audit(page, name, route);
}

/** check() on a page that has already settled. */
async function audit(page: Page, name: string, route: string) {
  pagesSeen.push(name);
  // resultTypes: only violations are gathered in full (passes and the rest as one node each), which
  // spares axe most of its reporting work on the tables' hundreds of cells
  const result = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const violations = result.violations.filter(
    (v) =>
      !v.tags.includes('best-practice') ||
      v.tags.some((t) => t.startsWith('wcag')) ||
      STRUCTURE_RULES.has(v.id),
  );
  for (const v of violations)
    findings.push({
      page: name,
      rule: v.id,
      impact: v.impact ?? 'minor',
      nodes: v.nodes.length,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    });
  const blocking = violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious' || STRUCTURE_RULES.has(v.id))
    .map((v) => `${v.impact} ${v.id} ×${v.nodes.length}: ${v.nodes[0]?.target.join(' ')}`);
  expect.soft(blocking, `${name}: critical/serious or landmark/heading violations`).toEqual([]);

  expect.soft(await page.locator('h1').count(), `${name}: exactly one h1`).toBe(1);
  const title = await page.title();
  expect.soft(title, `${name}: the document title names the page`).toMatch(new RegExp(`^.+ · ${BRAND}$`));
  const owner = titles.get(title);
  if (owner === undefined) titles.set(title, route);
  else expect.soft(owner, `${name}: the title "${title}" is also the title of another page`).toBe(route);
}

/** Opens each item of the side menu in turn and checks the page it opens. */
async function walkMenu(page: Page, who: string) {
  const items = menu(page).getByRole('menuitem');
  const n = await items.count();
  expect(n, `${who}: menu items`).toBeGreaterThan(2);
  for (let i = 0; i < n; i++) {
    const item = items.nth(i);
    const current = /ant-menu-item-selected/.test((await item.getAttribute('class')) ?? '');
    await opening(page, () => item.click(), !current);
    await settled(page);
    const url = new URL(page.url());
    await audit(page, `${who} ${url.pathname}`, url.pathname);
  }
}

/**
 * Runs `act` (a click that opens another page) and waits until that page has rendered: a lazy page's
 * address changes once its code has loaded, and its title once it renders. Every page's title is its
 * own (checked in audit()), so a changed title says the new page is there.
 */
async function opening(page: Page, act: () => Promise<void>, changes = true) {
  const before = { url: page.url(), title: await page.title() };
  await act();
  if (!changes) return;
  await page.waitForFunction(
    ([url, title, brand]) =>
      location.href !== url && document.title !== title && document.title.endsWith(` · ${brand}`),
    [before.url, before.title, BRAND] as const,
  );
}

/** Opens the first record link of the register on the current page. */
async function openFirstRecord(
  page: Page,
  listPath: string,
  opener = '#dv-content .ant-table-tbody a[href]',
) {
  await page.goto(listPath);
  await settled(page);
  await opening(page, () => page.locator(opener).first().click());
}

/** Each tab of the page's (first) tab bar in turn. */
async function eachTab(page: Page, who: string, route: string) {
  const tabs = page.locator('#dv-content .ant-tabs-nav').first().getByRole('tab');
  const n = await tabs.count();
  for (let i = 1; i < n; i++) {
    await tabs.nth(i).click();
    await check(page, `${who} ${route} (tab ${(await tabs.nth(i).innerText()).trim()})`, route);
  }
}

// a role's walk over every page, with axe on each, takes minutes on a busy machine
test.describe.configure({ timeout: 900_000 });

test.beforeEach(({ page }) => {
  // a page that throws while rendering is checked as an error page: say so
  page.on('pageerror', (e) => expect.soft(e.message, `no script error on ${page.url()}`).toBe(''));
  findings = [];
  pagesSeen = [];
  titles.clear();
});

test.afterEach(() => {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    path.join(outDir, `${test.info().testId}.json`),
    JSON.stringify({ pages: pagesSeen, findings }),
  );
});

test.afterAll(() => {
  const all = readdirSync(outDir)
    .filter((f) => f.endsWith('.json') && f !== 'summary.json')
    .map(
      (f) =>
        JSON.parse(readFileSync(path.join(outDir, f), 'utf8')) as { pages: string[]; findings: Finding[] },
    );
  const findings = all.flatMap((x) => x.findings);
  const pagesSeen = all.flatMap((x) => x.pages);
  const byImpact: Record<string, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  const byRule = new Map<string, { impact: string; nodes: number; pages: number }>();
  for (const f of findings) {
    byImpact[f.impact] = (byImpact[f.impact] ?? 0) + f.nodes;
    const r = byRule.get(f.rule) ?? { impact: f.impact, nodes: 0, pages: 0 };
    r.nodes += f.nodes;
    r.pages += 1;
    byRule.set(f.rule, r);
  }
  const summary = {
    pages: pagesSeen.length,
    nodesByImpact: byImpact,
    rules: Object.fromEntries([...byRule].sort((a, b) => b[1].nodes - a[1].nodes)),
    findings,
  };
  console.log(
    `a11y: ${pagesSeen.length} pages; violations (nodes) by impact: ${JSON.stringify(byImpact)}\n` +
      [...byRule]
        .map(([id, r]) => `  ${r.impact.padEnd(8)} ${id}: ${r.nodes} nodes on ${r.pages} pages`)
        .join('\n'),
  );
  writeFileSync(path.join(outDir, 'summary.json'), JSON.stringify(summary, null, 2));
});

test('trang đăng nhập: đọc được bằng trình đọc màn hình, cả khi đăng nhập sai', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  await check(page, 'login', '/login');
  await page.getByLabel('Tên đăng nhập').fill('quantri');
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await check(page, 'login (failed)', '/login');
  await page.getByLabel('Tên đăng nhập').fill('');
  await page.getByLabel('Mật khẩu').fill('');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await check(page, 'login (empty fields)', '/login');
});

test('quản trị: mọi trang trên menu, đổi mật khẩu', async ({ page }) => {
  await login(page, 'quantri');
  await check(page, 'admin /', '/');
  await walkMenu(page, 'admin');
  await page.goto('/account/password');
  await check(page, 'admin /account/password', '/account/password');
  await page.goto('/khong-co-trang-nay');
  await check(page, 'admin 404', '/404');
});

test('Sở Nội vụ: mọi trang trên menu', async ({ page }) => {
  await login(page, 'sonoivu');
  await walkMenu(page, 'coordinator');
});

test('Sở Nội vụ: một kế hoạch, một kỳ báo cáo, một đề cương, một báo cáo, các biểu mẫu', async ({ page }) => {
  await login(page, 'sonoivu');
  await openFirstRecord(page, '/ke-hoach');
  await check(page, 'coordinator /ke-hoach/:id', '/ke-hoach/:id');
  await eachTab(page, 'coordinator', '/ke-hoach/:id');

  await openFirstRecord(page, '/bao-cao/ky');
  await check(page, 'coordinator /bao-cao/ky/:id', '/bao-cao/ky/:id');
  await eachTab(page, 'coordinator', '/bao-cao/ky/:id');

  await openFirstRecord(page, '/bao-cao/de-cuong');
  await check(page, 'coordinator /bao-cao/de-cuong/:id', '/bao-cao/de-cuong/:id');

  await page.goto('/ke-hoach/moi');
  await check(page, 'coordinator /ke-hoach/moi', '/ke-hoach/moi');
  await page.goto('/bao-cao/de-cuong/moi');
  await check(page, 'coordinator /bao-cao/de-cuong/moi', '/bao-cao/de-cuong/moi');
});

test('cán bộ xã: mọi trang trên menu, một báo cáo của xã, một nhiệm vụ', async ({ page }) => {
  await login(page, 'daumoixa');
  await walkMenu(page, 'officer');
  await openFirstRecord(page, '/bao-cao', '#dv-content .ant-table-tbody button:has-text("Mở báo cáo")');
  await expect(page).toHaveURL(/\/bao-cao\/\d+$/);
  await check(page, 'officer /bao-cao/:id', '/bao-cao/:id');
});

test('Cổng thông tin công dân (không đăng nhập): mọi trang, cả khi nhập sai mã tra cứu', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/cong-dan');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check(page, 'portal /cong-dan', '/cong-dan');
  // every page of the portal's menu, as a citizen opens them
  const nav = page.getByRole('navigation', { name: 'Các trang của cổng' });
  const links = nav.getByRole('link');
  const n = await links.count();
  expect(n, 'portal menu items').toBeGreaterThan(4);
  for (let i = 1; i < n; i++) {
    await opening(page, () => links.nth(i).click());
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const url = new URL(page.url());
    await check(page, `portal ${url.pathname}`, url.pathname);
  }
  await page.goto('/cong-dan/gui');
  await expect(page.getByTestId('submit-form')).toBeVisible();
  await page.getByTestId('send').click();
  await check(page, 'portal /cong-dan/gui (errors shown)', '/cong-dan/gui');
  await page.goto('/cong-dan/tra-cuu');
  await page.getByTestId('lookup-input').fill('ABCD');
  await page.getByTestId('lookup-send').click();
  await expect(page.getByTestId('lookup-typo')).toBeVisible();
  await check(page, 'portal /cong-dan/tra-cuu (wrong code)', '/cong-dan/tra-cuu');
  await page.goto('/cong-dan/khong-co-trang-nay');
  await check(page, 'portal 404', '/cong-dan/404');
});
