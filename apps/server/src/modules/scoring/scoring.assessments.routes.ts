/** Routes of the units' assessments: self-scoring, submission, appraisal, explanation, decision, comments. */
import type { FastifyInstance } from 'fastify';
import {
  AppraiseItem,
  AssessmentComment,
  AssessmentDetail,
  AssessmentQuery,
  AssessmentSummary,
  CreateAssessmentComment,
  DecideAssessment,
  ExplainItem,
  IdParam,
  ItemParams,
  OpenAssessment,
  SelfScoreItem,
  VersionBody,
  paged,
} from '@danvan/contracts';
import { download, route } from '../../core/route.ts';
import { appraiseItem } from './assessment/appraise-item.ts';
import { commentAssessment } from './assessment/comment-assessment.ts';
import { decideAssessment } from './assessment/decide-assessment.ts';
import { explainItem } from './assessment/explain-item.ts';
import { openAssessment } from './assessment/open-assessment.ts';
import { proposeAssessment } from './assessment/propose-assessment.ts';
import { getAssessment, listAssessments } from './assessment/read-assessment.ts';
import { selfScoreItem } from './assessment/self-score-item.ts';
import { sendAppraisal } from './assessment/send-appraisal.ts';
import { sendExplanation } from './assessment/send-explanation.ts';
import { submitAssessment } from './assessment/submit-assessment.ts';
import { assessmentXlsx } from './scoring.documents.ts';
import { B, tags, XLSX } from './shared/route-helpers.ts';

export function registerAssessmentRoutes(app: FastifyInstance) {
  // --- assessments ----------------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: `${B}/assessments`,
    operationId: 'listScoringAssessments',
    access: 'scoring:read',
    tags,
    summary: 'Danh sách bản chấm điểm của các đơn vị',
    response: paged(AssessmentSummary),
    query: AssessmentQuery,
    handler: (ctx, { query }) => listAssessments(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: `${B}/assessments`,
    operationId: 'openScoringAssessment',
    access: 'scoring:draft',
    tags,
    summary: 'Mở bản tự chấm của đơn vị (điểm đề xuất từ số liệu)',
    response: AssessmentDetail,
    status: 201,
    body: OpenAssessment,
    handler: (ctx, { body }) => openAssessment(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/assessments/:id`,
    operationId: 'getScoringAssessment',
    access: 'scoring:read',
    tags,
    summary: 'Xem bản chấm điểm',
    response: AssessmentDetail,
    params: IdParam,
    handler: (ctx, { params }) => getAssessment(ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: `${B}/assessments/:id/export.xlsx`,
    operationId: 'exportScoringAssessment',
    access: 'scoring:read',
    tags,
    summary: 'Xuất bản tự chấm và kết quả thẩm định ra tệp .xlsx',
    response: { file: [XLSX] },
    params: IdParam,
    handler: async (ctx, { params }) => {
      const { buffer, filename } = await assessmentXlsx(ctx, params.id);
      return download({ filename, contentType: XLSX, body: buffer });
    },
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/assessments/:id/items/:itemId`,
    operationId: 'selfScoreScoringItem',
    access: 'scoring:draft',
    tags,
    summary: 'Tự chấm một tiêu chí (điểm, lý do, tài liệu kiểm chứng)',
    response: AssessmentDetail,
    params: ItemParams,
    body: SelfScoreItem,
    handler: (ctx, { params, body }) => selfScoreItem(ctx, params.id, params.itemId, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/assessments/:id/propose`,
    operationId: 'proposeScoringAssessment',
    access: 'scoring:draft',
    tags,
    summary: 'Cập nhật điểm đề xuất từ số liệu',
    response: AssessmentDetail,
    params: IdParam,
    body: VersionBody,
    handler: (ctx, { params, body }) => proposeAssessment(ctx, params.id, body.version),
  });
  route(app, {
    method: 'POST',
    url: `${B}/assessments/:id/submit`,
    operationId: 'submitScoringAssessment',
    access: 'scoring:submit',
    tags,
    summary: 'Gửi bản tự chấm',
    response: AssessmentDetail,
    params: IdParam,
    body: VersionBody,
    handler: (ctx, { params, body }) => submitAssessment(ctx, params.id, body.version),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/assessments/:id/items/:itemId/appraisal`,
    operationId: 'appraiseScoringItem',
    access: 'scoring:appraise',
    tags,
    summary: 'Thẩm định một tiêu chí (điểm thẩm định, nhận xét)',
    response: AssessmentDetail,
    params: ItemParams,
    body: AppraiseItem,
    handler: (ctx, { params, body }) => appraiseItem(ctx, params.id, params.itemId, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/assessments/:id/send-appraisal`,
    operationId: 'sendScoringAppraisal',
    access: 'scoring:appraise',
    tags,
    summary: 'Gửi kết quả thẩm định cho đơn vị (mở thời hạn giải trình)',
    response: AssessmentDetail,
    params: IdParam,
    body: VersionBody,
    handler: (ctx, { params, body }) => sendAppraisal(ctx, params.id, body.version),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/assessments/:id/items/:itemId/explanation`,
    operationId: 'explainScoringItem',
    access: 'scoring:draft',
    tags,
    summary: 'Giải trình một tiêu chí',
    response: AssessmentDetail,
    params: ItemParams,
    body: ExplainItem,
    handler: (ctx, { params, body }) => explainItem(ctx, params.id, params.itemId, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/assessments/:id/send-explanation`,
    operationId: 'sendScoringExplanation',
    access: 'scoring:submit',
    tags,
    summary: 'Gửi giải trình của đơn vị',
    response: AssessmentDetail,
    params: IdParam,
    body: VersionBody,
    handler: (ctx, { params, body }) => sendExplanation(ctx, params.id, body.version),
  });
  route(app, {
    method: 'POST',
    url: `${B}/assessments/:id/decide`,
    operationId: 'decideScoringAssessment',
    access: 'scoring:appraise',
    tags,
    summary: 'Kết luận điểm, xếp loại của đơn vị',
    response: AssessmentDetail,
    params: IdParam,
    body: DecideAssessment,
    handler: (ctx, { params, body }) => decideAssessment(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/assessments/:id/comments`,
    operationId: 'commentScoringAssessment',
    access: 'scoring:comment',
    tags,
    summary: 'Ý kiến của Ban Dân vận về bản chấm điểm',
    response: AssessmentComment,
    status: 201,
    params: IdParam,
    body: CreateAssessmentComment,
    handler: (ctx, { params, body }) => commentAssessment(ctx, params.id, body),
  });
}
