/**
 * Inspections of public duty (thanh tra, kiểm tra công vụ): the year's plan and its items, each
 * inspection with its team and findings, the violations of conduct (the person's data only for
 * holders of inspections:persons; others read "đã ẩn danh"), the recommendations tracked to
 * completion, the conclusion. The vocabularies and legal rows come from packages/domain (inspections).
 */
import { z } from 'zod';
import {
  CONDUCT_RULE_CODES,
  CONDUCT_RULE_LABELS,
  CONDUCT_RULES,
  INSPECTION_KIND_CODES,
  INSPECTION_KIND_LABELS,
  INSPECTION_MODE_CODES,
  INSPECTION_MODE_LABELS,
  INSPECTION_STATE_CODES,
  INSPECTION_STATE_LABELS,
  PLAN_ITEM_STATUS_CODES,
  PLAN_ITEM_STATUS_LABELS,
  RECOMMENDATION_STATE_CODES,
  RECOMMENDATION_STATE_LABELS,
  SANCTION_CODES,
  SANCTION_LABELS,
  SANCTIONS,
} from '@danvan/domain';
import { BodyInt, Id, INT4_MAX, Int, IsoDate, PageQuery, Text } from './common.ts';
import { formatCount, labelled } from './labels.ts';

export {
  CONDUCT_RULE_CODES,
  CONDUCT_RULE_LABELS,
  CONDUCT_RULES,
  INSPECTION_KIND_CODES,
  INSPECTION_KIND_LABELS,
  INSPECTION_MODE_CODES,
  INSPECTION_MODE_LABELS,
  INSPECTION_STATE_CODES,
  INSPECTION_STATE_LABELS,
  PLAN_ITEM_STATUS_CODES,
  PLAN_ITEM_STATUS_LABELS,
  RECOMMENDATION_STATE_CODES,
  RECOMMENDATION_STATE_LABELS,
  SANCTION_CODES,
  SANCTION_LABELS,
  SANCTIONS,
};

/** What someone without inspections:persons reads instead of a violator's personal data. */
export const ANONYMISED = 'đã ẩn danh';

