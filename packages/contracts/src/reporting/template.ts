import { z } from 'zod';
import { Figure, Text } from '../common.ts';
import { labelled } from '../labels.ts';
import {
  AggregationRuleCode,
  IndicatorTypeCode,
  RuleSeverity,
  codeRe,
  id,
  sectionCodeRe,
  templateCodeRe,
  text,
  type AggregationRuleCode as Aggregation,
  type IndicatorTypeCode as IndicatorType,
  type RuleSeverity as Severity,
} from './vocabulary.ts';

/** Report templates (đề cương): outline, indicators, rules. */

export interface TemplateSection {
  code: string;
  number: string;
  title: string;
  guidance: string;
  hasNarrative: boolean;
  children: TemplateSection[];
}

export const TemplateSectionInput: z.ZodType<TemplateSection> = z.lazy(() =>
  z.object({
    code: labelled(
      z
        .string()
        .trim()
        .min(1, 'Mã mục không được để trống')
        .max(30, 'Mã mục: tối đa 30 ký tự')
        .regex(sectionCodeRe, 'Mã mục chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới'),
      'Mã mục',
    ),
    number: labelled(
      z.string().trim().min(1, 'Số thứ tự mục không được để trống').max(10, 'Số thứ tự mục: tối đa 10 ký tự'),
      'Số thứ tự mục',
    ),
    title: labelled(
      z
        .string()
        .trim()
        .min(1, 'Tiêu đề mục không được để trống')
        .max(2000, 'Tiêu đề mục: tối đa 2.000 ký tự'),
      'Tiêu đề mục',
    ),
    guidance: labelled(
      z.string().max(10000, 'Hướng dẫn viết: tối đa 10.000 ký tự'),
      'Hướng dẫn viết',
    ).default(''),
    hasNarrative: labelled(z.boolean(), 'Có phần viết').default(true),
    children: labelled(z.array(TemplateSectionInput).max(50, 'Tối đa 50 mục con'), 'Mục con').default([]),
  }),
) as never;

export const TemplateIndicatorInput = z.object({
  code: labelled(
    z
      .string()
      .trim()
      .min(1, 'Mã chỉ tiêu không được để trống')
      .max(60, 'Mã chỉ tiêu: tối đa 60 ký tự')
      .regex(codeRe, 'Mã chỉ tiêu bắt đầu bằng chữ, chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới'),
    'Mã chỉ tiêu',
  ),
  sectionCode: labelled(
    z.string().trim().min(1, 'Hãy chọn mục của chỉ tiêu').max(30, 'Tối đa 30 ký tự'),
    'Thuộc mục',
  ),
  name: labelled(
    z
      .string()
      .trim()
      .min(1, 'Tên chỉ tiêu không được để trống')
      .max(1000, 'Tên chỉ tiêu: tối đa 1.000 ký tự'),
    'Tên chỉ tiêu',
  ),
  unit: labelled(
    z.string().trim().min(1, 'Đơn vị tính không được để trống').max(50, 'Đơn vị tính: tối đa 50 ký tự'),
    'Đơn vị tính',
  ),
  type: labelled(IndicatorTypeCode, 'Kiểu số liệu').default('integer'),
  aggregation: labelled(AggregationRuleCode, 'Cách tổng hợp').default('sum'),
  numerator: Text(60, 'Tử số').optional(),
  denominator: Text(60, 'Mẫu số').optional(),
  providerKey: text(100, 'Nguồn số liệu tự động').optional(),
  definition: labelled(z.string().max(4000, 'Định nghĩa: tối đa 4.000 ký tự'), 'Định nghĩa').optional(),
  min: labelled(Figure, 'Giá trị nhỏ nhất').optional(),
  max: labelled(Figure, 'Giá trị lớn nhất').optional(),
});
export type TemplateIndicatorInput = z.infer<typeof TemplateIndicatorInput>;

