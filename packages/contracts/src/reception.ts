/**
 * Citizen reception (tiếp công dân): the reception schedules of each unit, the reception log (sổ tiếp
 * công dân) and the compliance of the heads with the legal minimum of reception days. The vocabularies
 * come from packages/domain (reception/vocabulary.ts); the labels are here. A visit's field is the
 * petitions' field (PetitionField, PETITION_FIELD_LABELS): one vocabulary for both.
 */
import { z } from 'zod';
import {
  RECEPTION_COMPLIANCE_STATES,
  RECEPTION_KINDS,
  RECEPTION_OUTCOMES,
  SCHEDULE_KINDS,
  type ReceptionComplianceState,
} from '@danvan/domain';
import { BodyInt, Id, INT4_MAX, IsoDate, PageQuery, Text, updateOf } from './common.ts';
import { formatCount, labelled } from './labels.ts';
import { PetitionField } from './petitions.ts';

export { RECEPTION_KINDS, RECEPTION_OUTCOMES, SCHEDULE_KINDS };

export const ReceptionKind = z.enum(RECEPTION_KINDS);
export const ScheduleKind = z.enum(SCHEDULE_KINDS);
export const ReceptionOutcome = z.enum(RECEPTION_OUTCOMES);
export type ReceptionKind = z.infer<typeof ReceptionKind>;
export type ScheduleKind = z.infer<typeof ScheduleKind>;
export type ReceptionOutcome = z.infer<typeof ReceptionOutcome>;
export const ReceptionComplianceStatus = z.enum(RECEPTION_COMPLIANCE_STATES);

type Labels<K extends string> = Record<K, { vi: string; en: string }>;

export const RECEPTION_KIND_LABELS: Labels<ReceptionKind> = {
  regular: { vi: 'Tiếp thường xuyên', en: 'Regular reception' },
  periodic_head: { vi: 'Tiếp định kỳ của người đứng đầu', en: "Head's periodic reception" },
  ad_hoc: { vi: 'Tiếp đột xuất', en: 'Ad hoc reception' },
};
export const SCHEDULE_KIND_LABELS: Labels<ScheduleKind> = {
  regular: { vi: 'Lịch tiếp thường xuyên', en: 'Regular reception days' },
  periodic_head: { vi: 'Lịch tiếp định kỳ của người đứng đầu', en: "Head's periodic days" },
};
export const RECEPTION_OUTCOME_LABELS: Labels<ReceptionOutcome> = {
  answered: { vi: 'Trả lời, giải thích trực tiếp', en: 'Answered on the spot' },
  guided: { vi: 'Hướng dẫn đến cơ quan có thẩm quyền', en: 'Guided to the competent body' },
  petition_received: { vi: 'Tiếp nhận đơn', en: 'Petition received' },
  refused: { vi: 'Từ chối tiếp', en: 'Refused' },
};
export const RECEPTION_COMPLIANCE_LABELS: Labels<ReceptionComplianceState> = {
  met: { vi: 'Đạt', en: 'Met' },
  not_met: { vi: 'Chưa đạt', en: 'Not met' },
  in_progress: { vi: 'Đang trong kỳ', en: 'In progress' },
  not_applicable: { vi: 'Không áp dụng', en: 'Not applicable' },
};

// ---------------------------------------------------------------------------------------------
// Field builders

