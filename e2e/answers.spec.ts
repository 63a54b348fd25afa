import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { day, tableRow, ui } from './ui.ts';

/**
 * Answering to the people (issue 10), in Vietnamese, on the demo province. The e2e server runs on the
 * real clock, so "goes overdue" is a commitment whose due date is already past when it is recorded.
 *
 * 1. The commune chairman (chutichxa) schedules a direct dialogue, records it as held with two
 *    commitments (one due in ten days, one due five days ago); the first is answered on the phone
 *    (390×844) from "Trả lời nội dung được giao" and closed on time; the minutes .docx holds both;
 *    the coordinator (sonoivu) sees the overdue one in the compliance page and opens it from there.
 * 2. The provincial Front (mattran) files a supervision conclusion with three recommendations to Sở
 *    Tư pháp; the department head (giamdocstp) answers the three; the Front marks one not
 *    satisfactory with a comment; the department answers it again and the Front sees "Đã trả lời lại".
 */

const PHONE = { width: 390, height: 844 };
const API = '/api/v1';
const run = Date.now().toString(36).slice(-5).toUpperCase();
const { choose, login, logout, openMenu, submit, typeDate } = ui(expect);

test('đối thoại: chủ tịch xã ghi hai cam kết; một cam kết xong đúng hạn, một quá hạn hiện trong tình hình của Sở Nội vụ', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const TITLE = `Đối thoại về giải phóng mặt bằng tuyến đường liên xã ${run}`;
  const ON_TIME = `Công khai phương án bồi thường tại nhà văn hóa ấp ${run}`;
  const LATE = `Sửa chữa cống thoát nước ấp 3 trước mùa mưa ${run}`;

  await login(page, 'chutichxa');
  const me = (await (await page.request.get(`${API}/auth/me`)).json()) as { activeUnit: { name: string } };
  const commune = me.activeUnit.name;

  // --- schedule the dialogue (held three weeks ago: the e2e runs on the real clock)
  await openMenu(page, 'Đối thoại trực tiếp');
  await page.getByTestId('dialogue-create').click();
  const create = page.getByRole('dialog', { name: 'Lên lịch đối thoại' });
  await create.getByTestId('source-title').fill(TITLE);
  await typeDate(create.getByLabel('Ngày đối thoại'), day(-21));
  await create.getByTestId('dialogue-place').fill('Hội trường UBND xã');
  await expect(create.getByTestId('dialogue-chair')).not.toHaveValue('');
  await submit(create, 'Lưu');
  await expect(page.getByTestId('source-title')).toHaveText(TITLE);
  await expect(page.getByTestId('dialogue-state')).toHaveText('Đã lên lịch');

  // --- record it as held, with two commitments
  await page.getByTestId('dialogue-hold').click();
  const hold = page.getByRole('dialog', { name: 'Ghi nhận kết quả đối thoại' });
  await expect(hold.getByLabel('Ngày tổ chức')).toHaveValue(day(-21));
  await hold.getByTestId('hold-count').fill('46');
  await hold
    .getByTestId('hold-issues')
    .fill('Bà con đề nghị công khai phương án bồi thường và sửa cống thoát nước ấp 3 bị sụt lún.');
  await hold.getByTestId('new-item-add').click();
  await hold.getByTestId('new-item-add').click();
  const first = hold.getByTestId('new-item').nth(0);
  const second = hold.getByTestId('new-item').nth(1);
  await first.getByTestId('new-item-text').fill(ON_TIME);
  await typeDate(first.getByLabel('Hạn trả lời'), day(10));
  await first.getByTestId('new-item-owner').fill('Phó Chủ tịch UBND xã');
  await second.getByTestId('new-item-text').fill(LATE);
  await typeDate(second.getByLabel('Hạn trả lời'), day(-5));
  await second.getByTestId('new-item-owner').fill('Công chức Địa chính - Xây dựng');
  // each commitment goes to the commune itself unless another unit is chosen
  await expect(first.getByTestId('new-item-unit')).toContainText(commune);
  await submit(hold, 'Ghi nhận kết quả đối thoại');
  await expect(page.getByTestId('dialogue-state')).toHaveText('Đã tổ chức');
  await expect(page.getByTestId('dialogue-participants')).toContainText('46 người');
  await expect(tableRow(page, ON_TIME)).toContainText('Đã tiếp nhận');
  await expect(tableRow(page, LATE)).toContainText('Quá hạn chưa trả lời');

  // --- the minutes (.docx) hold the dialogue and its commitments
  const download = page.waitForEvent('download');
  await page.getByTestId('dialogue-minutes').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(await readFile((await file.path())!));
  const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  for (const s of [TITLE, ON_TIME, LATE]) expect(text).toContain(s);
  const dialogueUrl = page.url();

  // --- on the phone: answer the first commitment from the page of items to answer
  await page.setViewportSize(PHONE);
  await page.goto('/tra-loi/can-tra-loi');
  await expect(page.getByRole('heading', { level: 1, name: 'Trả lời nội dung được giao' })).toBeVisible();
  const card = page.getByTestId('answer-card').filter({ hasText: ON_TIME });
  await expect(card).toBeVisible();
  // the page fits the phone: no sideways scrolling
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await card
    .getByTestId('many-text')
    .fill('UBND xã đã niêm yết phương án bồi thường tại nhà văn hóa ấp từ ngày hôm nay, trong 20 ngày.');
  await card.getByTestId('many-save').click();
  await expect(page.getByText('Đã gửi nội dung trả lời.')).toBeVisible();
  await expect(page.getByTestId('answer-card').filter({ hasText: ON_TIME })).toHaveCount(0);
  await expect(page.getByTestId('answer-card').filter({ hasText: LATE })).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });

  // --- close it: answered before its due date, so on time
  await page.goto(dialogueUrl);
  await tableRow(page, ON_TIME).getByTestId('item-link').click();
  await expect(page.getByTestId('item-answer')).toContainText('đã niêm yết phương án bồi thường');
  await page.getByTestId('item-close').click();
  const close = page.getByRole('dialog', { name: 'Kết thúc theo dõi' });
  await close.getByTestId('step-note').fill('Đã báo cáo lại với Nhân dân tại buổi tiếp xúc tháng sau.');
  await submit(close, 'Kết thúc theo dõi');
  await expect(page.getByTestId('item-status').first()).toHaveText('Đã kết thúc');
  await expect(page.getByTestId('item-compliance').first()).toHaveText('Trả lời đúng hạn');
  await expect(page.getByTestId('item-history')).toContainText('Kết thúc');
  await logout(page);

  // --- the coordinator: the overdue commitment in the compliance of the commune
  await login(page, 'sonoivu');
  await openMenu(page, 'Tình hình trả lời kiến nghị');
  await choose(page, page.getByLabel('Loại'), 'Đối thoại trực tiếp');
  await expect(page).toHaveURL(/kind=dialogue/);
  const row = page.locator('#dv-content .ant-table-tbody tr.ant-table-row').filter({ hasText: commune });
  await expect(row).toBeVisible();
  await row.getByTestId('compliance-overdue').click();
  await expect(page).toHaveURL(/\/tra-loi\?.*compliance=overdue/);
  await expect(tableRow(page, LATE)).toContainText('Quá hạn chưa trả lời');
  await expect(tableRow(page, ON_TIME)).toHaveCount(0);
});

