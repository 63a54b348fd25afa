import type { FastifyInstance } from 'fastify';
import {
  AppraiseItem,
  AssessmentComment,
  AssessmentDetail,
  AssessmentQuery,
  AssessmentSummary,
  BandScheme,
  CreateAssessmentComment,
  CreateCriteriaSet,
  CreateRound,
  CriteriaSet,
  CriteriaSetQuery,
  CriteriaSetSummary,
  DecideAssessment,
  ExplainItem,
  IdParam,
  ItemParams,
  OpenAssessment,
  Proposer,
  PublishRound,
  Ranking,
  RankingQuery,
  Round,
  RoundComplianceRow,
  RoundProposeResult,
  RoundQuery,
  SelfScoreItem,
  UpdateCriteriaSet,
  UpdateRound,
  VersionBody,
  paged,
} from '@danvan/contracts';
import { wholeList } from '../../core/page.ts';
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
import { listBandSchemes } from './band-scheme/read-band-scheme.ts';
import { proposerList } from './proposer/proposer.registry.ts';
import { createRound, openRound, updateRound } from './round/create-round.ts';
import { publishRound } from './round/publish-round.ts';
import { readCompliance, readRanking } from './round/read-results.ts';
import { getRound, listRounds } from './round/read-round.ts';
import { proposeRoundScores } from './round/propose-round.ts';
import { assessmentXlsx, decisionDocx, rankingXlsx } from './scoring.documents.ts';
import { createSet } from './set/create-set.ts';
import { getSet, listSets } from './set/read-set.ts';
import { issueSet, updateSet } from './set/update-set.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['Chấm điểm, thẩm định, xếp loại'];
const B = '/api/v1/scoring';

