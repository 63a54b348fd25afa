/**
 * Plans and tasks (kế hoạch, nhiệm vụ): guiding documents, plans with their cascade to subordinate
 * units, tasks assigned to many units with per-unit progress, leaders in charge, year themes and
 * emulation movements. Inputs are validated here with Vietnamese messages; outputs describe what the
 * server returns, each record with `can` (what the actor may do with it).
 */
import { z } from 'zod';
import { Id, IdList, Int, IsoDate, Key, PageQuery, Text, updateOf } from './common.ts';
import { formatCount, labelled } from './labels.ts';
import { UNIT_KIND_CODES } from './org.ts';

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
// Shared pieces

/** Query-string boolean: 'true' / '1' are true, anything else false. */
const QueryBool = z
  .union([z.boolean(), z.string()])
  .transform((v) => v === true || v === 'true' || v === '1');
const queryBool = (label: string) => labelled(QueryBool, label);

const idList = (label: string) => labelled(IdList, label);
/** Free text of at most `max` characters, labelled. */
const text = (max: number, label: string) =>
  labelled(
    z
      .string()
      .trim()
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
/** A list of free texts (purposes, requirements, recipients…): the list is labelled, items are its rows. */
const textList = (maxItems: number, maxLength: number, label: string) =>
  labelled(
    z
      .array(
        z
          .string()
          .trim()
          .max(maxLength, `Tối đa ${formatCount(maxLength)} ký tự`),
      )
      .max(maxItems, `Tối đa ${formatCount(maxItems)} dòng`),
    label,
  );
const query = (max: number) => Text(max, 'Từ khóa');
const required = (label: string, max: number) =>
  labelled(
    z
      .string()
      .trim()
      .min(1, `${label} không được để trống`)
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
const unitId = (label = 'Đơn vị') => labelled(Id, label);
const date = (label: string) => labelled(IsoDate, label);

/** Which units: every unit of the groups, of the kinds, and the listed ones (union). */
export const UnitSelector = z.object({
  groups: labelled(z.array(Key(60, 'Khối')).max(50, 'Tối đa 50 khối'), 'Khối').default([]),
  kinds: labelled(z.array(z.enum(UNIT_KIND_CODES)).max(20, 'Tối đa 20 loại đơn vị'), 'Loại đơn vị').default(
    [],
  ),
  unitIds: idList('Đơn vị cụ thể').default([]),
});
export type UnitSelector = z.infer<typeof UnitSelector>;

export const UnitRef = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export type UnitRef = z.infer<typeof UnitRef>;

export const DocRef = z.object({
  id: z.number().int(),
  numberSymbol: z.string(),
  kind: z.string(),
  title: z.string(),
  issuedOn: z.string(),
});
export type DocRef = z.infer<typeof DocRef>;

const Can = z.record(z.string(), z.boolean());

// ---------------------------------------------------------------------------------------------
// Guiding documents (văn bản chỉ đạo)

export const GuidingDocument = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  numberSymbol: z.string(),
  issuedOn: z.string(),
  issuer: z.string(),
  kind: z.enum(GUIDING_DOCUMENT_KINDS),
  title: z.string(),
  summary: z.string(),
  sharedWithSubunits: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  can: Can,
});
export type GuidingDocument = z.infer<typeof GuidingDocument>;

export const GuidingDocumentQuery = PageQuery.extend({
  q: query(200).optional(),
  kind: labelled(z.enum(GUIDING_DOCUMENT_KINDS), 'Loại văn bản').optional(),
  year: Int(1945, 2100, 'Năm').optional(),
  /** Documents usable by this unit: its own and those its superiors share. */
  unitId: unitId().optional(),
});
export type GuidingDocumentQuery = z.infer<typeof GuidingDocumentQuery>;

export const CreateGuidingDocument = z.object({
  unitId: unitId(),
  numberSymbol: required('Số, ký hiệu', 100),
  issuedOn: date('Ngày ban hành'),
  issuer: required('Cơ quan ban hành', 300),
  kind: labelled(
    z.enum(GUIDING_DOCUMENT_KINDS, { message: 'Loại văn bản không hợp lệ, hãy chọn trong danh sách' }),
    'Loại văn bản',
  ),
  title: required('Trích yếu', 1000),
  summary: text(5000, 'Tóm tắt nội dung').default(''),
  sharedWithSubunits: labelled(z.boolean(), 'Chia sẻ cho đơn vị cấp dưới').default(true),
});
export type CreateGuidingDocument = z.infer<typeof CreateGuidingDocument>;
export const UpdateGuidingDocument = updateOf(CreateGuidingDocument.omit({ unitId: true }).shape);
export type UpdateGuidingDocument = z.infer<typeof UpdateGuidingDocument>;

