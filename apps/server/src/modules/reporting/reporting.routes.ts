import type { FastifyInstance } from 'fastify';
import {
  AcceptReport,
  CompileReport,
  CreatePeriod,
  CreateTemplate,
  DrilldownQuery,
  IdParam,
  OpenReport,
  PeriodListQuery,
  PeriodReportsQuery,
  ReopenReport,
  ReturnReport,
  RollupQuery,
  SaveReport,
  SubmitReport,
  TemplateListQuery,
  UpdatePeriod,
  UpdateTemplate,
} from '@danvan/contracts';
import { download, route } from '../../core/route.ts';
import { createTemplate } from './template/create-template.ts';
import { getTemplate, listProviders, listTemplates } from './template/read-template.ts';
import { updateTemplate } from './template/update-template.ts';
import { createPeriod } from './period/create-period.ts';
import { getPeriod, listPeriods } from './period/read-period.ts';
import { remindLateUnits } from './period/remind-late-units.ts';
import { updatePeriod } from './period/update-period.ts';
import { acceptReport } from './report/accept-report.ts';
import { openReport } from './report/open-report.ts';
import { getReport } from './report/read-report.ts';
import { recomputeReport } from './report/recompute-report.ts';
import { reopenReport } from './report/reopen-report.ts';
import { returnReport } from './report/return-report.ts';
import { saveReport } from './report/save-report.ts';
import { submitReport } from './report/submit-report.ts';
import { compileProvinceReport } from './rollup/compile-province-report.ts';
import { periodReports } from './rollup/period-reports.ts';
import { getCompilation } from './rollup/read-compilation.ts';
import { getDashboard } from './rollup/read-dashboard.ts';
import { getDrilldown, getRollup } from './rollup/read-rollup.ts';
import * as docs from './reporting.documents.ts';

