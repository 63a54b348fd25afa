/**
 * The shared fixture of the reporting tests: a province of its own with a coordinator, the communes'
 * heads and officers, a figure provider and a test template. The bindings are live: a test file calls
 * setupReporting() and reads them inside its tests.
 */
import { afterEach, beforeAll, expect } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, uid, type Province, type TestUser } from '../../../test/factories.ts';
import type { FigureKey } from '@danvan/domain';
import { hasFigureProvider, registerFigureProvider } from '../../core/figures.ts';

export let env: TestEnv;
export let p: Province;
export let coord: TestUser;
export let headA: TestUser;
export let officerA: TestUser;
export let headB: TestUser;
export let headC: TestUser;
export let supervisor: TestUser;
export let templateId: number;
export const B = '/api/v1/reporting';

// A figure provider registered by the test: the number of "receptions" of a unit.
export const FIGURES = new Map<number, number>();
export const KEY = `test.received_${uid()}` as FigureKey;

export const get = (u: TestUser, url: string) => env.app.inject({ method: 'GET', url, headers: u.headers });
export const send = (u: TestUser, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: unknown = {}) =>
  env.app.inject({ method, url, headers: u.headers, payload: payload as never });

export function ownTemplate(code: string, ownerUnitId: number) {
  return {
    code,
    name: 'Đề cương thử nghiệm báo cáo tiếp công dân',
    legalBasis: 'Kế hoạch thử nghiệm',
    ownerUnitId,
    sections: [
      {
        code: 'I',
        number: 'I',
        title: 'KHÁI QUÁT CHUNG',
        guidance: 'Khái quát tình hình',
        hasNarrative: true,
        children: [],
      },
      {
        code: 'II',
        number: 'II',
        title: 'KẾT QUẢ THỰC HIỆN',
        hasNarrative: false,
        children: [
          {
            code: 'II.1',
            number: '1',
            title: 'Tiếp công dân',
            guidance: '',
            hasNarrative: true,
            children: [],
          },
          {
            code: 'II.2',
            number: '2',
            title: 'Giải quyết đơn thư',
            guidance: '',
            hasNarrative: true,
            children: [],
          },
        ],
      },
    ],
    indicators: [
      {
        code: 'received',
        sectionCode: 'II.2',
        name: 'Số đơn tiếp nhận',
        unit: 'đơn',
        aggregation: 'sum',
        providerKey: KEY,
      },
      {
        code: 'resolved',
        sectionCode: 'II.2',
        name: 'Số đơn đã giải quyết',
        unit: 'đơn',
        aggregation: 'sum',
      },
      {
        code: 'rate',
        sectionCode: 'II.2',
        name: 'Tỷ lệ giải quyết',
        unit: '%',
        type: 'percent',
        aggregation: 'ratio',
        numerator: 'resolved',
        denominator: 'received',
      },
      {
        code: 'score',
        sectionCode: 'II.1',
        name: 'Điểm hài lòng',
        unit: '%',
        type: 'decimal',
        aggregation: 'avg',
      },
      { code: 'lo', sectionCode: 'II.1', name: 'Thấp nhất', unit: 'buổi', aggregation: 'min' },
      { code: 'hi', sectionCode: 'II.1', name: 'Cao nhất', unit: 'buổi', aggregation: 'max' },
      { code: 'latest', sectionCode: 'II.1', name: 'Mới nhất', unit: 'người', aggregation: 'last' },
    ],
    rules: [
      {
        code: 'resolved_le_received',
        expression: 'resolved <= received',
        message: 'Số đơn đã giải quyết không được lớn hơn số đơn tiếp nhận.',
        severity: 'error',
      },
      {
        code: 'all_resolved',
        expression: 'resolved == received',
        message: 'Còn đơn chưa giải quyết xong.',
        severity: 'warning',
      },
    ],
  };
}

export async function makePeriod(over: Record<string, unknown> = {}) {
  const res = await send(coord, 'POST', `${B}/periods`, {
    templateId,
    rootUnitId: p.root.id,
    kind: 'six_month',
    year: 2026,
    deadlines: [
      { level: 'unit', deadline: '2026-05-10' },
      { level: 'province', deadline: '2026-05-30' },
    ],
    requiredGroups: ['khoi_xa'],
    ...over,
  });
  expect(res.statusCode, res.body).toBe(200);
  return json(res);
}

export async function openReport(u: TestUser, periodId: number, unitId: number) {
  const res = await send(u, 'POST', `${B}/periods/${periodId}/reports`, { unitId });
  expect(res.statusCode, res.body).toBe(200);
  return json(res);
}

/** Fills a report and submits it as the unit's head, accepts it as the coordinator. */
export async function acceptedReport(
  periodId: number,
  unitId: number,
  head: TestUser,
  values: Record<string, number>,
) {
  const r = await openReport(head, periodId, unitId);
  const save = await send(head, 'PATCH', `${B}/reports/${r.id}`, {
    narratives: { I: `Tình hình chung của đơn vị ${unitId}` },
    values: Object.entries(values).map(([code, value]) => ({
      code,
      value,
      overrideReason: 'Số liệu thử nghiệm',
    })),
  });
  expect(save.statusCode, save.body).toBe(200);
  const sub = await send(head, 'POST', `${B}/reports/${r.id}/submit`, {});
  expect(sub.statusCode, sub.body).toBe(200);
  const acc = await send(coord, 'POST', `${B}/reports/${r.id}/accept`, {});
  expect(acc.statusCode, acc.body).toBe(200);
  return r.id as number;
}

/** Builds the file's own province, users, figure provider and template; call once at the top of a test file. */
export function setupReporting() {
  beforeAll(async () => {
    env = await testEnv();
    p = await makeProvince(env);
    coord = await makeUser(env, 'coordinator', p.root.id, { fullName: 'Chuyên viên Sở Nội vụ' });
    headA = await makeUser(env, 'unit_head', p.communeA.id, { fullName: 'Chủ tịch xã A' });
    officerA = await makeUser(env, 'focal_officer', p.communeA.id);
    headB = await makeUser(env, 'unit_head', p.communeB.id);
    headC = await makeUser(env, 'unit_head', p.communeC.id);
    supervisor = await makeUser(env, 'party_supervisor', p.root.id);
    FIGURES.set(p.communeA.id, 10).set(p.communeB.id, 7).set(p.communeC.id, 5);
    // Files share this module in one worker (isolate: false): the provider is registered once and
    // reads FIGURES, which every file fills with its own units.
    if (!hasFigureProvider(KEY))
      registerFigureProvider(
        KEY,
        async (_ctx, q) => FIGURES.get(q.unitId) ?? null,
        'Số đơn tiếp nhận (thử nghiệm)',
      );
    const res = await send(coord, 'POST', `${B}/templates`, ownTemplate(`TN_${p.suffix}`, p.root.id));
    expect(res.statusCode, res.body).toBe(200);
    templateId = json(res).id;
  });

  afterEach(() => env.clock.reset());
}
