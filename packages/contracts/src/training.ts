/**
 * Training courses on dân vận work (tập huấn, bồi dưỡng kỹ năng vận động Nhân dân): the course, its
 * attendees by unit and by person, the attendance import from .xlsx, the units' headcounts of civil
 * servants (per year) and the per-unit figures. The vocabularies come from packages/domain (training).
 */
import { z } from 'zod';
import {
  TRAINING_FORMAT_CODES,
  TRAINING_FORMAT_LABELS,
  TRAINING_KIND_CODES,
  TRAINING_KIND_LABELS,
} from '@danvan/domain';
import { BodyInt, Id, INT4_MAX, Int, IsoDate, PageQuery, Text } from './common.ts';
import { formatCount, labelled } from './labels.ts';

export { TRAINING_FORMAT_CODES, TRAINING_FORMAT_LABELS, TRAINING_KIND_CODES, TRAINING_KIND_LABELS };

const pick = (what: string) => ({ message: `${what} không hợp lệ, hãy chọn trong danh sách` });
export const TrainingKind = z.enum(TRAINING_KIND_CODES, pick('Loại hình'));
export type TrainingKind = z.infer<typeof TrainingKind>;
export const TrainingFormat = z.enum(TRAINING_FORMAT_CODES, pick('Hình thức tổ chức'));
export type TrainingFormat = z.infer<typeof TrainingFormat>;

const required = (label: string, max: number) =>
  labelled(
    z
      .string({ error: `${label} phải là chuỗi ký tự` })
      .trim()
      .min(1, `${label} không được để trống`)
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
const optionalText = (label: string, max: number) => labelled(Text(max, label), label);
const version = labelled(BodyInt(1, INT4_MAX, 'Phiên bản'), 'Phiên bản');

// ---------------------------------------------------------------------------------------------
// Outputs

export const TrainingAttendanceUnit = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  /** Attendees of the unit (at least the persons named of it). */
  count: z.number().int(),
  /** Of which named. */
  named: z.number().int(),
});
export const TrainingAttendee = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  fullName: z.string(),
  position: z.string(),
});
export type TrainingAttendee = z.infer<typeof TrainingAttendee>;

export const TrainingCourse = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  topic: z.string(),
  kind: TrainingKind,
  format: TrainingFormat,
  place: z.string(),
  startOn: z.string(),
  endOn: z.string(),
  content: z.string(),
  lecturers: z.string(),
  attendees: z.number().int(),
  units: z.number().int(),
  version: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean() }),
});
export type TrainingCourse = z.infer<typeof TrainingCourse>;

export const TrainingCourseDetail = TrainingCourse.extend({
  attendanceUnits: z.array(TrainingAttendanceUnit),
  persons: z.array(TrainingAttendee),
});
export type TrainingCourseDetail = z.infer<typeof TrainingCourseDetail>;

export const TrainingHeadcount = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  civilServants: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean() }),
});
export type TrainingHeadcount = z.infer<typeof TrainingHeadcount>;

export const TrainingUnitFigures = z.object({
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  /** Courses the unit organised in the year. */
  courses: z.number().int(),
  /** Attendees of the unit's staff at any course of the year (lượt người). */
  attendees: z.number().int(),
  /** Of its staff, trained at least once in the year (named persons once, plus unnamed attendees). */
  trained: z.number().int(),
  headcount: z.number().int().nullable(),
  /** The headcount's version (for changing it), null before one is entered. */
  headcountVersion: z.number().int().nullable(),
  /** Whether the actor may enter the unit's headcount. */
  canSetHeadcount: z.boolean(),
  /** trained / headcount in %, one decimal; null without a headcount. */
  share: z.number().nullable(),
});
export type TrainingUnitFigures = z.infer<typeof TrainingUnitFigures>;
export const TrainingFigures = z.object({
  items: z.array(TrainingUnitFigures),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  year: z.number().int(),
  summary: z.object({ courses: z.number().int(), attendees: z.number().int() }),
});
export type TrainingFigures = z.infer<typeof TrainingFigures>;

export const TrainingImportRow = z.object({
  row: z.number().int(),
  action: z.enum(['create', 'skip']),
  fullName: z.string(),
  position: z.string(),
  unitName: z.string(),
  unitId: z.number().int().nullable(),
  errors: z.array(z.string()),
});
export type TrainingImportRow = z.infer<typeof TrainingImportRow>;
export const TrainingImportPreview = z.object({
  rows: z.array(TrainingImportRow),
  valid: z.number().int(),
  invalid: z.number().int(),
});
export type TrainingImportPreview = z.infer<typeof TrainingImportPreview>;

// ---------------------------------------------------------------------------------------------
// Inputs

