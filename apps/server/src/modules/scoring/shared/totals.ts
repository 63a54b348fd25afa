/** Recomputes an assessment's stored totals from its items (the domain's capped totals). */
import { totals, type CriteriaContent } from '@danvan/domain';
import type { Db } from '../../../db/client.ts';
import * as repo from '../assessment/assessment.repository.ts';
import { scoreMaps } from '../assessment/assessment.present.ts';

export async function totalsOf(db: Db, assessmentId: number, content: CriteriaContent) {
  const items = await repo.listItems(db, assessmentId);
  const m = scoreMaps(items);
  return {
    items,
    self: totals(content, m.self).total,
    appraised: totals(content, m.appraised).total,
    final: totals(content, m.final).total,
  };
}
