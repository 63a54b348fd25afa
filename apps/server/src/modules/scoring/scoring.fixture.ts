/**
 * The shared fixture of the scoring tests through HTTP: a province of its own with the coordinator,
 * the Ban Dân vận's supervisor and the communes' and the province's officers. The bindings are live: a
 * test file calls setupScoring() and reads them inside its tests.
 */
import { beforeAll } from 'vitest';
import type { AssessmentDetail } from '@danvan/contracts';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';

export let env: TestEnv;
export let p: Province;
export let coordinator: TestUser;
export let supervisor: TestUser;
export let focalA: TestUser;
export let headA: TestUser;
export let focalB: TestUser;
export let provinceFocal: TestUser;

export const B = '/api/v1/scoring';
export const send = (u: TestUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  env.app.inject({
    method,
    url,
    headers: u.headers,
    ...(payload !== undefined ? { payload: payload as never } : {}),
  });
export const items = (a: AssessmentDetail) => a.groups.flatMap((g) => g.items);
export const item = (a: AssessmentDetail, code: string) => items(a).find((i) => i.criterionCode === code)!;

export function makeDeptFocal(): TestUser {
  return deptFocal;
}
export let deptFocal: TestUser;

/** Builds the file's own province and users; call once at the top of a test file. */
export function setupScoring() {
  beforeAll(async () => {
    env = await testEnv();
    p = await makeProvince(env);
    coordinator = await makeUser(env, 'coordinator', p.root.id);
    supervisor = await makeUser(env, 'party_supervisor', p.root.id);
    focalA = await makeUser(env, 'focal_officer', p.communeA.id);
    headA = await makeUser(env, 'unit_head', p.communeA.id);
    focalB = await makeUser(env, 'focal_officer', p.communeB.id);
    provinceFocal = await makeUser(env, 'focal_officer', p.root.id);
  });

  beforeAll(async () => {
    deptFocal = await makeUser(env, 'focal_officer', p.dept.id);
  });
}
