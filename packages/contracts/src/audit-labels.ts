/**
 * The names of what the audit trail records, in Vietnamese and English: the one place for them. The
 * server's audit export (.xlsx) and its `actionLabel`/`entityLabel` use the Vietnamese ones; the web
 * registers both as the messages `audit.entities.<code>` and `audit.actions.<code>`. Every entity and
 * action code a server module writes through `audit()` has a label here (a server test reads the
 * modules' source and checks it).
 */
import { ASSIGNMENT_STATUS_LABELS } from './plans/vocabulary.ts';

export interface AuditLabel {
  vi: string;
  en: string;
}

export const AUDIT_ENTITY_LABELS = {
  org_unit: { vi: 'Đơn vị', en: 'Unit' },
  user: { vi: 'Người dùng', en: 'User' },
  role_assignment: { vi: 'Phân công vai trò', en: 'Role assignment' },
  session: { vi: 'Phiên đăng nhập', en: 'Session' },
  file: { vi: 'Tệp đính kèm', en: 'Attachment' },
  notification: { vi: 'Thông báo', en: 'Notification' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  plan_task: { vi: 'Nhiệm vụ', en: 'Task' },
  task_assignment: { vi: 'Phần việc được giao', en: 'Assigned task' },
  leader_assignment: { vi: 'Phân công lãnh đạo phụ trách', en: 'Leader in charge' },
  plan_theme: { vi: 'Chủ đề năm', en: 'Year theme' },
  plan_movement: { vi: 'Phong trào, cuộc vận động', en: 'Movement or campaign' },
  guiding_document: { vi: 'Văn bản chỉ đạo', en: 'Guiding document' },
  report: { vi: 'Báo cáo', en: 'Report' },
  report_period: { vi: 'Kỳ báo cáo', en: 'Report period' },
  report_template: { vi: 'Đề cương báo cáo', en: 'Report template' },
  legal_time_limit: { vi: 'Thời hạn theo quy định', en: 'Statutory time limit' },
  legal_calendar_day: { vi: 'Ngày nghỉ, ngày làm bù', en: 'Holiday or make-up working day' },
  legal_seed: { vi: 'Dữ liệu pháp lý ban đầu', en: 'Initial legal data' },
  // The citizens' modules (issue 8).
  reception_schedule: { vi: 'Lịch tiếp công dân', en: 'Citizen reception schedule' },
  reception_visit: { vi: 'Lượt tiếp công dân', en: 'Citizen reception visit' },
  petition: { vi: 'Đơn khiếu nại, tố cáo, kiến nghị, phản ánh', en: 'Petition' },
  situation: { vi: 'Tình hình nhân dân', en: 'Public sentiment report' },
  situation_follow_up: { vi: 'Việc theo dõi, xử lý', en: 'Follow-up' },
  vault_identity: { vi: 'Thông tin định danh được bảo vệ', en: 'Protected identity' },
  vault_key: { vi: 'Khóa mã hóa', en: 'Encryption key' },
  vault_scan: { vi: 'Rà soát thông tin định danh', en: 'Identity scan' },
  model: { vi: 'Mô hình “Dân vận khéo”', en: '“Skilful mass mobilisation” model' },
  model_criterion: { vi: 'Tiêu chí đánh giá mô hình', en: 'Model criterion' },
  model_result: { vi: 'Kết quả của mô hình', en: 'Model result' },
  model_commendation: { vi: 'Khen thưởng mô hình', en: 'Model commendation' },
  model_setting: { vi: 'Thiết lập đánh giá mô hình', en: 'Model evaluation setting' },
  models_seed: { vi: 'Dữ liệu mô hình ban đầu', en: 'Initial model data' },
  answer_source: {
    vi: 'Văn bản, hồ sơ cần trả lời (đối thoại, giám sát, phản biện, kỳ họp, lấy ý kiến)',
    en: 'Source document to answer',
  },
  answer_item: { vi: 'Nội dung cần trả lời (kiến nghị, cam kết)', en: 'Item to answer' },
  answer_template: { vi: 'Mẫu trả lời', en: 'Answer template' },
  answer_comment: { vi: 'Ý kiến góp ý của Nhân dân', en: 'Public comment' },
  training_course: { vi: 'Hội nghị, lớp tập huấn', en: 'Training course' },
  training_headcount: {
    vi: 'Số cán bộ, công chức, viên chức của đơn vị',
    en: 'Unit headcount of civil servants',
  },
  inspection_plan: { vi: 'Kế hoạch thanh tra, kiểm tra công vụ', en: 'Public duty inspection plan' },
  inspection: { vi: 'Cuộc thanh tra, kiểm tra công vụ', en: 'Public duty inspection' },
  inspection_violation: {
    vi: 'Vi phạm qua thanh tra, kiểm tra công vụ',
    en: 'Violation found by inspection',
  },
  inspection_recommendation: { vi: 'Kiến nghị sau thanh tra, kiểm tra', en: 'Inspection recommendation' },
  scoring_set: { vi: 'Bộ tiêu chí chấm điểm', en: 'Scoring criteria set' },
  scoring_round: { vi: 'Đợt chấm điểm, xếp loại', en: 'Scoring round' },
  scoring_assessment: { vi: 'Bản chấm điểm của đơn vị', en: 'Unit assessment' },
  scoring_seed: { vi: 'Dữ liệu chấm điểm ban đầu', en: 'Initial scoring data' },
  portal_submission: { vi: 'Đơn thư gửi qua Cổng thông tin', en: 'Petition sent through the portal' },
  portal_rating: { vi: 'Đánh giá mức độ hài lòng', en: 'Satisfaction rating' },
  portal_publication: { vi: 'Nội dung công bố trên Cổng thông tin', en: 'Portal publication' },
} as const satisfies Record<string, AuditLabel>;

const STATUS_ACTIONS = Object.fromEntries(
  Object.entries(ASSIGNMENT_STATUS_LABELS).map(([code, l]) => [
    `status:${code}`,
    { vi: `Chuyển trạng thái: ${l.vi}`, en: `Status changed: ${l.en}` },
  ]),
) as Record<`status:${keyof typeof ASSIGNMENT_STATUS_LABELS}`, AuditLabel>;

export const AUDIT_ACTION_LABELS = {
  create: { vi: 'Tạo mới', en: 'Create' },
  update: { vi: 'Cập nhật', en: 'Update' },
  rename: { vi: 'Đổi tên', en: 'Rename' },
  move: { vi: 'Chuyển cấp trên', en: 'Move' },
  deactivate: { vi: 'Ngừng hoạt động', en: 'Deactivate' },
  merge: { vi: 'Sáp nhập', en: 'Merge' },
  split: { vi: 'Chia tách', en: 'Split' },
  delete: { vi: 'Xóa', en: 'Delete' },
  login: { vi: 'Đăng nhập', en: 'Log in' },
  logout: { vi: 'Đăng xuất', en: 'Log out' },
  login_failed: { vi: 'Đăng nhập sai', en: 'Failed login' },
  login_locked: { vi: 'Khóa do đăng nhập sai', en: 'Locked after failed logins' },
  login_refused: { vi: 'Từ chối đăng nhập', en: 'Login refused' },
  change_password: { vi: 'Đổi mật khẩu', en: 'Change password' },
  reset_password: { vi: 'Đặt lại mật khẩu', en: 'Reset password' },
  disable: { vi: 'Vô hiệu hóa', en: 'Disable' },
  enable: { vi: 'Kích hoạt lại', en: 'Enable' },
  switch_unit: { vi: 'Chuyển đơn vị làm việc', en: 'Switch working unit' },
  read: { vi: 'Đọc', en: 'Read' },
  read_all: { vi: 'Đánh dấu tất cả đã đọc', en: 'Mark all as read' },
  upload: { vi: 'Tải tệp lên', en: 'Upload file' },
  issue: { vi: 'Ban hành', en: 'Issue' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  update_requirement: { vi: 'Cập nhật yêu cầu xây dựng kế hoạch', en: 'Update plan requirement' },
  demo_progress: { vi: 'Cập nhật tiến độ trình diễn', en: 'Update demo progress' },
  save: { vi: 'Lưu', en: 'Save' },
  recompute: { vi: 'Tính lại số liệu', en: 'Recompute figures' },
  submit: { vi: 'Gửi báo cáo', en: 'Submit report' },
  resubmit: { vi: 'Gửi lại báo cáo', en: 'Resubmit report' },
  return: { vi: 'Trả lại', en: 'Return' },
  accept: { vi: 'Tiếp nhận', en: 'Accept' },
  reopen: { vi: 'Mở lại', en: 'Reopen' },
  compile: { vi: 'Tổng hợp', en: 'Compile' },
  remind: { vi: 'Nhắc đơn vị chưa nộp', en: 'Remind units that have not submitted' },
  new_version: { vi: 'Tạo phiên bản mới', en: 'New version' },
  close_version: { vi: 'Kết thúc phiên bản', en: 'Close version' },
  retire: { vi: 'Bãi bỏ', en: 'Retire' },
  seed: { vi: 'Nạp dữ liệu ban đầu', en: 'Load initial data' },
  link_duplicate: { vi: 'Gộp vào đơn trùng', en: 'Link to duplicate' },
  dismiss_duplicate: { vi: 'Xác định không trùng', en: 'Not a duplicate' },
  evaluate: { vi: 'Đánh giá', en: 'Evaluate' },
  seal: { vi: 'Niêm phong thông tin định danh', en: 'Seal identity' },
  reveal: { vi: 'Xem thông tin định danh', en: 'Reveal identity' },
  rotate: { vi: 'Thay khóa mã hóa', en: 'Rotate keys' },
  add_items: { vi: 'Thêm nội dung cần trả lời', en: 'Add items' },
  hold_dialogue: { vi: 'Ghi nhận buổi đối thoại', en: 'Record dialogue held' },
  assign_item: { vi: 'Giao đơn vị trả lời', en: 'Assign item' },
  start_item: { vi: 'Bắt đầu giải quyết', en: 'Start handling item' },
  answer_item: { vi: 'Trả lời', en: 'Answer item' },
  judge_item: { vi: 'Đánh giá trả lời', en: 'Judge answer' },
  decline_item: { vi: 'Giải trình, không tiếp thu', en: 'Explain, not taken in' },
  close_item: { vi: 'Kết thúc theo dõi', en: 'Close item' },
  publish_item: { vi: 'Công khai trả lời', en: 'Publish answer' },
  unpublish_item: { vi: 'Thôi công khai trả lời', en: 'Withdraw published answer' },
  bulk_assign: { vi: 'Giao trả lời nhiều nội dung', en: 'Bulk assign' },
  bulk_answer: { vi: 'Trả lời nhiều nội dung', en: 'Bulk answer' },
  bulk_publish: { vi: 'Công khai nhiều trả lời', en: 'Bulk publish' },
  bulk_unpublish: { vi: 'Thôi công khai nhiều trả lời', en: 'Bulk withdraw' },
  submit_comment: { vi: 'Gửi góp ý', en: 'Submit comment' },
  hide_comment: { vi: 'Tự động ẩn góp ý bị báo cáo', en: 'Hide reported comment' },
  moderate_comment: { vi: 'Kiểm duyệt góp ý', en: 'Moderate comment' },
  set_attendance: { vi: 'Cập nhật người tham dự', en: 'Update attendance' },
  import_attendance: { vi: 'Nhập danh sách tham dự', en: 'Import attendance list' },
  conclude: { vi: 'Ban hành kết luận', en: 'Issue conclusion' },
  complete: { vi: 'Hoàn thành', en: 'Complete' },
  'scoring.set.create': { vi: 'Tạo bộ tiêu chí', en: 'Create criteria set' },
  'scoring.set.update': { vi: 'Sửa bộ tiêu chí', en: 'Edit criteria set' },
  'scoring.set.version': { vi: 'Tạo phiên bản mới của bộ tiêu chí', en: 'New criteria set version' },
  'scoring.set.issue': { vi: 'Ban hành bộ tiêu chí', en: 'Issue criteria set' },
  'scoring.round.create': { vi: 'Mở đợt chấm điểm', en: 'Open scoring round' },
  'scoring.round.update': { vi: 'Sửa đợt chấm điểm', en: 'Edit scoring round' },
  'scoring.round.open': {
    vi: 'Ban hành bộ tiêu chí cho các đơn vị (mở đợt chấm điểm)',
    en: 'Open scoring round',
  },
  'scoring.round.publish': { vi: 'Công bố kết quả xếp loại', en: 'Publish results' },
  'scoring.round.propose': {
    vi: 'Đề xuất điểm từ số liệu cho cả đợt',
    en: 'Propose scores for the whole round',
  },
  'scoring.assessment.open': { vi: 'Mở bản tự chấm', en: 'Open self-assessment' },
  'scoring.assessment.self_score': { vi: 'Tự chấm tiêu chí', en: 'Self-score criterion' },
  'scoring.assessment.propose': { vi: 'Cập nhật điểm đề xuất từ số liệu', en: 'Refresh proposed scores' },
  'scoring.assessment.submit': { vi: 'Gửi bản tự chấm', en: 'Submit self-assessment' },
  'scoring.assessment.appraise_item': { vi: 'Thẩm định tiêu chí', en: 'Appraise criterion' },
  'scoring.assessment.send_appraisal': { vi: 'Gửi kết quả thẩm định', en: 'Send appraisal' },
  'scoring.assessment.explain_item': { vi: 'Giải trình tiêu chí', en: 'Explain criterion' },
  'scoring.assessment.explain': { vi: 'Gửi giải trình', en: 'Send explanation' },
  'scoring.assessment.decide': { vi: 'Kết luận điểm, xếp loại', en: 'Decide result' },
  'scoring.assessment.comment': { vi: 'Góp ý của Ban Dân vận', en: 'Party comment' },
  'portal.submit': {
    vi: 'Người dân gửi đơn thư qua Cổng thông tin',
    en: 'Citizen sends a petition through the portal',
  },
  'portal.publish': { vi: 'Công bố lên Cổng thông tin', en: 'Publish on the portal' },
  'portal.withdraw': { vi: 'Gỡ khỏi Cổng thông tin', en: 'Withdraw from the portal' },
  'portal.rate': { vi: 'Người dân đánh giá mức độ hài lòng', en: 'Citizen rates satisfaction' },
  ...STATUS_ACTIONS,
} as const satisfies Record<string, AuditLabel>;

/** Labels that depend on the entity: `<entity>.<action>` → label (a report is "drawn up", not "created"). */
export const AUDIT_ENTITY_ACTION_LABELS: Record<string, AuditLabel> = {
  'report.create': { vi: 'Lập báo cáo', en: 'Draw up report' },
};

export type AuditLang = keyof AuditLabel;

/** The entity's name, or undefined when it has none. */
export function auditEntityLabel(entity: string, lang: AuditLang = 'vi'): string | undefined {
  return (AUDIT_ENTITY_LABELS as Record<string, AuditLabel>)[entity]?.[lang];
}

/** The action's name for that entity, or undefined when it has none. */
export function auditActionLabel(entity: string, action: string, lang: AuditLang = 'vi'): string | undefined {
  return (
    AUDIT_ENTITY_ACTION_LABELS[`${entity}.${action}`]?.[lang] ??
    (AUDIT_ACTION_LABELS as Record<string, AuditLabel>)[action]?.[lang]
  );
}

const pick = <T extends Record<string, AuditLabel>>(labels: T, lang: AuditLang) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, v[lang]])) as { [K in keyof T]: string };

/** The labels as i18n messages of the web (`audit.entities.<code>`, `audit.actions.<code>`). */
export const AUDIT_LABEL_MESSAGES = {
  vi: {
    audit: { entities: pick(AUDIT_ENTITY_LABELS, 'vi'), actions: pick(AUDIT_ACTION_LABELS, 'vi') },
  },
  en: {
    audit: { entities: pick(AUDIT_ENTITY_LABELS, 'en'), actions: pick(AUDIT_ACTION_LABELS, 'en') },
  },
};