const pick = (what: string) => ({ message: `${what} không hợp lệ, hãy chọn trong danh sách` });
export const InspectionKind = z.enum(INSPECTION_KIND_CODES, pick('Loại hình'));
export type InspectionKind = z.infer<typeof InspectionKind>;
export const InspectionMode = z.enum(INSPECTION_MODE_CODES, pick('Hình thức'));
export type InspectionMode = z.infer<typeof InspectionMode>;
export const InspectionState = z.enum(INSPECTION_STATE_CODES, pick('Trạng thái'));
export type InspectionState = z.infer<typeof InspectionState>;
export const ConductRule = z.enum(CONDUCT_RULE_CODES, pick('Quy định bị vi phạm'));
export type ConductRule = z.infer<typeof ConductRule>;
export const Sanction = z.enum(SANCTION_CODES, pick('Hình thức xử lý'));
export type Sanction = z.infer<typeof Sanction>;
export const RecommendationState = z.enum(RECOMMENDATION_STATE_CODES, pick('Trạng thái thực hiện'));
export type RecommendationState = z.infer<typeof RecommendationState>;
export const PlanItemStatus = z.enum(PLAN_ITEM_STATUS_CODES);
export type PlanItemStatus = z.infer<typeof PlanItemStatus>;

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
const EMPTY_UPDATE = 'Không có thông tin nào để cập nhật: hãy nhập ít nhất một trường cần thay đổi.';
const somethingToChange = [
  (v: Record<string, unknown>) =>
    Object.entries(v).some(([k, x]) => k !== 'expectedVersion' && x !== undefined),
  { message: EMPTY_UPDATE },
] as const;
const dateOrder = [
  (v: { startOn?: string | null; endOn?: string | null }) => !v.startOn || !v.endOn || v.startOn <= v.endOn,
  { message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.', path: ['endOn'] as string[] },
] as const;

// ---------------------------------------------------------------------------------------------
// Outputs

export const InspectionTeamMember = z.object({ name: z.string(), role: z.string() });
export type InspectionTeamMember = z.infer<typeof InspectionTeamMember>;

export const InspectionViolation = z.object({
  id: z.number().int(),
  inspectionId: z.number().int(),
  /** The person's name, position and unit, or ANONYMISED for those without inspections:persons. */
  personName: z.string(),
  personPosition: z.string(),
  personUnit: z.string(),
  anonymised: z.boolean(),
  rule: ConductRule,
  description: z.string(),
  sanction: Sanction,
  sanctionDecision: z.string(),
  sanctionOn: z.string().nullable(),
  version: z.number().int(),
  can: z.object({ update: z.boolean() }),
});
export type InspectionViolation = z.infer<typeof InspectionViolation>;

export const InspectionRecommendation = z.object({
  id: z.number().int(),
  inspectionId: z.number().int(),
  content: z.string(),
  responsibleUnitId: z.number().int(),
  responsibleUnitName: z.string(),
  dueOn: z.string().nullable(),
  state: RecommendationState,
  doneOn: z.string().nullable(),
  evidence: z.string(),
  overdue: z.boolean(),
  version: z.number().int(),
  can: z.object({ update: z.boolean() }),
});
export type InspectionRecommendation = z.infer<typeof InspectionRecommendation>;

export const Inspection = z.object({
  id: z.number().int(),
  /** The unit inspected. */
  unitId: z.number().int(),
  unitName: z.string(),
  /** The body that inspects (Thanh tra, the head of the body, the level above). */
  conductorUnitId: z.number().int(),
  conductorUnitName: z.string(),
  planItemId: z.number().int().nullable(),
  kind: InspectionKind,
  mode: InspectionMode,
  title: z.string(),
  decisionNumber: z.string(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  team: z.array(InspectionTeamMember),
  scope: z.string(),
  findings: z.string(),
  state: InspectionState,
  conclusionNumber: z.string(),
  conclusionDate: z.string().nullable(),
  conclusionText: z.string(),
  signerName: z.string(),
  signerPosition: z.string(),
  isPublic: z.boolean(),
  publicSummary: z.string(),
  violations: z.number().int(),
  recommendations: z.number().int(),
  recommendationsOpen: z.number().int(),
  recommendationsOverdue: z.number().int(),
  version: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({
    update: z.boolean(),
    conclude: z.boolean(),
    addViolation: z.boolean(),
    addRecommendation: z.boolean(),
    persons: z.boolean(),
  }),
});
export type Inspection = z.infer<typeof Inspection>;

export const InspectionDetail = Inspection.extend({
  violationList: z.array(InspectionViolation),
  recommendationList: z.array(InspectionRecommendation),
});
export type InspectionDetail = z.infer<typeof InspectionDetail>;

export const InspectionPlanItem = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  month: z.number().int(),
  kind: InspectionKind,
  content: z.string(),
  inspectionId: z.number().int().nullable(),
  status: PlanItemStatus,
});
export type InspectionPlanItem = z.infer<typeof InspectionPlanItem>;

export const InspectionPlanCompliance = z.object({
  planned: z.number().int(),
  concluded: z.number().int(),
  started: z.number().int(),
  overdue: z.number().int(),
  upcoming: z.number().int(),
  percentDone: z.number().nullable(),
});

export const InspectionPlan = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  title: z.string(),
  decisionNumber: z.string(),
  approvedOn: z.string().nullable(),
  compliance: InspectionPlanCompliance,
  version: z.number().int(),
  isDemo: z.boolean(),
  can: z.object({ update: z.boolean() }),
});
export type InspectionPlan = z.infer<typeof InspectionPlan>;
/** A plan with its items (`planItems`: `items` names a page of a list everywhere else). */
export const InspectionPlanDetail = InspectionPlan.extend({ planItems: z.array(InspectionPlanItem) });
export type InspectionPlanDetail = z.infer<typeof InspectionPlanDetail>;

export const InspectionReference = z.object({
  rules: z.array(
    z.object({
      code: ConductRule,
      vi: z.string(),
      en: z.string(),
      basis: z.string(),
      needsCheck: z.boolean(),
    }),
  ),
  sanctions: z.array(
    z.object({
      code: Sanction,
      vi: z.string(),
      en: z.string(),
      basis: z.string(),
      needsCheck: z.boolean(),
      disciplinary: z.boolean(),
    }),
  ),
});
export type InspectionReference = z.infer<typeof InspectionReference>;

/** A concluded inspection marked public, as the portal shows it: no person's data. */
export interface PublicInspectionResult {
  id: number;
  unitId: number;
  unitName: string;
  conductorUnitName: string;
  kind: InspectionKind;
  title: string;
  startOn: string;
  endOn: string | null;
  conclusionNumber: string;
  conclusionDate: string | null;
  summary: string;
  violations: number;
  recommendations: number;
  recommendationsDone: number;
}

