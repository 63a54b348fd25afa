/**
 * Petitions (đơn thư: khiếu nại, tố cáo, kiến nghị, phản ánh) through their legal workflow. The
 * vocabularies come from packages/domain (petitions); a denouncer's identity is never part of a
 * petition: it goes to the vault (sealed), and the answer only says whether one is held.
 */
import { z } from 'zod';
import {
  PETITION_CHANNELS,
  PETITION_CHANNEL_LABELS,
  PETITION_COMPETENCES,
  PETITION_COMPETENCE_LABELS,
  PETITION_FIELDS,
  PETITION_FIELD_LABELS,
  PETITION_FLAGS,
  PETITION_FLAG_LABELS,
  PETITION_KINDS,
  PETITION_KIND_LABELS,
  PETITION_STATUSES,
  PETITION_STATUS_LABELS,
  PETITION_STEPS,
  PETITION_STEP_LABELS,
  PROLONGED_BASIS_VI,
  BYPASS_BASIS_VI,
} from '@danvan/domain';
import { BodyInt, Id, Int, IsoDate, PageQuery, Text } from './common.ts';
import { labelled } from './labels.ts';

export {
  PETITION_CHANNELS,
  PETITION_CHANNEL_LABELS,
  PETITION_COMPETENCES,
  PETITION_COMPETENCE_LABELS,
  PETITION_FIELDS,
  PETITION_FIELD_LABELS,
  PETITION_FLAGS,
  PETITION_FLAG_LABELS,
  PETITION_KINDS,
  PETITION_KIND_LABELS,
  PETITION_STATUSES,
  PETITION_STATUS_LABELS,
  PETITION_STEPS,
  PETITION_STEP_LABELS,
  PROLONGED_BASIS_VI,
  BYPASS_BASIS_VI,
};

const oneOf = (label: string) => ({ error: `${label}: giá trị không hợp lệ` });
/** The case facts that choose a longer legal time limit (rule conditions of the legal register). */
const Complex = labelled(z.boolean(), 'Vụ việc phức tạp');
const RemoteArea = labelled(z.boolean(), 'Vùng sâu, vùng xa, đi lại khó khăn');

export const PetitionChannel = labelled(z.enum(PETITION_CHANNELS, oneOf('Kênh tiếp nhận')), 'Kênh tiếp nhận');
export const PetitionKind = labelled(z.enum(PETITION_KINDS, oneOf('Loại đơn')), 'Loại đơn');
export const PetitionField = labelled(z.enum(PETITION_FIELDS, oneOf('Lĩnh vực')), 'Lĩnh vực');
export const PetitionStatus = labelled(z.enum(PETITION_STATUSES, oneOf('Trạng thái')), 'Trạng thái');
export const PetitionCompetence = labelled(z.enum(PETITION_COMPETENCES, oneOf('Thẩm quyền')), 'Thẩm quyền');
export const PetitionFlag = labelled(z.enum(PETITION_FLAGS, oneOf('Cảnh báo')), 'Cảnh báo');
export const PetitionStep = z.enum(PETITION_STEPS);

