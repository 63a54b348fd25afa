import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CreatePlan,
  CreateTask,
  IdParam,
  IssuePlan,
  Matrix,
  MatrixQuery,
  MyTasks,
  MyTasksQuery,
  paged,
  Plan,
  PlanCompliance,
  PlanComplianceQuery,
  PlanListQuery,
  PlanRequirementOfUnit,
  PlanSummary,
  PlanTaskListQuery,
  Task,
  TaskAssignmentDetail,
  TaskImportPreview,
  TaskImportResult,
  UnitQuery,
  UpdatePlan,
  UpdateTask,
  UpdateTaskAssignment,
} from '@danvan/contracts';
import { download, route } from '../../core/route.ts';
import { readUpload } from '../../core/files.ts';
import { getAssignment, myTasks } from './assignment/read-assignment.ts';
import { updateAssignment } from './assignment/update-assignment.ts';
import { exportMyTasks } from './assignment/export-my-tasks.ts';
import { getPlan, listPlans } from './plan/read-plan.ts';
import { createPlan } from './plan/create-plan.ts';
import { updatePlan } from './plan/update-plan.ts';
import { deletePlan } from './plan/delete-plan.ts';
import { issuePlan } from './plan/issue-plan.ts';
import { getTask, listTasks } from './task/read-task.ts';
import { createTask } from './task/create-task.ts';
import { updateTask } from './task/update-task.ts';
import { cancelTask } from './task/cancel-task.ts';
import { deleteTask } from './task/delete-task.ts';
import { commitTaskImport, previewTaskImport } from './task/import-tasks.ts';
import { listRequirementsOfUnit, planCompliance } from './matrix/read-compliance.ts';
import { matrix } from './matrix/read-matrix.ts';
import { exportMatrix } from './matrix/export-matrix.ts';
import * as documents from './plans.documents.ts';
import { registerRegisterRoutes } from './plans.registers.routes.ts';
import { DOCX, tags, XLSX } from './shared/route-helpers.ts';

const UnitIdQuery = UnitQuery;
const CancelTask = z.object({ reason: z.string().trim().max(1000).optional() });

