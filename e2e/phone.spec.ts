import { expect, test, type Locator, type Page } from '@playwright/test';
import { login } from './session.ts';

/**
 * Phones and narrow windows: a commune officer works from a 390×844 phone. No page scrolls sideways
 * (wide tables scroll inside their card), the menu is a drawer opened from the header's menu button,
 * the header and the page titles fit. At 1366×768 no table's last (action) column is cut off.
 * Read-only: nothing is created, so the other specs' demo data is untouched.
 */

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };

/** The page has loaded its data: no spinner left. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
}

/** Neither the page nor the content area scrolls sideways. */
async function noSidewaysScroll(page: Page, where: string) {
  const m = await page.evaluate(() => {
    const content = document.getElementById('dv-content');
    return {
      doc: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      view: window.innerWidth,
      content: content ? content.scrollWidth - content.clientWidth : 0,
      culprits: culprits(),
    };
    /** The outermost elements that stick out to the right and are not inside a box that scrolls or clips. */
    function culprits(): string[] {
      const limit = window.innerWidth + 1;
      const out: string[] = [];
      const clipped = (el: Element) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const ox = getComputedStyle(p).overflowX;
          if (p.id !== 'dv-content' && ox !== 'visible') return true;
        }
        return false;
      };
      for (const el of document.querySelectorAll('body *')) {
        if (el.getBoundingClientRect().right <= limit || clipped(el)) continue;
        const parent = el.parentElement;
        if (parent && parent.getBoundingClientRect().right > limit && !clipped(parent)) continue;
        const cls = typeof el.className === 'string' ? el.className.split(' ').slice(0, 2).join('.') : '';
        out.push(`${el.tagName.toLowerCase()}.${cls} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
        if (out.length >= 5) break;
      }
      return out;
    }
  });
  const detail = m.culprits.length ? ` (sticking out: ${m.culprits.join('; ')})` : '';
  expect(m.doc, `${where}: document.documentElement.scrollWidth${detail}`).toBeLessThanOrEqual(m.view + 1);
  expect(m.body, `${where}: document.body.scrollWidth${detail}`).toBeLessThanOrEqual(m.view + 1);
  expect(m.content, `${where}: the content area scrolls sideways by${detail}`).toBeLessThanOrEqual(1);
}

/** The element lies wholly inside the window horizontally (not cut at either side). */
async function insideViewport(page: Page, el: Locator, what: string) {
  await expect(el, what).toBeVisible();
  const box = await el.boundingBox();
  const width = page.viewportSize()!.width;
  expect(box, what).not.toBeNull();
  expect(box!.x, `${what}: left edge`).toBeGreaterThanOrEqual(-1);
  expect(box!.x + box!.width, `${what}: right edge`).toBeLessThanOrEqual(width + 1);
}

/**
 * Every table either shows its last header cell inside the window or scrolls inside its own box; the
 * box itself stays inside the window.
 */
async function tablesFit(page: Page, where: string) {
  const tables = await page.evaluate(() =>
    [...document.querySelectorAll('#dv-content .ant-table-wrapper')]
      .filter((w) => (w as HTMLElement).offsetParent !== null)
      .map((w) => {
        const container = w.querySelector('.ant-table-container') ?? w;
        // the table must end inside the box that holds it (a card clips what sticks out) and the window
        const holder = w.parentElement?.closest('.ant-card-body, .ant-tabs-content, #dv-content');
        const box = container.getBoundingClientRect();
        const limit = Math.min(holder?.getBoundingClientRect().right ?? Infinity, window.innerWidth);
        const ths = w.querySelectorAll('thead tr:first-child > th');
        const last = ths[ths.length - 1]?.getBoundingClientRect();
        const scrollers = [...w.querySelectorAll('.ant-table-content, .ant-table-body, .ant-table-header')];
        const scrolls = scrollers.some((s) => {
          const ox = getComputedStyle(s).overflowX;
          return (ox === 'auto' || ox === 'scroll') && s.scrollWidth > s.clientWidth + 1;
        });
        return {
          head: [...ths].map((th) => th.textContent?.trim()).join(' | '),
          right: box.right,
          limit,
          lastRight: last?.right ?? 0,
          scrolls,
        };
      }),
  );
  for (const t of tables) {
    expect(
      t.right,
      `${where}: the table [${t.head}] ends outside its card or the window`,
    ).toBeLessThanOrEqual(t.limit + 1);
    expect(
      t.lastRight <= t.right + 1 || t.scrolls,
      `${where}: the last column of [${t.head}] is cut off (ends at ${Math.round(t.lastRight)} px, box at ${Math.round(t.right)} px) and the table does not scroll`,
    ).toBe(true);
  }
}

/** The page is usable at this size: its title and the header's controls are on screen, nothing scrolls sideways. */
async function checkPage(page: Page, where: string, heading: string | RegExp) {
  const title = page.getByRole('heading', { name: heading }).first();
  await expect(title).toBeVisible();
  await settled(page);
  await insideViewport(page, title, `${where}: the page title`);
  await noSidewaysScroll(page, where);
  await tablesFit(page, where);
  await insideViewport(page, page.getByTestId('user-menu'), `${where}: the account menu`);
}

test.describe('điện thoại 390×844', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('cán bộ xã dùng điện thoại: menu dạng ngăn kéo, không trang nào cuộn ngang', async ({ page }) => {
    test.setTimeout(180_000);
    await test.step('trang đăng nhập vừa màn hình; lỗi đăng nhập hiện một lần', async () => {
      await page.goto('/login');
      await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
      await noSidewaysScroll(page, 'trang đăng nhập');
      await page.getByLabel('Tên đăng nhập').fill('daumoixa');
      await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'không đúng' });
      await expect(alert).toBeVisible();
      const text = (await alert.innerText()).replace(/\s+/g, ' ');
      expect(text.match(/Tên đăng nhập hoặc mật khẩu không đúng/g), text).toHaveLength(1);
      await noSidewaysScroll(page, 'trang đăng nhập có lỗi');
    });

    await login(page, 'daumoixa');
    const drawer = page.getByTestId('menu-drawer');
    const menuButton = page.getByRole('button', { name: 'Mở menu' });
    const nav = page.getByRole('navigation', { name: 'menu' });

    await test.step('trang chủ: không có thanh menu cố định, lời chào trên một dòng', async () => {
      await checkPage(page, 'trang chủ', /^Xin chào,/);
      await expect(page.locator('.ant-layout-sider')).toHaveCount(0);
      await expect(nav).toBeHidden();
      await insideViewport(page, menuButton, 'trang chủ: nút menu');
      // the greeting wraps by words, not one letter per line: it is at least half the window wide
      const greeting = await page.getByRole('heading', { name: /^Xin chào,/ }).boundingBox();
      expect(greeting!.width).toBeGreaterThan(PHONE.width / 2);
      // the unit the officer works as is shown, cut with an ellipsis rather than pushing the header out
      await insideViewport(page, page.getByTestId('active-unit'), 'trang chủ: đơn vị làm việc');
    });

    await test.step('bảng thông báo mở từ chuông nằm trọn trong màn hình', async () => {
      await page.getByTestId('notification-bell').click();
      const panel = page.locator('.ant-dropdown:not(.ant-dropdown-hidden)').filter({ hasText: 'Thông báo' });
      await expect(() => insideViewport(page, panel, 'bảng thông báo')).toPass({ timeout: 5_000 });
      await page.getByTestId('notification-bell').click();
      await expect(panel).toBeHidden();
    });

    await test.step('menu mở từ nút menu thành ngăn kéo và chuyển trang', async () => {
      await menuButton.click();
      await expect(drawer).toBeVisible();
      // once it has slid in
      await expect(() => insideViewport(page, nav, 'ngăn kéo menu')).toPass({ timeout: 5_000 });
      await nav.getByText('Kế hoạch', { exact: true }).click();
      await expect(page).toHaveURL(/\/ke-hoach$/);
      await expect(drawer).toBeHidden();
      await checkPage(page, 'danh sách kế hoạch', 'Kế hoạch');
    });

    const viaMenu = async (label: string, url: RegExp, heading: string | RegExp) => {
      await menuButton.click();
      await expect(drawer).toBeVisible();
      await nav.getByText(label, { exact: true }).click();
      await expect(page).toHaveURL(url);
      await expect(drawer).toBeHidden();
      await checkPage(page, label, heading);
    };

    await test.step('nhiệm vụ của tôi', () =>
      viaMenu('Nhiệm vụ của tôi', /\/nhiem-vu-cua-toi$/, 'Nhiệm vụ của tôi'));
    await test.step('báo cáo của đơn vị', () =>
      viaMenu('Báo cáo của đơn vị', /\/bao-cao$/, 'Báo cáo của đơn vị'));

    await test.step('mở một báo cáo (chỉ xem)', async () => {
      // the annual report of the ward already exists in the demo data: opening it changes nothing
      const row = page.getByRole('row').filter({ hasText: 'Báo cáo năm 2026' });
      await row.getByRole('button', { name: 'Mở báo cáo' }).click();
      await expect(page).toHaveURL(/\/bao-cao\/\d+$/);
      await checkPage(page, 'một báo cáo', /Báo cáo năm 2026/);
    });

    await test.step('kỳ báo cáo', () => viaMenu('Kỳ báo cáo', /\/bao-cao\/ky$/, 'Kỳ báo cáo'));
    await test.step('thông báo', () => viaMenu('Thông báo', /\/notifications$/, 'Thông báo'));

    await test.step('đổi mật khẩu: biểu mẫu vừa màn hình, thông báo bỏ trống đúng tiếng Việt', async () => {
      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitem', { name: 'Đổi mật khẩu' }).click();
      await checkPage(page, 'đổi mật khẩu', 'Đổi mật khẩu');
      await insideViewport(page, page.getByLabel('Nhập lại mật khẩu mới'), 'đổi mật khẩu: ô nhập lại');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await expect(page.getByText('Vui lòng nhập lại mật khẩu mới', { exact: true })).toBeVisible();
      await expect(page.getByText(/nhập nhập/)).toHaveCount(0);
      await noSidewaysScroll(page, 'đổi mật khẩu có lỗi');
    });

    await test.step('báo cáo không tồn tại, trang không có quyền: báo lỗi, không mời "Thử lại"', async () => {
      await page.goto('/bao-cao/999999');
      await expect(page.getByRole('alert')).toContainText('Không tìm thấy');
      await settled(page);
      await expect(page.getByRole('button', { name: 'Thử lại' })).toHaveCount(0);
      await noSidewaysScroll(page, 'báo cáo không tồn tại');
      await page.goto('/users');
      await expect(page.getByText('Không có quyền truy cập')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Thử lại' })).toHaveCount(0);
    });

    await test.step('một trang chính', async () => {
      await expect(page.getByRole('main')).toHaveCount(1);
    });
  });
});

test.describe('máy tính 1366×768', () => {
  test.use({ viewport: LAPTOP });

  test('cột thao tác của các bảng không bị cắt', async ({ page }) => {
    test.setTimeout(180_000);
    await login(page, 'sonoivu');
    const nav = page.getByRole('navigation', { name: 'menu' });
    await expect(nav).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mở menu' })).toHaveCount(0);
    const visit = async (label: string, heading: string | RegExp) => {
      await nav.getByText(label, { exact: true }).click();
      await checkPage(page, label, heading);
    };
    await visit('Kế hoạch', 'Kế hoạch');
    await visit('Nhiệm vụ của tôi', 'Nhiệm vụ của tôi');
    await visit('Kỳ báo cáo', 'Kỳ báo cáo');
    await page.getByRole('link', { name: 'Báo cáo 6 tháng đầu năm 2026' }).first().click();
    await checkPage(page, 'một kỳ báo cáo', /Báo cáo 6 tháng đầu năm 2026/);
    await visit('Thông báo', 'Thông báo');
  });
});

test.describe('hộp thoại nhập liệu', () => {
  test.use({ viewport: LAPTOP });

  test('Enter trong ô ngày, ô số không gửi biểu mẫu; bấm lưu liên tiếp chỉ gửi một lần', async ({ page }) => {
    // every attempt to create a period is answered here, so nothing is created whatever the code does
    const posts: string[] = [];
    // the answer is held back until the test lets it go, so the save is "under way" for as long as needed
    let release: () => void = () => {};
    const released = new Promise<void>((r) => (release = r));
    await page.route('**/api/v1/reporting/periods', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      posts.push(route.request().postData() ?? '');
      await released;
      await route.fulfill({
        status: 409,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Xung đột dữ liệu',
          status: 409,
          code: 'conflict',
          detail: 'Kỳ báo cáo này đã có (phản hồi giả lập của phép thử).',
        }),
      });
    });
    await login(page, 'sonoivu');
    await page.getByRole('navigation', { name: 'menu' }).getByText('Kỳ báo cáo', { exact: true }).click();
    await settled(page); // the templates are loaded: the dialog starts with every required field but one
    await page.getByRole('button', { name: 'Tạo kỳ báo cáo' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();

    // the only required field without a default: typing the date and pressing Enter confirms the date
    const deadline = dialog.getByLabel('Hạn đơn vị gửi tỉnh');
    await deadline.click();
    await deadline.fill('30/12/2027');
    await deadline.press('Enter');
    await expect(deadline).toHaveValue('30/12/2027');
    await dialog.getByLabel('Năm', { exact: true }).press('Enter');
    await page.waitForTimeout(1_000);
    expect(posts, 'Enter in a date or number field submitted the dialog').toHaveLength(0);
    await expect(dialog).toBeVisible();

    // three submits at once (as three quick Enters arrive before the first has been validated), then
    // the save button while the first is under way: one request
    await dialog.getByLabel('Tên kỳ báo cáo').fill('Kỳ thử gửi một lần');
    await dialog.locator('form').evaluate((f: HTMLFormElement) => {
      f.requestSubmit();
      f.requestSubmit();
      f.requestSubmit();
    });
    await dialog.getByRole('button', { name: 'Lưu' }).click({ force: true });
    release();
    await expect(dialog.getByRole('alert')).toContainText('Kỳ báo cáo này đã có');
    expect(posts).toHaveLength(1);
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(dialog).toBeHidden();
  });
});
