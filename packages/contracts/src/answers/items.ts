/**
 * The numbered items of a source, each tracked to its answer: the item, its history, the lists and the
 * steps on many items at once (assign, answer, judge, decline, publish).
 */
import { z } from 'zod';
import { Id, PageQuery, Text } from '../common.ts';
import { labelled } from '../labels.ts';
import {
  AnswerCompliance,
  AnswerField,
  AnswerItemStatus,
  AnswerItemStep,
  AnswerSourceKind,
  AnswerVerdict,
} from './vocabulary.ts';
import { date, optionalText, required, version } from './shared.ts';

// ---------------------------------------------------------------------------------------------
// Outputs

export const AnswerUnitRef = z.object({ id: z.number().int(), name: z.string() });

/** The rule an item's due date came from (null when the source set it). */
export const AnswerDueRule = z.object({
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  limitText: z.string(),
  basisText: z.string(),
  needsCheck: z.boolean(),
});

export const AnswerItemCan = z.object({
  assign: z.boolean(),
  start: z.boolean(),
  answer: z.boolean(),
  judge: z.boolean(),
  decline: z.boolean(),
  close: z.boolean(),
  publish: z.boolean(),
});
export type AnswerItemCan = z.infer<typeof AnswerItemCan>;

export const AnswerItem = z.object({
  id: z.number().int(),
  sourceId: z.number().int(),
  sourceKind: AnswerSourceKind,
  sourceTitle: z.string(),
  /** The unit that filed the source (the Front, the council office, the unit that held the dialogue…). */
  sourceUnitId: z.number().int(),
  sourceUnitName: z.string(),
  number: z.number().int(),
  text: z.string(),
  field: AnswerField,
  /** Where a voter petition came from (tổ bầu cử, xã), a comment's author as given, free text. */
  origin: z.string(),
  responsibleUnit: AnswerUnitRef.nullable(),
  coordinatingUnits: z.array(AnswerUnitRef),
  /** The person in charge (a dialogue commitment's owner). */
  ownerName: z.string(),
  dueDate: z.string().nullable(),
  dueRule: AnswerDueRule.nullable(),
  status: AnswerItemStatus,
  compliance: AnswerCompliance,
  answerText: z.string(),
  /** Số, ký hiệu of the written answer, when there is one. */
  answerDocument: z.string(),
  /** The first day it was answered or explained (what compliance counts), then the latest. */
  firstAnsweredOn: z.string().nullable(),
  answeredOn: z.string().nullable(),
  answerCount: z.number().int(),
  declineReason: z.string(),
  verdict: AnswerVerdict.nullable(),
  verdictComment: z.string(),
  judgedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  /** A voter petition repeated from an earlier session (diacritic-insensitive similarity). */
  repeatOf: z
    .object({
      itemId: z.number().int(),
      sourceId: z.number().int(),
      sourceTitle: z.string(),
      similarity: z.number(),
    })
    .nullable(),
  version: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: AnswerItemCan,
});
export type AnswerItem = z.infer<typeof AnswerItem>;

