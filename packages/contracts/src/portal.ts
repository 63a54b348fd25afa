/**
 * The public portal (cổng thông tin cho người dân): what citizens see and send without an account
 * (routes under /api/v1/public, access 'public'), and the staff side (routes under /api/v1/portal:
 * publishing answers, ratings received, the satisfaction index). The vocabularies come from
 * packages/domain (portal, petitions). A public answer never carries a person's data: no name, no
 * contact, no content of a petition, no identity of a denouncer.
 */
import { z } from 'zod';
import {
  LOOKUP_CODE_LENGTH,
  PETITION_FIELDS,
  PETITION_KINDS,
  PETITION_STATUSES,
  PETITION_STEPS,
  PORTAL_SECTION_KEYS,
  PUBLICATION_STATES,
  PUBLICATION_STATE_LABELS,
  RATING_SCORE_LABELS,
  RATING_SUBJECTS,
  RATING_SUBJECT_LABELS,
} from '@danvan/domain';
import { BodyInt, Id, IsoDate, PageQuery, Text } from './common.ts';
import { labelled } from './labels.ts';

export {
  PUBLICATION_STATES,
  PUBLICATION_STATE_LABELS,
  RATING_SCORE_LABELS,
  RATING_SUBJECTS,
  RATING_SUBJECT_LABELS,
};

const oneOf = (label: string) => ({ error: `${label}: giá trị không hợp lệ` });
const Required = (max: number, label: string) =>
  labelled(Text(max, label).min(1, `${label} không được để trống`), label);

export const PublicationState = labelled(
  z.enum(PUBLICATION_STATES, oneOf('Kết quả giải quyết')),
  'Kết quả giải quyết',
);
export type PublicationState = z.infer<typeof PublicationState>;
export const RatingSubject = labelled(
  z.enum(RATING_SUBJECTS, oneOf('Nội dung đánh giá')),
  'Nội dung đánh giá',
);
export type RatingSubject = z.infer<typeof RatingSubject>;
export const PortalSectionKey = labelled(z.enum(PORTAL_SECTION_KEYS, oneOf('Chuyên mục')), 'Chuyên mục');
export type PortalSectionKey = z.infer<typeof PortalSectionKey>;
const PortalKind = labelled(z.enum(PETITION_KINDS, oneOf('Loại đơn')), 'Loại đơn');
const PortalField = labelled(z.enum(PETITION_FIELDS, oneOf('Lĩnh vực')), 'Lĩnh vực');
const PortalStatus = z.enum(PETITION_STATUSES);
const PortalStep = z.enum(PETITION_STEPS);
const Bilingual = z.object({ vi: z.string(), en: z.string() });

/** A solved ALTCHA challenge: the widget's payload (base64 of the challenge and its solution). */
export const AltchaPayload = labelled(
  z
    .string({ error: 'Mã xác minh chống tự động: chưa hoàn thành bước xác minh' })
    .min(1, 'Mã xác minh chống tự động: chưa hoàn thành bước xác minh')
    .max(8000, 'Mã xác minh chống tự động: không hợp lệ'),
  'Mã xác minh chống tự động',
);

/** The lookup code as typed (groups, spaces, lower case allowed); checked by the server. */
export const LookupCodeInput = labelled(
  z
    .string({ error: 'Mã tra cứu phải là chuỗi ký tự' })
    .trim()
    .min(1, 'Mã tra cứu không được để trống')
    .max(60, 'Mã tra cứu: tối đa 60 ký tự'),
  'Mã tra cứu',
);

// ---------------------------------------------------------------------------------------------
// The portal's home and its sections (the registry of apps/server/src/core/portal.ts)

export const PortalSection = z.object({
  key: PortalSectionKey,
  order: z.number().int(),
  title: Bilingual,
  /** How many public items the section holds now (upcoming sessions, published answers …). */
  count: z.number().int(),
});
export const PortalHome = z.object({
  sections: z.array(PortalSection),
  /** The satisfaction index of every unit over the last 12 months (0–100%), null without ratings. */
  satisfaction: z.object({
    index: z.number().nullable(),
    n: z.number().int(),
    from: z.string(),
    to: z.string(),
  }),
});
export type PortalHome = z.infer<typeof PortalHome>;

