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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { identity, idArray, createdAt } from './columns.ts';

/** A unit's id, never null, referencing org_units. */
export const unitRef = () =>
  integer()
    .notNull()
    .references(() => orgUnits.id);

/** Org units: a parent pointer plus a materialised path ('/1/5/12/') so a subtree is one LIKE prefix. */
export const orgUnits = pgTable(
  'org_units',
  {
    id: identity(),
    code: text().notNull(),
    adminCode: text(),
    name: text().notNull(),
    shortName: text(),
    kind: text().notNull(),
    parentId: integer(),
    path: text().notNull(),
    depth: integer().notNull(),
    validFrom: date({ mode: 'string' }).notNull(),
    validTo: date({ mode: 'string' }),
    isDemo: boolean().notNull().default(false),
    searchKey: text().generatedAlwaysAs(
      sql`lower(f_unaccent(coalesce(name, '') || ' ' || coalesce(code, '')))`,
    ),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('org_units_code_uq').on(t.code),
    index('org_units_path_idx').on(t.path.op('text_pattern_ops')),
    index('org_units_parent_idx').on(t.parentId),
    index('org_units_search_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
  ],
);

export const orgGroups = pgTable(
  'org_groups',
  {
    id: identity(),
    code: text().notNull(),
    name: text().notNull(),
  },
  (t) => [uniqueIndex('org_groups_code_uq').on(t.code)],
);

export const orgUnitGroups = pgTable(
  'org_unit_groups',
  {
    unitId: unitRef(),
    groupId: integer()
      .notNull()
      .references(() => orgGroups.id),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.groupId] }), index('org_unit_groups_group_idx').on(t.groupId)],
);

/** Names a unit has had, for "renamed" history and documents dated in the past. */
export const orgUnitNames = pgTable('org_unit_names', {
  id: identity(),
  unitId: unitRef(),
  name: text().notNull(),
  validFrom: date({ mode: 'string' }).notNull(),
  validTo: date({ mode: 'string' }),
});

/** Predecessor → successor links made by merges and splits. */
export const orgSuccessions = pgTable(
  'org_successions',
  {
    predecessorId: unitRef(),
    successorId: unitRef(),
    kind: text().notNull(),
    effectiveDate: date({ mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.predecessorId, t.successorId] }),
    index('org_successions_successor_idx').on(t.successorId),
  ],
);

export const orgEvents = pgTable(
  'org_events',
  {
    id: identity(),
    kind: text().notNull(),
    unitId: unitRef(),
    relatedUnitIds: idArray(),
    effectiveDate: date({ mode: 'string' }).notNull(),
    details: jsonb().notNull().default({}),
    decision: text(),
    createdBy: integer(),
    createdAt: createdAt(),
  },
  (t) => [index('org_events_unit_idx').on(t.unitId)],
);

/**
 * One row per statement that changed the org tree (org_units, org_groups, org_unit_groups,
 * org_successions), written by statement-level triggers (custom migration
 * drizzle/foundation/0005_org_changes_triggers.sql). The number of committed rows is the tree's
 * generation (modules/org/org.generation.ts): it only grows, so it names one committed state of the
 * tree, and what is derived from the tree may be kept in memory under it.
 */
export const orgChanges = pgTable('org_changes', {
  id: identity(),
  at: createdAt(),
});

/**
 * One row: a token drawn when the database was created, part of the tree's generation, so that two
 * databases whose trees changed as many times never share what is kept under it.
 */
export const orgTreeToken = pgTable('org_tree_token', {
  token: uuid().primaryKey().defaultRandom(),
});
