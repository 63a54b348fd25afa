/** Routes of the registers: guiding documents, year themes and movements, leaders in charge. */
import type { FastifyInstance } from 'fastify';
import {
  CreateGuidingDocument,
  CreateLeaderAssignment,
  CreateMovement,
  CreateYearTheme,
  GuidingDocument,
  GuidingDocumentQuery,
  IdParam,
  LeaderAssignment,
  LeaderCompliance,
  LeaderComplianceQuery,
  LeaderListQuery,
  Movement,
  MovementListQuery,
  paged,
  ThemeListQuery,
  UpdateGuidingDocument,
  UpdateLeaderAssignment,
  UpdateMovement,
  UpdateYearTheme,
  YearTheme,
} from '@danvan/contracts';
import { download, route } from '../../core/route.ts';
import { listDocs, getDoc } from './guiding-document/read-guiding-document.ts';
import { createDoc } from './guiding-document/create-guiding-document.ts';
import { updateDoc } from './guiding-document/update-guiding-document.ts';
import { deleteDoc } from './guiding-document/delete-guiding-document.ts';
import { exportDocs } from './guiding-document/export-guiding-documents.ts';
import { listThemes } from './theme/read-theme.ts';
import { createTheme } from './theme/create-theme.ts';
import { updateTheme } from './theme/update-theme.ts';
import { listMovements } from './movement/read-movement.ts';
import { createMovement } from './movement/create-movement.ts';
import { updateMovement } from './movement/update-movement.ts';
import { getLeader, listLeaders } from './leader/read-leader.ts';
import { createLeader } from './leader/create-leader.ts';
import { updateLeader } from './leader/update-leader.ts';
import { leaderCompliance } from './leader/read-leader-compliance.ts';
import { exportLeaderCompliance } from './leader/export-leader-compliance.ts';
import { tags, XLSX } from './shared/route-helpers.ts';

