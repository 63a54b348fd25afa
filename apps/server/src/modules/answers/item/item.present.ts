import type { AnswerItem, AnswerItemDetail } from '@danvan/contracts';
import { itemCompliance } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { dueRuleOf } from '../shared/rules.ts';
import { itemCanFlags } from './item.policy.ts';
import { itemRef, stepsOf, type ItemRow } from './item.repository.ts';

const iso = (d: Date | string | null) =>
  d === null ? null : d instanceof Date ? d.toISOString() : String(d);

export function presentItem(ctx: Ctx, r: ItemRow): AnswerItem {
  return {
    id: r.id,
    sourceId: r.sourceId,
    sourceKind: r.sourceKind as AnswerItem['sourceKind'],
    sourceTitle: r.sourceTitle,
    sourceUnitId: r.sourceUnitId,
    sourceUnitName: r.sourceUnitName,
    number: r.number,
    text: r.text,
    field: r.field as AnswerItem['field'],
    origin: r.origin,
    responsibleUnit: r.responsibleUnitId ? { id: r.responsibleUnitId, name: r.responsibleName ?? '' } : null,
    coordinatingUnits: (r.coordinating ?? []).map((c) => ({ id: c.id, name: c.name })),
    ownerName: r.ownerName,
    dueDate: r.dueDate,
    dueRule: dueRuleOf(r.dueRuleCode, r.dueRuleVersion),
    status: r.status as AnswerItem['status'],
    compliance: itemCompliance(r.dueDate, r.firstAnsweredOn, today(ctx)),
    answerText: r.answerText,
    answerDocument: r.answerDocument,
    firstAnsweredOn: r.firstAnsweredOn,
    answeredOn: r.answeredOn,
    answerCount: r.answerCount,
    declineReason: r.declineReason,
    verdict: r.verdict as AnswerItem['verdict'],
    verdictComment: r.verdictComment,
    judgedOn: r.judgedOn,
    closedOn: r.closedOn,
    published: r.published,
    publishedAt: iso(r.publishedAt),
    repeatOf:
      r.repeatOfItemId && r.repeatSourceId
        ? {
            itemId: r.repeatOfItemId,
            sourceId: r.repeatSourceId,
            sourceTitle: r.repeatSourceTitle ?? '',
            similarity: Math.round((r.repeatSimilarity ?? 0) * 100) / 100,
          }
        : null,
    version: r.version,
    isDemo: r.isDemo,
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!,
    can: itemCanFlags(ctx.actor, itemRef(r)),
  };
}

export async function presentItemDetail(ctx: Ctx, r: ItemRow): Promise<AnswerItemDetail> {
  const steps = await stepsOf(ctx.db, r.id);
  return {
    ...presentItem(ctx, r),
    history: steps.map((s) => ({
      id: s.id,
      step: s.step as AnswerItemDetail['history'][number]['step'],
      on: s.on,
      at: iso(s.at)!,
      actorName: s.actorName,
      fromStatus: (s.fromStatus ?? null) as AnswerItemDetail['history'][number]['fromStatus'],
      toStatus: s.toStatus as AnswerItemDetail['history'][number]['toStatus'],
      note: s.note,
      details: (s.details ?? null) as Record<string, unknown> | null,
    })),
  };
}
