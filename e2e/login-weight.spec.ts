import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/**
 * Issue 13's aim for the first page every officer opens: the login page's JavaScript under 200 kB
 * gzipped. Every script the page loads is counted at its gzipped size (the server compresses what it
 * sends; the size is measured here the same way for every script, whatever the transfer did). The
 * signed-in app (features, layout, antd) loads only after the login: the count includes no script of it.
 */
test('trang đăng nhập tải dưới 200 kB JavaScript (gzip), chưa tải phần mềm sau đăng nhập', async ({
  page,
}) => {
  const scripts: { url: string; bytes: number }[] = [];
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    scripts.push({ url: res.url(), bytes: gzipSync(await res.body()).length });
  });
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = scripts.reduce((s, x) => s + x.bytes, 0);
  const list = scripts.map((s) => `${new URL(s.url).pathname} ${Math.round(s.bytes / 1024)} kB`).join('\n');
  console.info(`login page: ${scripts.length} scripts, ${Math.round(total / 1024)} kB gzipped`);
  expect(total, `the login page's scripts:\n${list}`).toBeLessThan(200 * 1024);
  // the app's shell (every feature's routes and the layout) is not among them
  expect(scripts.map((s) => new URL(s.url).pathname).filter((p) => /\/(shell|AppLayout)-/.test(p))).toEqual(
    [],
  );
});
