/**
 * Answers to the people (trả lời, giải quyết kiến nghị): one tracked-answer mechanism — a source
 * document holding numbered items, each assigned to a responsible unit with a due date, answered,
 * judged by whoever raised it, published — and the four capabilities on it: direct dialogues, the
 * Front's supervision and social criticism, voter petitions of People's Council sessions, public
 * consultation. The vocabularies come from packages/domain (answers).
 */
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
import { BodyInt, Id, INT4_MAX, Int, IsoDate, PageQuery, Text } from './common.ts';
import { formatCount, labelled } from './labels.ts';
import { UnitKind } from './org.ts';
import { AltchaPayload } from './portal.ts';

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

const pick = (what: string) => ({ message: `${what} không hợp lệ, hãy chọn trong danh sách` });
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

const required = (label: string, max: number) =>
  labelled(
    z
      .string({ error: `${label} phải là chuỗi ký tự` })
      .trim()
      .min(1, `${label} không được để trống`)
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
const optionalText = (label: string, max: number) => labelled(Text(max, label), label);
const version = labelled(BodyInt(1, INT4_MAX, 'Phiên bản'), 'Phiên bản');
const date = (label: string) => labelled(IsoDate, label);

// ---------------------------------------------------------------------------------------------
// Outputs

export const AnswerUnitRef = z.object({ id: z.number().int(), name: z.string() });

/** The rule an item's due date came from (null when the source set it). */
export const AnswerDueRule = z.object({
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  limitText: z.string(),
  basisText: z.string(),
  needsCheck: z.boolean(),
});

export const AnswerItemCan = z.object({
  assign: z.boolean(),
  start: z.boolean(),
  answer: z.boolean(),
  judge: z.boolean(),
  decline: z.boolean(),
  close: z.boolean(),
  publish: z.boolean(),
});
export type AnswerItemCan = z.infer<typeof AnswerItemCan>;

export const AnswerItem = z.object({
  id: z.number().int(),
  sourceId: z.number().int(),
  sourceKind: AnswerSourceKind,
  sourceTitle: z.string(),
  /** The unit that filed the source (the Front, the council office, the unit that held the dialogue…). */
  sourceUnitId: z.number().int(),
  sourceUnitName: z.string(),
  number: z.number().int(),
  text: z.string(),
  field: AnswerField,
  /** Where a voter petition came from (tổ bầu cử, xã), a comment's author as given, free text. */
  origin: z.string(),
  responsibleUnit: AnswerUnitRef.nullable(),
  coordinatingUnits: z.array(AnswerUnitRef),
  /** The person in charge (a dialogue commitment's owner). */
  ownerName: z.string(),
  dueDate: z.string().nullable(),
  dueRule: AnswerDueRule.nullable(),
  status: AnswerItemStatus,
  compliance: AnswerCompliance,
  answerText: z.string(),
  /** Số, ký hiệu of the written answer, when there is one. */
  answerDocument: z.string(),
  /** The first day it was answered or explained (what compliance counts), then the latest. */
  firstAnsweredOn: z.string().nullable(),
  answeredOn: z.string().nullable(),
  answerCount: z.number().int(),
  declineReason: z.string(),
  verdict: AnswerVerdict.nullable(),
  verdictComment: z.string(),
  judgedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  /** A voter petition repeated from an earlier session (diacritic-insensitive similarity). */
  repeatOf: z
    .object({
      itemId: z.number().int(),
      sourceId: z.number().int(),
      sourceTitle: z.string(),
      similarity: z.number(),
    })
    .nullable(),
  version: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: AnswerItemCan,
});
export type AnswerItem = z.infer<typeof AnswerItem>;

export const AnswerItemHistoryEntry = z.object({
  id: z.number().int(),
  step: AnswerItemStep,
  on: z.string(),
  at: z.string(),
  actorName: z.string(),
  fromStatus: AnswerItemStatus.nullable(),
  toStatus: AnswerItemStatus,
  note: z.string(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AnswerItemHistoryEntry = z.infer<typeof AnswerItemHistoryEntry>;

export const AnswerItemDetail = AnswerItem.extend({ history: z.array(AnswerItemHistoryEntry) });
export type AnswerItemDetail = z.infer<typeof AnswerItemDetail>;

export const AnswerItemList = z.object({ items: z.array(AnswerItem) });
export type AnswerItemList = z.infer<typeof AnswerItemList>;

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

export const AnswerTemplate = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  name: z.string(),
  text: z.string(),
  createdAt: z.string(),
  can: z.object({ use: z.boolean() }),
});
export type AnswerTemplate = z.infer<typeof AnswerTemplate>;

export const AnswerComplianceRow = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  total: z.number().int(),
  on_time: z.number().int(),
  late: z.number().int(),
  overdue: z.number().int(),
  pending: z.number().int(),
  answeredRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
});
export type AnswerComplianceRow = z.infer<typeof AnswerComplianceRow>;
export const AnswerComplianceReport = z.object({
  items: z.array(AnswerComplianceRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  summary: AnswerComplianceRow.omit({ unitId: true, unitName: true }),
});
export type AnswerComplianceReport = z.infer<typeof AnswerComplianceReport>;

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

/**
 * A unit a source may be addressed to, or its items assigned to (the addressee picker): an active
 * unit of the province the actor files in. The Front and the People's Council office address
 * agencies outside their own subtree, which the org tree does not show them.
 */
export const AnswerUnit = z.object({
  id: z.number().int(),
  name: z.string(),
  code: z.string(),
  kind: UnitKind,
  /** The tree depth (0: the province itself). */
  depth: z.number().int(),
  parentName: z.string().nullable(),
});
export type AnswerUnit = z.infer<typeof AnswerUnit>;

// ---------------------------------------------------------------------------------------------
// Inputs

/** One item as the source brings it. */
export const NewAnswerItem = z.object({
  text: required('Nội dung', 10_000),
  field: AnswerField.default('khac'),
  origin: optionalText('Nơi phát sinh, người nêu', 500).default(''),
  responsibleUnitId: labelled(Id, 'Đơn vị chủ trì trả lời').nullable().default(null),
  coordinatingUnitIds: labelled(z.array(Id).max(50, 'Tối đa 50 đơn vị phối hợp'), 'Đơn vị phối hợp').default(
    [],
  ),
  ownerName: optionalText('Người chịu trách nhiệm', 200).default(''),
  /** Overrides the due date of the rule or the source. */
  dueDate: date('Hạn trả lời').nullable().default(null),
});
export type NewAnswerItem = z.input<typeof NewAnswerItem>;
const itemsOf = (label: string, min = 0) => {
  const list = labelled(
    z
      .array(NewAnswerItem)
      .min(min, `Phải có ít nhất ${min} nội dung`)
      .max(500, 'Tối đa 500 nội dung một lần'),
    label,
  );
  // zod returns a default without checking it: a list that must hold something has none
  return min > 0 ? list : list.default([]);
};

const sourceFilters = {
  kind: AnswerSourceKind.optional(),
  /** Sources filed by this unit or the units below it. */
  unitId: labelled(Id, 'Đơn vị').optional(),
  q: Text(200, 'Từ khóa').optional(),
  year: Int(1990, 2100, 'Năm').optional(),
};
export const AnswerSourceQuery = PageQuery.extend(sourceFilters);
export type AnswerSourceQuery = z.infer<typeof AnswerSourceQuery>;

const itemFilters = {
  sourceId: labelled(Id, 'Văn bản nguồn').optional(),
  kind: AnswerSourceKind.optional(),
  status: AnswerItemStatus.optional(),
  field: AnswerField.optional(),
  compliance: AnswerCompliance.optional(),
  /** Items this unit (or the units below it) is responsible for. */
  responsibleUnitId: labelled(Id, 'Đơn vị chủ trì').optional(),
  /** Only the items assigned to the units where the actor may answer. */
  mine: labelled(
    z.enum(['true', 'false']).transform((v) => v === 'true'),
    'Chỉ nội dung giao cho đơn vị tôi',
  ).optional(),
  q: Text(200, 'Từ khóa').optional(),
};
export const AnswerItemQuery = PageQuery.extend(itemFilters);
export type AnswerItemQuery = z.infer<typeof AnswerItemQuery>;
export const AnswerItemExportQuery = z.object(itemFilters);
export type AnswerItemExportQuery = z.infer<typeof AnswerItemExportQuery>;

export const CreateDialogue = z
  .object({
    unitId: labelled(Id, 'Đơn vị tổ chức đối thoại'),
    title: required('Chủ đề đối thoại', 500),
    scheduledOn: date('Ngày đối thoại'),
    place: required('Địa điểm', 500),
    chairName: required('Người chủ trì', 200),
    noticeOn: date('Ngày thông báo').nullable().default(null),
    noticeText: optionalText('Nội dung thông báo', 5_000).default(''),
    participantsText: optionalText('Thành phần mời', 2_000).default(''),
  })
  .refine((v) => !v.noticeOn || v.noticeOn <= v.scheduledOn, {
    message: 'Ngày thông báo phải trước hoặc bằng ngày đối thoại.',
    path: ['noticeOn'],
  });
export type CreateDialogue = z.input<typeof CreateDialogue>;

/** Records the dialogue as held: who took part, the issues raised, the conclusion, the commitments. */
export const HoldDialogue = z.object({
  expectedVersion: version,
  heldOn: date('Ngày tổ chức'),
  participantCount: labelled(BodyInt(0, 1_000_000, 'Số người tham dự'), 'Số người tham dự'),
  participantsText: optionalText('Thành phần tham dự', 2_000).default(''),
  issuesRaised: required('Các ý kiến, kiến nghị của Nhân dân', 20_000),
  conclusion: optionalText('Kết luận của người chủ trì', 10_000).default(''),
  commitments: itemsOf('Nội dung tiếp thu, cam kết giải quyết'),
});
export type HoldDialogue = z.input<typeof HoldDialogue>;

const frontBase = {
  unitId: labelled(Id, 'Cơ quan Mặt trận, đoàn thể gửi'),
  addresseeUnitId: labelled(Id, 'Cơ quan được giám sát, phản biện'),
  title: required('Trích yếu', 500),
  documentNumber: optionalText('Số, ký hiệu văn bản', 100).default(''),
  receivedOn: date('Ngày nhận văn bản'),
  summary: optionalText('Tóm tắt nội dung', 10_000).default(''),
};
export const CreateFrontSupervision = z.object({
  ...frontBase,
  docType: FrontSupervisionDocType.default('conclusion'),
  items: itemsOf('Kiến nghị'),
});
export type CreateFrontSupervision = z.input<typeof CreateFrontSupervision>;

export const CreateFrontCriticism = z
  .object({
    ...frontBase,
    draftTitle: required('Tên dự thảo được phản biện', 500),
    draftSentOn: date('Ngày gửi dự thảo lấy ý kiến phản biện'),
    submissionOn: date('Ngày dự kiến trình ban hành').nullable().default(null),
    items: itemsOf('Ý kiến phản biện'),
  })
  .refine((v) => !v.submissionOn || v.draftSentOn <= v.submissionOn, {
    message: 'Ngày dự kiến trình phải sau ngày gửi dự thảo.',
    path: ['submissionOn'],
  });
export type CreateFrontCriticism = z.input<typeof CreateFrontCriticism>;

export const CreateCouncilSession = z.object({
  unitId: labelled(Id, 'Thường trực HĐND'),
  title: required('Tên kỳ họp', 500),
  term: optionalText('Nhiệm kỳ', 100).default(''),
  sessionOn: date('Ngày khai mạc kỳ họp'),
  answerDue: date('Hạn trả lời kiến nghị cử tri').nullable().default(null),
  documentNumber: optionalText('Số, ký hiệu báo cáo tổng hợp', 100).default(''),
  summary: optionalText('Ghi chú', 10_000).default(''),
  items: itemsOf('Kiến nghị cử tri'),
});
export type CreateCouncilSession = z.input<typeof CreateCouncilSession>;

export const CreateConsultation = z
  .object({
    unitId: labelled(Id, 'Cơ quan lấy ý kiến'),
    title: required('Tiêu đề', 500),
    draftTitle: required('Tên dự thảo', 500),
    summary: optionalText('Nội dung chính của dự thảo', 20_000).default(''),
    opensOn: date('Ngày bắt đầu lấy ý kiến'),
    closesOn: date('Ngày kết thúc lấy ý kiến'),
  })
  .refine((v) => v.opensOn <= v.closesOn, {
    message: 'Ngày kết thúc phải sau ngày bắt đầu.',
    path: ['closesOn'],
  });
export type CreateConsultation = z.input<typeof CreateConsultation>;

export const UpdateAnswerSource = z
  .object({
    expectedVersion: version,
    title: required('Tiêu đề', 500).optional(),
    documentNumber: optionalText('Số, ký hiệu văn bản', 100).optional(),
    summary: optionalText('Tóm tắt nội dung', 20_000).optional(),
    answerDue: date('Hạn trả lời').nullable().optional(),
  })
  .refine((v) => Object.entries(v).some(([k, x]) => k !== 'expectedVersion' && x !== undefined), {
    message: 'Không có thông tin nào để cập nhật: hãy nhập ít nhất một trường cần thay đổi.',
  });
export type UpdateAnswerSource = z.infer<typeof UpdateAnswerSource>;

export const AddAnswerItems = z.object({ items: itemsOf('Nội dung', 1) });
export type AddAnswerItems = z.input<typeof AddAnswerItems>;

const ItemVersion = z.object({ id: labelled(Id, 'Nội dung'), expectedVersion: version });
const itemVersions = labelled(
  z.array(ItemVersion).min(1, 'Hãy chọn ít nhất một nội dung').max(500, 'Tối đa 500 nội dung một lần'),
  'Các nội dung',
);

export const AssignAnswerItems = z.object({
  items: itemVersions,
  responsibleUnitId: labelled(Id, 'Đơn vị chủ trì trả lời'),
  coordinatingUnitIds: labelled(z.array(Id).max(50, 'Tối đa 50 đơn vị phối hợp'), 'Đơn vị phối hợp').default(
    [],
  ),
  ownerName: optionalText('Người chịu trách nhiệm', 200).optional(),
  dueDate: date('Hạn trả lời').optional(),
});
export type AssignAnswerItems = z.input<typeof AssignAnswerItems>;

export const AnswerItemTransition = z.object({
  expectedVersion: version,
  note: optionalText('Ghi chú', 2_000).default(''),
});
export type AnswerItemTransition = z.input<typeof AnswerItemTransition>;

export const AnswerAnswerItem = z.object({
  expectedVersion: version,
  text: required('Nội dung trả lời', 20_000),
  answerDocument: optionalText('Số, ký hiệu văn bản trả lời', 100).default(''),
  answeredOn: date('Ngày trả lời').optional(),
});
export type AnswerAnswerItem = z.input<typeof AnswerAnswerItem>;

/**
 * One answer for many items (one page to answer many): the text, or a template whose `{so}` (the
 * item's number), `{noi_dung}` (its text) and `{don_vi}` (the answering unit) are filled per item.
 */
export const BulkAnswerItems = z
  .object({
    items: itemVersions,
    text: optionalText('Nội dung trả lời', 20_000).default(''),
    templateId: labelled(Id, 'Mẫu trả lời').optional(),
    answerDocument: optionalText('Số, ký hiệu văn bản trả lời', 100).default(''),
    answeredOn: date('Ngày trả lời').optional(),
  })
  .refine((v) => v.text.length > 0 || v.templateId !== undefined, {
    message: 'Hãy nhập nội dung trả lời hoặc chọn mẫu trả lời.',
    path: ['text'],
  });
export type BulkAnswerItems = z.input<typeof BulkAnswerItems>;

export const JudgeAnswerItem = z.object({
  expectedVersion: version,
  verdict: AnswerVerdict,
  comment: optionalText('Ý kiến đánh giá', 5_000).default(''),
});
export type JudgeAnswerItem = z.input<typeof JudgeAnswerItem>;

export const DeclineAnswerItem = z.object({
  expectedVersion: version,
  reason: required('Lý do không tiếp thu (giải trình)', 10_000),
});
export type DeclineAnswerItem = z.input<typeof DeclineAnswerItem>;

export const PublishAnswerItems = z.object({
  items: itemVersions,
  published: labelled(z.boolean({ error: 'Công khai: chỉ nhận true hoặc false' }), 'Công khai'),
});
export type PublishAnswerItems = z.input<typeof PublishAnswerItems>;

export const AnswerTemplateQuery = PageQuery.extend({ unitId: labelled(Id, 'Đơn vị').optional() });
export const CreateAnswerTemplate = z.object({
  unitId: labelled(Id, 'Đơn vị'),
  name: required('Tên mẫu', 200),
  text: required('Nội dung mẫu', 20_000),
});
export type CreateAnswerTemplate = z.input<typeof CreateAnswerTemplate>;

export const AnswerComplianceQuery = PageQuery.extend({
  kind: AnswerSourceKind.optional(),
  /** The responsible units of this unit's subtree. */
  unitId: labelled(Id, 'Đơn vị').optional(),
  /** Items due in [from, to] (inclusive). */
  from: date('Từ ngày').optional(),
  to: date('Đến ngày').optional(),
});
export type AnswerComplianceQuery = z.infer<typeof AnswerComplianceQuery>;

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

export const AnswerUnitQuery = PageQuery.extend({ q: Text(200, 'Từ khóa').optional() });
export type AnswerUnitQuery = z.infer<typeof AnswerUnitQuery>;

/** The .docx documents of the module (NĐ 30/2020 form). */
export const ANSWER_DOCUMENTS = {
  minutes: { vi: 'Biên bản đối thoại', en: 'Dialogue minutes' },
  report: { vi: 'Báo cáo tiếp thu, giải trình', en: 'Report on comments taken in or explained' },
} as const;