// ---------------------------------------------------------------------------------------------
// Plans (kế hoạch)

export const PlanSection = z.object({
  /** 'II', 'II.1', 'III.3'… : a Roman numeral is a part, 'II.1' an item of part II. */
  number: labelled(
    z
      .string()
      .trim()
      .min(1, 'Số mục không được để trống')
      .max(20, 'Số mục: tối đa 20 ký tự')
      .regex(/^[IVXLC]+(\.\d+)*$/, 'Số mục phải có dạng I, II, II.1…'),
    'Số mục',
  ),
  title: required('Tên mục', 1000),
  body: text(20000, 'Nội dung mục').default(''),
});
const sections = labelled(z.array(PlanSection).max(200, 'Tối đa 200 mục'), 'Các mục');
export type PlanSection = z.infer<typeof PlanSection>;

const planFields = {
  year: Int(2000, 2100, 'Năm'),
  numberSymbol: text(100, 'Số, ký hiệu').default(''),
  title: required('Trích yếu kế hoạch', 1000),
  issuerName: text(300, 'Tên cơ quan ban hành').optional(),
  issuerParent: text(300, 'Tên cơ quan chủ quản').nullish(),
  place: text(100, 'Địa danh').optional(),
  basis: text(5000, 'Căn cứ').default(''),
  purposes: textList(50, 5000, 'Mục đích').default([]),
  requirements: textList(50, 5000, 'Yêu cầu').default([]),
  sections: sections.default([]),
  closing: text(5000, 'Phần kết').default(''),
  recipients: textList(60, 300, 'Nơi nhận').default([]),
  signerAuthority: text(100, 'Thẩm quyền ký').default(''),
  signerPosition: text(200, 'Chức vụ người ký').default(''),
  signerName: text(200, 'Họ tên người ký').default(''),
  parentPlanId: labelled(Id, 'Kế hoạch cấp trên').nullish(),
  themeId: labelled(Id, 'Chủ đề năm').nullish(),
  movementIds: idList('Phong trào thi đua').default([]),
  guidingDocumentIds: idList('Văn bản chỉ đạo').default([]),
  /** Units that must issue their own plan linked to this one, and by when. */
  requiredSelector: labelled(UnitSelector, 'Đơn vị phải ban hành kế hoạch').nullish(),
  requiredDue: date('Hạn ban hành kế hoạch của đơn vị').nullish(),
};

export const CreatePlan = z.object({ unitId: unitId(), ...planFields });
export type CreatePlan = z.infer<typeof CreatePlan>;

export const UpdatePlan = updateOf({
  year: planFields.year.optional(),
  numberSymbol: text(100, 'Số, ký hiệu').optional(),
  title: planFields.title.optional(),
  issuerName: planFields.issuerName,
  issuerParent: planFields.issuerParent,
  place: planFields.place,
  basis: text(5000, 'Căn cứ').optional(),
  purposes: textList(50, 5000, 'Mục đích').optional(),
  requirements: textList(50, 5000, 'Yêu cầu').optional(),
  sections: sections.optional(),
  closing: text(5000, 'Phần kết').optional(),
  recipients: textList(60, 300, 'Nơi nhận').optional(),
  signerAuthority: text(100, 'Thẩm quyền ký').optional(),
  signerPosition: text(200, 'Chức vụ người ký').optional(),
  signerName: text(200, 'Họ tên người ký').optional(),
  parentPlanId: planFields.parentPlanId,
  themeId: planFields.themeId,
  movementIds: idList('Phong trào thi đua').optional(),
  guidingDocumentIds: idList('Văn bản chỉ đạo').optional(),
  requiredSelector: planFields.requiredSelector,
  requiredDue: planFields.requiredDue,
});
export type UpdatePlan = z.infer<typeof UpdatePlan>;

export const IssuePlan = z.object({
  /** Ngày ban hành; today when absent. Not in the future. */
  issuedOn: date('Ngày ban hành').optional(),
  /** The number and symbol given by the registry (văn thư) when issuing, if not set yet. */
  numberSymbol: text(100, 'Số, ký hiệu').optional(),
});
export type IssuePlan = z.infer<typeof IssuePlan>;

