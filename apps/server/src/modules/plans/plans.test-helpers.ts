/** Shared set-up of the plans module's tests: a province, its people, and request helpers. */
import type { Role } from '@danvan/contracts';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';
import { createSession, SESSION_COOKIE } from '../../core/sessions.ts';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export function http(env: TestEnv) {
  const send = async (
    method: string,
    u: TestUser | { headers: Record<string, string> } | null,
    url: string,
    payload?: unknown,
  ) =>
    env.app.inject({
      method: method as never,
      url,
      headers: u ? u.headers : {},
      ...(payload !== undefined ? { payload: payload as never } : {}),
    });
  return {
    get: (u: TestUser | null, url: string) => send('GET', u, url),
    post: (u: TestUser | null, url: string, payload: unknown = {}) => send('POST', u, url, payload),
    patch: (u: TestUser | null, url: string, payload: unknown) => send('PATCH', u, url, payload),
    del: (u: TestUser | null, url: string) => send('DELETE', u, url),
    upload: (u: TestUser, url: string, file: { name: string; content: Buffer }) => {
      const boundary = 'plans' + Math.random().toString(16).slice(2);
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        file.content,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return env.app.inject({
        method: 'POST',
        url,
        headers: { ...u.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload,
      });
    },
  };
}

export interface People {
  coordinator: TestUser;
  supervisor: TestUser;
  admin: TestUser;
  headA: TestUser;
  focalA: TestUser;
  focalB: TestUser;
  headB: TestUser;
  otherCoordinator: TestUser;
}

export async function makePeople(env: TestEnv, p: Province): Promise<People> {
  const mk = (role: Role, unitId: number, fullName?: string) => makeUser(env, role, unitId, { fullName });
  return {
    coordinator: await mk('coordinator', p.root.id, 'Nguyễn Thị Thu Hà'),
    supervisor: await mk('party_supervisor', p.root.id),
    admin: await mk('admin', p.root.id),
    headA: await mk('unit_head', p.communeA.id, 'Phạm Văn Hòa'),
    focalA: await mk('focal_officer', p.communeA.id, 'Đỗ Thị Mai'),
    focalB: await mk('focal_officer', p.communeB.id),
    headB: await mk('unit_head', p.communeB.id),
    otherCoordinator: await mk('coordinator', p.other.id),
  };
}

export type Api = ReturnType<typeof http>;

/** What most of the module's test files start from: an environment, a province, its people, requests. */
export interface PlansWorld {
  env: TestEnv;
  p: Province;
  u: People;
  api: Api;
}

/** A fresh environment with the clock at `clockIso` (09:00 on 02/03/2026 in Vietnam by default). */
export async function plansWorld(clockIso = '2026-03-02T02:00:00Z'): Promise<PlansWorld> {
  const env = await testEnv();
  env.clock.set(clockIso);
  const p = await makeProvince(env);
  return { env, p, u: await makePeople(env, p), api: http(env) };
}

/** The two parts every plan must fill before it is issued (a unit's own plan in the tests). */
export const PLAN_PARTS = [
  { number: 'II', title: 'NỘI DUNG', body: 'Các nhiệm vụ trọng tâm của đơn vị.' },
  { number: 'III', title: 'TỔ CHỨC THỰC HIỆN', body: 'Văn phòng theo dõi, đôn đốc, báo cáo kết quả.' },
];

/** A province plan body: purposes, sections, signer; requires the communes' plans by `due`. */
export function provincePlan(p: Province, over: Record<string, unknown> = {}) {
  return {
    unitId: p.root.id,
    year: 2026,
    numberSymbol: `01/KH-UBND-${p.suffix}`,
    title: 'Triển khai, thực hiện công tác dân vận chính quyền trên địa bàn tỉnh năm 2026',
    basis: 'Thực hiện Kế hoạch số 27-KH/BDVTU-BCSD ngày 12/01/2023 của Ban Cán sự đảng Ủy ban nhân dân tỉnh;',
    purposes: ['Nâng cao chất lượng công tác dân vận của các cơ quan nhà nước, chính quyền các cấp.'],
    requirements: ['Triển khai đồng bộ, hiệu quả.'],
    sections: [
      { number: 'II', title: 'NỘI DUNG', body: 'Bảy nhóm nội dung.' },
      {
        number: 'II.1',
        title: 'Quán triệt các quan điểm, chủ trương của Đảng về công tác dân vận chính quyền',
        body: 'Cấp ủy, chính quyền quán triệt.',
      },
      { number: 'III', title: 'TỔ CHỨC THỰC HIỆN', body: 'Giao Sở Nội vụ theo dõi, đôn đốc.' },
    ],
    recipients: ['Thường trực Tỉnh ủy', 'Các sở, ban, ngành tỉnh', 'UBND các xã, phường', 'Lưu: VT'],
    signerAuthority: 'KT. CHỦ TỊCH',
    signerPosition: 'PHÓ CHỦ TỊCH',
    signerName: 'Nguyễn Văn An',
    requiredSelector: { groups: ['khoi_xa'], kinds: [], unitIds: [] },
    requiredDue: '2026-04-30',
    ...over,
  };
}

export { json };

/**
 * Moves the test clock and gives everyone a fresh session (sessions expire after 12 hours, and an
 * expired one is revoked, so a jump of the clock would sign everybody out).
 */
export async function travel(env: TestEnv, iso: string, people: People) {
  env.clock.set(iso);
  for (const user of Object.values(people)) {
    const token = await createSession(env.database.db, user.id, env.clock.now(), {
      ip: '127.0.0.1',
      userAgent: 'vitest',
    });
    user.cookie = `${SESSION_COOKIE}=${token}`;
    user.headers.cookie = user.cookie;
  }
}
