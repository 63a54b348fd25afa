/**
 * A petition: entering it (with the denouncer's identity sealed in the vault), the duplicate check, and
 * the case as the server returns it (deadlines, timeline, duplicate candidates).
 */
import { z } from 'zod';
import { BodyInt, Id, IsoDate, Text } from '../common.ts';
import { labelled } from '../labels.ts';
import {
  PetitionChannel,
  PetitionCompetence,
  PetitionDocumentKind,
  PetitionField,
  PetitionFlag,
  PetitionKind,
  PetitionStatus,
  PetitionStep,
} from './vocabulary.ts';
import { Complex, RemoteArea, Required } from './shared.ts';

/** A denouncer's identity, sent once to be sealed in the vault; never returned. */
export const DenouncerIdentity = z.object({
  fullName: labelled(
    Text(200, 'Họ và tên người tố cáo').min(2, 'Họ và tên người tố cáo: ít nhất 2 ký tự'),
    'Họ và tên người tố cáo',
  ),
  address: Text(500, 'Địa chỉ').nullish(),
  idNumber: Text(30, 'Số giấy tờ tùy thân').nullish(),
  phone: Text(30, 'Số điện thoại').nullish(),
  email: Text(200, 'Thư điện tử').nullish(),
  notes: Text(2000, 'Ghi chú').nullish(),
});
export type DenouncerIdentity = z.infer<typeof DenouncerIdentity>;

export const CreatePetition = z
  .object({
    unitId: labelled(Id, 'Đơn vị tiếp nhận'),
    receivedOn: labelled(IsoDate, 'Ngày nhận đơn'),
    channel: PetitionChannel,
    kinds: labelled(
      z.array(PetitionKind).min(1, 'Loại đơn: chọn ít nhất một loại').max(4, 'Loại đơn: tối đa 4 loại'),
      'Loại đơn',
    ),
    field: PetitionField,
    petitionersCount: BodyInt(1, 100_000, 'Số người đứng đơn').default(1),
    representativeName: Text(200, 'Họ tên người đứng đơn (người đại diện)').nullish(),
    idNumber: Text(30, 'Số giấy tờ tùy thân').nullish(),
    address: Text(500, 'Địa chỉ').nullish(),
    subject: Required(300, 'Trích yếu nội dung'),
    content: Required(20_000, 'Nội dung đơn'),
    sourceBody: Text(300, 'Cơ quan chuyển đơn').nullish(),
    addressedTo: Text(300, 'Nơi gửi đơn').nullish(),
    visitId: labelled(Id, 'Lượt tiếp công dân').nullish(),
    firstInstanceId: labelled(Id, 'Đơn khiếu nại lần đầu').nullish(),
    complex: Complex.default(false),
    remoteArea: RemoteArea.default(false),
    /** For a tố cáo: the denouncer, sealed in the vault (or a reference to the paper register). */
    identity: DenouncerIdentity.nullish(),
    identityPaperRef: Text(200, 'Số hiệu sổ lưu thông tin người tố cáo').nullish(),
    /** Candidates the officer already saw on the entry form and dismissed or linked. */
    duplicateDecisions: labelled(
      z
        .array(
          z.object({
            petitionId: labelled(Id, 'Đơn trùng'),
            decision: labelled(z.enum(['link', 'dismiss']), 'Xác nhận trùng hoặc bỏ qua'),
          }),
        )
        .max(50),
      'Đơn có thể trùng',
    ).default([]),
  })
  .refine((v) => v.channel !== 'reception_visit' || !!v.visitId, {
    message: 'Đơn qua tiếp công dân phải chọn lượt tiếp',
    path: ['visitId'],
  });
export type CreatePetition = z.infer<typeof CreatePetition>;

export const DuplicateCheck = z.object({
  unitId: labelled(Id, 'Đơn vị tiếp nhận'),
  representativeName: Text(200, 'Họ tên người đứng đơn').nullish(),
  idNumber: Text(30, 'Số giấy tờ tùy thân').nullish(),
  content: Text(20_000, 'Nội dung đơn').default(''),
  identity: DenouncerIdentity.nullish(),
});

export const PetitionDeadline = z.object({
  step: z.enum(['screening', 'resolution', 'send_result']),
  dueDate: z.string(),
  ruleId: z.number().int(),
  ruleVersion: z.number().int(),
  ruleName: z.string(),
  basisText: z.string(),
  needsCheck: z.boolean(),
});

export const PetitionTimelineEntry = z.object({
  id: z.number().int(),
  step: PetitionStep,
  on: z.string(),
  at: z.string(),
  actorName: z.string(),
  dueDate: z.string().nullable(),
  met: z.boolean().nullable(),
  ruleId: z.number().int().nullable(),
  note: z.string().nullable(),
});

export const PetitionDuplicateCandidate = z.object({
  petitionId: z.number().int(),
  subject: z.string(),
  kind: PetitionKind,
  status: PetitionStatus,
  receivedOn: z.string(),
  unitName: z.string(),
  reason: z.enum(['person', 'content']),
  score: z.number(),
  decision: z.enum(['link', 'dismiss']).nullable(),
});

export const PetitionSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  receivedOn: z.string(),
  channel: PetitionChannel,
  kind: PetitionKind,
  field: PetitionField,
  status: PetitionStatus,
  subject: z.string(),
  petitionersCount: z.number().int(),
  /** Null for a tố cáo (the denouncer is in the vault) and whenever the actor may not see it. */
  representativeName: z.string().nullable(),
  dueDate: z.string().nullable(),
  flags: z.array(PetitionFlag),
  /** The tố cáo's content and identity are protected from this actor. */
  protected: z.boolean(),
});

export const PetitionDetail = PetitionSummary.extend({
  version: z.number().int(),
  idNumber: z.string().nullable(),
  address: z.string().nullable(),
  content: z.string().nullable(),
  sourceBody: z.string().nullable(),
  addressedTo: z.string().nullable(),
  competence: PetitionCompetence.nullable(),
  complex: z.boolean(),
  remoteArea: z.boolean(),
  secondInstance: z.boolean(),
  firstInstanceId: z.number().int().nullable(),
  splitFromId: z.number().int().nullable(),
  splitSiblings: z.array(z.object({ id: z.number().int(), kind: PetitionKind })),
  visitId: z.number().int().nullable(),
  handlerId: z.number().int().nullable(),
  handlerName: z.string().nullable(),
  toBody: z.string().nullable(),
  extensions: z.number().int(),
  maxDueDate: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionSummary: z.string().nullable(),
  decidedOn: z.string().nullable(),
  deadlines: z.array(PetitionDeadline),
  timeline: z.array(PetitionTimelineEntry),
  duplicates: z.array(PetitionDuplicateCandidate),
  documents: z.array(PetitionDocumentKind),
  identity: z
    .object({ mode: z.enum(['sealed', 'paper']), canReveal: z.boolean(), sealedAt: z.string() })
    .nullable(),
  prolongedBasis: z.string(),
  can: z.record(z.string(), z.boolean()),
});
export type PetitionDetail = z.infer<typeof PetitionDetail>;