/** The papers a petition's steps produce, as .docx (NĐ 30/2020). */
export const PETITION_DOCUMENTS = [
  'phieu-chuyen-don',
  'thong-bao-thu-ly',
  'thong-bao-khong-thu-ly',
  'van-ban-huong-dan',
  'quyet-dinh-giai-quyet',
  'ket-luan-to-cao',
  'yeu-cau-xac-minh',
] as const;
export const PetitionDocumentKind = z.enum(PETITION_DOCUMENTS, oneOf('Loại văn bản'));
export type PetitionDocumentKind = z.infer<typeof PetitionDocumentKind>;
export const PETITION_DOCUMENT_LABELS: Record<PetitionDocumentKind, { vi: string; en: string }> = {
  'phieu-chuyen-don': { vi: 'Phiếu chuyển đơn', en: 'Transfer slip' },
  'thong-bao-thu-ly': { vi: 'Thông báo thụ lý', en: 'Notice of acceptance' },
  'thong-bao-khong-thu-ly': { vi: 'Thông báo không thụ lý', en: 'Notice of non-acceptance' },
  'van-ban-huong-dan': { vi: 'Văn bản hướng dẫn', en: 'Guidance letter' },
  'quyet-dinh-giai-quyet': { vi: 'Quyết định giải quyết khiếu nại', en: 'Complaint decision' },
  'ket-luan-to-cao': { vi: 'Kết luận nội dung tố cáo', en: 'Denunciation conclusion' },
  'yeu-cau-xac-minh': {
    vi: 'Văn bản đề nghị xác minh (không có thông tin người tố cáo)',
    en: 'Verification request (no identity)',
  },
};
export const PetitionDocParams = z.object({
  id: labelled(Id, 'Mã số đơn'),
  doc: labelled(PetitionDocumentKind, 'Loại văn bản'),
});

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

const Note = (label = 'Ghi chú') => Text(4000, label).nullish();
const Required = (max: number, label: string) =>
  labelled(Text(max, label).min(1, `${label} không được để trống`), label);
const StepDate = labelled(IsoDate, 'Ngày thực hiện');
const Version = BodyInt(1, 2_000_000_000, 'Phiên bản').optional();

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

export const ScreenPetition = z.object({
  on: StepDate,
  competence: PetitionCompetence,
  complex: Complex.optional(),
  remoteArea: RemoteArea.optional(),
  note: Note(),
  expectedVersion: Version,
});
export const AcceptPetition = z.object({
  on: StepDate,
  handlerId: labelled(Id, 'Người được giao giải quyết').nullish(),
  complex: Complex.optional(),
  remoteArea: RemoteArea.optional(),
  note: Note(),
  expectedVersion: Version,
});
export const TransferPetition = z.object({
  on: StepDate,
  toBody: Required(300, 'Cơ quan có thẩm quyền nhận đơn'),
  note: Note(),
  expectedVersion: Version,
});
export const GuidePetition = z.object({
  on: StepDate,
  toBody: Required(300, 'Cơ quan có thẩm quyền giải quyết'),
  note: Note('Nội dung hướng dẫn'),
  expectedVersion: Version,
});
export const FilePetition = z.object({
  on: StepDate,
  reason: Required(2000, 'Lý do lưu đơn, không xử lý'),
  expectedVersion: Version,
});
export const NotePetitionStep = z.object({
  on: StepDate,
  note: Required(4000, 'Nội dung'),
  expectedVersion: Version,
});
export const ReasonPetitionStep = z.object({
  on: StepDate,
  reason: Required(2000, 'Lý do'),
  expectedVersion: Version,
});
export const ResumePetition = z.object({ on: StepDate, note: Note(), expectedVersion: Version });
export const DecidePetition = z.object({
  on: StepDate,
  number: Required(60, 'Số, ký hiệu quyết định, kết luận'),
  summary: Required(20_000, 'Nội dung quyết định, kết luận'),
  upheld: z.enum(['right', 'partly', 'wrong']).nullish(),
  expectedVersion: Version,
});
export const SimplePetitionStep = z.object({ on: StepDate, note: Note(), expectedVersion: Version });
export const AssignPetition = z.object({
  handlerId: labelled(Id, 'Người được giao giải quyết'),
  expectedVersion: Version,
});
export const ResolveDuplicate = z.object({
  decision: z.enum(['link', 'dismiss'], oneOf('Quyết định')),
  note: Note(),
});
export const DuplicateParams = z.object({
  id: labelled(Id, 'Mã số đơn'),
  otherId: labelled(Id, 'Mã số đơn nghi trùng'),
});
export const VisitParams = z.object({ visitId: labelled(Id, 'Lượt tiếp công dân') });

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

