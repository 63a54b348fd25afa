/**
 * The portal's rate limits (the approach of auth's login attempts: a counter taken atomically in SQL,
 * so concurrent requests and several instances share it). The limits are data (shared/limits.ts,
 * PORTAL_LIMITS). A refused request is 429 `rate_limited` with a Vietnamese message saying when to
 * try again; the counters run on the request's own connection, outside its transaction, so a
 * request that fails later still counted.
 */
import { formatDateTimeVi } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { Err } from '../../../core/errors.ts';
import * as repo from './guard.repository.ts';
import type { PortalLimitBucket } from './limits.ts';

const WHAT: Record<PortalLimitBucket, string> = {
  submit_ip: 'Địa chỉ mạng này đã gửi quá nhiều đơn thư, phản ánh',
  submit_contact: 'Số điện thoại hoặc thư điện tử này đã được dùng để gửi quá nhiều đơn thư, phản ánh',
  attach_ip: 'Địa chỉ mạng này đã tải lên quá nhiều tệp',
  lookup_ip: 'Địa chỉ mạng này đã tra cứu quá nhiều lần',
  lookup_wrong_ip: 'Địa chỉ mạng này đã nhập sai mã tra cứu quá nhiều lần',
  rating_ip: 'Địa chỉ mạng này đã gửi quá nhiều đánh giá',
  challenge_ip: 'Địa chỉ mạng này đã yêu cầu xác minh quá nhiều lần',
};

function minutesUntil(ctx: Ctx, at: Date): number {
  return Math.max(1, Math.ceil((at.getTime() - ctx.clock.now().getTime()) / 60_000));
}

function limited(ctx: Ctx, bucket: PortalLimitBucket, resetAt: Date) {
  const minutes = minutesUntil(ctx, resetAt);
  return Err.rate_limited(
    `${WHAT[bucket]} trong thời gian ngắn. Vui lòng thử lại sau ${minutes} phút (sau ${formatDateTimeVi(resetAt)}).`,
    {
      params: {
        retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - ctx.clock.now().getTime()) / 1000)),
      },
    },
  );
}

/** The client's address as the limit's key. */
export const ipKey = (ctx: Ctx) => ctx.ip ?? 'unknown';

/** Takes one hit of `bucket` for `key`; 429 when it goes over the limit. */
export async function takeHit(ctx: Ctx, bucket: PortalLimitBucket, key: string): Promise<void> {
  const limit = ctx.config.portalLimits[bucket];
  const r = await repo.hit(ctx.db, bucket, key, ctx.clock.now(), limit.windowSeconds);
  if (r.hits > limit.max) throw limited(ctx, bucket, r.resetAt);
}

/** 429 when `bucket` is already used up for `key` (takes nothing). */
export async function checkNotLimited(ctx: Ctx, bucket: PortalLimitBucket, key: string): Promise<void> {
  const limit = ctx.config.portalLimits[bucket];
  const r = await repo.peek(ctx.db, bucket, key, ctx.clock.now(), limit.windowSeconds);
  if (r.hits >= limit.max) throw limited(ctx, bucket, r.resetAt);
}
