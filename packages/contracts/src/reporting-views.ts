/**
 * The answers of the reporting routes as zod schemas: the routes serialise through them and the
 * OpenAPI document describes them. Each is checked at compile time to be exactly the TypeScript
 * interface of ./reporting/ it stands for (`Same<…>` below), so the two cannot drift apart.
 */
import { z } from 'zod';
import { TIMELINESS_CODES, VALUE_SOURCES } from '@danvan/domain';
import {
  AggregationRuleCode,
  IndicatorTypeCode,
  PeriodStatus,
  ReportLevel,
  ReportPeriodKind,
  ReportStatus,
  RuleSeverity,
  type Compilation,
  type Dashboard,
  type DrilldownRow,
  type FigureProviderView,
  type Period,
  type RemindLateUnitsResult,
  type Report,
  type ReportRef,
  type Rollup,
  type SaveResult,
  type TemplateDetail,
  type TemplateSection,
  type TemplateSummary,
} from './reporting.ts';

const int = z.number().int();
const str = z.string();
const num = z.number();
const Timeliness = z.enum(TIMELINESS_CODES);
const ValueSource = z.enum(VALUE_SOURCES);

// ── templates ──────────────────────────────────────────────────────────────────────────────────

/** A section of a template's outline with its children (recursive: a named component). */
export const TemplateSectionView: z.ZodType<TemplateSection> = z.lazy(() =>
  z.object({
    code: str,
    number: str,
    title: str,
    guidance: str,
    hasNarrative: z.boolean(),
    children: z.array(TemplateSectionView),
  }),
);

export const TemplateSummaryView = z.object({
  id: int,
  code: str,
  version: int,
  name: str,
  builtin: z.boolean(),
  frozen: z.boolean(),
  ownerUnitId: int.nullable(),
  ownerUnitName: str.nullable(),
  indicatorCount: int,
  ruleCount: int,
  sectionCount: int,
  latest: z.boolean(),
  createdAt: str,
  can: z.object({ edit: z.boolean() }),
});

export const TemplateDetailView = TemplateSummaryView.extend({
  legalBasis: str,
  description: str,
  sections: z.array(TemplateSectionView),
  indicators: z.array(
    z.object({
      id: int,
      code: str,
      sectionCode: str,
      name: str,
      unit: str,
      type: IndicatorTypeCode,
      aggregation: AggregationRuleCode,
      numerator: str.nullable(),
      denominator: str.nullable(),
      providerKey: str.nullable(),
      providerLabel: str.nullable(),
      definition: str.nullable(),
      min: num.nullable(),
      max: num.nullable(),
    }),
  ),
  rules: z.array(z.object({ code: str, expression: str, message: str, severity: RuleSeverity })),
  versions: z.array(z.object({ id: int, version: int, frozen: z.boolean(), createdAt: str })),
});

export const FigureProviderViewSchema = z.object({ key: str, label: str });

// ── periods ────────────────────────────────────────────────────────────────────────────────────

export const PeriodView = z.object({
  id: int,
  templateId: int,
  templateName: str,
  templateVersion: int,
  rootUnitId: int,
  rootUnitName: str,
  kind: ReportPeriodKind,
  kindName: str,
  year: int,
  quarter: int.nullable(),
  name: str,
  fromDate: str,
  toDate: str,
  cutoffDate: str,
  deadlines: z.array(z.object({ level: ReportLevel, deadline: str, remindDaysBefore: int })),
  requiredGroups: z.array(str),
  requiredKinds: z.array(str),
  status: PeriodStatus,
  createdAt: str,
  can: z.object({ update: z.boolean(), compile: z.boolean(), review: z.boolean(), remind: z.boolean() }),
});

export const RemindLateUnitsResultView = z.object({
  reminded: int,
  units: z.array(z.object({ id: int, name: str })),
});

export const ReportRefView = z.object({
  unitId: int,
  unitName: str,
  unitCode: str,
  unitKind: str,
  groups: z.array(str),
  reportId: int.nullable(),
  status: z.union([ReportStatus, z.literal('not_started')]),
  submittedAt: str.nullable(),
  acceptedAt: str.nullable(),
  timeliness: Timeliness,
  can: z.object({ open: z.boolean() }),
});

// ── reports ────────────────────────────────────────────────────────────────────────────────────

const RuleResultView = z.object({ code: str, message: str, severity: RuleSeverity });
const SynthesisTableView = z.object({
  title: str,
  columns: z.array(str),
  rows: z.array(z.array(z.union([str, num, z.null()]))),
});

