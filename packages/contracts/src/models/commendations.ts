/** Commendations (khen thưởng), optionally linked to a model or another record. */
import { z } from 'zod';
import { Id, Int, IsoDate, PageQuery, Text } from '../common.ts';
import { labelled } from '../labels.ts';
import { CommendationForm, CommendationLinkKind, ModelLevel, ModelSubject } from './vocabulary.ts';
import { optionalText, required, somethingToChange, version } from './shared.ts';

// ---------------------------------------------------------------------------------------------
// Outputs

export const Commendation = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  recipientKind: ModelSubject,
  recipientName: z.string(),
  achievement: z.string(),
  level: ModelLevel,
  form: CommendationForm,
  decisionNumber: z.string(),
  decisionDate: z.string(),
  issuerName: z.string(),
  signerName: z.string(),
  signerPosition: z.string(),
  modelId: z.number().int().nullable(),
  modelName: z.string().nullable(),
  linkKind: CommendationLinkKind.nullable(),
  linkId: z.number().int().nullable(),
  version: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean() }),
});
export type Commendation = z.infer<typeof Commendation>;

// ---------------------------------------------------------------------------------------------
// Inputs

const commendationFilters = {
  q: Text(200, 'Từ khóa').optional(),
  unitId: labelled(Id, 'Đơn vị').optional(),
  form: labelled(CommendationForm, 'Hình thức').optional(),
  level: labelled(ModelLevel, 'Cấp khen thưởng').optional(),
  recipientKind: labelled(ModelSubject, 'Tập thể hay cá nhân').optional(),
  modelId: labelled(Id, 'Mô hình').optional(),
  year: Int(1990, 2100, 'Năm quyết định').optional(),
};
export const CommendationQuery = PageQuery.extend(commendationFilters);
export type CommendationQuery = z.infer<typeof CommendationQuery>;
export const CommendationExportQuery = z.object(commendationFilters);
export type CommendationExportQuery = z.infer<typeof CommendationExportQuery>;

const commendationFields = {
  recipientKind: labelled(ModelSubject, 'Tập thể hay cá nhân'),
  recipientName: required('Tên tập thể, cá nhân được khen thưởng', 300),
  achievement: optionalText('Thành tích', 5_000).default(''),
  level: labelled(ModelLevel, 'Cấp khen thưởng'),
  form: labelled(CommendationForm, 'Hình thức khen thưởng'),
  decisionNumber: required('Số quyết định', 100),
  decisionDate: labelled(IsoDate, 'Ngày quyết định'),
  issuerName: required('Cơ quan ra quyết định', 300),
  signerName: required('Người ký', 200),
  signerPosition: optionalText('Chức vụ người ký', 200).default(''),
  modelId: labelled(Id, 'Mô hình').nullable().default(null),
  linkKind: labelled(CommendationLinkKind, 'Loại liên kết').nullable().default(null),
  linkId: labelled(Id, 'Mã bản ghi liên kết').nullable().default(null),
};
const linkPair = [
  (v: { linkKind?: string | null; linkId?: number | null }) =>
    (v.linkKind === undefined && v.linkId === undefined) || (v.linkKind == null) === (v.linkId == null),
  {
    message: 'Loại liên kết và mã bản ghi liên kết phải cùng có hoặc cùng để trống.',
    path: ['linkId'] as string[],
  },
] as const;

export const CreateCommendation = z
  .object({ unitId: labelled(Id, 'Đơn vị'), ...commendationFields })
  .refine(...linkPair);
export type CreateCommendation = z.input<typeof CreateCommendation>;
export const UpdateCommendation = z
  .object({
    recipientKind: commendationFields.recipientKind.optional(),
    recipientName: commendationFields.recipientName.optional(),
    achievement: optionalText('Thành tích', 5_000).optional(),
    level: commendationFields.level.optional(),
    form: commendationFields.form.optional(),
    decisionNumber: commendationFields.decisionNumber.optional(),
    decisionDate: commendationFields.decisionDate.optional(),
    issuerName: commendationFields.issuerName.optional(),
    signerName: commendationFields.signerName.optional(),
    signerPosition: optionalText('Chức vụ người ký', 200).optional(),
    modelId: labelled(Id, 'Mô hình').nullable().optional(),
    linkKind: labelled(CommendationLinkKind, 'Loại liên kết').nullable().optional(),
    linkId: labelled(Id, 'Mã bản ghi liên kết').nullable().optional(),
    expectedVersion: version,
  })
  .refine(...somethingToChange)
  .refine(...linkPair);
export type UpdateCommendation = z.infer<typeof UpdateCommendation>;
