/**
 * The module on the public portal (core/portal.ts): it owns the 'answers' section (the published
 * answers: its items' and the petitions' the portal module publishes), 'voter_petitions' and
 * 'consultations'. Chosen answers are published there as publications the portal module keeps, and
 * the 'consultations' section lists the consultations open for comment. Only the item, its answer and
 * the answering unit are public: never a person's data.
 */
import type { PortalItem } from '@danvan/contracts';
import {
  ANSWER_FIELD_LABELS,
  ANSWER_ITEM_NOUNS,
  formatDateVi,
  type AnswerField,
  type AnswerSourceKind,
} from '@danvan/domain';
import { today, type Ctx } from '../../core/context.ts';
import {
  registerPortalSection,
  publishToPortal,
  withdrawFromPortal,
  type PortalListQuery,
  type PublicationSource,
} from '../../core/portal.ts';
import { listPage } from '../../core/page.ts';
import { openConsultationList } from './source/source.repository.ts';
import type { ItemRow } from './item/item.repository.ts';

const sourceOf = (i: Pick<ItemRow, 'id' | 'sourceKind'>): PublicationSource => ({
  sourceModule: 'answers',
  sourceKind: i.sourceKind === 'council_session' ? 'voter_petition' : 'answer_item',
  sourceId: i.id,
});

/** The portal module keeps publications; without it (not loaded) the item's own flag is the record. */
const portalMissing = (e: unknown) => e instanceof Error && /portal module is not loaded/.test(e.message);

/** Publishes one answered item (in the caller's transaction). */
export async function publishAnswer(c: Ctx, i: ItemRow, answerText: string) {
  const noun = ANSWER_ITEM_NOUNS[i.sourceKind as AnswerSourceKind].vi;
  const answer = i.status === 'not_taken' ? `Giải trình: ${i.declineReason}` : answerText;
  try {
    await publishToPortal(c, {
      ...sourceOf(i),
      section: i.sourceKind === 'council_session' ? 'voter_petitions' : 'answers',
      unitId: i.responsibleUnitId ?? i.sourceUnitId,
      field: i.field,
      title: `${noun} số ${i.number}: ${i.sourceTitle}`,
      text: `Nội dung: ${i.text}\n\nTrả lời của ${i.responsibleName ?? i.sourceUnitName}: ${answer}`,
      state:
        i.status === 'satisfied' || i.status === 'closed'
          ? 'resolved'
          : i.status === 'not_taken'
            ? 'closed_unresolved'
            : null,
    });
  } catch (e) {
    if (!portalMissing(e)) throw e;
  }
}

export async function withdrawAnswer(c: Ctx, i: ItemRow) {
  try {
    await withdrawFromPortal(c, sourceOf(i), 'Thôi công khai nội dung trả lời');
  } catch (e) {
    if (!portalMissing(e)) throw e;
  }
}

/** The consultations open for comment, or closed in the last 30 days, as items of the 'consultations' section. */
function openConsultations(ctx: Ctx, q: PortalListQuery) {
  const t = today(ctx);
  // public (no actor): nothing is created from it, so no `can`
  return listPage(ctx, q, {
    ...openConsultationList(ctx.db, t),
    present: (rows): PortalItem[] =>
      rows.map(({ s, unitName }) => {
        const open = !!s.opensOn && !!s.closesOn && s.opensOn <= t && t <= s.closesOn;
        return {
          id: String(s.id),
          section: 'consultations',
          title: s.title,
          summary: String((s.details as Record<string, unknown>).draftTitle ?? ''),
          unitId: s.unitId,
          unitName,
          date: s.opensOn,
          field: null,
          fieldLabel: null,
          state: open ? 'open' : 'closed',
          stateLabel: open ? 'Đang lấy ý kiến' : 'Đã kết thúc lấy ý kiến',
          facts: [
            {
              label: 'Thời gian lấy ý kiến',
              value: `${formatDateVi(s.opensOn!)} – ${formatDateVi(s.closesOn!)}`,
            },
          ],
        };
      }),
  });
}

export const fieldLabel = (f: string) => ANSWER_FIELD_LABELS[f as AnswerField]?.vi ?? f;

export function registerAnswersPortal() {
  registerPortalSection({
    key: 'answers',
    order: 20,
    title: {
      vi: 'Trả lời phản ánh, kiến nghị của Nhân dân',
      en: "Answers to the people's feedback and recommendations",
    },
  });
  registerPortalSection({
    key: 'voter_petitions',
    order: 60,
    title: { vi: 'Trả lời kiến nghị cử tri', en: 'Answers to voter petitions' },
  });
  registerPortalSection({
    key: 'consultations',
    order: 40,
    title: { vi: 'Lấy ý kiến Nhân dân', en: 'Public consultation' },
    list: openConsultations,
  });
}
