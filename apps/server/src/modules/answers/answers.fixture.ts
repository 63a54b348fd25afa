/**
 * The shared fixture of the answers tests: a province of its own with a Front committee and a People's
 * Council, the users who file, answer and judge, and the clock at TODAY. The bindings are live: a test
 * file calls setupAnswers() and reads them inside its tests.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, expect } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import {
  json,
  makeProvince,
  makeUser,
  sys,
  uid,
  type Province,
  type TestUser,
} from '../../../test/factories.ts';
import * as org from '../org/index.ts';

export let env: TestEnv;
export let p: Province;
export let front: { id: number; path: string };
export let council: { id: number; path: string };
export let headA: TestUser; // commune A's chair: holds the dialogue, judges and closes its commitments
export let focalA: TestUser;
export let frontUser: TestUser;
export let deptHead: TestUser;
export let deptFocal: TestUser;
export let councilUser: TestUser;
export let focalB: TestUser;
export let coordinator: TestUser;

export const TODAY = '2026-06-20';
export const B = '/api/v1/answers';

export const send = (u: TestUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  env.app.inject({
    method,
    url,
    headers: u.headers,
    ...(payload !== undefined ? { payload: payload as never } : {}),
  });
export const ok = async (
  u: TestUser,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: unknown,
  status = 200,
) => {
  const res = await send(u, method, url, payload);
  expect(res.statusCode, res.body).toBe(status);
  return json(res);
};

export async function docxText(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((para) => [...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n');
}

/** Builds the file's own province, units and users, with the clock at TODAY; call once at the top of a test file. */
export function setupAnswers() {
  beforeAll(async () => {
    env = await testEnv();
    env.clock.set(`${TODAY}T03:00:00Z`);
    p = await makeProvince(env);
    const ctx = sys(env);
    const s = uid();
    front = await org.createUnit(ctx, {
      code: `MTTQ_${s}`,
      name: `Ủy ban MTTQ Việt Nam tỉnh ${s}`,
      kind: 'front',
      parentId: p.root.id,
      validFrom: '2015-01-01',
      groups: [],
    });
    council = await org.createUnit(ctx, {
      code: `HDND_${s}`,
      name: `Hội đồng nhân dân tỉnh ${s}`,
      kind: 'council',
      parentId: p.root.id,
      validFrom: '2015-01-01',
      groups: [],
    });
    headA = await makeUser(env, 'unit_head', p.communeA.id, { fullName: 'Nguyễn Văn Chủ Tịch' });
    focalA = await makeUser(env, 'focal_officer', p.communeA.id);
    frontUser = await makeUser(env, 'front', front.id);
    deptHead = await makeUser(env, 'unit_head', p.dept.id);
    deptFocal = await makeUser(env, 'focal_officer', p.dept.id);
    councilUser = await makeUser(env, 'council_office', council.id);
    focalB = await makeUser(env, 'focal_officer', p.communeB.id);
    coordinator = await makeUser(env, 'coordinator', p.root.id);
  });

  afterAll(() => env.clock.reset());
}
