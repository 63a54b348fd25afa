/** Registers of plans: leaders in charge, year themes and emulation movements. */
import { z } from 'zod';
import { Int, Key, PageQuery, updateOf } from '../common.ts';
import { labelled } from '../labels.ts';
import { UNIT_KIND_CODES } from '../org.ts';
import { MOVEMENT_KINDS } from './vocabulary.ts';
import { Can, date, DocRef, idList, query, queryBool, required, text, textList, unitId } from './shared.ts';

// ---------------------------------------------------------------------------------------------
// Leaders in charge (phân công lãnh đạo phụ trách công tác dân vận chính quyền)

export const LeaderAssignment = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  leaderName: z.string(),
  position: z.string(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  decisionIssuer: z.string(),
  note: z.string(),
  active: z.boolean(),
  isDemo: z.boolean(),
  can: Can,
});
export type LeaderAssignment = z.infer<typeof LeaderAssignment>;

export const CreateLeaderAssignment = z.object({
  unitId: unitId(),
  leaderName: required('Họ tên lãnh đạo', 200),
  position: required('Chức vụ', 200),
  fromDate: date('Phụ trách từ ngày'),
  toDate: date('Phụ trách đến ngày').nullish(),
  decisionNumber: required('Số văn bản phân công', 100),
  decisionDate: date('Ngày văn bản phân công'),
  decisionIssuer: text(300, 'Cơ quan ban hành văn bản phân công').default(''),
  note: text(2000, 'Ghi chú').default(''),
});
export type CreateLeaderAssignment = z.infer<typeof CreateLeaderAssignment>;
export const UpdateLeaderAssignment = updateOf(CreateLeaderAssignment.omit({ unitId: true }).shape);
export type UpdateLeaderAssignment = z.infer<typeof UpdateLeaderAssignment>;

export const LeaderListQuery = PageQuery.extend({
  unitId: unitId().optional(),
  activeOnly: queryBool('Chỉ phân công còn hiệu lực').optional(),
  q: query(200).optional(),
});
export const LeaderComplianceQuery = z.object({
  unitId: unitId().optional(),
  group: Key(60, 'Khối').optional(),
  kind: labelled(z.enum(UNIT_KIND_CODES), 'Loại đơn vị').optional(),
  asOf: date('Tại ngày').optional(),
  /** Only units without a leader in charge (default) or every unit. */
  missingOnly: queryBool('Chỉ đơn vị chưa phân công lãnh đạo').default(true),
});
export type LeaderComplianceQuery = z.infer<typeof LeaderComplianceQuery>;
export const LeaderCompliance = z.object({
  asOf: z.string(),
  total: z.number().int(),
  withLeader: z.number().int(),
  without: z.number().int(),
  rows: z.array(
    z.object({
      unitId: z.number().int(),
      unitCode: z.string(),
      unitName: z.string(),
      kind: z.string(),
      leaderName: z.string().nullable(),
      position: z.string().nullable(),
      decisionNumber: z.string().nullable(),
      fromDate: z.string().nullable(),
    }),
  ),
});
export type LeaderCompliance = z.infer<typeof LeaderCompliance>;

// ---------------------------------------------------------------------------------------------
// Year themes and emulation movements

export const YearTheme = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  name: z.string(),
  description: z.string(),
  contents: z.array(z.string()),
  guidingDocuments: z.array(DocRef),
  isDemo: z.boolean(),
  can: Can,
});
export type YearTheme = z.infer<typeof YearTheme>;
export const CreateYearTheme = z.object({
  unitId: unitId(),
  year: Int(2000, 2100, 'Năm'),
  name: required('Tên chủ đề năm', 300),
  description: text(10000, 'Mô tả').default(''),
  contents: textList(50, 5000, 'Nội dung trọng tâm').default([]),
  guidingDocumentIds: idList('Văn bản chỉ đạo').default([]),
});
export type CreateYearTheme = z.infer<typeof CreateYearTheme>;
export const UpdateYearTheme = updateOf(CreateYearTheme.omit({ unitId: true }).shape);
export type UpdateYearTheme = z.infer<typeof UpdateYearTheme>;
export const ThemeListQuery = PageQuery.extend({
  unitId: unitId().optional(),
  year: Int(2000, 2100, 'Năm').optional(),
});

export const Movement = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(MOVEMENT_KINDS),
  description: z.string(),
  fields: z.array(z.string()),
  requirements: z.array(z.string()),
  guidingDocuments: z.array(DocRef),
  active: z.boolean(),
  isDemo: z.boolean(),
  can: Can,
});
export type Movement = z.infer<typeof Movement>;
export const CreateMovement = z.object({
  unitId: unitId(),
  code: labelled(
    z
      .string()
      .trim()
      .min(1, 'Mã phong trào không được để trống')
      .max(60, 'Mã phong trào: tối đa 60 ký tự')
      .regex(/^[a-z0-9_]+$/, 'Mã phong trào chỉ gồm chữ thường không dấu, số và dấu gạch dưới'),
    'Mã phong trào',
  ),
  name: required('Tên phong trào', 300),
  kind: labelled(
    z.enum(MOVEMENT_KINDS, { message: 'Loại phong trào không hợp lệ, hãy chọn trong danh sách' }),
    'Loại phong trào',
  ),
  description: text(10000, 'Mô tả').default(''),
  fields: textList(20, 100, 'Lĩnh vực').default([]),
  requirements: textList(50, 5000, 'Yêu cầu').default([]),
  guidingDocumentIds: idList('Văn bản chỉ đạo').default([]),
  active: labelled(z.boolean(), 'Đang phát động').default(true),
});
export type CreateMovement = z.infer<typeof CreateMovement>;
export const UpdateMovement = updateOf(CreateMovement.omit({ unitId: true, code: true }).shape);
export type UpdateMovement = z.infer<typeof UpdateMovement>;
export const MovementListQuery = PageQuery.extend({
  unitId: unitId().optional(),
  activeOnly: queryBool('Chỉ phong trào đang phát động').optional(),
});