export const PlanListQuery = PageQuery.extend({
  q: query(200).optional(),
  unitId: unitId().optional(),
  /** With unitId: include the plans of the unit's whole subtree. */
  subtree: queryBool('Gồm cả đơn vị cấp dưới').optional(),
  year: Int(2000, 2100, 'Năm').optional(),
  status: labelled(z.enum(PLAN_STATUSES), 'Trạng thái').optional(),
  parentPlanId: labelled(Id, 'Kế hoạch cấp trên').optional(),
});
export type PlanListQuery = z.infer<typeof PlanListQuery>;

export const PlanSummary = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  numberSymbol: z.string(),
  title: z.string(),
  status: z.enum(PLAN_STATUSES),
  issuedOn: z.string().nullable(),
  parentPlanId: z.number().int().nullable(),
  parentPlanTitle: z.string().nullable(),
  requiredDue: z.string().nullable(),
  requiredCount: z.number().int(),
  taskCount: z.number().int(),
  isDemo: z.boolean(),
  updatedAt: z.string(),
  can: Can,
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const Plan = PlanSummary.extend({
  issuerName: z.string(),
  issuerParent: z.string().nullable(),
  place: z.string(),
  basis: z.string(),
  purposes: z.array(z.string()),
  requirements: z.array(z.string()),
  sections: z.array(PlanSection),
  closing: z.string(),
  recipients: z.array(z.string()),
  signerAuthority: z.string(),
  signerPosition: z.string(),
  signerName: z.string(),
  themeId: z.number().int().nullable(),
  themeName: z.string().nullable(),
  movements: z.array(z.object({ id: z.number().int(), name: z.string() })),
  guidingDocuments: z.array(DocRef),
  requiredSelector: UnitSelector.nullable(),
  issuedAt: z.string().nullable(),
  issuedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type Plan = z.infer<typeof Plan>;

/** A plan that requires the unit's own plan, with where the unit stands. */
export const PlanRequirementOfUnit = z.object({
  planId: z.number().int(),
  planTitle: z.string(),
  planNumberSymbol: z.string(),
  planUnitName: z.string(),
  requiredDue: z.string(),
  status: z.enum(PLAN_COMPLIANCE_STATUSES),
  ownPlanId: z.number().int().nullable(),
  ownPlanStatus: z.enum(PLAN_STATUSES).nullable(),
  ownPlanIssuedOn: z.string().nullable(),
});
export type PlanRequirementOfUnit = z.infer<typeof PlanRequirementOfUnit>;

export const PlanComplianceQuery = z.object({
  status: labelled(z.enum(PLAN_COMPLIANCE_STATUSES), 'Tình trạng ban hành').optional(),
  group: Key(60, 'Khối').optional(),
  q: query(200).optional(),
});
export const PlanComplianceRow = z.object({
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  groups: z.array(z.string()),
  status: z.enum(PLAN_COMPLIANCE_STATUSES),
  ownPlanId: z.number().int().nullable(),
  ownPlanNumberSymbol: z.string().nullable(),
  ownPlanIssuedOn: z.string().nullable(),
  /** A draft linked plan exists (the unit is working on it). */
  hasDraft: z.boolean(),
  daysLate: z.number().int(),
});
export type PlanComplianceRow = z.infer<typeof PlanComplianceRow>;
export const PlanCompliance = z.object({
  planId: z.number().int(),
  requiredDue: z.string().nullable(),
  today: z.string(),
  summary: z.object({
    issued: z.number().int(),
    late: z.number().int(),
    missing: z.number().int(),
    pending: z.number().int(),
    total: z.number().int(),
    issuedRate: z.number().nullable(),
  }),
  rows: z.array(PlanComplianceRow),
});
export type PlanCompliance = z.infer<typeof PlanCompliance>;

// ---------------------------------------------------------------------------------------------
// Tasks (nhiệm vụ) and assignments

const taskFields = {
  code: text(30, 'Mã nhiệm vụ').default(''),
  sectionNumber: text(20, 'Thuộc mục').default(''),
  title: required('Tên nhiệm vụ', 1000),
  description: text(10000, 'Nội dung nhiệm vụ').default(''),
  leadUnitId: labelled(Id, 'Đơn vị chủ trì').nullish(),
  coordinatingUnitIds: idList('Đơn vị phối hợp').default([]),
  assignTo: labelled(UnitSelector, 'Đơn vị thực hiện'),
  recurrence: labelled(
    z.enum(TASK_RECURRENCES, { message: 'Chu kỳ lặp lại không hợp lệ, hãy chọn trong danh sách' }),
    'Chu kỳ lặp lại',
  ).default('none'),
  /** The deadline (once) or the first due date (recurring; period ends when absent). */
  dueDate: date('Thời hạn').nullish(),
  expectedProduct: text(2000, 'Sản phẩm dự kiến').default(''),
  guidingDocumentIds: idList('Văn bản chỉ đạo').default([]),
};
export const CreateTask = z.object(taskFields);
export type CreateTask = z.infer<typeof CreateTask>;
export const UpdateTask = updateOf({
  code: text(30, 'Mã nhiệm vụ').optional(),
  sectionNumber: text(20, 'Thuộc mục').optional(),
  title: taskFields.title.optional(),
  description: text(10000, 'Nội dung nhiệm vụ').optional(),
  leadUnitId: taskFields.leadUnitId,
  coordinatingUnitIds: idList('Đơn vị phối hợp').optional(),
  assignTo: taskFields.assignTo.optional(),
  recurrence: taskFields.recurrence.optional(),
  dueDate: taskFields.dueDate,
  expectedProduct: text(2000, 'Sản phẩm dự kiến').optional(),
  guidingDocumentIds: idList('Văn bản chỉ đạo').optional(),
});
export type UpdateTask = z.infer<typeof UpdateTask>;

export const TaskProgressSummary = z.object({
  total: z.number().int(),
  done: z.number().int(),
  inProgress: z.number().int(),
  overdue: z.number().int(),
});
export type TaskProgressSummary = z.infer<typeof TaskProgressSummary>;

export const Task = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  planTitle: z.string(),
  unitId: z.number().int(),
  code: z.string(),
  sectionNumber: z.string(),
  title: z.string(),
  description: z.string(),
  leadUnit: UnitRef.nullable(),
  coordinatingUnits: z.array(UnitRef),
  assignTo: UnitSelector,
  recurrence: z.enum(TASK_RECURRENCES),
  dueDate: z.string().nullable(),
  expectedProduct: z.string(),
  guidingDocuments: z.array(DocRef),
  status: z.enum(TASK_STATUSES),
  progress: TaskProgressSummary,
  createdAt: z.string(),
  can: Can,
});
export type Task = z.infer<typeof Task>;

