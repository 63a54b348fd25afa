import { z } from 'zod';
import { Int, PageQuery, updateOf } from '../common.ts';
import { labelled } from '../labels.ts';
import { GUIDING_DOCUMENT_KINDS } from './vocabulary.ts';
import { Can, date, query, required, text, unitId } from './shared.ts';

// ---------------------------------------------------------------------------------------------
// Guiding documents (văn bản chỉ đạo)

export const GuidingDocument = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  numberSymbol: z.string(),
  issuedOn: z.string(),
  issuer: z.string(),
  kind: z.enum(GUIDING_DOCUMENT_KINDS),
  title: z.string(),
  summary: z.string(),
  sharedWithSubunits: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  can: Can,
});
export type GuidingDocument = z.infer<typeof GuidingDocument>;

export const GuidingDocumentQuery = PageQuery.extend({
  q: query(200).optional(),
  kind: labelled(z.enum(GUIDING_DOCUMENT_KINDS), 'Loại văn bản').optional(),
  year: Int(1945, 2100, 'Năm').optional(),
  /** Documents usable by this unit: its own and those its superiors share. */
  unitId: unitId().optional(),
});
export type GuidingDocumentQuery = z.infer<typeof GuidingDocumentQuery>;

export const CreateGuidingDocument = z.object({
  unitId: unitId(),
  numberSymbol: required('Số, ký hiệu', 100),
  issuedOn: date('Ngày ban hành'),
  issuer: required('Cơ quan ban hành', 300),
  kind: labelled(
    z.enum(GUIDING_DOCUMENT_KINDS, { message: 'Loại văn bản không hợp lệ, hãy chọn trong danh sách' }),
    'Loại văn bản',
  ),
  title: required('Trích yếu', 1000),
  summary: text(5000, 'Tóm tắt nội dung').default(''),
  sharedWithSubunits: labelled(z.boolean(), 'Chia sẻ cho đơn vị cấp dưới').default(true),
});
export type CreateGuidingDocument = z.infer<typeof CreateGuidingDocument>;
export const UpdateGuidingDocument = updateOf(CreateGuidingDocument.omit({ unitId: true }).shape);
export type UpdateGuidingDocument = z.infer<typeof UpdateGuidingDocument>;
