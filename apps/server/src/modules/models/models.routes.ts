import type { FastifyInstance } from 'fastify';
import {
  Commendation,
  CommendationExportQuery,
  CommendationQuery,
  CreateCommendation,
  CreateModel,
  CreateModelCriterion,
  CreateModelEvaluation,
  CreateModelResult,
  IdParam,
  Model,
  ModelCompliance,
  ModelComplianceQuery,
  ModelCriterion,
  ModelCriterionListQuery,
  ModelDetail,
  ModelExportQuery,
  ModelQuery,
  ModelSetting,
  ModelTransition,
  RecogniseModel,
  ReplicateModel,
  ResumeModel,
  StopModel,
  UpdateCommendation,
  UpdateModel,
  UpdateModelCriterion,
  UpdateModelSetting,
  paged,
} from '@danvan/contracts';
import { download, route } from '../../core/route.ts';
import { createCommendation } from './commendation/create-commendation.ts';
import { getCommendation, listCommendations } from './commendation/read-commendation.ts';
import { updateCommendation } from './commendation/update-commendation.ts';
import { readCompliance } from './compliance/read-compliance.ts';
import { createCriterion } from './criterion/create-criterion.ts';
import { listCriteria } from './criterion/read-criteria.ts';
import { updateCriterion } from './criterion/update-criterion.ts';
import { evaluateModel } from './evaluation/evaluate-model.ts';
import { createModel } from './model/create-model.ts';
import { getModel, listModels } from './model/read-model.ts';
import { recogniseModel } from './model/recognise-model.ts';
import { replicateModel } from './model/replicate-model.ts';
import { resumeModel } from './model/resume-model.ts';
import { startModel } from './model/start-model.ts';
import { stopModel } from './model/stop-model.ts';
import { updateModel } from './model/update-model.ts';
import { commendationDocx, exportCommendationsXlsx, exportModelsXlsx } from './models.documents.ts';
import { addResult } from './result/add-result.ts';
import { listSettings } from './setting/read-settings.ts';
import { updateSetting } from './setting/update-setting.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['Mô hình “Dân vận khéo”, khen thưởng'];
const B = '/api/v1/models';

