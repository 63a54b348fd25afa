import type { AnswerSource, AnswerSourceDetail } from '@danvan/contracts';
import { CRITICISM_LEAD_RULE, diffDays } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { mayItem } from '../item/item.policy.ts';
import { itemRef, itemsOfSource } from '../item/item.repository.ts';
import { presentItem } from '../item/item.present.ts';
import { ruleValue } from '../shared/rules.ts';
import { maySource } from './source.policy.ts';
import { sourceRef, type SourceRow } from './source.repository.ts';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : String(d));
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown) => (typeof v === 'string' && v ? v : null);
const intOrNull = (v: unknown) => (typeof v === 'number' ? v : null);

export function presentSource(ctx: Ctx, r: SourceRow, readViaItems = false): AnswerSource {
  const d = r.details ?? {};
  const ref = sourceRef(r);
  const c = r.counts ?? { total: 0, assigned: 0, answered: 0, resolved: 0, overdue: 0 };
  const may = (a: 'update' | 'hold' | 'moderate') => maySource(ctx.actor, a, ref, readViaItems);
  let front: AnswerSource['front'] = null;
  if (r.kind === 'front_supervision' || r.kind === 'front_criticism') {
    const sent = strOrNull(d.draftSentOn);
    const sub = strOrNull(d.submissionOn);
    const rule = sent ? ruleValue(CRITICISM_LEAD_RULE, sent) : null;
    const lead = sent && sub ? diffDays(sub, sent) : null;
    front = {
      docType:
        r.kind === 'front_supervision' ? ((str(d.docType) || 'conclusion') as 'plan' | 'conclusion') : null,
      draftTitle: str(d.draftTitle),
      draftSentOn: sent,
      submissionOn: sub,
      leadDays: lead,
      leadDaysRequired: r.kind === 'front_criticism' ? (rule?.value ?? null) : null,
      leadOk: lead !== null && rule ? lead >= rule.value : null,
      leadRuleNeedsCheck: rule?.needsCheck ?? false,
    };
  }
  const t = today(ctx);
  return {
    id: r.id,
    kind: r.kind as AnswerSource['kind'],
    unitId: r.unitId,
    unitName: r.unitName,
    addressee: r.addresseeUnitId ? { id: r.addresseeUnitId, name: r.addresseeName ?? '' } : null,
    title: r.title,
    documentNumber: r.documentNumber,
    receivedOn: r.receivedOn,
    summary: r.summary,
    dialogue:
      r.kind === 'dialogue'
        ? {
            state: (r.dialogueState ?? 'scheduled') as 'scheduled' | 'held' | 'cancelled',
            scheduledOn: str(d.scheduledOn) || r.receivedOn,
            place: str(d.place),
            chairName: str(d.chairName),
            noticeOn: strOrNull(d.noticeOn),
            noticeText: str(d.noticeText),
            participantsText: str(d.participantsText),
            participantCount: intOrNull(d.participantCount),
            heldOn: r.heldOn,
            issuesRaised: str(d.issuesRaised),
            conclusion: str(d.conclusion),
          }
        : null,
    front,
    council:
      r.kind === 'council_session'
        ? {
            sessionName: r.title,
            term: str(d.term),
            sessionOn: str(d.sessionOn) || r.receivedOn,
            answerDue: r.answerDue,
          }
        : null,
    consultation:
      r.kind === 'consultation'
        ? {
            draftTitle: str(d.draftTitle),
            opensOn: r.opensOn ?? r.receivedOn,
            closesOn: r.closesOn ?? r.receivedOn,
            isOpen: !!r.opensOn && !!r.closesOn && r.opensOn <= t && t <= r.closesOn,
            comments: {
              pending: r.comments?.pending ?? 0,
              published: r.comments?.published ?? 0,
              hidden: r.comments?.hidden ?? 0,
              rejected: r.comments?.rejected ?? 0,
            },
          }
        : null,
    counts: {
      total: Number(c.total),
      assigned: Number(c.assigned),
      answered: Number(c.answered),
      resolved: Number(c.resolved),
      overdue: Number(c.overdue),
      answeredRate: Number(c.total) ? Math.round((Number(c.answered) * 1000) / Number(c.total)) / 10 : null,
    },
    version: r.version,
    isDemo: r.isDemo,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
    can: {
      update: may('update'),
      addItems: may('update') && r.kind !== 'consultation',
      assign: may('update'),
      hold: may('hold') && r.kind === 'dialogue' && r.dialogueState === 'scheduled',
      minutes: r.kind === 'dialogue' && r.dialogueState === 'held',
      report: r.kind === 'consultation',
      moderate: may('moderate'),
    },
  };
}

/** The source with the items the actor may read (all of them for the filing side and the addressee). */
export async function presentSourceDetail(
  ctx: Ctx,
  r: SourceRow,
  readViaItems = false,
): Promise<AnswerSourceDetail> {
  const items = (await itemsOfSource(ctx.db, r.id)).filter((i) => mayItem(ctx.actor, 'read', itemRef(i)));
  return { ...presentSource(ctx, r, readViaItems), sourceItems: items.map((i) => presentItem(ctx, i)) };
}
