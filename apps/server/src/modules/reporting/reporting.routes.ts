import type { FastifyInstance } from 'fastify';
import {
  CompilationView,
  DashboardView,
  DrilldownRowView,
  FigureProviderViewSchema,
  PeriodView,
  RemindLateUnitsResultView,
  ReportRefView,
  ReportView,
  RollupView,
  ReportSaveView,
  TemplateDetailView,
  TemplateSummaryView,
  AcceptReport,
  CompileReport,
  CreatePeriod,
  CreateTemplate,
  DrilldownQuery,
  IdParam,
  OpenReport,
  paged,
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
import { listPeriodReports } from './rollup/period-reports.ts';
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
    operationId: 'listTemplates',
    access: 'authenticated',
    tags,
    summary: 'Danh sách đề cương báo cáo (phiên bản mới nhất, hoặc tất cả với all=true)',
    response: paged(TemplateSummaryView),
    query: TemplateListQuery,
    handler: (ctx, { query }) => listTemplates(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: `${base}/templates/:id`,
    operationId: 'getTemplate',
    access: 'authenticated',
    tags,
    summary: 'Một đề cương: các mục, chỉ tiêu, quy tắc kiểm tra, các phiên bản',
    response: TemplateDetailView,
    params: IdParam,
    handler: (ctx, { params }) => getTemplate(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: `${base}/templates`,
    operationId: 'createTemplate',
    access: 'reporting:templates',
    tags,
    summary: 'Tạo đề cương báo cáo của đơn vị',
    response: TemplateDetailView,
    body: CreateTemplate,
    handler: (ctx, { body }) => createTemplate(ctx, body),
  });
  route(app, {
    method: 'PUT',
    url: `${base}/templates/:id`,
    operationId: 'updateTemplate',
    access: 'reporting:templates',
    tags,
    summary: 'Sửa đề cương; đề cương đang được dùng thì tạo phiên bản mới',
    response: TemplateDetailView,
    params: IdParam,
    body: UpdateTemplate,
    handler: (ctx, { params, body }) => updateTemplate(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: `${base}/providers`,
    operationId: 'listFigureProviders',
    access: 'authenticated',
    tags,
    summary: 'Các số liệu hệ thống tự tính (để gắn vào chỉ tiêu)',
    response: paged(FigureProviderViewSchema),
    handler: async (ctx) => listProviders(ctx),
  });

  // Periods
  route(app, {
    method: 'GET',
    url: `${base}/periods`,
    operationId: 'listPeriods',
    access: 'reporting:read',
    tags,
    summary: 'Các kỳ báo cáo trong phạm vi',
    response: paged(PeriodView),
    query: PeriodListQuery,
    handler: (ctx, { query }) => listPeriods(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: `${base}/periods/:id`,
    operationId: 'getPeriod',
    access: 'reporting:read',
    tags,
    summary: 'Một kỳ báo cáo',
    response: PeriodView,
    params: IdParam,
    handler: (ctx, { params }) => getPeriod(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: `${base}/periods`,
    operationId: 'createPeriod',
    access: 'reporting:review',
    tags,
    summary: 'Tạo kỳ báo cáo: loại, năm, thời gian, ngày chốt số liệu, hạn nộp từng cấp, đơn vị phải báo cáo',
    response: PeriodView,
    body: CreatePeriod,
    handler: (ctx, { body }) => createPeriod(ctx, body),
  });
  route(app, {
    method: 'PATCH',
    url: `${base}/periods/:id`,
    operationId: 'updatePeriod',
    access: 'reporting:review',
    tags,
    summary: 'Sửa kỳ báo cáo (tên, ngày chốt, hạn nộp, đơn vị phải báo cáo, đóng/mở)',
    response: PeriodView,
    params: IdParam,
    body: UpdatePeriod,
    handler: (ctx, { params, body }) => updatePeriod(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${base}/periods/:id/remind`,
    operationId: 'remindLateUnits',
    access: 'reporting:review',
    tags,
    summary: 'Nhắc các đơn vị chưa nộp báo cáo của kỳ (mỗi đơn vị một lần trong ngày)',
    response: RemindLateUnitsResultView,
    params: IdParam,
    handler: (ctx, { params }) => remindLateUnits(ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: `${base}/periods/:id/reports`,
    operationId: 'listPeriodReports',
    access: 'reporting:read',
    tags,
    summary: 'Tình hình báo cáo của các đơn vị phải báo cáo (dưới một đơn vị)',
    response: paged(ReportRefView),
    params: IdParam,
    query: PeriodReportsQuery,
    handler: (ctx, { params, query }) => listPeriodReports(ctx, params.id, query),
  });
  route(app, {
    method: 'POST',
    url: `${base}/periods/:id/reports`,
    operationId: 'openReport',
    access: 'reporting:enter',
    tags,
    summary: 'Lập (mở) báo cáo của đơn vị trong kỳ, số liệu hệ thống điền sẵn',
    response: ReportView,
    params: IdParam,
    body: OpenReport,
    handler: (ctx, { params, body }) => openReport(ctx, params.id, body.unitId),
  });
  route(app, {
    method: 'GET',
    url: `${base}/periods/:id/rollup`,
    operationId: 'getRollup',
    access: 'reporting:read',
    tags,
    summary: 'Tổng hợp số liệu của một đơn vị và cấp dưới trong kỳ',
    response: RollupView,
    params: IdParam,
    query: RollupQuery,
    handler: (ctx, { params, query }) => getRollup(ctx, params.id, query),
  });
  route(app, {
    method: 'GET',
    url: `${base}/periods/:id/rollup/units`,
    operationId: 'getRollupDrilldown',
    access: 'reporting:read',
    tags,
    summary: 'Chi tiết một chỉ tiêu theo từng đơn vị',
    response: paged(DrilldownRowView),
    params: IdParam,
    query: DrilldownQuery,
    handler: (ctx, { params, query }) => getDrilldown(ctx, params.id, query),
  });
  route(app, {
    method: 'GET',
    url: `${base}/periods/:id/dashboard`,
    operationId: 'getPeriodDashboard',
    access: 'reporting:read',
    tags,
    summary: 'Bảng theo dõi kỳ báo cáo: tỷ lệ đầy đủ, đúng hạn, chỉ tiêu chính, so với kỳ trước',
    response: DashboardView,
    params: IdParam,
    query: RollupQuery,
    handler: (ctx, { params, query }) => getDashboard(ctx, params.id, query),
  });
  route(app, {
    method: 'GET',
    url: `${base}/periods/:id/compilation`,
    operationId: 'getCompilation',
    access: 'reporting:review',
    tags,
    summary: 'Tổng hợp báo cáo của tỉnh: số liệu và nội dung các đơn vị theo từng mục',
    response: CompilationView,
    params: IdParam,
    query: RollupQuery.pick({ includeSubmitted: true }),
    handler: (ctx, { params, query }) => getCompilation(ctx, params.id, query),
  });
  route(app, {
    method: 'POST',
    url: `${base}/periods/:id/compile`,
    operationId: 'compileProvinceReport',
    access: 'reporting:review',
    tags,
    summary: 'Lập (hoặc cập nhật) báo cáo của tỉnh từ báo cáo các đơn vị',
    response: ReportView,
    params: IdParam,
    body: CompileReport,
    handler: (ctx, { params, body }) => compileProvinceReport(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: `${base}/periods/:id/export.xlsx`,
    operationId: 'exportPeriod',
    access: 'reporting:read',
    tags,
    summary: 'Xuất bảng chỉ tiêu của các đơn vị trong kỳ ra .xlsx',
    response: { file: [XLSX] },
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
    operationId: 'getReport',
    access: 'reporting:read',
    tags,
    summary: 'Một báo cáo: nội dung, số liệu và nguồn, lỗi kiểm tra, lịch sử',
    response: ReportView,
    params: IdParam,
    handler: (ctx, { params }) => getReport(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: `${base}/reports/:id`,
    operationId: 'saveReport',
    access: 'reporting:enter',
    tags,
    summary: 'Lưu báo cáo (nội dung, số liệu); trả về các cảnh báo',
    response: ReportSaveView,
    params: IdParam,
    body: SaveReport,
    handler: (ctx, { params, body }) => saveReport(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${base}/reports/:id/recompute`,
    operationId: 'recomputeReport',
    access: 'reporting:enter',
    tags,
    summary: 'Tính lại các số liệu hệ thống cung cấp',
    response: ReportView,
    params: IdParam,
    handler: (ctx, { params }) => recomputeReport(ctx, params.id),
  });
  route(app, {
    method: 'POST',
    url: `${base}/reports/:id/submit`,
    operationId: 'submitReport',
    access: 'reporting:submit',
    tags,
    summary: 'Gửi (gửi lại) báo cáo lên cấp trên',
    response: ReportView,
    params: IdParam,
    body: SubmitReport,
    handler: (ctx, { params, body }) => submitReport(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${base}/reports/:id/return`,
    operationId: 'returnReport',
    access: 'reporting:review',
    tags,
    summary: 'Trả lại báo cáo kèm ý kiến theo từng mục',
    response: ReportView,
    params: IdParam,
    body: ReturnReport,
    handler: (ctx, { params, body }) => returnReport(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${base}/reports/:id/accept`,
    operationId: 'acceptReport',
    access: 'reporting:review',
    tags,
    summary: 'Tiếp nhận báo cáo (khóa số liệu)',
    response: ReportView,
    params: IdParam,
    body: AcceptReport,
    handler: (ctx, { params, body }) => acceptReport(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${base}/reports/:id/reopen`,
    operationId: 'reopenReport',
    access: 'reporting:review',
    tags,
    summary: 'Mở lại báo cáo đã tiếp nhận, nêu lý do',
    response: ReportView,
    params: IdParam,
    body: ReopenReport,
    handler: (ctx, { params, body }) => reopenReport(ctx, params.id, body),
  });
  route(app, {
    method: 'GET',
    url: `${base}/reports/:id/export.docx`,
    operationId: 'downloadReportDocument',
    access: 'reporting:read',
    tags,
    summary: 'Tải báo cáo .docx theo thể thức Nghị định 30/2020/NĐ-CP',
    response: { file: [DOCX] },
    params: IdParam,
    handler: async (ctx, { params }) => {
      const { buffer, filename } = await docs.reportDocx(ctx, params.id);
      return download({ filename, contentType: DOCX, body: buffer });
    },
  });
  route(app, {
    method: 'GET',
    url: `${base}/reports/:id/export.xlsx`,
    operationId: 'exportReport',
    access: 'reporting:read',
    tags,
    summary: 'Tải bảng chỉ tiêu của báo cáo .xlsx',
    response: { file: [XLSX] },
    params: IdParam,
    handler: async (ctx, { params }) => {
      const { buffer, filename } = await docs.reportXlsx(ctx, params.id);
      return download({ filename, contentType: XLSX, body: buffer });
    },
  });
}
