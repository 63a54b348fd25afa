/** Criteria sets per year as data: the criteria tree, and the sets (versioned, frozen once used). */
import { z } from 'zod';
import { Id, Int, Key, PageQuery } from '../common.ts';
import { labelled } from '../labels.ts';
import { CriteriaSetState, CriterionKind, ScoredBy } from './vocabulary.ts';
import { optionalText, Points, required, version } from './shared.ts';

// ---------------------------------------------------------------------------------------------
// The criteria tree (input and output share it)

export const CriterionInput = z.object({
  code: Key(20, 'Mã tiêu chí'),
  name: required('Tên tiêu chí', 2_000),
  kind: labelled(CriterionKind, 'Loại tiêu chí').default('score'),
  maxPoints: Points('Điểm tối đa của tiêu chí', 100),
  scoredBy: labelled(ScoredBy, 'Bên chấm').default('self'),
  guidance: optionalText('Hướng dẫn chấm', 5_000).default(''),
  evidenceRequired: optionalText('Tài liệu kiểm chứng', 2_000).default(''),
  /** A key of GET /scoring/proposers, or null. */
  proposerKey: labelled(Key(80, 'Số liệu đề xuất điểm'), 'Số liệu đề xuất điểm').nullable().default(null),
});
export type CriterionInput = z.infer<typeof CriterionInput>;

export const CriteriaGroupInput = z.object({
  code: Key(20, 'Mã nhóm tiêu chí'),
  name: required('Tên nhóm tiêu chí', 1_000),
  maxPoints: Points('Điểm tối đa của nhóm', 1000),
  criteria: labelled(
    z.array(CriterionInput).min(1, 'Nhóm phải có ít nhất một tiêu chí').max(200, 'Tối đa 200 tiêu chí'),
    'Các tiêu chí của nhóm',
  ),
});
export const CriteriaContentInput = z.object({
  groups: labelled(
    z.array(CriteriaGroupInput).min(1, 'Phải có ít nhất một nhóm tiêu chí').max(50, 'Tối đa 50 nhóm'),
    'Các nhóm tiêu chí',
  ),
});
export type CriteriaContentInput = z.infer<typeof CriteriaContentInput>;

export const CriterionOut = z.object({
  code: z.string(),
  name: z.string(),
  kind: CriterionKind,
  maxPoints: z.number(),
  scoredBy: ScoredBy,
  guidance: z.string(),
  evidenceRequired: z.string(),
  proposerKey: z.string().nullable(),
});
export const CriteriaGroupOut = z.object({
  code: z.string(),
  name: z.string(),
  maxPoints: z.number(),
  criteria: z.array(CriterionOut),
});
export const CriteriaContent = z.object({ groups: z.array(CriteriaGroupOut) });
export type CriteriaContent = z.infer<typeof CriteriaContent>;

// ---------------------------------------------------------------------------------------------
// Criteria sets

export const CriteriaSetSummary = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  name: z.string(),
  state: CriteriaSetState,
  /** The version number of this set within its lineage (1, 2 …). */
  setVersion: z.number().int(),
  previousVersionId: z.number().int().nullable(),
  bandSchemeId: z.number().int(),
  bandSchemeName: z.string(),
  basis: z.string(),
  needsCheck: z.boolean(),
  maxTotal: z.number(),
  selfPoints: z.number(),
  superiorPoints: z.number(),
  criteriaCount: z.number().int(),
  /** Set when a self-assessment first used the set: from then on it is frozen. */
  usedAt: z.string().nullable(),
  /** The row version for conditional updates. */
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), issue: z.boolean() }),
});
export type CriteriaSetSummary = z.infer<typeof CriteriaSetSummary>;
export const CriteriaSet = CriteriaSetSummary.extend({ content: CriteriaContent });
export type CriteriaSet = z.infer<typeof CriteriaSet>;

export const CriteriaSetQuery = PageQuery.extend({
  year: Int(1990, 2100, 'Năm').optional(),
  state: labelled(CriteriaSetState, 'Trạng thái').optional(),
});
export type CriteriaSetQuery = z.infer<typeof CriteriaSetQuery>;

export const CreateCriteriaSet = z.object({
  /** The issuing unit (the coordinator's province). */
  unitId: labelled(Id, 'Đơn vị ban hành'),
  year: Int(1990, 2100, 'Năm'),
  name: required('Tên bộ tiêu chí', 500),
  bandSchemeId: labelled(Id, 'Thang xếp loại'),
  basis: optionalText('Căn cứ pháp lý', 2_000).default(''),
  needsCheck: labelled(
    z.boolean({ error: 'Cần kiểm tra: chỉ nhận true hoặc false' }),
    'Cần kiểm tra',
  ).default(false),
  content: labelled(CriteriaContentInput, 'Các nhóm tiêu chí'),
});
export type CreateCriteriaSet = z.infer<typeof CreateCriteriaSet>;

/**
 * Edit a set. A draft or an issued set that no self-assessment used yet changes in place; once used
 * (usedAt set) the edit makes a new version (a new id, previousVersionId = this one) and this one
 * becomes 'superseded'. Rounds keep the version they were opened with.
 */
export const UpdateCriteriaSet = z
  .object({
    version,
    name: required('Tên bộ tiêu chí', 500).optional(),
    bandSchemeId: labelled(Id, 'Thang xếp loại').optional(),
    basis: optionalText('Căn cứ pháp lý', 2_000).optional(),
    needsCheck: labelled(
      z.boolean({ error: 'Cần kiểm tra: chỉ nhận true hoặc false' }),
      'Cần kiểm tra',
    ).optional(),
    content: labelled(CriteriaContentInput, 'Các nhóm tiêu chí').optional(),
  })
  .refine((v) => Object.entries(v).some(([k, x]) => k !== 'version' && x !== undefined), {
    message: 'Không có thông tin nào để cập nhật: hãy nhập ít nhất một trường cần thay đổi.',
  });
export type UpdateCriteriaSet = z.infer<typeof UpdateCriteriaSet>;

export const VersionBody = z.object({ version });
export type VersionBody = z.infer<typeof VersionBody>;
