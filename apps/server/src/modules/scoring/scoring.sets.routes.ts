/** Routes of the criteria sets (versioned, issued, shared downwards). */
import type { FastifyInstance } from 'fastify';
import {
  CreateCriteriaSet,
  CriteriaSet,
  CriteriaSetQuery,
  CriteriaSetSummary,
  IdParam,
  UpdateCriteriaSet,
  VersionBody,
  paged,
} from '@danvan/contracts';
import { route } from '../../core/route.ts';
import { createSet } from './set/create-set.ts';
import { getSet, listSets } from './set/read-set.ts';
import { issueSet, updateSet } from './set/update-set.ts';
import { B, tags } from './shared/route-helpers.ts';

export function registerSetRoutes(app: FastifyInstance) {
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
}
