import { expect as baseExpect, test } from '@playwright/test';
import { day, tableRow, ui } from './ui.ts';

// the machine the e2e tier runs on is shared and often loaded: a step may take longer than the default
const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ actionTimeout: 30_000 });
/**
 * Voter petitions (kiến nghị cử tri, issue 10), in Vietnamese, on the demo province:
 *
 * 1. The People's Council office (hdnd) records a session's voter petitions as three numbered items,
 *    each in its field, no agency chosen yet; then selects the three and assigns them at once to Sở
 *    Tư pháp with one due date.
 * 2. The department head (giamdocstp), on "Trả lời nội dung được giao", saves an answer template,
 *    answers two petitions at once with it (each answer carries its own number and the unit's name)
 *    and the third in its own box.
 * 3. The office sees the rate answered, judges the first answer satisfactory and publishes two
 *    answers on the portal.
 * 4. A citizen, without an account, opens the portal's "Trả lời kiến nghị cử tri" from the home page
 *    and reads the published answers; the answer not published is not there.
 */

const run = Date.now().toString(36).slice(-5).toUpperCase();
const { choose, login, logout, openMenu, submit, typeDate } = ui(expect);

test('kiến nghị cử tri: Thường trực HĐND ghi kiến nghị kỳ họp, giao Sở Tư pháp; Sở trả lời theo mẫu; HĐND đánh giá, công khai; người dân đọc trên Cổng', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(540_000);
  const SESSION = `Kỳ họp thứ mười lăm HĐND tỉnh khóa X ${run}`;
  const PETITIONS = [
    {
      text: `Cử tri đề nghị rút ngắn thời gian cấp phiếu lý lịch tư pháp cho người lao động đi làm việc ở nước ngoài ${run}`,
      field: 'Hành chính, tư pháp',
    },
    {
      text: `Cử tri đề nghị tăng cường tuyên truyền pháp luật phòng, chống tín dụng đen ở vùng nông thôn ${run}`,
      field: 'An ninh, trật tự',
    },
    {
      text: `Cử tri đề nghị hướng dẫn chứng thực bản sao điện tử tại UBND cấp xã ${run}`,
      field: 'Hành chính, tư pháp',
    },
  ];
  const TEMPLATE = `Mẫu trả lời kiến nghị cử tri ${run}`;

  // ── 1. the council office records the session's petitions, then assigns them in one step ──────
  await login(page, 'hdnd');
  await openMenu(page, 'Kiến nghị cử tri');
  await page.getByTestId('council-create').click();
  const create = page.getByRole('dialog', { name: 'Nhập kiến nghị cử tri kỳ họp' });
  await create.getByTestId('source-title').fill(SESSION);
  await create.getByTestId('source-number').fill(`125/BC-HĐND`);
  await create.getByLabel('Nhiệm kỳ').fill('2021 – 2026');
  await typeDate(create.getByLabel('Ngày khai mạc kỳ họp'), day(-7));
  for (const [i, p] of PETITIONS.entries()) {
    await create.getByTestId('new-item-add').click();
    const card = create.getByTestId('new-item').nth(i);
    await expect(card).toContainText(`Nội dung số ${i + 1}`);
    await card.getByTestId('new-item-text').fill(p.text);
    await choose(page, card.getByLabel('Lĩnh vực'), p.field);
    await card.getByLabel('Nơi phát sinh, người nêu').fill('Cử tri huyện Châu Thành');
  }
  await submit(create, 'Lưu');
  await expect(page.getByTestId('source-title')).toHaveText(SESSION);
  const sessionUrl = page.url();
  for (const p of PETITIONS) {
    await expect(tableRow(page, p.text)).toContainText('Chưa giao');
    await expect(tableRow(page, p.text)).toContainText(p.field);
  }
  await expect(page.getByTestId('source-counts')).toContainText('Đã trả lời 0/3');

  // bulk assignment: the three at once, to Sở Tư pháp, due in three weeks
  await page.getByTestId('bulk-pick-page').click();
  await expect(page.getByTestId('bulk-bar')).toContainText('Đã chọn 3 nội dung');
  await page.getByTestId('bulk-assign').click();
  const assign = page.getByRole('dialog', { name: 'Giao đơn vị trả lời (3 nội dung)' });
  await choose(page, assign.getByLabel('Đơn vị chủ trì trả lời'), 'Sở Tư pháp', 'so tu phap');
  await typeDate(assign.getByLabel('Hạn trả lời'), day(21));
  await submit(assign, 'Giao đơn vị trả lời');
  for (const p of PETITIONS) {
    await expect(tableRow(page, p.text)).toContainText('Sở Tư pháp');
    await expect(tableRow(page, p.text)).toContainText(day(21));
  }
  await logout(page);

  // ── 2. the department answers: a template for two, its own box for the third ─────────────────
  await login(page, 'giamdocstp');
  await openMenu(page, 'Trả lời nội dung được giao');
  const card = (text: string) => page.getByTestId('answer-card').filter({ hasText: text });
  for (const p of PETITIONS) await expect(card(p.text)).toBeVisible();
  await page.getByTestId('template-create').click();
  const tpl = page.getByRole('dialog', { name: 'Tạo mẫu trả lời' });
  await tpl.getByTestId('template-name').fill(TEMPLATE);
  await tpl
    .getByTestId('template-text')
    .fill(
      'Về kiến nghị số {so}: {don_vi} tiếp thu, đã chỉ đạo các phòng chuyên môn thực hiện trong quý I và sẽ báo cáo kết quả tại kỳ họp sau.',
    );
  await submit(tpl, 'Lưu');

  await card(PETITIONS[0].text).getByRole('checkbox').check();
  await card(PETITIONS[1].text).getByRole('checkbox').check();
  await expect(page.getByTestId('bulk-bar')).toContainText('Đã chọn 2 nội dung');
  await page.getByTestId('bulk-answer').click();
  const many = page.getByRole('dialog', { name: 'Trả lời 2 nội dung' });
  await expect(many).toContainText('Cùng một nội dung trả lời cho các nội dung số 1, 2.');
  await choose(page, many.getByTestId('bulk-template'), TEMPLATE);
  await many.getByLabel('Số, ký hiệu văn bản trả lời').fill(`312/STP-VP`);
  await submit(many, 'Trả lời');
  await expect(card(PETITIONS[0].text)).toHaveCount(0);
  await expect(card(PETITIONS[1].text)).toHaveCount(0);

  await card(PETITIONS[2].text)
    .getByTestId('many-text')
    .fill(
      'Sở Tư pháp đã ban hành hướng dẫn chứng thực bản sao điện tử, tập huấn cho công chức tư pháp - hộ tịch cấp xã trong tháng này.',
    );
  await card(PETITIONS[2].text).getByTestId('many-save').click();
  await expect(card(PETITIONS[2].text)).toHaveCount(0);
  await logout(page);

  // ── 3. the office: the rate answered, a judgement, two answers published ─────────────────────
  await login(page, 'hdnd');
  await page.goto(sessionUrl);
  await expect(page.getByTestId('source-counts')).toContainText('Đã trả lời 3/3');
  for (const p of PETITIONS) await expect(tableRow(page, p.text)).toContainText('Đã trả lời');

  // the template was filled for each item: its own number and the answering unit
  await tableRow(page, PETITIONS[1].text).getByTestId('row-judge').click();
  const judge = page.getByRole('dialog', { name: 'Đánh giá trả lời' });
  await expect(judge).toContainText('Về kiến nghị số 2: Sở Tư pháp tiếp thu');
  await page.keyboard.press('Escape');
  await expect(judge).toBeHidden();

  await tableRow(page, PETITIONS[0].text).getByTestId('row-judge').click();
  await expect(judge).toContainText('Về kiến nghị số 1: Sở Tư pháp tiếp thu');
  await judge.getByTestId('verdict-satisfied').click();
  await submit(judge, 'Đánh giá trả lời');
  await expect(tableRow(page, PETITIONS[0].text)).toContainText('Trả lời thỏa đáng');

  // publish the first and the third
  await page.getByRole('checkbox', { name: 'Chọn nội dung số 1' }).check();
  await page.getByRole('checkbox', { name: 'Chọn nội dung số 3' }).check();
  await expect(page.getByTestId('bulk-bar')).toContainText('Đã chọn 2 nội dung');
  await page.getByTestId('bulk-publish').click();
  const confirm = page
    .locator('.ant-popconfirm')
    .filter({ hasText: 'Cập nhật công khai 2 nội dung đã chọn?' });
  await confirm.getByRole('button', { name: 'Công khai trả lời' }).click();
  // done: the selection is cleared
  await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
  await tableRow(page, PETITIONS[2].text).getByTestId('item-link').click();
  await expect(page.getByText(/Đã công khai lúc/)).toBeVisible();
  await logout(page);

  // ── 4. the citizen reads the published answers on the portal, without an account ─────────────
  const ctx = await browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const p = await ctx.newPage();
  await p.goto('/cong-dan');
  await expect(p.getByRole('heading', { level: 1, name: 'Cổng thông tin công dân' })).toBeVisible();
  await p.getByTestId('home-more-voter_petitions').click();
  await expect(p.getByRole('heading', { level: 1, name: 'Trả lời kiến nghị cử tri' })).toBeVisible();
  const published = (text: string) => p.getByTestId('item-voter_petitions').filter({ hasText: text });
  await expect(published(PETITIONS[0].text)).toBeVisible();
  await expect(published(PETITIONS[0].text)).toContainText(SESSION);
  await expect(published(PETITIONS[0].text)).toContainText('Về kiến nghị số 1: Sở Tư pháp tiếp thu');
  await expect(published(PETITIONS[0].text)).toContainText('Sở Tư pháp');
  await expect(published(PETITIONS[2].text)).toContainText('hướng dẫn chứng thực bản sao điện tử');
  // the answer the office did not publish stays off the portal
  await expect(published(PETITIONS[1].text)).toHaveCount(0);
  await ctx.close();
});
