/** Plans and tasks: the reference lists (kinds, statuses) with their Vietnamese and English labels. */
// ---------------------------------------------------------------------------------------------
// Reference lists

export const GUIDING_DOCUMENT_KINDS = [
  'nghi_quyet',
  'ket_luan',
  'chi_thi',
  'quyet_dinh',
  'quy_dinh',
  'ke_hoach',
  'cong_van',
  'chuong_trinh',
  'thong_bao',
  'huong_dan',
  'luat',
  'nghi_dinh',
  'thong_tu',
  'khac',
] as const;
export type GuidingDocumentKind = (typeof GUIDING_DOCUMENT_KINDS)[number];
export const GUIDING_DOCUMENT_KIND_LABELS: Record<GuidingDocumentKind, { vi: string; en: string }> = {
  nghi_quyet: { vi: 'Nghị quyết', en: 'Resolution' },
  ket_luan: { vi: 'Kết luận', en: 'Conclusion' },
  chi_thi: { vi: 'Chỉ thị', en: 'Directive' },
  quyet_dinh: { vi: 'Quyết định', en: 'Decision' },
  quy_dinh: { vi: 'Quy định', en: 'Regulation' },
  ke_hoach: { vi: 'Kế hoạch', en: 'Plan' },
  cong_van: { vi: 'Công văn', en: 'Official letter' },
  chuong_trinh: { vi: 'Chương trình', en: 'Programme' },
  thong_bao: { vi: 'Thông báo', en: 'Notice' },
  huong_dan: { vi: 'Hướng dẫn', en: 'Guidance' },
  luat: { vi: 'Luật', en: 'Law' },
  nghi_dinh: { vi: 'Nghị định', en: 'Decree' },
  thong_tu: { vi: 'Thông tư', en: 'Circular' },
  khac: { vi: 'Khác', en: 'Other' },
};

export const PLAN_STATUSES = ['draft', 'issued'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  issued: { vi: 'Đã ban hành', en: 'Issued' },
};

export const TASK_RECURRENCES = ['none', 'monthly', 'quarterly', 'six_monthly', 'yearly'] as const;
export type TaskRecurrence = (typeof TASK_RECURRENCES)[number];
export const TASK_RECURRENCE_LABELS: Record<TaskRecurrence, { vi: string; en: string }> = {
  none: { vi: 'Một lần (có thời hạn)', en: 'Once (with a deadline)' },
  monthly: { vi: 'Hằng tháng', en: 'Monthly' },
  quarterly: { vi: 'Hằng quý', en: 'Quarterly' },
  six_monthly: { vi: '6 tháng một lần', en: 'Every six months' },
  yearly: { vi: 'Hằng năm', en: 'Yearly' },
};

export const TASK_STATUSES = ['draft', 'assigned', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: Record<TaskStatus, { vi: string; en: string }> = {
  draft: { vi: 'Chưa giao (kế hoạch dự thảo)', en: 'Not assigned yet (draft plan)' },
  assigned: { vi: 'Đã giao', en: 'Assigned' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

/** What the assignee records. */
export const ASSIGNMENT_STATUSES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, { vi: string; en: string }> = {
  not_started: { vi: 'Chưa thực hiện', en: 'Not started' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

/** Where an assignment stands against its due date (derived, for colours and filters). */
export const DEADLINE_STATES = [
  'done_on_time',
  'done_late',
  'pending',
  'due_soon',
  'overdue',
  'cancelled',
] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];
export const DEADLINE_STATE_LABELS: Record<DeadlineState, { vi: string; en: string }> = {
  done_on_time: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  done_late: { vi: 'Hoàn thành quá hạn', en: 'Done late' },
  pending: { vi: 'Trong hạn', en: 'On track' },
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const PLAN_COMPLIANCE_STATUSES = ['issued', 'late', 'missing', 'pending'] as const;
export type PlanComplianceState = (typeof PLAN_COMPLIANCE_STATUSES)[number];
export const PLAN_COMPLIANCE_LABELS: Record<PlanComplianceState, { vi: string; en: string }> = {
  issued: { vi: 'Đã ban hành đúng hạn', en: 'Issued on time' },
  late: { vi: 'Ban hành chậm', en: 'Issued late' },
  missing: { vi: 'Chưa ban hành (quá hạn)', en: 'Missing (overdue)' },
  pending: { vi: 'Chưa đến hạn', en: 'Not yet due' },
};

export const MOVEMENT_KINDS = ['phong_trao_thi_dua', 'phong_trao', 'cuoc_van_dong'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const MOVEMENT_KIND_LABELS: Record<MovementKind, { vi: string; en: string }> = {
  phong_trao_thi_dua: { vi: 'Phong trào thi đua', en: 'Emulation movement' },
  phong_trao: { vi: 'Phong trào', en: 'Movement' },
  cuoc_van_dong: { vi: 'Cuộc vận động', en: 'Campaign' },
};

// ---------------------------------------------------------------------------------------------
// Report figures this module provides (core/figures.ts keys).

export const PLANS_FIGURE_KEYS = [
  'plans.plans_issued',
  'plans.tasks_assigned',
  'plans.tasks_done',
  'plans.tasks_overdue',
  'plans.leader_assigned',
] as const;
export type PlansFigureKey = (typeof PLANS_FIGURE_KEYS)[number];
