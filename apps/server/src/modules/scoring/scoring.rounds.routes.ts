/** Routes of the year's rounds: opening, compliance, ranking, the decision, publishing, proposing scores. */
import type { FastifyInstance } from 'fastify';
import {
  CreateRound,
  IdParam,
  PublishRound,
  Ranking,
  RankingQuery,
  Round,
  RoundComplianceRow,
  RoundProposeResult,
  RoundQuery,
  UpdateRound,
  VersionBody,
  paged,
} from '@danvan/contracts';
import { download, route } from '../../core/route.ts';
import { createRound, openRound, updateRound } from './round/create-round.ts';
import { publishRound } from './round/publish-round.ts';
import { readCompliance, readRanking } from './round/read-results.ts';
import { getRound, listRounds } from './round/read-round.ts';
import { proposeRoundScores } from './round/propose-round.ts';
import { decisionDocx, rankingXlsx } from './scoring.documents.ts';
import { B, DOCX, tags, XLSX } from './shared/route-helpers.ts';

export function registerRoundRoutes(app: FastifyInstance) {
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
}
