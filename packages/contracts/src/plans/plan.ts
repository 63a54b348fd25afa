import { z } from 'zod';
import { Id, Int, Key, PageQuery, updateOf } from '../common.ts';
import { labelled } from '../labels.ts';
import { PLAN_COMPLIANCE_STATUSES, PLAN_STATUSES } from './vocabulary.ts';
import {
  Can,
  date,
  DocRef,
  idList,
  query,
  queryBool,
  required,
  text,
  textList,
  UnitSelector,
  UnitSelectorView,
  unitId,
} from './shared.ts';

// ---------------------------------------------------------------------------------------------
// Plans (kế hoạch)

export const PlanSection = z.object({
  /** 'II', 'II.1', 'III.3'… : a Roman numeral is a part, 'II.1' an item of part II. */
  number: labelled(
    z
      .string()
      .trim()
      .min(1, 'Số mục không được để trống')
      .max(20, 'Số mục: tối đa 20 ký tự')
      .regex(/^[IVXLC]+(\.\d+)*$/, 'Số mục phải có dạng I, II, II.1…'),
    'Số mục',
  ),
  title: required('Tên mục', 1000),
  body: text(20000, 'Nội dung mục').default(''),
});
const sections = labelled(z.array(PlanSection).max(200, 'Tối đa 200 mục'), 'Các mục');
export type PlanSection = z.infer<typeof PlanSection>;

const planFields = {
  year: Int(2000, 2100, 'Năm'),
  numberSymbol: text(100, 'Số, ký hiệu').default(''),
  title: required('Trích yếu kế hoạch', 1000),
  issuerName: text(300, 'Tên cơ quan ban hành').optional(),
  issuerParent: text(300, 'Tên cơ quan chủ quản').nullish(),
  place: text(100, 'Địa danh').optional(),
  basis: text(5000, 'Căn cứ').default(''),
  purposes: textList(50, 5000, 'Mục đích').default([]),
  requirements: textList(50, 5000, 'Yêu cầu').default([]),
  sections: sections.default([]),
  closing: text(5000, 'Phần kết').default(''),
  recipients: textList(60, 300, 'Nơi nhận').default([]),
  signerAuthority: text(100, 'Thẩm quyền ký').default(''),
  signerPosition: text(200, 'Chức vụ người ký').default(''),
  signerName: text(200, 'Họ tên người ký').default(''),
  parentPlanId: labelled(Id, 'Kế hoạch cấp trên').nullish(),
  themeId: labelled(Id, 'Chủ đề năm').nullish(),
  movementIds: idList('Phong trào thi đua').default([]),
  guidingDocumentIds: idList('Văn bản chỉ đạo').default([]),
  /** Units that must issue their own plan linked to this one, and by when. */
  requiredSelector: labelled(UnitSelector, 'Đơn vị phải ban hành kế hoạch').nullish(),
  requiredDue: date('Hạn ban hành kế hoạch của đơn vị').nullish(),
};

export const CreatePlan = z.object({ unitId: unitId(), ...planFields });
export type CreatePlan = z.infer<typeof CreatePlan>;

export const UpdatePlan = updateOf({
  year: planFields.year.optional(),
  numberSymbol: text(100, 'Số, ký hiệu').optional(),
  title: planFields.title.optional(),
  issuerName: planFields.issuerName,
  issuerParent: planFields.issuerParent,
  place: planFields.place,
  basis: text(5000, 'Căn cứ').optional(),
  purposes: textList(50, 5000, 'Mục đích').optional(),
  requirements: textList(50, 5000, 'Yêu cầu').optional(),
  sections: sections.optional(),
  closing: text(5000, 'Phần kết').optional(),
  recipients: textList(60, 300, 'Nơi nhận').optional(),
  signerAuthority: text(100, 'Thẩm quyền ký').optional(),
  signerPosition: text(200, 'Chức vụ người ký').optional(),
  signerName: text(200, 'Họ tên người ký').optional(),
  parentPlanId: planFields.parentPlanId,
  themeId: planFields.themeId,
  movementIds: idList('Phong trào thi đua').optional(),
  guidingDocumentIds: idList('Văn bản chỉ đạo').optional(),
  requiredSelector: planFields.requiredSelector,
  requiredDue: planFields.requiredDue,
});
export type UpdatePlan = z.infer<typeof UpdatePlan>;

