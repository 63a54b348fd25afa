/**
 * Publishing the round's results (scoring:manage): every assessment that was started must be decided;
 * the round is then closed to changes and its ranking, bands and decision are read by the units.
 */
import type { PublishRound } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { StateInvalid } from '../../../core/errors.ts';
import { computeRanking } from './ranking.ts';
import { staleRound } from './create-round.ts';
import { loadRound, reloadRound } from './read-round.ts';
import * as repo from './round.repository.ts';

export async function publishRound(ctx: Ctx, id: number, input: PublishRound) {
  return inTx(ctx, async (tx, c) => {
    const before = await loadRound(c, id, 'publish', { lock: true, db: tx });
    if (input.version !== before.version) throw staleRound();
    if (before.state !== 'open') throw StateInvalid('Đợt chấm điểm đã công bố kết quả.');
    const counts = await repo.stateCounts(tx, id);
    const pending = (counts.submitted ?? 0) + (counts.appraised ?? 0) + (counts.explained ?? 0);
    if (pending)
      throw StateInvalid(
        `Còn ${pending} bản chấm điểm đang thẩm định, chưa có kết luận: chưa công bố được.`,
        { pending },
      );
    if (!counts.decided) throw StateInvalid('Chưa có đơn vị nào có kết quả: chưa công bố được.');
    const now = c.clock.now();
    const v = await repo.updateRound(tx, id, before.version, {
      state: 'published',
      publishedAt: now,
      decisionNumber: input.decisionNumber || before.decisionNumber,
      decisionDate: input.decisionDate ?? before.decisionDate,
      updatedAt: now,
      updatedBy: c.actor?.system ? null : (c.actor?.userId ?? null),
    });
    if (v === null) throw staleRound();
    const after = await reloadRound(c, tx, id);
    const ranking = await computeRanking(tx, (await repo.getRound(tx, id))!);
    await audit(tx, c, {
      entity: 'scoring_round',
      entityId: id,
      unitId: before.unitId,
      action: 'scoring.round.publish',
      before: { state: before.state },
      after: {
        state: 'published',
        bandCounts: ranking.bandCounts,
        capMoved: ranking.cap?.moved.map((m) => m.unitId) ?? [],
      },
    });
    return after;
  });
}
