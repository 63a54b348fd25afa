import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orgUnits } from './org.ts';

/**
 * Report templates (đề cương báo cáo) as data: the outline (sections), indicators and validation rules
 * of one version. A template used by a period is frozen; editing it makes a new version (same code).
 */
export const reportingTemplates = pgTable(
  'reporting_templates',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    version: integer().notNull().default(1),
    name: text().notNull(),
    legalBasis: text().notNull().default(''),
    description: text().notNull().default(''),
    /** SectionDef[] (the outline tree). */
    sections: jsonb().notNull(),
    /** ValidationRuleDef[]. */
    rules: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    builtin: boolean().notNull().default(false),
    /** Set when a period first uses this version; frozen versions are never changed. */
    frozenAt: timestamp({ withTimezone: true }),
    /** The unit that owns a coordinator's own template; null for the built-in ones. */
    ownerUnitId: integer().references(() => orgUnits.id),
    previousVersionId: integer(),
    createdBy: integer(),
    isDemo: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reporting_templates_code_version_uq').on(t.code, t.version)],
);

/** One indicator of one template version; values refer to it by id. */
export const reportingIndicators = pgTable(
  'reporting_indicators',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    templateId: integer()
      .notNull()
      .references(() => reportingTemplates.id),
    position: integer().notNull(),
    code: text().notNull(),
    sectionCode: text().notNull(),
    name: text().notNull(),
    unit: text().notNull(),
    type: text().notNull(),
    aggregation: text().notNull(),
    numeratorCode: text(),
    denominatorCode: text(),
    providerKey: text(),
    definition: text(),
    min: numeric({ mode: 'number' }),
    max: numeric({ mode: 'number' }),
  },
  (t) => [uniqueIndex('reporting_indicators_template_code_uq').on(t.templateId, t.code)],
);

/**
 * A report period: kind, year, date range, data cut-off, the unit that issues it (its root) and which
 * units must report (by group or kind, within the root's subtree). Deadlines per level are rows.
 */
export const reportingPeriods = pgTable(
  'reporting_periods',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    templateId: integer()
      .notNull()
      .references(() => reportingTemplates.id),
    rootUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    kind: text().notNull(),
    year: integer().notNull(),
    quarter: integer(),
    name: text().notNull(),
    fromDate: date({ mode: 'string' }).notNull(),
    toDate: date({ mode: 'string' }).notNull(),
    /** Ngày chốt số liệu: figures are computed from fromDate to this date. */
    cutoffDate: date({ mode: 'string' }).notNull(),
    requiredGroups: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    requiredKinds: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: text().notNull().default('open'),
    createdBy: integer(),
    isDemo: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reporting_periods_root_idx').on(t.rootUnitId)],
);

/** Deadline of one level of a period: 'unit' (units to the province) or 'province' (to the ministry). */
export const reportingDeadlines = pgTable(
  'reporting_deadlines',
  {
    periodId: integer()
      .notNull()
      .references(() => reportingPeriods.id),
    level: text().notNull(),
    deadline: date({ mode: 'string' }).notNull(),
    /** Reminders start this many days before the deadline. */
    remindDaysBefore: integer().notNull().default(5),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.level] })],
);

/**
 * One unit's report for one period. level 'unit' for a reporting unit's own report, 'province' for the
 * report the period's root compiles for the level above. Status: draft → submitted → returned →
 * submitted → accepted (locked); reopened goes back to returned.
 */
export const reportingReports = pgTable(
  'reporting_reports',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    periodId: integer()
      .notNull()
      .references(() => reportingPeriods.id),
    unitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    level: text().notNull().default('unit'),
    status: text().notNull().default('draft'),
    /** Optimistic concurrency: increases on every change. */
    version: integer().notNull().default(1),
    /** { sectionCode: text } */
    narratives: jsonb()
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** The reviewer's latest comments: { general, sections: { sectionCode: text } }. */
    reviewComments: jsonb(),
    submittedAt: timestamp({ withTimezone: true }),
    firstSubmittedAt: timestamp({ withTimezone: true }),
    submittedBy: integer(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedBy: integer(),
    computedAt: timestamp({ withTimezone: true }),
    /** The province's report: what its last compilation generated (ReportSynthesis); null otherwise. */
    synthesis: jsonb(),
    createdBy: integer(),
    isDemo: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reporting_reports_period_unit_level_uq').on(t.periodId, t.unitId, t.level),
    index('reporting_reports_period_status_idx').on(t.periodId, t.level, t.status),
    index('reporting_reports_unit_idx').on(t.unitId),
  ],
);

