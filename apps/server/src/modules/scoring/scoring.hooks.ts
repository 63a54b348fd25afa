/**
 * Load-time registrations of the scoring module: an assessment item takes evidence files (readable
 * when the assessment is, attachable by the unit's own scoring:draft while it is a draft), and the
 * proposers of the criteria that point at live data.
 */
import { registerFileOwner } from '../files/index.ts';
import * as repo from './assessment/assessment.repository.ts';
import { registerBuiltinProposers } from './proposer/builtin-proposers.ts';

let done = false;
export function registerScoringHooks(): void {
  if (done) return;
  done = true;
  registerFileOwner('scoring_item', async (ctx, entityId) => {
    if (!/^[1-9]\d{0,9}$/.test(entityId) || Number(entityId) > 2_147_483_647) return null;
    const item = await repo.getItemById(ctx.db, Number(entityId));
    if (!item) return null;
    const a = await repo.getAssessment(ctx.db, item.assessmentId);
    if (!a) return null;
    return {
      unitId: a.unitId,
      unitPath: a.unitPath,
      readPermission: 'scoring:read',
      writePermission: 'scoring:draft',
      writable: a.state === 'draft' && a.roundState === 'open',
    };
  });
  registerBuiltinProposers();
}
