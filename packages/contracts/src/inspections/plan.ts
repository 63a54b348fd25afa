/** The year's inspection plan and its items, with the plan's compliance. */
import { z } from 'zod';
import { BodyInt, Id, Int, IsoDate, PageQuery } from '../common.ts';
import { labelled } from '../labels.ts';
import { InspectionKind, PlanItemStatus } from './vocabulary.ts';
import { optionalText, required, somethingToChange, version } from './shared.ts';

// ---------------------------------------------------------------------------------------------
// Outputs

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

// ---------------------------------------------------------------------------------------------
// Inputs

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
