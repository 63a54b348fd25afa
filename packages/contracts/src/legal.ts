/**
 * Legal time limits (thời hạn theo luật) and the working-day calendar (lịch ngày nghỉ, ngày làm bù):
 * the administrator's registers, read by every module that counts a legal or working-day deadline.
 */
import { z } from 'zod';
import { Int, IsoDate, PageQuery, Text, updateOf } from './common.ts';
import { labelled } from './labels.ts';

export const TIME_LIMIT_UNIT_CODES = [
  'calendar_days',
  'working_days',
  'working_hours',
  'days_per_week',
  'days_per_month',
] as const;
export const TimeLimitUnit = z.enum(TIME_LIMIT_UNIT_CODES);
export type TimeLimitUnit = z.infer<typeof TimeLimitUnit>;

export const TIME_LIMIT_UNIT_LABELS: Record<TimeLimitUnit, { vi: string; en: string }> = {
  calendar_days: { vi: 'Ngày', en: 'Calendar days' },
  working_days: { vi: 'Ngày làm việc', en: 'Working days' },
  working_hours: { vi: 'Giờ làm việc', en: 'Working hours' },
  days_per_week: { vi: 'Ngày/tuần (tối thiểu)', en: 'Days a week (minimum)' },
  days_per_month: { vi: 'Ngày/tháng (tối thiểu)', en: 'Days a month (minimum)' },
};

/** Conditions of a rule: absent or null = whatever the case. */
export const RuleConditions = z.object({
  complex: labelled(z.boolean().nullable(), 'Vụ việc phức tạp').optional(),
  remoteArea: labelled(z.boolean().nullable(), 'Vùng sâu, vùng xa, đi lại khó khăn').optional(),
  secondInstance: labelled(z.boolean().nullable(), 'Giải quyết lần hai').optional(),
  extension: labelled(
    z
      .number({ error: 'Gia hạn lần: phải là số nguyên từ 1 đến 9' })
      .int('Gia hạn lần: phải là số nguyên từ 1 đến 9')
      .min(1, 'Gia hạn lần: phải là số nguyên từ 1 đến 9')
      .max(9, 'Gia hạn lần: phải là số nguyên từ 1 đến 9')
      .nullable(),
    'Gia hạn lần',
  ).optional(),
});
export type RuleConditions = z.infer<typeof RuleConditions>;

/** The facts of a case a deadline is asked for. */
export const CaseConditions = z.object({
  complex: z.boolean().optional(),
  remoteArea: z.boolean().optional(),
  secondInstance: z.boolean().optional(),
  extension: z.number().int().min(0).max(9).optional(),
});
export type CaseConditions = z.infer<typeof CaseConditions>;

export const LegalBasis = z.object({
  law: labelled(
    Text(300, 'Văn bản (căn cứ pháp lý)').min(3, 'Văn bản (căn cứ pháp lý): ít nhất 3 ký tự'),
    'Văn bản (căn cứ pháp lý)',
  ),
  article: Text(20, 'Điều').nullish(),
  clause: Text(20, 'Khoản').nullish(),
});

const ruleCode = labelled(
  z
    .string({ error: 'Mã quy định phải là chuỗi ký tự' })
    .trim()
    .min(1, 'Mã quy định không được để trống')
    .max(100, 'Mã quy định: tối đa 100 ký tự')
    .regex(
      /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/,
      'Mã quy định chỉ gồm chữ thường không dấu, số, dấu gạch dưới, phân đoạn bằng dấu chấm (vd. khieu_nai.giai_quyet)',
    ),
  'Mã quy định',
);
const ruleName = labelled(
  Text(300, 'Tên quy định').min(3, 'Tên quy định phải có ít nhất 3 ký tự'),
  'Tên quy định',
);
const ruleValue = labelled(
  z
    .number({ error: 'Giá trị phải là số nguyên dương' })
    .int('Giá trị phải là số nguyên dương')
    .min(1, 'Giá trị phải là số nguyên dương')
    .max(3650, 'Giá trị: tối đa 3.650'),
  'Giá trị',
);

export const CreateTimeLimitRule = z.object({
  code: ruleCode,
  name: ruleName,
  value: ruleValue,
  unit: labelled(TimeLimitUnit, 'Đơn vị tính'),
  conditions: labelled(RuleConditions, 'Điều kiện áp dụng').default({}),
  basis: labelled(LegalBasis, 'Căn cứ pháp lý'),
  effectiveFrom: labelled(IsoDate, 'Hiệu lực từ ngày'),
  effectiveTo: labelled(IsoDate, 'Hiệu lực đến ngày').nullable().default(null),
  needsCheck: labelled(z.boolean(), 'Cần kiểm tra').default(false),
  note: Text(2000, 'Ghi chú').nullish(),
});
export type CreateTimeLimitRule = z.input<typeof CreateTimeLimitRule>;

/**
 * Editing a rule. A rule a case has used keeps its value: changing its value, unit, conditions or basis
 * makes a new version in force from `effectiveFrom` (required then), and the old one ends the day before.
 * Its name, note and the "cần kiểm tra" mark may change in place.
 */
