/**
 * The vocabulary of petitions (đơn thư), defined once: the contracts' enums are built from these
 * constants (packages/contracts/src/petitions/vocabulary.ts); the server and the web read them from there.
 */

/** How a petition reached the unit (kênh tiếp nhận). */
export const PETITION_CHANNELS = Object.freeze([
  'in_person',
  'post',
  'portal',
  'transferred',
  'front',
  'council',
  'reception_visit',
] as const);
export type PetitionChannel = (typeof PETITION_CHANNELS)[number];

/** The kind of a petition (Luật Khiếu nại 2011, Luật Tố cáo 2018, Luật Tiếp công dân 2013 điều 2). */
export const PETITION_KINDS = Object.freeze(['khieu_nai', 'to_cao', 'kien_nghi', 'phan_anh'] as const);
export type PetitionKind = (typeof PETITION_KINDS)[number];

/**
 * The field (lĩnh vực) a petition is about, and the field of what a visitor raises in the reception
 * log (one vocabulary for both: a petition created from a visit keeps its field).
 */
export const PETITION_FIELDS = Object.freeze([
  'dat_dai',
  'chinh_sach_xa_hoi',
  'tu_phap',
  'tham_nhung',
  'moi_truong',
  'xay_dung',
  'hanh_chinh',
  'kinh_te',
  'khac',
] as const);
export type PetitionField = (typeof PETITION_FIELDS)[number];

/**
 * Where a petition stands (see workflow.ts): received → screened → accepted / transferred / guided /
 * filed; accepted ↔ suspended; accepted → decided → result_sent → closed.
 */
export const PETITION_STATUSES = Object.freeze([
  'received',
  'screened',
  'accepted',
  'suspended',
  'decided',
  'result_sent',
  'closed',
  'transferred',
  'guided',
  'filed',
] as const);
export type PetitionStatus = (typeof PETITION_STATUSES)[number];

/** Whose competence the petition falls under, as found at screening (vượt cấp: a lower level's). */
export const PETITION_COMPETENCES = Object.freeze(['own', 'lower_level', 'other_body'] as const);
export type PetitionCompetence = (typeof PETITION_COMPETENCES)[number];

/** The steps of the workflow, each one verb of the server and one line of the timeline. */
export const PETITION_STEPS = Object.freeze([
  'receive',
  'screen',
  'accept',
  'transfer',
  'guide',
  'file',
  'verify',
  'dialogue',
  'extend',
  'suspend',
  'resume',
  'decide',
  'send_result',
  'close',
  'assign',
  'link_duplicate',
  'dismiss_duplicate',
] as const);
export type PetitionStep = (typeof PETITION_STEPS)[number];

/** Flags shown on the register (see flags.ts). */
export const PETITION_FLAGS = Object.freeze(['overdue', 'prolonged', 'bypass', 'mass', 'duplicate'] as const);
export type PetitionFlag = (typeof PETITION_FLAGS)[number];

/** A petition signed by this many people or more is a group petition (đơn đông người). */
export const GROUP_PETITIONERS_MIN = 5;

type Labels<K extends string> = Readonly<Record<K, { vi: string; en: string }>>;

export const PETITION_CHANNEL_LABELS: Labels<PetitionChannel> = Object.freeze({
  in_person: { vi: 'Trực tiếp', en: 'In person' },
  post: { vi: 'Qua bưu chính', en: 'By post' },
  portal: { vi: 'Cổng thông tin điện tử', en: 'Portal' },
  transferred: { vi: 'Cơ quan khác chuyển đến', en: 'Transferred from another body' },
  front: { vi: 'Mặt trận Tổ quốc chuyển đến', en: 'From the Fatherland Front' },
  council: { vi: 'Hội đồng nhân dân chuyển đến', en: "From the People's Council" },
  reception_visit: { vi: 'Qua tiếp công dân', en: 'From a reception visit' },
});

export const PETITION_KIND_LABELS: Labels<PetitionKind> = Object.freeze({
  khieu_nai: { vi: 'Khiếu nại', en: 'Complaint' },
  to_cao: { vi: 'Tố cáo', en: 'Denunciation' },
  kien_nghi: { vi: 'Kiến nghị', en: 'Recommendation' },
  phan_anh: { vi: 'Phản ánh', en: 'Feedback' },
});

