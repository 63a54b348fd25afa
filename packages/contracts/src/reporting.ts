import { z } from 'zod';
import { BodyInt, Figure, Id, INT4_MAX, Int, IsoDate, Key, Text, nonEmpty } from './common.ts';
import { formatCount, labelled } from './labels.ts';

/** Periodic reporting (báo cáo định kỳ): templates, periods, reports, roll-up, dashboard. */

export const REPORT_PERIOD_KIND_CODES = [
  'six_month',
  'nine_month',
  'annual',
  'quarterly',
  'thematic',
  'ad_hoc',
] as const;
export const ReportPeriodKind = z.enum(REPORT_PERIOD_KIND_CODES);
export type ReportPeriodKind = z.infer<typeof ReportPeriodKind>;

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export const ReportStatus = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof ReportStatus>;

/** 'unit': a reporting unit's report to the province; 'province': the province's report to the ministry. */
export const REPORT_LEVELS = ['unit', 'province'] as const;
export const ReportLevel = z.enum(REPORT_LEVELS);
export type ReportLevel = z.infer<typeof ReportLevel>;

export const VALUE_SOURCES = ['entered', 'computed', 'override'] as const;
export type ValueSource = (typeof VALUE_SOURCES)[number];

const codeRe = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const sectionCodeRe = /^[A-Za-z0-9_.]+$/;
/** A section code used as a key (narratives, section comments). */
const sectionKey = z.string().min(1, 'Mã mục không được để trống').max(30, 'Mã mục: tối đa 30 ký tự');
/** Free text of at most `max` characters, labelled. */
const text = (max: number, label: string) =>
  labelled(
    z
      .string()
      .trim()
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
const date = (label: string) => labelled(IsoDate, label);
const id = (label: string) => labelled(Id, label);

export interface TemplateSection {
  code: string;
  number: string;
  title: string;
  guidance: string;
  hasNarrative: boolean;
  children: TemplateSection[];
}

export const TemplateSectionInput: z.ZodType<TemplateSection> = z.lazy(() =>
  z.object({
    code: labelled(
      z
        .string()
        .trim()
        .min(1, 'Mã mục không được để trống')
        .max(30, 'Mã mục: tối đa 30 ký tự')
        .regex(sectionCodeRe, 'Mã mục chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới'),
      'Mã mục',
    ),
    number: labelled(
      z.string().trim().min(1, 'Số thứ tự mục không được để trống').max(10, 'Số thứ tự mục: tối đa 10 ký tự'),
      'Số thứ tự mục',
    ),
    title: labelled(
      z
        .string()
        .trim()
        .min(1, 'Tiêu đề mục không được để trống')
        .max(2000, 'Tiêu đề mục: tối đa 2.000 ký tự'),
      'Tiêu đề mục',
    ),
    guidance: labelled(
      z.string().max(10000, 'Hướng dẫn viết: tối đa 10.000 ký tự'),
      'Hướng dẫn viết',
    ).default(''),
    hasNarrative: labelled(z.boolean(), 'Có phần viết').default(true),
    children: labelled(z.array(TemplateSectionInput).max(50, 'Tối đa 50 mục con'), 'Mục con').default([]),
  }),
) as never;

export const AggregationRuleCode = z.enum(['sum', 'avg', 'min', 'max', 'last', 'ratio']);
export const IndicatorTypeCode = z.enum(['integer', 'decimal', 'percent']);

export const TemplateIndicatorInput = z.object({
  code: labelled(
    z
      .string()
      .trim()
      .min(1, 'Mã chỉ tiêu không được để trống')
      .max(60, 'Mã chỉ tiêu: tối đa 60 ký tự')
      .regex(codeRe, 'Mã chỉ tiêu bắt đầu bằng chữ, chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới'),
    'Mã chỉ tiêu',
  ),
  sectionCode: labelled(
    z.string().trim().min(1, 'Hãy chọn mục của chỉ tiêu').max(30, 'Tối đa 30 ký tự'),
    'Thuộc mục',
  ),
  name: labelled(
    z
      .string()
      .trim()
      .min(1, 'Tên chỉ tiêu không được để trống')
      .max(1000, 'Tên chỉ tiêu: tối đa 1.000 ký tự'),
    'Tên chỉ tiêu',
  ),
  unit: labelled(
    z.string().trim().min(1, 'Đơn vị tính không được để trống').max(50, 'Đơn vị tính: tối đa 50 ký tự'),
    'Đơn vị tính',
  ),
  type: labelled(IndicatorTypeCode, 'Kiểu số liệu').default('integer'),
  aggregation: labelled(AggregationRuleCode, 'Cách tổng hợp').default('sum'),
  numerator: Text(60, 'Tử số').optional(),
  denominator: Text(60, 'Mẫu số').optional(),
  providerKey: text(100, 'Nguồn số liệu tự động').optional(),
  definition: labelled(z.string().max(4000, 'Định nghĩa: tối đa 4.000 ký tự'), 'Định nghĩa').optional(),
  min: labelled(Figure, 'Giá trị nhỏ nhất').optional(),
  max: labelled(Figure, 'Giá trị lớn nhất').optional(),
});
export type TemplateIndicatorInput = z.infer<typeof TemplateIndicatorInput>;

export const TemplateRuleInput = z.object({
  code: labelled(
    z
      .string()
      .trim()
      .min(1, 'Mã quy tắc không được để trống')
      .max(60, 'Mã quy tắc: tối đa 60 ký tự')
      .regex(codeRe, 'Mã quy tắc chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới'),
    'Mã quy tắc',
  ),
  expression: labelled(
    z.string().trim().min(1, 'Biểu thức không được để trống').max(1000, 'Biểu thức: tối đa 1.000 ký tự'),
    'Biểu thức',
  ),
  message: labelled(
    z.string().trim().min(1, 'Thông báo không được để trống').max(1000, 'Thông báo: tối đa 1.000 ký tự'),
    'Thông báo',
  ),
  severity: labelled(z.enum(['error', 'warning']), 'Mức độ').default('error'),
});
export type TemplateRuleInput = z.infer<typeof TemplateRuleInput>;

export const CreateTemplate = z.object({
  code: labelled(
    z
      .string()
      .trim()
      .min(2, 'Mã đề cương phải có ít nhất 2 ký tự')
      .max(60, 'Mã đề cương: tối đa 60 ký tự')
      .regex(/^[A-Za-z0-9_.-]+$/, 'Mã đề cương chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang'),
    'Mã đề cương',
  ),
  name: labelled(
    z
      .string()
      .trim()
      .min(5, 'Tên đề cương phải có ít nhất 5 ký tự')
      .max(500, 'Tên đề cương: tối đa 500 ký tự'),
    'Tên đề cương',
  ),
  legalBasis: labelled(z.string().max(2000, 'Căn cứ: tối đa 2.000 ký tự'), 'Căn cứ').default(''),
  description: labelled(z.string().max(4000, 'Mô tả: tối đa 4.000 ký tự'), 'Mô tả').default(''),
  /** The unit that owns the template (the coordinator's unit). */
  ownerUnitId: id('Đơn vị quản lý đề cương'),
  sections: labelled(
    z.array(TemplateSectionInput).min(1, 'Đề cương phải có ít nhất một mục').max(50, 'Tối đa 50 mục'),
    'Mục',
  ),
  indicators: labelled(z.array(TemplateIndicatorInput).max(500, 'Tối đa 500 chỉ tiêu'), 'Chỉ tiêu').default(
    [],
  ),
  rules: labelled(z.array(TemplateRuleInput).max(500, 'Tối đa 500 quy tắc'), 'Quy tắc kiểm tra').default([]),
});
export type CreateTemplate = z.infer<typeof CreateTemplate>;
export const UpdateTemplate = CreateTemplate.omit({ code: true, ownerUnitId: true });
export type UpdateTemplate = z.infer<typeof UpdateTemplate>;

export interface TemplateIndicator {
  id: number;
  code: string;
  sectionCode: string;
  name: string;
  unit: string;
  type: 'integer' | 'decimal' | 'percent';
  aggregation: 'sum' | 'avg' | 'min' | 'max' | 'last' | 'ratio';
  numerator: string | null;
  denominator: string | null;
  providerKey: string | null;
  providerLabel: string | null;
  definition: string | null;
  min: number | null;
  max: number | null;
}

export interface TemplateRule {
  code: string;
  expression: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface TemplateSummary {
  id: number;
  code: string;
  version: number;
  name: string;
  builtin: boolean;
  frozen: boolean;
  ownerUnitId: number | null;
  ownerUnitName: string | null;
  indicatorCount: number;
  ruleCount: number;
  sectionCount: number;
  latest: boolean;
  createdAt: string;
  can: { edit: boolean };
}

export interface TemplateDetail extends TemplateSummary {
  legalBasis: string;
  description: string;
  sections: TemplateSection[];
  indicators: TemplateIndicator[];
  rules: TemplateRule[];
  versions: { id: number; version: number; frozen: boolean; createdAt: string }[];
}

export const TemplateListQuery = z.object({
  all: labelled(z.stringbool(), 'Gồm cả phiên bản cũ').optional(),
});

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
const CUTOFF_AFTER_END = 'Ngày chốt số liệu không được sau ngày kết thúc kỳ báo cáo';

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
    status: labelled(z.enum(['open', 'closed']), 'Trạng thái').optional(),
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
  status: 'open' | 'closed';
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
  status: labelled(z.enum(['open', 'closed']), 'Trạng thái').optional(),
});

