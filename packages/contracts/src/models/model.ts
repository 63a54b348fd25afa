/** A "Dân vận khéo" model: its registration, its lifecycle (start, stop, recognise, replicate), the lists. */
import { z } from 'zod';
import { MODEL_REGISTRATION_KEYS, MODEL_REGISTRATION_LABELS } from '@danvan/domain';
import { Id, Int, IsoDate, PageQuery, Text } from '../common.ts';
import { labelled } from '../labels.ts';
import { ModelField, ModelLevel, ModelState, ModelSubject } from './vocabulary.ts';
import { optionalText, required, somethingToChange, version } from './shared.ts';
import { ModelEvaluation, ModelResult } from './results.ts';

// ---------------------------------------------------------------------------------------------
// Outputs

const registrationShape = Object.fromEntries(MODEL_REGISTRATION_KEYS.map((k) => [k, z.string()])) as Record<
  (typeof MODEL_REGISTRATION_KEYS)[number],
  z.ZodString
>;
export const ModelRegistration = z.object(registrationShape);
export type ModelRegistration = z.infer<typeof ModelRegistration>;

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