export const PETITION_FIELD_LABELS: Labels<PetitionField> = Object.freeze({
  dat_dai: { vi: 'Đất đai', en: 'Land' },
  chinh_sach_xa_hoi: { vi: 'Chính sách xã hội', en: 'Social policy' },
  tu_phap: { vi: 'Tư pháp', en: 'Justice' },
  tham_nhung: { vi: 'Tham nhũng, tiêu cực', en: 'Corruption' },
  moi_truong: { vi: 'Môi trường', en: 'Environment' },
  xay_dung: { vi: 'Xây dựng, đô thị', en: 'Construction' },
  hanh_chinh: { vi: 'Hành chính', en: 'Administration' },
  kinh_te: { vi: 'Kinh tế', en: 'Economy' },
  khac: { vi: 'Lĩnh vực khác', en: 'Other' },
});

export const PETITION_STATUS_LABELS: Labels<PetitionStatus> = Object.freeze({
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  screened: { vi: 'Đã phân loại', en: 'Screened' },
  accepted: { vi: 'Đã thụ lý, đang giải quyết', en: 'Accepted, being resolved' },
  suspended: { vi: 'Tạm đình chỉ', en: 'Suspended' },
  decided: { vi: 'Đã có quyết định, kết luận', en: 'Decided' },
  result_sent: { vi: 'Đã gửi kết quả', en: 'Result sent' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
  transferred: { vi: 'Đã chuyển đơn', en: 'Transferred' },
  guided: { vi: 'Đã hướng dẫn', en: 'Guided' },
  filed: { vi: 'Lưu đơn, không xử lý', en: 'Filed without action' },
});

export const PETITION_COMPETENCE_LABELS: Labels<PetitionCompetence> = Object.freeze({
  own: { vi: 'Thuộc thẩm quyền', en: 'Within our competence' },
  lower_level: { vi: 'Thuộc thẩm quyền cấp dưới (gửi vượt cấp)', en: "A lower level's (bypassing)" },
  other_body: { vi: 'Thuộc thẩm quyền cơ quan khác', en: "Another body's" },
});

export const PETITION_STEP_LABELS: Labels<PetitionStep> = Object.freeze({
  receive: { vi: 'Tiếp nhận đơn', en: 'Received' },
  screen: { vi: 'Phân loại đơn', en: 'Screened' },
  accept: { vi: 'Thụ lý giải quyết', en: 'Accepted' },
  transfer: { vi: 'Chuyển đơn', en: 'Transferred' },
  guide: { vi: 'Hướng dẫn người gửi đơn', en: 'Guided' },
  file: { vi: 'Lưu đơn, không xử lý', en: 'Filed without action' },
  verify: { vi: 'Xác minh', en: 'Verification' },
  dialogue: { vi: 'Đối thoại', en: 'Dialogue' },
  extend: { vi: 'Gia hạn giải quyết', en: 'Extended' },
  suspend: { vi: 'Tạm đình chỉ giải quyết', en: 'Suspended' },
  resume: { vi: 'Tiếp tục giải quyết', en: 'Resumed' },
  decide: { vi: 'Quyết định, kết luận', en: 'Decision / conclusion' },
  send_result: { vi: 'Gửi kết quả giải quyết', en: 'Result sent' },
  close: { vi: 'Kết thúc hồ sơ', en: 'Closed' },
  assign: { vi: 'Phân công người giải quyết', en: 'Handler assigned' },
  link_duplicate: { vi: 'Xác nhận đơn trùng', en: 'Duplicate linked' },
  dismiss_duplicate: { vi: 'Bỏ qua đơn nghi trùng', en: 'Duplicate dismissed' },
});

export const PETITION_FLAG_LABELS: Labels<PetitionFlag> = Object.freeze({
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  prolonged: { vi: 'Kéo dài', en: 'Prolonged' },
  bypass: { vi: 'Vượt cấp', en: 'Bypassing a level' },
  mass: { vi: 'Đông người', en: 'Mass' },
  duplicate: { vi: 'Trùng đơn', en: 'Duplicate' },
});
