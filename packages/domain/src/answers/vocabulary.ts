/**
 * The vocabulary of the answers module (trả lời, giải quyết kiến nghị của Nhân dân), defined once: the
 * contracts' enums are built from these constants (packages/contracts/src/answers/vocabulary.ts).
 */
type Labels<K extends string> = Readonly<Record<K, { vi: string; en: string }>>;

/**
 * The source document that holds numbered items: the minutes of a direct dialogue (Quy định
 * 11-QĐi/TW), a Front supervision plan or conclusion, a Front social-criticism document, a People's
 * Council session's voter petitions, a public consultation's comments.
 */
export const ANSWER_SOURCE_KINDS = Object.freeze([
  'dialogue',
  'front_supervision',
  'front_criticism',
  'council_session',
  'consultation',
] as const);
export type AnswerSourceKind = (typeof ANSWER_SOURCE_KINDS)[number];
export const ANSWER_SOURCE_KIND_LABELS: Labels<AnswerSourceKind> = Object.freeze({
  dialogue: { vi: 'Đối thoại trực tiếp', en: 'Direct dialogue' },
  front_supervision: { vi: 'Giám sát của Mặt trận', en: 'Front supervision' },
  front_criticism: { vi: 'Phản biện xã hội', en: 'Social criticism' },
  council_session: {
    vi: 'Kiến nghị cử tri kỳ họp HĐND',
    en: "Voter petitions of a People's Council session",
  },
  consultation: { vi: 'Lấy ý kiến Nhân dân', en: 'Public consultation' },
});

/** What an item is called in each kind of source. */
export const ANSWER_ITEM_NOUNS: Labels<AnswerSourceKind> = Object.freeze({
  dialogue: { vi: 'Nội dung tiếp thu, cam kết', en: 'Commitment' },
  front_supervision: { vi: 'Kiến nghị sau giám sát', en: 'Supervision recommendation' },
  front_criticism: { vi: 'Ý kiến phản biện', en: 'Criticism point' },
  council_session: { vi: 'Kiến nghị cử tri', en: 'Voter petition' },
  consultation: { vi: 'Ý kiến góp ý', en: 'Comment' },
});

/** A Front supervision document: the plan (kế hoạch giám sát) or the conclusion (thông báo kết quả). */
export const FRONT_SUPERVISION_DOC_TYPES = Object.freeze(['plan', 'conclusion'] as const);
export type FrontSupervisionDocType = (typeof FRONT_SUPERVISION_DOC_TYPES)[number];
export const FRONT_SUPERVISION_DOC_TYPE_LABELS: Labels<FrontSupervisionDocType> = Object.freeze({
  plan: { vi: 'Kế hoạch giám sát', en: 'Supervision plan' },
  conclusion: { vi: 'Kết luận, kiến nghị sau giám sát', en: 'Supervision conclusion' },
});

/** The field (lĩnh vực) of an item; voter petitions are grouped by it. */
export const ANSWER_FIELDS = Object.freeze([
  'dat_dai',
  'xay_dung_giao_thong',
  'moi_truong',
  'y_te',
  'giao_duc',
  'chinh_sach_xa_hoi',
  'kinh_te_nong_nghiep',
  'hanh_chinh_tu_phap',
  'an_ninh_trat_tu',
  'khac',
] as const);
export type AnswerField = (typeof ANSWER_FIELDS)[number];
export const ANSWER_FIELD_LABELS: Labels<AnswerField> = Object.freeze({
  dat_dai: { vi: 'Đất đai', en: 'Land' },
  xay_dung_giao_thong: { vi: 'Xây dựng, giao thông', en: 'Construction, transport' },
  moi_truong: { vi: 'Tài nguyên, môi trường', en: 'Environment' },
  y_te: { vi: 'Y tế', en: 'Health' },
  giao_duc: { vi: 'Giáo dục', en: 'Education' },
  chinh_sach_xa_hoi: { vi: 'Chính sách xã hội', en: 'Social policy' },
  kinh_te_nong_nghiep: { vi: 'Kinh tế, nông nghiệp', en: 'Economy, agriculture' },
  hanh_chinh_tu_phap: { vi: 'Hành chính, tư pháp', en: 'Administration, justice' },
  an_ninh_trat_tu: { vi: 'An ninh, trật tự', en: 'Public order' },
  khac: { vi: 'Khác', en: 'Other' },
});

/**
 * Where an item stands (see workflow.ts): received → in_progress → answered → satisfied /
 * not_satisfied → re_answered → … → closed; or not_taken (explained and not taken in, with the reason).
 */
