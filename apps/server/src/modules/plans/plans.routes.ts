import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  CreateGuidingDocument,
  CreateLeaderAssignment,
  CreateMovement,
  CreatePlan,
  CreateTask,
  CreateYearTheme,
  GuidingDocumentQuery,
  IdParam,
  UnitQuery,
  IssuePlan,
  LeaderComplianceQuery,
  LeaderListQuery,
  MatrixQuery,
  MovementListQuery,
  MyTasksQuery,
  PlanComplianceQuery,
  PlanListQuery,
  ThemeListQuery,
  UpdateGuidingDocument,
  UpdateLeaderAssignment,
  UpdateMovement,
  UpdatePlan,
  UpdateTask,
  UpdateTaskAssignment,
  UpdateYearTheme,
} from '@danvan/contracts';
import { route } from '../../core/route.ts';
import { contentDisposition, readUpload } from '../../core/files.ts';
import * as docs from './guiding-documents.service.ts';
import * as plans from './plans.service.ts';
import * as savePlan from './save-plan.ts';
import { issuePlan } from './issue-plan.ts';
import * as tasks from './tasks.service.ts';
import * as saveTask from './save-task.ts';
import * as assignments from './assignments.service.ts';
import * as matrixSvc from './matrix.service.ts';
import * as leaders from './leaders.service.ts';
import * as themes from './themes.service.ts';
import * as documents from './plans.documents.ts';
import * as imp from './plans.import.ts';

