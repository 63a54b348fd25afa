import type { Commendation, CommendationForm, ModelLevel, ModelSubject } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import type { CommendationRow } from './commendation.repository.ts';
import { canCommendationFlags } from './commendation.policy.ts';

export function presentCommendation(ctx: Ctx, r: CommendationRow): Commendation {
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    recipientKind: r.recipientKind as ModelSubject,
    recipientName: r.recipientName,
    achievement: r.achievement,
    level: r.level as ModelLevel,
    form: r.form as CommendationForm,
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    issuerName: r.issuerName,
    signerName: r.signerName,
    signerPosition: r.signerPosition,
    modelId: r.modelId,
    modelName: r.modelName,
    linkKind: (r.linkKind as Commendation['linkKind']) ?? null,
    linkId: r.linkId,
    version: r.version,
    isDemo: r.isDemo,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    can: canCommendationFlags(ctx.actor, r),
  };
}
