/**
 * Registers of answers: the answer templates, the compliance report per responsible unit, the units a
 * source may be addressed to, and the module's .docx documents.
 */
import { z } from 'zod';
import { Id, PageQuery, Text } from '../common.ts';
import { labelled } from '../labels.ts';
import { UnitKind } from '../org.ts';
import { AnswerSourceKind } from './vocabulary.ts';
import { date, required } from './shared.ts';

// ---------------------------------------------------------------------------------------------
// Outputs

export const AnswerTemplate = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  name: z.string(),
  text: z.string(),
  createdAt: z.string(),
  can: z.object({ use: z.boolean() }),
});
export type AnswerTemplate = z.infer<typeof AnswerTemplate>;

export const AnswerComplianceRow = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  total: z.number().int(),
  on_time: z.number().int(),
  late: z.number().int(),
  overdue: z.number().int(),
  pending: z.number().int(),
  answeredRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
});
export type AnswerComplianceRow = z.infer<typeof AnswerComplianceRow>;
export const AnswerComplianceReport = z.object({
  items: z.array(AnswerComplianceRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  summary: AnswerComplianceRow.omit({ unitId: true, unitName: true }),
});
export type AnswerComplianceReport = z.infer<typeof AnswerComplianceReport>;

/**
 * A unit a source may be addressed to, or its items assigned to (the addressee picker): an active
 * unit of the province the actor files in. The Front and the People's Council office address
 * agencies outside their own subtree, which the org tree does not show them.
 */
export const AnswerUnit = z.object({
  id: z.number().int(),
  name: z.string(),
  code: z.string(),
  kind: UnitKind,
  /** The tree depth (0: the province itself). */
  depth: z.number().int(),
  parentName: z.string().nullable(),
});
export type AnswerUnit = z.infer<typeof AnswerUnit>;

// ---------------------------------------------------------------------------------------------
// Inputs

export const AnswerTemplateQuery = PageQuery.extend({ unitId: labelled(Id, 'Đơn vị').optional() });
export const CreateAnswerTemplate = z.object({
  unitId: labelled(Id, 'Đơn vị'),
  name: required('Tên mẫu', 200),
  text: required('Nội dung mẫu', 20_000),
});
export type CreateAnswerTemplate = z.input<typeof CreateAnswerTemplate>;

export const AnswerComplianceQuery = PageQuery.extend({
  kind: AnswerSourceKind.optional(),
  /** The responsible units of this unit's subtree. */
  unitId: labelled(Id, 'Đơn vị').optional(),
  /** Items due in [from, to] (inclusive). */
  from: date('Từ ngày').optional(),
  to: date('Đến ngày').optional(),
});
export type AnswerComplianceQuery = z.infer<typeof AnswerComplianceQuery>;

export const AnswerUnitQuery = PageQuery.extend({ q: Text(200, 'Từ khóa').optional() });
export type AnswerUnitQuery = z.infer<typeof AnswerUnitQuery>;

/** The .docx documents of the module (NĐ 30/2020 form). */
export const ANSWER_DOCUMENTS = {
  minutes: { vi: 'Biên bản đối thoại', en: 'Dialogue minutes' },
  report: { vi: 'Báo cáo tiếp thu, giải trình', en: 'Report on comments taken in or explained' },
} as const;