export const ANSWER_ITEM_STATUSES = Object.freeze([
  'received',
  'in_progress',
  'answered',
  'satisfied',
  'not_satisfied',
  're_answered',
  'not_taken',
  'closed',
] as const);
export type AnswerItemStatus = (typeof ANSWER_ITEM_STATUSES)[number];
export const ANSWER_ITEM_STATUS_LABELS: Labels<AnswerItemStatus> = Object.freeze({
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  in_progress: { vi: 'Đang giải quyết', en: 'Being handled' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  satisfied: { vi: 'Trả lời thỏa đáng', en: 'Accepted as satisfactory' },
  not_satisfied: { vi: 'Chưa thỏa đáng', en: 'Not satisfactory' },
  re_answered: { vi: 'Đã trả lời lại', en: 'Re-answered' },
  not_taken: { vi: 'Giải trình, không tiếp thu', en: 'Explained, not taken in' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
});

/** The steps of an item, each one verb of the server and one line of its history. */
export const ANSWER_ITEM_STEPS = Object.freeze([
  'create',
  'assign',
  'start',
  'answer',
  'judge',
  'decline',
  'close',
  'publish',
  'unpublish',
] as const);
export type AnswerItemStep = (typeof ANSWER_ITEM_STEPS)[number];
export const ANSWER_ITEM_STEP_LABELS: Labels<AnswerItemStep> = Object.freeze({
  create: { vi: 'Tiếp nhận', en: 'Received' },
  assign: { vi: 'Giao đơn vị trả lời', en: 'Assigned' },
  start: { vi: 'Bắt đầu giải quyết', en: 'Handling started' },
  answer: { vi: 'Trả lời', en: 'Answered' },
  judge: { vi: 'Đánh giá trả lời', en: 'Answer judged' },
  decline: { vi: 'Giải trình không tiếp thu', en: 'Explained, not taken in' },
  close: { vi: 'Kết thúc', en: 'Closed' },
  publish: { vi: 'Công khai trả lời', en: 'Answer published' },
  unpublish: { vi: 'Thôi công khai', en: 'Answer withdrawn from the portal' },
});

/** The judgement of an answer by whoever raised the item. */
export const ANSWER_VERDICTS = Object.freeze(['satisfied', 'not_satisfied'] as const);
export type AnswerVerdict = (typeof ANSWER_VERDICTS)[number];
export const ANSWER_VERDICT_LABELS: Labels<AnswerVerdict> = Object.freeze({
  satisfied: { vi: 'Thỏa đáng', en: 'Satisfactory' },
  not_satisfied: { vi: 'Chưa thỏa đáng', en: 'Not satisfactory' },
});

/** Compliance of an item with its due date (see compliance.ts). */
export const ANSWER_COMPLIANCE = Object.freeze(['on_time', 'late', 'overdue', 'pending'] as const);
export type AnswerCompliance = (typeof ANSWER_COMPLIANCE)[number];
export const ANSWER_COMPLIANCE_LABELS: Labels<AnswerCompliance> = Object.freeze({
  on_time: { vi: 'Trả lời đúng hạn', en: 'Answered on time' },
  late: { vi: 'Trả lời quá hạn', en: 'Answered late' },
  overdue: { vi: 'Quá hạn chưa trả lời', en: 'Overdue' },
  pending: { vi: 'Chưa đến hạn', en: 'Not yet due' },
});

/** A dialogue's state: scheduled (with its notice), then held (minutes recorded). */
export const DIALOGUE_STATES = Object.freeze(['scheduled', 'held', 'cancelled'] as const);
export type DialogueState = (typeof DIALOGUE_STATES)[number];
export const DIALOGUE_STATE_LABELS: Labels<DialogueState> = Object.freeze({
  scheduled: { vi: 'Đã lên lịch', en: 'Scheduled' },
  held: { vi: 'Đã tổ chức', en: 'Held' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
});

/** A public comment's moderation state (pre-moderation; hidden after repeated reports). */
export const COMMENT_STATES = Object.freeze(['pending', 'published', 'rejected', 'hidden'] as const);
export type CommentState = (typeof COMMENT_STATES)[number];
export const COMMENT_STATE_LABELS: Labels<CommentState> = Object.freeze({
  pending: { vi: 'Chờ kiểm duyệt', en: 'Awaiting moderation' },
  published: { vi: 'Đã hiển thị', en: 'Published' },
  rejected: { vi: 'Không duyệt', en: 'Rejected' },
  hidden: { vi: 'Đã ẩn', en: 'Hidden' },
});

/** A published comment is hidden (awaiting a moderator) once this many distinct reports come in. */
export const COMMENT_REPORTS_TO_HIDE = 3;
