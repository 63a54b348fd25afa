/** Public consultation: the comments received, their moderation, and what the portal shows of it. */
import { z } from 'zod';
import { PageQuery } from '../common.ts';
import { labelled } from '../labels.ts';
import { AltchaPayload } from '../portal.ts';
import { CommentState } from './vocabulary.ts';
import { optionalText, pick, required, version } from './shared.ts';

// ---------------------------------------------------------------------------------------------
// Outputs

export const ConsultationComment = z.object({
  id: z.number().int(),
  sourceId: z.number().int(),
  authorName: z.string(),
  text: z.string(),
  state: CommentState,
  reports: z.number().int(),
  /** The moderators' reasons, latest last. */
  moderation: z.array(
    z.object({ at: z.string(), actorName: z.string(), decision: z.string(), reason: z.string() }),
  ),
  itemId: z.number().int().nullable(),
  submittedAt: z.string(),
  version: z.number().int(),
  can: z.object({ moderate: z.boolean() }),
});
export type ConsultationComment = z.infer<typeof ConsultationComment>;

/**
 * What the portal shows of a consultation, and of its published comments: each with the agency's
 * answer once the agency has published it (taken in, with how; or explained and not taken in, with
 * the reason).
 */
export const PublicConsultation = z.object({
  id: z.number().int(),
  title: z.string(),
  draftTitle: z.string(),
  summary: z.string(),
  unitName: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  isOpen: z.boolean(),
  comments: z.array(
    z.object({
      id: z.number().int(),
      authorName: z.string(),
      text: z.string(),
      submittedAt: z.string(),
      answer: z
        .object({
          outcome: z.enum(['taken', 'explained']),
          text: z.string(),
          unitName: z.string(),
          publishedAt: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
});
export type PublicConsultation = z.infer<typeof PublicConsultation>;

// ---------------------------------------------------------------------------------------------
// Inputs

export const ConsultationCommentQuery = PageQuery.extend({ state: CommentState.optional() });
export type ConsultationCommentQuery = z.infer<typeof ConsultationCommentQuery>;

/** A citizen's comment on the portal: no account, the portal's ALTCHA proof. */
export const SubmitConsultationComment = z.object({
  authorName: optionalText('Họ tên (không bắt buộc)', 200).default(''),
  text: required('Nội dung góp ý', 5_000),
  altcha: AltchaPayload,
});
export type SubmitConsultationComment = z.input<typeof SubmitConsultationComment>;

export const ReportConsultationComment = z.object({
  reason: required('Lý do báo cáo vi phạm', 1_000),
  altcha: AltchaPayload,
});
export type ReportConsultationComment = z.input<typeof ReportConsultationComment>;

export const ModerateConsultationComment = z.object({
  expectedVersion: version,
  decision: labelled(
    z.enum(['publish', 'reject', 'hide'], pick('Quyết định kiểm duyệt')),
    'Quyết định kiểm duyệt',
  ),
  reason: optionalText('Lý do', 2_000).default(''),
});
export type ModerateConsultationComment = z.input<typeof ModerateConsultationComment>;
