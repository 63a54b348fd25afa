/**
 * The portal's anti-automation proof of work: ALTCHA v2 (altcha-lib, self-hosted; no third-party
 * service). A challenge is PBKDF2/SHA-256 in deterministic mode: the server picks the counter the
 * client must find (between half of PORTAL_ALTCHA_COUNTER_MAX and it) and signs both the challenge
 * and the key it leads to, so verifying costs two HMACs. The HMAC key is PORTAL_ALTCHA_HMAC_KEY, or
 * one made once in DATA_DIR/portal-altcha.key. A solved challenge counts once: its signature's hash
 * is stored until it expires (portal_used_challenges), in the caller's transaction.
 *
 * Expiry is on the wall clock (altcha-lib compares with Date.now()), not on the injectable clock.
 */
import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createChallenge, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import type { Ctx } from '../../../core/context.ts';
import { Conflict, Invalid } from '../../../core/errors.ts';
import type { Config } from '../../../config.ts';
import type { Db } from '../../../db/client.ts';
import * as repo from './guard.repository.ts';

export const ALTCHA_ALGORITHM = 'PBKDF2/SHA-256';

const keys = new Map<string, { signature: string; derived: string }>();

/** The two HMAC secrets (challenge signature, derived-key signature), derived from the one key. */
function secrets(config: Config): { signature: string; derived: string } {
  const cached = keys.get(config.DATA_DIR);
  if (cached && !config.PORTAL_ALTCHA_HMAC_KEY) return cached;
  let key = config.PORTAL_ALTCHA_HMAC_KEY;
  if (!key) {
    const file = path.join(config.DATA_DIR, 'portal-altcha.key');
    if (existsSync(file)) key = readFileSync(file, 'utf8').trim();
    if (!key || key.length < 32) {
      mkdirSync(config.DATA_DIR, { recursive: true });
      key = randomBytes(32).toString('base64');
      try {
        writeFileSync(file, key + '\n', { flag: 'wx', mode: 0o600 });
        chmodSync(file, 0o600);
      } catch {
        // another instance made it first: take theirs
        key = readFileSync(file, 'utf8').trim();
      }
    }
  }
  const derive = (label: string) => createHmac('sha256', key).update(label).digest('base64');
  const s = {
    signature: derive('danvan portal altcha challenge'),
    derived: derive('danvan portal altcha key'),
  };
  if (!config.PORTAL_ALTCHA_HMAC_KEY) keys.set(config.DATA_DIR, s);
  return s;
}

/** A keyed hash (HMAC-SHA-256 under the portal's key) of a contact, for the per-contact limit. */
export function contactKey(config: Config, contact: string): string {
  return createHmac('sha256', secrets(config).derived).update(`contact:${contact}`).digest('hex');
}

/** A new challenge, signed, expiring PORTAL_ALTCHA_EXPIRE_SECONDS from now. */
export async function newChallenge(ctx: Ctx): Promise<Challenge> {
  const max = ctx.config.PORTAL_ALTCHA_COUNTER_MAX;
  const s = secrets(ctx.config);
  return createChallenge({
    algorithm: ALTCHA_ALGORITHM,
    cost: ctx.config.PORTAL_ALTCHA_COST,
    counter: randomInt(Math.floor(max / 2), max + 1),
    deriveKey,
    expiresAt: Math.floor(Date.now() / 1000) + ctx.config.PORTAL_ALTCHA_EXPIRE_SECONDS,
    hmacSignatureSecret: s.signature,
    hmacKeySignatureSecret: s.derived,
  });
}

const INVALID =
  'Bước xác minh chống tự động chưa hoàn thành hoặc không hợp lệ. Vui lòng xác minh lại rồi gửi.';
const EXPIRED = 'Bước xác minh chống tự động đã hết hạn. Vui lòng xác minh lại rồi gửi.';
const USED = 'Bước xác minh này đã được dùng cho một lần gửi khác. Vui lòng xác minh lại rồi gửi.';

const refuse = (message: string) => Invalid(message, [{ path: 'altcha', message }]);

function decode(payload: string): { challenge: Challenge; solution: Solution } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  } catch {
    throw refuse(INVALID);
  }
  const p = parsed as { challenge?: Challenge | null; solution?: Solution | null } | null;
  const c = p?.challenge;
  if (
    !c ||
    typeof c !== 'object' ||
    typeof c.signature !== 'string' ||
    !c.parameters ||
    typeof c.parameters !== 'object' ||
    c.parameters.algorithm !== ALTCHA_ALGORITHM ||
    !p.solution ||
    typeof p.solution !== 'object'
  )
    throw refuse(INVALID);
  return { challenge: { parameters: c.parameters, signature: c.signature }, solution: p.solution };
}

/**
 * Checks a solved challenge and marks it used, in `tx` (the caller's transaction: a refused
 * submission leaves it unused). 400 when missing, forged, wrong or expired; 409 when already used
 * (two requests with one solution: the used-challenge key lets exactly one through).
 */
export async function useChallenge(tx: Db, ctx: Ctx, payload: string): Promise<void> {
  const { challenge, solution } = decode(payload);
  const s = secrets(ctx.config);
  let result;
  try {
    result = await verifySolution({
      challenge,
      solution,
      deriveKey,
      hmacSignatureSecret: s.signature,
      hmacKeySignatureSecret: s.derived,
    });
  } catch {
    throw refuse(INVALID);
  }
  if (result.expired) throw refuse(EXPIRED);
  if (!result.verified || typeof challenge.parameters.expiresAt !== 'number') throw refuse(INVALID);
  const hash = createHash('sha256').update(challenge.signature!).digest('hex');
  const fresh = await repo.markChallengeUsed(tx, hash, new Date(challenge.parameters.expiresAt * 1000));
  if (!fresh) throw Conflict(USED);
}
