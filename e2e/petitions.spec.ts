import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { login, logout, menu } from './session.ts';

/**
 * Petitions (đơn thư) through their legal workflow, in Vietnamese, on the demo commune: the reception
 * officer (tiepdan) enters a land complaint by a group of six, screens and accepts it, and sees the
 * resolution deadline the rule register and the holiday calendar give (checked against the API's own
 * deadline preview, not a date written here); the commune chairman (chutichxa) extends it with a
 * reason and records the decision, whose .docx holds the petition. The register at 390×844 too.
 */

const PHONE = { width: 390, height: 844 };
const API = '/api/v1';

interface Deadline {
  step: string;
  dueDate: string;
}
interface Case {
  id: number;
  status: string;
  deadlines: Deadline[];
  timeline: { step: string; on: string }[];
}

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

async function choose(page: Page, field: Locator, option: string) {
  await field.click();
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await dropdown.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

/** Picks an option of a searchable select by typing it (its list is virtual: a far option is not rendered). */
async function search(page: Page, field: Locator, option: string) {
  await field.click();
  await field.fill(option);
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await dropdown.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
}

/** axe (WCAG 2.1 A/AA) finds nothing on the page as it stands. */
async function noAxeViolations(page: Page) {
  await page.waitForLoadState('networkidle');
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
}

async function getCase(page: Page, id: number): Promise<Case> {
  const res = await page.request.get(`${API}/petitions/${id}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Case;
}

async function doStep(page: Page, button: string, fill?: (d: Locator) => Promise<void>) {
  await page.getByRole('button', { name: button, exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: button });
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Đã ghi nhận: ${button}.`)).toBeVisible();
}

