/** Looking a case up by its code, and rating it, a reception visit or a service. */
import { z } from 'zod';
import { BodyInt, Id, IsoDate, Text } from '../common.ts';
import { labelled } from '../labels.ts';
import { PortalSectionKey, PublicationState, RatingSubject } from './vocabulary.ts';
import {
  AltchaPayload,
  LookupCodeInput,
  oneOf,
  PortalField,
  PortalKind,
  PortalStatus,
  PortalStep,
} from './shared.ts';

// ---------------------------------------------------------------------------------------------
// Lookup and rating by code

export const PortalLookupInput = z.object({ code: LookupCodeInput });

export const PortalPublicStep = z.object({
  step: PortalStep,
  label: z.string(),
  /** ISO date of the step. */
  on: z.string(),
  /** For a transfer or guidance: the body the matter went to (an agency, never a person). */
  toBody: z.string().nullable(),
});

export const PortalPublicationView = z.object({
  id: z.number().int(),
  section: PortalSectionKey,
  unitId: z.number().int(),
  unitName: z.string(),
  field: z.string().nullable(),
  fieldLabel: z.string().nullable(),
  title: z.string(),
  text: z.string(),
  state: PublicationState.nullable(),
  stateLabel: z.string().nullable(),
  publishedAt: z.string(),
  /** ISO date (Vietnam) of publication. */
  publishedOn: z.string(),
});
export type PortalPublicationView = z.infer<typeof PortalPublicationView>;

export const PortalCaseView = z.object({
  kind: PortalKind,
  kindLabel: z.string(),
  field: PortalField,
  fieldLabel: z.string(),
  subject: z.string(),
  submittedOn: z.string(),
  status: PortalStatus,
  statusLabel: z.string(),
  /** The unit now handling it. */
  unitId: z.number().int(),
  unitName: z.string(),
  /** The deadline of the running step (screening, resolution, result), or null when none runs. */
  dueDate: z.string().nullable(),
  dueLabel: z.string().nullable(),
  steps: z.array(PortalPublicStep),
  /** The published answer, when the unit has published one. */
  answer: PortalPublicationView.nullable(),
  files: z.number().int(),
  rating: z.object({
    /** Whether a rating may be given now (closed, not yet rated). */
    open: z.boolean(),
    score: z.number().int().nullable(),
    ratedAt: z.string().nullable(),
  }),
});
export type PortalCaseView = z.infer<typeof PortalCaseView>;

const Score = BodyInt(1, 5, 'Mức độ hài lòng');
const Comment = Text(2000, 'Ý kiến nhận xét').nullish();

export const PortalCaseRatingInput = z.object({ code: LookupCodeInput, score: Score, comment: Comment });

export const PortalServiceRatingInput = z.object({
  unitId: labelled(Id, 'Cơ quan, đơn vị được đánh giá'),
  subject: labelled(z.enum(['visit', 'service'], oneOf('Nội dung đánh giá')), 'Nội dung đánh giá'),
  /** The day of the reception visit or the service (not in the future). */
  on: labelled(IsoDate, 'Ngày tiếp công dân hoặc sử dụng dịch vụ'),
  score: Score,
  comment: Comment,
  altcha: AltchaPayload,
});
export type PortalServiceRatingInput = z.infer<typeof PortalServiceRatingInput>;

export const PortalRatingReceipt = z.object({
  subject: RatingSubject,
  score: z.number().int(),
  unitName: z.string(),
  ratedAt: z.string(),
});
