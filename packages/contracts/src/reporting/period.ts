import { z } from 'zod';
import { BodyInt, Int, Key, PageQuery, Text, nonEmpty } from '../common.ts';
import { labelled } from '../labels.ts';
import {
  CUTOFF_AFTER_END,
  PeriodStatus,
  REPORT_STATUSES,
  ReportLevel,
  ReportPeriodKind,
  date,
  id,
  type PeriodStatus as Status,
  type ReportStatus,
  type Timeliness,
} from './vocabulary.ts';

/** Report periods (kỳ báo cáo): deadlines per level, the units that must report, their reports' state. */

export const PeriodDeadlineInput = z.object({
  level: labelled(ReportLevel, 'Cấp nộp'),
  deadline: date('Ngày hạn nộp'),
  remindDaysBefore: BodyInt(0, 60, 'Số ngày nhắc trước hạn').default(5),
});
const deadlines = labelled(
  z
    .array(PeriodDeadlineInput)
    .min(1, 'Phải có ít nhất một hạn nộp')
    .max(2, 'Tối đa 2 hạn nộp (đơn vị và tỉnh)'),
  'Hạn nộp',
);
const requiredGroups = labelled(z.array(Key(60, 'Khối')).max(50, 'Tối đa 50 khối'), 'Khối phải báo cáo');
const requiredKinds = labelled(
  z.array(Key(60, 'Loại đơn vị')).max(50, 'Tối đa 50 loại đơn vị'),
  'Loại đơn vị phải báo cáo',
);

export const CreatePeriod = z
  .object({
    templateId: id('Đề cương báo cáo'),
    rootUnitId: id('Đơn vị ban hành kỳ báo cáo'),
    kind: labelled(ReportPeriodKind, 'Loại kỳ báo cáo'),
    year: BodyInt(2000, 2100, 'Năm'),
    quarter: BodyInt(1, 4, 'Quý').nullish(),
    name: Text(300, 'Tên kỳ báo cáo').optional(),
    fromDate: date('Từ ngày').optional(),
    toDate: date('Đến ngày').optional(),
    cutoffDate: date('Ngày chốt số liệu').optional(),
    deadlines,
    requiredGroups: requiredGroups.default([]),
    requiredKinds: requiredKinds.default([]),
  })
  .refine((v) => !v.cutoffDate || !v.toDate || v.cutoffDate <= v.toDate, {
    message: CUTOFF_AFTER_END,
    path: ['cutoffDate'],
  });
export type CreatePeriod = z.infer<typeof CreatePeriod>;

export const UpdatePeriod = nonEmpty(
  z.object({
    name: Text(300, 'Tên kỳ báo cáo').min(3, 'Tên kỳ báo cáo phải có ít nhất 3 ký tự').optional(),
    cutoffDate: date('Ngày chốt số liệu').optional(),
    deadlines: deadlines.optional(),
    requiredGroups: requiredGroups.optional(),
    requiredKinds: requiredKinds.optional(),
    status: labelled(PeriodStatus, 'Trạng thái').optional(),
  }),
);
export type UpdatePeriod = z.infer<typeof UpdatePeriod>;

export interface PeriodDeadline {
  level: ReportLevel;
  deadline: string;
  remindDaysBefore: number;
}

export interface Period {
  id: number;
  templateId: number;
  templateName: string;
  templateVersion: number;
  rootUnitId: number;
  rootUnitName: string;
  kind: ReportPeriodKind;
  kindName: string;
  year: number;
  quarter: number | null;
  name: string;
  fromDate: string;
  toDate: string;
  cutoffDate: string;
  deadlines: PeriodDeadline[];
  requiredGroups: string[];
  requiredKinds: string[];
  status: Status;
  createdAt: string;
  can: { update: boolean; compile: boolean; review: boolean; remind: boolean };
}

/** The answer to "remind the late units": the units that got a reminder now (none twice a day). */
export interface RemindLateUnitsResult {
  reminded: number;
  units: { id: number; name: string }[];
}

export const PeriodListQuery = z.object({
  /** Only periods this unit issues or must report in (the unit must be in scope). */
  unitId: id('Đơn vị').optional(),
  year: Int(2000, 2100, 'Năm').optional(),
  kind: labelled(ReportPeriodKind, 'Loại kỳ báo cáo').optional(),
  status: labelled(PeriodStatus, 'Trạng thái').optional(),
});

export const UnitQuery = z.object({ unitId: id('Đơn vị').optional() });

/** Where a unit's report stands against the unit deadline (the dashboard's buckets). */
export const DEADLINE_BUCKETS = ['on_time', 'late', 'missing', 'not_due', 'other'] as const;

/** The expected units of a period, a page at a time (a national period lists thousands). */
export const PeriodReportsQuery = PageQuery.extend({
  unitId: id('Đơn vị').optional(),
  status: labelled(z.enum([...REPORT_STATUSES, 'missing', 'late', 'not_started']), 'Tình trạng').optional(),
  group: Key(60, 'Khối').optional(),
  deadline: labelled(z.enum(DEADLINE_BUCKETS), 'Hạn nộp').optional(),
  sort: labelled(z.enum(['unit', '-unit', 'submitted', '-submitted']), 'Sắp xếp').optional(),
});

export const OpenReport = z.object({ unitId: id('Đơn vị') });

export interface ReportRef {
  unitId: number;
  unitName: string;
  unitCode: string;
  unitKind: string;
  groups: string[];
  reportId: number | null;
  status: ReportStatus | 'not_started';
  submittedAt: string | null;
  acceptedAt: string | null;
  /** Against the unit-level deadline. */
  timeliness: Timeliness;
  can: { open: boolean };
}
