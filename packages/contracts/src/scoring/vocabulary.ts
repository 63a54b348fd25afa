/** Scoring: the vocabularies of packages/domain (scoring), re-exported, and their enums. */
import { z } from 'zod';
import {
  ASSESSMENT_STATE_CODES,
  ASSESSMENT_STATE_LABELS,
  BAND_CODES,
  BAND_LABELS,
  CRITERIA_SET_STATE_CODES,
  CRITERIA_SET_STATE_LABELS,
  CRITERION_KIND_CODES,
  CRITERION_KIND_LABELS,
  ROUND_STATE_CODES,
  ROUND_STATE_LABELS,
  SCORED_BY_CODES,
  SCORED_BY_LABELS,
  SCORING_COMPLIANCE_CODES,
  SCORING_COMPLIANCE_LABELS,
} from '@danvan/domain';

export {
  ASSESSMENT_STATE_CODES,
  ASSESSMENT_STATE_LABELS,
  BAND_CODES,
  BAND_LABELS,
  CRITERIA_SET_STATE_CODES,
  CRITERIA_SET_STATE_LABELS,
  CRITERION_KIND_CODES,
  CRITERION_KIND_LABELS,
  ROUND_STATE_CODES,
  ROUND_STATE_LABELS,
  SCORED_BY_CODES,
  SCORED_BY_LABELS,
  SCORING_COMPLIANCE_CODES,
  SCORING_COMPLIANCE_LABELS,
};

const pick = (what: string) => ({ message: `${what} không hợp lệ, hãy chọn trong danh sách` });
export const CriterionKind = z.enum(CRITERION_KIND_CODES, pick('Loại tiêu chí'));
export const ScoredBy = z.enum(SCORED_BY_CODES, pick('Bên chấm'));
export const CriteriaSetState = z.enum(CRITERIA_SET_STATE_CODES, pick('Trạng thái bộ tiêu chí'));
export const RoundState = z.enum(ROUND_STATE_CODES, pick('Trạng thái đợt'));
export const AssessmentState = z.enum(ASSESSMENT_STATE_CODES, pick('Trạng thái'));
export type AssessmentState = z.infer<typeof AssessmentState>;
export const BandCode = z.enum(BAND_CODES, pick('Mức xếp loại'));
export type BandCode = z.infer<typeof BandCode>;
export const ScoringComplianceStatus = z.enum(SCORING_COMPLIANCE_CODES, pick('Tình trạng'));
