/**
 * A source document as the server returns it: what each capability adds to it (the dialogue, the
 * Front's document, the council session, the consultation), its counts, and its numbered items.
 */
import { z } from 'zod';
import { AnswerSourceKind, DialogueState, FrontSupervisionDocType } from './vocabulary.ts';
import { AnswerItem, AnswerUnitRef } from './items.ts';

export const DialogueInfo = z.object({
  state: DialogueState,
  scheduledOn: z.string(),
  place: z.string(),
  chairName: z.string(),
  /** The day the notice (thông báo) went out and its text. */
  noticeOn: z.string().nullable(),
  noticeText: z.string(),
  /** Who was invited / took part (free text), and how many took part. */
  participantsText: z.string(),
  participantCount: z.number().int().nullable(),
  heldOn: z.string().nullable(),
  issuesRaised: z.string(),
  conclusion: z.string(),
});

export const FrontInfo = z.object({
  /** front_supervision only. */
  docType: FrontSupervisionDocType.nullable(),
  /** front_criticism only: the draft criticised, the day it was sent for criticism, its planned submission. */
  draftTitle: z.string(),
  draftSentOn: z.string().nullable(),
  submissionOn: z.string().nullable(),
  /** Days between sending and submission, and whether the legal minimum (Luật MTTQ điều 36) was met. */
  leadDays: z.number().int().nullable(),
  leadDaysRequired: z.number().int().nullable(),
  leadOk: z.boolean().nullable(),
  leadRuleNeedsCheck: z.boolean(),
});

export const CouncilInfo = z.object({
  sessionName: z.string(),
  term: z.string(),
  sessionOn: z.string(),
  /** The deadline the session set for the answers. */
  answerDue: z.string().nullable(),
});

export const ConsultationInfo = z.object({
  draftTitle: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  isOpen: z.boolean(),
  comments: z.object({
    pending: z.number().int(),
    published: z.number().int(),
    hidden: z.number().int(),
    rejected: z.number().int(),
  }),
});

export const AnswerSourceCounts = z.object({
  total: z.number().int(),
  assigned: z.number().int(),
  answered: z.number().int(),
  resolved: z.number().int(),
  overdue: z.number().int(),
  /** Answered (incl. explained) over total, percent with one decimal; null when no item. */
  answeredRate: z.number().nullable(),
});

export const AnswerSourceCan = z.object({
  update: z.boolean(),
  addItems: z.boolean(),
  assign: z.boolean(),
  hold: z.boolean(),
  minutes: z.boolean(),
  report: z.boolean(),
  moderate: z.boolean(),
});

export const AnswerSource = z.object({
  id: z.number().int(),
  kind: AnswerSourceKind,
  unitId: z.number().int(),
  unitName: z.string(),
  /** The agency the document is addressed to (Front documents), or null. */
  addressee: AnswerUnitRef.nullable(),
  title: z.string(),
  /** Số, ký hiệu of the document. */
  documentNumber: z.string(),
  /** The day the document was issued / received (starts the clock of the legal time limit). */
  receivedOn: z.string(),
  summary: z.string(),
  dialogue: DialogueInfo.nullable(),
  front: FrontInfo.nullable(),
  council: CouncilInfo.nullable(),
  consultation: ConsultationInfo.nullable(),
  counts: AnswerSourceCounts,
  version: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: AnswerSourceCan,
});
export type AnswerSource = z.infer<typeof AnswerSource>;

/** A source with its numbered items (`sourceItems`: `items` names a page of a list everywhere else). */
export const AnswerSourceDetail = AnswerSource.extend({ sourceItems: z.array(AnswerItem) });
export type AnswerSourceDetail = z.infer<typeof AnswerSourceDetail>;
