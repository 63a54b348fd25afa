import { expect, test, type Page } from '@playwright/test';
import { login, logout, menu, PASSWORD } from './session.ts';

/**
 * The petition figures of the 1432 report (section III.7) fill themselves: at a commune that has not
 * started its six-month report (not the demo commune, whose report the reporting spec walks through),
 * its chairman enters petitions received inside and outside the period and resolves one on time; the
 * six-month report he opens shows the figures "Hệ thống tính", equal to the petition register's counts
 * for the period; once the Sở Nội vụ accepts the report, the province's roll-up carries the same
 * figures for the commune.
 */

const API = '/api/v1';
const PERIOD = 'Báo cáo 6 tháng đầu năm 2026';
const FIGURES = {
  petitions_received: 'Tổng số đơn, thư khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận',
  complaints_received: 'Trong đó: đơn khiếu nại',
  denunciations_received: 'Trong đó: đơn tố cáo',
  recommendations_received: 'Trong đó: đơn kiến nghị, phản ánh',
  petitions_resolved: 'Tổng số đơn, thư đã giải quyết xong',
  petitions_resolved_on_time: 'Số đơn, thư giải quyết đúng thời hạn',
} as const;
type Code = keyof typeof FIGURES;

interface Period {
  id: number;
  kind: string;
  year: number;
  name: string;
  fromDate: string;
  cutoffDate: string;
}
interface Ref {
  unitId: number;
  unitName: string;
  unitKind: string;
  reportId: number | null;
}

async function ok<T>(res: Promise<import('@playwright/test').APIResponse>, status = 200): Promise<T> {
  const r = await res;
  expect(r.status(), await r.text()).toBe(status);
  return (await r.json()) as T;
}

const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

async function registerTotal(page: Page, unitId: number, p: Period, kind?: string) {
  const q = new URLSearchParams({ unitId: String(unitId), from: p.fromDate, to: p.cutoffDate });
  if (kind) q.set('kind', kind);
  return (await ok<{ total: number }>(page.request.get(`${API}/petitions?${q}`))).total;
}