const text = (max: number, label: string) =>
  labelled(
    z
      .string({ error: `${label} phải là chuỗi ký tự` })
      .trim()
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
const required = (max: number, label: string) =>
  labelled(
    z
      .string({ error: `${label} phải là chuỗi ký tự` })
      .trim()
      .min(1, `${label} không được để trống`)
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
const bool = (label: string) => labelled(z.boolean({ error: `${label}: phải là có hoặc không` }), label);
const date = (label: string) => labelled(IsoDate, label);
const TIME_MESSAGE = 'phải là giờ dạng HH:mm (00:00 đến 23:59)';
const time = (label: string) =>
  labelled(
    z
      .string({ error: `${label} ${TIME_MESSAGE}` })
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} ${TIME_MESSAGE}`),
    label,
  );
const unitId = () => labelled(Id, 'Đơn vị');
const QueryBool = z
  .union([z.boolean(), z.string()])
  .transform((v) => v === true || v === 'true' || v === '1');
const MONTH_MESSAGE = 'phải là tháng dạng YYYY-MM';
const month = (label: string) =>
  labelled(
    z
      .string({ error: `${label} ${MONTH_MESSAGE}` })
      .regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, `${label} ${MONTH_MESSAGE}`),
    label,
  );
const expectedVersion = () => BodyInt(1, INT4_MAX, 'Phiên bản').optional();

// ---------------------------------------------------------------------------------------------
// Schedules (lịch tiếp công dân)

export const ReceptionSchedule = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  kind: ScheduleKind,
  title: z.string(),
  weekdays: z.array(z.number().int()),
  monthDays: z.array(z.number().int()),
  dates: z.array(z.string()),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  receiverUserId: z.number().int().nullable(),
  receiverName: z.string(),
  receiverTitle: z.string(),
  headInPerson: z.boolean(),
  online: z.boolean(),
  onlineLink: z.string(),
  published: z.boolean(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  note: z.string(),
  /** The next session days from today (at most 3). */
  nextDates: z.array(z.string()),
  version: z.number().int(),
  isDemo: z.boolean(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type ReceptionSchedule = z.infer<typeof ReceptionSchedule>;

const scheduleShape = {
  kind: labelled(ScheduleKind, 'Loại lịch'),
  title: required(300, 'Tên lịch'),
  weekdays: labelled(
    z
      .array(
        z
          .number({ error: 'Thứ trong tuần: 0 (Chủ nhật) đến 6 (thứ Bảy)' })
          .int('Thứ trong tuần: 0 (Chủ nhật) đến 6 (thứ Bảy)')
          .min(0, 'Thứ trong tuần: 0 (Chủ nhật) đến 6 (thứ Bảy)')
          .max(6, 'Thứ trong tuần: 0 (Chủ nhật) đến 6 (thứ Bảy)'),
      )
      .max(7, 'Tối đa 7 ngày trong tuần'),
    'Thứ trong tuần',
  ).default([]),
  monthDays: labelled(
    z
      .array(
        z
          .number({ error: 'Ngày trong tháng: từ 1 đến 31' })
          .int('Ngày trong tháng: từ 1 đến 31')
          .min(1, 'Ngày trong tháng: từ 1 đến 31')
          .max(31, 'Ngày trong tháng: từ 1 đến 31'),
      )
      .max(31, 'Tối đa 31 ngày trong tháng'),
    'Ngày trong tháng',
  ).default([]),
  dates: labelled(z.array(IsoDate).max(400, 'Tối đa 400 ngày cụ thể'), 'Ngày tiếp cụ thể').default([]),
  startTime: time('Giờ bắt đầu'),
  endTime: time('Giờ kết thúc'),
  place: required(500, 'Địa điểm tiếp'),
  receiverUserId: labelled(Id, 'Tài khoản người tiếp').nullish(),
  receiverName: text(200, 'Họ tên người tiếp').default(''),
  receiverTitle: text(200, 'Chức vụ người tiếp').default(''),
  headInPerson: bool('Người đứng đầu trực tiếp tiếp').default(false),
  online: bool('Có tiếp trực tuyến').default(false),
  onlineLink: text(1000, 'Đường dẫn tiếp trực tuyến').default(''),
  published: bool('Công khai lịch').default(true),
  validFrom: date('Áp dụng từ ngày'),
  validTo: date('Áp dụng đến ngày').nullish(),
  note: text(2000, 'Ghi chú').default(''),
};

export const CreateReceptionSchedule = z.object({ unitId: unitId(), ...scheduleShape });
export type CreateReceptionSchedule = z.input<typeof CreateReceptionSchedule>;
export const UpdateReceptionSchedule = updateOf({ ...scheduleShape, expectedVersion: expectedVersion() });
export type UpdateReceptionSchedule = z.infer<typeof UpdateReceptionSchedule>;

export const ReceptionScheduleListQuery = PageQuery.extend({
  unitId: unitId().optional(),
  kind: labelled(ScheduleKind, 'Loại lịch').optional(),
  /** Only the schedules in force on or after today. */
  current: labelled(QueryBool, 'Chỉ lịch đang áp dụng').optional(),
});
export type ReceptionScheduleListQuery = z.infer<typeof ReceptionScheduleListQuery>;

/** One session of a schedule on a day (what the public portal shows: no personal data of citizens). */
export const ReceptionSession = z.object({
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  scheduleId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  kind: ScheduleKind,
  title: z.string(),
  place: z.string(),
  receiverName: z.string(),
  receiverTitle: z.string(),
  headInPerson: z.boolean(),
  online: z.boolean(),
  onlineLink: z.string(),
});
export type ReceptionSession = z.infer<typeof ReceptionSession>;

export const ReceptionSessionQuery = z.object({
  unitId: unitId().optional(),
  from: date('Từ ngày'),
  to: date('Đến ngày'),
});
export type ReceptionSessionQuery = z.infer<typeof ReceptionSessionQuery>;

// ---------------------------------------------------------------------------------------------
// The reception log (sổ tiếp công dân)

export const ReceptionVisit = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  kind: ReceptionKind,
  /** ISO instant. */
  receivedAt: z.string(),
  /** Vietnam date and time of the visit. */
  receivedOn: z.string(),
  receivedTime: z.string(),
  place: z.string(),
  receiverUserId: z.number().int().nullable(),
  receiverName: z.string(),
  receiverTitle: z.string(),
  headInPerson: z.boolean(),
  deputyOnBehalf: z.boolean(),
  visitorsCount: z.number().int(),
  massDelegation: z.boolean(),
  representativeName: z.string(),
  idNumber: z.string(),
  address: z.string(),
  content: z.string(),
  field: PetitionField,
  outcome: ReceptionOutcome,
  refusalReason: z.string(),
  outcomeNote: z.string(),
  conclusion: z.string(),
  online: z.boolean(),
  onlineNoticeSentOn: z.string().nullable(),
  /** The last day the online session could be announced (the register's notice rule), or null. */
  onlineNoticeDueBy: z.string().nullable(),
  /** An online session announced later than the notice rule asks, or not announced. */
  onlineNoticeLate: z.boolean(),
  petitionId: z.number().int().nullable(),
  version: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  can: z.object({ update: z.boolean(), attach: z.boolean(), conclusion: z.boolean() }),
});
export type ReceptionVisit = z.infer<typeof ReceptionVisit>;

const visitShape = {
  kind: labelled(ReceptionKind, 'Loại tiếp'),
  receivedOn: date('Ngày tiếp'),
  receivedTime: time('Giờ tiếp'),
  place: required(500, 'Địa điểm tiếp'),
  receiverUserId: labelled(Id, 'Tài khoản người tiếp').nullish(),
  receiverName: required(200, 'Người tiếp'),
  receiverTitle: text(200, 'Chức vụ người tiếp').default(''),
  headInPerson: bool('Người đứng đầu trực tiếp tiếp').default(false),
  deputyOnBehalf: bool('Cấp phó được ủy quyền tiếp thay').default(false),
  visitorsCount: BodyInt(1, 10_000, 'Số người đến'),
  representativeName: required(200, 'Họ tên người đến (người đại diện)'),
  idNumber: text(30, 'Số giấy tờ tùy thân').default(''),
  address: text(500, 'Địa chỉ').default(''),
  content: required(20_000, 'Nội dung trình bày'),
  field: PetitionField,
  outcome: labelled(ReceptionOutcome, 'Kết quả tiếp'),
  refusalReason: text(2000, 'Lý do từ chối').default(''),
  outcomeNote: text(5000, 'Ghi chú kết quả (nơi hướng dẫn, đơn tiếp nhận…)').default(''),
  conclusion: text(20_000, 'Nội dung kết luận buổi tiếp').default(''),
  online: bool('Tiếp trực tuyến').default(false),
  onlineNoticeSentOn: date('Ngày thông báo tiếp trực tuyến').nullish(),
};

export const CreateReceptionVisit = z.object({ unitId: unitId(), ...visitShape });
export type CreateReceptionVisit = z.input<typeof CreateReceptionVisit>;
export const UpdateReceptionVisit = updateOf({ ...visitShape, expectedVersion: expectedVersion() });
export type UpdateReceptionVisit = z.infer<typeof UpdateReceptionVisit>;

export const ReceptionVisitFilter = z.object({
  unitId: unitId().optional(),
  kind: labelled(ReceptionKind, 'Loại tiếp').optional(),
  field: PetitionField.optional(),
  outcome: labelled(ReceptionOutcome, 'Kết quả tiếp').optional(),
  from: date('Từ ngày').optional(),
  to: date('Đến ngày').optional(),
  mass: labelled(QueryBool, 'Chỉ đoàn đông người').optional(),
  q: Text(200, 'Từ khóa').optional(),
});
export const ReceptionVisitListQuery = PageQuery.extend(ReceptionVisitFilter.shape);
export type ReceptionVisitListQuery = z.infer<typeof ReceptionVisitListQuery>;
export type ReceptionVisitFilter = z.infer<typeof ReceptionVisitFilter>;

// ---------------------------------------------------------------------------------------------
// Compliance of the heads with the minimum reception days

export const ReceptionComplianceQuery = z.object({
  unitId: unitId().optional(),
  from: month('Từ tháng'),
  to: month('Đến tháng'),
});
export type ReceptionComplianceQuery = z.infer<typeof ReceptionComplianceQuery>;

const ComplianceMonth = z.object({
  month: z.string(),
  state: ReceptionComplianceStatus,
  required: z.number().int().nullable(),
  counted: z.number().int(),
  headDays: z.number().int(),
  deputyDays: z.number().int(),
  deputyDaysNotCounted: z.number().int(),
  weeksShort: z.number().int(),
  /** The rule applied: its name and minimum ("1 ngày/tuần"), or null. */
  ruleText: z.string().nullable(),
});

export const ReceptionCompliance = z.object({
  from: z.string(),
  to: z.string(),
  months: z.array(z.string()),
  /** Days a deputy received on the head's behalf count up to this day (Luật 136/2025/QH15). */
  /** The last day a deputy's reception counts (the register's rule), null without an end. */
  deputyCountsUntil: z.string().nullable(),
  rows: z.array(
    z.object({
      unitId: z.number().int(),
      unitCode: z.string(),
      unitName: z.string(),
      kind: z.string(),
      ruleCode: z.string().nullable(),
      ruleName: z.string().nullable(),
      basisText: z.string().nullable(),
      needsCheck: z.boolean(),
      months: z.array(ComplianceMonth),
      period: z.object({
        state: ReceptionComplianceStatus,
        required: z.number().int(),
        counted: z.number().int(),
        headDays: z.number().int(),
        monthsApplicable: z.number().int(),
        monthsMet: z.number().int(),
        monthsNotMet: z.number().int(),
      }),
    }),
  ),
});
export type ReceptionCompliance = z.infer<typeof ReceptionCompliance>;