const courseFilters = {
  q: Text(200, 'Từ khóa').optional(),
  kind: labelled(TrainingKind, 'Loại hình').optional(),
  format: labelled(TrainingFormat, 'Hình thức tổ chức').optional(),
  /** The courses organised by this unit and the units below it. */
  unitId: labelled(Id, 'Đơn vị tổ chức').optional(),
  year: Int(1990, 2100, 'Năm').optional(),
};
export const TrainingCourseQuery = PageQuery.extend(courseFilters);
export type TrainingCourseQuery = z.infer<typeof TrainingCourseQuery>;
export const TrainingCourseExportQuery = z.object(courseFilters);
export type TrainingCourseExportQuery = z.infer<typeof TrainingCourseExportQuery>;

const dateOrder = [
  (v: { startOn?: string; endOn?: string }) => !v.startOn || !v.endOn || v.startOn <= v.endOn,
  { message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.', path: ['endOn'] as string[] },
] as const;
const EMPTY_UPDATE = 'Không có thông tin nào để cập nhật: hãy nhập ít nhất một trường cần thay đổi.';

export const CreateTrainingCourse = z
  .object({
    unitId: labelled(Id, 'Đơn vị tổ chức'),
    topic: required('Chủ đề', 500),
    kind: labelled(TrainingKind, 'Loại hình').default('training'),
    format: labelled(TrainingFormat, 'Hình thức tổ chức').default('in_person'),
    place: optionalText('Địa điểm hoặc đường dẫn trực tuyến', 500).default(''),
    startOn: labelled(IsoDate, 'Ngày bắt đầu'),
    endOn: labelled(IsoDate, 'Ngày kết thúc'),
    content: optionalText('Nội dung', 10_000).default(''),
    lecturers: optionalText('Báo cáo viên', 1_000).default(''),
  })
  .refine(...dateOrder);
export type CreateTrainingCourse = z.input<typeof CreateTrainingCourse>;

export const UpdateTrainingCourse = z
  .object({
    topic: required('Chủ đề', 500).optional(),
    kind: labelled(TrainingKind, 'Loại hình').optional(),
    format: labelled(TrainingFormat, 'Hình thức tổ chức').optional(),
    place: optionalText('Địa điểm hoặc đường dẫn trực tuyến', 500).optional(),
    startOn: labelled(IsoDate, 'Ngày bắt đầu').optional(),
    endOn: labelled(IsoDate, 'Ngày kết thúc').optional(),
    content: optionalText('Nội dung', 10_000).optional(),
    lecturers: optionalText('Báo cáo viên', 1_000).optional(),
    expectedVersion: version,
  })
  .refine((v) => Object.entries(v).some(([k, x]) => k !== 'expectedVersion' && x !== undefined), {
    message: EMPTY_UPDATE,
  })
  .refine(...dateOrder);
export type UpdateTrainingCourse = z.infer<typeof UpdateTrainingCourse>;

/** The whole attendance of a course, replaced at once: counts by unit and the persons named. */
export const SetTrainingAttendance = z.object({
  expectedVersion: version,
  units: labelled(
    z
      .array(
        z.object({
          unitId: labelled(Id, 'Đơn vị'),
          count: labelled(BodyInt(0, 100_000, 'Số người tham dự'), 'Số người tham dự'),
        }),
      )
      .max(5_000, 'Tối đa 5.000 đơn vị'),
    'Số người tham dự theo đơn vị',
  ),
  persons: labelled(
    z
      .array(
        z.object({
          unitId: labelled(Id, 'Đơn vị'),
          fullName: required('Họ và tên', 200),
          position: optionalText('Chức vụ', 200).default(''),
        }),
      )
      .max(5_000, 'Tối đa 5.000 người'),
    'Danh sách người tham dự',
  ).default([]),
});
export type SetTrainingAttendance = z.input<typeof SetTrainingAttendance>;

export const TrainingImportQuery = z.object({
  mode: labelled(z.enum(['preview', 'commit'], pick('Chế độ')), 'Chế độ').default('preview'),
  /** For commit: the course version the preview was made against. */
  expectedVersion: Int(1, INT4_MAX, 'Phiên bản').optional(),
});
export type TrainingImportQuery = z.infer<typeof TrainingImportQuery>;

export const TrainingHeadcountQuery = PageQuery.extend({
  unitId: labelled(Id, 'Đơn vị').optional(),
  year: Int(1990, 2100, 'Năm').optional(),
});
export type TrainingHeadcountQuery = z.infer<typeof TrainingHeadcountQuery>;

/** Sets a unit's headcount for a year; `expectedVersion` when changing one already entered. */
export const SetTrainingHeadcount = z.object({
  unitId: labelled(Id, 'Đơn vị'),
  year: labelled(BodyInt(1990, 2100, 'Năm'), 'Năm'),
  civilServants: labelled(
    BodyInt(0, 10_000_000, 'Số cán bộ, công chức, viên chức'),
    'Số cán bộ, công chức, viên chức',
  ),
  expectedVersion: version.optional(),
});
export type SetTrainingHeadcount = z.infer<typeof SetTrainingHeadcount>;

export const TrainingFiguresQuery = PageQuery.extend({
  unitId: labelled(Id, 'Đơn vị').optional(),
  year: Int(1990, 2100, 'Năm'),
});
export type TrainingFiguresQuery = z.infer<typeof TrainingFiguresQuery>;
