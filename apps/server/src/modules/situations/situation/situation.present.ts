/** A situation note and its follow-up actions as the API returns them. */
import type {
  FollowUpState,
  Situation,
  SituationFollowUp,
  SituationLevel,
  SituationState,
  SituationTopic,
} from '@danvan/contracts';
import { followUpDaysLate, followUpSummary, isFollowUpOverdue } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import type { FollowUpRow, SituationRow } from './situation.repository.ts';
import { canFollowUpFlags, canSituationFlags } from './situation.policy.ts';

export function presentFollowUp(
  ctx: Ctx,
  s: SituationRow,
  f: FollowUpRow,
  t = today(ctx),
): SituationFollowUp {
  const facts = { dueDate: f.dueDate, state: f.state as FollowUpState };
  return {
    id: f.id,
    situationId: f.situationId,
    action: f.action,
    assignee: f.assignee,
    dueDate: f.dueDate,
    state: f.state as FollowUpState,
    doneOn: f.doneOn,
    note: f.note,
    overdue: isFollowUpOverdue(facts, t),
    daysLate: followUpDaysLate(facts, t),
    version: f.version,
    can: canFollowUpFlags(ctx.actor, s),
  };
}

export function presentSituation(ctx: Ctx, s: SituationRow, followUps: FollowUpRow[]): Situation {
  const t = today(ctx);
  const mine = followUps.filter((f) => f.situationId === s.id);
  const sum = followUpSummary(
    mine.map((f) => ({ dueDate: f.dueDate, state: f.state as FollowUpState })),
    t,
  );
  return {
    id: s.id,
    unitId: s.unitId,
    unitName: s.unitName,
    place: s.place,
    placeUnitId: s.placeUnitId,
    placeUnitName: s.placeUnitName,
    topic: s.topic as SituationTopic,
    level: s.level as SituationLevel,
    summary: s.summary,
    source: s.source,
    notedOn: s.notedOn,
    state: s.state as SituationState,
    version: s.version,
    followUps: mine.map((f) => presentFollowUp(ctx, s, f, t)),
    openFollowUps: sum.open,
    overdueFollowUps: sum.overdue,
    isDemo: s.isDemo,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    can: canSituationFlags(ctx.actor, s),
  };
}
