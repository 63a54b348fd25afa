import { z } from 'zod';
import { Id, IdList, IsoDate, Key, PageQuery, Text, updateOf } from './common.ts';
import { labelled } from './labels.ts';
import { UNIT_KIND_CODES } from '@danvan/domain';

export { UNIT_KIND_CODES };
export const UnitKind = z.enum(UNIT_KIND_CODES);
export type UnitKind = z.infer<typeof UnitKind>;

export const OrgUnit = z.object({
  id: z.number().int(),
  code: z.string(),
  adminCode: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: UnitKind,
  parentId: z.number().int().nullable(),
  path: z.string(),
  depth: z.number().int(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  active: z.boolean(),
  isDemo: z.boolean(),
  groups: z.array(z.string()),
  parentName: z.string().nullable().optional(),
  childCount: z.number().int().optional(),
  can: z.record(z.string(), z.boolean()).optional(),
});
export type OrgUnit = z.infer<typeof OrgUnit>;

export const OrgGroup = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export type OrgGroup = z.infer<typeof OrgGroup>;

export const OrgUnitListQuery = PageQuery.extend({
  q: Text(200, 'Từ khóa').optional(),
  parentId: labelled(Id, 'Đơn vị cấp trên').optional(),
  kind: labelled(UnitKind, 'Loại đơn vị').optional(),
  group: Key(60, 'Khối').optional(),
  includeInactive: labelled(z.stringbool(), 'Gồm cả đơn vị đã ngừng hoạt động').optional(),
  asOf: labelled(IsoDate, 'Tại ngày').optional(),
});

const name = labelled(
  z.string().trim().min(2, 'Tên đơn vị phải có ít nhất 2 ký tự').max(300, 'Tên đơn vị: tối đa 300 ký tự'),
  'Tên đơn vị',
);
const code = labelled(
  z
    .string()
    .trim()
    .min(1, 'Mã đơn vị không được để trống')
    .max(50, 'Mã đơn vị: tối đa 50 ký tự')
    .regex(/^[A-Za-z0-9_.-]+$/, 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu gạch dưới, chấm, gạch ngang'),
  'Mã đơn vị',
);
const kind = labelled(UnitKind, 'Loại đơn vị');
const groups = labelled(z.array(Key(60, 'Khối')).max(50, 'Khối: tối đa 50 khối'), 'Khối');
const effectiveDate = labelled(IsoDate, 'Ngày hiệu lực');

export const CreateOrgUnit = z.object({
  code,
  adminCode: Text(20, 'Mã hành chính').nullish(),
  name,
  shortName: Text(100, 'Tên viết tắt').nullish(),
  kind,
  parentId: labelled(Id, 'Đơn vị cấp trên').nullable(),
  validFrom: labelled(IsoDate, 'Ngày hiệu lực'),
  groups: groups.default([]),
});
export type CreateOrgUnit = z.infer<typeof CreateOrgUnit>;

export const UpdateOrgUnit = updateOf({
  name,
  shortName: Text(100, 'Tên viết tắt').nullable(),
  adminCode: Text(20, 'Mã hành chính').nullable(),
  kind,
  groups,
  effectiveDate,
});
export const MoveOrgUnit = z.object({ newParentId: labelled(Id, 'Đơn vị cấp trên mới'), effectiveDate });
export const DeactivateOrgUnit = z.object({
  validTo: labelled(IsoDate, 'Ngày ngừng hoạt động'),
  reason: Text(1000, 'Lý do').min(3, 'Lý do phải có ít nhất 3 ký tự'),
});

export const MergeOrgUnits = z.object({
  sourceIds: labelled(IdList.min(1, 'Chọn ít nhất một đơn vị bị sáp nhập'), 'Đơn vị bị sáp nhập'),
  /** An existing successor, or a new one to create. */
  targetId: labelled(Id, 'Đơn vị tiếp nhận').optional(),
  newTarget: labelled(CreateOrgUnit.omit({ validFrom: true }), 'Đơn vị mới').optional(),
  effectiveDate,
  decision: Text(300, 'Văn bản quyết định').optional(),
});
export const SplitOrgUnit = z.object({
  sourceId: labelled(Id, 'Đơn vị bị chia tách'),
  effectiveDate,
  parts: labelled(
    z
      .array(CreateOrgUnit.omit({ validFrom: true }))
      .min(2, 'Chia tách phải tạo ít nhất hai đơn vị')
      .max(50, 'Tối đa 50 đơn vị mới'),
    'Đơn vị mới',
  ),
  decision: Text(300, 'Văn bản quyết định').optional(),
});

export const OrgEvent = z.object({
  id: z.number().int(),
  kind: z.enum(['created', 'renamed', 'moved', 'deactivated', 'merged', 'split', 'updated']),
  effectiveDate: z.string(),
  unitId: z.number().int(),
  relatedUnitIds: z.array(z.number().int()),
  details: z.record(z.string(), z.unknown()),
  decision: z.string().nullable(),
  /** The user who recorded it (null for imports and system changes). */
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
});
export type OrgEvent = z.infer<typeof OrgEvent>;

export const OrgUnitHistory = z.object({
  unit: OrgUnit,
  events: z.array(OrgEvent),
  predecessors: z.array(OrgUnit.pick({ id: true, code: true, name: true, validTo: true })),
  successors: z.array(OrgUnit.pick({ id: true, code: true, name: true, validFrom: true })),
  names: z.array(z.object({ name: z.string(), validFrom: z.string(), validTo: z.string().nullable() })),
});

export const ImportPreviewRow = z.object({
  row: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  parentCode: z.string().nullable(),
  action: z.enum(['create', 'update', 'skip']),
  errors: z.array(z.string()),
});
export const ImportPreview = z.object({
  rows: z.array(ImportPreviewRow),
  valid: z.number().int(),
  invalid: z.number().int(),
});

/** What a committed import did. */
export const ImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResult>;
