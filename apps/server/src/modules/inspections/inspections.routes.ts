import type { FastifyInstance } from 'fastify';
import {
  CONDUCT_RULES,
  ConcludeInspection,
  CreateInspection,
  CreateInspectionPlan,
  CreatePlanItem,
  CreateRecommendation,
  CreateViolation,
  IdParam,
  Inspection,
  InspectionDetail,
  InspectionExportQuery,
  InspectionPlan,
  InspectionPlanDetail,
  InspectionPlanQuery,
  InspectionQuery,
  InspectionReference,
  SANCTIONS,
  UpdateInspection,
  UpdateInspectionPlan,
  UpdateRecommendation,
  UpdateViolation,
  paged,
} from '@danvan/contracts';
import { download, route } from '../../core/route.ts';
import { concludeInspection } from './inspection/conclude-inspection.ts';
import { createInspection } from './inspection/create-inspection.ts';
import { getInspection, listInspections } from './inspection/read-inspection.ts';
import { updateInspection } from './inspection/update-inspection.ts';
import { conclusionDocx, exportInspectionsXlsx } from './inspections.documents.ts';
import { createPlan } from './plan/create-plan.ts';
import { getPlan, listPlans } from './plan/read-plan.ts';
import { addPlanItem, updatePlan } from './plan/update-plan.ts';
import { createRecommendation } from './recommendation/create-recommendation.ts';
import { updateRecommendation } from './recommendation/update-recommendation.ts';
import { createViolation } from './violation/create-violation.ts';
import { updateViolation } from './violation/update-violation.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['Thanh tra, kiểm tra công vụ'];
const B = '/api/v1/inspections';

