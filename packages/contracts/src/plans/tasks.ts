import { z } from 'zod';
import { Id, Int, Key, PageQuery, Text, updateOf } from '../common.ts';
import { labelled } from '../labels.ts';
import { UNIT_KIND_CODES } from '../org.ts';
import { ASSIGNMENT_STATUSES, DEADLINE_STATES, TASK_RECURRENCES, TASK_STATUSES } from './vocabulary.ts';
import {
  Can,
  date,
  DocRef,
  idList,
  query,
  queryBool,
  required,
  text,
  UnitRef,
  UnitSelector,
  UnitSelectorView,
  unitId,
} from './shared.ts';

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
  assignTo: UnitSelectorView,
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

/** The tasks of one plan, a page at a time (optionally of one section). */
export const PlanTaskListQuery = PageQuery.extend({
  sectionNumber: Text(20, 'Số mục').optional(),
});

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

/** What a committed task import did. */
export const TaskImportResult = z.object({ created: z.number().int() });
export type TaskImportResult = z.infer<typeof TaskImportResult>;