export const AnswerItemHistoryEntry = z.object({
  id: z.number().int(),
  step: AnswerItemStep,
  on: z.string(),
  at: z.string(),
  actorName: z.string(),
  fromStatus: AnswerItemStatus.nullable(),
  toStatus: AnswerItemStatus,
  note: z.string(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AnswerItemHistoryEntry = z.infer<typeof AnswerItemHistoryEntry>;

export const AnswerItemDetail = AnswerItem.extend({ history: z.array(AnswerItemHistoryEntry) });
export type AnswerItemDetail = z.infer<typeof AnswerItemDetail>;

export const AnswerItemList = z.object({ items: z.array(AnswerItem) });
export type AnswerItemList = z.infer<typeof AnswerItemList>;

// ---------------------------------------------------------------------------------------------
// Inputs

const itemFilters = {
  sourceId: labelled(Id, 'Văn bản nguồn').optional(),
  kind: AnswerSourceKind.optional(),
  status: AnswerItemStatus.optional(),
  field: AnswerField.optional(),
  compliance: AnswerCompliance.optional(),
  /** Items this unit (or the units below it) is responsible for. */
  responsibleUnitId: labelled(Id, 'Đơn vị chủ trì').optional(),
  /** Only the items assigned to the units where the actor may answer. */
  mine: labelled(
    z.enum(['true', 'false']).transform((v) => v === 'true'),
    'Chỉ nội dung giao cho đơn vị tôi',
  ).optional(),
  q: Text(200, 'Từ khóa').optional(),
};
export const AnswerItemQuery = PageQuery.extend(itemFilters);
export type AnswerItemQuery = z.infer<typeof AnswerItemQuery>;
export const AnswerItemExportQuery = z.object(itemFilters);
export type AnswerItemExportQuery = z.infer<typeof AnswerItemExportQuery>;

const ItemVersion = z.object({ id: labelled(Id, 'Nội dung'), expectedVersion: version });
const itemVersions = labelled(
  z.array(ItemVersion).min(1, 'Hãy chọn ít nhất một nội dung').max(500, 'Tối đa 500 nội dung một lần'),
  'Các nội dung',
);

export const AssignAnswerItems = z.object({
  items: itemVersions,
  responsibleUnitId: labelled(Id, 'Đơn vị chủ trì trả lời'),
  coordinatingUnitIds: labelled(z.array(Id).max(50, 'Tối đa 50 đơn vị phối hợp'), 'Đơn vị phối hợp').default(
    [],
  ),
  ownerName: optionalText('Người chịu trách nhiệm', 200).optional(),
  dueDate: date('Hạn trả lời').optional(),
});
export type AssignAnswerItems = z.input<typeof AssignAnswerItems>;

export const AnswerItemTransition = z.object({
  expectedVersion: version,
  note: optionalText('Ghi chú', 2_000).default(''),
});
export type AnswerItemTransition = z.input<typeof AnswerItemTransition>;

export const AnswerAnswerItem = z.object({
  expectedVersion: version,
  text: required('Nội dung trả lời', 20_000),
  answerDocument: optionalText('Số, ký hiệu văn bản trả lời', 100).default(''),
  answeredOn: date('Ngày trả lời').optional(),
});
export type AnswerAnswerItem = z.input<typeof AnswerAnswerItem>;

/**
 * One answer for many items (one page to answer many): the text, or a template whose `{so}` (the
 * item's number), `{noi_dung}` (its text) and `{don_vi}` (the answering unit) are filled per item.
 */
export const BulkAnswerItems = z
  .object({
    items: itemVersions,
    text: optionalText('Nội dung trả lời', 20_000).default(''),
    templateId: labelled(Id, 'Mẫu trả lời').optional(),
    answerDocument: optionalText('Số, ký hiệu văn bản trả lời', 100).default(''),
    answeredOn: date('Ngày trả lời').optional(),
  })
  .refine((v) => v.text.length > 0 || v.templateId !== undefined, {
    message: 'Hãy nhập nội dung trả lời hoặc chọn mẫu trả lời.',
    path: ['text'],
  });
export type BulkAnswerItems = z.input<typeof BulkAnswerItems>;

export const JudgeAnswerItem = z.object({
  expectedVersion: version,
  verdict: AnswerVerdict,
  comment: optionalText('Ý kiến đánh giá', 5_000).default(''),
});
export type JudgeAnswerItem = z.input<typeof JudgeAnswerItem>;

export const DeclineAnswerItem = z.object({
  expectedVersion: version,
  reason: required('Lý do không tiếp thu (giải trình)', 10_000),
});
export type DeclineAnswerItem = z.input<typeof DeclineAnswerItem>;

export const PublishAnswerItems = z.object({
  items: itemVersions,
  published: labelled(z.boolean({ error: 'Công khai: chỉ nhận true hoặc false' }), 'Công khai'),
});
export type PublishAnswerItems = z.input<typeof PublishAnswerItems>;