export function registerInspectionsRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: `${B}/reference`,
    operationId: 'readInspectionReference',
    access: 'inspections:read',
    tags,
    summary: 'Quy định về văn hóa công vụ và hình thức xử lý kỷ luật (kèm căn cứ pháp lý)',
    response: InspectionReference,
    handler: async () => ({ rules: [...CONDUCT_RULES], sanctions: [...SANCTIONS] }),
  });

  // --- plans --------------------------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: `${B}/plans`,
    operationId: 'listInspectionPlans',
    access: 'inspections:read',
    tags,
    summary: 'Kế hoạch thanh tra, kiểm tra công vụ hằng năm, kèm tình hình thực hiện',
    response: paged(InspectionPlan),
    query: InspectionPlanQuery,
    handler: (ctx, { query }) => listPlans(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: `${B}/plans`,
    operationId: 'createInspectionPlan',
    access: 'inspections:write',
    tags,
    summary: 'Lập kế hoạch thanh tra, kiểm tra công vụ của năm',
    response: InspectionPlanDetail,
    status: 201,
    body: CreateInspectionPlan,
    handler: (ctx, { body }) => createPlan(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/plans/:id`,
    operationId: 'getInspectionPlan',
    access: 'inspections:read',
    tags,
    summary: 'Xem kế hoạch: đơn vị được thanh tra, kiểm tra, tháng dự kiến, tình hình thực hiện',
    response: InspectionPlanDetail,
    params: IdParam,
    handler: (ctx, { params }) => getPlan(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/plans/:id`,
    operationId: 'updateInspectionPlan',
    access: 'inspections:write',
    tags,
    summary: 'Sửa kế hoạch thanh tra, kiểm tra',
    response: InspectionPlanDetail,
    params: IdParam,
    body: UpdateInspectionPlan,
    handler: (ctx, { params, body }) => updatePlan(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/plans/:id/items`,
    operationId: 'addInspectionPlanItem',
    access: 'inspections:write',
    tags,
    summary: 'Thêm đơn vị được thanh tra, kiểm tra vào kế hoạch (tháng dự kiến)',
    response: InspectionPlanDetail,
    status: 201,
    params: IdParam,
    body: CreatePlanItem,
    handler: (ctx, { params, body }) => addPlanItem(ctx, params.id, body),
  });

  // --- inspections --------------------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: B,
    operationId: 'listInspections',
    access: 'inspections:read',
    tags,
    summary: 'Danh sách cuộc thanh tra, kiểm tra công vụ',
    response: paged(Inspection),
    query: InspectionQuery,
    handler: (ctx, { query }) => listInspections(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: `${B}/export.xlsx`,
    operationId: 'exportInspections',
    access: 'inspections:read',
    tags,
    summary:
      'Xuất danh sách thanh tra, kiểm tra, vi phạm và kiến nghị ra .xlsx (thông tin cá nhân chỉ cho người có quyền)',
    response: { file: [XLSX] },
    query: InspectionExportQuery,
    handler: async (ctx, { query }) =>
      download({
        filename: 'thanh-tra-kiem-tra-cong-vu.xlsx',
        contentType: XLSX,
        body: await exportInspectionsXlsx(ctx, query),
      }),
  });
  route(app, {
    method: 'POST',
    url: B,
    operationId: 'createInspection',
    access: 'inspections:write',
    tags,
    summary: 'Ghi nhận cuộc thanh tra, kiểm tra công vụ',
    response: InspectionDetail,
    status: 201,
    body: CreateInspection,
    handler: (ctx, { body }) => createInspection(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/:id`,
    operationId: 'getInspection',
    access: 'inspections:read',
    tags,
    summary: 'Xem cuộc thanh tra, kiểm tra: đoàn, kết quả, vi phạm, kiến nghị, kết luận',
    response: InspectionDetail,
    params: IdParam,
    handler: (ctx, { params }) => getInspection(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/:id`,
    operationId: 'updateInspection',
    access: 'inspections:write',
    tags,
    summary: 'Sửa cuộc thanh tra, kiểm tra (đoàn, phát hiện, công khai kết quả)',
    response: InspectionDetail,
    params: IdParam,
    body: UpdateInspection,
    handler: (ctx, { params, body }) => updateInspection(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/:id/conclude`,
    operationId: 'concludeInspection',
    access: 'inspections:write',
    tags,
    summary: 'Ban hành kết luận thanh tra, kiểm tra',
    response: InspectionDetail,
    params: IdParam,
    body: ConcludeInspection,
    handler: (ctx, { params, body }) => concludeInspection(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/:id/conclusion.docx`,
    operationId: 'downloadInspectionConclusion',
    access: 'inspections:read',
    tags,
    summary: 'Tải kết luận thanh tra, kiểm tra .docx theo thể thức Nghị định 30/2020/NĐ-CP',
    response: { file: [DOCX] },
    params: IdParam,
    handler: async (ctx, { params }) => {
      const { buffer, filename } = await conclusionDocx(ctx, params.id);
      return download({ filename, contentType: DOCX, body: buffer });
    },
  });
  route(app, {
    method: 'POST',
    url: `${B}/:id/violations`,
    operationId: 'createInspectionViolation',
    access: 'inspections:write',
    tags,
    summary: 'Ghi nhận vi phạm (người vi phạm, quy định bị vi phạm, hình thức xử lý)',
    response: InspectionDetail,
    status: 201,
    params: IdParam,
    body: CreateViolation,
    handler: (ctx, { params, body }) => createViolation(ctx, params.id, body),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/violations/:id`,
    operationId: 'updateInspectionViolation',
    access: 'inspections:write',
    tags,
    summary: 'Sửa vi phạm (hình thức, quyết định xử lý)',
    response: InspectionDetail,
    params: IdParam,
    body: UpdateViolation,
    handler: (ctx, { params, body }) => updateViolation(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/:id/recommendations`,
    operationId: 'createInspectionRecommendation',
    access: 'inspections:write',
    tags,
    summary: 'Ghi nhận kiến nghị (đơn vị thực hiện, hạn thực hiện)',
    response: InspectionDetail,
    status: 201,
    params: IdParam,
    body: CreateRecommendation,
    handler: (ctx, { params, body }) => createRecommendation(ctx, params.id, body),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/recommendations/:id`,
    operationId: 'updateInspectionRecommendation',
    access: 'inspections:write',
    tags,
    summary: 'Theo dõi thực hiện kiến nghị: trạng thái, ngày hoàn thành, minh chứng',
    response: InspectionDetail,
    params: IdParam,
    body: UpdateRecommendation,
    handler: (ctx, { params, body }) => updateRecommendation(ctx, params.id, body),
  });
}