export function registerPlansRoutes(app: FastifyInstance) {
  registerRegisterRoutes(app);

  // --- A unit's tasks ("Nhiệm vụ của tôi") and their assignments -------------------------------
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/my-tasks',
    operationId: 'listMyTasks',
    access: 'plans:read',
    tags,
    summary: 'Nhiệm vụ được giao cho đơn vị',
    response: MyTasks,
    query: MyTasksQuery,
    handler: (ctx, { query }) => myTasks(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/my-tasks.xlsx',
    operationId: 'exportMyTasks',
    access: 'plans:read',
    tags,
    summary: 'Xuất nhiệm vụ của đơn vị ra .xlsx',
    response: { file: [XLSX] },
    query: MyTasksQuery.omit({ page: true, pageSize: true }),
    handler: async (ctx, { query }) =>
      download({
        filename: 'nhiem-vu-cua-don-vi.xlsx',
        contentType: XLSX,
        body: await exportMyTasks(ctx, query),
      }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/assignments/:id',
    operationId: 'getTaskAssignment',
    access: 'plans:read',
    tags,
    summary: 'Một nhiệm vụ được giao cho một đơn vị, với lịch sử cập nhật',
    response: TaskAssignmentDetail,
    params: IdParam,
    handler: (ctx, { params }) => getAssignment(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/plans/assignments/:id',
    operationId: 'updateTaskAssignment',
    access: 'plans:unit-write',
    tags,
    summary: 'Cập nhật trạng thái, tiến độ, ghi chú của đơn vị',
    response: TaskAssignmentDetail,
    params: IdParam,
    body: UpdateTaskAssignment,
    handler: (ctx, { params, body }) => updateAssignment(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/requirements',
    operationId: 'listPlanRequirements',
    access: 'plans:read',
    tags,
    summary: 'Kế hoạch cấp trên yêu cầu đơn vị ban hành kế hoạch, và tình trạng của đơn vị',
    response: paged(PlanRequirementOfUnit),
    query: UnitIdQuery,
    handler: (ctx, { query }) => listRequirementsOfUnit(ctx, query.unitId),
  });

  // --- Tasks ---------------------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/tasks/:id',
    operationId: 'getTask',
    access: 'plans:read',
    tags,
    summary: 'Một nhiệm vụ',
    response: Task,
    params: IdParam,
    handler: (ctx, { params }) => getTask(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/plans/tasks/:id',
    operationId: 'updateTask',
    access: 'plans:unit-write',
    tags,
    summary: 'Sửa nhiệm vụ, thêm, bớt đơn vị được giao',
    response: Task,
    params: IdParam,
    body: UpdateTask,
    handler: (ctx, { params, body }) => updateTask(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/tasks/:id/cancel',
    operationId: 'cancelTask',
    access: 'plans:unit-write',
    tags,
    summary: 'Hủy nhiệm vụ',
    response: Task,
    params: IdParam,
    body: CancelTask,
    handler: (ctx, { params, body }) => cancelTask(ctx, params.id, body?.reason),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/plans/tasks/:id',
    operationId: 'deleteTask',
    access: 'plans:unit-write',
    tags,
    summary: 'Xóa nhiệm vụ chưa giao',
    response: null,
    params: IdParam,
    handler: (ctx, { params }) => deleteTask(ctx, params.id),
  });

  // --- Plans ---------------------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: '/api/v1/plans',
    operationId: 'listPlans',
    access: 'plans:read',
    tags,
    summary: 'Danh sách kế hoạch (của đơn vị trong phạm vi và kế hoạch cấp trên đã ban hành)',
    response: paged(PlanSummary),
    query: PlanListQuery,
    handler: (ctx, { query }) => listPlans(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans',
    operationId: 'createPlan',
    access: 'plans:unit-write',
    tags,
    summary: 'Soạn kế hoạch (dự thảo)',
    response: Plan,
    body: CreatePlan,
    handler: (ctx, { body }) => createPlan(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id',
    operationId: 'getPlan',
    access: 'plans:read',
    tags,
    summary: 'Một kế hoạch',
    response: Plan,
    params: IdParam,
    handler: (ctx, { params }) => getPlan(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/plans/:id',
    operationId: 'updatePlan',
    access: 'plans:unit-write',
    tags,
    summary: 'Sửa kế hoạch dự thảo (kế hoạch đã ban hành: chỉ yêu cầu đơn vị xây dựng kế hoạch)',
    response: Plan,
    params: IdParam,
    body: UpdatePlan,
    handler: (ctx, { params, body }) => updatePlan(ctx, params.id, body),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/plans/:id',
    operationId: 'deletePlan',
    access: 'plans:unit-write',
    tags,
    summary: 'Xóa kế hoạch dự thảo',
    response: null,
    params: IdParam,
    handler: (ctx, { params }) => deletePlan(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/:id/issue',
    operationId: 'issuePlan',
    access: 'plans:issue',
    tags,
    summary: 'Ban hành kế hoạch: giao nhiệm vụ, yêu cầu đơn vị xây dựng kế hoạch',
    response: Plan,
    params: IdParam,
    body: IssuePlan,
    handler: (ctx, { params, body }) => issuePlan(ctx, params.id, body ?? {}),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id/document.docx',
    operationId: 'downloadPlanDocument',
    access: 'plans:read',
    tags,
    summary: 'Kế hoạch dạng .docx theo thể thức Nghị định 30/2020/NĐ-CP',
    response: { file: [DOCX] },
    params: IdParam,
    handler: async (ctx, { params }) => {
      const { buffer, filename } = await documents.planDocx(ctx, params.id);
      return download({ filename, contentType: DOCX, body: buffer });
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id/compliance',
    operationId: 'getPlanCompliance',
    access: 'plans:read',
    tags,
    summary: 'Tình hình ban hành kế hoạch của các đơn vị được yêu cầu',
    response: PlanCompliance,
    params: IdParam,
    query: PlanComplianceQuery,
    handler: (ctx, { params, query }) => planCompliance(ctx, params.id, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id/compliance.xlsx',
    operationId: 'exportPlanCompliance',
    access: 'plans:read',
    tags,
    summary: 'Xuất tình hình ban hành kế hoạch ra .xlsx',
    response: { file: [XLSX] },
    params: IdParam,
    query: PlanComplianceQuery,
    handler: async (ctx, { params, query }) =>
      download({
        filename: `tinh-hinh-ban-hanh-ke-hoach-${params.id}.xlsx`,
        contentType: XLSX,
        body: await documents.complianceXlsx(ctx, params.id, query),
      }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id/tasks',
    operationId: 'listPlanTasks',
    access: 'plans:read',
    tags,
    summary: 'Nhiệm vụ của kế hoạch',
    response: paged(Task),
    params: IdParam,
    query: PlanTaskListQuery,
    handler: (ctx, { params, query }) => listTasks(ctx, params.id, query),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/:id/tasks',
    operationId: 'createTask',
    access: 'plans:unit-write',
    tags,
    summary: 'Thêm nhiệm vụ, giao cho nhiều đơn vị (theo nhóm, loại hoặc danh sách)',
    response: Task,
    params: IdParam,
    body: CreateTask,
    handler: (ctx, { params, body }) => createTask(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id/tasks.xlsx',
    operationId: 'exportPlanTasks',
    access: 'plans:read',
    tags,
    summary: 'Xuất danh mục nhiệm vụ ra .xlsx (cũng là mẫu để nhập)',
    response: { file: [XLSX] },
    params: IdParam,
    handler: async (ctx, { params }) =>
      download({
        filename: `nhiem-vu-ke-hoach-${params.id}.xlsx`,
        contentType: XLSX,
        body: await documents.tasksXlsx(ctx, params.id),
      }),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/:id/tasks/import',
    operationId: 'importPlanTasks',
    access: 'plans:unit-write',
    tags,
    summary: 'Nhập nhiệm vụ từ .xlsx (mode=preview: xem trước, không ghi)',
    response: z.union([TaskImportPreview, TaskImportResult]),
    upload: { file: 'Danh mục nhiệm vụ (.xlsx theo mẫu xuất)' },
    params: IdParam,
    query: z.object({ mode: z.enum(['preview', 'commit']).default('preview') }),
    handler: async (ctx, { params, query }, req) => {
      const upload = await readUpload(req, ctx.config.maxUploadBytes);
      return query.mode === 'commit'
        ? commitTaskImport(ctx, params.id, upload)
        : previewTaskImport(ctx, params.id, upload);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id/matrix',
    operationId: 'getTaskMatrix',
    access: 'plans:read',
    tags,
    summary: 'Ma trận nhiệm vụ × đơn vị',
    response: Matrix,
    params: IdParam,
    query: MatrixQuery,
    handler: (ctx, { params, query }) => matrix(ctx, params.id, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id/matrix.xlsx',
    operationId: 'exportTaskMatrix',
    access: 'plans:read',
    tags,
    summary: 'Xuất ma trận nhiệm vụ × đơn vị ra .xlsx',
    response: { file: [XLSX] },
    params: IdParam,
    query: MatrixQuery.omit({ page: true, pageSize: true }),
    handler: async (ctx, { params, query }) =>
      download({
        filename: `ma-tran-nhiem-vu-${params.id}.xlsx`,
        contentType: XLSX,
        body: await exportMatrix(ctx, params.id, query),
      }),
  });
}
