/** A model's results (with figures) and its evaluations against the recognition criteria. */
import { z } from 'zod';
import { Figure, Id, IsoDate } from '../common.ts';
import { labelled } from '../labels.ts';
import { optionalText, Points, required, version } from './shared.ts';

// ---------------------------------------------------------------------------------------------
// Outputs

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

// ---------------------------------------------------------------------------------------------
// Inputs

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
