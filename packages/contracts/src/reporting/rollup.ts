import { z } from 'zod';
import { Key } from '../common.ts';
import { labelled } from '../labels.ts';
import type { Period } from './period.ts';
import { id, type ReportStatus, type ValueSource } from './vocabulary.ts';

/** The roll-up of a subtree, its drill-down, the period dashboard and the province's compilation. */

export const RollupQuery = z.object({
  unitId: id('Đơn vị').optional(),
  includeSubmitted: labelled(z.stringbool(), 'Gồm cả báo cáo đã gửi chưa tiếp nhận').optional(),
});

export const DrilldownQuery = RollupQuery.extend({
  indicator: Key(60, 'Mã chỉ tiêu'),
});

export interface RollupIndicator {
  indicatorId: number;
  code: string;
  sectionCode: string;
  name: string;
  unit: string;
  aggregation: string;
  value: number | null;
  /** Reports that had a value for this indicator. */
  reports: number;
}

export interface Rollup {
  periodId: number;
  unitId: number;
  unitName: string;
  includeSubmitted: boolean;
  reportsCounted: number;
  indicators: RollupIndicator[];
}

export interface DrilldownRow {
  unitId: number;
  unitName: string;
  /** The unit whose subtree the report counts under (its successor after a merge). */
  countedUnder: string | null;
  reportId: number;
  status: ReportStatus;
  value: number | null;
  source: ValueSource | null;
}

export interface RatesView {
  expected: number;
  submitted: number;
  accepted: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  completeness: number | null;
  timeliness: number | null;
}

export interface Dashboard {
  period: Period;
  unitId: number;
  unitName: string;
  previousPeriod: { id: number; name: string } | null;
  overall: RatesView;
  byGroup: (RatesView & { group: string; groupName: string })[];
  provinceLevel: { status: ReportStatus | 'not_started'; timeliness: string; deadline: string | null } | null;
  keyIndicators: {
    code: string;
    name: string;
    unit: string;
    value: number | null;
    previous: number | null;
    change: number | null;
    byGroup: { group: string; groupName: string; value: number | null }[];
  }[];
  missing: { unitId: number; unitName: string; groups: string[] }[];
  late: { unitId: number; unitName: string; submittedAt: string; groups: string[] }[];
}

export interface CompilationSection {
  code: string;
  number: string;
  title: string;
  depth: number;
  hasNarrative: boolean;
  /** The units' own texts of the section: source excerpts the officer picks from in the editor. */
  narratives: { unitId: number; unitName: string; status: ReportStatus; text: string }[];
}

export interface Compilation {
  period: Period;
  report: { id: number; status: ReportStatus } | null;
  rollup: Rollup;
  sections: CompilationSection[];
  /** Whether the actor may compile the province's report now (period open, report not sent). */
  can: { compile: boolean };
}

export const CompileReport = z.object({
  includeSubmitted: labelled(z.boolean(), 'Gồm cả báo cáo đã gửi chưa tiếp nhận').default(false),
  /** Replace narratives already written in the province report with the generated ones. */
  overwriteNarratives: labelled(z.boolean(), 'Ghi đè nội dung đã viết').default(false),
});