test('đơn khiếu nại đất đai: tiếp nhận, phân loại, thụ lý đúng thời hạn luật định; chủ tịch gia hạn và ra quyết định, tải quyết định .docx', async ({
  page,
}) => {
  const stamp = Date.now() % 100000;
  const representative = `Lê Văn Khải ${stamp}`;
  const subject = `Khiếu nại quyết định thu hồi đất ở thôn Đông ${stamp}`;
  const content =
    'Hộ gia đình chúng tôi khiếu nại quyết định thu hồi đất nông nghiệp để làm đường liên xã, mức bồi thường chưa thỏa đáng.';

  await login(page, 'tiepdan');
  await menu(page).getByText('Sổ đơn thư', { exact: true }).click();
  await expect(page).toHaveURL(/\/don-thu$/);
  await expect(page.getByRole('heading', { name: 'Sổ đơn thư' })).toBeVisible();

  // the group of six was received at the reception (the visit logged through the API, as the
  // reception spec covers its form); the petition is created from that visit, pre-filled
  const me = (await (await page.request.get(`${API}/auth/me`)).json()) as { activeUnit: { id: number } };
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
  const visit = await page.request.post(`${API}/reception/visits`, {
    data: {
      unitId: me.activeUnit.id,
      kind: 'regular',
      receivedOn: today,
      receivedTime: '08:30',
      place: 'Phòng tiếp công dân, trụ sở UBND',
      receiverName: 'Ngô Văn Bình',
      visitorsCount: 6,
      representativeName: representative,
      content,
      field: 'dat_dai',
      outcome: 'petition_received',
    },
  });
  expect(visit.status()).toBe(201);
  const visitId = ((await visit.json()) as { id: number }).id;

  await page.goto(`/don-thu/moi?visit=${visitId}`);
  const dialog = page.getByRole('dialog', { name: 'Tạo đơn từ lượt tiếp công dân' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('petition-count')).toHaveValue('6');
  await expect(dialog.getByTestId('petition-group-hint')).toContainText('Đơn đông người');
  await expect(dialog.getByTestId('petition-representative')).toHaveValue(representative);
  await expect(dialog.getByTestId('petition-content')).toHaveValue(content);
  await expect(dialog.getByTestId('petition-field-select')).toContainText('Đất đai');
  await expect(dialog.getByTestId('petition-channel-select')).toContainText('Qua tiếp công dân');
  await choose(page, dialog.getByTestId('petition-kinds-select'), 'Khiếu nại');
  await dialog.getByTestId('petition-subject').click(); // closes the multiple select's list
  await dialog.getByTestId('petition-subject').fill(subject);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã tiếp nhận đơn.')).toBeVisible();
  await expect(page).toHaveURL(/\/don-thu\/\d+$/);
  const id = Number(/\/don-thu\/(\d+)$/.exec(page.url())![1]);
  await expect(page.getByTestId('petition-title')).toContainText(subject);
  await expect(page.getByTestId('petition-status')).toHaveText('Đã tiếp nhận');
  await expect(page.getByTestId('petition-flags')).toContainText('Đông người');

  // screen (within our competence) and accept
  await doStep(page, 'Phân loại đơn');
  await expect(page.getByTestId('petition-status')).toHaveText('Đã phân loại');
  await doStep(page, 'Thụ lý giải quyết');
  await expect(page.getByTestId('petition-status')).toHaveText('Đã thụ lý, đang giải quyết');

  // the deadline shown is the one the rule register and the calendar give from the day of acceptance
  const accepted = await getCase(page, id);
  const acceptedOn = accepted.timeline.find((s) => s.step === 'accept')!.on;
  const preview = await page.request.get(`${API}/legal/deadline`, {
    params: { code: 'khieu_nai.giai_quyet', start: acceptedOn },
  });
  expect(preview.status()).toBe(200);
  const expected = ((await preview.json()) as { dueDate: string }).dueDate;
  const resolution = accepted.deadlines.find((d) => d.step === 'resolution')!;
  expect(resolution.dueDate).toBe(expected);
  await expect(page.getByTestId('deadline-resolution').getByTestId('deadline-date')).toHaveText(
    vnDate(expected),
  );
  await expect(page.getByTestId('petition-due-date')).toHaveText(vnDate(expected));
  // the reception officer may not extend nor decide
  await expect(page.getByTestId('step-extend')).toHaveCount(0);
  await expect(page.getByTestId('step-decide')).toHaveCount(0);

  // the commune chairman extends it with a reason and records the decision
  await logout(page);
  await login(page, 'chutichxa');
  await page.goto(`/don-thu/${id}`);
  await expect(page.getByTestId('petition-title')).toContainText(subject);
  const reason = 'Vụ việc cần đo đạc lại ranh giới thửa đất, xác minh thêm hồ sơ bồi thường.';
  await doStep(page, 'Gia hạn', (d) => d.getByTestId('step-reason').fill(reason));
  const extended = await getCase(page, id);
  const newDue = extended.deadlines.find((d) => d.step === 'resolution')!.dueDate;
  expect(newDue > expected).toBe(true);
  await expect(page.getByTestId('deadline-resolution').getByTestId('deadline-date')).toHaveText(
    vnDate(newDue),
  );
  const timeline = page.getByTestId('petition-timeline');
  await expect(timeline.locator('tr').filter({ hasText: 'Gia hạn giải quyết' })).toContainText(reason);

  const number = `${stamp}/QĐ-UBND`;
  const summary = 'Giữ nguyên quyết định thu hồi đất; bổ sung hỗ trợ chuyển đổi nghề cho hộ gia đình.';
  await doStep(page, 'Ghi quyết định, kết luận', async (d) => {
    await d.getByTestId('step-number').fill(number);
    await d.getByTestId('step-summary').fill(summary);
  });
  await expect(page.getByTestId('petition-status')).toHaveText('Đã có quyết định, kết luận');
  await expect(page.getByTestId('petition-decision')).toContainText(number);

  // the decision .docx (NĐ 30/2020) holds the petition it decides
  const download = page.waitForEvent('download');
  await page.getByTestId('doc-quyet-dinh-giai-quyet').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(await readFile((await file.path())!));
  const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  for (const s of ['QUYẾT ĐỊNH', subject, representative, summary, number]) expect(text).toContain(s);
  await noAxeViolations(page);
});

test('sổ đơn thư trên điện thoại 390×844: lọc theo lĩnh vực trong địa chỉ, số đơn theo trạng thái', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await login(page, 'tiepdan');
  await page.getByRole('button', { name: 'Mở menu' }).click();
  await expect(page.getByTestId('menu-drawer')).toBeVisible();
  await menu(page).getByText('Sổ đơn thư', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sổ đơn thư' })).toBeVisible();
  await expect(page.getByTestId('petition-counts')).toBeVisible();
  await expect(page.getByTestId('petition-create')).toBeVisible();

  await page.goto('/don-thu?field=dat_dai');
  await expect(page.getByRole('heading', { name: 'Sổ đơn thư' })).toBeVisible();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  for (const tag of await rows.getByTestId('petition-field').allTextContents()) expect(tag).toBe('Đất đai');
  // the page itself does not scroll sideways (the table scrolls inside its card)
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
  await noAxeViolations(page);
});

test('đơn tố cáo: danh tính người tố cáo được bảo vệ với mọi vai trò khác, người giải quyết xem có lý do, nhật ký ghi lại, văn bản đề nghị xác minh không có danh tính', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now() % 100000;
  const name = `Trương Thị Kim Ngân ${stamp}`;
  const idNumber = `0791${String(stamp).padStart(8, '0')}`;
  const address = `Số ${stamp} đường Lê Lợi, thôn Bắc`;
  const phone = `09${String(stamp).padStart(8, '0')}`;
  const subject = `Tố cáo cán bộ địa chính nhận tiền ngoài quy định khi cấp sổ đỏ ${stamp}`;
  const content =
    'Người tố cáo trình bày cán bộ địa chính xã yêu cầu nộp thêm 5.000.000 đồng ngoài quy định khi làm thủ tục cấp giấy chứng nhận quyền sử dụng đất.';
  const reason = 'Cần liên hệ người tố cáo để bổ sung chứng cứ về khoản tiền đã nộp';
  const canaries = [name, idNumber, address, phone];
  const noCanary = async () => {
    const html = await page.content();
    for (const c of canaries) expect(html).not.toContain(c);
  };

  // 1. The reception officer enters the denunciation with the denouncer's identity (sealed in the vault).
  await login(page, 'tiepdan');
  await menu(page).getByText('Sổ đơn thư', { exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sổ đơn thư' })).toBeVisible();
  await page.getByTestId('petition-create').click();
  const entry = page.getByRole('dialog', { name: 'Tiếp nhận đơn' });
  await expect(entry).toBeVisible();
  await choose(page, entry.getByTestId('petition-field-select'), 'Tham nhũng, tiêu cực');
  await choose(page, entry.getByTestId('petition-kinds-select'), 'Tố cáo');
  await entry.getByTestId('petition-subject').click(); // closes the multiple select's list
  const denouncer = entry.getByTestId('petition-denouncer');
  await expect(denouncer).toBeVisible();
  await denouncer.getByTestId('denouncer-name').fill(name);
  await denouncer.getByLabel('Số giấy tờ tùy thân').fill(idNumber);
  await denouncer.getByLabel('Địa chỉ').fill(address);
  await denouncer.getByLabel('Số điện thoại').fill(phone);
  await entry.getByTestId('petition-subject').fill(subject);
  await entry.getByTestId('petition-content').fill(content);
  await entry.getByRole('button', { name: 'Lưu' }).click();
  await expect(entry).toBeHidden();
  await expect(page.getByText('Đã tiếp nhận đơn.')).toBeVisible();
  await expect(page).toHaveURL(/\/don-thu\/\d+$/);
  const id = Number(/\/don-thu\/(\d+)$/.exec(page.url())![1]);
  await expect(page.getByTestId('protected-identity')).toContainText('Người tố cáo được bảo vệ danh tính');
  await noCanary();
  await doStep(page, 'Phân loại đơn');
  await doStep(page, 'Thụ lý giải quyết');
  await expect(page.getByTestId('petition-status')).toHaveText('Đã thụ lý, đang giải quyết');
  await logout(page);

  // 2. The commune chairman assigns the case to the denunciation handler (xulytocao, Thanh tra tỉnh).
  await login(page, 'xulytocao');
  const handlerId = ((await (await page.request.get(`${API}/auth/me`)).json()) as { id: number }).id;
  await logout(page);
  await login(page, 'chutichxa');
  await page.goto(`/don-thu/${id}`);
  await expect(page.getByTestId('petition-content')).toContainText('5.000.000 đồng'); // the head sees the content
  await expect(page.getByTestId('protected-identity')).toBeVisible();
  await expect(
    page.getByTestId('protected-identity').getByRole('button', { name: 'Xem danh tính' }),
  ).toHaveCount(0);
  const version = ((await getCase(page, id)) as unknown as { version: number }).version;
  const assigned = await page.request.post(`${API}/petitions/${id}/assign`, {
    data: { handlerId, expectedVersion: version },
  });
  expect(assigned.status()).toBe(200);
  await page.reload();
  await expect(page.getByText('Bùi Thị Hạnh').first()).toBeVisible();
  await noCanary();
  await logout(page);

  // 3. Every other role that reads petitions sees it protected: the reception officer (no longer its
  // handler), the Sở Nội vụ coordinator and the province inspector (thanhtra), both over the province.
  for (const who of ['tiepdan', 'sonoivu', 'thanhtra']) {
    await login(page, who);
    await page.goto(`/don-thu/${id}`);
    await expect(page.getByTestId('petition-title')).toContainText(subject);
    await expect(page.getByTestId('protected-identity')).toContainText('Người tố cáo được bảo vệ danh tính');
    await expect(
      page.getByText('Nội dung đơn tố cáo được bảo vệ (Điều 47 Luật Tố cáo năm 2018).'),
    ).toBeVisible();
    await expect(page.getByTestId('petition-content')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Xem danh tính' })).toHaveCount(0);
    await expect(page.getByTestId('petition-documents')).toHaveCount(0);
    await noCanary();
    const api = await page.request.get(`${API}/petitions/${id}`);
    expect(api.status()).toBe(200);
    const body = await api.text();
    for (const c of [...canaries, '5.000.000 đồng']) expect(body).not.toContain(c);
    const reveal = await page.request.post(`${API}/vault/petition/${id}/reveal`, { data: { reason } });
    expect([403, 404]).toContain(reveal.status());
    for (const c of canaries) expect(await reveal.text()).not.toContain(c);
    await logout(page);
  }

  // 4. The handler reveals the identity with a reason; the verification request carries no identity.
  await login(page, 'xulytocao');
  await page.goto(`/don-thu/${id}`);
  await expect(page.getByTestId('petition-content')).toContainText('5.000.000 đồng');
  await page.getByTestId('protected-identity').getByRole('button', { name: 'Xem danh tính' }).click();
  const ask = page.getByRole('dialog', { name: 'Xem danh tính người tố cáo' });
  await ask.getByLabel('Lý do xem danh tính').fill(reason);
  await ask.getByRole('button', { name: 'Xem danh tính' }).click();
  const shown = page.getByRole('dialog', { name: 'Danh tính người tố cáo', exact: true });
  await expect(shown).toContainText(name);
  await expect(shown).toContainText(idNumber);
  await expect(shown).toContainText(address);
  await shown.getByRole('button', { name: 'Đóng và ẩn danh tính' }).click();
  await expect(shown).toBeHidden();
  await noCanary();

  const download = page.waitForEvent('download');
  await page.getByTestId('doc-yeu-cau-xac-minh').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(await readFile((await file.path())!));
  const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  expect(text).toContain('Đề nghị xác minh');
  expect(text).toContain(subject);
  for (const c of canaries) expect(text).not.toContain(c);
  await logout(page);

  // 5. The audit trail shows the reveal: who, which record, the reason; never the identity.
  await login(page, 'quantri');
  await page.goto('/audit');
  await expect(page.getByRole('heading', { name: 'Nhật ký thao tác' })).toBeVisible();
  await search(page, page.getByLabel('Đối tượng'), 'Thông tin định danh được bảo vệ');
  await search(page, page.getByLabel('Thao tác'), 'Xem thông tin định danh');
  await expect(page).toHaveURL(/entity=vault_identity/);
  await expect(page).toHaveURL(/action=reveal/);
  const row = page
    .locator('.ant-table-tbody tr.ant-table-row')
    .filter({ hasText: 'Xem thông tin định danh' })
    .filter({ hasText: 'Bùi Thị Hạnh' })
    .first();
  await expect(row).toBeVisible();
  const expand = row.locator('.ant-table-row-expand-icon');
  if (await expand.count()) await expand.click();
  await expect(page.locator('.ant-table-tbody')).toContainText(reason);
  await noCanary();
});
