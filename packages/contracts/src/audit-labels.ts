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