/**
 * Indicator values, stored narrowly. source: 'entered' (typed by the unit), 'computed' (from the
 * figures registry, a ratio, or the roll-up), 'override' (the unit changed a computed figure, with a
 * reason; computedValue keeps what the system had).
 */
export const reportingValues = pgTable(
  'reporting_values',
  {
    reportId: integer()
      .notNull()
      .references(() => reportingReports.id),
    indicatorId: integer()
      .notNull()
      .references(() => reportingIndicators.id),
    value: numeric({ mode: 'number' }),
    source: text().notNull(),
    computedValue: numeric({ mode: 'number' }),
    /** Where a computed figure came from: a provider key, 'ratio' or 'rollup'. */
    origin: text(),
    overrideReason: text(),
    updatedBy: integer(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.indicatorId] }),
    // covering: a roll-up reads a report's values from the index alone (an index-only scan), however
    // its rows lie in the table (a report's values are written, and rewritten, at different times)
    index('reporting_values_report_value_idx').on(t.reportId, t.indicatorId, t.value),
  ],
);

/** The full history of a report: every save, submission, return, acceptance and reopening. */
export const reportingEvents = pgTable(
  'reporting_events',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer()
      .notNull()
      .references(() => reportingReports.id),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: integer(),
    actorName: text().notNull(),
    action: text().notNull(),
    fromStatus: text(),
    toStatus: text(),
    comment: text(),
    /** { sectionCode: comment } for a return. */
    sectionComments: jsonb(),
  },
  (t) => [index('reporting_events_report_idx').on(t.reportId, t.at)],
);

/**
 * Partial roll-ups: the aggregates of one part of a large subtree (a child of the subtree's unit, or
 * the unit itself as part -id), for one period and one set of counted statuses, kept so that a
 * national roll-up adds up a few dozen parts instead of scanning every value of the nation. A part is
 * valid while its fingerprint matches the one computed from the live reports (ids, versions, statuses,
 * submission times, the slices of their units, the template's version): rollup.partials.ts.
 */
export const reportingRollupParts = pgTable(
  'reporting_rollup_parts',
  {
    periodId: integer()
      .notNull()
      .references(() => reportingPeriods.id, { onDelete: 'cascade' }),
    /** A unit id (that unit's subtree), or minus a unit id (that unit alone, with units merged into it). */
    partId: integer().notNull(),
    /** The counted statuses, sorted and joined by commas. */
    statuses: text().notNull(),
    fingerprint: text().notNull(),
    /** { slice: number of counted reports } */
    reports: jsonb().notNull(),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.partId, t.statuses] })],
);

/**
 * The aggregates of one part per slice ('' the whole part, 'g:<group>', 'k:<kind>'): one row per
 * slice, the indicators' figures as arrays in the order of `indicatorIds` (a part is written as a
 * handful of rows, not one per indicator: 1,000 rows and their key checks cost more than the
 * aggregation they store).
 */
export const reportingRollupPartials = pgTable(
  'reporting_rollup_partials',
  {
    periodId: integer().notNull(),
    partId: integer().notNull(),
    statuses: text().notNull(),
    slice: text().notNull(),
    indicatorIds: integer().array().notNull(),
    /** Per indicator: the number of values, their sum, least and greatest. */
    n: integer().array().notNull(),
    s: numeric({ mode: 'string' }).array().notNull(),
    mn: numeric({ mode: 'string' }).array().notNull(),
    mx: numeric({ mode: 'string' }).array().notNull(),
    /** Per 'last' indicator (null otherwise): the greatest [submitted_at epoch, report id, value] of the part. */
    lastAt: numeric({ mode: 'string' }).array().notNull(),
    lastReport: numeric({ mode: 'string' }).array().notNull(),
    lastValue: numeric({ mode: 'string' }).array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.periodId, t.partId, t.statuses, t.slice] }),
    foreignKey({
      name: 'reporting_rollup_partials_part_fk',
      columns: [t.periodId, t.partId, t.statuses],
      foreignColumns: [
        reportingRollupParts.periodId,
        reportingRollupParts.partId,
        reportingRollupParts.statuses,
      ],
    }).onDelete('cascade'),
  ],
);
