import { expect as baseExpect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { day, ui } from './ui.ts';

// the machine the e2e tier runs on is shared and often loaded: a step may take longer than the default
const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ actionTimeout: 30_000 });
/**
 * Public consultation (lấy ý kiến Nhân dân, issue 10), in Vietnamese, on the demo province:
 *
 * 1. The commune chairman (chutichxa) opens a consultation on a draft, open from today for two weeks.
 * 2. Two citizens, on a 390×844 phone and without an account, find it on the portal, read the draft
 *    and send a comment each, passing the proof-of-work challenge; nothing shows before moderation.
 * 3. The commune publishes both comments (each becomes an item to answer), answers the first (taken
 *    in) and explains why the second is not taken in, with the reason; the tiếp thu/giải trình .docx
 *    lists both; the commune publishes the two answers.
 * 4. On the portal, each comment shows under the draft with the commune's answer: "Tiếp thu" and
 *    its text, "Giải trình, không tiếp thu" and its reason; axe finds no serious or critical violation.
 */

const PHONE = { width: 390, height: 844 };
const run = Date.now().toString(36).slice(-5).toUpperCase();
const { login, logout, noAxeViolations, openMenu, passChallenge, submit, typeDate } = ui(expect);

test('lấy ý kiến: xã mở đợt lấy ý kiến; người dân góp ý trên Cổng; xã duyệt, tiếp thu một ý kiến, giải trình một ý kiến, công khai; kết quả hiện trên Cổng', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(540_000);
  const TITLE = `Lấy ý kiến Nhân dân về phương án nâng cấp chợ xã ${run}`;
  const DRAFT = `Dự thảo Phương án nâng cấp, mở rộng chợ trung tâm xã giai đoạn 2026 – 2027 ${run}`;
  const TAKEN = `Đề nghị bố trí bãi giữ xe máy miễn phí cho người đi chợ ${run}`;
  const EXPLAINED = `Đề nghị dời chợ ra khu đất ven quốc lộ cho rộng ${run}`;
  const ANSWER = 'UBND xã tiếp thu, bổ sung bãi giữ xe 400 m² phía sau nhà lồng chợ, không thu phí.';
  const REASON = 'Khu đất ven quốc lộ thuộc hành lang an toàn giao thông, không được xây dựng chợ.';

  // ── 1. the commune opens the consultation ──────────────────────────────────────────────────────
  await login(page, 'chutichxa');
  await openMenu(page, 'Lấy ý kiến Nhân dân');
  await page.getByTestId('consultation-create').click();
  const create = page.getByRole('dialog', { name: 'Tạo đợt lấy ý kiến' });
  await create.getByTestId('source-title').fill(TITLE);
  await create.getByLabel('Tên dự thảo').fill(DRAFT);
  await expect(create.getByLabel('Ngày bắt đầu lấy ý kiến')).toHaveValue(day(0));
  await typeDate(create.getByLabel('Ngày kết thúc lấy ý kiến'), day(14));
  await create
    .getByTestId('source-summary')
    .fill('Nâng cấp nhà lồng chợ, làm mới hệ thống thoát nước và phòng cháy; tổng vốn 4,2 tỷ đồng.');
  await submit(create, 'Lưu');
  await expect(page.getByTestId('source-title')).toHaveText(TITLE);
  const sourceUrl = page.url();
  await logout(page);

  // ── 2. two citizens comment on the portal, on a phone, without an account ──────────────────────
  const ctx = await browser.newContext({
    baseURL,
    viewport: PHONE,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const p = await ctx.newPage();
  await p.goto('/cong-dan');
  await expect(p.getByRole('heading', { level: 1, name: 'Cổng thông tin công dân' })).toBeVisible();
  await p.getByTestId('home-more-consultations').click();
  await expect(p.getByRole('heading', { level: 1, name: 'Lấy ý kiến Nhân dân' })).toBeVisible();
  const card = p.getByTestId('consultation').filter({ hasText: TITLE });
  await expect(card).toContainText('Đang lấy ý kiến');
  await expect(card).toContainText(DRAFT);
  await card.getByTestId('consultation-open').click();
  await expect(p.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(p.getByTestId('consultation-state')).toHaveText('Đang lấy ý kiến');
  await expect(p.getByText('Chưa có ý kiến góp ý nào được hiển thị.')).toBeVisible();
  const consultationUrl = p.url();

  // nothing typed: the form says what to fix, before anything is sent
  await p.getByTestId('comment-send').click();
  await expect(p.getByText('Hãy nhập nội dung góp ý.')).toBeVisible();
  for (const [name, text] of [
    ['Trần Văn Bảy', TAKEN],
    ['', EXPLAINED],
  ]) {
    await p.getByTestId('comment-name').fill(name);
    await p.getByTestId('comment-text').fill(text);
    await passChallenge(p);
    await p.getByTestId('comment-send').click();
    await expect(p.getByTestId('comment-sent')).toBeVisible();
    await expect(p.getByTestId('comment-text')).toHaveValue('');
  }
  // pre-moderation: nothing public yet
  await p.reload();
  await expect(p.getByText('Chưa có ý kiến góp ý nào được hiển thị.')).toBeVisible();
  await expect(p.getByText(TAKEN)).toHaveCount(0);

  // ── 3. the commune moderates, answers, explains, publishes ─────────────────────────────────────
  await login(page, 'chutichxa');
  await page.goto(sourceUrl);
  await expect(page.getByTestId('source-title')).toHaveText(TITLE);
  const queue = (text: string) =>
    page.locator('#dv-content .ant-table-tbody tr.ant-table-row').filter({ hasText: text });
  for (const text of [TAKEN, EXPLAINED]) {
    await queue(text).getByTestId('comment-publish').click();
    await submit(page.getByRole('dialog', { name: 'Duyệt hiển thị' }), 'Duyệt hiển thị');
    // the comment leaves the queue of comments awaiting moderation
    await expect(queue(text).filter({ has: page.getByTestId('comment-publish') })).toHaveCount(0);
  }
  // each published comment is an item the commune answers
  const item = (text: string) => queue(text).filter({ has: page.getByTestId('item-link') });
  await expect(item(TAKEN)).toContainText('Đã tiếp nhận');
  await expect(item(EXPLAINED)).toContainText('Đã tiếp nhận');

  await item(TAKEN).getByTestId('row-answer').click();
  const answer = page.getByRole('dialog', { name: 'Trả lời' });
  await answer.getByTestId('answer-text').fill(ANSWER);
  await submit(answer, 'Trả lời');
  await expect(item(TAKEN)).toContainText('Đã trả lời');

  await item(EXPLAINED).getByTestId('item-link').click();
  await page.getByTestId('item-decline').click();
  const decline = page.getByRole('dialog', { name: 'Giải trình không tiếp thu' });
  await decline.getByTestId('decline-reason').fill(REASON);
  await submit(decline, 'Giải trình không tiếp thu');
  await expect(page.getByTestId('item-decline')).toContainText(REASON);
  await page.goto(sourceUrl);
  await expect(item(EXPLAINED)).toContainText('Giải trình, không tiếp thu');

  // the tiếp thu/giải trình report holds both, each with its answer
  const download = page.waitForEvent('download');
  await page.getByTestId('consultation-report').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(await readFile((await file.path())!));
  const doc = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  for (const s of [TAKEN, EXPLAINED, `Tiếp thu: ${ANSWER}`, `Giải trình, không tiếp thu: ${REASON}`])
    expect(doc).toContain(s);

  // publish the two answers on the portal
  await page.getByTestId('bulk-pick-page').click();
  await expect(page.getByTestId('bulk-bar')).toContainText('Đã chọn 2 nội dung');
  await page.getByTestId('bulk-publish').click();
  await page
    .locator('.ant-popconfirm')
    .filter({ hasText: 'Cập nhật công khai 2 nội dung đã chọn?' })
    .getByRole('button', { name: 'Công khai trả lời' })
    .click();
  // done: the selection is cleared
  await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
  await logout(page);

  // ── 4. the result on the portal ─────────────────────────────────────────────────────────────────
  await p.goto(consultationUrl);
  await expect(p.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const shown = (text: string) => p.getByTestId('public-comment').filter({ hasText: text });
  await expect(shown(TAKEN)).toContainText('Trần Văn Bảy');
  await expect(shown(TAKEN).getByTestId('comment-answer')).toContainText('Tiếp thu');
  await expect(shown(TAKEN).getByTestId('comment-answer')).toContainText(ANSWER);
  await expect(shown(EXPLAINED)).toContainText('Ẩn danh');
  await expect(shown(EXPLAINED).getByTestId('comment-answer')).toContainText('Giải trình, không tiếp thu');
  await expect(shown(EXPLAINED).getByTestId('comment-answer')).toContainText(REASON);
  expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await noAxeViolations(p, 'the consultation with its answers');
  await ctx.close();
});