export const TaskAssignment = z.object({
  id: z.number().int(),
  taskId: z.number().int(),
  taskCode: z.string(),
  taskTitle: z.string(),
  expectedProduct: z.string(),
  recurrence: z.enum(TASK_RECURRENCES),
  planId: z.number().int(),
  planTitle: z.string(),
  planNumberSymbol: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  periodDue: z.string(),
  periodLabel: z.string(),
  status: z.enum(ASSIGNMENT_STATUSES),
  deadline: z.enum(DEADLINE_STATES),
  daysRemaining: z.number().int().nullable(),
  progress: z.number().int(),
  note: z.string(),
  completedOn: z.string().nullable(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
  fileCount: z.number().int(),
  can: Can,
});
export type TaskAssignment = z.infer<typeof TaskAssignment>;

export const TaskAssignmentDetail = TaskAssignment.extend({
  taskDescription: z.string(),
  leadUnit: UnitRef.nullable(),
  guidingDocuments: z.array(DocRef),
  history: z.array(
    z.object({ at: z.string(), actorName: z.string().nullable(), action: z.string(), after: z.unknown() }),
  ),
});
export type TaskAssignmentDetail = z.infer<typeof TaskAssignmentDetail>;

export const UpdateTaskAssignment = z
  .object({
    status: labelled(
      z.enum(['not_started', 'in_progress', 'done'], {
        message: 'Trạng thái không hợp lệ, hãy chọn trong danh sách',
      }),
      'Trạng thái',
    ).optional(),
    progress: labelled(
      z
        .number({ error: 'Phải là một số nguyên từ 0 đến 100' })
        .int('Phải là số nguyên từ 0 đến 100, không có phần thập phân')
        .min(0, 'Phải từ 0 đến 100, không được âm')
        .max(100, 'Phải từ 0 đến 100'),
      'Tiến độ (%)',
    ).optional(),
    note: text(5000, 'Ghi chú').optional(),
    /** Completion day (done); today when absent. */
    completedOn: date('Ngày hoàn thành').nullish(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: 'Không có thông tin nào để cập nhật: hãy nhập ít nhất một trường cần thay đổi.',
  });
export type UpdateTaskAssignment = z.infer<typeof UpdateTaskAssignment>;

export const MyTasksQuery = PageQuery.extend({
  /** The unit whose tasks to list (the actor's active unit by default). */
  unitId: unitId().optional(),
  state: labelled(z.enum(['open', 'overdue', 'due_soon', 'done', 'all']), 'Tình trạng').default('open'),
  planId: labelled(Id, 'Kế hoạch').optional(),
  from: date('Từ ngày').optional(),
  to: date('Đến ngày').optional(),
  q: query(200).optional(),
});
export type MyTasksQuery = z.infer<typeof MyTasksQuery>;

export const MyTasks = z.object({
  unit: UnitRef,
  counts: z.object({
    open: z.number().int(),
    overdue: z.number().int(),
    dueSoon: z.number().int(),
    done: z.number().int(),
  }),
  items: z.array(TaskAssignment),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type MyTasks = z.infer<typeof MyTasks>;

export const MatrixQuery = z.object({
  page: Int(1, 100_000, 'Số trang').default(1),
  pageSize: Int(1, 200, 'Số dòng mỗi trang').default(50),
  group: Key(60, 'Khối').optional(),
  kind: labelled(z.enum(UNIT_KIND_CODES), 'Loại đơn vị').optional(),
  q: query(200).optional(),
  sectionNumber: Text(20, 'Số mục').optional(),
  taskId: labelled(Id, 'Nhiệm vụ').optional(),
  /** Only units with at least one cell in this state. */
  state: labelled(z.enum(['overdue', 'open', 'done']), 'Tình trạng').optional(),
  /** Compute the per-task totals (false when only turning pages: the totals do not change). */
  withTotals: queryBool('Tính tổng theo nhiệm vụ').default(true),
});
export type MatrixQuery = z.infer<typeof MatrixQuery>;

export const MatrixCell = z.object({
  /** The current occurrence: the earliest not yet done, else the last. */
  assignmentId: z.number().int(),
  status: z.enum(ASSIGNMENT_STATUSES),
  deadline: z.enum(DEADLINE_STATES),
  progress: z.number().int(),
  periodDue: z.string(),
  /** Occurrences (1 for a one-off task) and how many are done / overdue. */
  total: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
});
export type MatrixCell = z.infer<typeof MatrixCell>;

export const Matrix = z.object({
  planId: z.number().int(),
  today: z.string(),
  tasks: z.array(
    z.object({
      id: z.number().int(),
      code: z.string(),
      sectionNumber: z.string(),
      title: z.string(),
      recurrence: z.enum(TASK_RECURRENCES),
      dueDate: z.string().nullable(),
      /** Over every unit matching the filters (not only this page); null when not asked for. */
      summary: TaskProgressSummary.nullable(),
    }),
  ),
  units: z.array(
    z.object({
      id: z.number().int(),
      code: z.string(),
      name: z.string(),
      /** Cells by task id (absent: the unit has no assignment for that task). */
      cells: z.record(z.string(), MatrixCell),
    }),
  ),
  totalUnits: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type Matrix = z.infer<typeof Matrix>;

export const TaskImportRow = z.object({
  row: z.number().int(),
  code: z.string(),
  title: z.string(),
  assignees: z.number().int(),
  errors: z.array(z.string()),
});
export const TaskImportPreview = z.object({
  rows: z.array(TaskImportRow),
  valid: z.number().int(),
  invalid: z.number().int(),
});
export type TaskImportPreview = z.infer<typeof TaskImportPreview>;

// ---------------------------------------------------------------------------------------------
// Leaders in charge (phân công lãnh đạo phụ trách công tác dân vận chính quyền)

export const LeaderAssignment = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  leaderName: z.string(),
  position: z.string(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  decisionIssuer: z.string(),
  note: z.string(),
  active: z.boolean(),
  isDemo: z.boolean(),
  can: Can,
});
export type LeaderAssignment = z.infer<typeof LeaderAssignment>;

export const CreateLeaderAssignment = z.object({
  unitId: unitId(),
  leaderName: required('Họ tên lãnh đạo', 200),
  position: required('Chức vụ', 200),
  fromDate: date('Phụ trách từ ngày'),
  toDate: date('Phụ trách đến ngày').nullish(),
  decisionNumber: required('Số văn bản phân công', 100),
  decisionDate: date('Ngày văn bản phân công'),
  decisionIssuer: text(300, 'Cơ quan ban hành văn bản phân công').default(''),
  note: text(2000, 'Ghi chú').default(''),
});
export type CreateLeaderAssignment = z.infer<typeof CreateLeaderAssignment>;
export const UpdateLeaderAssignment = updateOf(CreateLeaderAssignment.omit({ unitId: true }).shape);
export type UpdateLeaderAssignment = z.infer<typeof UpdateLeaderAssignment>;

export const LeaderListQuery = PageQuery.extend({
  unitId: unitId().optional(),
  activeOnly: queryBool('Chỉ phân công còn hiệu lực').optional(),
  q: query(200).optional(),
});
export const LeaderComplianceQuery = z.object({
  unitId: unitId().optional(),
  group: Key(60, 'Khối').optional(),
  kind: labelled(z.enum(UNIT_KIND_CODES), 'Loại đơn vị').optional(),
  asOf: date('Tại ngày').optional(),
  /** Only units without a leader in charge (default) or every unit. */
  missingOnly: queryBool('Chỉ đơn vị chưa phân công lãnh đạo').default(true),
});
export type LeaderComplianceQuery = z.infer<typeof LeaderComplianceQuery>;
export const LeaderCompliance = z.object({
  asOf: z.string(),
  total: z.number().int(),
  withLeader: z.number().int(),
  without: z.number().int(),
  rows: z.array(
    z.object({
      unitId: z.number().int(),
      unitCode: z.string(),
      unitName: z.string(),
      kind: z.string(),
      leaderName: z.string().nullable(),
      position: z.string().nullable(),
      decisionNumber: z.string().nullable(),
      fromDate: z.string().nullable(),
    }),
  ),
});
export type LeaderCompliance = z.infer<typeof LeaderCompliance>;

// ---------------------------------------------------------------------------------------------
// Year themes and emulation movements

export const YearTheme = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  name: z.string(),
  description: z.string(),
  contents: z.array(z.string()),
  guidingDocuments: z.array(DocRef),
  isDemo: z.boolean(),
  can: Can,
});
export type YearTheme = z.infer<typeof YearTheme>;
export const CreateYearTheme = z.object({
  unitId: unitId(),
  year: Int(2000, 2100, 'Năm'),
  name: required('Tên chủ đề năm', 300),
  description: text(10000, 'Mô tả').default(''),
  contents: textList(50, 5000, 'Nội dung trọng tâm').default([]),
  guidingDocumentIds: idList('Văn bản chỉ đạo').default([]),
});
export type CreateYearTheme = z.infer<typeof CreateYearTheme>;
export const UpdateYearTheme = updateOf(CreateYearTheme.omit({ unitId: true }).shape);
export type UpdateYearTheme = z.infer<typeof UpdateYearTheme>;
export const ThemeListQuery = z.object({
  unitId: unitId().optional(),
  year: Int(2000, 2100, 'Năm').optional(),
});

export const Movement = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(MOVEMENT_KINDS),
  description: z.string(),
  fields: z.array(z.string()),
  requirements: z.array(z.string()),
  guidingDocuments: z.array(DocRef),
  active: z.boolean(),
  isDemo: z.boolean(),
  can: Can,
});
export type Movement = z.infer<typeof Movement>;
export const CreateMovement = z.object({
  unitId: unitId(),
  code: labelled(
    z
      .string()
      .trim()
      .min(1, 'Mã phong trào không được để trống')
      .max(60, 'Mã phong trào: tối đa 60 ký tự')
      .regex(/^[a-z0-9_]+$/, 'Mã phong trào chỉ gồm chữ thường không dấu, số và dấu gạch dưới'),
    'Mã phong trào',
  ),
  name: required('Tên phong trào', 300),
  kind: labelled(
    z.enum(MOVEMENT_KINDS, { message: 'Loại phong trào không hợp lệ, hãy chọn trong danh sách' }),
    'Loại phong trào',
  ),
  description: text(10000, 'Mô tả').default(''),
  fields: textList(20, 100, 'Lĩnh vực').default([]),
  requirements: textList(50, 5000, 'Yêu cầu').default([]),
  guidingDocumentIds: idList('Văn bản chỉ đạo').default([]),
  active: labelled(z.boolean(), 'Đang phát động').default(true),
});
export type CreateMovement = z.infer<typeof CreateMovement>;
export const UpdateMovement = updateOf(CreateMovement.omit({ unitId: true, code: true }).shape);
export type UpdateMovement = z.infer<typeof UpdateMovement>;
export const MovementListQuery = z.object({
  unitId: unitId().optional(),
  activeOnly: queryBool('Chỉ phong trào đang phát động').optional(),
});

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
