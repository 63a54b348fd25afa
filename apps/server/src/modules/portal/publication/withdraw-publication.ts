import type { z } from 'zod';
import type { WithdrawPublication } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, StateInvalid } from '../../../core/errors.ts';
import { authorizePortal } from './publication.policy.ts';
import * as repo from './publication.repository.ts';
import { readPublication } from './read-publications.ts';

/** Takes a publication of the unit off the portal (row locked; once only; at the version seen). */
export async function withdrawPublication(ctx: Ctx, id: number, input: z.infer<typeof WithdrawPublication>) {
  await inTx(ctx, async (tx, c) => {
    const p = await repo.getPublication(tx, id, true);
    authorizePortal(c, 'publish', p);
    if (p.withdrawnAt) throw StateInvalid('Bản công bố này đã được gỡ khỏi Cổng thông tin.');
    if (input.expectedVersion !== undefined && input.expectedVersion !== p.version)
      throw Conflict('Bản công bố vừa được người khác cập nhật. Vui lòng tải lại.');
    const row = await repo.markWithdrawn(tx, id, {
      at: c.clock.now(),
      by: c.actor!.system ? null : c.actor!.userId,
      reason: input.reason,
      version: p.version,
    });
    if (!row) throw Conflict('Bản công bố vừa được người khác cập nhật. Vui lòng tải lại.');
    await audit(tx, c, {
      entity: 'portal_publication',
      entityId: id,
      unitId: p.unitId,
      action: 'portal.withdraw',
      before: { withdrawnAt: null, version: p.version },
      after: { reason: input.reason, version: row.version },
    });
  });
  return readPublication(ctx, id);
}