export const UpdateTimeLimitRule = updateOf({
  name: ruleName,
  value: ruleValue,
  unit: labelled(TimeLimitUnit, 'Đơn vị tính'),
  conditions: labelled(RuleConditions, 'Điều kiện áp dụng'),
  basis: labelled(LegalBasis, 'Căn cứ pháp lý'),
  effectiveFrom: labelled(IsoDate, 'Hiệu lực từ ngày'),
  effectiveTo: labelled(IsoDate, 'Hiệu lực đến ngày').nullable(),
  needsCheck: labelled(z.boolean(), 'Cần kiểm tra'),
  note: Text(2000, 'Ghi chú').nullable(),
});
export type UpdateTimeLimitRule = z.infer<typeof UpdateTimeLimitRule>;

export const RetireTimeLimitRule = z.object({
  effectiveTo: labelled(IsoDate, 'Hết hiệu lực từ sau ngày'),
  reason: Text(1000, 'Lý do').min(3, 'Lý do phải có ít nhất 3 ký tự'),
});

export const TimeLimitRuleListQuery = PageQuery.extend({
  q: Text(200, 'Từ khóa').optional(),
  code: Text(100, 'Mã quy định').optional(),
  asOf: labelled(IsoDate, 'Có hiệu lực tại ngày').optional(),
  needsCheck: labelled(z.stringbool(), 'Cần kiểm tra').optional(),
  includeRetired: labelled(z.stringbool(), 'Gồm cả quy định đã hết hiệu lực').optional(),
});
export type TimeLimitRuleListQuery = z.infer<typeof TimeLimitRuleListQuery>;

export const TimeLimitRule = z.object({
  id: z.number().int(),
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  value: z.number().int(),
  unit: TimeLimitUnit,
  conditions: RuleConditions,
  basis: z.object({ law: z.string(), article: z.string().nullable(), clause: z.string().nullable() }),
  /** "Điều 28, Luật Khiếu nại 2011 (02/2011/QH13)" */
  basisText: z.string(),
  /** "30 ngày" */
  limitText: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  needsCheck: z.boolean(),
  note: z.string().nullable(),
  /** When a case first used this version (from then on it is never edited in place). */
  usedAt: z.string().nullable(),
  previousVersionId: z.number().int().nullable(),
  retiredAt: z.string().nullable(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), retire: z.boolean() }),
});
export type TimeLimitRule = z.infer<typeof TimeLimitRule>;

// ---------------------------------------------------------------------------------------------
// The working-day calendar

const dayName = labelled(Text(200, 'Tên ngày').min(2, 'Tên ngày phải có ít nhất 2 ký tự'), 'Tên ngày');

export const CreateCalendarDay = z.object({
  date: labelled(IsoDate, 'Ngày'),
  name: dayName,
  /** true: a make-up working day (ngày làm bù); false: a day off (ngày nghỉ). */
  workday: labelled(z.boolean(), 'Ngày làm bù').default(false),
  basis: Text(500, 'Căn cứ').default(''),
  needsCheck: labelled(z.boolean(), 'Cần kiểm tra').default(false),
});
export type CreateCalendarDay = z.input<typeof CreateCalendarDay>;

export const UpdateCalendarDay = updateOf({
  date: labelled(IsoDate, 'Ngày'),
  name: dayName,
  workday: labelled(z.boolean(), 'Ngày làm bù'),
  basis: Text(500, 'Căn cứ'),
  needsCheck: labelled(z.boolean(), 'Cần kiểm tra'),
});
export type UpdateCalendarDay = z.infer<typeof UpdateCalendarDay>;

export const CalendarDayListQuery = z.object({
  year: Int(1900, 2100, 'Năm').optional(),
});

export const CalendarDay = z.object({
  id: z.number().int(),
  date: z.string(),
  name: z.string(),
  workday: z.boolean(),
  basis: z.string(),
  needsCheck: z.boolean(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type CalendarDay = z.infer<typeof CalendarDay>;

/** Trying a deadline against the register and the calendar (the rules screen's "tính thử"). */
export const DeadlinePreviewQuery = z.object({
  code: ruleCode,
  start: labelled(IsoDate, 'Ngày bắt đầu tính (ngày xảy ra sự kiện)'),
  complex: labelled(z.stringbool(), 'Vụ việc phức tạp').optional(),
  remoteArea: labelled(z.stringbool(), 'Vùng sâu, vùng xa').optional(),
  secondInstance: labelled(z.stringbool(), 'Giải quyết lần hai').optional(),
  extension: Int(0, 9, 'Gia hạn lần').optional(),
});

export const DeadlinePreview = z.object({
  ruleId: z.number().int(),
  ruleName: z.string(),
  limitText: z.string(),
  basisText: z.string(),
  needsCheck: z.boolean(),
  start: z.string(),
  dueDate: z.string(),
  dueAt: z.string().nullable(),
});
export type DeadlinePreview = z.infer<typeof DeadlinePreview>;
