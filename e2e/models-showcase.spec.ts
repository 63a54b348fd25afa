import { expect as baseExpect, test, type APIRequestContext } from '@playwright/test';
import { fold, PASSWORD, ui } from './ui.ts';

// the machine the e2e tier runs on is shared and often loaded: a step may take longer than the default
const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ actionTimeout: 30_000 });
/**
 * The portal's showcase of "Dân vận khéo" models (issue 12): a model of Sở Tư pháp, registered,
 * started and evaluated by the right roles (set up through the API), is recognised by the coordinator
 * (sonoivu) on its page; a citizen on a 390×844 phone, without an account, finds it from the portal's
 * home in the showcase with its public summary, unit and level of recognition, searched without
 * diacritics, and axe finds no serious or critical violation on the pages.
 */

const API = '/api/v1';
const PHONE = { width: 390, height: 844 };
const run = Date.now().toString(36).slice(-5).toUpperCase();
const { login, logout, noAxeViolations } = ui(expect);
const NAME = `Tổ hòa giải cơ sở trên Zalo ấp Phú Hòa ${run}`;
const SUMMARY =
  'Tổ hòa giải ấp lập nhóm Zalo để người dân nêu vướng mắc; hòa giải viên trả lời trong 24 giờ và hẹn hòa giải tại nhà văn hóa.';

/** Today in Vietnam as YYYY-MM-DD. */
const todayIso = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

async function ok<T>(what: string, res: Promise<import('@playwright/test').APIResponse>): Promise<T> {
  const r = await res;
  expect(r.ok(), `${what}: ${r.status()} ${await r.text()}`).toBe(true);
  return (await r.json()) as T;
}

async function signIn(request: APIRequestContext, username: string) {
  await ok('login', request.post(`${API}/auth/login`, { data: { username, password: PASSWORD } }));
}

test('mô hình “Dân vận khéo” được công nhận hiện trên Cổng thông tin (điện thoại 390×844, không lỗi axe nghiêm trọng)', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);

  // ── set-up by the right roles: the department registers and starts, the coordinator evaluates ──
  const dept = page.request;
  await signIn(dept, 'daumoistp');
  const me = await ok<{ activeUnit: { id: number; name: string } }>('me', dept.get(`${API}/auth/me`));
  const created = await ok<{ id: number; version: number }>(
    'create model',
    dept.post(`${API}/models`, {
      data: {
        unitId: me.activeUnit.id,
        name: NAME,
        field: 'culture_society',
        registration: {
          situation: 'Người dân ấp xa trung tâm, ngại đến trụ sở khi có mâu thuẫn nhỏ trong xóm.',
          goals: 'Hòa giải thành trên 90% vụ việc ngay tại ấp, không để phát sinh đơn thư vượt cấp.',
          contentMethod: 'Nhóm Zalo của tổ hòa giải; hòa giải viên trực, hẹn gặp tại nhà văn hóa ấp.',
        },
        registeredOn: todayIso(),
        publicSummary: SUMMARY,
      },
    }),
  );
  const started = await ok<{ version: number }>(
    'start model',
    dept.post(`${API}/models/${created.id}/start`, { data: { expectedVersion: created.version } }),
  );
  await dept.post(`${API}/auth/logout`);

  await signIn(dept, 'sonoivu');
  const criteria = await ok<{ items: { id: number; maxPoints: number }[] }>(
    'criteria',
    dept.get(`${API}/models/criteria`),
  );
  expect(criteria.items.length).toBeGreaterThan(0);
  await ok(
    'evaluate model',
    dept.post(`${API}/models/${created.id}/evaluations`, {
      data: {
        expectedVersion: started.version,
        evaluatedOn: todayIso(),
        evaluatorName: 'Tổ thẩm định Sở Nội vụ',
        scores: criteria.items.map((c) => ({ criterionId: c.id, points: c.maxPoints })),
      },
    }),
  );
  await dept.post(`${API}/auth/logout`);

  // ── the coordinator recognises the model on its page ───────────────────────────────────────────
  await login(page, 'sonoivu');
  await page.goto(`/mo-hinh/${created.id}`);
  await expect(page.getByTestId('model-title')).toHaveText(NAME);
  await expect(page.getByTestId('model-state')).toHaveText('Đã đánh giá');
  await page.getByTestId('model-recognise').click();
  const recognise = page.getByRole('dialog', { name: 'Công nhận mô hình' });
  await recognise.getByTestId('recognise-decision').fill(`Quyết định số 112/QĐ-UBND (${run})`);
  await recognise.getByRole('button', { name: 'Lưu' }).click();
  await expect(recognise).toBeHidden();
  await expect(page.getByTestId('model-state')).toHaveText('Đã công nhận');
  await expect(page.getByTestId('model-recognised')).toContainText('Cấp tỉnh');
  await logout(page);

  // ── a citizen on a phone, without an account ───────────────────────────────────────────────────
  const ctx = await browser.newContext({
    baseURL,
    viewport: PHONE,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const p = await ctx.newPage();
  await p.goto('/cong-dan');
  await expect(p.getByRole('heading', { level: 1, name: 'Cổng thông tin công dân' })).toBeVisible();
  await expect(p.getByTestId('home-section-models')).toBeVisible();
  await p.getByTestId('home-more-models').click();
  await expect(p.getByRole('heading', { level: 1, name: 'Mô hình “Dân vận khéo”' })).toBeVisible();
  await expect(p).toHaveURL(/\/cong-dan\/mo-hinh/);

  // found by its name typed without diacritics
  await p.getByRole('searchbox').fill(fold(`to hoa giai co so tren zalo ${run}`));
  const card = p.getByTestId('item-models').filter({ hasText: NAME });
  await expect(card).toBeVisible();
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(SUMMARY);
  await expect(card).toContainText(me.activeUnit.name);
  await expect(card).toContainText('Cấp tỉnh');
  await expect(card).toContainText('Văn hóa - xã hội');
  // the showcase fits the phone: no sideways scrolling
  expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await noAxeViolations(p, 'the showcase of models');
  await ctx.close();
});