export const UnitQuery = z.object({ unitId: id('Đơn vị').optional() });

export const PeriodReportsQuery = z.object({
  unitId: id('Đơn vị').optional(),
  status: labelled(z.enum([...REPORT_STATUSES, 'missing', 'late', 'not_started']), 'Tình trạng').optional(),
  group: Key(60, 'Khối').optional(),
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
  timeliness: 'on_time' | 'late' | 'missing' | 'not_due';
  can: { open: boolean };
}

export interface ReportValue {
  indicatorId: number;
  code: string;
  value: number | null;
  source: ValueSource;
  computedValue: number | null;
  origin: string | null;
  originLabel: string | null;
  overrideReason: string | null;
}

export interface RuleResult {
  code: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface ReportEvent {
  id: number;
  at: string;
  actorName: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  comment: string | null;
  sectionComments: Record<string, string> | null;
}

export interface Report {
  id: number;
  periodId: number;
  period: Period;
  unitId: number;
  unitName: string;
  unitCode: string;
  level: ReportLevel;
  status: ReportStatus;
  version: number;
  narratives: Record<string, string>;
  reviewComments: { general: string | null; sections: Record<string, string> } | null;
  values: ReportValue[];
  template: TemplateDetail;
  submittedAt: string | null;
  acceptedAt: string | null;
  computedAt: string | null;
  deadline: string | null;
  /** Rules violated by the current figures (warnings and errors). */
  violations: RuleResult[];
  history: ReportEvent[];
  can: {
    edit: boolean;
    submit: boolean;
    return: boolean;
    accept: boolean;
    reopen: boolean;
    recompute: boolean;
    attach: boolean;
  };
}

export const ReportValueInput = z.object({
  code: Key(60, 'Mã chỉ tiêu'),
  value: labelled(Figure, 'Giá trị').nullable(),
  /** Required when the value differs from the figure the system computed. */
  overrideReason: text(2000, 'Lý do điều chỉnh').optional(),
});

export const SaveReport = z
  .object({
    narratives: labelled(
      z.record(sectionKey, labelled(z.string().max(100_000, 'Tối đa 100.000 ký tự'), 'Nội dung mục {key}')),
      'Nội dung các mục',
    ).optional(),
    values: labelled(z.array(ReportValueInput).max(1000, 'Tối đa 1.000 chỉ tiêu'), 'Số liệu').optional(),
    /** The version the user edited; a stale one is refused (409). */
    expectedVersion: BodyInt(0, INT4_MAX, 'Phiên bản').optional(),
  })
  .refine((v) => v.narratives !== undefined || v.values !== undefined, {
    message: 'Không có nội dung nào để lưu: hãy gửi nội dung các mục hoặc số liệu.',
  });
export type SaveReport = z.infer<typeof SaveReport>;

export const SubmitReport = z.object({
  comment: text(2000, 'Ý kiến').optional(),
  expectedVersion: BodyInt(0, INT4_MAX, 'Phiên bản').optional(),
});
export const ReturnReport = z
  .object({
    comment: text(4000, 'Ý kiến chung').default(''),
    sectionComments: labelled(
      z.record(sectionKey, labelled(z.string().trim().max(4000, 'Tối đa 4.000 ký tự'), 'Ý kiến mục {key}')),
      'Ý kiến theo mục',
    ).default({}),
  })
  .refine((v) => v.comment !== '' || Object.values(v.sectionComments).some((c) => c !== ''), {
    message: 'Phải nêu ý kiến chung hoặc ý kiến cho ít nhất một mục khi trả lại báo cáo',
    path: ['comment'],
  });
export const AcceptReport = z.object({ comment: text(2000, 'Ý kiến').optional() });
export const ReopenReport = z.object({
  reason: labelled(
    z
      .string()
      .trim()
      .min(5, 'Phải nêu lý do mở lại báo cáo (ít nhất 5 ký tự)')
      .max(2000, 'Tối đa 2.000 ký tự'),
    'Lý do mở lại',
  ),
});

export interface SaveResult {
  report: Report;
  /** Rules violated on save: shown as warnings, the save is kept. */
  warnings: RuleResult[];
}

export const RollupQuery = z.object({
  unitId: id('Đơn vị').optional(),
  includeSubmitted: labelled(z.stringbool(), 'Gồm cả báo cáo đã gửi chưa tiếp nhận').optional(),
});

export const DrilldownQuery = RollupQuery.extend({
  indicator: Key(60, 'Mã chỉ tiêu'),
});

export interface RollupIndicator {
  indicatorId: number;
  code: string;
  sectionCode: string;
  name: string;
  unit: string;
  aggregation: string;
  value: number | null;
  /** Reports that had a value for this indicator. */
  reports: number;
}

export interface Rollup {
  periodId: number;
  unitId: number;
  unitName: string;
  includeSubmitted: boolean;
  reportsCounted: number;
  indicators: RollupIndicator[];
}

export interface DrilldownRow {
  unitId: number;
  unitName: string;
  /** The unit whose subtree the report counts under (its successor after a merge). */
  countedUnder: string | null;
  reportId: number;
  status: ReportStatus;
  value: number | null;
  source: ValueSource | null;
}

export interface RatesView {
  expected: number;
  submitted: number;
  accepted: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  completeness: number | null;
  timeliness: number | null;
}

export interface Dashboard {
  period: Period;
  unitId: number;
  unitName: string;
  previousPeriod: { id: number; name: string } | null;
  overall: RatesView;
  byGroup: (RatesView & { group: string; groupName: string })[];
  provinceLevel: { status: ReportStatus | 'not_started'; timeliness: string; deadline: string | null } | null;
  keyIndicators: {
    code: string;
    name: string;
    unit: string;
    value: number | null;
    previous: number | null;
    change: number | null;
    byGroup: { group: string; groupName: string; value: number | null }[];
  }[];
  missing: { unitId: number; unitName: string; groups: string[] }[];
  late: { unitId: number; unitName: string; submittedAt: string; groups: string[] }[];
}

export interface CompilationSection {
  code: string;
  number: string;
  title: string;
  depth: number;
  hasNarrative: boolean;
  narratives: { unitId: number; unitName: string; status: ReportStatus; text: string }[];
}

export interface Compilation {
  period: Period;
  report: { id: number; status: ReportStatus } | null;
  rollup: Rollup;
  sections: CompilationSection[];
}

export const CompileReport = z.object({
  includeSubmitted: labelled(z.boolean(), 'Gồm cả báo cáo đã gửi chưa tiếp nhận').default(false),
  /** Replace narratives already written in the province report with the gathered ones. */
  overwriteNarratives: labelled(z.boolean(), 'Ghi đè nội dung đã viết').default(false),
});

export interface FigureProviderView {
  key: string;
  label: string;
}
