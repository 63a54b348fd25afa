/**
 * "Dân vận khéo" models, their results and evaluations against the recognition criteria, the rule
 * values, the compliance of state bodies with the one-to-two rule, and commendations. The
 * vocabularies come from packages/domain (models).
 */
import { z } from 'zod';
import {
  COMMENDATION_FORM_CODES,
  COMMENDATION_FORM_LABELS,
  COMMENDATION_LINK_KINDS,
  MODEL_ACTION_LABELS,
  MODEL_COMPLIANCE_CODES,
  MODEL_COMPLIANCE_LABELS,
  MODEL_FIELD_CODES,
  MODEL_FIELD_LABELS,
  MODEL_LEVEL_CODES,
  MODEL_LEVEL_LABELS,
  MODEL_REGISTRATION_KEYS,
  MODEL_REGISTRATION_LABELS,
  MODEL_STATE_CODES,
  MODEL_STATE_LABELS,
  MODEL_SUBJECT_CODES,
  MODEL_SUBJECT_LABELS,
} from '@danvan/domain';
import { BodyInt, Figure, Id, INT4_MAX, Int, IsoDate, PageQuery, Text } from './common.ts';
import { formatCount, labelled } from './labels.ts';

export {
  COMMENDATION_FORM_CODES,
  COMMENDATION_FORM_LABELS,
  MODEL_ACTION_LABELS,
  MODEL_COMPLIANCE_CODES,
  MODEL_COMPLIANCE_LABELS,
  MODEL_FIELD_CODES,
  MODEL_FIELD_LABELS,
  MODEL_LEVEL_CODES,
  MODEL_LEVEL_LABELS,
  MODEL_REGISTRATION_KEYS,
  MODEL_REGISTRATION_LABELS,
  MODEL_STATE_CODES,
  MODEL_STATE_LABELS,
  MODEL_SUBJECT_CODES,
  MODEL_SUBJECT_LABELS,
};

const pick = (what: string) => ({ message: `${what} không hợp lệ, hãy chọn trong danh sách` });
export const ModelField = z.enum(MODEL_FIELD_CODES, pick('Lĩnh vực'));
export type ModelField = z.infer<typeof ModelField>;
export const ModelSubject = z.enum(MODEL_SUBJECT_CODES, pick('Tập thể hay cá nhân'));
export type ModelSubject = z.infer<typeof ModelSubject>;
export const ModelState = z.enum(MODEL_STATE_CODES, pick('Trạng thái'));
export type ModelState = z.infer<typeof ModelState>;
export const ModelLevel = z.enum(MODEL_LEVEL_CODES, pick('Cấp'));
export type ModelLevel = z.infer<typeof ModelLevel>;
export const CommendationForm = z.enum(COMMENDATION_FORM_CODES, pick('Hình thức khen thưởng'));
export type CommendationForm = z.infer<typeof CommendationForm>;
export const CommendationLinkKind = z.enum(COMMENDATION_LINK_KINDS, pick('Loại liên kết'));
export const ModelComplianceStatus = z.enum(MODEL_COMPLIANCE_CODES, pick('Tình trạng'));
export type ModelComplianceStatus = z.infer<typeof ModelComplianceStatus>;

