/**
 * The rules models are held to: the recognition criteria, the rule values, and the compliance of state
 * bodies with the one-to-two rule.
 */
import { z } from 'zod';
import { BodyInt, Id, PageQuery, Text } from '../common.ts';
import { labelled } from '../labels.ts';
import { ModelComplianceStatus } from './vocabulary.ts';
import { bool, EMPTY_UPDATE, optionalText, Points, required, version } from './shared.ts';

// ---------------------------------------------------------------------------------------------
// Outputs

export const ModelCriterion = z.object({
  id: z.number().int(),
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  guidance: z.string(),
  maxPoints: z.number(),
  sortOrder: z.number().int(),
  basis: z.string(),
  needsCheck: z.boolean(),
  usedAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
  previousVersionId: z.number().int().nullable(),
  can: z.object({ update: z.boolean() }),
});
export type ModelCriterion = z.infer<typeof ModelCriterion>;

export const ModelSetting = z.object({
  id: z.number().int(),
  key: z.string(),
  name: z.string(),
  value: z.number().int(),
  minValue: z.number().int(),
  maxValue: z.number().int(),
  basis: z.string(),
  needsCheck: z.boolean(),
  version: z.number().int(),
  can: z.object({ update: z.boolean() }),
});
export type ModelSetting = z.infer<typeof ModelSetting>;

export const ModelComplianceRow = z.object({
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  unitKind: z.string(),
  registered: z.number().int(),
  running: z.number().int(),
  recognised: z.number().int(),
  active: z.number().int(),
  status: ModelComplianceStatus,
});
export type ModelComplianceRow = z.infer<typeof ModelComplianceRow>;
export const ModelCompliance = z.object({
  items: z.array(ModelComplianceRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  summary: z.object({
    units: z.number().int(),
    none: z.number().int(),
    below: z.number().int(),
    meets: z.number().int(),
    minimum: z.number().int(),
    target: z.number().int(),
  }),
});
export type ModelCompliance = z.infer<typeof ModelCompliance>;

// ---------------------------------------------------------------------------------------------
// Inputs

export const ModelCriterionListQuery = z.object({
  includeRetired: bool('Gồm cả tiêu chí đã thay thế').optional(),
});
export const CreateModelCriterion = z.object({
  code: labelled(
    z
      .string({ error: 'Mã tiêu chí phải là chuỗi ký tự' })
      .trim()
      .regex(/^[a-z0-9_]{2,60}$/, 'Mã tiêu chí: 2–60 ký tự a–z, 0–9 hoặc dấu gạch dưới'),
    'Mã tiêu chí',
  ),
  name: required('Tên tiêu chí', 500),
  guidance: optionalText('Hướng dẫn chấm', 2_000).default(''),
  maxPoints: Points('Điểm tối đa', 1000).refine((v) => v > 0, 'Điểm tối đa phải lớn hơn 0'),
  sortOrder: labelled(BodyInt(0, 1000, 'Thứ tự'), 'Thứ tự').default(0),
  basis: required('Căn cứ', 1_000),
  needsCheck: labelled(
    z.boolean({ error: 'Cần kiểm tra: chỉ nhận true hoặc false' }),
    'Cần kiểm tra',
  ).default(false),
});
export type CreateModelCriterion = z.input<typeof CreateModelCriterion>;
export const UpdateModelCriterion = z
  .object({
    name: required('Tên tiêu chí', 500).optional(),
    guidance: optionalText('Hướng dẫn chấm', 2_000).optional(),
    maxPoints: Points('Điểm tối đa', 1000)
      .refine((v) => v > 0, 'Điểm tối đa phải lớn hơn 0')
      .optional(),
    sortOrder: labelled(BodyInt(0, 1000, 'Thứ tự'), 'Thứ tự').optional(),
    basis: required('Căn cứ', 1_000).optional(),
    needsCheck: labelled(
      z.boolean({ error: 'Cần kiểm tra: chỉ nhận true hoặc false' }),
      'Cần kiểm tra',
    ).optional(),
    retire: labelled(z.literal(true, { error: 'Thôi áp dụng: chỉ nhận true' }), 'Thôi áp dụng').optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: EMPTY_UPDATE });
export type UpdateModelCriterion = z.infer<typeof UpdateModelCriterion>;

export const UpdateModelSetting = z.object({
  value: labelled(BodyInt(0, 1000, 'Giá trị'), 'Giá trị'),
  basis: required('Căn cứ', 1_000).optional(),
  expectedVersion: version,
});
export type UpdateModelSetting = z.infer<typeof UpdateModelSetting>;

export const ModelComplianceQuery = PageQuery.extend({
  unitId: labelled(Id, 'Đơn vị').optional(),
  status: labelled(ModelComplianceStatus, 'Tình trạng').optional(),
  q: Text(200, 'Từ khóa').optional(),
});
export type ModelComplianceQuery = z.infer<typeof ModelComplianceQuery>;
