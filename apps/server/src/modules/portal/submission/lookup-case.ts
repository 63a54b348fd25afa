import type { PortalCaseView } from '@danvan/contracts';
import {
  PETITION_FIELD_LABELS,
  PETITION_FINAL_STATUSES,
  PETITION_KIND_LABELS,
  PETITION_STATUS_LABELS,
  PETITION_STEP_LABELS,
  type PetitionStatus,
} from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { readPortalCase, type PortalCaseFacts } from '../../petitions/index.ts';
import { presentPublic } from '../publication/publication.present.ts';
import * as pubs from '../publication/publication.repository.ts';
import * as ratings from '../rating/rating.repository.ts';
import { codeNotFound, countMiss, submissionByCode } from './find-by-code.ts';
import type { SubmissionRow } from './submission.repository.ts';

const DUE_LABEL: Partial<Record<PetitionStatus, string>> = {
  received: 'Hạn phân loại, xử lý đơn',
  screened: 'Hạn phân loại, xử lý đơn',
  accepted: 'Hạn giải quyết',
  decided: 'Hạn gửi kết quả giải quyết',
};

/** Everything a lookup shows, read the same way whether the code matched (id 0 reads nothing). */
async function readAll(ctx: Ctx, sub: SubmissionRow | undefined) {
  const facts = await readPortalCase(ctx, sub?.petitionId ?? 0);
  const answer = await pubs.liveOfSource(ctx.db, {
    sourceModule: 'petitions',
    sourceKind: 'petition',
    sourceId: String(sub?.petitionId ?? 0),
  });
  const rating = await ratings.ratingOfSubmission(ctx.db, sub?.id ?? 0);
  return { facts, answer, rating };
}

export function ratingOpen(facts: PortalCaseFacts): boolean {
  return PETITION_FINAL_STATUSES.includes(facts.status);
}

/** What the holder of a code sees: steps with dates, the unit, the deadline, the published answer. */
export async function lookupPortalCase(ctx: Ctx, code: string): Promise<PortalCaseView> {
  const sub = await submissionByCode(ctx, code);
  const { facts, answer, rating } = await readAll(ctx, sub);
  if (!sub || !facts) {
    await countMiss(ctx);
    throw codeNotFound();
  }
  return {
    kind: facts.kind,
    kindLabel: PETITION_KIND_LABELS[facts.kind].vi,
    field: facts.field,
    fieldLabel: PETITION_FIELD_LABELS[facts.field].vi,
    subject: facts.subject,
    submittedOn: facts.receivedOn,
    status: facts.status,
    statusLabel: PETITION_STATUS_LABELS[facts.status].vi,
    unitId: facts.unitId,
    unitName: facts.unitName,
    dueDate: facts.runningDue,
    dueLabel: facts.runningDue ? (DUE_LABEL[facts.status] ?? 'Thời hạn') : null,
    steps: facts.steps.map((s) => ({
      step: s.step,
      label: PETITION_STEP_LABELS[s.step].vi,
      on: s.on,
      toBody: s.toBody,
    })),
    answer: answer ? presentPublic(answer) : null,
    files: sub.filesCount,
    rating: {
      open: !rating && ratingOpen(facts),
      score: rating?.score ?? null,
      ratedAt: rating?.ratedAt.toISOString() ?? null,
    },
  };
}
