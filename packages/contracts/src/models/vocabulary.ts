/** "Dân vận khéo" models: the vocabularies of packages/domain (models), re-exported, and their enums. */
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