export const PetitionListQuery = PageQuery.extend({
  q: Text(200, 'Từ khóa').optional(),
  kind: PetitionKind.optional(),
  field: PetitionField.optional(),
  status: PetitionStatus.optional(),
  channel: PetitionChannel.optional(),
  flag: PetitionFlag.optional(),
  unitId: labelled(Id, 'Đơn vị').optional(),
  /** Due within N days from today (the running step's deadline). */
  dueWithin: Int(0, 365, 'Hạn trong (ngày)').optional(),
  from: labelled(IsoDate, 'Nhận từ ngày').optional(),
  to: labelled(IsoDate, 'Nhận đến ngày').optional(),
});
export type PetitionListQuery = z.infer<typeof PetitionListQuery>;

export const PetitionList = z.object({
  items: z.array(PetitionSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  can: z.object({ create: z.boolean() }),
  counts: z.record(z.string(), z.number().int()),
  /**
   * True when more petitions match than the register counts (10.000; 1.000 for a word search):
   * `total` is then that cap, a lower bound ("hơn 10.000").
   */
  totalIsLowerBound: z.boolean().optional(),
  /**
   * True when the counts per status are bounded: a count equal to the cap (10.000) is a lower
   * bound, and a word search matching more than the cap leaves `counts` empty (not counted).
   */
  countsCapped: z.boolean().optional(),
});

export const PetitionVisitDraft = z.object({
  visitId: z.number().int(),
  unitId: z.number().int(),
  receivedOn: z.string(),
  petitionersCount: z.number().int(),
  representativeName: z.string().nullable(),
  idNumber: z.string().nullable(),
  address: z.string().nullable(),
  content: z.string(),
  /** The visit's field as it is (the reception log and the petitions share one vocabulary). */
  field: PetitionField,
});

export const PetitionImportRow = z.object({
  row: z.number().int(),
  action: z.enum(['create', 'skip']),
  receivedOn: z.string().nullable(),
  kind: PetitionKind.nullable(),
  field: PetitionField.nullable(),
  subject: z.string(),
  /** Each error starts with the Vietnamese label of its column ("Ngày nhận: …"). */
  errors: z.array(z.string()),
});
export const PetitionImportPreview = z.object({
  rows: z.array(PetitionImportRow),
  valid: z.number().int(),
  invalid: z.number().int(),
});
export const PetitionImportResult = z.object({
  created: z.number().int(),
  /** The rows with errors, not entered. */
  skipped: z.number().int(),
  ids: z.array(z.number().int()),
});
export type PetitionImportPreview = z.infer<typeof PetitionImportPreview>;
export type PetitionImportResult = z.infer<typeof PetitionImportResult>;

// ── the deadline overview ──────────────────────────────────────────────────────────────────────

/** `GET /petitions/deadlines`: per unit in scope, the running cases by deadline window. */
export const DeadlineOverviewQuery = PageQuery.extend({
  /** The unit whose subtree is shown (default: everything in scope). */
  unitId: labelled(Id, 'Đơn vị').optional(),
  kind: PetitionKind.optional(),
});
export type DeadlineOverviewQuery = z.infer<typeof DeadlineOverviewQuery>;

const WindowCounts = z.object({
  /** Cases whose deadline is running (received, screened, accepted or decided with a due date). */
  running: z.number().int(),
  /** Due from today to DUE_SOON_DAYS days ahead. */
  dueSoon: z.number().int(),
  overdue: z.number().int(),
});
const ByKind = z.array(WindowCounts.extend({ kind: PetitionKind }));

export const DeadlineOverviewRow = WindowCounts.extend({
  unitId: z.number().int(),
  unitName: z.string(),
  byKind: ByKind,
});

export const DeadlineOverview = z.object({
  items: z.array(DeadlineOverviewRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  can: z.object({ create: z.boolean() }),
  /** The day the windows are counted from, and the "due soon" window in days. */
  asOf: z.string(),
  soonDays: z.number().int(),
  /** Over every unit listed (all pages). */
  totals: WindowCounts.extend({ byKind: ByKind }),
});
