/**
 * Situation notes (nắm tình hình Nhân dân): a unit's notes of the people's situation at a place, with
 * their follow-up actions. The vocabularies come from packages/domain (situations).
 */
import { z } from 'zod';
import {
  FOLLOW_UP_STATE_CODES,
  FOLLOW_UP_STATE_LABELS,
  SITUATION_LEVEL_CODES,
  SITUATION_LEVEL_LABELS,
  SITUATION_STATE_CODES,
  SITUATION_STATE_LABELS,
  SITUATION_TOPIC_CODES,
  SITUATION_TOPIC_LABELS,
} from '@danvan/domain';
import { BodyInt, Id, INT4_MAX, IsoDate, PageQuery, Text } from './common.ts';
import { formatCount, labelled } from './labels.ts';

export {
  FOLLOW_UP_STATE_CODES,
  FOLLOW_UP_STATE_LABELS,
  SITUATION_LEVEL_CODES,
  SITUATION_LEVEL_LABELS,
  SITUATION_STATE_CODES,
  SITUATION_STATE_LABELS,
  SITUATION_TOPIC_CODES,
  SITUATION_TOPIC_LABELS,
};

export const SituationTopic = z.enum(SITUATION_TOPIC_CODES, {
  message: 'Lĩnh vực không hợp lệ, hãy chọn trong danh sách',
});
export type SituationTopic = z.infer<typeof SituationTopic>;
export const SituationLevel = z.enum(SITUATION_LEVEL_CODES, {
  message: 'Mức độ không hợp lệ, hãy chọn trong danh sách',
});
export type SituationLevel = z.infer<typeof SituationLevel>;
export const SituationState = z.enum(SITUATION_STATE_CODES, {
  message: 'Tình trạng không hợp lệ, hãy chọn trong danh sách',
});
export type SituationState = z.infer<typeof SituationState>;
export const FollowUpState = z.enum(FOLLOW_UP_STATE_CODES, {
  message: 'Trạng thái thực hiện không hợp lệ, hãy chọn trong danh sách',
});
export type FollowUpState = z.infer<typeof FollowUpState>;

const required = (label: string, max: number) =>
  labelled(
    z
      .string({ error: `${label} phải là chuỗi ký tự` })
      .trim()
      .min(1, `${label} không được để trống`)
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
const version = labelled(BodyInt(1, INT4_MAX, 'Phiên bản'), 'Phiên bản');

// ---------------------------------------------------------------------------------------------
// Outputs

export const SituationFollowUp = z.object({
  id: z.number().int(),
  situationId: z.number().int(),
  action: z.string(),
  assignee: z.string(),
  dueDate: z.string(),
  state: FollowUpState,
  doneOn: z.string().nullable(),
  note: z.string(),
  /** Not done and past its due date (computed for today, Asia/Ho_Chi_Minh). */
  overdue: z.boolean(),
  daysLate: z.number().int(),
  version: z.number().int(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type SituationFollowUp = z.infer<typeof SituationFollowUp>;

export const Situation = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  place: z.string(),
  placeUnitId: z.number().int().nullable(),
  placeUnitName: z.string().nullable(),
  topic: SituationTopic,
  level: SituationLevel,
  summary: z.string(),
  source: z.string(),
  notedOn: z.string(),
  state: SituationState,
  version: z.number().int(),
  followUps: z.array(SituationFollowUp),
  openFollowUps: z.number().int(),
  overdueFollowUps: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), delete: z.boolean(), addFollowUp: z.boolean() }),
});
export type Situation = z.infer<typeof Situation>;

// ---------------------------------------------------------------------------------------------
// Inputs

const situationFilters = {
  q: Text(200, 'Từ khóa').optional(),
  topic: labelled(SituationTopic, 'Lĩnh vực').optional(),
  level: labelled(SituationLevel, 'Mức độ').optional(),
  state: labelled(SituationState, 'Tình trạng').optional(),
  /** The notes of this unit and of the units below it. */
  unitId: labelled(Id, 'Đơn vị').optional(),
  from: labelled(IsoDate, 'Từ ngày').optional(),
  to: labelled(IsoDate, 'Đến ngày').optional(),
  /** Only notes with an overdue follow-up action. */
  overdue: labelled(
    z
      .enum(['true', 'false', '1', '0'], { message: 'Có việc quá hạn: chỉ nhận true hoặc false' })
      .transform((v) => v === 'true' || v === '1'),
    'Có việc quá hạn',
  ).optional(),
};
const dateRange = [
  (v: { from?: string; to?: string }) => !v.from || !v.to || v.from <= v.to,
  {
    message: '“Từ ngày” phải trước hoặc bằng “Đến ngày”.',
    path: ['to'] as string[],
  },
] as const;

