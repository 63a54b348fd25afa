import { z } from 'zod';
import { BodyInt, Figure, INT4_MAX, Key } from '../common.ts';
import { labelled } from '../labels.ts';
import type { Period } from './period.ts';
import type { TemplateDetail } from './template.ts';
import type { ReportSynthesis } from './synthesis.ts';
import {
  sectionKey,
  text,
  type ReportLevel,
  type ReportStatus,
  type RuleSeverity,
  type ValueSource,
} from './vocabulary.ts';

/** A unit's (or the province's) report: narratives, values and their sources, checks, workflow. */

export interface ReportValue {
  indicatorId: number;
  code: string;
  value: number | null;
  source: ValueSource;
  computedValue: number | null;
  origin: string | null;
  originLabel: string | null;
  overrideReason: string | null;
}

export interface RuleResult {
  code: string;
  message: string;
  severity: RuleSeverity;
}

export interface ReportEvent {
  id: number;
  at: string;
  actorName: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  comment: string | null;
  sectionComments: Record<string, string> | null;
}

export interface Report {
  id: number;
  periodId: number;
  period: Period;
  unitId: number;
  unitName: string;
  unitCode: string;
  level: ReportLevel;
  status: ReportStatus;
  version: number;
  narratives: Record<string, string>;
  reviewComments: { general: string | null; sections: Record<string, string> } | null;
  values: ReportValue[];
  template: TemplateDetail;
  submittedAt: string | null;
  acceptedAt: string | null;
  computedAt: string | null;
  deadline: string | null;
  /** Rules violated by the current figures (warnings and errors). */
  violations: RuleResult[];
  history: ReportEvent[];
  /** The province's report: what the last compilation generated (null for a unit's report). */
  synthesis: ReportSynthesis | null;
  can: {
    edit: boolean;
    submit: boolean;
    return: boolean;
    accept: boolean;
    reopen: boolean;
    recompute: boolean;
    attach: boolean;
    /** The province's report only: compile it (again) from the units' reports now. */
    compile: boolean;
  };
}

export const ReportValueInput = z.object({
  code: Key(60, 'Mã chỉ tiêu'),
  value: labelled(Figure, 'Giá trị').nullable(),
  /** Required when the value differs from the figure the system computed. */
  overrideReason: text(2000, 'Lý do điều chỉnh').optional(),
});

export const SaveReport = z
  .object({
    narratives: labelled(
      z.record(sectionKey, labelled(z.string().max(100_000, 'Tối đa 100.000 ký tự'), 'Nội dung mục {key}')),
      'Nội dung các mục',
    ).optional(),
    values: labelled(z.array(ReportValueInput).max(1000, 'Tối đa 1.000 chỉ tiêu'), 'Số liệu').optional(),
    /** The version the user edited; a stale one is refused (409). */
    expectedVersion: BodyInt(0, INT4_MAX, 'Phiên bản').optional(),
  })
  .refine((v) => v.narratives !== undefined || v.values !== undefined, {
    message: 'Không có nội dung nào để lưu: hãy gửi nội dung các mục hoặc số liệu.',
  });
export type SaveReport = z.infer<typeof SaveReport>;

export const SubmitReport = z.object({
  comment: text(2000, 'Ý kiến').optional(),
  expectedVersion: BodyInt(0, INT4_MAX, 'Phiên bản').optional(),
});
export const ReturnReport = z
  .object({
    comment: text(4000, 'Ý kiến chung').default(''),
    sectionComments: labelled(
      z.record(sectionKey, labelled(z.string().trim().max(4000, 'Tối đa 4.000 ký tự'), 'Ý kiến mục {key}')),
      'Ý kiến theo mục',
    ).default({}),
  })
  .refine((v) => v.comment !== '' || Object.values(v.sectionComments).some((c) => c !== ''), {
    message: 'Phải nêu ý kiến chung hoặc ý kiến cho ít nhất một mục khi trả lại báo cáo',
    path: ['comment'],
  });
export const AcceptReport = z.object({ comment: text(2000, 'Ý kiến').optional() });
export const ReopenReport = z.object({
  reason: labelled(
    z
      .string()
      .trim()
      .min(5, 'Phải nêu lý do mở lại báo cáo (ít nhất 5 ký tự)')
      .max(2000, 'Tối đa 2.000 ký tự'),
    'Lý do mở lại',
  ),
});

export interface SaveResult {
  report: Report;
  /** Rules violated on save: shown as warnings, the save is kept. */
  warnings: RuleResult[];
}