// ---------------------------------------------------------------------------------------------
// Inputs

const inspectionFilters = {
  q: Text(200, 'Từ khóa').optional(),
  kind: labelled(InspectionKind, 'Loại hình').optional(),
  mode: labelled(InspectionMode, 'Hình thức').optional(),
  state: labelled(InspectionState, 'Trạng thái').optional(),
  /** Inspections of this unit and of the units below it. */
  unitId: labelled(Id, 'Đơn vị được thanh tra, kiểm tra').optional(),
  year: Int(1990, 2100, 'Năm').optional(),
  /** Only those with a recommendation past its due date and not done. */
  overdue: labelled(
    z
      .enum(['true', 'false'], { message: 'Quá hạn: chỉ nhận true hoặc false' })
      .transform((v) => v === 'true'),
    'Có kiến nghị quá hạn',
  ).optional(),
};
export const InspectionQuery = PageQuery.extend(inspectionFilters);
export type InspectionQuery = z.infer<typeof InspectionQuery>;
export const InspectionExportQuery = z.object(inspectionFilters);
export type InspectionExportQuery = z.infer<typeof InspectionExportQuery>;

const team = labelled(
  z
    .array(
      z.object({
        name: required('Họ tên thành viên', 200),
        role: optionalText('Vai trò trong đoàn', 100).default(''),
      }),
    )
    .max(50, 'Tối đa 50 thành viên'),
  'Thành phần đoàn',
);

export const CreateInspection = z
  .object({
    unitId: labelled(Id, 'Đơn vị được thanh tra, kiểm tra'),
    conductorUnitId: labelled(Id, 'Cơ quan tiến hành'),
    planItemId: labelled(Id, 'Mục trong kế hoạch').nullable().default(null),
    kind: labelled(InspectionKind, 'Loại hình').default('check'),
    mode: labelled(InspectionMode, 'Hình thức').default('planned'),
    title: required('Tên cuộc thanh tra, kiểm tra', 500),
    decisionNumber: optionalText('Số quyết định thanh tra, kiểm tra', 100).default(''),
    startOn: labelled(IsoDate, 'Ngày bắt đầu'),
    endOn: labelled(IsoDate, 'Ngày kết thúc').nullable().default(null),
    team: team.default([]),
    scope: optionalText('Nội dung, phạm vi', 5_000).default(''),
    findings: optionalText('Kết quả, phát hiện', 20_000).default(''),
  })
  .refine(...dateOrder);
export type CreateInspection = z.input<typeof CreateInspection>;

export const UpdateInspection = z
  .object({
    kind: labelled(InspectionKind, 'Loại hình').optional(),
    mode: labelled(InspectionMode, 'Hình thức').optional(),
    title: required('Tên cuộc thanh tra, kiểm tra', 500).optional(),
    decisionNumber: optionalText('Số quyết định thanh tra, kiểm tra', 100).optional(),
    startOn: labelled(IsoDate, 'Ngày bắt đầu').optional(),
    endOn: labelled(IsoDate, 'Ngày kết thúc').nullable().optional(),
    team: team.optional(),
    scope: optionalText('Nội dung, phạm vi', 5_000).optional(),
    findings: optionalText('Kết quả, phát hiện', 20_000).optional(),
    isPublic: labelled(
      z.boolean({ error: 'Công khai: chỉ nhận true hoặc false' }),
      'Công khai kết quả',
    ).optional(),
    publicSummary: optionalText('Tóm tắt công khai', 5_000).optional(),
    expectedVersion: version,
  })
  .refine(...somethingToChange)
  .refine(...dateOrder);
export type UpdateInspection = z.infer<typeof UpdateInspection>;

export const ConcludeInspection = z.object({
  expectedVersion: version,
  conclusionNumber: required('Số kết luận', 100),
  conclusionDate: labelled(IsoDate, 'Ngày kết luận'),
  conclusionText: required('Nội dung kết luận', 20_000),
  signerName: required('Người ký', 200),
  signerPosition: required('Chức vụ người ký', 200),
  endOn: labelled(IsoDate, 'Ngày kết thúc').optional(),
  isPublic: labelled(
    z.boolean({ error: 'Công khai: chỉ nhận true hoặc false' }),
    'Công khai kết quả',
  ).default(false),
  publicSummary: optionalText('Tóm tắt công khai', 5_000).default(''),
});
export type ConcludeInspection = z.input<typeof ConcludeInspection>;

