/**
 * Vietnamese names for what the audit trail records: the entities, the actions, the fields each
 * entity's before/after holds, and the values of their enumerations. A key not listed here is still
 * shown, under a humanised label (see `humanise`); secrets are never shown.
 */
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  auditActionLabel,
  RECEPTION_KIND_LABELS,
  RECEPTION_OUTCOME_LABELS,
  SCHEDULE_KIND_LABELS,
  ASSIGNMENT_STATUS_LABELS,
  GUIDING_DOCUMENT_KIND_LABELS,
  MOVEMENT_KIND_LABELS,
  PLAN_STATUS_LABELS,
  ROLE_LABELS,
  TASK_RECURRENCE_LABELS,
  TASK_STATUS_LABELS,
} from '@danvan/contracts';
import {
  COMMENDATION_FORM_LABELS,
  FOLLOW_UP_STATE_LABELS,
  MODEL_FIELD_LABELS,
  MODEL_LEVEL_LABELS,
  MODEL_REGISTRATION_LABELS,
  MODEL_STATE_LABELS,
  MODEL_SUBJECT_LABELS,
  SITUATION_LEVEL_LABELS,
  SITUATION_STATE_LABELS,
  SITUATION_TOPIC_LABELS,
  PETITION_CHANNEL_LABELS,
  PETITION_COMPETENCE_LABELS,
  PETITION_FIELD_LABELS,
  PETITION_KIND_LABELS,
  PETITION_STATUS_LABELS,
  ASSESSMENT_STATE_LABELS,
  BAND_LABELS,
  REPORT_PERIOD_KIND_NAMES_VI,
  UNIT_KINDS,
} from '@danvan/domain';

const vi = <K extends string>(labels: Record<K, { vi: string }>): Record<string, string> =>
  Object.fromEntries(Object.entries<{ vi: string }>(labels).map(([k, v]) => [k, v.vi]));

/** Entity and action names: one place for the server and the web (packages/contracts audit-labels.ts). */
export const ENTITY_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(AUDIT_ENTITY_LABELS).map(([k, v]) => [k, v.vi]),
);
export const ACTION_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(AUDIT_ACTION_LABELS).map(([k, v]) => [k, v.vi]),
);

const REPORT_STATUS: Record<string, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};

/** What a value of a field means: an enumeration, or a reference resolved to a name. */
export type FieldKind =
  | { enum: Record<string, string> }
  | { ref: 'unit' | 'user' | 'group' | 'entity' }
  | { ref: 'record'; entity: string }
  | { text: 'bytes' | 'percent' };

export interface FieldDef {
  label: string;
  kind?: FieldKind;
}
type Fields = Record<string, FieldDef | string>;

const UNIT_KIND: FieldKind = {
  enum: Object.fromEntries(UNIT_KINDS.map((k) => [k.code, k.nameVi])),
};
const unit = (label: string): FieldDef => ({ label, kind: { ref: 'unit' } });
const user = (label: string): FieldDef => ({ label, kind: { ref: 'user' } });
const record = (label: string, entity: string): FieldDef => ({ label, kind: { ref: 'record', entity } });
const oneOf = (label: string, values: Record<string, string>): FieldDef => ({
  label,
  kind: { enum: values },
});

/** Fields that mean the same in every entity. */
const COMMON: Fields = {
  id: 'Mã bản ghi',
  unitId: unit('Đơn vị'),
  userId: user('Người dùng'),
  actorId: user('Người thực hiện'),
  createdBy: user('Người tạo'),
  updatedBy: user('Người cập nhật'),
  issuedBy: user('Người ban hành'),
  submittedBy: user('Người gửi'),
  acceptedBy: user('Người tiếp nhận'),
  createdAt: 'Thời điểm tạo',
  isDemo: 'Dữ liệu trình diễn',
  status: 'Trạng thái',
  code: 'Mã',
  name: 'Tên',
  kind: 'Loại',
  year: 'Năm',
  title: 'Tiêu đề',
  description: 'Mô tả',
  note: 'Ghi chú',
  reason: 'Lý do',
  comment: 'Ý kiến',
  active: 'Đang hoạt động',
  version: 'Phiên bản',
  position: 'Chức vụ',
  numberSymbol: 'Số, ký hiệu',
  issuedOn: 'Ngày ban hành',
  fromDate: 'Từ ngày',
  toDate: 'Đến ngày',
  effectiveDate: 'Ngày có hiệu lực',
  decision: 'Quyết định',
  requirements: 'Yêu cầu',
  planId: record('Kế hoạch', 'plan'),
  taskId: record('Nhiệm vụ', 'plan_task'),
  periodId: record('Kỳ báo cáo', 'report_period'),
  templateId: record('Đề cương báo cáo', 'report_template'),
  themeId: record('Chủ đề năm', 'plan_theme'),
  movementIds: record('Phong trào, cuộc vận động', 'plan_movement'),
  guidingDocumentIds: record('Văn bản chỉ đạo', 'guiding_document'),
  failedLogins: 'Số lần đăng nhập sai liên tiếp',
  role: oneOf('Vai trò', vi(ROLE_LABELS)),
  groups: { label: 'Khối', kind: { ref: 'group' } },
  kinds: { label: 'Loại đơn vị', kind: UNIT_KIND },
  unitIds: unit('Đơn vị'),
  count: 'Số lượng',
};