const required = (label: string, max: number) =>
  labelled(
    z
      .string({ error: `${label} phải là chuỗi ký tự` })
      .trim()
      .min(1, `${label} không được để trống`)
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
const optionalText = (label: string, max: number) => labelled(Text(max, label), label);
const version = labelled(BodyInt(1, INT4_MAX, 'Phiên bản'), 'Phiên bản');
const bool = (label: string) =>
  labelled(
    z
      .enum(['true', 'false', '1', '0'], { message: `${label}: chỉ nhận true hoặc false` })
      .transform((v) => v === 'true' || v === '1'),
    label,
  );
const Points = (label: string, max: number) =>
  labelled(
    z
      .number({ error: `${label} phải là một số` })
      .finite(`${label} phải là một số`)
      .min(0, `${label} không được âm`)
      .max(max, `${label}: tối đa ${formatCount(max)}`),
    label,
  );

// ---------------------------------------------------------------------------------------------
// Outputs

const registrationShape = Object.fromEntries(MODEL_REGISTRATION_KEYS.map((k) => [k, z.string()])) as Record<
  (typeof MODEL_REGISTRATION_KEYS)[number],
  z.ZodString
>;
export const ModelRegistration = z.object(registrationShape);
export type ModelRegistration = z.infer<typeof ModelRegistration>;

export const ModelFigure = z.object({ label: z.string(), value: z.number(), unit: z.string() });
export type ModelFigure = z.infer<typeof ModelFigure>;

export const ModelResult = z.object({
  id: z.number().int(),
  modelId: z.number().int(),
  reportedOn: z.string(),
  content: z.string(),
  figures: z.array(ModelFigure),
  createdAt: z.string(),
});
export type ModelResult = z.infer<typeof ModelResult>;

export const ModelEvaluationScore = z.object({
  criterionId: z.number().int(),
  code: z.string(),
  name: z.string(),
  maxPoints: z.number(),
  points: z.number(),
  comment: z.string(),
});
export const ModelEvaluation = z.object({
  id: z.number().int(),
  modelId: z.number().int(),
  evaluatedOn: z.string(),
  scores: z.array(ModelEvaluationScore),
  total: z.number(),
  maxTotal: z.number(),
  percent: z.number(),
  passPercent: z.number().int(),
  passed: z.boolean(),
  conclusion: z.string(),
  evaluatorName: z.string(),
  createdAt: z.string(),
});
export type ModelEvaluation = z.infer<typeof ModelEvaluation>;

export const ModelCan = z.object({
  update: z.boolean(),
  start: z.boolean(),
  stop: z.boolean(),
  evaluate: z.boolean(),
  resume: z.boolean(),
  recognise: z.boolean(),
  replicate: z.boolean(),
  addResult: z.boolean(),
  addCommendation: z.boolean(),
});

export const Model = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  name: z.string(),
  field: ModelField,
  subject: ModelSubject,
  personName: z.string(),
  registration: ModelRegistration,
  registeredOn: z.string(),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
  state: ModelState,
  startedOn: z.string().nullable(),
  recognisedLevel: ModelLevel.nullable(),
  recognisedOn: z.string().nullable(),
  recognitionDecision: z.string(),
  replicatedOn: z.string().nullable(),
  replicationNote: z.string(),
  stoppedOn: z.string().nullable(),
  stopReason: z.string(),
  publicSummary: z.string(),
  /** The latest evaluation's total, or null before any. */
  latestScore: z.object({ total: z.number(), maxTotal: z.number(), passed: z.boolean() }).nullable(),
  version: z.number().int(),
  isDemo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: ModelCan,
});
export type Model = z.infer<typeof Model>;

export const ModelDetail = Model.extend({
  results: z.array(ModelResult),
  evaluations: z.array(ModelEvaluation),
});
export type ModelDetail = z.infer<typeof ModelDetail>;

export const ModelCriterion = z.object({
  id: z.number().int(),
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  guidance: z.string(),
  maxPoints: z.number(),
  sortOrder: z.number().int(),
  basis: z.string(),
  needsCheck: z.boolean(),
  usedAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
  previousVersionId: z.number().int().nullable(),
  can: z.object({ update: z.boolean() }),
});
export type ModelCriterion = z.infer<typeof ModelCriterion>;

export const ModelSetting = z.object({
  id: z.number().int(),
  key: z.string(),
  name: z.string(),
  value: z.number().int(),
  minValue: z.number().int(),
  maxValue: z.number().int(),
  basis: z.string(),
  needsCheck: z.boolean(),
  version: z.number().int(),
  can: z.object({ update: z.boolean() }),
});
export type ModelSetting = z.infer<typeof ModelSetting>;

