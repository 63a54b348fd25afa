import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { login, logout, menu } from './session.ts';

/**
 * Periodic reporting as people click it, in Vietnamese, on the demo province: the commune's focal
 * officer (daumoixa) opens the six-month report the commune has not sent yet, sees the figures the
 * system filled in, writes the narratives and a figure; the commune chairman (chutichxa, the unit head
 * who alone may submit) sends it; the Sở Nội vụ coordinator (sonoivu) returns it with a comment on a
 * section; the chairman completes it and sends it again; the coordinator accepts it; the province's
 * roll-up shows the commune's figure; the downloaded .docx has the outline's headings and the figure.
 */

const FIGURE =
  'Số buổi, cuộc tuyên truyền, vận động Nhân dân về chủ trương của Đảng, chính sách, pháp luật của Nhà nước';
const PERIOD = 'Báo cáo 6 tháng đầu năm 2026';
const ANNUAL = 'Báo cáo năm 2026';

const status = (page: Page) => page.getByTestId('report-status').first();

test('báo cáo 6 tháng: đơn vị lập và gửi, Sở Nội vụ trả lại, đơn vị gửi lại, tiếp nhận, tổng hợp tỉnh, tải .docx', async ({
  page,
}) => {
  test.setTimeout(300_000);
  // 1. The focal officer opens the six-month report of the commune (not started yet).
  await login(page, 'daumoixa');
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { activeUnit: { name: string } };
  const commune = me.activeUnit.name;
  await menu(page).getByText('Báo cáo của đơn vị').click();
  await expect(page.getByRole('heading', { name: 'Báo cáo của đơn vị' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: PERIOD });
  await expect(row.getByText('Chưa lập')).toBeVisible();
  await row.getByRole('button', { name: 'Lập báo cáo' }).click();
  await expect(page).toHaveURL(/\/bao-cao\/\d+$/);
  const reportUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { name: new RegExp(PERIOD) })).toBeVisible();
  await expect(status(page)).toHaveText('Đang soạn');

  // The figures the system knows are filled in, with their source.
  const computed = page
    .getByRole('row')
    .filter({ hasText: 'Số cơ quan, đơn vị, địa phương thuộc phạm vi báo cáo' });
  await expect(computed.getByText('Hệ thống tính')).toBeVisible();
  await expect(computed.getByRole('spinbutton')).toHaveValue('1');

  // Narratives, section by section, and a figure typed by hand.
  await page
    .getByLabel('I. KHÁI QUÁT CHUNG', { exact: true })
    .fill(
      'Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn ổn định; Nhân dân đồng thuận với chủ trương của chính quyền.',
    );
  await page
    .getByLabel(/^3\. Hoạt động tuyên truyền, giáo dục/)
    .fill('Tổ chức tuyên truyền tại 12 khu dân cư, chú trọng đồng bào dân tộc thiểu số.');
  await page.getByLabel(FIGURE, { exact: true }).fill('27');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText(/^Đã lưu/).first()).toBeVisible();
  // the focal officer may not submit: no button
  await expect(page.getByRole('button', { name: 'Gửi báo cáo' })).toHaveCount(0);
  await logout(page);

  // 2. The chairman sends it.
  await login(page, 'chutichxa');
  await page.goto(reportUrl);
  await expect(page.getByLabel(FIGURE, { exact: true })).toHaveValue('27');
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(status(page)).toHaveText('Đã gửi');
  await logout(page);

  // 3. The coordinator returns it with a comment on section III.3.
  await login(page, 'sonoivu');
  await page.goto(reportUrl);
  await expect(status(page)).toHaveText('Đã gửi');
  await page.getByRole('button', { name: 'Trả lại' }).click();
  let dialog = page.getByRole('dialog');
  await dialog
    .getByLabel('Ý kiến chung')
    .fill('Đề nghị bổ sung kết quả tuyên truyền ở vùng đồng bào dân tộc thiểu số.');
  await dialog
    .getByLabel(/^3\. Hoạt động tuyên truyền/)
    .fill('Nêu rõ số buổi tuyên truyền ở vùng sâu, vùng xa.');
  await dialog.getByRole('button', { name: 'Trả lại' }).click();
  await expect(status(page)).toHaveText('Bị trả lại');
  await logout(page);

  // 4. The chairman sees the comments, completes the section and sends it again.
  await login(page, 'chutichxa');
  await page.goto(reportUrl);
  await expect(page.getByTestId('review-comment')).toContainText('Đề nghị bổ sung kết quả tuyên truyền');
  await expect(
    page.getByText('Ý kiến cho mục này: Nêu rõ số buổi tuyên truyền ở vùng sâu, vùng xa.'),
  ).toBeVisible();
  await page
    .getByLabel(/^3\. Hoạt động tuyên truyền, giáo dục/)
    .fill('Tổ chức tuyên truyền tại 12 khu dân cư, trong đó 5 buổi ở vùng đồng bào dân tộc thiểu số.');
  await page.getByRole('button', { name: 'Gửi lại' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Gửi lại' }).click();
  await expect(status(page)).toHaveText('Đã gửi');
  await logout(page);

  // 5. The coordinator accepts it: it is locked.
  await login(page, 'sonoivu');
  await page.goto(reportUrl);
  await page.getByRole('button', { name: 'Tiếp nhận' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Tiếp nhận' }).click();
  await expect(status(page)).toHaveText('Đã tiếp nhận');
  await expect(page.getByText('Báo cáo đã được tiếp nhận và khóa.')).toBeVisible();
  await expect(page.getByText('Gửi lại báo cáo')).toBeVisible(); // the history

  // 6. The province's roll-up shows the commune's figure (drill-down from the total).
  await menu(page).getByText('Kỳ báo cáo').click();
  await page.getByRole('link', { name: PERIOD }).click();
  await page.getByRole('tab', { name: 'Tổng hợp số liệu' }).click();
  const total = page.getByTestId('rollup-table').getByRole('row').filter({ hasText: FIGURE });
  await expect(total).toBeVisible();
  await total.getByText(FIGURE).click();
  const drawer = page.getByRole('dialog', { name: /Chi tiết theo đơn vị/ });
  const line = drawer.getByRole('row').filter({ hasText: commune });
  await expect(line).toContainText('27');
  await expect(line).toContainText('Đã tiếp nhận');

  // 7. The .docx of the report: the outline's headings and the figure.
  await page.goto(reportUrl);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải .docx' }).click(),
  ]);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  for (const heading of [
    'I. KHÁI QUÁT CHUNG',
    'II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO',
    'III. KẾT QUẢ THỰC HIỆN',
    'IV. ĐÁNH GIÁ CHUNG',
    'V. NHIỆM VỤ, GIẢI PHÁP',
    'VI. KIẾN NGHỊ, ĐỀ XUẤT',
  ])
    expect(text).toContain(heading);
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('5 buổi ở vùng đồng bào dân tộc thiểu số');
  expect(text).toContain(FIGURE);
  expect(xml).toMatch(/<w:t[^>]*>27<\/w:t>/);

  // 8. The province's six-month report is already sent: no "Tổng hợp" on its period.
  await menu(page).getByText('Kỳ báo cáo').click();
  await page.getByRole('link', { name: PERIOD }).click();
  await expect(page.getByRole('heading', { name: PERIOD })).toBeVisible();
  await expect(page.getByTestId('compile')).toHaveCount(0);

  // 9. The annual period: the coordinator compiles the province's report ("Tổng hợp") and inserts one
  // unit's text beside section I; the units' texts are not pasted into the report.
  await menu(page).getByText('Kỳ báo cáo').click();
  await page.getByRole('link', { name: ANNUAL }).click();
  await page.getByTestId('compile').first().click();
  await page.locator('.ant-popover').getByRole('button', { name: 'Tổng hợp' }).click();
  await expect(page).toHaveURL(/\/bao-cao\/\d+$/);
  // the province's report (a long page: the whole outline) with how the units reported
  await expect(page.getByTestId('overview')).toContainText('đơn vị phải báo cáo', { timeout: 60_000 });
  await expect(page.getByText(/· Tỉnh gửi Bộ ·/)).toBeVisible();
  await expect(page.getByTestId('synthesis-table').first()).toBeVisible();
  const general = page.getByLabel('I. KHÁI QUÁT CHUNG', { exact: true });
  await expect(general).toHaveValue('');
  // the units' texts beside section I, folded until opened
  await page
    .getByTestId('section-I')
    .getByText(/^Nội dung các đơn vị \(\d+\)$/)
    .click();
  const insert = page
    .getByTestId('section-I')
    .getByRole('button', { name: /^Chèn nội dung của / })
    .first();
  const source = (await insert.getAttribute('aria-label'))!.replace('Chèn nội dung của ', '');
  await insert.click();
  const inserted = await general.inputValue();
  expect(inserted.length).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText(/^Đã lưu/).first()).toBeVisible();
  await page.reload();
  // the province's report is a long page (the whole 1432 outline): give it time to render
  await expect(page.getByLabel('I. KHÁI QUÁT CHUNG', { exact: true })).toHaveValue(inserted, {
    timeout: 60_000,
  });
  expect(source.length).toBeGreaterThan(3);
  // "Tổng hợp" again is there while the report is a draft
  await expect(page.getByTestId('compile')).toBeVisible();
});
