/**
 * The shared fixture of the portal tests through HTTP: a province of its own with commune A's reception
 * officer and head and commune B's officer, challenges made cheap (portal.test-helpers.ts). The bindings
 * are live: a test file calls setupPortal() and reads them inside its tests.
 */
import { beforeAll, expect } from 'vitest';
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { json, makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';
import {
  cheapChallenges,
  freshIp,
  P,
  petitionOfCode,
  post,
  solvedPayload,
  submissionBody,
} from './portal.test-helpers.ts';

export let env: TestEnv;
export let p: Province;
export let officer: TestUser;
export let head: TestUser;
export let siblingOfficer: TestUser;

export const S = '/api/v1/portal';
export const get = (u: TestUser | null, url: string, ip = freshIp()) =>
  env.app.inject({ method: 'GET', url, headers: u ? u.headers : {}, remoteAddress: ip });

export async function submit(over: Record<string, unknown> = {}, ip = freshIp()) {
  const altcha = await solvedPayload(env, ip);
  const res = await post(env, `${P}/submissions`, submissionBody(p.communeA.id, altcha, over), ip);
  return res;
}

export async function submitted(over: Record<string, unknown> = {}) {
  const res = await submit(over);
  expect(res.statusCode, res.body).toBe(201);
  const receipt = json(res);
  return { receipt, petitionId: await petitionOfCode(env, receipt.code) };
}

/** Builds the file's own province and users; call once at the top of a test file. */
export function setupPortal() {
  beforeAll(async () => {
    env = await testEnv();
    cheapChallenges(env);
    p = await makeProvince(env);
    officer = await makeUser(env, 'reception_officer', p.communeA.id, { fullName: 'Cán bộ tiếp dân xã' });
    head = await makeUser(env, 'unit_head', p.communeA.id, { fullName: 'Chủ tịch UBND xã' });
    siblingOfficer = await makeUser(env, 'reception_officer', p.communeB.id);
  });
}
