/** Test helpers of the portal: a solved challenge, a submission, a case taken to its end. */
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { TestEnv } from '../../../test/harness.ts';
import { json, sys, uid } from '../../../test/factories.ts';
import type { Ctx } from '../../core/context.ts';
import { acceptPetition } from '../petitions/petition/accept-petition.ts';
import { closePetition } from '../petitions/petition/close-petition.ts';
import { decidePetition } from '../petitions/petition/decide-petition.ts';
import { sendResultPetition } from '../petitions/petition/send-result-petition.ts';
import { today } from '../../core/context.ts';
import { newChallenge } from './shared/altcha.ts';
import { submitPortalPetition } from './submission/submit-petition.ts';
import { PORTAL_CONSENT_VERSION } from '@danvan/domain';

export const P = '/api/v1/public';

/** The portal's proof of work made cheap for tests (the settings only the portal reads). */
export function cheapChallenges(env: TestEnv): void {
  env.config.PORTAL_ALTCHA_COST = 1;
  env.config.PORTAL_ALTCHA_COUNTER_MAX = 20;
}

/** A fresh client address, so each test has its own rate-limit counters. */
export const freshIp = () => `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0] % 250)}`;

/** Solves a challenge as the widget does, and returns the payload the form sends. */
export async function solve(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('challenge not solved');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

/** Fetches a challenge over HTTP and solves it. */
export async function solvedPayload(env: TestEnv, ip = freshIp()): Promise<string> {
  const res = await env.app.inject({ method: 'GET', url: `${P}/challenge`, remoteAddress: ip });
  if (res.statusCode !== 200) throw new Error(`challenge: ${res.statusCode} ${res.body}`);
  return solve(json(res));
}

export function submissionBody(unitId: number, altcha: string, over: Record<string, unknown> = {}) {
  const s = uid();
  return {
    unitId,
    kind: 'phan_anh',
    field: 'dat_dai',
    subject: `Phản ánh lấn chiếm đất công tại thôn Đông ${s}`,
    content: `Một hộ dân xây tường rào lấn ra đường bê tông liên thôn khoảng 2 mét, gây cản trở đi lại (${s}).`,
    contact: {
      fullName: 'Trần Thị Bích Ngọc',
      phone: `09${String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, '0')}`,
      email: null,
      address: 'Thôn Đông, xã Hòa Bình',
    },
    consent: { accepted: true, version: PORTAL_CONSENT_VERSION },
    altcha,
    ...over,
  };
}

export async function post(
  env: TestEnv,
  url: string,
  payload: unknown,
  ip = freshIp(),
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return env.app.inject({ method: 'POST', url, payload: payload as never, remoteAddress: ip, headers });
}

/** Submits through the verb (no HTTP), as a citizen at a fresh address: the code and the petition. */
export async function seedSubmission(
  env: TestEnv,
  unitId: number,
  over: Record<string, unknown> = {},
): Promise<{ code: string; petitionId: number; ctx: Ctx }> {
  cheapChallenges(env);
  const ctx: Ctx = { ...sys(env), actor: null, ip: freshIp() };
  const altcha = await solve(await newChallenge(ctx));
  const receipt = await submitPortalPetition(ctx, submissionBody(unitId, altcha, over) as never);
  const petitionId = await petitionOfCode(env, receipt.code);
  return { code: receipt.code, petitionId, ctx };
}

/** The petition behind a code (tests only: the server never maps a code back but by its hash). */
export async function petitionOfCode(env: TestEnv, code: string): Promise<number> {
  const { parseLookupCode } = await import('@danvan/domain');
  const { hashLookupCode } = await import('./shared/code.ts');
  const { findByHash } = await import('./submission/submission.repository.ts');
  const parsed = parseLookupCode(code);
  if (!parsed.ok) throw new Error('bad code');
  return (await findByHash(env.database.db, hashLookupCode(parsed.code)))!.petitionId;
}

/** Takes a kiến nghị / phản ánh through acceptance, answer, result sent and closing (as the system). */
export async function resolvePetition(env: TestEnv, id: number, until: 'decided' | 'closed' = 'closed') {
  const ctx = sys(env);
  const on = today(ctx);
  await acceptPetition(ctx, id, { on } as never);
  await decidePetition(ctx, id, {
    on,
    number: `${uid()}/TB-UBND`,
    summary:
      'UBND xã đã kiểm tra, yêu cầu hộ dân tháo dỡ phần tường rào lấn chiếm, trả lại hiện trạng đường.',
  } as never);
  if (until === 'decided') return;
  await sendResultPetition(ctx, id, { on } as never);
  await closePetition(ctx, id, { on } as never);
}
