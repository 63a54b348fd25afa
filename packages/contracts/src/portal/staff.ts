/** The staff side of the portal: publishing answers, the ratings received, the satisfaction index. */
import { z } from 'zod';
import { BodyInt, Id, IsoDate, PageQuery, Text } from '../common.ts';
import { labelled } from '../labels.ts';
import { PortalSectionKey, PublicationState, RatingSubject } from './vocabulary.ts';
import { oneOf, PortalField, PortalKind, PortalStatus, Required } from './shared.ts';

// ---------------------------------------------------------------------------------------------
// Staff: publishing, ratings received, satisfaction index

export const PublishPetitionAnswer = z.object({
  petitionId: labelled(Id, 'Đơn thư'),
  title: Required(300, 'Tiêu đề công bố'),
  text: labelled(
    Text(20_000, 'Nội dung trả lời công bố').min(20, 'Nội dung trả lời công bố: ít nhất 20 ký tự'),
    'Nội dung trả lời công bố',
  ),
  state: PublicationState,
});
export type PublishPetitionAnswer = z.infer<typeof PublishPetitionAnswer>;

export const WithdrawPublication = z.object({
  reason: Required(1000, 'Lý do gỡ công bố'),
  expectedVersion: BodyInt(1, 2_000_000_000, 'Phiên bản').optional(),
});

export const PortalPublication = z.object({
  id: z.number().int(),
  section: PortalSectionKey,
  sourceModule: z.string(),
  sourceKind: z.string(),
  sourceId: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  field: z.string().nullable(),
  fieldLabel: z.string().nullable(),
  title: z.string(),
  text: z.string(),
  state: PublicationState.nullable(),
  stateLabel: z.string().nullable(),
  publishedAt: z.string(),
  publishedByName: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawnByName: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  version: z.number().int(),
  can: z.object({ withdraw: z.boolean() }),
});
export type PortalPublication = z.infer<typeof PortalPublication>;

export const PortalPublicationQuery = PageQuery.extend({
  unitId: labelled(Id, 'Đơn vị').optional(),
  section: PortalSectionKey.optional(),
  state: PublicationState.optional(),
  /** Include withdrawn publications (default: live ones only). */
  withdrawn: labelled(z.enum(['0', '1'], oneOf('Gồm cả đã gỡ')), 'Gồm cả đã gỡ').optional(),
});

/** What the petition page needs to offer "Công bố lên Cổng thông tin". */
export const PetitionPublicationInfo = z.object({
  petitionId: z.number().int(),
  kind: PortalKind,
  status: PortalStatus,
  unitId: z.number().int(),
  field: PortalField,
  subject: z.string(),
  /** The decision or answer recorded on the case, to start the public text from (edit it!). */
  decisionSummary: z.string().nullable(),
  /** The states the outcome allows (empty: not publishable now). */
  allowedStates: z.array(PublicationState),
  /** Why it cannot be published, in Vietnamese, or null. */
  refusal: z.string().nullable(),
  publication: PortalPublication.nullable(),
  can: z.object({ publish: z.boolean(), withdraw: z.boolean() }),
});
export type PetitionPublicationInfo = z.infer<typeof PetitionPublicationInfo>;

export const PortalRating = z.object({
  id: z.number().int(),
  subject: RatingSubject,
  subjectLabel: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  score: z.number().int(),
  comment: z.string().nullable(),
  /** The day rated (Vietnam). */
  ratedOn: z.string(),
  /** The visit's or service's day (visit, service). */
  on: z.string().nullable(),
  /** For a matter: the petition it rates (the staff register's number). */
  petitionId: z.number().int().nullable(),
});
export type PortalRating = z.infer<typeof PortalRating>;

export const PortalRatingQuery = PageQuery.extend({
  unitId: labelled(Id, 'Đơn vị').optional(),
  subject: RatingSubject.optional(),
  from: labelled(IsoDate, 'Từ ngày').optional(),
  to: labelled(IsoDate, 'Đến ngày').optional(),
});

export const SatisfactionQuery = z.object({
  unitId: labelled(Id, 'Đơn vị').optional(),
  from: labelled(IsoDate, 'Từ ngày'),
  to: labelled(IsoDate, 'Đến ngày'),
  /** The unit's own ratings only ('0'), or with the units below ('1', default). */
  subtree: labelled(z.enum(['0', '1'], oneOf('Gồm đơn vị trực thuộc')), 'Gồm đơn vị trực thuộc').default('1'),
});
export type SatisfactionQuery = z.infer<typeof SatisfactionQuery>;

const IndexFigures = z.object({
  n: z.number().int(),
  satisfied: z.number().int(),
  /** 0–100%, two decimals; null without ratings. */
  index: z.number().nullable(),
  mean: z.number().nullable(),
  byScore: z.array(z.number().int()),
});

export const SatisfactionReport = IndexFigures.extend({
  unitId: z.number().int(),
  unitName: z.string(),
  from: z.string(),
  to: z.string(),
  subtree: z.boolean(),
  /** "Tỷ lệ ý kiến hài lòng và rất hài lòng (4–5 trên thang 5) trên tổng số ý kiến đánh giá". */
  method: z.string(),
  bySubject: z.array(IndexFigures.extend({ subject: RatingSubject, subjectLabel: z.string() })),
  /** The units directly below, each with its subtree's index (for the dashboard). */
  units: z.array(IndexFigures.extend({ unitId: z.number().int(), unitName: z.string() })),
});
export type SatisfactionReport = z.infer<typeof SatisfactionReport>;

export const PortalPetitionParams = z.object({ id: labelled(Id, 'Mã số đơn') });
