import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CreateOrgUnit,
  DeactivateOrgUnit,
  IdParam,
  ImportPreview,
  ImportResult,
  MergeOrgUnits,
  MoveOrgUnit,
  OrgGroup,
  OrgUnit,
  OrgUnitHistory,
  OrgUnitListQuery,
  paged,
  SplitOrgUnit,
  UpdateOrgUnit,
} from '@danvan/contracts';
import { download, route } from '../../core/route.ts';
import { readUpload } from '../../core/files.ts';
import { listUnitGroups } from './group/read-group.ts';
import { commitImport } from './import/commit-import.ts';
import { exportUnits } from './import/export-units.ts';
import { previewImport } from './import/preview-import.ts';
import { createUnit } from './unit/create-unit.ts';
import { deactivateUnit } from './unit/deactivate-unit.ts';
import { mergeUnits } from './unit/merge-units.ts';
import { moveUnit } from './unit/move-unit.ts';
import { getUnit, listRoots, listUnits } from './unit/read-unit.ts';
import { splitUnit } from './unit/split-unit.ts';
import { unitHistory } from './unit/unit-history.ts';
import { updateUnit } from './unit/update-unit.ts';

const tags = ['Cơ cấu tổ chức'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerOrgRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/v1/org/units',
    operationId: 'listUnits',
    access: 'org:read',
    tags,
    summary: 'Danh sách đơn vị trong phạm vi',
    response: paged(OrgUnit),
    query: OrgUnitListQuery,
    handler: (ctx, { query }) => listUnits(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/org/roots',
    operationId: 'listRootUnits',
    access: 'org:read',
    tags,
    summary: 'Các đơn vị gốc của cây mà người dùng được xem',
    response: paged(OrgUnit),
    handler: (ctx) => listRoots(ctx),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/org/groups',
    operationId: 'listUnitGroups',
    access: 'org:read',
    tags,
    summary: 'Nhóm đơn vị (khối)',
    response: paged(OrgGroup),
    handler: (ctx) => listUnitGroups(ctx),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/org/units/:id',
    operationId: 'getUnit',
    access: 'org:read',
    tags,
    summary: 'Một đơn vị',
    response: OrgUnit,
    params: IdParam,
    handler: (ctx, { params }) => getUnit(ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/org/units/:id/history',
    operationId: 'getUnitHistory',
    access: 'org:read',
    tags,
    summary: 'Lịch sử đơn vị: đổi tên, chuyển, sáp nhập, chia tách',
    response: OrgUnitHistory,
    params: IdParam,
    handler: (ctx, { params }) => unitHistory(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/org/units',
    operationId: 'createUnit',
    access: 'org:write',
    tags,
    summary: 'Tạo đơn vị',
    response: OrgUnit,
    body: CreateOrgUnit,
    handler: (ctx, { body }) => createUnit(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: '/api/v1/org/units/:id',
    operationId: 'updateUnit',
    access: 'org:write',
    tags,
    summary: 'Sửa, đổi tên đơn vị',
    response: OrgUnit,
    params: IdParam,
    body: UpdateOrgUnit,
    handler: (ctx, { params, body }) => updateUnit(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/org/units/:id/move',
    operationId: 'moveUnit',
    access: 'org:write',
    tags,
    summary: 'Chuyển đơn vị sang đơn vị cấp trên khác',
    response: OrgUnit,
    params: IdParam,
    body: MoveOrgUnit,
    handler: (ctx, { params, body }) => moveUnit(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/org/units/:id/deactivate',
    operationId: 'deactivateUnit',
    access: 'org:write',
    tags,
    summary: 'Ngừng hoạt động đơn vị',
    response: OrgUnit,
    params: IdParam,
    body: DeactivateOrgUnit,
    handler: (ctx, { params, body }) => deactivateUnit(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/org/merge',
    operationId: 'mergeUnits',
    access: 'org:write',
    tags,
    summary: 'Sáp nhập đơn vị vào đơn vị kế thừa từ một ngày',
    response: OrgUnit,
    body: MergeOrgUnits,
    handler: (ctx, { body }) => mergeUnits(ctx, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/org/split',
    operationId: 'splitUnit',
    access: 'org:write',
    tags,
    summary: 'Chia tách đơn vị',
    response: z.array(OrgUnit),
    body: SplitOrgUnit,
    handler: (ctx, { body }) => splitUnit(ctx, body),
  });
  route(app, {
    method: 'POST',
    url: '/api/v1/org/import',
    operationId: 'importUnits',
    access: 'org:write',
    tags,
    summary: 'Nhập danh sách đơn vị từ .xlsx/.csv (mode=preview: xem trước, không ghi)',
    response: z.union([ImportPreview, ImportResult]),
    upload: { file: 'Danh sách đơn vị (.xlsx hoặc .csv theo mẫu xuất)' },
    query: z.object({ mode: z.enum(['preview', 'commit']).default('preview') }),
    handler: async (ctx, { query }, req) => {
      const file = await readUpload(req, ctx.config.maxUploadBytes);
      return query.mode === 'commit' ? commitImport(ctx, file) : previewImport(ctx, file);
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/v1/org/export.xlsx',
    operationId: 'exportUnits',
    access: 'org:read',
    tags,
    summary: 'Xuất danh sách đơn vị ra .xlsx',
    response: { file: [XLSX] },
    query: OrgUnitListQuery.omit({ page: true, pageSize: true }),
    handler: async (ctx, { query }) =>
      download({ filename: 'don-vi.xlsx', contentType: XLSX, body: await exportUnits(ctx, query) }),
  });
}
