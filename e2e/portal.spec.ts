import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { formatLookupCode, lookupCodeFromBytes } from '@danvan/domain';
import { login } from './session.ts';
import {
  API,
  chooseUnit,
  communeOf,
  doStep,
  noAxeViolations,
  passChallenge,
  phone,
  PHONE,
  PNG,
  ratingsCount,
} from './portal.steps.ts';
import { fold } from './ui.ts';

/**
 * The citizens' portal (issue 9, "Done when"), at phone size 390×844, without an account: a citizen
 * finds the commune's reception day (searched without diacritics), sends a land feedback (phản ánh,
 * đất đai) with a photo, passes the proof-of-work challenge, and gets a lookup code; the commune's
 * chairman (chutichxa) sees it in the petition register with channel "Cổng thông tin điện tử" and the
 * photo, answers and closes it, and publishes the answer; the citizen looks the code up, sees the
 * steps and the answer, and rates it; the commune's satisfaction index counts the rating. Then a
 * denunciation (tố cáo) from the portal: its identity is in the vault and appears nowhere on the
 * portal nor in the staff register. The portal's own bundle loads none of the staff app's code.
 */

test.describe.configure({ timeout: 300_000 });

test('người dân gửi phản ánh đất đai kèm ảnh, nhận mã; xã trả lời, công khai; người dân tra cứu, đánh giá; chỉ số hài lòng thay đổi', async ({
  browser,
  request,
  baseURL,
}) => {
  const stamp = Date.now() % 1_000_000;
  const commune = await communeOf(request, 'chutichxa');
  const subject = `Lấn chiếm đất công làm quán ở ấp Bàu Cá ${stamp}`;
  const content =
    'Một hộ dân dựng quán tạm lấn ra phần đất công cạnh đường liên ấp, cản trở đi lại; đề nghị xã kiểm tra, xử lý.';
  const citizen = 'Nguyễn Thị Hạnh';
  const answer = `UBND xã đã kiểm tra hiện trường, yêu cầu hộ kinh doanh tháo dỡ phần quán lấn chiếm, trả lại mặt bằng đất công trước ngày 15; giao Công an xã theo dõi ${stamp}.`;

  // ── the citizen, on a phone, without an account ───────────────────────────────────────────────
  const p = await phone(browser, baseURL);
  const scripts: string[] = [];
  p.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push(await r.text().catch(() => ''));
  });
  await p.goto('/cong-dan');
  await expect(p.getByRole('heading', { level: 1, name: 'Cổng thông tin công dân' })).toBeVisible();
  await expect(p).toHaveTitle('Cổng thông tin công dân · Dân vận chính quyền');
  // the home lists the sections of the server's registry, each opening its page
  await expect(p.getByTestId('home-section-schedules')).toBeVisible();
  await expect(p.getByTestId('home-section-answers')).toBeVisible();
  await expect(p.getByTestId('home-section-models')).toBeVisible();
  await noAxeViolations(p, 'portal home');
  // the portal's own bundle: none of the staff app (antd, echarts, the staff dictionaries) came with it
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) {
    expect(s).not.toContain('ant-btn');
    expect(s).not.toContain('echarts');
    expect(s).not.toContain('Sổ đơn thư');
  }
  const noHorizontalScroll = async () =>
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await noHorizontalScroll();

  // the commune's reception day, searched without diacritics
  await p.getByTestId('home-more-schedules').click();
  await expect(p.getByRole('heading', { level: 1, name: 'Lịch tiếp công dân' })).toBeVisible();
  const shortName = fold(commune.name).replace(/^uy ban nhan dan /, '');
  await p.getByTestId('schedules-search').fill(shortName);
  await expect(p).toHaveURL(new RegExp(`q=${encodeURIComponent(shortName).replace(/%20/g, '(\\+|%20)')}`));
  const sessions = p.getByTestId('session');
  await expect(sessions.first()).toBeVisible();
  for (const u of await p.getByTestId('session-unit').allInnerTexts()) expect(u).toBe(commune.name);
  await expect(sessions.first().getByTestId('session-place')).not.toBeEmpty();
  await noAxeViolations(p, 'schedules');
  await noHorizontalScroll();

  // send a land feedback to that commune, from its reception day
  await sessions.first().getByTestId('session-submit').click();
  await expect(p.getByRole('heading', { level: 1, name: 'Gửi phản ánh, kiến nghị' })).toBeVisible();
  await chooseUnit(p, commune);
  // what is public and what is not is said before sending, with the consent of Luật 91/2025/QH15
  await expect(p.getByTestId('what-is-not-public')).toContainText('không bao giờ được công khai');
  await expect(p.getByTestId('privacy')).toContainText('91/2025/QH15');
  // nothing filled: the messages say what to fix, in Vietnamese, before anything is sent
  await p.getByTestId('send').click();
  await expect(p.getByText('Hãy chọn loại: phản ánh, kiến nghị, khiếu nại hay tố cáo.')).toBeVisible();
  await expect(p.getByText('Cần đồng ý với việc xử lý dữ liệu cá nhân để gửi.')).toBeVisible();
  // a file of a refused type is refused before sending, with the server's limits
  await p.getByTestId('files').setInputFiles({
    name: 'chuong-trinh.exe',
    mimeType: 'application/x-msdownload',
    buffer: Buffer.from('MZ'),
  });
  await expect(p.getByText(/Tệp “chuong-trinh.exe” không thuộc loại được nhận/)).toBeVisible();
  await p.getByRole('button', { name: /Bỏ tệp/ }).click();
  await p
    .getByTestId('files')
    .setInputFiles({ name: 'quan-lan-chiem.png', mimeType: 'image/png', buffer: PNG });
  await expect(p.getByTestId('chosen-files')).toContainText('quan-lan-chiem.png');

  await p.getByTestId('kind-phan_anh').check();
  await p.getByTestId('field-select').selectOption('dat_dai');
  await p.getByTestId('subject').fill(subject);
  await p.getByTestId('content').fill(content);
  await p.getByTestId('fullName').fill(citizen);
  await p.getByTestId('phone').fill('0912 345 678');
  await p.getByTestId('consent').check();
  await passChallenge(p);
  await noAxeViolations(p, 'submit form');
  await p.getByTestId('send').click();

  // the receipt: the code once, grouped, copy and print, the warning
  const receipt = p.getByTestId('receipt');
  await expect(receipt).toBeVisible({ timeout: 30_000 });
  await expect(p.getByRole('heading', { level: 1, name: 'Đã gửi thành công' })).toBeVisible();
  const code = (await p.getByTestId('lookup-code').innerText()).trim();
  expect(code).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
  await expect(p.getByTestId('code-warning')).toContainText('Mã chỉ hiển thị một lần');
  await expect(p.getByTestId('copy-code')).toBeVisible();
  await expect(p.getByTestId('print')).toBeVisible();
  await expect(p.getByTestId('receipt-unit')).toHaveText(commune.name);
  await expect(p.getByTestId('receipt-files')).toContainText('Đã gửi');
  await noAxeViolations(p, 'receipt');
  // printed, the receipt is alone on the page
  await p.emulateMedia({ media: 'print' });
  await expect(p.getByTestId('copy-code')).toBeHidden();
  await expect(p.locator('nav')).toBeHidden();
  await p.emulateMedia({ media: 'screen' });

  // a mistyped code is caught by its check symbols before the server is asked; two well-formed codes
  // that do not exist get one same answer from the server
  await p.goto('/cong-dan/tra-cuu');
  await p.getByTestId('lookup-input').fill(code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6));
  await p.getByTestId('lookup-send').click();
  await expect(p.getByTestId('lookup-typo')).toBeVisible();
  const unknown: string[] = [];
  for (let i = 0; i < 2; i++) {
    await p.getByTestId('lookup-input').fill(formatLookupCode(lookupCodeFromBytes(randomBytes(17))));
    await p.getByTestId('lookup-send').click();
    const alert = p.getByRole('alert').filter({ hasText: /./ }).last();
    await expect(alert).toBeVisible();
    unknown.push(await alert.innerText());
  }
  expect(unknown[0]).toBe(unknown[1]);
  await expect(p.getByTestId('case')).toHaveCount(0);

  // ── the commune's chairman, on a phone too ────────────────────────────────────────────────────
  const o = await phone(browser, baseURL);
  await login(o, 'chutichxa');
  const before = await ratingsCount(o);
  await o.goto(`/don-thu?q=${encodeURIComponent(String(stamp))}`);
  // the stamp is unique: the one row found is this case (its subject may be cut short on a phone)
  await expect(o.getByTestId('petition-counts')).toContainText('Tất cả (1)', { timeout: 60_000 });
  const row = o.locator('.ant-table-tbody tr.ant-table-row').first();
  const link = row.getByTestId('petition-link');
  await expect(link).toBeVisible();
  await link.click();
  await expect(o.getByTestId('petition-title')).toContainText(subject);
  await expect(o.locator('#dv-content')).toContainText('Cổng thông tin điện tử'); // the channel
  await expect(o.getByTestId('petition-kind')).toContainText('Phản ánh');
  await expect(o.getByTestId('petition-field')).toContainText('Đất đai');
  const id = Number(/\/don-thu\/(\d+)$/.exec(o.url())![1]);
  const files = await o.request.get(`${API}/files`, {
    params: { entity: 'petition_portal', entityId: String(id) },
  });
  expect(files.status()).toBe(200);
  expect(JSON.stringify(await files.json())).toContain('quan-lan-chiem.png');

  await doStep(o, 'Phân loại đơn');
  await doStep(o, 'Thụ lý giải quyết');
  await doStep(o, 'Ghi quyết định, kết luận', async (d) => {
    await d.getByTestId('step-number').fill(`${stamp}/TB-UBND`);
    await d.getByTestId('step-summary').fill(answer);
  });
  await doStep(o, 'Gửi kết quả');
  await doStep(o, 'Kết thúc hồ sơ');
  await expect(o.getByTestId('petition-status')).toHaveText('Đã kết thúc');

  // publish the answer: the text chosen, anonymised, previewed
  const card = o.getByTestId('petition-publication');
  await expect(card).toBeVisible();
  await card.getByTestId('publish-open').click();
  const dialog = o.getByRole('dialog', { name: 'Công khai trả lời trên Cổng thông tin' });
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('publish-state-resolved').check();
  await dialog.getByTestId('publish-use-decision').click();
  await expect(dialog.getByTestId('publish-preview')).toContainText(answer);
  await expect(dialog.getByTestId('publish-preview')).not.toContainText(citizen);
  await dialog.getByRole('button', { name: 'Công khai', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(o.getByText('Đã công khai câu trả lời trên Cổng thông tin.')).toBeVisible();
  await expect(card.getByTestId('publication-state')).toContainText('Đang công khai');
  await o.goto('/cong-khai');
  await expect(o.getByTestId('publication-row').filter({ hasText: subject })).toBeVisible();

  // ── the citizen follows the case by its code (typed in lower case, without dashes) ────────────
  await p.goto('/cong-dan/tra-cuu');
  await p.getByTestId('lookup-input').fill(code.toLowerCase().replace(/-/g, ' '));
  await p.getByTestId('lookup-send').click();
  const view = p.getByTestId('case');
  await expect(view).toBeVisible();
  await expect(p.getByTestId('case-subject')).toHaveText(subject);
  await expect(p.getByTestId('case-status')).toHaveText('Đã kết thúc');
  await expect(p.getByTestId('case-unit')).toHaveText(commune.name);
  for (const step of ['receive', 'screen', 'accept', 'decide', 'send_result', 'close'])
    await expect(p.getByTestId(`case-step-${step}`)).toContainText(/\d{2}\/\d{2}\/\d{4}/);
  await expect(p.getByTestId('case-answer')).toContainText(answer);
  await expect(p.getByTestId('case-answer')).toContainText('Đã giải quyết');
  await expect(view).not.toContainText(citizen);
  await expect(view).not.toContainText('0912');
  await noAxeViolations(p, 'lookup');
  await p.getByTestId('score-5').check();
  await p.getByTestId('rating-comment').fill('Xã xử lý nhanh, cán bộ nhiệt tình.');
  await p.getByTestId('rating-send').click();
  await expect(p.getByTestId('rated')).toContainText('5/5');

  // the published answer is listed by unit and field, with its honest state
  await p.goto('/cong-dan/tra-loi?field=dat_dai');
  await expect(p.getByTestId('answer').filter({ hasText: answer })).toContainText('Đã giải quyết');
  await noAxeViolations(p, 'answers');

  // ── the commune's satisfaction index counts the rating ───────────────────────────────────────
  expect(await ratingsCount(o)).toBe(before + 1);
  await expect(o.getByTestId('satisfaction-index')).toContainText('%');
  await o.context().close();
  await p.context().close();
});