/** One public item of any section, in the one shape every section answers. */
export const PortalItem = z.object({
  /** The item's id within its section (a publication id, a model id, a schedule id …). */
  id: z.string(),
  section: PortalSectionKey,
  title: z.string(),
  summary: z.string(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  /** ISO date the item is about (published, recognised, the session's day). */
  date: z.string().nullable(),
  field: z.string().nullable(),
  fieldLabel: z.string().nullable(),
  state: z.string().nullable(),
  stateLabel: z.string().nullable(),
  /** Further public facts, label → value, in Vietnamese (địa điểm, người tiếp …). */
  facts: z.array(z.object({ label: z.string(), value: z.string() })),
});
export type PortalItem = z.infer<typeof PortalItem>;

export const PortalSectionQuery = PageQuery.extend({
  unitId: labelled(Id, 'Đơn vị').optional(),
  q: Text(200, 'Từ khóa').optional(),
});
export const PortalSectionParams = z.object({ key: PortalSectionKey });
export const PortalSectionItemParams = z.object({
  key: PortalSectionKey,
  id: labelled(Id, 'Mã số trong đường dẫn'),
});

// ---------------------------------------------------------------------------------------------
// Reception schedules and units

export const PublicScheduleQuery = PageQuery.extend({
  /** The unit and the units below it. */
  unitId: labelled(Id, 'Đơn vị').optional(),
  /** Words of the unit's name, the place or the title, with or without diacritics. */
  q: Text(200, 'Tìm theo đơn vị, địa điểm').optional(),
  /** Default today (Vietnam); span at most 366 days. */
  from: labelled(IsoDate, 'Từ ngày').optional(),
  /** Default 30 days after `from`. */
  to: labelled(IsoDate, 'Đến ngày').optional(),
});
export type PublicScheduleQuery = z.infer<typeof PublicScheduleQuery>;

export const PublicSession = z.object({
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  scheduleId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  /** 'regular' | 'head' | … (reception ScheduleKind) and its Vietnamese label. */
  kind: z.string(),
  kindLabel: z.string(),
  title: z.string(),
  place: z.string(),
  receiverName: z.string(),
  receiverTitle: z.string(),
  headInPerson: z.boolean(),
  online: z.boolean(),
  onlineLink: z.string(),
});
export type PublicSession = z.infer<typeof PublicSession>;

export const PublicUnitQuery = PageQuery.extend({
  q: Text(200, 'Tên đơn vị').optional(),
  parentId: labelled(Id, 'Đơn vị cấp trên').optional(),
});
export const PublicUnit = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.string(),
  parentId: z.number().int().nullable(),
  parentName: z.string().nullable(),
  depth: z.number().int(),
});
export type PublicUnit = z.infer<typeof PublicUnit>;

// ---------------------------------------------------------------------------------------------
// Terms, challenge, submission

/** The consent text and the statement of what is public (GET /api/v1/public/terms). */
export const PortalTerms = z.object({
  consentVersion: z.string(),
  legalBasis: z.string(),
  consent: z.object({ vi: z.array(z.string()), en: z.array(z.string()) }),
  whatIsPublic: z.object({ vi: z.array(z.string()), en: z.array(z.string()) }),
  whatIsNotPublic: z.object({ vi: z.array(z.string()), en: z.array(z.string()) }),
  kinds: z.array(z.object({ code: PortalKind, label: Bilingual })),
  fields: z.array(z.object({ code: PortalField, label: Bilingual })),
  files: z.object({
    maxFiles: z.number().int(),
    maxBytes: z.number().int(),
    /** Minutes after submitting during which files may be attached with the code. */
    attachMinutes: z.number().int(),
    accept: z.array(z.string()),
  }),
});
export type PortalTerms = z.infer<typeof PortalTerms>;

/** The ALTCHA challenge (v2 proof of work, altcha-lib), as the widget reads it from its challenge URL. */
export const AltchaChallenge = z.object({
  parameters: z.object({
    algorithm: z.string(),
    nonce: z.string(),
    salt: z.string(),
    cost: z.number().int(),
    keyLength: z.number().int(),
    keyPrefix: z.string(),
    keySignature: z.string().optional(),
    memoryCost: z.number().int().optional(),
    parallelism: z.number().int().optional(),
    expiresAt: z.number().int().optional(),
    data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  }),
  signature: z.string().optional(),
});
export type AltchaChallenge = z.infer<typeof AltchaChallenge>;

