import type { z } from 'zod';
import type { PortalCaseRatingInput } from '@danvan/contracts';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, StateInvalid } from '../../../core/errors.ts';
import { readPortalCase } from '../../petitions/index.ts';
import { citizenCtx } from '../shared/citizen.ts';
import { codeNotFound, countMiss, submissionByCode } from '../submission/find-by-code.ts';
import { ratingOpen } from '../submission/lookup-case.ts';
import * as subs from '../submission/submission.repository.ts';
import * as repo from './rating.repository.ts';

/**
 * The citizen rates a closed matter through its code, once: the submission row is locked, the case
 * must be closed (or filed), and the one-rating-per-submission key lets exactly one of two
 * concurrent ratings in (the other: 409). The rating counts for the unit that handled the matter.
 */
export async function rateCase(ctx: Ctx, input: z.infer<typeof PortalCaseRatingInput>) {
  const found = await submissionByCode(ctx, input.code);
  const facts = await readPortalCase(ctx, found?.petitionId ?? 0);
  if (!found || !facts) {
    await countMiss(ctx);
    throw codeNotFound();
  }
  return inTx(citizenCtx(ctx), async (tx, c) => {
    const sub = (await subs.lockSubmission(tx, found.id))!;
    const now = await readPortalCase(c, sub.petitionId);
    if (!now || !ratingOpen(now))
      throw StateInvalid(
        'Chỉ đánh giá được khi hồ sơ đã kết thúc. Vui lòng tra cứu lại sau khi cơ quan thông báo kết quả giải quyết.',
      );
    const row = await repo.insertRating(tx, {
      unitId: now.unitId,
      subject: 'case',
      submissionId: sub.id,
      score: input.score,
      comment: input.comment || null,
      ratedOn: today(c),
      ratedAt: c.clock.now(),
    });
    if (!row) throw Conflict('Hồ sơ này đã được đánh giá. Mỗi hồ sơ chỉ đánh giá một lần.');
    await audit(tx, c, {
      entity: 'portal_rating',
      entityId: row.id,
      unitId: row.unitId,
      action: 'portal.rate',
      after: { subject: 'case', submissionId: sub.id, score: row.score },
    });
    return {
      subject: 'case' as const,
      score: row.score,
      unitName: now.unitName,
      ratedAt: row.ratedAt.toISOString(),
    };
  });
}