test('đơn tố cáo gửi qua Cổng: danh tính vào kho bảo mật, không hiện trên Cổng và trong sổ đơn thư', async ({
  browser,
  request,
  baseURL,
}) => {
  const stamp = Date.now() % 1_000_000;
  const commune = await communeOf(request, 'chutichxa');
  const denouncer = `Phạm Minh Tố ${stamp}`;
  const address = `Số ${stamp % 1000} đường Hùng Vương, ấp Bàu Cá`;
  const subject = `Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục ${stamp}`;

  const p = await phone(browser, baseURL);
  await p.goto(`/cong-dan/gui?unitId=${commune.id}&unitName=${encodeURIComponent(commune.name)}`);
  await chooseUnit(p, commune);
  await p.getByTestId('kind-to_cao').check();
  await expect(p.getByTestId('denunciation-notice')).toContainText('giữ bí mật');
  await p.getByTestId('field-select').selectOption('tham_nhung');
  await p.getByTestId('subject').fill(subject);
  await p
    .getByTestId('content')
    .fill(
      'Cán bộ địa chính xã yêu cầu người dân nộp thêm tiền ngoài quy định khi làm thủ tục cấp giấy chứng nhận.',
    );
  await p.getByTestId('fullName').fill(denouncer);
  await p.getByTestId('phone').fill('0987 654 321');
  // the address is required for a denunciation: asked before sending
  await p.getByTestId('consent').check();
  await passChallenge(p);
  await p.getByTestId('send').click();
  await expect(
    p.getByText('Đơn tố cáo cần ghi địa chỉ của người tố cáo (Luật Tố cáo 2018, điều 23).'),
  ).toBeVisible();
  await p.getByTestId('address').fill(address);
  await p.getByTestId('send').click();
  await expect(p.getByTestId('receipt')).toBeVisible({ timeout: 30_000 });
  const code = (await p.getByTestId('lookup-code').innerText()).trim();
  await expect(p.getByTestId('receipt')).not.toContainText(denouncer);

  await p.goto('/cong-dan/tra-cuu');
  await p.getByTestId('lookup-input').fill(code);
  await p.getByTestId('lookup-send').click();
  await expect(p.getByTestId('case-subject')).toHaveText(subject);
  await expect(p.locator('main')).not.toContainText(denouncer);
  await expect(p.locator('main')).not.toContainText(address);
  await p.goto('/cong-dan/tra-loi');
  await expect(p.getByTestId('answers').or(p.getByTestId('empty'))).toBeVisible();
  await expect(p.locator('main')).not.toContainText(denouncer);

  // the commune's register: the case is there, its denouncer protected, the name nowhere
  const o = await phone(browser, baseURL);
  await login(o, 'chutichxa');
  await o.goto(`/don-thu?q=${encodeURIComponent(String(stamp))}`);
  // the stamp is unique: the one row found is this case (its subject may be cut short on a phone)
  await expect(o.getByTestId('petition-counts')).toContainText('Tất cả (1)', { timeout: 60_000 });
  const row = o.locator('.ant-table-tbody tr.ant-table-row').first();
  const link = row.getByTestId('petition-link');
  await expect(link).toBeVisible();
  await expect(o.locator('#dv-content')).not.toContainText(denouncer);
  await link.click();
  await expect(o.getByTestId('petition-title')).toContainText(subject);
  await expect(o.getByTestId('petition-kind')).toContainText('Tố cáo');
  await expect(o.getByTestId('protected-identity')).toBeVisible();
  await expect(o.locator('#dv-content')).not.toContainText(denouncer);
  await expect(o.locator('#dv-content')).not.toContainText(address);
  const id = Number(/\/don-thu\/(\d+)$/.exec(o.url())![1]);
  const api = await o.request.get(`${API}/petitions/${id}`);
  expect(api.status()).toBe(200);
  const body = await api.text();
  expect(body).not.toContain(denouncer);
  expect(body).not.toContain(address);
  const vault = await o.request.get(`${API}/vault/petition/${id}`);
  expect(vault.status()).toBe(200);
  expect(((await vault.json()) as { protected: boolean }).protected).toBe(true);
  // a denunciation is never published on the portal
  await expect(o.getByTestId('petition-publication')).toHaveCount(0);
  await o.context().close();
  await p.context().close();
});