export const TemplateRuleInput = z.object({
  code: labelled(
    z
      .string()
      .trim()
      .min(1, 'Mã quy tắc không được để trống')
      .max(60, 'Mã quy tắc: tối đa 60 ký tự')
      .regex(codeRe, 'Mã quy tắc chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới'),
    'Mã quy tắc',
  ),
  expression: labelled(
    z.string().trim().min(1, 'Biểu thức không được để trống').max(1000, 'Biểu thức: tối đa 1.000 ký tự'),
    'Biểu thức',
  ),
  message: labelled(
    z.string().trim().min(1, 'Thông báo không được để trống').max(1000, 'Thông báo: tối đa 1.000 ký tự'),
    'Thông báo',
  ),
  severity: labelled(RuleSeverity, 'Mức độ').default('error'),
});
export type TemplateRuleInput = z.infer<typeof TemplateRuleInput>;

export const CreateTemplate = z.object({
  code: labelled(
    z
      .string()
      .trim()
      .min(2, 'Mã đề cương phải có ít nhất 2 ký tự')
      .max(60, 'Mã đề cương: tối đa 60 ký tự')
      .regex(templateCodeRe, 'Mã đề cương chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang'),
    'Mã đề cương',
  ),
  name: labelled(
    z
      .string()
      .trim()
      .min(5, 'Tên đề cương phải có ít nhất 5 ký tự')
      .max(500, 'Tên đề cương: tối đa 500 ký tự'),
    'Tên đề cương',
  ),
  legalBasis: labelled(z.string().max(2000, 'Căn cứ: tối đa 2.000 ký tự'), 'Căn cứ').default(''),
  description: labelled(z.string().max(4000, 'Mô tả: tối đa 4.000 ký tự'), 'Mô tả').default(''),
  /** The unit that owns the template (the coordinator's unit). */
  ownerUnitId: id('Đơn vị quản lý đề cương'),
  sections: labelled(
    z.array(TemplateSectionInput).min(1, 'Đề cương phải có ít nhất một mục').max(50, 'Tối đa 50 mục'),
    'Mục',
  ),
  indicators: labelled(z.array(TemplateIndicatorInput).max(500, 'Tối đa 500 chỉ tiêu'), 'Chỉ tiêu').default(
    [],
  ),
  rules: labelled(z.array(TemplateRuleInput).max(500, 'Tối đa 500 quy tắc'), 'Quy tắc kiểm tra').default([]),
});
export type CreateTemplate = z.infer<typeof CreateTemplate>;
export const UpdateTemplate = CreateTemplate.omit({ code: true, ownerUnitId: true });
export type UpdateTemplate = z.infer<typeof UpdateTemplate>;

export interface TemplateIndicator {
  id: number;
  code: string;
  sectionCode: string;
  name: string;
  unit: string;
  type: IndicatorType;
  aggregation: Aggregation;
  numerator: string | null;
  denominator: string | null;
  providerKey: string | null;
  providerLabel: string | null;
  definition: string | null;
  min: number | null;
  max: number | null;
}

export interface TemplateRule {
  code: string;
  expression: string;
  message: string;
  severity: Severity;
}

export interface TemplateSummary {
  id: number;
  code: string;
  version: number;
  name: string;
  builtin: boolean;
  frozen: boolean;
  ownerUnitId: number | null;
  ownerUnitName: string | null;
  indicatorCount: number;
  ruleCount: number;
  sectionCount: number;
  latest: boolean;
  createdAt: string;
  can: { edit: boolean };
}

export interface TemplateDetail extends TemplateSummary {
  legalBasis: string;
  description: string;
  sections: TemplateSection[];
  indicators: TemplateIndicator[];
  rules: TemplateRule[];
  versions: { id: number; version: number; frozen: boolean; createdAt: string }[];
}

export const TemplateListQuery = z.object({
  all: labelled(z.stringbool(), 'Gồm cả phiên bản cũ').optional(),
});

export interface FigureProviderView {
  key: string;
  label: string;
}