export const CreateViolation = z.object({
  personName: required('Họ tên người vi phạm', 200),
  personPosition: optionalText('Chức vụ', 200).default(''),
  personUnit: optionalText('Đơn vị công tác', 300).default(''),
  rule: labelled(ConductRule, 'Quy định bị vi phạm'),
  description: required('Hành vi vi phạm', 5_000),
  sanction: labelled(Sanction, 'Hình thức xử lý').default('pending'),
  sanctionDecision: optionalText('Quyết định xử lý', 300).default(''),
  sanctionOn: labelled(IsoDate, 'Ngày quyết định xử lý').nullable().default(null),
});
export type CreateViolation = z.input<typeof CreateViolation>;

export const UpdateViolation = z
  .object({
    personName: required('Họ tên người vi phạm', 200).optional(),
    personPosition: optionalText('Chức vụ', 200).optional(),
    personUnit: optionalText('Đơn vị công tác', 300).optional(),
    rule: labelled(ConductRule, 'Quy định bị vi phạm').optional(),
    description: required('Hành vi vi phạm', 5_000).optional(),
    sanction: labelled(Sanction, 'Hình thức xử lý').optional(),
    sanctionDecision: optionalText('Quyết định xử lý', 300).optional(),
    sanctionOn: labelled(IsoDate, 'Ngày quyết định xử lý').nullable().optional(),
    expectedVersion: version,
  })
  .refine(...somethingToChange);
export type UpdateViolation = z.infer<typeof UpdateViolation>;

export const CreateRecommendation = z.object({
  content: required('Nội dung kiến nghị', 5_000),
  responsibleUnitId: labelled(Id, 'Đơn vị thực hiện').optional(),
  dueOn: labelled(IsoDate, 'Hạn thực hiện').nullable().default(null),
});
export type CreateRecommendation = z.input<typeof CreateRecommendation>;

export const UpdateRecommendation = z
  .object({
    content: required('Nội dung kiến nghị', 5_000).optional(),
    dueOn: labelled(IsoDate, 'Hạn thực hiện').nullable().optional(),
    state: labelled(RecommendationState, 'Trạng thái thực hiện').optional(),
    doneOn: labelled(IsoDate, 'Ngày hoàn thành').nullable().optional(),
    evidence: optionalText('Kết quả, minh chứng thực hiện', 5_000).optional(),
    expectedVersion: version,
  })
  .refine(...somethingToChange);
export type UpdateRecommendation = z.infer<typeof UpdateRecommendation>;

export const InspectionPlanQuery = PageQuery.extend({
  unitId: labelled(Id, 'Cơ quan lập kế hoạch').optional(),
  year: Int(1990, 2100, 'Năm').optional(),
});
export type InspectionPlanQuery = z.infer<typeof InspectionPlanQuery>;

export const CreateInspectionPlan = z.object({
  unitId: labelled(Id, 'Cơ quan lập kế hoạch'),
  year: labelled(BodyInt(1990, 2100, 'Năm'), 'Năm'),
  title: required('Tên kế hoạch', 500),
  decisionNumber: optionalText('Số quyết định phê duyệt', 100).default(''),
  approvedOn: labelled(IsoDate, 'Ngày phê duyệt').nullable().default(null),
});
export type CreateInspectionPlan = z.input<typeof CreateInspectionPlan>;

export const UpdateInspectionPlan = z
  .object({
    title: required('Tên kế hoạch', 500).optional(),
    decisionNumber: optionalText('Số quyết định phê duyệt', 100).optional(),
    approvedOn: labelled(IsoDate, 'Ngày phê duyệt').nullable().optional(),
    expectedVersion: version,
  })
  .refine(...somethingToChange);
export type UpdateInspectionPlan = z.infer<typeof UpdateInspectionPlan>;

export const CreatePlanItem = z.object({
  expectedVersion: version,
  unitId: labelled(Id, 'Đơn vị được thanh tra, kiểm tra'),
  month: labelled(BodyInt(1, 12, 'Tháng dự kiến'), 'Tháng dự kiến'),
  kind: labelled(InspectionKind, 'Loại hình').default('check'),
  content: optionalText('Nội dung', 2_000).default(''),
});
export type CreatePlanItem = z.input<typeof CreatePlanItem>;
