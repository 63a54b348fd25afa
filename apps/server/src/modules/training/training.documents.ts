/**
 * The module's documents: the register of courses as .xlsx (one sheet of courses, one of the
 * attendees by unit) and the per-unit figures of a year.
 */
import type { TrainingCourseExportQuery, TrainingFiguresQuery } from '@danvan/contracts';
import { TRAINING_FORMAT_LABELS, TRAINING_KIND_LABELS } from '@danvan/domain';
import type { Ctx } from '../../core/context.ts';
import { renderXlsx } from '../../core/documents/xlsx.ts';
import { fetchRows } from '../../core/page.ts';
import * as repo from './course/course.repository.ts';
import { trainingReadScopes } from './course/course.policy.ts';
import { courseFilter } from './course/read-course.ts';
import { readFigures } from './figures/read-figures.ts';

/** At most this many rows in one file. */
export const EXPORT_LIMIT = 20_000;

const label = (table: Record<string, { vi: string }>, code: string) => table[code]?.vi ?? code;

export async function exportCoursesXlsx(ctx: Ctx, q: TrainingCourseExportQuery): Promise<Buffer> {
  const { filter } = await courseFilter(ctx, q);
  const rows = await fetchRows(repo.courseList(ctx.db, trainingReadScopes(ctx), filter).rows, {
    limit: EXPORT_LIMIT,
    offset: 0,
  });
  const byUnit: { course: string; unitName: string; count: number; named: number }[] = [];
  for (const r of rows.slice(0, 2_000))
    for (const u of await repo.attendanceUnits(ctx.db, r.id))
      byUnit.push({ course: r.topic, unitName: u.unitName, count: u.count, named: Number(u.named) });
  return renderXlsx([
    {
      name: 'Lớp tập huấn',
      title: 'DANH SÁCH HỘI NGHỊ, LỚP TẬP HUẤN, BỒI DƯỠNG VỀ CÔNG TÁC DÂN VẬN',
      columns: [
        { header: 'STT', key: 'stt', width: 6, type: 'integer' },
        { header: 'Chủ đề', key: 'topic', width: 44 },
        { header: 'Loại hình', key: 'kind', width: 22 },
        { header: 'Đơn vị tổ chức', key: 'unitName', width: 28 },
        { header: 'Từ ngày', key: 'startOn', width: 12, type: 'date' },
        { header: 'Đến ngày', key: 'endOn', width: 12, type: 'date' },
        { header: 'Hình thức', key: 'format', width: 18 },
        { header: 'Địa điểm', key: 'place', width: 28 },
        { header: 'Số đơn vị tham dự', key: 'units', width: 12, type: 'integer' },
        { header: 'Số lượt người tham dự', key: 'attendees', width: 12, type: 'integer' },
        { header: 'Báo cáo viên', key: 'lecturers', width: 28 },
      ],
      rows: rows.map((r, i) => ({
        stt: i + 1,
        topic: r.topic,
        kind: label(TRAINING_KIND_LABELS, r.kind),
        unitName: r.unitName,
        startOn: r.startOn,
        endOn: r.endOn,
        format: label(TRAINING_FORMAT_LABELS, r.format),
        place: r.place,
        units: Number(r.units),
        attendees: r.attendees,
        lecturers: r.lecturers,
      })),
    },
    {
      name: 'Tham dự theo đơn vị',
      title: 'SỐ NGƯỜI THAM DỰ THEO ĐƠN VỊ',
      columns: [
        { header: 'STT', key: 'stt', width: 6, type: 'integer' },
        { header: 'Lớp tập huấn', key: 'course', width: 44 },
        { header: 'Đơn vị', key: 'unitName', width: 32 },
        { header: 'Số người tham dự', key: 'count', width: 12, type: 'integer' },
        { header: 'Trong đó có danh sách', key: 'named', width: 12, type: 'integer' },
      ],
      rows: byUnit.map((r, i) => ({ stt: i + 1, ...r })),
    },
  ]);
}

export async function exportFiguresXlsx(ctx: Ctx, q: Omit<TrainingFiguresQuery, 'page' | 'pageSize'>) {
  const f = await readFigures(ctx, { ...q, page: 1, pageSize: 100_000 });
  return renderXlsx([
    {
      name: `Tập huấn ${f.year}`,
      title: `KẾT QUẢ TẬP HUẤN, BỒI DƯỠNG CÔNG TÁC DÂN VẬN NĂM ${f.year} THEO ĐƠN VỊ`,
      columns: [
        { header: 'STT', key: 'stt', width: 6, type: 'integer' },
        { header: 'Đơn vị', key: 'unitName', width: 36 },
        { header: 'Số lớp tổ chức', key: 'courses', width: 12, type: 'integer' },
        { header: 'Số lượt tham dự', key: 'attendees', width: 12, type: 'integer' },
        { header: 'Số người được tập huấn', key: 'trained', width: 14, type: 'integer' },
        { header: 'Số CBCCVC', key: 'headcount', width: 12, type: 'integer' },
        { header: 'Tỷ lệ được tập huấn (%)', key: 'share', width: 14, type: 'decimal' },
      ],
      rows: f.items.map((r, i) => ({
        stt: i + 1,
        unitName: r.unitName,
        courses: r.courses,
        attendees: r.attendees,
        trained: r.trained,
        headcount: r.headcount,
        share: r.share,
      })),
    },
  ]);
}