export const ReportView = z.object({
  id: int,
  periodId: int,
  period: PeriodView,
  unitId: int,
  unitName: str,
  unitCode: str,
  level: ReportLevel,
  status: ReportStatus,
  version: int,
  narratives: z.record(str, str),
  reviewComments: z.object({ general: str.nullable(), sections: z.record(str, str) }).nullable(),
  values: z.array(
    z.object({
      indicatorId: int,
      code: str,
      value: num.nullable(),
      source: ValueSource,
      computedValue: num.nullable(),
      origin: str.nullable(),
      originLabel: str.nullable(),
      overrideReason: str.nullable(),
    }),
  ),
  template: TemplateDetailView,
  submittedAt: str.nullable(),
  acceptedAt: str.nullable(),
  computedAt: str.nullable(),
  deadline: str.nullable(),
  violations: z.array(RuleResultView),
  history: z.array(
    z.object({
      id: int,
      at: str,
      actorName: str,
      action: str,
      fromStatus: str.nullable(),
      toStatus: str.nullable(),
      comment: str.nullable(),
      sectionComments: z.record(str, str).nullable(),
    }),
  ),
  synthesis: z
    .object({
      compiledAt: str,
      includeSubmitted: z.boolean(),
      overview: z.object({ paragraphs: z.array(str), tables: z.array(SynthesisTableView) }),
      sections: z.array(
        z.object({ code: str, paragraphs: z.array(str), tables: z.array(SynthesisTableView) }),
      ),
    })
    .nullable(),
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    return: z.boolean(),
    accept: z.boolean(),
    reopen: z.boolean(),
    recompute: z.boolean(),
    attach: z.boolean(),
    compile: z.boolean(),
  }),
});

export const ReportSaveView = z.object({ report: ReportView, warnings: z.array(RuleResultView) });

// ── roll-up, dashboard, compilation ──────────────────────────────────────────────────────────

export const RollupView = z.object({
  periodId: int,
  unitId: int,
  unitName: str,
  includeSubmitted: z.boolean(),
  reportsCounted: int,
  indicators: z.array(
    z.object({
      indicatorId: int,
      code: str,
      sectionCode: str,
      name: str,
      unit: str,
      aggregation: str,
      value: num.nullable(),
      reports: int,
    }),
  ),
});

export const DrilldownRowView = z.object({
  unitId: int,
  unitName: str,
  countedUnder: str.nullable(),
  reportId: int,
  status: ReportStatus,
  value: num.nullable(),
  source: ValueSource.nullable(),
});

const RatesView = z.object({
  expected: int,
  submitted: int,
  accepted: int,
  onTime: int,
  late: int,
  missing: int,
  pending: int,
  completeness: num.nullable(),
  timeliness: num.nullable(),
});

export const DashboardView = z.object({
  period: PeriodView,
  unitId: int,
  unitName: str,
  previousPeriod: z.object({ id: int, name: str }).nullable(),
  overall: RatesView,
  byGroup: z.array(RatesView.extend({ group: str, groupName: str })),
  provinceLevel: z
    .object({
      status: z.union([ReportStatus, z.literal('not_started')]),
      timeliness: str,
      deadline: str.nullable(),
    })
    .nullable(),
  keyIndicators: z.array(
    z.object({
      code: str,
      name: str,
      unit: str,
      value: num.nullable(),
      previous: num.nullable(),
      change: num.nullable(),
      byGroup: z.array(z.object({ group: str, groupName: str, value: num.nullable() })),
    }),
  ),
  missing: z.array(z.object({ unitId: int, unitName: str, groups: z.array(str) })),
  late: z.array(z.object({ unitId: int, unitName: str, submittedAt: str, groups: z.array(str) })),
});

export const CompilationView = z.object({
  period: PeriodView,
  report: z.object({ id: int, status: ReportStatus }).nullable(),
  rollup: RollupView,
  sections: z.array(
    z.object({
      code: str,
      number: str,
      title: str,
      depth: int,
      hasNarrative: z.boolean(),
      narratives: z.array(z.object({ unitId: int, unitName: str, status: ReportStatus, text: str })),
    }),
  ),
  can: z.object({ compile: z.boolean() }),
});

// ── each schema is exactly its interface ────────────────────────────────────────────────────────

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Checks = [
  Same<z.output<typeof TemplateSummaryView>, TemplateSummary>,
  Same<z.output<typeof TemplateDetailView>, TemplateDetail>,
  Same<z.output<typeof FigureProviderViewSchema>, FigureProviderView>,
  Same<z.output<typeof PeriodView>, Period>,
  Same<z.output<typeof RemindLateUnitsResultView>, RemindLateUnitsResult>,
  Same<z.output<typeof ReportRefView>, ReportRef>,
  Same<z.output<typeof ReportView>, Report>,
  Same<z.output<typeof ReportSaveView>, SaveResult>,
  Same<z.output<typeof RollupView>, Rollup>,
  Same<z.output<typeof DrilldownRowView>, DrilldownRow>,
  Same<z.output<typeof DashboardView>, Dashboard>,
  Same<z.output<typeof CompilationView>, Compilation>,
];
/** Fails to compile when a schema above and its interface differ. */
export const REPORTING_VIEWS_MATCH: Checks = [
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
  true,
];