export const ModelComplianceRow = z.object({
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  unitKind: z.string(),
  registered: z.number().int(),
  running: z.number().int(),
  recognised: z.number().int(),
  active: z.number().int(),
  status: ModelComplianceStatus,
});
export type ModelComplianceRow = z.infer<typeof ModelComplianceRow>;
export const ModelCompliance = z.object({
  items: z.array(ModelComplianceRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  summary: z.object({
    units: z.number().int(),
    none: z.number().int(),
    below: z.number().int(),
    meets: z.number().int(),
    minimum: z.number().int(),
    target: z.number().int(),
  }),
});
export type ModelCompliance = z.infer<typeof ModelCompliance>;

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

/** A recognised model as the public portal's showcase shows it: no personal data. */
export interface ShowcaseModel {
  id: number;
  name: string;
  unitId: number;
  unitName: string;
  field: ModelField;
  recognisedLevel: ModelLevel | null;
  recognisedOn: string | null;
  state: ModelState;
  summary: string;
}

// ---------------------------------------------------------------------------------------------
// Inputs

const modelFilters = {
  q: Text(200, 'Từ khóa').optional(),
  field: labelled(ModelField, 'Lĩnh vực').optional(),
  state: labelled(ModelState, 'Trạng thái').optional(),
  subject: labelled(ModelSubject, 'Tập thể hay cá nhân').optional(),
  /** The models of this unit and of the units below it. */
  unitId: labelled(Id, 'Đơn vị').optional(),
  /** Registered in this calendar year. */
  year: Int(1990, 2100, 'Năm đăng ký').optional(),
};
export const ModelQuery = PageQuery.extend(modelFilters);
export type ModelQuery = z.infer<typeof ModelQuery>;
export const ModelExportQuery = z.object(modelFilters);
export type ModelExportQuery = z.infer<typeof ModelExportQuery>;

const registrationInput = z.object({
  situation: required(MODEL_REGISTRATION_LABELS.situation.vi, 10_000),
  goals: required(MODEL_REGISTRATION_LABELS.goals.vi, 10_000),
  contentMethod: required(MODEL_REGISTRATION_LABELS.contentMethod.vi, 10_000),
  areaBeneficiaries: optionalText(MODEL_REGISTRATION_LABELS.areaBeneficiaries.vi, 5_000).default(''),
  forces: optionalText(MODEL_REGISTRATION_LABELS.forces.vi, 5_000).default(''),
  resources: optionalText(MODEL_REGISTRATION_LABELS.resources.vi, 5_000).default(''),
  timeline: optionalText(MODEL_REGISTRATION_LABELS.timeline.vi, 5_000).default(''),
  verifiableResults: optionalText(MODEL_REGISTRATION_LABELS.verifiableResults.vi, 5_000).default(''),
});

const dateOrder = [
  (v: { startOn?: string | null; endOn?: string | null }) => !v.startOn || !v.endOn || v.startOn <= v.endOn,
  { message: 'Ngày kết thúc dự kiến phải sau hoặc bằng ngày bắt đầu.', path: ['endOn'] as string[] },
] as const;

export const CreateModel = z
  .object({
    unitId: labelled(Id, 'Đơn vị'),
    name: required('Tên mô hình', 500),
    field: labelled(ModelField, 'Lĩnh vực'),
    subject: labelled(ModelSubject, 'Tập thể hay cá nhân').default('collective'),
    personName: optionalText('Họ tên cá nhân', 200).default(''),
    registration: labelled(registrationInput, 'Nội dung đăng ký'),
    registeredOn: labelled(IsoDate, 'Ngày đăng ký'),
    startOn: labelled(IsoDate, 'Ngày bắt đầu dự kiến').nullable().default(null),
    endOn: labelled(IsoDate, 'Ngày kết thúc dự kiến').nullable().default(null),
    publicSummary: optionalText('Tóm tắt công khai', 2_000).default(''),
  })
  .refine(...dateOrder);
export type CreateModel = z.input<typeof CreateModel>;

const EMPTY_UPDATE = 'Không có thông tin nào để cập nhật: hãy nhập ít nhất một trường cần thay đổi.';
const somethingToChange = [
  (v: Record<string, unknown>) =>
    Object.entries(v).some(([k, x]) => k !== 'expectedVersion' && x !== undefined),
  { message: EMPTY_UPDATE },
] as const;

export const UpdateModel = z
  .object({
    name: required('Tên mô hình', 500).optional(),
    field: labelled(ModelField, 'Lĩnh vực').optional(),
    subject: labelled(ModelSubject, 'Tập thể hay cá nhân').optional(),
    personName: optionalText('Họ tên cá nhân', 200).optional(),
    registration: labelled(registrationInput.partial(), 'Nội dung đăng ký').optional(),
    registeredOn: labelled(IsoDate, 'Ngày đăng ký').optional(),
    startOn: labelled(IsoDate, 'Ngày bắt đầu dự kiến').nullable().optional(),
    endOn: labelled(IsoDate, 'Ngày kết thúc dự kiến').nullable().optional(),
    publicSummary: optionalText('Tóm tắt công khai', 2_000).optional(),
    expectedVersion: version,
  })
  .refine(...somethingToChange)
  .refine(...dateOrder);
export type UpdateModel = z.infer<typeof UpdateModel>;

/** A transition of a model: the version the user saw, and the day it takes effect (today by default). */
export const ModelTransition = z.object({
  expectedVersion: version,
  on: labelled(IsoDate, 'Ngày').optional(),
});
export type ModelTransition = z.infer<typeof ModelTransition>;
export const StopModel = ModelTransition.extend({ reason: required('Lý do dừng', 2_000) });
export type StopModel = z.infer<typeof StopModel>;
export const ResumeModel = ModelTransition.extend({ reason: required('Nội dung cần hoàn thiện', 2_000) });
export type ResumeModel = z.infer<typeof ResumeModel>;
export const RecogniseModel = ModelTransition.extend({
  level: labelled(ModelLevel, 'Cấp công nhận'),
  decision: required('Quyết định, văn bản công nhận', 500),
});
export type RecogniseModel = z.infer<typeof RecogniseModel>;
export const ReplicateModel = ModelTransition.extend({ note: required('Nơi, cách nhân rộng', 2_000) });
export type ReplicateModel = z.infer<typeof ReplicateModel>;

export const CreateModelResult = z.object({
  reportedOn: labelled(IsoDate, 'Ngày báo cáo kết quả'),
  content: required('Kết quả thực hiện', 10_000),
  figures: labelled(
    z
      .array(
        z.object({
          label: required('Chỉ tiêu', 300),
          value: labelled(Figure, 'Số liệu'),
          unit: optionalText('Đơn vị tính', 50).default(''),
        }),
      )
      .max(30, 'Tối đa 30 số liệu'),
    'Số liệu kết quả',
  ).default([]),
});
export type CreateModelResult = z.input<typeof CreateModelResult>;

export const CreateModelEvaluation = z.object({
  expectedVersion: version,
  evaluatedOn: labelled(IsoDate, 'Ngày đánh giá'),
  scores: labelled(
    z
      .array(
        z.object({
          criterionId: labelled(Id, 'Tiêu chí'),
          points: Points('Điểm', 1000),
          comment: optionalText('Nhận xét', 2_000).default(''),
        }),
      )
      .min(1, 'Phải chấm điểm ít nhất một tiêu chí')
      .max(100, 'Tối đa 100 tiêu chí'),
    'Điểm theo tiêu chí',
  ),
  conclusion: optionalText('Kết luận', 5_000).default(''),
  evaluatorName: optionalText('Người, tổ đánh giá', 300).default(''),
});
export type CreateModelEvaluation = z.input<typeof CreateModelEvaluation>;

export const ModelCriterionListQuery = z.object({
  includeRetired: bool('Gồm cả tiêu chí đã thay thế').optional(),
});
export const CreateModelCriterion = z.object({
  code: labelled(
    z
      .string({ error: 'Mã tiêu chí phải là chuỗi ký tự' })
      .trim()
      .regex(/^[a-z0-9_]{2,60}$/, 'Mã tiêu chí: 2–60 ký tự a–z, 0–9 hoặc dấu gạch dưới'),
    'Mã tiêu chí',
  ),
  name: required('Tên tiêu chí', 500),
  guidance: optionalText('Hướng dẫn chấm', 2_000).default(''),
  maxPoints: Points('Điểm tối đa', 1000).refine((v) => v > 0, 'Điểm tối đa phải lớn hơn 0'),
  sortOrder: labelled(BodyInt(0, 1000, 'Thứ tự'), 'Thứ tự').default(0),
  basis: required('Căn cứ', 1_000),
  needsCheck: labelled(
    z.boolean({ error: 'Cần kiểm tra: chỉ nhận true hoặc false' }),
    'Cần kiểm tra',
  ).default(false),
});
export type CreateModelCriterion = z.input<typeof CreateModelCriterion>;
export const UpdateModelCriterion = z
  .object({
    name: required('Tên tiêu chí', 500).optional(),
    guidance: optionalText('Hướng dẫn chấm', 2_000).optional(),
    maxPoints: Points('Điểm tối đa', 1000)
      .refine((v) => v > 0, 'Điểm tối đa phải lớn hơn 0')
      .optional(),
    sortOrder: labelled(BodyInt(0, 1000, 'Thứ tự'), 'Thứ tự').optional(),
    basis: required('Căn cứ', 1_000).optional(),
    needsCheck: labelled(
      z.boolean({ error: 'Cần kiểm tra: chỉ nhận true hoặc false' }),
      'Cần kiểm tra',
    ).optional(),
    retire: labelled(z.literal(true, { error: 'Thôi áp dụng: chỉ nhận true' }), 'Thôi áp dụng').optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: EMPTY_UPDATE });
export type UpdateModelCriterion = z.infer<typeof UpdateModelCriterion>;

export const UpdateModelSetting = z.object({
  value: labelled(BodyInt(0, 1000, 'Giá trị'), 'Giá trị'),
  basis: required('Căn cứ', 1_000).optional(),
  expectedVersion: version,
});
export type UpdateModelSetting = z.infer<typeof UpdateModelSetting>;

export const ModelComplianceQuery = PageQuery.extend({
  unitId: labelled(Id, 'Đơn vị').optional(),
  status: labelled(ModelComplianceStatus, 'Tình trạng').optional(),
  q: Text(200, 'Từ khóa').optional(),
});
export type ModelComplianceQuery = z.infer<typeof ModelComplianceQuery>;

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