export const SituationQuery = PageQuery.extend(situationFilters).refine(...dateRange);
export type SituationQuery = z.infer<typeof SituationQuery>;
/** The query of the .xlsx export: the list's filters without paging. */
export const SituationExportQuery = z.object(situationFilters).refine(...dateRange);
export type SituationExportQuery = z.infer<typeof SituationExportQuery>;

const followUpFields = {
  action: required('Việc cần làm', 2000),
  assignee: required('Người, đơn vị thực hiện', 300),
  dueDate: labelled(IsoDate, 'Hạn thực hiện'),
  state: labelled(FollowUpState, 'Trạng thái thực hiện').default('not_started'),
  note: labelled(Text(2000, 'Kết quả, ghi chú'), 'Kết quả, ghi chú').default(''),
};

export const CreateSituationFollowUp = z.object(followUpFields);
export type CreateSituationFollowUp = z.input<typeof CreateSituationFollowUp>;

const situationFields = {
  place: required('Địa bàn', 300),
  placeUnitId: labelled(Id, 'Đơn vị trên địa bàn').nullable().default(null),
  topic: labelled(SituationTopic, 'Lĩnh vực'),
  level: labelled(SituationLevel, 'Mức độ').default('normal'),
  summary: required('Nội dung tình hình', 10_000),
  source: labelled(Text(500, 'Nguồn tin'), 'Nguồn tin').default(''),
  notedOn: labelled(IsoDate, 'Ngày nắm tình hình'),
};

export const CreateSituation = z.object({
  unitId: labelled(Id, 'Đơn vị'),
  ...situationFields,
  followUps: labelled(
    z.array(CreateSituationFollowUp).max(50, 'Tối đa 50 việc cần làm'),
    'Việc cần làm',
  ).default([]),
});
export type CreateSituation = z.input<typeof CreateSituation>;

const EMPTY_UPDATE = 'Không có thông tin nào để cập nhật: hãy nhập ít nhất một trường cần thay đổi.';
const somethingToChange = [
  (v: Record<string, unknown>) =>
    Object.entries(v).some(([k, x]) => k !== 'expectedVersion' && x !== undefined),
  { message: EMPTY_UPDATE },
] as const;

/** Editing a note: any of its fields, and the version the user edited (a stale one is refused, 409). */
export const UpdateSituation = z
  .object({
    place: situationFields.place.optional(),
    placeUnitId: labelled(Id, 'Đơn vị trên địa bàn').nullable().optional(),
    topic: labelled(SituationTopic, 'Lĩnh vực').optional(),
    level: labelled(SituationLevel, 'Mức độ').optional(),
    summary: situationFields.summary.optional(),
    source: labelled(Text(500, 'Nguồn tin'), 'Nguồn tin').optional(),
    notedOn: labelled(IsoDate, 'Ngày nắm tình hình').optional(),
    state: labelled(SituationState, 'Tình trạng').optional(),
    expectedVersion: version,
  })
  .refine(...somethingToChange);
export type UpdateSituation = z.infer<typeof UpdateSituation>;

export const UpdateSituationFollowUp = z
  .object({
    action: followUpFields.action.optional(),
    assignee: followUpFields.assignee.optional(),
    dueDate: labelled(IsoDate, 'Hạn thực hiện').optional(),
    state: labelled(FollowUpState, 'Trạng thái thực hiện').optional(),
    note: labelled(Text(2000, 'Kết quả, ghi chú'), 'Kết quả, ghi chú').optional(),
    expectedVersion: version,
  })
  .refine(...somethingToChange);
export type UpdateSituationFollowUp = z.infer<typeof UpdateSituationFollowUp>;
