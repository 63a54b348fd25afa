import type { Round } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { iso } from '../shared/sql.ts';
import { canRoundFlags } from './round.policy.ts';
import type { RoundRow } from './round.repository.ts';

export function presentRound(
  ctx: Ctx,
  r: RoundRow,
  extra: {
    groups: { id: number; code: string; name: string }[];
    participants: number;
    counts: Record<string, number>;
  },
): Round {
  const c = extra.counts;
  const started = Object.values(c).reduce((s, n) => s + n, 0);
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    year: r.year,
    name: r.name,
    setId: r.setId,
    setName: r.setName,
    bandSchemeId: r.bandSchemeId,
    bandSchemeName: r.bandSchemeName,
    groups: extra.groups,
    submitDeadline: r.submitDeadline,
    explainDays: r.explainDays,
    state: r.state as Round['state'],
    publishedAt: iso(r.publishedAt),
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    signerName: r.signerName,
    signerPosition: r.signerPosition,
    counts: {
      participants: extra.participants,
      notStarted: Math.max(0, extra.participants - started),
      draft: c.draft ?? 0,
      submitted: c.submitted ?? 0,
      appraised: c.appraised ?? 0,
      explained: c.explained ?? 0,
      decided: c.decided ?? 0,
    },
    version: r.version,
    isDemo: r.isDemo,
    createdAt: iso(r.createdAt)!,
    can: canRoundFlags(ctx.actor, r),
  };
}
