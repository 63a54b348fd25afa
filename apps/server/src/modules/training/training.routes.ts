import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CreateTrainingCourse,
  IdParam,
  SetTrainingAttendance,
  SetTrainingHeadcount,
  TrainingCourse,
  TrainingCourseDetail,
  TrainingCourseExportQuery,
  TrainingCourseQuery,
  TrainingFigures,
  TrainingFiguresQuery,
  TrainingHeadcount,
  TrainingHeadcountQuery,
  TrainingImportPreview,
  TrainingImportQuery,
  UpdateTrainingCourse,
  paged,
} from '@danvan/contracts';
import { readUpload } from '../../core/files.ts';
import { download, route } from '../../core/route.ts';
import { createCourse } from './course/create-course.ts';
import { commitAttendanceImport, previewAttendanceImport } from './course/import-attendance.ts';
import { getCourse, listCourses } from './course/read-course.ts';
import { setAttendance } from './course/set-attendance.ts';
import { updateCourse } from './course/update-course.ts';
import { readFigures } from './figures/read-figures.ts';
import { listHeadcounts } from './headcount/read-headcounts.ts';
import { setHeadcount } from './headcount/set-headcount.ts';
import { exportCoursesXlsx, exportFiguresXlsx } from './training.documents.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['Tập huấn, bồi dưỡng công tác dân vận'];
const B = '/api/v1/training';

export function registerTrainingRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: `${B}/courses`,
    operationId: 'listTrainingCourses',
    access: 'training:read',
    tags,
    summary: 'Danh sách hội nghị, lớp tập huấn, bồi dưỡng về công tác dân vận',
    response: paged(TrainingCourse),
    query: TrainingCourseQuery,
    handler: (ctx, { query }) => listCourses(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: `${B}/courses/export.xlsx`,
    operationId: 'exportTrainingCourses',
    access: 'training:read',
    tags,
    summary: 'Xuất danh sách lớp tập huấn (kèm số người tham dự theo đơn vị) ra tệp .xlsx',
    response: { file: [XLSX] },
    query: TrainingCourseExportQuery,
    handler: async (ctx, { query }) =>
      download({
        filename: 'lop-tap-huan.xlsx',
        contentType: XLSX,
        body: await exportCoursesXlsx(ctx, query),
      }),
  });
  route(app, {
    method: 'POST',
    url: `${B}/courses`,
    operationId: 'createTrainingCourse',
    access: 'training:write',
    tags,
    summary: 'Ghi nhận hội nghị, lớp tập huấn, bồi dưỡng',
    response: TrainingCourseDetail,
    status: 201,
    body: CreateTrainingCourse,
    handler: (ctx, { body }) => createCourse(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/courses/:id`,
    operationId: 'getTrainingCourse',
    access: 'training:read',
    tags,
    summary: 'Xem lớp tập huấn: nội dung, người tham dự theo đơn vị và danh sách',
    response: TrainingCourseDetail,
    params: IdParam,
    handler: (ctx, { params }) => getCourse(ctx, params.id),
  });
  route(app, {
    method: 'PATCH',
    url: `${B}/courses/:id`,
    operationId: 'updateTrainingCourse',
    access: 'training:write',
    tags,
    summary: 'Sửa thông tin lớp tập huấn',
    response: TrainingCourseDetail,
    params: IdParam,
    body: UpdateTrainingCourse,
    handler: (ctx, { params, body }) => updateCourse(ctx, params.id, body),
  });
  route(app, {
    method: 'PUT',
    url: `${B}/courses/:id/attendance`,
    operationId: 'setTrainingAttendance',
    access: 'training:write',
    tags,
    summary: 'Cập nhật người tham dự: số người theo đơn vị và danh sách họ tên',
    response: TrainingCourseDetail,
    params: IdParam,
    body: SetTrainingAttendance,
    handler: (ctx, { params, body }) => setAttendance(ctx, params.id, body),
  });
  route(app, {
    method: 'POST',
    url: `${B}/courses/:id/attendance/import`,
    operationId: 'importTrainingAttendance',
    access: 'training:write',
    tags,
    summary:
      'Nhập danh sách tham dự từ .xlsx/.csv (mode=preview: xem trước từng dòng, không ghi; mode=commit: nhập tất cả hoặc không dòng nào)',
    response: z.union([TrainingImportPreview, TrainingCourseDetail]),
    params: IdParam,
    upload: { file: 'Danh sách tham dự (.xlsx hoặc .csv): STT, Họ và tên, Chức vụ, Đơn vị (tên hoặc mã)' },
    query: TrainingImportQuery,
    handler: async (ctx, { params, query }, req) => {
      const file = await readUpload(req, ctx.config.maxUploadBytes);
      return query.mode === 'commit'
        ? commitAttendanceImport(ctx, params.id, file, query.expectedVersion)
        : previewAttendanceImport(ctx, params.id, file);
    },
  });
  route(app, {
    method: 'GET',
    url: `${B}/headcounts`,
    operationId: 'listTrainingHeadcounts',
    access: 'training:read',
    tags,
    summary: 'Số cán bộ, công chức, viên chức của đơn vị theo năm (để tính tỷ lệ được tập huấn)',
    response: paged(TrainingHeadcount),
    query: TrainingHeadcountQuery,
    handler: (ctx, { query }) => listHeadcounts(ctx, query),
  });
  route(app, {
    method: 'PUT',
    url: `${B}/headcounts`,
    operationId: 'setTrainingHeadcount',
    access: 'training:write',
    tags,
    summary: 'Nhập số cán bộ, công chức, viên chức của đơn vị trong năm',
    response: TrainingHeadcount,
    body: SetTrainingHeadcount,
    handler: (ctx, { body }) => setHeadcount(ctx, body),
  });
  route(app, {
    method: 'GET',
    url: `${B}/figures`,
    operationId: 'readTrainingFigures',
    access: 'training:read',
    tags,
    summary: 'Số liệu tập huấn theo đơn vị trong năm: số lớp, số lượt tham dự, tỷ lệ CBCCVC được tập huấn',
    response: TrainingFigures,
    query: TrainingFiguresQuery,
    handler: (ctx, { query }) => readFigures(ctx, query),
  });
  route(app, {
    method: 'GET',
    url: `${B}/figures/export.xlsx`,
    operationId: 'exportTrainingFigures',
    access: 'training:read',
    tags,
    summary: 'Xuất số liệu tập huấn theo đơn vị ra tệp .xlsx',
    response: { file: [XLSX] },
    query: TrainingFiguresQuery.omit({ page: true, pageSize: true }),
    handler: async (ctx, { query }) =>
      download({
        filename: `tap-huan-theo-don-vi-${query.year}.xlsx`,
        contentType: XLSX,
        body: await exportFiguresXlsx(ctx, query),
      }),
  });
}