export function registerRegisterRoutes(app: FastifyInstance) {
  // --- Guiding documents (văn bản chỉ đạo) ---------------------------------------------------
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/guiding-documents',
    operationId: 'listGuidingDocuments',
    access: 'plans:read',
    tags,
    summary: 'Sổ văn bản chỉ đạo (tìm không dấu)',
    response: paged(GuidingDocument),
    query: GuidingDocumentQuery,
    handler: (ctx, { query }) => listDocs(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/guiding-documents/export.xlsx',
    operationId: 'exportGuidingDocuments',
    access: 'plans:read',
    tags,
    summary: 'Xuất sổ văn bản chỉ đạo ra .xlsx',
    response: { file: [XLSX] },
    query: GuidingDocumentQuery.omit({ page: true, pageSize: true }),
    handler: async (ctx, { query }) =>
      download({ filename: 'van-ban-chi-dao.xlsx', contentType: XLSX, body: await exportDocs(ctx, query) }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/guiding-documents/:id',
    operationId: 'getGuidingDocument',
    access: 'plans:read',
    tags,
    summary: 'Một văn bản chỉ đạo',
    response: GuidingDocument,
    params: IdParam,
    handler: (ctx, { params }) => getDoc(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/guiding-documents',
    operationId: 'createGuidingDocument',
    access: 'plans:unit-write',
    tags,
    summary: 'Vào sổ văn bản chỉ đạo',
    response: GuidingDocument,
    body: CreateGuidingDocument,
    handler: (ctx, { body }) => createDoc(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/plans/guiding-documents/:id',
    operationId: 'updateGuidingDocument',
    access: 'plans:unit-write',
    tags,
    summary: 'Sửa văn bản chỉ đạo',
    response: GuidingDocument,
    params: IdParam,
    body: UpdateGuidingDocument,
    handler: (ctx, { params, body }) => updateDoc(ctx, params.id, body),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/v1/plans/guiding-documents/:id',
    operationId: 'deleteGuidingDocument',
    access: 'plans:unit-write',
    tags,
    summary: 'Xóa văn bản chỉ đạo chưa được viện dẫn',
    response: null,
    params: IdParam,
    handler: (ctx, { params }) => deleteDoc(ctx, params.id),
  });

  // --- Year themes and movements -------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/themes',
    operationId: 'listYearThemes',
    access: 'plans:read',
    tags,
    summary: 'Chủ đề năm áp dụng cho đơn vị',
    response: paged(YearTheme),
    query: ThemeListQuery,
    handler: (ctx, { query }) => listThemes(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/themes',
    operationId: 'createYearTheme',
    access: 'plans:manage',
    tags,
    summary: 'Đặt chủ đề năm',
    response: YearTheme,
    body: CreateYearTheme,
    handler: (ctx, { body }) => createTheme(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/plans/themes/:id',
    operationId: 'updateYearTheme',
    access: 'plans:manage',
    tags,
    summary: 'Sửa chủ đề năm',
    response: YearTheme,
    params: IdParam,
    body: UpdateYearTheme,
    handler: (ctx, { params, body }) => updateTheme(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/movements',
    operationId: 'listMovements',
    access: 'plans:read',
    tags,
    summary: 'Phong trào thi đua, cuộc vận động áp dụng cho đơn vị',
    response: paged(Movement),
    query: MovementListQuery,
    handler: (ctx, { query }) => listMovements(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/movements',
    operationId: 'createMovement',
    access: 'plans:manage',
    tags,
    summary: 'Thêm phong trào thi đua, cuộc vận động',
    response: Movement,
    body: CreateMovement,
    handler: (ctx, { body }) => createMovement(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/plans/movements/:id',
    operationId: 'updateMovement',
    access: 'plans:manage',
    tags,
    summary: 'Sửa phong trào',
    response: Movement,
    params: IdParam,
    body: UpdateMovement,
    handler: (ctx, { params, body }) => updateMovement(ctx, params.id, body),
  });

  // --- Leaders in charge ---------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/leaders',
    operationId: 'listLeaderAssignments',
    access: 'plans:read',
    tags,
    summary: 'Phân công lãnh đạo phụ trách công tác dân vận chính quyền',
    response: paged(LeaderAssignment),
    query: LeaderListQuery,
    handler: (ctx, { query }) => listLeaders(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/leaders/compliance',
    operationId: 'getLeaderCompliance',
    access: 'plans:read',
    tags,
    summary: 'Đơn vị chưa phân công lãnh đạo phụ trách',
    response: LeaderCompliance,
    query: LeaderComplianceQuery,
    handler: (ctx, { query }) => leaderCompliance(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/leaders/compliance.xlsx',
    operationId: 'exportLeaderCompliance',
    access: 'plans:read',
    tags,
    summary: 'Xuất danh sách đơn vị chưa phân công lãnh đạo phụ trách ra .xlsx',
    response: { file: [XLSX] },
    query: LeaderComplianceQuery,
    handler: async (ctx, { query }) =>
      download({
        filename: 'lanh-dao-phu-trach.xlsx',
        contentType: XLSX,
        body: await exportLeaderCompliance(ctx, query),
      }),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/plans/leaders/:id',
    operationId: 'getLeaderAssignment',
    access: 'plans:read',
    tags,
    summary: 'Một quyết định phân công lãnh đạo phụ trách',
    response: LeaderAssignment,
    params: IdParam,
    handler: (ctx, { params }) => getLeader(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/plans/leaders',
    operationId: 'createLeaderAssignment',
    access: 'plans:unit-write',
    tags,
    summary: 'Ghi nhận phân công lãnh đạo phụ trách (bằng văn bản)',
    response: LeaderAssignment,
    body: CreateLeaderAssignment,
    handler: (ctx, { body }) => createLeader(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/plans/leaders/:id',
    operationId: 'updateLeaderAssignment',
    access: 'plans:unit-write',
    tags,
    summary: 'Sửa, kết thúc phân công lãnh đạo phụ trách',
    response: LeaderAssignment,
    params: IdParam,
    body: UpdateLeaderAssignment,
    handler: (ctx, { params, body }) => updateLeader(ctx, params.id, body),
  });
}