export const IssuePlan = z.object({
  /** Ngày ban hành; today when absent. Not in the future. */
  issuedOn: date('Ngày ban hành').optional(),
  /** The number and symbol given by the registry (văn thư) when issuing, if not set yet. */
  numberSymbol: text(100, 'Số, ký hiệu').optional(),
});
export type IssuePlan = z.infer<typeof IssuePlan>;

export const PlanListQuery = PageQuery.extend({
  q: query(200).optional(),
  unitId: unitId().optional(),
  /** With unitId: include the plans of the unit's whole subtree. */
  subtree: queryBool('Gồm cả đơn vị cấp dưới').optional(),
  year: Int(2000, 2100, 'Năm').optional(),
  status: labelled(z.enum(PLAN_STATUSES), 'Trạng thái').optional(),
  parentPlanId: labelled(Id, 'Kế hoạch cấp trên').optional(),
});
export type PlanListQuery = z.infer<typeof PlanListQuery>;

export const PlanSummary = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  numberSymbol: z.string(),
  title: z.string(),
  status: z.enum(PLAN_STATUSES),
  issuedOn: z.string().nullable(),
  parentPlanId: z.number().int().nullable(),
  parentPlanTitle: z.string().nullable(),
  requiredDue: z.string().nullable(),
  requiredCount: z.number().int(),
  taskCount: z.number().int(),
  isDemo: z.boolean(),
  updatedAt: z.string(),
  can: Can,
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const Plan = PlanSummary.extend({
  issuerName: z.string(),
  issuerParent: z.string().nullable(),
  place: z.string(),
  basis: z.string(),
  purposes: z.array(z.string()),
  requirements: z.array(z.string()),
  sections: z.array(PlanSection),
  closing: z.string(),
  recipients: z.array(z.string()),
  signerAuthority: z.string(),
  signerPosition: z.string(),
  signerName: z.string(),
  themeId: z.number().int().nullable(),
  themeName: z.string().nullable(),
  movements: z.array(z.object({ id: z.number().int(), name: z.string() })),
  guidingDocuments: z.array(DocRef),
  requiredSelector: UnitSelectorView.nullable(),
  issuedAt: z.string().nullable(),
  issuedByName: z.string().nullable(),
  createdAt: z.string(),
  /** What a draft still lacks before it may be issued (empty once issued): the editor shows it. */
  issueMissing: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type Plan = z.infer<typeof Plan>;

/** A plan that requires the unit's own plan, with where the unit stands. */
export const PlanRequirementOfUnit = z.object({
  planId: z.number().int(),
  planTitle: z.string(),
  planNumberSymbol: z.string(),
  planUnitName: z.string(),
  requiredDue: z.string(),
  status: z.enum(PLAN_COMPLIANCE_STATUSES),
  ownPlanId: z.number().int().nullable(),
  ownPlanStatus: z.enum(PLAN_STATUSES).nullable(),
  ownPlanIssuedOn: z.string().nullable(),
});
export type PlanRequirementOfUnit = z.infer<typeof PlanRequirementOfUnit>;

export const PlanComplianceQuery = z.object({
  status: labelled(z.enum(PLAN_COMPLIANCE_STATUSES), 'Tình trạng ban hành').optional(),
  group: Key(60, 'Khối').optional(),
  q: query(200).optional(),
});
export const PlanComplianceRow = z.object({
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  groups: z.array(z.string()),
  status: z.enum(PLAN_COMPLIANCE_STATUSES),
  ownPlanId: z.number().int().nullable(),
  ownPlanNumberSymbol: z.string().nullable(),
  ownPlanIssuedOn: z.string().nullable(),
  /** A draft linked plan exists (the unit is working on it). */
  hasDraft: z.boolean(),
  daysLate: z.number().int(),
});
export type PlanComplianceRow = z.infer<typeof PlanComplianceRow>;
export const PlanCompliance = z.object({
  planId: z.number().int(),
  requiredDue: z.string().nullable(),
  today: z.string(),
  summary: z.object({
    issued: z.number().int(),
    late: z.number().int(),
    missing: z.number().int(),
    pending: z.number().int(),
    total: z.number().int(),
    issuedRate: z.number().nullable(),
  }),
  rows: z.array(PlanComplianceRow),
});
export type PlanCompliance = z.infer<typeof PlanCompliance>;