test('báo cáo 6 tháng của xã: số liệu đơn thư (mục III.7) tự điền, khớp sổ đơn thư và tổng hợp của tỉnh', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now() % 100000;

  // 1. The Sở Nội vụ (who follows the reporting of every unit of the province) finds a commune without
  // its six-month report; the administrator gives it a chairman. The administrator manages accounts and
  // holds no reporting permission (packages/contracts permissions.ts), so it does not read the periods.
  await login(page, 'sonoivu');
  const periods = await ok<{ items: Period[] }>(page.request.get(`${API}/reporting/periods?year=2026`));
  const period = periods.items.find((p) => p.kind === 'six_month' && p.year === 2026)!;
  expect(period.name).toBe(PERIOD);
  const refs = await ok<{ items: Ref[] }>(
    page.request.get(`${API}/reporting/periods/${period.id}/reports?status=not_started`),
  );
  const candidates = refs.items.filter((r) => r.reportId === null && r.unitKind === 'commune');
  // the demo commune (the first) is the reporting spec's: take another
  const commune = candidates.sort((a, b) => b.unitId - a.unitId)[0];
  expect(commune, 'a commune without its six-month report').toBeTruthy();
  await logout(page);
  await login(page, 'quantri');
  const username = `chutich${stamp}`;
  const user = await ok<{ id: number }>(
    page.request.post(`${API}/users`, {
      data: {
        username,
        fullName: 'Nguyễn Văn Toàn',
        position: `Chủ tịch UBND ${commune.unitName}`,
        password: PASSWORD,
        assignment: { role: 'unit_head', unitId: commune.unitId, includeSubtree: true },
      },
    }),
    201,
  );
  // a role given at a unit answers with the user and all its assignments (200, addUserAssignment)
  for (const role of ['reception_officer', 'focal_officer']) {
    const withRole = await ok<{ assignments: { role: string; unitId: number }[] }>(
      page.request.post(`${API}/users/${user.id}/assignments`, {
        data: { role, unitId: commune.unitId, includeSubtree: true },
      }),
    );
    expect(withRole.assignments).toContainEqual(expect.objectContaining({ role, unitId: commune.unitId }));
  }
  await logout(page);

  // 2. The commune's petitions: five received in the period (two complaints, a denunciation, a
  // recommendation, a feedback), one before it and one after its cut-off; one complaint resolved on time.
  await login(page, username);
  const inside = addDays(period.fromDate, 10);
  const create = async (kind: string, receivedOn: string, n: number) =>
    (
      await ok<{ id: number; version: number }[]>(
        page.request.post(`${API}/petitions`, {
          data: {
            unitId: commune.unitId,
            receivedOn,
            channel: 'in_person',
            kinds: [kind],
            field: 'dat_dai',
            petitionersCount: 1,
            representativeName: kind === 'to_cao' ? null : `Người gửi đơn số ${n} ${stamp}`,
            subject: `Đơn thứ ${n} về đất đai của xã, mã ${stamp}`,
            content: `Nội dung đơn thứ ${n} (${stamp}): đề nghị xem xét việc cấp giấy chứng nhận quyền sử dụng đất thửa số ${n * 17}.`,
            complex: false,
            remoteArea: false,
            duplicateDecisions: [],
          },
        }),
        201,
      )
    )[0];
  const complaint = await create('khieu_nai', inside, 1);
  await create('khieu_nai', addDays(inside, 3), 2);
  await create('to_cao', addDays(inside, 5), 3);
  await create('kien_nghi', addDays(inside, 7), 4);
  await create('phan_anh', addDays(inside, 9), 5);
  await create('khieu_nai', addDays(period.fromDate, -5), 6);
  await create('kien_nghi', addDays(period.cutoffDate, 2), 7);
  let version = complaint.version;
  for (const [step, body] of [
    ['screen', { on: addDays(inside, 2), competence: 'own' }],
    ['accept', { on: addDays(inside, 4) }],
    ['decide', { on: addDays(inside, 20), number: `${stamp}/QĐ-UBND`, summary: 'Giải quyết xong.' }],
  ] as const)
    version = (
      await ok<{ version: number }>(
        page.request.post(`${API}/petitions/${complaint.id}/${step}`, {
          data: { ...body, expectedVersion: version },
        }),
      )
    ).version;

  // what the petition register counts for the period
  const expected: Record<Code, number> = {
    petitions_received: await registerTotal(page, commune.unitId, period),
    complaints_received: await registerTotal(page, commune.unitId, period, 'khieu_nai'),
    denunciations_received: await registerTotal(page, commune.unitId, period, 'to_cao'),
    recommendations_received:
      (await registerTotal(page, commune.unitId, period, 'kien_nghi')) +
      (await registerTotal(page, commune.unitId, period, 'phan_anh')),
    petitions_resolved: 1,
    petitions_resolved_on_time: 1,
  };
  expect(expected).toEqual({
    petitions_received: 5,
    complaints_received: 2,
    denunciations_received: 1,
    recommendations_received: 2,
    petitions_resolved: 1,
    petitions_resolved_on_time: 1,
  });
  // The report's "received" also counts the cases carried over unresolved from before the period
  // (outline 1432: "số đơn kỳ trước chuyển sang"): complaint 6, received before it, is one of them.
  const inReport: Record<Code, number> = {
    ...expected,
    petitions_received: expected.petitions_received + 1,
    complaints_received: expected.complaints_received + 1,
  };

  // 3. The chairman opens the six-month report: the petition figures are there, computed.
  await menu(page).getByText('Báo cáo của đơn vị').click();
  await expect(page.getByRole('heading', { name: 'Báo cáo của đơn vị' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: PERIOD });
  await expect(row.getByText('Chưa lập')).toBeVisible();
  await row.getByRole('button', { name: 'Lập báo cáo' }).click();
  await expect(page).toHaveURL(/\/bao-cao\/\d+$/);
  const reportUrl = new URL(page.url()).pathname;
  for (const [code, label] of Object.entries(FIGURES) as [Code, string][]) {
    await expect(page.getByLabel(label, { exact: true }), label).toHaveValue(String(inReport[code]));
    const line = page.getByRole('row').filter({ has: page.getByLabel(label, { exact: true }) });
    await expect(line.getByText('Hệ thống tính'), label).toBeVisible();
  }
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(page.getByTestId('report-status').first()).toHaveText('Đã gửi');
  await logout(page);

  // 4. The Sở Nội vụ accepts it; the province's roll-up carries the commune's figures.
  await login(page, 'sonoivu');
  await page.goto(reportUrl);
  await page.getByRole('button', { name: 'Tiếp nhận' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Tiếp nhận' }).click();
  await expect(page.getByTestId('report-status').first()).toHaveText('Đã tiếp nhận');

  const rollup = await ok<{ indicators: { code: string; value: number | null }[] }>(
    page.request.get(`${API}/reporting/periods/${period.id}/rollup?unitId=${commune.unitId}`),
  );
  for (const code of Object.keys(FIGURES) as Code[])
    expect(rollup.indicators.find((i) => i.code === code)?.value, code).toBe(inReport[code]);
  for (const code of Object.keys(FIGURES) as Code[]) {
    const units = await ok<{ items: { unitId: number; value: number | null }[] }>(
      page.request.get(`${API}/reporting/periods/${period.id}/rollup/units?indicator=${code}`),
    );
    expect(units.items.find((u) => u.unitId === commune.unitId)?.value, code).toBe(inReport[code]);
  }

  // the same in the roll-up screen: the drill-down of the total shows the commune's figure
  await menu(page).getByText('Kỳ báo cáo').click();
  await page.getByRole('link', { name: PERIOD }).click();
  await page.getByRole('tab', { name: 'Tổng hợp số liệu' }).click();
  const total = page
    .getByTestId('rollup-table')
    .getByRole('row')
    .filter({ hasText: FIGURES.petitions_received });
  await expect(total).toBeVisible();
  await total.getByText(FIGURES.petitions_received).click();
  const drawer = page.getByRole('dialog', { name: /Chi tiết theo đơn vị/ });
  const line = drawer.getByRole('row').filter({ hasText: commune.unitName });
  await expect(line).toContainText(String(inReport.petitions_received));
  await expect(line).toContainText('Đã tiếp nhận');
});