test('giám sát: Mặt trận gửi ba kiến nghị tới Sở Tư pháp; Sở trả lời; Mặt trận đánh giá một kiến nghị chưa thỏa đáng; Sở trả lời lại', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const TITLE = `Thông báo kết quả giám sát việc giải quyết thủ tục lý lịch tư pháp ${run}`;
  const RECS = [
    `Rút ngắn thời gian cấp phiếu lý lịch tư pháp trực tuyến ${run}`,
    `Niêm yết công khai phí, lệ phí tại bộ phận một cửa ${run}`,
    `Bố trí đủ công chức tiếp nhận hồ sơ vào giờ cao điểm ${run}`,
  ];
  const COMMENT = 'Sở chưa nêu rõ thời hạn, lộ trình niêm yết tại các điểm một cửa cấp xã.';

  // --- the Front files the conclusion
  await login(page, 'mattran');
  await openMenu(page, 'Giám sát, phản biện xã hội');
  await page.getByTestId('front-create').click();
  const create = page.getByRole('dialog', { name: 'Nhập văn bản giám sát' });
  // the Front addresses an agency outside its own subtree: the picker lists the province's units,
  // searched without diacritics, each with its kind and the unit it belongs to
  const addressee = create.getByLabel('Cơ quan được giám sát, phản biện');
  await addressee.click();
  await addressee.fill('so tu phap');
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  const option = dropdown.locator('.ant-select-item-option').filter({ hasText: 'Sở Tư pháp' }).first();
  await expect(option).toContainText('Sở, ban, ngành · thuộc');
  await option.click();
  await expect(dropdown).toBeHidden();
  await create.getByTestId('source-title').fill(TITLE);
  await create.getByTestId('source-number').fill(`45/TB-MTTQ-BTT`);
  for (const r of RECS) {
    await create.getByTestId('new-item-add').click();
    await create.getByTestId('new-item-text').last().fill(r);
  }
  // the recommendations go to the agency supervised
  await expect(create.getByTestId('new-item-unit').first()).toContainText('Sở Tư pháp');
  await submit(create, 'Lưu');
  await expect(page.getByTestId('source-title')).toHaveText(TITLE);
  for (const r of RECS) await expect(tableRow(page, r)).toContainText('Sở Tư pháp');
  const sourceUrl = page.url();
  await logout(page);

  // --- the department answers the three, one card each
  await login(page, 'giamdocstp');
  await openMenu(page, 'Trả lời nội dung được giao');
  for (const [i, r] of RECS.entries()) {
    const card = page.getByTestId('answer-card').filter({ hasText: r });
    await card
      .getByTestId('many-text')
      .fill(`Sở Tư pháp tiếp thu kiến nghị số ${i + 1} và đã chỉ đạo thực hiện.`);
    await card.getByTestId('many-save').click();
    await expect(page.getByTestId('answer-card').filter({ hasText: r })).toHaveCount(0);
  }
  await logout(page);

  // --- the Front judges: the second not satisfactory, with its reason
  await login(page, 'mattran');
  await page.goto(sourceUrl);
  for (const [i, r] of RECS.entries()) {
    await expect(tableRow(page, r)).toContainText('Đã trả lời');
    await tableRow(page, r).getByTestId('row-judge').click();
    const judge = page.getByRole('dialog', { name: 'Đánh giá trả lời' });
    await expect(judge).toContainText(`kiến nghị số ${i + 1}`);
    if (i === 1) {
      await judge.getByTestId('verdict-not_satisfied').click();
      // a "not satisfactory" needs its reason
      await judge.getByRole('button', { name: 'Đánh giá trả lời', exact: true }).click();
      await expect(judge.locator('.ant-form-item-explain-error')).toContainText('Ý kiến đánh giá');
      await judge.getByTestId('judge-comment').fill(COMMENT);
    } else await judge.getByTestId('verdict-satisfied').click();
    await submit(judge, 'Đánh giá trả lời');
  }
  await expect(tableRow(page, RECS[0])).toContainText('Trả lời thỏa đáng');
  await expect(tableRow(page, RECS[1])).toContainText('Chưa thỏa đáng');
  await logout(page);

  // --- the department answers the second again, seeing the Front's comment
  await login(page, 'giamdocstp');
  await openMenu(page, 'Trả lời nội dung được giao');
  const again = page.getByTestId('answer-card').filter({ hasText: RECS[1] });
  await expect(again).toContainText(COMMENT);
  await expect(page.getByTestId('answer-card').filter({ hasText: RECS[0] })).toHaveCount(0);
  await again
    .getByTestId('many-text')
    .fill(
      'Sở Tư pháp niêm yết phí, lệ phí tại 100% điểm một cửa cấp xã trước ngày 31/3; giao Phòng Hành chính tư pháp kiểm tra.',
    );
  await again.getByRole('button', { name: 'Trả lời lại' }).click();
  await expect(page.getByTestId('answer-card').filter({ hasText: RECS[1] })).toHaveCount(0);
  await logout(page);

  // --- the Front sees the new answer and its history
  await login(page, 'mattran');
  await page.goto(sourceUrl);
  await expect(tableRow(page, RECS[1])).toContainText('Đã trả lời lại');
  await tableRow(page, RECS[1]).getByTestId('item-link').click();
  await expect(page.getByTestId('item-answer')).toContainText('100% điểm một cửa cấp xã');
  // the Front's comment stays with the item (its judgement or its history)
  await expect(page.getByText(COMMENT).first()).toBeVisible();
  const history = page.getByTestId('item-history');
  await expect(history).toContainText('Đánh giá trả lời');
  await expect(history.getByTestId('history-status').filter({ hasText: 'Đã trả lời lại' })).toHaveCount(1);
});
