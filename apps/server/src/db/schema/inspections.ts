import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { identity, timestamps } from './columns.ts';
import { unitRef } from './org.ts';

/**
 * The year's plan of public duty inspections of a body (`unit_id`: Thanh tra, Sở Nội vụ, the head
 * of a unit), with its items: the units to inspect and the planned month (DOMAIN.md G.2).
 */
export const inspectionsPlans = pgTable(
  'inspections_plans',
  {
    id: identity(),
    unitId: unitRef(),
    year: integer().notNull(),
    title: text().notNull(),
    decisionNumber: text().notNull().default(''),
    approvedOn: date({ mode: 'string' }),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
    updatedBy: integer(),
    ...timestamps(),
  },
  (t) => [index('inspections_plans_unit_idx').on(t.unitId, t.year)],
);

export const inspectionsPlanItems = pgTable(
  'inspections_plan_items',
  {
    id: identity(),
    planId: integer()
      .notNull()
      .references(() => inspectionsPlans.id, { onDelete: 'cascade' }),
    unitId: unitRef(),
    month: integer().notNull(),
    kind: text().notNull().default('check'),
    content: text().notNull().default(''),
  },
  (t) => [index('inspections_plan_items_plan_idx').on(t.planId)],
);

/**
 * One inspection of public duty: of `unit_id` (the unit inspected: its scope and its report
 * figures), by `conductor_unit_id`. `version` grows with every change of it, of its violations and
 * recommendations' list (row-version condition on every write).
 */
export const inspections = pgTable(
  'inspections',
  {
    id: identity(),
    unitId: unitRef(),
    conductorUnitId: unitRef(),
    /** At most one inspection carries out a planned item. */
    planItemId: integer().references(() => inspectionsPlanItems.id, { onDelete: 'set null' }),
    kind: text().notNull().default('check'),
    mode: text().notNull().default('planned'),
    title: text().notNull(),
    decisionNumber: text().notNull().default(''),
    startOn: date({ mode: 'string' }).notNull(),
    endOn: date({ mode: 'string' }),
    /** {name, role}[] */
    team: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    scope: text().notNull().default(''),
    findings: text().notNull().default(''),
    state: text().notNull().default('ongoing'),
    conclusionNumber: text().notNull().default(''),
    conclusionDate: date({ mode: 'string' }),
    conclusionText: text().notNull().default(''),
    signerName: text().notNull().default(''),
    signerPosition: text().notNull().default(''),
    isPublic: boolean().notNull().default(false),
    publicSummary: text().notNull().default(''),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
    updatedBy: integer(),
    searchKey: text().generatedAlwaysAs(
      sql`lower(f_unaccent(coalesce(title, '') || ' ' || coalesce(decision_number, '') || ' ' || coalesce(conclusion_number, '')))`,
    ),
    ...timestamps(),
  },
  (t) => [
    index('inspections_unit_idx').on(t.unitId, t.startOn),
    index('inspections_conductor_idx').on(t.conductorUnitId),
    uniqueIndex('inspections_plan_item_uq')
      .on(t.planItemId)
      .where(sql`plan_item_id IS NOT NULL`),
    index('inspections_search_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
  ],
);

/**
 * A violation of conduct found by an inspection. The person's name, position and unit are personal
 * data: read only by holders of inspections:persons, never in others' exports, never in the audit.
 */
export const inspectionsViolations = pgTable(
  'inspections_violations',
  {
    id: identity(),
    inspectionId: integer()
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    personName: text().notNull(),
    personPosition: text().notNull().default(''),
    personUnit: text().notNull().default(''),
    rule: text().notNull(),
    description: text().notNull(),
    sanction: text().notNull().default('pending'),
    sanctionDecision: text().notNull().default(''),
    sanctionOn: date({ mode: 'string' }),
    version: integer().notNull().default(1),
    updatedBy: integer(),
    ...timestamps(),
  },
  (t) => [index('inspections_violations_inspection_idx').on(t.inspectionId)],
);

/** A recommendation of the conclusion, tracked to completion (state, due date, evidence). */
export const inspectionsRecommendations = pgTable(
  'inspections_recommendations',
  {
    id: identity(),
    inspectionId: integer()
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    content: text().notNull(),
    responsibleUnitId: unitRef(),
    dueOn: date({ mode: 'string' }),
    state: text().notNull().default('open'),
    doneOn: date({ mode: 'string' }),
    evidence: text().notNull().default(''),
    version: integer().notNull().default(1),
    updatedBy: integer(),
    ...timestamps(),
  },
  (t) => [index('inspections_recommendations_inspection_idx').on(t.inspectionId)],
);
