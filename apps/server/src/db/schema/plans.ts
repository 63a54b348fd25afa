import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { identity, idArray, createdAt, timestamps } from './columns.ts';
import type { UnitKind } from '@danvan/contracts';
import { orgUnits, unitRef } from './org.ts';

/** { groups, kinds, unitIds }: which units a plan requires plans from, or a task is assigned to. */
export interface UnitSelectorJson {
  groups: string[];
  kinds: UnitKind[];
  unitIds: number[];
}
export interface PlanSectionJson {
  number: string;
  title: string;
  body: string;
}

/** Register of guiding documents (văn bản chỉ đạo) a unit keeps; shared with its subtree by default. */
export const plansGuidingDocuments = pgTable(
  'plans_guiding_documents',
  {
    id: identity(),
    unitId: unitRef(),
    numberSymbol: text().notNull(),
    issuedOn: date({ mode: 'string' }).notNull(),
    issuer: text().notNull(),
    kind: text().notNull(),
    title: text().notNull(),
    summary: text().notNull().default(''),
    sharedWithSubunits: boolean().notNull().default(true),
    isDemo: boolean().notNull().default(false),
    searchKey: text().generatedAlwaysAs(
      sql`lower(f_unaccent(coalesce(number_symbol, '') || ' ' || coalesce(title, '') || ' ' || coalesce(issuer, '') || ' ' || coalesce(summary, '')))`,
    ),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('plans_guiding_documents_unit_number_uq').on(t.unitId, t.numberSymbol, t.issuedOn),
    index('plans_guiding_documents_issued_idx').on(t.issuedOn),
    index('plans_guiding_documents_search_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
  ],
);

/** Year themes (e.g. "Năm dân vận chính quyền 2022") set by a unit for its subtree. */
export const plansThemes = pgTable(
  'plans_themes',
  {
    id: identity(),
    unitId: unitRef(),
    year: integer().notNull(),
    name: text().notNull(),
    description: text().notNull().default(''),
    contents: jsonb().$type<string[]>().notNull().default([]),
    guidingDocumentIds: idArray(),
    isDemo: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [uniqueIndex('plans_themes_unit_year_uq').on(t.unitId, t.year)],
);

/** Emulation movements and campaigns (e.g. "Dân vận khéo"). */
export const plansMovements = pgTable(
  'plans_movements',
  {
    id: identity(),
    unitId: unitRef(),
    code: text().notNull(),
    name: text().notNull(),
    kind: text().notNull(),
    description: text().notNull().default(''),
    fields: jsonb().$type<string[]>().notNull().default([]),
    requirements: jsonb().$type<string[]>().notNull().default([]),
    guidingDocumentIds: idArray(),
    active: boolean().notNull().default(true),
    isDemo: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [uniqueIndex('plans_movements_unit_code_uq').on(t.unitId, t.code)],
);

/**
 * A unit's plan (kế hoạch): draft → issued. A plan may require plans from other units by a date
 * (required units below); each such unit's own plan points back through parentPlanId.
 */
export const plans = pgTable(
  'plans',
  {
    id: identity(),
    unitId: unitRef(),
    year: integer().notNull(),
    numberSymbol: text().notNull().default(''),
    title: text().notNull(),
    issuerName: text().notNull(),
    issuerParent: text(),
    place: text().notNull().default(''),
    basis: text().notNull().default(''),
    purposes: jsonb().$type<string[]>().notNull().default([]),
    requirements: jsonb().$type<string[]>().notNull().default([]),
    sections: jsonb().$type<PlanSectionJson[]>().notNull().default([]),
    closing: text().notNull().default(''),
    recipients: jsonb().$type<string[]>().notNull().default([]),
    signerAuthority: text().notNull().default(''),
    signerPosition: text().notNull().default(''),
    signerName: text().notNull().default(''),
    status: text().notNull().default('draft'),
    issuedOn: date({ mode: 'string' }),
    issuedAt: timestamp({ withTimezone: true }),
    issuedBy: integer(),
    parentPlanId: integer().references((): AnyPgColumn => plans.id),
    themeId: integer().references(() => plansThemes.id),
    movementIds: idArray(),
    guidingDocumentIds: idArray(),
    requiredSelector: jsonb().$type<UnitSelectorJson>(),
    requiredDue: date({ mode: 'string' }),
    isDemo: boolean().notNull().default(false),
    searchKey: text().generatedAlwaysAs(
      sql`lower(f_unaccent(coalesce(number_symbol, '') || ' ' || coalesce(title, '')))`,
    ),
    ...timestamps(),
  },
  (t) => [
    index('plans_unit_year_idx').on(t.unitId, t.year),
    index('plans_parent_idx').on(t.parentPlanId, t.unitId),
    // one issued plan per unit answers a parent plan
    uniqueIndex('plans_issued_child_uq')
      .on(t.parentPlanId, t.unitId)
      .where(sql`status = 'issued' and parent_plan_id is not null`),
    uniqueIndex('plans_issued_number_uq')
      .on(t.unitId, t.year, t.numberSymbol)
      .where(sql`status = 'issued' and number_symbol <> ''`),
    index('plans_search_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
  ],
);

/** The units a plan requires a linked plan from (resolved from the selector when saved and issued). */
export const plansRequiredUnits = pgTable(
  'plans_required_units',
  {
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    unitId: unitRef(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.unitId] }), index('plans_required_units_unit_idx').on(t.unitId)],
);

/** A task (nhiệm vụ) of a plan, assigned to many units at once. */
export const plansTasks = pgTable(
  'plans_tasks',
  {
    id: identity(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    /** The plan's unit (the assigning unit), kept here so scope checks need no join. */
    unitId: unitRef(),
    code: text().notNull().default(''),
    sectionNumber: text().notNull().default(''),
    title: text().notNull(),
    description: text().notNull().default(''),
    leadUnitId: integer().references(() => orgUnits.id),
    coordinatingUnitIds: idArray(),
    assignSelector: jsonb().$type<UnitSelectorJson>().notNull(),
    recurrence: text().notNull().default('none'),
    dueDate: date({ mode: 'string' }),
    expectedProduct: text().notNull().default(''),
    guidingDocumentIds: idArray(),
    /** draft (plan not issued yet) → assigned → cancelled */
    status: text().notNull().default('draft'),
    sortOrder: integer().notNull().default(0),
    isDemo: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [index('plans_tasks_plan_idx').on(t.planId, t.sortOrder)],
);

/**
 * One row per assignee unit per occurrence of a task: its own status, progress and note; evidence
 * files hang on it (entity 'task_assignment').
 */
export const plansTaskAssignments = pgTable(
  'plans_task_assignments',
  {
    id: identity(),
    taskId: integer()
      .notNull()
      .references(() => plansTasks.id, { onDelete: 'cascade' }),
    unitId: unitRef(),
    periodDue: date({ mode: 'string' }).notNull(),
    status: text().notNull().default('not_started'),
    progress: integer().notNull().default(0),
    note: text().notNull().default(''),
    completedOn: date({ mode: 'string' }),
    updatedBy: integer(),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    // the matrix: (task, unit) cells; also the uniqueness of an occurrence
    uniqueIndex('plans_task_assignments_task_unit_due_uq').on(t.taskId, t.unitId, t.periodDue),
    // "my tasks": a unit's assignments by due date
    index('plans_task_assignments_unit_due_idx').on(t.unitId, t.periodDue),
    // reminder sweeps: open assignments by due date
    index('plans_task_assignments_open_due_idx')
      .on(t.periodDue)
      .where(sql`status in ('not_started', 'in_progress')`),
  ],
);

/** Phân công lãnh đạo phụ trách công tác dân vận chính quyền (bằng văn bản), seed 003 item 2. */
export const plansLeaders = pgTable(
  'plans_leaders',
  {
    id: identity(),
    unitId: unitRef(),
    leaderName: text().notNull(),
    position: text().notNull(),
    fromDate: date({ mode: 'string' }).notNull(),
    toDate: date({ mode: 'string' }),
    decisionNumber: text().notNull(),
    decisionDate: date({ mode: 'string' }).notNull(),
    decisionIssuer: text().notNull().default(''),
    note: text().notNull().default(''),
    isDemo: boolean().notNull().default(false),
    searchKey: text().generatedAlwaysAs(
      sql`lower(f_unaccent(coalesce(leader_name, '') || ' ' || coalesce(position, '') || ' ' || coalesce(decision_number, '')))`,
    ),
    ...timestamps(),
  },
  (t) => [index('plans_leaders_unit_idx').on(t.unitId, t.fromDate)],
);

/**
 * Counts of assignments per task, due date and status, kept by statement-level triggers on
 * plans_task_assignments (drizzle/plans custom migration): the per-task totals of a plan's matrix
 * read a few hundred rows instead of every assignment.
 */
export const plansTaskStats = pgTable(
  'plans_task_stats',
  {
    taskId: integer().notNull(),
    periodDue: date({ mode: 'string' }).notNull(),
    status: text().notNull(),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.periodDue, t.status] })],
);

/** The units holding assignments of a plan, with how many (same triggers): the rows of the matrix. */
export const plansAssignees = pgTable(
  'plans_assignees',
  {
    planId: integer().notNull(),
    unitId: integer().notNull(),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.unitId] }), index('plans_assignees_unit_idx').on(t.unitId)],
);
