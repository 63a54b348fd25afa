/** A comment of the Ban Dân vận (scoring:comment) on an assessment, in any state. */
import type { CreateAssessmentComment } from '@danvan/contracts';
import { activeAssignment, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { NotFound } from '../../../core/errors.ts';
import { iso } from '../shared/sql.ts';
import { by } from './assessment.checks.ts';
import { loadAssessment } from './read-assessment.ts';
import * as repo from './assessment.repository.ts';

export async function commentAssessment(ctx: Ctx, id: number, input: CreateAssessmentComment) {
  return inTx(ctx, async (tx, c) => {
    const a = await loadAssessment(c, id, 'comment', { lock: true, db: tx });
    const active = c.actor && !c.actor.system ? activeAssignment(c.actor) : null;
    const commentId = await repo.insertComment(tx, {
      assessmentId: id,
      authorId: by(c),
      authorUnitId: active?.unitId ?? null,
      text: input.text,
      createdAt: c.clock.now(),
    });
    const row = (await repo.listComments(tx, id)).find((x) => x.id === commentId);
    if (!row) throw NotFound('Ý kiến');
    const out = { ...row, createdAt: iso(row.createdAt)! };
    await audit(tx, c, {
      entity: 'scoring_assessment',
      entityId: id,
      unitId: a.unitId,
      action: 'scoring.assessment.comment',
      after: out,
    });
    return out;
  });
}