export const PortalContact = z.object({
  fullName: labelled(Text(200, 'Họ và tên').min(2, 'Họ và tên: ít nhất 2 ký tự'), 'Họ và tên'),
  phone: labelled(
    Text(20, 'Số điện thoại').regex(/^\+?[0-9 .()-]{8,20}$/, 'Số điện thoại: chỉ gồm chữ số (8 đến 15 số)'),
    'Số điện thoại',
  ).nullish(),
  email: labelled(
    Text(200, 'Thư điện tử').email('Thư điện tử: địa chỉ không hợp lệ'),
    'Thư điện tử',
  ).nullish(),
  address: Text(500, 'Địa chỉ liên hệ').nullish(),
  idNumber: Text(30, 'Số giấy tờ tùy thân').nullish(),
});
export type PortalContact = z.infer<typeof PortalContact>;

export const PortalSubmission = z
  .object({
    unitId: labelled(Id, 'Cơ quan, đơn vị nhận'),
    kind: PortalKind,
    field: PortalField,
    subject: Required(300, 'Tiêu đề (tóm tắt nội dung)'),
    content: labelled(
      Text(20_000, 'Nội dung').min(20, 'Nội dung: ít nhất 20 ký tự, trình bày rõ sự việc'),
      'Nội dung',
    ),
    contact: PortalContact,
    consent: z.object({
      accepted: labelled(
        z.literal(true, { error: 'Cần đồng ý với việc xử lý dữ liệu cá nhân để gửi' }),
        'Đồng ý xử lý dữ liệu cá nhân',
      ),
      /** The version of the consent text shown (PortalTerms.consentVersion). */
      version: Required(40, 'Phiên bản nội dung đồng ý'),
    }),
    altcha: AltchaPayload,
  })
  .refine((v) => !!(v.contact.phone || v.contact.email), {
    message: 'Cần ít nhất số điện thoại hoặc thư điện tử để cơ quan liên hệ',
    path: ['contact', 'phone'],
  })
  .refine((v) => v.kind !== 'to_cao' || !!v.contact.address, {
    message: 'Đơn tố cáo cần ghi địa chỉ của người tố cáo (Luật Tố cáo 2018 điều 23)',
    path: ['contact', 'address'],
  });
export type PortalSubmission = z.infer<typeof PortalSubmission>;

/** The receipt, shown once with the code: nothing in it names the sender. */
export const PortalReceipt = z.object({
  /** The lookup code in groups of four ("7K3M-9QXD-…"): shown only in this answer, never again. */
  code: z.string(),
  submittedAt: z.string(),
  /** dd/MM/yyyy HH:mm, Vietnam time. */
  submittedAtText: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  kind: PortalKind,
  kindLabel: z.string(),
  field: PortalField,
  fieldLabel: z.string(),
  subject: z.string(),
  /** The screening deadline the legal register gives (ISO date). */
  dueDate: z.string().nullable(),
  /** Files may be attached with the code until then (ISO instant). */
  attachUntil: z.string(),
  maxFiles: z.number().int(),
  /** "Hãy lưu hoặc in mã…": what the citizen should do with the code. */
  notice: z.string(),
});
export type PortalReceipt = z.infer<typeof PortalReceipt>;

/** The file part of POST /api/v1/public/submissions/files comes with this text field. */
export const PortalAttachFields = z.object({ code: LookupCodeInput });
export const PortalAttached = z.object({
  name: z.string(),
  size: z.number().int(),
  mime: z.string(),
  /** Files attached so far, and how many more may be. */
  count: z.number().int(),
  remaining: z.number().int(),
});

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

// ---------------------------------------------------------------------------------------------
// Published answers (public)

export const PublicAnswerQuery = PageQuery.extend({
  unitId: labelled(Id, 'Đơn vị').optional(),
  field: PortalField.optional(),
  state: PublicationState.optional(),
  q: Text(200, 'Từ khóa').optional(),
});
export type PublicAnswerQuery = z.infer<typeof PublicAnswerQuery>;

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

/** Lookup codes are this many symbols, check symbols included. */
export const PORTAL_LOOKUP_CODE_LENGTH = LOOKUP_CODE_LENGTH;
