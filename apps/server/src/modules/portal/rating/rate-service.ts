import type { PortalServiceRatingInput } from '@danvan/contracts';
import { addDays, formatDateVi } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Invalid } from '../../../core/errors.ts';
import { useChallenge } from '../shared/altcha.ts';
import { citizenCtx } from '../shared/citizen.ts';
import { ipKey, takeHit } from '../shared/rate-limit.ts';
import { receivingUnit } from '../submission/submit-petition.ts';
import * as repo from './rating.repository.ts';

/** How far back a visit or a service may be rated. */
export const SERVICE_RATING_DAYS = 90;

/** A citizen rates a reception visit or a unit's service (no code: a solved challenge, per-address limit). */
export async function rateService(ctx: Ctx, input: PortalServiceRatingInput) {
  await takeHit(ctx, 'rating_ip', ipKey(ctx));
  const unit = await receivingUnit(ctx, input.unitId, 'Cơ quan, đơn vị được đánh giá');
  const day = today(ctx);
  const earliest = addDays(day, -SERVICE_RATING_DAYS);
  if (input.on > day || input.on < earliest) {
    const message = `Ngày tiếp công dân hoặc sử dụng dịch vụ phải từ ${formatDateVi(earliest)} đến hôm nay.`;
    throw Invalid(message, [{ path: 'on', message }]);
  }
  return inTx(citizenCtx(ctx), async (tx, c) => {
    await useChallenge(tx, c, input.altcha);
    const row = (await repo.insertRating(tx, {
      unitId: unit.id,
      subject: input.subject,
      score: input.score,
      comment: input.comment || null,
      on: input.on,
      ratedOn: day,
      ratedAt: c.clock.now(),
    }))!;
    await audit(tx, c, {
      entity: 'portal_rating',
      entityId: row.id,
      unitId: unit.id,
      action: 'portal.rate',
      after: { subject: row.subject, score: row.score, on: row.on },
    });
    return {
      subject: input.subject,
      score: row.score,
      unitName: unit.name,
      ratedAt: row.ratedAt.toISOString(),
    };
  });
}