const tags = ['Báo cáo định kỳ'];
const base = '/api/v1/reporting';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerReportingRoutes(app: FastifyInstance) {
  // Templates (đề cương): reference data every signed-in user may read; coordinators edit their own.
  route(app, {
    method: 'GET',
    url: `${base}/templates`,
    access: 'authenticated',
    tags,
    summary: 'Danh sách đề cương báo cáo (phiên bản mới nhất, hoặc tất cả với all=true)',
    query: TemplateListQuery,
    handler: (ctx, { query }) => listTemplates(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: `${base}/templates/:id`,
    access: 'authenticated',
    tags,
    summary: 'Một đề cương: các mục, chỉ tiêu, quy tắc kiểm tra, các phiên bản',
    params: IdParam,
    handler: (ctx, { params }) => getTemplate(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: `${base}/templates`,
    access: 'reporting:templates',
    tags,
    summary: 'Tạo đề cương báo cáo của đơn vị',
    body: CreateTemplate,
    handler: (ctx, { body }) => createTemplate(ctx, body),
  });
  route(app, {
    method: 'PUT',
    url: `${base}/templates/:id`,
    access: 'reporting:templates',
    tags,
    summary: 'Sửa đề cương; đề cương đang được dùng thì tạo phiên bản mới',
    params: IdParam,
    body: UpdateTemplate,
    handler: (ctx, { params, body }) => updateTemplate(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: `${base}/providers`,
    access: 'authenticated',
    tags,
    summary: 'Các số liệu hệ thống tự tính (để gắn vào chỉ tiêu)',
    handler: async (ctx) => listProviders(ctx),
  });

  // Periods
  route(app, {
    method: 'GET',
    url: `${base}/periods`,
    access: 'reporting:read',
    tags,
    summary: 'Các kỳ báo cáo trong phạm vi',
    query: PeriodListQuery,
    handler: (ctx, { query }) => listPeriods(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: `${base}/periods/:id`,
    access: 'reporting:read',
    tags,
    summary: 'Một kỳ báo cáo',
    params: IdParam,
    handler: (ctx, { params }) => getPeriod(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: `${base}/periods`,
    access: 'reporting:review',
    tags,
    summary: 'Tạo kỳ báo cáo: loại, năm, thời gian, ngày chốt số liệu, hạn nộp từng cấp, đơn vị phải báo cáo',
    body: CreatePeriod,
    handler: (ctx, { body }) => createPeriod(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: `${base}/periods/:id`,
    access: 'reporting:review',
    tags,
    summary: 'Sửa kỳ báo cáo (tên, ngày chốt, hạn nộp, đơn vị phải báo cáo, đóng/mở)',
    params: IdParam,
    body: UpdatePeriod,
    handler: (ctx, { params, body }) => updatePeriod(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${base}/periods/:id/remind`,
    access: 'reporting:review',
    tags,
    summary: 'Nhắc các đơn vị chưa nộp báo cáo của kỳ (mỗi đơn vị một lần trong ngày)',
    params: IdParam,
    handler: (ctx, { params }) => remindLateUnits(ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: `${base}/periods/:id/reports`,
    access: 'reporting:read',
    tags,
    summary: 'Tình hình báo cáo của các đơn vị phải báo cáo (dưới một đơn vị)',
    params: IdParam,
    query: PeriodReportsQuery,
    handler: (ctx, { params, query }) => periodReports(ctx, params.id, query),
  });
  route(app, {
    method: 'POST',
    url: `${base}/periods/:id/reports`,
    access: 'reporting:enter',
    tags,
    summary: 'Lập (mở) báo cáo của đơn vị trong kỳ, số liệu hệ thống điền sẵn',
    params: IdParam,
    body: OpenReport,
    handler: (ctx, { params, body }) => openReport(ctx, params.id, body.unitId),
  });
  route(app, {
    method: 'GET',
    url: `${base}/periods/:id/rollup`,
    access: 'reporting:read',
    tags,
    summary: 'Tổng hợp số liệu của một đơn vị và cấp dưới trong kỳ',
    params: IdParam,
    query: RollupQuery,
    handler: (ctx, { params, query }) => getRollup(ctx, params.id, query),
  });
  route(app, {
    method: 'GET',
    url: `${base}/periods/:id/rollup/units`,
    access: 'reporting:read',
    tags,
    summary: 'Chi tiết một chỉ tiêu theo từng đơn vị',
    params: IdParam,
    query: DrilldownQuery,
    handler: (ctx, { params, query }) => getDrilldown(ctx, params.id, query),
  });
  route(app, {
    method: 'GET',
    url: `${base}/periods/:id/dashboard`,
    access: 'reporting:read',
    tags,
    summary: 'Bảng theo dõi kỳ báo cáo: tỷ lệ đầy đủ, đúng hạn, chỉ tiêu chính, so với kỳ trước',
    params: IdParam,
    query: RollupQuery,
    handler: (ctx, { params, query }) => getDashboard(ctx, params.id, query),
  });
  route(app, {
    method: 'GET',
    url: `${base}/periods/:id/compilation`,
    access: 'reporting:review',
    tags,
    summary: 'Tổng hợp báo cáo của tỉnh: số liệu và nội dung các đơn vị theo từng mục',
    params: IdParam,
    query: RollupQuery.pick({ includeSubmitted: true }),
    handler: (ctx, { params, query }) => getCompilation(ctx, params.id, query),
  });
  route(app, {
    method: 'POST',
    url: `${base}/periods/:id/compile`,
    access: 'reporting:review',
    tags,
    summary: 'Lập (hoặc cập nhật) báo cáo của tỉnh từ báo cáo các đơn vị',
    params: IdParam,
    body: CompileReport,
    handler: (ctx, { params, body }) => compileProvinceReport(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: `${base}/periods/:id/export.xlsx`,
    access: 'reporting:read',
    tags,
    summary: 'Xuất bảng chỉ tiêu của các đơn vị trong kỳ ra .xlsx',
    params: IdParam,
    query: RollupQuery,
    handler: async (ctx, { params, query }) => {
      const { buffer, filename } = await docs.periodXlsx(ctx, params.id, query);
      return download({ filename, contentType: XLSX, body: buffer });
    },
  });

  // Reports
  route(app, {
    method: 'GET',
    url: `${base}/reports/:id`,
    access: 'reporting:read',
    tags,
    summary: 'Một báo cáo: nội dung, số liệu và nguồn, lỗi kiểm tra, lịch sử',
    params: IdParam,
    handler: (ctx, { params }) => getReport(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: `${base}/reports/:id`,
    access: 'reporting:enter',
    tags,
    summary: 'Lưu báo cáo (nội dung, số liệu); trả về các cảnh báo',
    params: IdParam,
    body: SaveReport,
    handler: (ctx, { params, body }) => saveReport(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${base}/reports/:id/recompute`,
    access: 'reporting:enter',
    tags,
    summary: 'Tính lại các số liệu hệ thống cung cấp',
    params: IdParam,
    handler: (ctx, { params }) => recomputeReport(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: `${base}/reports/:id/submit`,
    access: 'reporting:submit',
    tags,
    summary: 'Gửi (gửi lại) báo cáo lên cấp trên',
    params: IdParam,
    body: SubmitReport,
    handler: (ctx, { params, body }) => submitReport(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${base}/reports/:id/return`,
    access: 'reporting:review',
    tags,
    summary: 'Trả lại báo cáo kèm ý kiến theo từng mục',
    params: IdParam,
    body: ReturnReport,
    handler: (ctx, { params, body }) => returnReport(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${base}/reports/:id/accept`,
    access: 'reporting:review',
    tags,
    summary: 'Tiếp nhận báo cáo (khóa số liệu)',
    params: IdParam,
    body: AcceptReport,
    handler: (ctx, { params, body }) => acceptReport(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${base}/reports/:id/reopen`,
    access: 'reporting:review',
    tags,
    summary: 'Mở lại báo cáo đã tiếp nhận, nêu lý do',
    params: IdParam,
    body: ReopenReport,
    handler: (ctx, { params, body }) => reopenReport(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: `${base}/reports/:id/export.docx`,
    access: 'reporting:read',
    tags,
    summary: 'Tải báo cáo .docx theo thể thức Nghị định 30/2020/NĐ-CP',
    params: IdParam,
    handler: async (ctx, { params }) => {
      const { buffer, filename } = await docs.reportDocx(ctx, params.id);
      return download({ filename, contentType: DOCX, body: buffer });
    },
  });
  route(app, {
    method: 'GET',
    url: `${base}/reports/:id/export.xlsx`,
    access: 'reporting:read',
    tags,
    summary: 'Tải bảng chỉ tiêu của báo cáo .xlsx',
    params: IdParam,
    handler: async (ctx, { params }) => {
      const { buffer, filename } = await docs.reportXlsx(ctx, params.id);
      return download({ filename, contentType: XLSX, body: buffer });
    },
  });
}