const tags = ['Kế hoạch, nhiệm vụ'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const file = (reply: FastifyReply, type: string, name: string, buf: Buffer) =>
  reply.header('content-type', type).header('content-disposition', contentDisposition(name)).send(buf);

const UnitIdQuery = UnitQuery;
const CancelTask = z.object({ reason: z.string().trim().max(1000).optional() });

export function registerPlansRoutes(app: FastifyInstance) {
  // --- Guiding documents (văn bản chỉ đạo) ---------------------------------------------------
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/guiding-documents',
    access: 'plans:read',
    tags,
    summary: 'Sổ văn bản chỉ đạo (tìm không dấu)',
    query: GuidingDocumentQuery,
    handler: (ctx, { query }) => docs.listDocs(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/guiding-documents/export.xlsx',
    access: 'plans:read',
    tags,
    summary: 'Xuất sổ văn bản chỉ đạo ra .xlsx',
    query: GuidingDocumentQuery.omit({ page: true, pageSize: true }),
    handler: async (ctx, { query }, _req, reply) =>
      file(reply, XLSX, 'van-ban-chi-dao.xlsx', await docs.exportDocs(ctx, query)),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/guiding-documents/:id',
    access: 'plans:read',
    tags,
    summary: 'Một văn bản chỉ đạo',
    params: IdParam,
    handler: (ctx, { params }) => docs.getDoc(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/guiding-documents',
    access: 'plans:unit-write',
    tags,
    summary: 'Vào sổ văn bản chỉ đạo',
    body: CreateGuidingDocument,
    handler: (ctx, { body }) => docs.createDoc(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/plans/guiding-documents/:id',
    access: 'plans:unit-write',
    tags,
    summary: 'Sửa văn bản chỉ đạo',
    params: IdParam,
    body: UpdateGuidingDocument,
    handler: (ctx, { params, body }) => docs.updateDoc(ctx, params.id, body),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/plans/guiding-documents/:id',
    access: 'plans:unit-write',
    tags,
    summary: 'Xóa văn bản chỉ đạo chưa được viện dẫn',
    params: IdParam,
    handler: (ctx, { params }) => docs.deleteDoc(ctx, params.id),
  });

  // --- Year themes and movements -------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/themes',
    access: 'plans:read',
    tags,
    summary: 'Chủ đề năm áp dụng cho đơn vị',
    query: ThemeListQuery,
    handler: (ctx, { query }) => themes.listThemes(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/themes',
    access: 'plans:manage',
    tags,
    summary: 'Đặt chủ đề năm',
    body: CreateYearTheme,
    handler: (ctx, { body }) => themes.createTheme(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/plans/themes/:id',
    access: 'plans:manage',
    tags,
    summary: 'Sửa chủ đề năm',
    params: IdParam,
    body: UpdateYearTheme,
    handler: (ctx, { params, body }) => themes.updateTheme(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/movements',
    access: 'plans:read',
    tags,
    summary: 'Phong trào thi đua, cuộc vận động áp dụng cho đơn vị',
    query: MovementListQuery,
    handler: (ctx, { query }) => themes.listMovements(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/movements',
    access: 'plans:manage',
    tags,
    summary: 'Thêm phong trào thi đua, cuộc vận động',
    body: CreateMovement,
    handler: (ctx, { body }) => themes.createMovement(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/plans/movements/:id',
    access: 'plans:manage',
    tags,
    summary: 'Sửa phong trào',
    params: IdParam,
    body: UpdateMovement,
    handler: (ctx, { params, body }) => themes.updateMovement(ctx, params.id, body),
  });

  // --- Leaders in charge ---------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/leaders',
    access: 'plans:read',
    tags,
    summary: 'Phân công lãnh đạo phụ trách công tác dân vận chính quyền',
    query: LeaderListQuery,
    handler: (ctx, { query }) => leaders.listLeaders(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/leaders/compliance',
    access: 'plans:read',
    tags,
    summary: 'Đơn vị chưa phân công lãnh đạo phụ trách',
    query: LeaderComplianceQuery,
    handler: (ctx, { query }) => leaders.leaderCompliance(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/leaders/compliance.xlsx',
    access: 'plans:read',
    tags,
    summary: 'Xuất danh sách đơn vị chưa phân công lãnh đạo phụ trách ra .xlsx',
    query: LeaderComplianceQuery,
    handler: async (ctx, { query }, _req, reply) =>
      file(reply, XLSX, 'lanh-dao-phu-trach.xlsx', await leaders.exportLeaderCompliance(ctx, query)),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/leaders/:id',
    access: 'plans:read',
    tags,
    summary: 'Một quyết định phân công lãnh đạo phụ trách',
    params: IdParam,
    handler: (ctx, { params }) => leaders.getLeader(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/leaders',
    access: 'plans:unit-write',
    tags,
    summary: 'Ghi nhận phân công lãnh đạo phụ trách (bằng văn bản)',
    body: CreateLeaderAssignment,
    handler: (ctx, { body }) => leaders.createLeader(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/plans/leaders/:id',
    access: 'plans:unit-write',
    tags,
    summary: 'Sửa, kết thúc phân công lãnh đạo phụ trách',
    params: IdParam,
    body: UpdateLeaderAssignment,
    handler: (ctx, { params, body }) => leaders.updateLeader(ctx, params.id, body),
  });

  // --- A unit's tasks ("Nhiệm vụ của tôi") and their assignments -------------------------------
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/my-tasks',
    access: 'plans:read',
    tags,
    summary: 'Nhiệm vụ được giao cho đơn vị',
    query: MyTasksQuery,
    handler: (ctx, { query }) => assignments.myTasks(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/my-tasks.xlsx',
    access: 'plans:read',
    tags,
    summary: 'Xuất nhiệm vụ của đơn vị ra .xlsx',
    query: MyTasksQuery.omit({ page: true, pageSize: true }),
    handler: async (ctx, { query }, _req, reply) =>
      file(reply, XLSX, 'nhiem-vu-cua-don-vi.xlsx', await assignments.exportMyTasks(ctx, query)),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/assignments/:id',
    access: 'plans:read',
    tags,
    summary: 'Một nhiệm vụ được giao cho một đơn vị, với lịch sử cập nhật',
    params: IdParam,
    handler: (ctx, { params }) => assignments.getAssignment(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/plans/assignments/:id',
    access: 'plans:unit-write',
    tags,
    summary: 'Cập nhật trạng thái, tiến độ, ghi chú của đơn vị',
    params: IdParam,
    body: UpdateTaskAssignment,
    handler: (ctx, { params, body }) => assignments.updateAssignment(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/requirements',
    access: 'plans:read',
    tags,
    summary: 'Kế hoạch cấp trên yêu cầu đơn vị ban hành kế hoạch, và tình trạng của đơn vị',
    query: UnitIdQuery,
    handler: (ctx, { query }) => plans.requirementsOfUnit(ctx, query.unitId),
  });

  // --- Tasks ---------------------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/tasks/:id',
    access: 'plans:read',
    tags,
    summary: 'Một nhiệm vụ',
    params: IdParam,
    handler: (ctx, { params }) => tasks.getTask(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/plans/tasks/:id',
    access: 'plans:unit-write',
    tags,
    summary: 'Sửa nhiệm vụ, thêm, bớt đơn vị được giao',
    params: IdParam,
    body: UpdateTask,
    handler: (ctx, { params, body }) => saveTask.updateTask(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/tasks/:id/cancel',
    access: 'plans:unit-write',
    tags,
    summary: 'Hủy nhiệm vụ',
    params: IdParam,
    body: CancelTask,
    handler: (ctx, { params, body }) => saveTask.cancelTask(ctx, params.id, body?.reason),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/plans/tasks/:id',
    access: 'plans:unit-write',
    tags,
    summary: 'Xóa nhiệm vụ chưa giao',
    params: IdParam,
    handler: (ctx, { params }) => saveTask.deleteTask(ctx, params.id),
  });

  // --- Plans ---------------------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: '/api/v1/plans',
    access: 'plans:read',
    tags,
    summary: 'Danh sách kế hoạch (của đơn vị trong phạm vi và kế hoạch cấp trên đã ban hành)',
    query: PlanListQuery,
    handler: (ctx, { query }) => plans.listPlans(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans',
    access: 'plans:unit-write',
    tags,
    summary: 'Soạn kế hoạch (dự thảo)',
    body: CreatePlan,
    handler: (ctx, { body }) => savePlan.createPlan(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id',
    access: 'plans:read',
    tags,
    summary: 'Một kế hoạch',
    params: IdParam,
    handler: (ctx, { params }) => plans.getPlan(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/plans/:id',
    access: 'plans:unit-write',
    tags,
    summary: 'Sửa kế hoạch dự thảo (kế hoạch đã ban hành: chỉ yêu cầu đơn vị xây dựng kế hoạch)',
    params: IdParam,
    body: UpdatePlan,
    handler: (ctx, { params, body }) => savePlan.updatePlan(ctx, params.id, body),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/plans/:id',
    access: 'plans:unit-write',
    tags,
    summary: 'Xóa kế hoạch dự thảo',
    params: IdParam,
    handler: (ctx, { params }) => savePlan.deletePlan(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/:id/issue',
    access: 'plans:issue',
    tags,
    summary: 'Ban hành kế hoạch: giao nhiệm vụ, yêu cầu đơn vị xây dựng kế hoạch',
    params: IdParam,
    body: IssuePlan,
    handler: (ctx, { params, body }) => issuePlan(ctx, params.id, body ?? {}),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id/document.docx',
    access: 'plans:read',
    tags,
    summary: 'Kế hoạch dạng .docx theo thể thức Nghị định 30/2020/NĐ-CP',
    params: IdParam,
    handler: async (ctx, { params }, _req, reply) => {
      const { buffer, filename } = await documents.planDocx(ctx, params.id);
      return file(reply, DOCX, filename, buffer);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id/compliance',
    access: 'plans:read',
    tags,
    summary: 'Tình hình ban hành kế hoạch của các đơn vị được yêu cầu',
    params: IdParam,
    query: PlanComplianceQuery,
    handler: (ctx, { params, query }) => plans.planCompliance(ctx, params.id, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id/compliance.xlsx',
    access: 'plans:read',
    tags,
    summary: 'Xuất tình hình ban hành kế hoạch ra .xlsx',
    params: IdParam,
    query: PlanComplianceQuery,
    handler: async (ctx, { params, query }, _req, reply) =>
      file(
        reply,
        XLSX,
        `tinh-hinh-ban-hanh-ke-hoach-${params.id}.xlsx`,
        await documents.complianceXlsx(ctx, params.id, query),
      ),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id/tasks',
    access: 'plans:read',
    tags,
    summary: 'Nhiệm vụ của kế hoạch',
    params: IdParam,
    query: z.object({ sectionNumber: z.string().max(20).optional() }),
    handler: (ctx, { params, query }) => tasks.listTasks(ctx, params.id, query),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/:id/tasks',
    access: 'plans:unit-write',
    tags,
    summary: 'Thêm nhiệm vụ, giao cho nhiều đơn vị (theo nhóm, loại hoặc danh sách)',
    params: IdParam,
    body: CreateTask,
    handler: (ctx, { params, body }) => saveTask.createTask(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id/tasks.xlsx',
    access: 'plans:read',
    tags,
    summary: 'Xuất danh mục nhiệm vụ ra .xlsx (cũng là mẫu để nhập)',
    params: IdParam,
    handler: async (ctx, { params }, _req, reply) =>
      file(reply, XLSX, `nhiem-vu-ke-hoach-${params.id}.xlsx`, await documents.tasksXlsx(ctx, params.id)),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/:id/tasks/import',
    access: 'plans:unit-write',
    tags,
    summary: 'Nhập nhiệm vụ từ .xlsx (mode=preview: xem trước, không ghi)',
    params: IdParam,
    query: z.object({ mode: z.enum(['preview', 'commit']).default('preview') }),
    handler: async (ctx, { params, query }, req) => {
      const upload = await readUpload(req, ctx.config.maxUploadBytes);
      return query.mode === 'commit'
        ? imp.commitTaskImport(ctx, params.id, upload)
        : imp.previewTaskImport(ctx, params.id, upload);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id/matrix',
    access: 'plans:read',
    tags,
    summary: 'Ma trận nhiệm vụ × đơn vị',
    params: IdParam,
    query: MatrixQuery,
    handler: (ctx, { params, query }) => matrixSvc.matrix(ctx, params.id, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/:id/matrix.xlsx',
    access: 'plans:read',
    tags,
    summary: 'Xuất ma trận nhiệm vụ × đơn vị ra .xlsx',
    params: IdParam,
    query: MatrixQuery.omit({ page: true, pageSize: true }),
    handler: async (ctx, { params, query }, _req, reply) =>
      file(
        reply,
        XLSX,
        `ma-tran-nhiem-vu-${params.id}.xlsx`,
        await matrixSvc.exportMatrix(ctx, params.id, query),
      ),
  });
}
