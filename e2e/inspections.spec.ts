import { expect, test } from '@playwright/test';
import { login, logout, menu } from './session.ts';
import { ui } from './ui.ts';

/**
 * Thanh tra, kiểm tra công vụ: the inspector records a check of a department, a violation of conduct
 * (the person named) and a recommendation past its due date (flagged overdue), follows the
 * recommendation to completion with its evidence, and issues the conclusion; the coordinator reads
 * the inspection with the person's data hidden ("đã ẩn danh").
 */

const run = Date.now().toString(36).slice(-5).toUpperCase();
const TITLE = `Kiểm tra công vụ tại Sở Tư pháp ${run}`;
const PERSON = `Phạm Văn Khoa ${run}`;
const { choose, typeDate } = ui(expect);

test('thanh tra: ghi nhận cuộc kiểm tra, vi phạm, kiến nghị theo dõi đến hoàn thành, kết luận; người khác thấy đã ẩn danh', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await login(page, 'thanhtra');
  await menu(page).getByText('Thanh tra, kiểm tra công vụ', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thanh tra, kiểm tra công vụ' })).toBeVisible();

  // --- the inspection
  await page.getByTestId('inspection-create').click();
  const dialog = page.getByRole('dialog', { name: 'Ghi nhận cuộc thanh tra, kiểm tra công vụ' });
  await choose(page, dialog.getByLabel('Đơn vị được thanh tra, kiểm tra'), 'Sở Tư pháp', 'Sở Tư pháp');
  await choose(page, dialog.getByLabel('Cơ quan tiến hành'), 'Thanh tra tỉnh', 'Thanh tra tỉnh');
  await dialog.getByTestId('inspection-title').fill(TITLE);
  await dialog
    .getByTestId('inspection-findings')
    .fill('Đơn vị niêm yết công khai thủ tục hành chính đầy đủ.');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByTestId('inspection-heading')).toHaveText(TITLE);

  // --- a violation of conduct
  await page.getByTestId('violation-add').click();
  const v = page.getByRole('dialog', { name: 'Ghi nhận vi phạm' });
  await v.getByTestId('violation-person').fill(PERSON);
  await choose(page, v.getByLabel('Quy định bị vi phạm'), 'Hách dịch, cửa quyền');
  await expect(v.getByTestId('violation-rule-basis')).toContainText('Luật Cán bộ, công chức');
  await v.getByTestId('violation-description').fill('Gây khó khăn cho người dân khi tiếp nhận hồ sơ.');
  await choose(page, v.getByLabel('Hình thức xử lý'), 'Khiển trách');
  await v.getByRole('button', { name: 'Lưu' }).click();
  await expect(v).toBeHidden();
  await expect(page.getByTestId('violations').getByText(PERSON)).toBeVisible();

  // --- a recommendation past its due date, followed to completion
  await page.getByTestId('recommendation-add').click();
  const r = page.getByRole('dialog', { name: 'Thêm kiến nghị' });
  await r
    .getByTestId('recommendation-content')
    .fill('Tổ chức kiểm điểm, rút kinh nghiệm về văn hóa giao tiếp.');
  await typeDate(r.getByLabel('Hạn thực hiện'), '15/11/2026');
  await r.getByRole('button', { name: 'Lưu' }).click();
  await expect(r).toBeHidden();
  await expect(page.getByTestId('recommendation-overdue')).toBeVisible();
  await page.getByTestId('recommendation-follow').click();
  const f = page.getByRole('dialog', { name: 'Theo dõi thực hiện kiến nghị' });
  await choose(page, f.getByLabel('Trạng thái thực hiện'), 'Đã hoàn thành');
  await f.getByTestId('recommendation-evidence').fill('Biên bản họp kiểm điểm của Sở Tư pháp.');
  await f.getByRole('button', { name: 'Lưu' }).click();
  await expect(f).toBeHidden();
  await expect(page.getByTestId('recommendations').getByText('Đã hoàn thành')).toBeVisible();
  await expect(page.getByTestId('recommendation-overdue')).toHaveCount(0);

  // --- the conclusion
  await page.getByTestId('inspection-conclude').click();
  const c = page.getByRole('dialog', { name: 'Kết luận thanh tra, kiểm tra' });
  await c.getByTestId('conclusion-number').fill(`${run}/KL-TTr`);
  await c
    .getByTestId('conclusion-text')
    .fill('Đơn vị chấp hành tốt kỷ luật, kỷ cương hành chính; 01 trường hợp vi phạm đã được xử lý.');
  await c.getByTestId('conclusion-signer').fill('Hồ Văn Hà');
  await c.getByTestId('conclusion-position').fill('Chánh Thanh tra tỉnh');
  await c.getByRole('button', { name: 'Lưu' }).click();
  await expect(c).toBeHidden();
  await expect(page.getByTestId('inspection-state').first()).toHaveText('Đã kết luận');
  await expect(page.getByTestId('inspection-docx')).toBeVisible();
  const url = page.url();

  // --- the coordinator reads it without the person's data
  await logout(page);
  await login(page, 'sonoivu');
  await page.goto(url);
  await expect(page.getByTestId('inspection-heading')).toHaveText(TITLE);
  await expect(page.getByTestId('violations').getByText('đã ẩn danh')).toBeVisible();
  await expect(page.getByText(PERSON)).toHaveCount(0);
});
