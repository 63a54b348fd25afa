/** Answers to the people: the vocabularies of packages/domain (answers), re-exported, and their enums. */
import { z } from 'zod';
import {
  ANSWER_COMPLIANCE,
  ANSWER_COMPLIANCE_LABELS,
  ANSWER_FIELDS,
  ANSWER_FIELD_LABELS,
  ANSWER_ITEM_NOUNS,
  ANSWER_ITEM_STATUSES,
  ANSWER_ITEM_STATUS_LABELS,
  ANSWER_ITEM_STEPS,
  ANSWER_ITEM_STEP_LABELS,
  ANSWER_SOURCE_KINDS,
  ANSWER_SOURCE_KIND_LABELS,
  ANSWER_VERDICTS,
  ANSWER_VERDICT_LABELS,
  COMMENT_STATES,
  COMMENT_STATE_LABELS,
  DIALOGUE_STATES,
  DIALOGUE_STATE_LABELS,
  FRONT_SUPERVISION_DOC_TYPES,
  FRONT_SUPERVISION_DOC_TYPE_LABELS,
} from '@danvan/domain';
import { labelled } from '../labels.ts';
import { pick } from './shared.ts';

export {
  ANSWER_COMPLIANCE,
  ANSWER_COMPLIANCE_LABELS,
  ANSWER_FIELDS,
  ANSWER_FIELD_LABELS,
  ANSWER_ITEM_NOUNS,
  ANSWER_ITEM_STATUSES,
  ANSWER_ITEM_STATUS_LABELS,
  ANSWER_ITEM_STEPS,
  ANSWER_ITEM_STEP_LABELS,
  ANSWER_SOURCE_KINDS,
  ANSWER_SOURCE_KIND_LABELS,
  ANSWER_VERDICTS,
  ANSWER_VERDICT_LABELS,
  COMMENT_STATES,
  COMMENT_STATE_LABELS,
  DIALOGUE_STATES,
  DIALOGUE_STATE_LABELS,
  FRONT_SUPERVISION_DOC_TYPES,
  FRONT_SUPERVISION_DOC_TYPE_LABELS,
};

export const AnswerSourceKind = labelled(z.enum(ANSWER_SOURCE_KINDS, pick('Loại nguồn')), 'Loại nguồn');
export type AnswerSourceKind = z.infer<typeof AnswerSourceKind>;
export const AnswerField = labelled(z.enum(ANSWER_FIELDS, pick('Lĩnh vực')), 'Lĩnh vực');
export type AnswerField = z.infer<typeof AnswerField>;
export const AnswerItemStatus = labelled(z.enum(ANSWER_ITEM_STATUSES, pick('Trạng thái')), 'Trạng thái');
export type AnswerItemStatus = z.infer<typeof AnswerItemStatus>;
export const AnswerItemStep = z.enum(ANSWER_ITEM_STEPS);
export const AnswerVerdict = labelled(z.enum(ANSWER_VERDICTS, pick('Đánh giá')), 'Đánh giá');
export const AnswerCompliance = labelled(z.enum(ANSWER_COMPLIANCE, pick('Tình trạng hạn')), 'Tình trạng hạn');
export type AnswerCompliance = z.infer<typeof AnswerCompliance>;
export const DialogueState = z.enum(DIALOGUE_STATES);
export const FrontSupervisionDocType = labelled(
  z.enum(FRONT_SUPERVISION_DOC_TYPES, pick('Loại văn bản giám sát')),
  'Loại văn bản giám sát',
);
export const CommentState = labelled(
  z.enum(COMMENT_STATES, pick('Trạng thái kiểm duyệt')),
  'Trạng thái kiểm duyệt',
);
export type CommentState = z.infer<typeof CommentState>;
