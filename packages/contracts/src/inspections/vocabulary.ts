/** Inspections: the vocabularies and legal rows of packages/domain (inspections), re-exported, and their enums. */
import { z } from 'zod';
import {
  CONDUCT_RULE_CODES,
  CONDUCT_RULE_LABELS,
  CONDUCT_RULES,
  INSPECTION_KIND_CODES,
  INSPECTION_KIND_LABELS,
  INSPECTION_MODE_CODES,
  INSPECTION_MODE_LABELS,
  INSPECTION_STATE_CODES,
  INSPECTION_STATE_LABELS,
  PLAN_ITEM_STATUS_CODES,
  PLAN_ITEM_STATUS_LABELS,
  RECOMMENDATION_STATE_CODES,
  RECOMMENDATION_STATE_LABELS,
  SANCTION_CODES,
  SANCTION_LABELS,
  SANCTIONS,
} from '@danvan/domain';

export {
  CONDUCT_RULE_CODES,
  CONDUCT_RULE_LABELS,
  CONDUCT_RULES,
  INSPECTION_KIND_CODES,
  INSPECTION_KIND_LABELS,
  INSPECTION_MODE_CODES,
  INSPECTION_MODE_LABELS,
  INSPECTION_STATE_CODES,
  INSPECTION_STATE_LABELS,
  PLAN_ITEM_STATUS_CODES,
  PLAN_ITEM_STATUS_LABELS,
  RECOMMENDATION_STATE_CODES,
  RECOMMENDATION_STATE_LABELS,
  SANCTION_CODES,
  SANCTION_LABELS,
  SANCTIONS,
};

/** What someone without inspections:persons reads instead of a violator's personal data. */
export const ANONYMISED = 'đã ẩn danh';

const pick = (what: string) => ({ message: `${what} không hợp lệ, hãy chọn trong danh sách` });
export const InspectionKind = z.enum(INSPECTION_KIND_CODES, pick('Loại hình'));
export type InspectionKind = z.infer<typeof InspectionKind>;
export const InspectionMode = z.enum(INSPECTION_MODE_CODES, pick('Hình thức'));
export type InspectionMode = z.infer<typeof InspectionMode>;
export const InspectionState = z.enum(INSPECTION_STATE_CODES, pick('Trạng thái'));
export type InspectionState = z.infer<typeof InspectionState>;
export const ConductRule = z.enum(CONDUCT_RULE_CODES, pick('Quy định bị vi phạm'));
export type ConductRule = z.infer<typeof ConductRule>;
export const Sanction = z.enum(SANCTION_CODES, pick('Hình thức xử lý'));
export type Sanction = z.infer<typeof Sanction>;
export const RecommendationState = z.enum(RECOMMENDATION_STATE_CODES, pick('Trạng thái thực hiện'));
export type RecommendationState = z.infer<typeof RecommendationState>;
export const PlanItemStatus = z.enum(PLAN_ITEM_STATUS_CODES);
export type PlanItemStatus = z.infer<typeof PlanItemStatus>;
