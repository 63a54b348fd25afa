import { expect, test } from '@playwright/test';
import { login, logout, menu } from './session.ts';
import { ui } from './ui.ts';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';

/**
 * Plans and tasks as people click them, in Vietnamese, on the demo province: the Sở Nội vụ
 * coordinator (sonoivu) drafts a province plan that requires the communes' own plans, adds a task for
 * the group of communes and issues it; the commune's focal officer (daumoixa) finds the task in "Nhiệm
 * vụ của tôi", records progress with an evidence file and drafts the commune's plan linked to the
 * province's; the commune chairman (chutichxa) issues it; the coordinator's compliance view and matrix
 * show it; the .docx of the plan is in the NĐ 30/2020 format.
 */

const run = Date.now().toString(36).slice(-5).toUpperCase();
const PLAN_TITLE = `Triển khai công tác dân vận chính quyền, đợt kiểm thử ${run}`;
const PLAN_NUMBER = `${run}/KH-UBND`;
const TASK_TITLE = `Tổ chức hội nghị đối thoại với Nhân dân ${run}`;
const COMMUNE_NUMBER = `${run}/KH-UBND-XA`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const { choose, typeDate } = ui(expect);

/** A date some days ahead, within this year, as dd/MM/yyyy (Vietnam time). */
function daysAhead(n: number): string {
  const now = new Date(Date.now() + 7 * 3600_000);
  const year = now.getUTCFullYear();
  const t = Math.min(now.getTime() + n * 86_400_000, Date.UTC(year, 11, 31));
  const d = new Date(t);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${year}`;
}

test('kế hoạch: Sở Nội vụ ban hành, xã cập nhật tiến độ kèm minh chứng và ban hành kế hoạch của xã, Sở Nội vụ thấy tình hình', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const due = daysAhead(20);
  let planUrl = '';
  let communePlanUrl = '';
  let commune = '';

  await test.step('Sở Nội vụ soạn kế hoạch, yêu cầu các xã xây dựng kế hoạch', async () => {
    await login(page, 'sonoivu');
    await menu(page).getByText('Kế hoạch', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Kế hoạch công tác dân vận chính quyền' })).toBeVisible();
    await page.getByRole('button', { name: 'Soạn kế hoạch' }).click();
    await expect(page.getByRole('heading', { name: 'Soạn kế hoạch' })).toBeVisible();
    await page.getByLabel('Trích yếu').fill(PLAN_TITLE);
    await page.getByLabel('Số, ký hiệu').fill(PLAN_NUMBER);
    await page
      .locator('textarea[id^="purposes_"]')
      .first()
      .fill('Nâng cao chất lượng công tác dân vận của các cơ quan nhà nước, chính quyền các cấp.');
    // the two parts the editor starts with must say something before the plan can be issued
    await page.locator('textarea#sections_0_body').fill('Tổ chức hội nghị đối thoại với Nhân dân.');
    await page.locator('textarea#sections_1_body').fill('Giao Sở Nội vụ theo dõi, đôn đốc, tổng hợp.');
    await page.getByLabel('Thẩm quyền ký').fill('KT. CHỦ TỊCH');
    await page.getByLabel('Chức vụ').fill('PHÓ CHỦ TỊCH');
    await page.getByLabel('Họ tên người ký').fill('Nguyễn Văn An');
    await choose(page, page.getByLabel('Theo nhóm (khối)'), 'Khối xã, phường', { multiple: true });
    await typeDate(page.getByLabel('Hạn ban hành kế hoạch'), due);
    await page.getByTestId('plan-save').click();
    await expect(page.getByText('Đã tạo kế hoạch dự thảo.')).toBeVisible();
    await expect(page).toHaveURL(/\/ke-hoach\/\d+$/);
    planUrl = new URL(page.url()).pathname;
    await expect(page.getByTestId('plan-status')).toHaveText('Dự thảo');
    await expect(page.getByText(/Yêu cầu \d+ đơn vị ban hành kế hoạch trước ngày/)).toBeVisible();
  });

  await test.step('thêm nhiệm vụ giao cho khối xã, phường và ban hành', async () => {
    await page.getByRole('tab', { name: /Nhiệm vụ/ }).click();
    await page.getByTestId('add-task').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nhiệm vụ', { exact: true }).fill(TASK_TITLE);
    await choose(page, dialog.getByLabel('Theo nhóm (khối)'), 'Khối xã, phường', { multiple: true });
    await typeDate(dialog.getByLabel('Thời hạn'), due);
    await dialog.getByLabel('Sản phẩm').fill('Biên bản hội nghị đối thoại');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Đã lưu nhiệm vụ.')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: TASK_TITLE })).toContainText('Chưa giao');

    await page.getByTestId('plan-issue').click();
    const issue = page.getByRole('dialog');
    await expect(issue.getByLabel('Số, ký hiệu')).toHaveValue(PLAN_NUMBER);
    await issue.getByRole('button', { name: 'Ban hành' }).click();
    await expect(page.getByText('Đã ban hành kế hoạch.')).toBeVisible();
    await expect(page.getByTestId('plan-status')).toHaveText('Đã ban hành');
    await expect(page.getByRole('row').filter({ hasText: TASK_TITLE })).toContainText('Đã giao');
    await logout(page);
  });

  await test.step('cán bộ xã thấy nhiệm vụ, cập nhật tiến độ và tải minh chứng', async () => {
    await login(page, 'daumoixa');
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { activeUnit: { name: string } };
    commune = me.activeUnit.name;
    await menu(page).getByText('Nhiệm vụ của tôi').click();
    await expect(page.getByRole('heading', { name: 'Nhiệm vụ của tôi' })).toBeVisible();
    await page
      .getByPlaceholder('Tìm nhiệm vụ (không cần dấu)')
      .fill(`hoi nghi doi thoai voi nhan dan ${run}`);
    const row = page.getByRole('row').filter({ hasText: TASK_TITLE });
    await expect(row).toContainText('Chưa thực hiện');
    await row.getByTestId('open-assignment').click();
    const drawer = page.getByTestId('assignment-drawer');
    await expect(drawer.getByRole('heading', { name: TASK_TITLE })).toBeVisible();
    await choose(page, drawer.getByTestId('assignment-status-select'), 'Đang thực hiện');
    await drawer.getByLabel('Tiến độ (%)').fill('50');
    await drawer.getByLabel('Ghi chú, kết quả thực hiện').fill('Đã tổ chức hội nghị tại 3 khu phố.');
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && /\/plans\/assignments\/\d+$/.test(r.url()),
    );
    await drawer.getByRole('button', { name: 'Lưu cập nhật' }).click();
    const res = await saved;
    expect(res.status(), await res.text()).toBe(200);
    await expect(page.getByText('Đã cập nhật tiến độ.')).toBeVisible();
    await drawer.locator('input[type=file]').setInputFiles({
      name: 'Biên bản hội nghị.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await expect(drawer.getByText('Biên bản hội nghị.pdf')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(row).toContainText('Đang thực hiện');
    await expect(row).toContainText('50%');
  });

  await test.step('cán bộ xã soạn kế hoạch của xã, liên kết với kế hoạch của tỉnh', async () => {
    const req = page.getByTestId('requirements').getByRole('row').filter({ hasText: PLAN_TITLE });
    await expect(req).toContainText('Chưa đến hạn');
    await req.getByRole('button', { name: 'Xây dựng kế hoạch của đơn vị' }).click();
    await expect(page.getByRole('heading', { name: 'Soạn kế hoạch' })).toBeVisible();
    await expect(page.getByTestId('parent-plan')).toContainText(PLAN_NUMBER);
    await expect(page.getByLabel('Căn cứ ban hành')).toHaveValue(
      new RegExp(`Thực hiện Kế hoạch số ${PLAN_NUMBER}`),
    );
    await page
      .locator('textarea[id^="purposes_"]')
      .first()
      .fill('Cụ thể hóa Kế hoạch của Ủy ban nhân dân tỉnh phù hợp với tình hình của phường.');
    await page.locator('textarea#sections_0_body').fill('Thực hiện các nhiệm vụ tỉnh giao.');
    await page.locator('textarea#sections_1_body').fill('Văn phòng theo dõi, đôn đốc, báo cáo kết quả.');
    await page.getByLabel('Chức vụ').fill('CHỦ TỊCH');
    await page.getByLabel('Họ tên người ký').fill('Phạm Văn Hòa');
    await page.getByTestId('plan-save').click();
    await expect(page.getByText('Đã tạo kế hoạch dự thảo.')).toBeVisible();
    await expect(page).toHaveURL(/\/ke-hoach\/\d+$/);
    communePlanUrl = new URL(page.url()).pathname;
    await expect(page.getByText(`Thực hiện Kế hoạch: ${PLAN_TITLE}`)).toBeVisible();
    await expect(page.getByTestId('plan-status')).toHaveText('Dự thảo');
    // the focal officer drafts; only the unit head issues
    await expect(page.getByTestId('plan-issue')).toHaveCount(0);
    await logout(page);
  });

  await test.step('chủ tịch xã ban hành kế hoạch của xã', async () => {
    await login(page, 'chutichxa');
    await page.goto(communePlanUrl);
    await page.getByTestId('plan-issue').click();
    const issue = page.getByRole('dialog');
    await issue.getByLabel('Số, ký hiệu').fill(COMMUNE_NUMBER);
    await issue.getByRole('button', { name: 'Ban hành' }).click();
    await expect(page.getByText('Đã ban hành kế hoạch.')).toBeVisible();
    await expect(page.getByTestId('plan-status')).toHaveText('Đã ban hành');
    await logout(page);
  });

  await test.step('Sở Nội vụ thấy xã đã ban hành đúng hạn, và tiến độ trong ma trận', async () => {
    await login(page, 'sonoivu');
    await page.goto(`${planUrl}/tinh-hinh`);
    // the compliance of the province's 94 units: slow on a loaded machine
    await expect(page.getByTestId('compliance-summary')).toContainText('Đúng hạn: 1', { timeout: 60_000 });
    const line = page.getByRole('row').filter({ hasText: commune });
    await expect(line.getByTestId('compliance-status')).toHaveText('Đã ban hành đúng hạn');
    await expect(line).toContainText(COMMUNE_NUMBER);

    await page.getByRole('tab', { name: 'Ma trận nhiệm vụ' }).click();
    // the compliance tab has a unit search box too: type once the matrix is on screen
    await expect(page).toHaveURL(/\/ma-tran$/);
    await expect(page.getByTestId('matrix-cell').first()).toBeVisible({ timeout: 30_000 });
    const unitSearch = commune.replace(/^Ủy ban nhân dân\s+/u, '');
    await page.getByPlaceholder('Tìm đơn vị').fill(unitSearch);
    // the search reaches the address after its pause, before the officer opens a cell
    await expect(page).toHaveURL(/[?&]q=/);
    const unitRow = page.getByRole('row').filter({ hasText: commune });
    const cell = unitRow.getByTestId('matrix-cell');
    await expect(cell).toHaveText('50%');
    await cell.click();
    const drawer = page.getByTestId('assignment-drawer');
    await expect(drawer).toContainText('Đã tổ chức hội nghị tại 3 khu phố.');
    await expect(drawer.getByText('Biên bản hội nghị.pdf')).toBeVisible();
    await page.keyboard.press('Escape');
    // the matrix's filters are still in the address: a reload (or the link sent to a colleague) shows the same
    await expect(page).toHaveURL(/[?&]q=/);
    await page.reload();
    await expect(page.getByPlaceholder('Tìm đơn vị')).toHaveValue(unitSearch);
    await expect(page.getByRole('row').filter({ hasText: commune }).getByTestId('matrix-cell')).toHaveText(
      '50%',
    );
  });

  await test.step('tải kế hoạch .docx theo thể thức Nghị định 30/2020', async () => {
    await page.goto(planUrl);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải .docx' }).click(),
    ]);
    const zip = await JSZip.loadAsync(await readFile((await download.path())!));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Số: ${PLAN_NUMBER}`,
      'KẾ HOẠCH',
      PLAN_TITLE,
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG',
      TASK_TITLE,
      'Nơi nhận:',
      'Nguyễn Văn An',
    ])
      expect(text).toContain(s);
  });
});