export function registerScoringRoutes(app: FastifyInstance) {
  // --- reference ------------------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: `${B}/band-schemes`,
    operationId: 'listScoringBandSchemes',
    access: 'scoring:read',
    tags,
    summary: 'Các thang xếp loại (mức điểm, điều kiện, tỷ lệ khống chế)',
    response: paged(BandScheme),
    handler: (ctx) => listBandSchemes(ctx),
  });
  route(app, {
    method: 'GET',
    url: `${B}/proposers`,
    operationId: 'listScoringProposers',
    access: 'scoring:read',
    tags,
    summary: 'Các số liệu đề xuất điểm từ dữ liệu của hệ thống',
    response: paged(Proposer),
    handler: async () => wholeList(proposerList()),
  });

  // --- criteria sets --------------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: `${B}/sets`,
    operationId: 'listScoringSets',
    access: 'scoring:read',
    tags,
    summary: 'Danh sách bộ tiêu chí chấm điểm',
    response: paged(CriteriaSetSummary),
    query: CriteriaSetQuery,
    handler: (ctx, { query }) => listSets(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: `${B}/sets`,
    operationId: 'createScoringSet',
    access: 'scoring:manage',
    tags,
    summary: 'Tạo bộ tiêu chí (dự thảo)',
    response: CriteriaSet,
    status: 201,
    body: CreateCriteriaSet,
    handler: (ctx, { body }) => createSet(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/sets/:id`,
    operationId: 'getScoringSet',
    access: 'scoring:read',
    tags,
    summary: 'Xem bộ tiêu chí',
    response: CriteriaSet,
    params: IdParam,
    handler: (ctx, { params }) => getSet(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/sets/:id`,
    operationId: 'updateScoringSet',
    access: 'scoring:manage',
    tags,
    summary: 'Sửa bộ tiêu chí (bộ đã dùng: tạo phiên bản mới)',
    response: CriteriaSet,
    params: IdParam,
    body: UpdateCriteriaSet,
    handler: (ctx, { params, body }) => updateSet(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/sets/:id/issue`,
    operationId: 'issueScoringSet',
    access: 'scoring:manage',
    tags,
    summary: 'Ban hành bộ tiêu chí',
    response: CriteriaSet,
    params: IdParam,
    body: VersionBody,
    handler: (ctx, { params, body }) => issueSet(ctx, params.id, body.version),
  });

  // --- rounds ---------------------------------------------------------------------------------
  route(app, {
    method: 'GET',
    url: `${B}/rounds`,
    operationId: 'listScoringRounds',
    access: 'scoring:read',
    tags,
    summary: 'Danh sách đợt chấm điểm',
    response: paged(Round),
    query: RoundQuery,
    handler: (ctx, { query }) => listRounds(ctx, query),
  });
  route(app, {
    method: 'POST',
    url: `${B}/rounds`,
    operationId: 'createScoringRound',
    access: 'scoring:manage',
    tags,
    summary: 'Mở đợt chấm điểm năm (ban hành bộ tiêu chí cho các khối đơn vị)',
    response: Round,
    status: 201,
    body: CreateRound,
    handler: (ctx, { body }) => createRound(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/rounds/:id`,
    operationId: 'getScoringRound',
    access: 'scoring:read',
    tags,
    summary: 'Xem đợt chấm điểm',
    response: Round,
    params: IdParam,
    handler: (ctx, { params }) => getRound(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/rounds/:id`,
    operationId: 'updateScoringRound',
    access: 'scoring:manage',
    tags,
    summary: 'Sửa đợt chấm điểm (hạn gửi, thời hạn giải trình, quyết định)',
    response: Round,
    params: IdParam,
    body: UpdateRound,
    handler: (ctx, { params, body }) => updateRound(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/rounds/:id/open`,
    operationId: 'openScoringRound',
    access: 'scoring:manage',
    tags,
    summary: 'Mở đợt chấm điểm: ban hành bộ tiêu chí cho các đơn vị',
    response: Round,
    params: IdParam,
    body: VersionBody,
    handler: (ctx, { params, body }) => openRound(ctx, params.id, body.version),
  });
  route(app, {
    method: 'GET',
    url: `${B}/rounds/:id/compliance`,
    operationId: 'getScoringCompliance',
    access: 'scoring:read',
    tags,
    summary: 'Tình hình tự chấm của các đơn vị (đơn vị chưa gửi)',
    response: paged(RoundComplianceRow),
    params: IdParam,
    handler: (ctx, { params }) => readCompliance(ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: `${B}/rounds/:id/ranking`,
    operationId: 'getScoringRanking',
    access: 'scoring:read',
    tags,
    summary: 'Kết quả xếp loại, xếp hạng trong từng khối',
    response: Ranking,
    params: IdParam,
    query: RankingQuery,
    handler: (ctx, { params, query }) => readRanking(ctx, params.id, query),
  });
  route(app, {
    method: 'GET',
    url: `${B}/rounds/:id/ranking.xlsx`,
    operationId: 'exportScoringRanking',
    access: 'scoring:read',
    tags,
    summary: 'Xuất bảng xếp hạng theo khối ra tệp .xlsx',
    response: { file: [XLSX] },
    params: IdParam,
    query: RankingQuery,
    handler: async (ctx, { params, query }) => {
      const { buffer, filename } = await rankingXlsx(ctx, params.id, query.groupId);
      return download({ filename, contentType: XLSX, body: buffer });
    },
  });
  route(app, {
    method: 'GET',
    url: `${B}/rounds/:id/decision.docx`,
    operationId: 'downloadScoringDecision',
    access: 'scoring:read',
    tags,
    summary: 'Tải quyết định công nhận kết quả đánh giá, xếp loại (.docx, Nghị định 30/2020/NĐ-CP)',
    response: { file: [DOCX] },
    params: IdParam,
    handler: async (ctx, { params }) => {
      const { buffer, filename } = await decisionDocx(ctx, params.id);
      return download({ filename, contentType: DOCX, body: buffer });
    },
  });
  route(app, {
    method: 'POST',
    url: `${B}/rounds/:id/publish`,
    operationId: 'publishScoringRound',
    access: 'scoring:manage',
    tags,
    summary: 'Công bố kết quả đánh giá, xếp loại',
    response: Round,
    params: IdParam,
    body: PublishRound,
    handler: (ctx, { params, body }) => publishRound(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/rounds/:id/propose`,
    operationId: 'proposeScoringRound',
    access: 'scoring:manage',
    tags,
    summary: 'Đề xuất điểm từ số liệu cho mọi bản tự chấm đang soạn của đợt',
    response: RoundProposeResult,
    params: IdParam,
    body: VersionBody,
    handler: (ctx, { params, body }) => proposeRoundScores(ctx, params.id, body.version),
  });

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
