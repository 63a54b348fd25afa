/**
 * Opening a unit's self-assessment of a round: one item per criterion of the round's set, the
 * self-scored ones pre-filled with the score proposed from live data (marked as proposed). The first
 * assessment freezes the set (an edit then makes a new version).
 */
import type { OpenAssessment } from '@danvan/contracts';
import { flattenCriteria, type CriteriaContent } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, Forbidden, NotFound, RuleViolation, StateInvalid } from '../../../core/errors.ts';
import { requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import * as rounds from '../round/round.repository.ts';
import { canRound } from '../round/round.policy.ts';
import { markSetUsed } from '../set/set.repository.ts';
import { proposalsFor } from '../shared/propose.ts';
import { holds } from '../shared/scope.ts';
import { totalsOf } from '../shared/totals.ts';
import { by } from './assessment.checks.ts';
import { mayAct } from './assessment.policy.ts';
import { detailAfter } from './read-assessment.ts';
import * as repo from './assessment.repository.ts';

export async function openAssessment(ctx: Ctx, input: OpenAssessment, opts: { isDemo?: boolean } = {}) {
  const actor = requireActor(ctx.actor);
  return inTx(ctx, async (tx, c) => {
    const round = await rounds.getRound(tx, input.roundId, true);
    if (!round || !canRound(actor, 'read', round)) throw NotFound('Đợt chấm điểm');
    const unit = await org.getUnitById(c, input.unitId);
    if (!unit) throw NotFound('Đơn vị');
    const rec = {
      unitId: unit.id,
      unitPath: unit.path,
      state: 'draft',
      roundState: round.state,
      explainUntil: null,
    };
    if (!mayAct(actor, 'create', rec)) {
      if (holds(actor, 'scoring:read', unit)) throw Forbidden();
      throw NotFound('Đơn vị');
    }
    if (round.state !== 'open')
      throw StateInvalid(
        round.state === 'draft' ? 'Đợt chấm điểm chưa được mở.' : 'Đợt chấm điểm đã công bố kết quả.',
      );
    const [participant] = await rounds.participants(tx, round, { unitId: unit.id });
    if (!participant)
      throw RuleViolation('Đơn vị không thuộc đối tượng của đợt chấm điểm này.', undefined, [
        { path: 'unitId', message: 'Không thuộc đợt chấm điểm' },
      ]);
    const now = c.clock.now();
    const id = await repo.insertAssessment(tx, {
      roundId: round.id,
      unitId: unit.id,
      state: 'draft',
      isDemo: opts.isDemo ?? false,
      createdBy: by(c),
      updatedBy: by(c),
      createdAt: now,
      updatedAt: now,
    });
    if (id === null) throw Conflict('Đơn vị đã có bản tự chấm của đợt này.');
    const content = round.setContent as CriteriaContent;
    const proposals = (await proposalsFor(c, content, [participant], round.year)).get(unit.id)!;
    await repo.insertItems(
      tx,
      flattenCriteria(content).map((cr, i) => {
        const p = cr.scoredBy === 'self' ? (proposals.get(cr.code) ?? null) : null;
        return {
          assessmentId: id,
          criterionCode: cr.code,
          sortOrder: i + 1,
          proposal: p,
          selfScore: p ? p.score : null,
        };
      }),
    );
    const t = await totalsOf(tx, id, content);
    await repo.updateAssessment(tx, id, 1, { selfTotal: t.self });
    await markSetUsed(tx, round.setId, now);
    const after = await detailAfter(c, tx, id);
    await audit(tx, c, {
      entity: 'scoring_assessment',
      entityId: id,
      unitId: unit.id,
      action: 'scoring.assessment.open',
      after,
    });
    return after;
  });
}