const BY_ENTITY: Record<string, Fields> = {
  org_unit: {
    code: 'Mã đơn vị',
    adminCode: 'Mã đơn vị hành chính',
    name: 'Tên đơn vị',
    shortName: 'Tên ngắn',
    kind: { label: 'Loại đơn vị', kind: UNIT_KIND },
    parentId: unit('Đơn vị cấp trên'),
    validFrom: 'Hiệu lực từ ngày',
    validTo: 'Hiệu lực đến ngày',
    groups: { label: 'Nhóm (khối)', kind: { ref: 'group' } },
    target: unit('Đơn vị tiếp nhận'),
    parts: unit('Các đơn vị mới'),
    items: unit('Các đơn vị bị sáp nhập'),
  },
  user: {
    username: 'Tên đăng nhập',
    fullName: 'Họ và tên',
    email: 'Thư điện tử',
    position: 'Chức vụ',
    active: 'Tài khoản đang hoạt động',
    lockedUntil: 'Khóa đến',
    lastLoginAt: 'Lần đăng nhập gần nhất',
    passwordChangedAt: 'Thời điểm đổi mật khẩu',
    assignmentId: 'Mã phân công',
    lockedMinutes: 'Thời gian khóa (phút)',
    reason: oneOf('Lý do', { locked: 'Tài khoản đang bị khóa', disabled: 'Tài khoản đã bị vô hiệu hóa' }),
  },
  notification: {
    readAt: 'Thời điểm đọc',
    count: 'Số thông báo',
  },
  role_assignment: {
    includeSubtree: 'Gồm cả các đơn vị cấp dưới',
  },
  file: {
    entity: { label: 'Thuộc loại', kind: { ref: 'entity' } },
    entityId: 'Thuộc bản ghi',
    originalName: 'Tên tệp',
    mime: 'Kiểu tệp',
    size: { label: 'Dung lượng', kind: { text: 'bytes' } },
    sha256: 'Mã kiểm tra (SHA-256)',
    uploadedBy: 'Người tải lên',
    uploadedAt: 'Thời điểm tải lên',
  },
  plan: {
    title: 'Trích yếu',
    issuerName: 'Cơ quan ban hành',
    issuerParent: 'Cơ quan chủ quản',
    place: 'Địa danh',
    basis: 'Căn cứ',
    purposes: 'Mục đích',
    requirements: 'Yêu cầu',
    sections: 'Nội dung',
    closing: 'Tổ chức thực hiện',
    recipients: 'Nơi nhận',
    signerAuthority: 'Thẩm quyền ký',
    signerPosition: 'Chức vụ người ký',
    signerName: 'Người ký',
    status: oneOf('Trạng thái', vi(PLAN_STATUS_LABELS)),
    issuedAt: 'Thời điểm ban hành',
    parentPlanId: record('Kế hoạch cấp trên', 'plan'),
    requiredSelector: 'Đơn vị phải xây dựng kế hoạch',
    requiredDue: 'Hạn xây dựng kế hoạch',
    requiredCount: 'Số đơn vị phải xây dựng kế hoạch',
    requiredUnits: 'Số đơn vị phải xây dựng kế hoạch',
    tasks: 'Số nhiệm vụ',
    assignments: 'Số lượt giao việc',
    assignmentsUpdated: 'Số phần việc được cập nhật',
  },
  plan_task: {
    code: 'Mã nhiệm vụ',
    sectionNumber: 'Thuộc mục',
    title: 'Tên nhiệm vụ',
    description: 'Nội dung',
    leadUnitId: unit('Đơn vị chủ trì'),
    coordinatingUnitIds: unit('Đơn vị phối hợp'),
    assignSelector: 'Đơn vị được giao',
    recurrence: oneOf('Chu kỳ', vi(TASK_RECURRENCE_LABELS)),
    dueDate: 'Thời hạn',
    expectedProduct: 'Sản phẩm dự kiến',
    status: oneOf('Trạng thái', vi(TASK_STATUS_LABELS)),
    sortOrder: 'Thứ tự',
    assignees: 'Số đơn vị được giao',
    assignments: 'Số lượt giao việc',
    assignmentsAdded: 'Số lượt giao thêm',
    unitsRemoved: 'Số đơn vị thôi giao',
    reason: 'Lý do hủy',
  },
  task_assignment: {
    status: oneOf('Trạng thái thực hiện', vi(ASSIGNMENT_STATUS_LABELS)),
    progress: { label: 'Tiến độ', kind: { text: 'percent' } },
    note: 'Kết quả, ghi chú',
    completedOn: 'Ngày hoàn thành',
    periodDue: 'Hạn của kỳ',
  },
  leader_assignment: {
    leaderName: 'Lãnh đạo phụ trách',
    decisionNumber: 'Số quyết định phân công',
    decisionDate: 'Ngày quyết định',
    decisionIssuer: 'Cơ quan ra quyết định',
  },
  plan_theme: {
    name: 'Tên chủ đề',
    contents: 'Nội dung trọng tâm',
  },
  plan_movement: {
    code: 'Mã phong trào',
    name: 'Tên phong trào',
    kind: oneOf('Loại', vi(MOVEMENT_KIND_LABELS)),
    fields: 'Lĩnh vực',
    active: 'Đang triển khai',
  },
  guiding_document: {
    issuer: 'Cơ quan ban hành',
    kind: oneOf('Loại văn bản', vi(GUIDING_DOCUMENT_KIND_LABELS)),
    title: 'Trích yếu',
    summary: 'Tóm tắt nội dung',
    sharedWithSubunits: 'Chia sẻ cho đơn vị cấp dưới',
  },
  report: {
    status: oneOf('Trạng thái', REPORT_STATUS),
    level: oneOf('Cấp báo cáo', { unit: 'Đơn vị gửi tỉnh', province: 'Tỉnh gửi Bộ' }),
    narratives: 'Nội dung thuyết minh',
    values: 'Số liệu',
    comment: 'Ý kiến của cơ quan tiếp nhận',
    sections: 'Ý kiến theo mục',
    reason: 'Lý do mở lại',
    includeSubmitted: 'Tính cả báo cáo đã gửi chưa tiếp nhận',
  },
  model: {
    name: 'Tên mô hình',
    field: oneOf('Lĩnh vực', vi(MODEL_FIELD_LABELS)),
    subject: oneOf('Tập thể hay cá nhân', vi(MODEL_SUBJECT_LABELS)),
    state: oneOf('Trạng thái', vi(MODEL_STATE_LABELS)),
    registeredOn: 'Ngày đăng ký',
    startedOn: 'Ngày bắt đầu',
    recognisedLevel: oneOf('Cấp công nhận', vi(MODEL_LEVEL_LABELS)),
    recognisedOn: 'Ngày công nhận',
    registration: 'Nội dung đăng ký',
    ...vi(MODEL_REGISTRATION_LABELS),
    publicSummary: 'Tóm tắt công khai',
  },
  scoring_assessment: {
    state: oneOf('Trạng thái', vi(ASSESSMENT_STATE_LABELS)),
    selfTotal: 'Tổng điểm tự chấm',
    appraisedTotal: 'Tổng điểm thẩm định',
    finalTotal: 'Tổng điểm cuối cùng',
    band: oneOf('Xếp loại', vi(BAND_LABELS)),
    disqualified: 'Không đủ điều kiện xếp loại',
    late: 'Gửi quá hạn',
    criterion: 'Tiêu chí',
    selfScore: 'Điểm tự chấm',
    selfReason: 'Lý do điều chỉnh',
    evidenceLinks: 'Minh chứng',
    appraisedScore: 'Điểm thẩm định',
    comment: 'Nhận xét',
    explanation: 'Giải trình',
    explanations: 'Các tiêu chí có giải trình',
    changes: 'Thay đổi',
  },
  model_commendation: {
    recipientKind: oneOf('Tập thể hay cá nhân', vi(MODEL_SUBJECT_LABELS)),
    recipientName: 'Tập thể, cá nhân được khen thưởng',
    achievement: 'Thành tích',
    level: oneOf('Cấp khen thưởng', vi(MODEL_LEVEL_LABELS)),
    form: oneOf('Hình thức khen thưởng', vi(COMMENDATION_FORM_LABELS)),
    decisionNumber: 'Số quyết định',
    decisionDate: 'Ngày quyết định',
    issuerName: 'Cơ quan ra quyết định',
    signerName: 'Người ký',
    signerPosition: 'Chức vụ người ký',
    modelId: record('Mô hình', 'model'),
  },
  situation: {
    place: 'Địa bàn',
    placeUnitId: unit('Đơn vị trên địa bàn'),
    topic: oneOf('Lĩnh vực', vi(SITUATION_TOPIC_LABELS)),
    level: oneOf('Mức độ', vi(SITUATION_LEVEL_LABELS)),
    // the note's state, and that of its follow-up actions listed inside it
    state: oneOf('Tình trạng', { ...vi(SITUATION_STATE_LABELS), ...vi(FOLLOW_UP_STATE_LABELS) }),
    summary: 'Nội dung tình hình',
    source: 'Nguồn tin',
    notedOn: 'Ngày nắm tình hình',
    followUps: 'Việc cần làm',
    action: 'Việc cần làm',
    assignee: 'Người, đơn vị thực hiện',
    dueDate: 'Hạn thực hiện',
    doneOn: 'Ngày xong',
    situationId: record('Tình hình', 'situation'),
  },
  situation_follow_up: {
    action: 'Việc cần làm',
    assignee: 'Người, đơn vị thực hiện',
    dueDate: 'Hạn thực hiện',
    state: oneOf('Trạng thái thực hiện', vi(FOLLOW_UP_STATE_LABELS)),
    doneOn: 'Ngày xong',
    note: 'Kết quả, ghi chú',
    situationId: record('Tình hình', 'situation'),
  },
  petition: {
    kind: oneOf('Loại đơn', vi(PETITION_KIND_LABELS)),
    channel: oneOf('Nguồn đơn', vi(PETITION_CHANNEL_LABELS)),
    field: oneOf('Lĩnh vực', vi(PETITION_FIELD_LABELS)),
    status: oneOf('Trạng thái', vi(PETITION_STATUS_LABELS)),
    competence: oneOf('Thẩm quyền', vi(PETITION_COMPETENCE_LABELS)),
    receivedOn: 'Ngày nhận đơn',
    splitFromId: record('Tách từ đơn', 'petition'),
    screeningDue: 'Hạn phân loại, xử lý đơn',
    resolutionDue: 'Hạn giải quyết',
    ruleId: 'Mã quy định thời hạn áp dụng',
    handlerId: user('Người được giao xử lý'),
    toBody: 'Cơ quan, đơn vị nhận',
    suspendedOn: 'Ngày tạm đình chỉ',
    suspendedDays: 'Số ngày tạm đình chỉ',
    extensions: 'Số lần gia hạn',
    resultSentOn: 'Ngày gửi kết quả',
    closedOn: 'Ngày kết thúc',
    candidateId: record('Đơn trùng', 'petition'),
  },
  reception_schedule: {
    kind: oneOf('Loại lịch', vi(SCHEDULE_KIND_LABELS)),
    title: 'Tên lịch',
    weekdays: 'Thứ trong tuần (0: Chủ nhật)',
    monthDays: 'Ngày trong tháng',
    dates: 'Ngày tiếp cụ thể',
    startTime: 'Giờ bắt đầu',
    endTime: 'Giờ kết thúc',
    place: 'Địa điểm tiếp',
    receiverUserId: user('Tài khoản người tiếp'),
    receiverName: 'Người tiếp',
    receiverTitle: 'Chức vụ người tiếp',
    headInPerson: 'Người đứng đầu trực tiếp tiếp',
    online: 'Có tiếp trực tuyến',
    onlineLink: 'Đường dẫn tiếp trực tuyến',
    published: 'Công khai lịch',
    validFrom: 'Áp dụng từ ngày',
    validTo: 'Áp dụng đến ngày',
  },
  reception_visit: {
    kind: oneOf('Loại tiếp', vi(RECEPTION_KIND_LABELS)),
    receivedAt: 'Thời gian tiếp',
    receivedOn: 'Ngày tiếp',
    place: 'Địa điểm tiếp',
    receiverUserId: user('Tài khoản người tiếp'),
    receiverName: 'Người tiếp',
    receiverTitle: 'Chức vụ người tiếp',
    headInPerson: 'Người đứng đầu trực tiếp tiếp',
    deputyOnBehalf: 'Cấp phó được ủy quyền tiếp thay',
    visitorsCount: 'Số người đến',
    massDelegation: 'Đoàn đông người',
    representativeName: 'Người đến (người đại diện)',
    idNumber: 'Số giấy tờ tùy thân',
    address: 'Địa chỉ',
    content: 'Nội dung trình bày',
    field: oneOf('Lĩnh vực', vi(PETITION_FIELD_LABELS)),
    outcome: oneOf('Kết quả tiếp', vi(RECEPTION_OUTCOME_LABELS)),
    refusalReason: 'Lý do từ chối',
    outcomeNote: 'Ghi chú kết quả',
    conclusion: 'Nội dung kết luận',
    online: 'Tiếp trực tuyến',
    onlineNoticeSentOn: 'Ngày thông báo tiếp trực tuyến',
    petitionId: 'Đơn thư tạo từ lượt tiếp',
  },
  report_period: {
    rootUnitId: unit('Đơn vị mở kỳ báo cáo'),
    kind: oneOf('Loại kỳ báo cáo', { ...REPORT_PERIOD_KIND_NAMES_VI }),
    quarter: 'Quý',
    name: 'Tên kỳ báo cáo',
    cutoffDate: 'Ngày chốt số liệu',
    requiredGroups: { label: 'Khối phải báo cáo', kind: { ref: 'group' } },
    requiredKinds: { label: 'Loại đơn vị phải báo cáo', kind: UNIT_KIND },
    status: oneOf('Trạng thái', { open: 'Đang mở', closed: 'Đã đóng' }),
    deadlines: 'Hạn nộp',
    level: oneOf('Cấp', { unit: 'Đơn vị nộp về tỉnh', province: 'Tỉnh gửi Bộ' }),
    deadline: 'Hạn nộp',
    remindDaysBefore: 'Nhắc trước (ngày)',
    units: 'Số đơn vị được nhắc',
  },
  report_template: {
    code: 'Mã đề cương',
    name: 'Tên đề cương',
    legalBasis: 'Căn cứ',
    sections: 'Các mục',
    indicators: 'Chỉ tiêu',
    rules: 'Quy tắc kiểm tra',
    builtin: 'Đề cương có sẵn',
    frozenAt: 'Khóa chỉnh sửa lúc',
    ownerUnitId: unit('Đơn vị sở hữu'),
    previousVersionId: record('Phiên bản trước', 'report_template'),
    number: 'Số thứ tự',
    guidance: 'Hướng dẫn',
    hasNarrative: 'Có phần thuyết minh',
    sectionCode: 'Thuộc mục',
    unit: 'Đơn vị tính',
    type: oneOf('Kiểu số', { integer: 'Số nguyên', decimal: 'Số thập phân', percent: 'Phần trăm' }),
    aggregation: oneOf('Cách tổng hợp', {
      sum: 'Tổng',
      avg: 'Trung bình',
      min: 'Nhỏ nhất',
      max: 'Lớn nhất',
      last: 'Mới nhất',
      ratio: 'Tỷ lệ (%)',
    }),
    numerator: 'Tử số',
    denominator: 'Mẫu số',
    providerKey: 'Nguồn số liệu tự động',
    expression: 'Biểu thức',
    message: 'Thông báo khi vi phạm',
    severity: oneOf('Mức độ', { error: 'Lỗi (chặn gửi)', warning: 'Cảnh báo' }),
  },
};