test('người dân đánh giá buổi tiếp công dân không cần mã hồ sơ; chỉ số hài lòng của xã tính đánh giá này', async ({
  browser,
  request,
  baseURL,
}) => {
  const commune = await communeOf(request, 'chutichxa');
  const o = await phone(browser, baseURL);
  await login(o, 'chutichxa');
  const before = await ratingsCount(o);

  // from the lookup page, without a code: the rating page
  const p = await phone(browser, baseURL);
  await p.goto('/cong-dan/tra-cuu');
  await p.getByTestId('lookup-rate-other').click();
  await expect(p.getByRole('heading', { level: 1, name: 'Đánh giá mức độ hài lòng' })).toBeVisible();
  await expect(p).toHaveURL(/\/cong-dan\/danh-gia$/);
  await expect(p.getByRole('link', { name: 'Đánh giá hài lòng' })).toHaveAttribute('aria-current', 'page');
  // nothing chosen: each missing answer is said, in Vietnamese, before anything is sent
  await p.getByTestId('rate-send').click();
  await expect(p.getByText('Hãy chọn cơ quan, đơn vị được đánh giá.')).toBeVisible();
  await expect(p.getByText('Hãy chọn nội dung đánh giá: buổi tiếp công dân hay sự phục vụ')).toBeVisible();
  await expect(p.getByText('Hãy chọn một mức từ 1 đến 5.')).toBeVisible();
  await expect(p.getByText('Hãy hoàn thành bước xác minh chống gửi tự động.')).toBeVisible();
  await expect(p.getByRole('alert').filter({ hasText: 'Còn 4 mục cần sửa' })).toBeVisible();

  await p.getByTestId('r-unit-search').fill(fold(commune.name).replace(/^uy ban nhan dan /, ''));
  await p.getByRole('radio', { name: commune.name }).first().click(); // the list gives way to the chosen unit
  await expect(p.getByTestId('r-unit-chosen')).toContainText(commune.name);
  await p.getByRole('radio', { name: /Buổi tiếp công dân/ }).check();
  await expect(p.getByLabel('Ngày tiếp công dân')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await p.getByRole('radio', { name: '4 – Hài lòng' }).check();
  await p.getByTestId('rate-comment').fill('Cán bộ tiếp dân lắng nghe, hướng dẫn tận tình.');
  // only the challenge left: sending again moves the focus to its checkbox and says what is missing
  await p.getByTestId('rate-send').click();
  await expect(p.getByRole('alert').filter({ hasText: 'Còn 1 mục cần sửa' })).toBeVisible();
  await expect(p.getByTestId('altcha').getByRole('checkbox')).toBeFocused();
  const challengeError = p
    .getByRole('alert')
    .filter({ hasText: 'Hãy hoàn thành bước xác minh chống gửi tự động.' });
  await expect(challengeError).toBeVisible();
  await passChallenge(p);
  // solved: its error is gone
  await expect(challengeError).toHaveCount(0);
  await noAxeViolations(p, 'rating form');
  expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await p.getByTestId('rate-send').click();
  const done = p.getByTestId('rate-done');
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(done).toContainText('4/5 (Hài lòng)');
  await expect(done).toContainText('buổi tiếp công dân');
  await expect(done).toContainText(commune.name);
  await expect(done).toBeFocused();
  await noAxeViolations(p, 'rating sent');

  // the commune's satisfaction index counts the visit's rating
  expect(await ratingsCount(o)).toBe(before + 1);
  await o.context().close();
  await p.context().close();
});
