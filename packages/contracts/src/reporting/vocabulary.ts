import { z } from 'zod';
import {
  AGGREGATION_RULES,
  INDICATOR_CODE_PATTERN,
  INDICATOR_TYPES,
  PERIOD_STATUSES,
  REPORT_LEVELS,
  REPORT_PERIOD_KINDS,
  REPORT_STATUSES,
  RULE_SEVERITIES,
  SECTION_CODE_PATTERN,
  TEMPLATE_CODE_PATTERN,
  TIMELINESS_CODES,
  VALUE_SOURCES,
} from '@danvan/domain';
import { Id, IsoDate } from '../common.ts';
import { formatCount, labelled } from '../labels.ts';

/**
 * The vocabulary of periodic reporting (báo cáo định kỳ): every enum is built from the domain's
 * constants (packages/domain/src/reporting/vocabulary.ts, aggregation/aggregate.ts, periods/periods.ts),
 * never listed again here.
 */

export { REPORT_LEVELS, REPORT_STATUSES, VALUE_SOURCES };
/** The report period kinds (the domain's REPORT_PERIOD_KINDS). */
export const REPORT_PERIOD_KIND_CODES = REPORT_PERIOD_KINDS;
export const ReportPeriodKind = z.enum(REPORT_PERIOD_KINDS);
export type ReportPeriodKind = z.infer<typeof ReportPeriodKind>;

export const ReportStatus = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof ReportStatus>;

/** 'unit': a reporting unit's report to the province; 'province': the province's report to the ministry. */
export const ReportLevel = z.enum(REPORT_LEVELS);
export type ReportLevel = z.infer<typeof ReportLevel>;

export type ValueSource = (typeof VALUE_SOURCES)[number];

export const AggregationRuleCode = z.enum(AGGREGATION_RULES);
export type AggregationRuleCode = z.infer<typeof AggregationRuleCode>;
export const IndicatorTypeCode = z.enum(INDICATOR_TYPES);
export type IndicatorTypeCode = z.infer<typeof IndicatorTypeCode>;
export const RuleSeverity = z.enum(RULE_SEVERITIES);
export type RuleSeverity = z.infer<typeof RuleSeverity>;
export const PeriodStatus = z.enum(PERIOD_STATUSES);
export type PeriodStatus = z.infer<typeof PeriodStatus>;
export type Timeliness = (typeof TIMELINESS_CODES)[number];

export const codeRe = INDICATOR_CODE_PATTERN;
export const sectionCodeRe = SECTION_CODE_PATTERN;
export const templateCodeRe = TEMPLATE_CODE_PATTERN;

/** The message when a period's data cut-off falls after its end (contract and server say the same). */
export const CUTOFF_AFTER_END = 'Ngày chốt số liệu không được sau ngày kết thúc kỳ báo cáo';

/** A section code used as a key (narratives, section comments). */
export const sectionKey = z.string().min(1, 'Mã mục không được để trống').max(30, 'Mã mục: tối đa 30 ký tự');
/** Free text of at most `max` characters, labelled. */
export const text = (max: number, label: string) =>
  labelled(
    z
      .string()
      .trim()
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
export const date = (label: string) => labelled(IsoDate, label);
export const id = (label: string) => labelled(Id, label);
