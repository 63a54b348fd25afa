/**
 * Filing a source: the items it brings, the list of sources, and the inputs of the four capabilities
 * (a dialogue planned and held, the Front's supervision and criticism, a council session, a
 * consultation), then updating a source and adding items to it.
 */
import { z } from 'zod';
import { BodyInt, Id, Int, PageQuery, Text } from '../common.ts';
import { labelled } from '../labels.ts';
import { AnswerField, AnswerSourceKind, FrontSupervisionDocType } from './vocabulary.ts';
import { date, optionalText, required, version } from './shared.ts';

/** One item as the source brings it. */
export const NewAnswerItem = z.object({
  text: required('Nội dung', 10_000),
  field: AnswerField.default('khac'),
  origin: optionalText('Nơi phát sinh, người nêu', 500).default(''),
  responsibleUnitId: labelled(Id, 'Đơn vị chủ trì trả lời').nullable().default(null),
  coordinatingUnitIds: labelled(z.array(Id).max(50, 'Tối đa 50 đơn vị phối hợp'), 'Đơn vị phối hợp').default(
    [],
  ),
  ownerName: optionalText('Người chịu trách nhiệm', 200).default(''),
  /** Overrides the due date of the rule or the source. */
  dueDate: date('Hạn trả lời').nullable().default(null),
});
export type NewAnswerItem = z.input<typeof NewAnswerItem>;
const itemsOf = (label: string, min = 0) => {
  const list = labelled(
    z
      .array(NewAnswerItem)
      .min(min, `Phải có ít nhất ${min} nội dung`)
      .max(500, 'Tối đa 500 nội dung một lần'),
    label,
  );
  // zod returns a default without checking it: a list that must hold something has none
  return min > 0 ? list : list.default([]);
};

const sourceFilters = {
  kind: AnswerSourceKind.optional(),
  /** Sources filed by this unit or the units below it. */
  unitId: labelled(Id, 'Đơn vị').optional(),
  q: Text(200, 'Từ khóa').optional(),
  year: Int(1990, 2100, 'Năm').optional(),
};
export const AnswerSourceQuery = PageQuery.extend(sourceFilters);
export type AnswerSourceQuery = z.infer<typeof AnswerSourceQuery>;

export const CreateDialogue = z
  .object({
    unitId: labelled(Id, 'Đơn vị tổ chức đối thoại'),
    title: required('Chủ đề đối thoại', 500),
    scheduledOn: date('Ngày đối thoại'),
    place: required('Địa điểm', 500),
    chairName: required('Người chủ trì', 200),
    noticeOn: date('Ngày thông báo').nullable().default(null),
    noticeText: optionalText('Nội dung thông báo', 5_000).default(''),
    participantsText: optionalText('Thành phần mời', 2_000).default(''),
  })
  .refine((v) => !v.noticeOn || v.noticeOn <= v.scheduledOn, {
    message: 'Ngày thông báo phải trước hoặc bằng ngày đối thoại.',
    path: ['noticeOn'],
  });
export type CreateDialogue = z.input<typeof CreateDialogue>;

/** Records the dialogue as held: who took part, the issues raised, the conclusion, the commitments. */
export const HoldDialogue = z.object({
  expectedVersion: version,
  heldOn: date('Ngày tổ chức'),
  participantCount: labelled(BodyInt(0, 1_000_000, 'Số người tham dự'), 'Số người tham dự'),
  participantsText: optionalText('Thành phần tham dự', 2_000).default(''),
  issuesRaised: required('Các ý kiến, kiến nghị của Nhân dân', 20_000),
  conclusion: optionalText('Kết luận của người chủ trì', 10_000).default(''),
  commitments: itemsOf('Nội dung tiếp thu, cam kết giải quyết'),
});
export type HoldDialogue = z.input<typeof HoldDialogue>;

const frontBase = {
  unitId: labelled(Id, 'Cơ quan Mặt trận, đoàn thể gửi'),
  addresseeUnitId: labelled(Id, 'Cơ quan được giám sát, phản biện'),
  title: required('Trích yếu', 500),
  documentNumber: optionalText('Số, ký hiệu văn bản', 100).default(''),
  receivedOn: date('Ngày nhận văn bản'),
  summary: optionalText('Tóm tắt nội dung', 10_000).default(''),
};
export const CreateFrontSupervision = z.object({
  ...frontBase,
  docType: FrontSupervisionDocType.default('conclusion'),
  items: itemsOf('Kiến nghị'),
});
export type CreateFrontSupervision = z.input<typeof CreateFrontSupervision>;

export const CreateFrontCriticism = z
  .object({
    ...frontBase,
    draftTitle: required('Tên dự thảo được phản biện', 500),
    draftSentOn: date('Ngày gửi dự thảo lấy ý kiến phản biện'),
    submissionOn: date('Ngày dự kiến trình ban hành').nullable().default(null),
    items: itemsOf('Ý kiến phản biện'),
  })
  .refine((v) => !v.submissionOn || v.draftSentOn <= v.submissionOn, {
    message: 'Ngày dự kiến trình phải sau ngày gửi dự thảo.',
    path: ['submissionOn'],
  });
export type CreateFrontCriticism = z.input<typeof CreateFrontCriticism>;

export const CreateCouncilSession = z.object({
  unitId: labelled(Id, 'Thường trực HĐND'),
  title: required('Tên kỳ họp', 500),
  term: optionalText('Nhiệm kỳ', 100).default(''),
  sessionOn: date('Ngày khai mạc kỳ họp'),
  answerDue: date('Hạn trả lời kiến nghị cử tri').nullable().default(null),
  documentNumber: optionalText('Số, ký hiệu báo cáo tổng hợp', 100).default(''),
  summary: optionalText('Ghi chú', 10_000).default(''),
  items: itemsOf('Kiến nghị cử tri'),
});
export type CreateCouncilSession = z.input<typeof CreateCouncilSession>;

export const CreateConsultation = z
  .object({
    unitId: labelled(Id, 'Cơ quan lấy ý kiến'),
    title: required('Tiêu đề', 500),
    draftTitle: required('Tên dự thảo', 500),
    summary: optionalText('Nội dung chính của dự thảo', 20_000).default(''),
    opensOn: date('Ngày bắt đầu lấy ý kiến'),
    closesOn: date('Ngày kết thúc lấy ý kiến'),
  })
  .refine((v) => v.opensOn <= v.closesOn, {
    message: 'Ngày kết thúc phải sau ngày bắt đầu.',
    path: ['closesOn'],
  });
export type CreateConsultation = z.input<typeof CreateConsultation>;

export const UpdateAnswerSource = z
  .object({
    expectedVersion: version,
    title: required('Tiêu đề', 500).optional(),
    documentNumber: optionalText('Số, ký hiệu văn bản', 100).optional(),
    summary: optionalText('Tóm tắt nội dung', 20_000).optional(),
    answerDue: date('Hạn trả lời').nullable().optional(),
  })
  .refine((v) => Object.entries(v).some(([k, x]) => k !== 'expectedVersion' && x !== undefined), {
    message: 'Không có thông tin nào để cập nhật: hãy nhập ít nhất một trường cần thay đổi.',
  });
export type UpdateAnswerSource = z.infer<typeof UpdateAnswerSource>;

export const AddAnswerItems = z.object({ items: itemsOf('Nội dung', 1) });
export type AddAnswerItems = z.input<typeof AddAnswerItems>;
