/** Routes of situation notes (nắm tình hình Nhân dân) and their follow-up actions. */
import type { FastifyInstance } from 'fastify';
import {
  CreateSituation,
  CreateSituationFollowUp,
  IdParam,
  paged,
  Situation,
  SituationExportQuery,
  SituationQuery,
  UpdateSituation,
  UpdateSituationFollowUp,
} from '@danvan/contracts';
import { download, route } from '../../core/route.ts';
import { getSituation, listSituations } from './situation/read-situation.ts';
import { createSituation } from './situation/create-situation.ts';
import { updateSituation } from './situation/update-situation.ts';
import { deleteSituation } from './situation/delete-situation.ts';
import { exportSituations } from './situation/export-situations.ts';
import { createFollowUp } from './follow-up/create-follow-up.ts';
import { updateFollowUp } from './follow-up/update-follow-up.ts';
import { deleteFollowUp } from './follow-up/delete-follow-up.ts';

const tags = ['Nắm tình hình Nhân dân'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const B = '/api/v1/situations';

export function registerSituationsRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: B,
    operationId: 'listSituations',
    access: 'situations:read',
    tags,
    summary: 'Sổ theo dõi tình hình Nhân dân (lọc theo lĩnh vực, mức độ, tình trạng, đơn vị, khoảng ngày)',
    response: paged(Situation),
    query: SituationQuery,
    handler: (ctx, { query }) => listSituations(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: `${B}/export.xlsx`,
    operationId: 'exportSituations',
    access: 'situations:read',
    tags,
    summary: 'Xuất sổ theo dõi tình hình ra .xlsx',
    response: { file: [XLSX] },
    query: SituationExportQuery,
    handler: async (ctx, { query }) =>
      download({
        filename: 'tinh-hinh-nhan-dan.xlsx',
        contentType: XLSX,
        body: await exportSituations(ctx, query),
      }),
  });
  route(app, {
    method: 'GET',
    url: `${B}/:id`,
    operationId: 'getSituation',
    access: 'situations:read',
    tags,
    summary: 'Một tình hình và các việc cần làm',
    response: Situation,
    params: IdParam,
    handler: (ctx, { params }) => getSituation(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: B,
    operationId: 'createSituation',
    access: 'situations:write',
    tags,
    summary: 'Ghi nhận tình hình',
    response: Situation,
    body: CreateSituation,
    handler: (ctx, { body }) => createSituation(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/:id`,
    operationId: 'updateSituation',
    access: 'situations:write',
    tags,
    summary: 'Sửa tình hình, chuyển tình trạng (theo phiên bản)',
    response: Situation,
    params: IdParam,
    body: UpdateSituation,
    handler: (ctx, { params, body }) => updateSituation(ctx, params.id, body),
  });
  route(app, {
    method: 'DELETE',
    url: `${B}/:id`,
    operationId: 'deleteSituation',
    access: 'situations:write',
    tags,
    summary: 'Xóa tình hình',
    response: null,
    params: IdParam,
    handler: (ctx, { params }) => deleteSituation(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: `${B}/:id/follow-ups`,
    operationId: 'createSituationFollowUp',
    access: 'situations:write',
    tags,
    summary: 'Thêm việc cần làm',
    response: Situation,
    params: IdParam,
    body: CreateSituationFollowUp,
    handler: (ctx, { params, body }) => createFollowUp(ctx, params.id, body),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/follow-ups/:id`,
    operationId: 'updateSituationFollowUp',
    access: 'situations:write',
    tags,
    summary: 'Cập nhật việc cần làm (theo phiên bản)',
    response: Situation,
    params: IdParam,
    body: UpdateSituationFollowUp,
    handler: (ctx, { params, body }) => updateFollowUp(ctx, params.id, body),
  });
  route(app, {
    method: 'DELETE',
    url: `${B}/follow-ups/:id`,
    operationId: 'deleteSituationFollowUp',
    access: 'situations:write',
    tags,
    summary: 'Xóa việc cần làm',
    response: null,
    params: IdParam,
    handler: (ctx, { params }) => deleteFollowUp(ctx, params.id),
  });
}
