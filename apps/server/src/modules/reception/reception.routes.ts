import type { FastifyInstance } from 'fastify';
import {
  CreateReceptionSchedule,
  CreateReceptionVisit,
  IdParam,
  paged,
  ReceptionCompliance,
  ReceptionComplianceQuery,
  ReceptionSchedule,
  ReceptionScheduleListQuery,
  ReceptionSession,
  ReceptionSessionQuery,
  ReceptionVisit,
  ReceptionVisitFilter,
  ReceptionVisitListQuery,
  UpdateReceptionSchedule,
  UpdateReceptionVisit,
} from '@danvan/contracts';
import { download, route } from '../../core/route.ts';
import { receptionCompliance } from './compliance/read-compliance.ts';
import { conclusionDocx, visitsXlsx } from './reception.documents.ts';
import { createSchedule } from './schedule/create-schedule.ts';
import { deleteSchedule } from './schedule/delete-schedule.ts';
import { getSchedule, listSchedules, listSessions } from './schedule/read-schedule.ts';
import { updateSchedule } from './schedule/update-schedule.ts';
import { createVisit } from './visit/create-visit.ts';
import { getVisit, listVisits } from './visit/read-visit.ts';
import { updateVisit } from './visit/update-visit.ts';

const tags = ['Tiếp công dân'];
const B = '/api/v1/reception';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function registerReceptionRoutes(app: FastifyInstance) {
  // ------------------------------------------------------------------------------------------
  // Schedules
  route(app, {
    method: 'GET',
    url: `${B}/schedules`,
    operationId: 'listReceptionSchedules',
    access: 'reception:read',
    tags,
    summary: 'Danh sách lịch tiếp công dân',
    response: paged(ReceptionSchedule),
    query: ReceptionScheduleListQuery,
    handler: (ctx, { query }) => listSchedules(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: `${B}/schedules`,
    operationId: 'createReceptionSchedule',
    access: 'reception:write',
    tags,
    summary: 'Thêm lịch tiếp công dân',
    response: ReceptionSchedule,
    status: 201,
    body: CreateReceptionSchedule,
    handler: (ctx, { body }) => createSchedule(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/schedules/:id`,
    operationId: 'getReceptionSchedule',
    access: 'reception:read',
    tags,
    summary: 'Một lịch tiếp công dân',
    response: ReceptionSchedule,
    params: IdParam,
    handler: (ctx, { params }) => getSchedule(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/schedules/:id`,
    operationId: 'updateReceptionSchedule',
    access: 'reception:write',
    tags,
    summary: 'Sửa lịch tiếp công dân',
    response: ReceptionSchedule,
    params: IdParam,
    body: UpdateReceptionSchedule,
    handler: (ctx, { params, body }) => updateSchedule(ctx, params.id, body),
  });
  route(app, {
    method: 'DELETE',
    url: `${B}/schedules/:id`,
    operationId: 'deleteReceptionSchedule',
    access: 'reception:write',
    tags,
    summary: 'Xóa lịch tiếp công dân',
    response: null,
    params: IdParam,
    handler: (ctx, { params }) => deleteSchedule(ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: `${B}/sessions`,
    operationId: 'listReceptionSessions',
    access: 'reception:read',
    tags,
    summary: 'Các buổi tiếp công dân theo lịch trong một khoảng ngày',
    response: paged(ReceptionSession),
    query: ReceptionSessionQuery,
    handler: (ctx, { query }) => listSessions(ctx, query),
  });

  // ------------------------------------------------------------------------------------------
  // The reception log
  route(app, {
    method: 'GET',
    url: `${B}/visits`,
    operationId: 'listReceptionVisits',
    access: 'reception:read',
    tags,
    summary: 'Sổ tiếp công dân',
    response: paged(ReceptionVisit),
    query: ReceptionVisitListQuery,
    handler: (ctx, { query }) => listVisits(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: `${B}/visits/export.xlsx`,
    operationId: 'exportReceptionVisits',
    access: 'reception:read',
    tags,
    summary: 'Xuất sổ tiếp công dân ra Excel',
    response: { file: [XLSX] },
    query: ReceptionVisitFilter,
    handler: async (ctx, { query }) =>
      download({ filename: 'so-tiep-cong-dan.xlsx', contentType: XLSX, body: await visitsXlsx(ctx, query) }),
  });
  route(app, {
    method: 'POST',
    url: `${B}/visits`,
    operationId: 'createReceptionVisit',
    access: 'reception:write',
    tags,
    summary: 'Ghi một lượt tiếp công dân vào sổ',
    response: ReceptionVisit,
    status: 201,
    body: CreateReceptionVisit,
    handler: (ctx, { body }) => createVisit(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/visits/:id`,
    operationId: 'getReceptionVisit',
    access: 'reception:read',
    tags,
    summary: 'Một lượt tiếp công dân',
    response: ReceptionVisit,
    params: IdParam,
    handler: (ctx, { params }) => getVisit(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/visits/:id`,
    operationId: 'updateReceptionVisit',
    access: 'reception:write',
    tags,
    summary: 'Sửa một lượt tiếp công dân (theo phiên bản đã xem)',
    response: ReceptionVisit,
    params: IdParam,
    body: UpdateReceptionVisit,
    handler: (ctx, { params, body }) => updateVisit(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/visits/:id/conclusion.docx`,
    operationId: 'downloadReceptionConclusion',
    access: 'reception:read',
    tags,
    summary: 'Thông báo kết luận buổi tiếp công dân (.docx, thể thức Nghị định 30/2020/NĐ-CP)',
    response: { file: [DOCX] },
    params: IdParam,
    handler: async (ctx, { params }) => {
      const { buffer, filename } = await conclusionDocx(ctx, params.id);
      return download({ filename, contentType: DOCX, body: buffer });
    },
  });

  // ------------------------------------------------------------------------------------------
  // Compliance
  route(app, {
    method: 'GET',
    url: `${B}/compliance`,
    operationId: 'getReceptionCompliance',
    access: 'reception:read',
    tags,
    summary: 'Người đứng đầu tiếp công dân so với số ngày tối thiểu theo luật, theo tháng và cả kỳ',
    response: ReceptionCompliance,
    query: ReceptionComplianceQuery,
    handler: (ctx, { query }) => receptionCompliance(ctx, query),
  });
}
