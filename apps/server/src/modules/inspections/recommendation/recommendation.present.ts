import type { InspectionRecommendation, RecommendationState } from '@danvan/contracts';
import { recommendationOverdue } from '@danvan/domain';
import type { RecommendationRow } from './recommendation.repository.ts';

export function presentRecommendation(
  r: RecommendationRow,
  today: string,
  update: boolean,
): InspectionRecommendation {
  return {
    id: r.id,
    inspectionId: r.inspectionId,
    content: r.content,
    responsibleUnitId: r.responsibleUnitId,
    responsibleUnitName: r.responsibleUnitName,
    dueOn: r.dueOn,
    state: r.state as RecommendationState,
    doneOn: r.doneOn,
    evidence: r.evidence,
    overdue: recommendationOverdue(r, today),
    version: r.version,
    can: { update },
  };
}