export function registerModelsRoutes(app: FastifyInstance) {
  // --- models ---------------------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: B,
    operationId: 'listModels',
    access: 'models:read',
    tags,
    summary: 'Danh sách mô hình “Dân vận khéo”',
    response: paged(Model),
    query: ModelQuery,
    handler: (ctx, { query }) => listModels(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: `${B}/export.xlsx`,
    operationId: 'exportModels',
    access: 'models:read',
    tags,
    summary: 'Xuất danh sách mô hình ra tệp .xlsx',
    response: { file: [XLSX] },
    query: ModelExportQuery,
    handler: async (ctx, { query }) =>
      download({
        filename: 'mo-hinh-dan-van-kheo.xlsx',
        contentType: XLSX,
        body: await exportModelsXlsx(ctx, query),
      }),
  });
  route(app, {
    method: 'POST',
    url: B,
    operationId: 'createModel',
    access: 'models:write',
    tags,
    summary: 'Đăng ký mô hình “Dân vận khéo”',
    response: ModelDetail,
    status: 201,
    body: CreateModel,
    handler: (ctx, { body }) => createModel(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/:id`,
    operationId: 'getModel',
    access: 'models:read',
    tags,
    summary: 'Xem mô hình: nội dung đăng ký, kết quả, đánh giá',
    response: ModelDetail,
    params: IdParam,
    handler: (ctx, { params }) => getModel(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/:id`,
    operationId: 'updateModel',
    access: 'models:write',
    tags,
    summary: 'Sửa nội dung đăng ký mô hình',
    response: ModelDetail,
    params: IdParam,
    body: UpdateModel,
    handler: (ctx, { params, body }) => updateModel(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/:id/start`,
    operationId: 'startModel',
    access: 'models:write',
    tags,
    summary: 'Bắt đầu thực hiện mô hình',
    response: ModelDetail,
    params: IdParam,
    body: ModelTransition,
    handler: (ctx, { params, body }) => startModel(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/:id/stop`,
    operationId: 'stopModel',
    access: 'models:read',
    tags,
    summary:
      'Dừng thực hiện mô hình (đơn vị hoặc cơ quan đánh giá; quyền do chính sách của mô hình quyết định)',
    response: ModelDetail,
    params: IdParam,
    body: StopModel,
    handler: (ctx, { params, body }) => stopModel(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/:id/results`,
    operationId: 'addModelResult',
    access: 'models:write',
    tags,
    summary: 'Ghi kết quả thực hiện mô hình, kèm số liệu',
    response: ModelDetail,
    status: 201,
    params: IdParam,
    body: CreateModelResult,
    handler: (ctx, { params, body }) => addResult(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/:id/evaluations`,
    operationId: 'evaluateModel',
    access: 'models:evaluate',
    tags,
    summary: 'Đánh giá mô hình theo tiêu chí công nhận',
    response: ModelDetail,
    status: 201,
    params: IdParam,
    body: CreateModelEvaluation,
    handler: (ctx, { params, body }) => evaluateModel(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/:id/resume`,
    operationId: 'resumeModel',
    access: 'models:evaluate',
    tags,
    summary: 'Yêu cầu tiếp tục hoàn thiện mô hình đã đánh giá',
    response: ModelDetail,
    params: IdParam,
    body: ResumeModel,
    handler: (ctx, { params, body }) => resumeModel(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/:id/recognise`,
    operationId: 'recogniseModel',
    access: 'models:evaluate',
    tags,
    summary: 'Công nhận mô hình (cấp công nhận, quyết định)',
    response: ModelDetail,
    params: IdParam,
    body: RecogniseModel,
    handler: (ctx, { params, body }) => recogniseModel(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/:id/replicate`,
    operationId: 'replicateModel',
    access: 'models:evaluate',
    tags,
    summary: 'Ghi nhận nhân rộng mô hình đã công nhận',
    response: ModelDetail,
    params: IdParam,
    body: ReplicateModel,
    handler: (ctx, { params, body }) => replicateModel(ctx, params.id, body),
  });

  // --- reference data: criteria and rule values ------------------------------------------------
  route(app, {
    method: 'GET',
    url: `${B}/criteria`,
    operationId: 'listModelCriteria',
    access: 'models:read',
    tags,
    summary: 'Tiêu chí công nhận mô hình (kèm căn cứ)',
    response: paged(ModelCriterion),
    query: ModelCriterionListQuery,
    handler: (ctx, { query }) => listCriteria(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: `${B}/criteria`,
    operationId: 'createModelCriterion',
    access: 'models:evaluate',
    tags,
    summary: 'Thêm tiêu chí công nhận',
    response: ModelCriterion,
    status: 201,
    body: CreateModelCriterion,
    handler: (ctx, { body }) => createCriterion(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/criteria/:id`,
    operationId: 'updateModelCriterion',
    access: 'models:evaluate',
    tags,
    summary: 'Sửa tiêu chí (tiêu chí đã dùng để chấm: tạo phiên bản mới), hoặc thôi áp dụng',
    response: ModelCriterion,
    params: IdParam,
    body: UpdateModelCriterion,
    handler: (ctx, { params, body }) => updateCriterion(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/settings`,
    operationId: 'listModelSettings',
    access: 'models:read',
    tags,
    summary: 'Định mức: số mô hình tối thiểu mỗi cơ quan, ngưỡng điểm công nhận',
    response: paged(ModelSetting),
    handler: (ctx) => listSettings(ctx),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/settings/:id`,
    operationId: 'updateModelSetting',
    access: 'models:evaluate',
    tags,
    summary: 'Sửa định mức',
    response: ModelSetting,
    params: IdParam,
    body: UpdateModelSetting,
    handler: (ctx, { params, body }) => updateSetting(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/compliance`,
    operationId: 'readModelCompliance',
    access: 'models:read',
    tags,
    summary: 'Tình hình xây dựng mô hình của các cơ quan Nhà nước so với định mức 01–02 mô hình',
    response: ModelCompliance,
    query: ModelComplianceQuery,
    handler: (ctx, { query }) => readCompliance(ctx, query),
  });

  // --- commendations ---------------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: `${B}/commendations`,
    operationId: 'listCommendations',
    access: 'models:read',
    tags,
    summary: 'Danh sách biểu dương, khen thưởng',
    response: paged(Commendation),
    query: CommendationQuery,
    handler: (ctx, { query }) => listCommendations(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: `${B}/commendations/export.xlsx`,
    operationId: 'exportCommendations',
    access: 'models:read',
    tags,
    summary: 'Xuất danh sách khen thưởng ra tệp .xlsx',
    response: { file: [XLSX] },
    query: CommendationExportQuery,
    handler: async (ctx, { query }) =>
      download({
        filename: 'khen-thuong-dan-van-kheo.xlsx',
        contentType: XLSX,
        body: await exportCommendationsXlsx(ctx, query),
      }),
  });
  route(app, {
    method: 'POST',
    url: `${B}/commendations`,
    operationId: 'createCommendation',
    access: 'models:read',
    tags,
    summary:
      'Ghi nhận biểu dương, khen thưởng (đơn vị hoặc cơ quan đánh giá; quyền do chính sách quyết định)',
    response: Commendation,
    status: 201,
    body: CreateCommendation,
    handler: (ctx, { body }) => createCommendation(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/commendations/:id`,
    operationId: 'getCommendation',
    access: 'models:read',
    tags,
    summary: 'Xem một khen thưởng',
    response: Commendation,
    params: IdParam,
    handler: (ctx, { params }) => getCommendation(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/commendations/:id`,
    operationId: 'updateCommendation',
    access: 'models:read',
    tags,
    summary: 'Sửa khen thưởng (đơn vị hoặc cơ quan đánh giá)',
    response: Commendation,
    params: IdParam,
    body: UpdateCommendation,
    handler: (ctx, { params, body }) => updateCommendation(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/commendations/:id/decision.docx`,
    operationId: 'downloadCommendationDecision',
    access: 'models:read',
    tags,
    summary: 'Tải quyết định khen thưởng .docx theo thể thức Nghị định 30/2020/NĐ-CP',
    response: { file: [DOCX] },
    params: IdParam,
    handler: async (ctx, { params }) => {
      const { buffer, filename } = await commendationDocx(ctx, params.id);
      return download({ filename, contentType: DOCX, body: buffer });
    },
  });
}
