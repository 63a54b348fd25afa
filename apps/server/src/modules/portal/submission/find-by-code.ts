/**
 * Finding a submission by its lookup code, the one door of every route that takes a code (lookup,
 * rating, attaching files). Whether a case exists or not, the answer is the same 404 problem, the
 * work done is the same (the caller reads the case for id 0 on a miss) and the hash is compared in
 * constant time; each miss counts against the address, and an address with too many misses is
 * refused (429) before any lookup.
 */
import { LOOKUP_CODE_PROBLEM_VI, parseLookupCode } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { Err, Invalid } from '../../../core/errors.ts';
import * as guard from '../shared/guard.repository.ts';
import { hashLookupCode, sameHash } from '../shared/code.ts';
import { checkNotLimited, ipKey, takeHit } from '../shared/rate-limit.ts';
import * as repo from './submission.repository.ts';

/** The one answer to a code that opens nothing. */
export const codeNotFound = () =>
  Err.not_found(
    'Không tìm thấy hồ sơ nào với mã tra cứu này. Vui lòng kiểm tra lại mã trên giấy biên nhận (mã gồm 7 nhóm, mỗi nhóm 4 ký tự).',
  );

/** Counts a wrong code against the address (no throw: the caller answers 404). */
export async function countMiss(ctx: Ctx): Promise<void> {
  const limit = ctx.config.portalLimits.lookup_wrong_ip;
  await guard.hit(ctx.db, 'lookup_wrong_ip', ipKey(ctx), ctx.clock.now(), limit.windowSeconds);
}

/**
 * The limits, then the code's form (400 with a typo hint: the check symbols are public, this tells
 * nothing about cases), then the submission of its hash, or undefined (the caller answers
 * `codeNotFound()` after the same reads).
 */
export async function submissionByCode(ctx: Ctx, code: string, bucket: 'lookup_ip' | null = 'lookup_ip') {
  await checkNotLimited(ctx, 'lookup_wrong_ip', ipKey(ctx));
  if (bucket) await takeHit(ctx, bucket, ipKey(ctx));
  const parsed = parseLookupCode(code);
  if (!parsed.ok) {
    await countMiss(ctx);
    const message = LOOKUP_CODE_PROBLEM_VI[parsed.reason];
    throw Invalid(message, [{ path: 'code', message }]);
  }
  const hash = hashLookupCode(parsed.code);
  const sub = await repo.findByHash(ctx.db, hash);
  return sub && sameHash(sub.codeHash, hash) ? sub : undefined;
}