/**
 * Fields left out of the readable diff because they repeat another field (the materialised path,
 * the search key, a name stored next to its id, counts, the response's own `can` flags) or change on every
 * save (updatedAt).
 */
export const DERIVED_KEYS = new Set([
  'path',
  'depth',
  'searchKey',
  'updatedAt',
  'childCount',
  'unitPath',
  'can',
]);

/** Keys whose values are secrets: never shown, whatever the entity. */
export function isSecretKey(key: string): boolean {
  return /password|token|secret|hash|otp/i.test(key) && key !== 'sha256';
}

/** A readable label for a key nobody listed: "cutoffDate" → "Cutoff date", "required_units" → "Required units". */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : key;
}

export function fieldDef(entity: string, key: string): FieldDef {
  const d = BY_ENTITY[entity]?.[key] ?? COMMON[key];
  if (d === undefined) {
    if (/Ids?$/.test(key) && /unit/i.test(key))
      return { label: humanise(key.replace(/Ids?$/, '')), kind: { ref: 'unit' } };
    return { label: humanise(key) };
  }
  return typeof d === 'string' ? { label: d } : d;
}

export function entityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? humanise(entity);
}

export function actionLabel(entity: string, action: string): string {
  const known = auditActionLabel(entity, action, 'vi');
  if (known) return known;
  if (action.startsWith('status:')) {
    const status = action.slice('status:'.length);
    const def = fieldDef(entity, 'status');
    const name = def.kind && 'enum' in def.kind ? def.kind.enum[status] : undefined;
    return `Chuyển trạng thái: ${name ?? humanise(status)}`;
  }
  return humanise(action);
}
