/**
 * What an inspection finds: the violations of conduct (the person's data only for holders of
 * inspections:persons), the recommendations tracked to completion, the rules and sanctions they cite.
 */
import { z } from 'zod';
import { Id, IsoDate } from '../common.ts';
import { labelled } from '../labels.ts';
import { ConductRule, RecommendationState, Sanction } from './vocabulary.ts';
import { optionalText, required, somethingToChange, version } from './shared.ts';

// ---------------------------------------------------------------------------------------------
// Outputs

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

// ---------------------------------------------------------------------------------------------
// Inputs

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
