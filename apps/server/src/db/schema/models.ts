import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, identity, timestamps } from './columns.ts';
import { unitRef } from './org.ts';

/**
 * "Dân vận khéo" models (DOMAIN.md D.1): a unit's model with its registration content, its state
 * (packages/domain models: registered → running → evaluated → recognised → replicated, or stopped)
 * and, once recognised, the level and decision. `version` grows with every change (row-version
 * condition on every write).
 */
export const models = pgTable(
  'models',
  {
    id: identity(),
    unitId: unitRef(),
    name: text().notNull(),
    field: text().notNull(),
    subject: text().notNull().default('collective'),
    /** For an individual's model: the person (personal data, never shown on the public showcase). */
    personName: text().notNull().default(''),
    /** ModelRegistration: situation, goals, contentMethod, areaBeneficiaries, forces, resources, timeline, verifiableResults. */
    registration: jsonb()
      .notNull()
      .default(sql`'{}'::jsonb`),
    registeredOn: date({ mode: 'string' }).notNull(),
    startOn: date({ mode: 'string' }),
    endOn: date({ mode: 'string' }),
    state: text().notNull().default('registered'),
    startedOn: date({ mode: 'string' }),
    recognisedLevel: text(),
    recognisedOn: date({ mode: 'string' }),
    recognitionDecision: text().notNull().default(''),
    replicatedOn: date({ mode: 'string' }),
    replicationNote: text().notNull().default(''),
    stoppedOn: date({ mode: 'string' }),
    stopReason: text().notNull().default(''),
    /** A short public summary for the portal's showcase (no personal data). */
    publicSummary: text().notNull().default(''),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
    updatedBy: integer(),
    searchKey: text().generatedAlwaysAs(
      sql`lower(f_unaccent(coalesce(name, '') || ' ' || coalesce(public_summary, '')))`,
    ),
    ...timestamps(),
  },
  (t) => [
    index('models_unit_idx').on(t.unitId, t.registeredOn),
    index('models_state_idx').on(t.state),
    index('models_recognised_idx').on(t.recognisedOn),
    index('models_search_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
  ],
);

/** Results recorded while a model runs: what was done, with figures ({label, value, unit}[]). */
export const modelsResults = pgTable(
  'models_results',
  {
    id: identity(),
    modelId: integer()
      .notNull()
      .references(() => models.id, { onDelete: 'cascade' }),
    reportedOn: date({ mode: 'string' }).notNull(),
    content: text().notNull(),
    figures: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    ...timestamps(),
  },
  (t) => [index('models_results_model_idx').on(t.modelId, t.reportedOn)],
);

/**
 * The recognition criteria as versioned data (like the legal time limits): a criterion an evaluation
 * has used (`used_at`) is never changed in place; a new maximum makes a new version and the old one
 * is retired. Seeded once with its basis (models_seeds).
 */
export const modelsCriteria = pgTable(
  'models_criteria',
  {
    id: identity(),
    code: text().notNull(),
    version: integer().notNull().default(1),
    name: text().notNull(),
    guidance: text().notNull().default(''),
    maxPoints: numeric({ precision: 6, scale: 2, mode: 'number' }).notNull(),
    sortOrder: integer().notNull().default(0),
    basis: text().notNull().default(''),
    needsCheck: boolean().notNull().default(false),
    usedAt: timestamp({ withTimezone: true }),
    previousVersionId: integer(),
    retiredAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [uniqueIndex('models_criteria_code_version_uq').on(t.code, t.version)],
);

/** An evaluation of a model: a score per criterion (with the criterion as it was), total and conclusion. */
export const modelsEvaluations = pgTable(
  'models_evaluations',
  {
    id: identity(),
    modelId: integer()
      .notNull()
      .references(() => models.id, { onDelete: 'cascade' }),
    evaluatedOn: date({ mode: 'string' }).notNull(),
    /** {criterionId, code, name, maxPoints, points, comment}[] */
    scores: jsonb().notNull(),
    total: numeric({ precision: 8, scale: 2, mode: 'number' }).notNull(),
    maxTotal: numeric({ precision: 8, scale: 2, mode: 'number' }).notNull(),
    passPercent: integer().notNull(),
    passed: boolean().notNull(),
    conclusion: text().notNull().default(''),
    evaluatorName: text().notNull().default(''),
    ...timestamps(),
  },
  (t) => [index('models_evaluations_model_idx').on(t.modelId, t.evaluatedOn)],
);

/** The values of the rules (the one-to-two minimum of seed 003, the pass mark), with their basis. */
export const modelsSettings = pgTable('models_settings', {
  id: identity(),
  key: text().notNull().unique(),
  name: text().notNull(),
  value: integer().notNull(),
  minValue: integer().notNull().default(0),
  maxValue: integer().notNull().default(100),
  basis: text().notNull().default(''),
  needsCheck: boolean().notNull().default(false),
  version: integer().notNull().default(1),
  updatedAt: createdAt(),
});

/**
 * Commendations (biểu dương, khen thưởng) of collectives and individuals for dân vận work. The row
 * belongs to `unit_id` (the unit of the commended collective or person); the decision is the issuer's.
 */
export const modelsCommendations = pgTable(
  'models_commendations',
  {
    id: identity(),
    unitId: unitRef(),
    recipientKind: text().notNull(),
    recipientName: text().notNull(),
    achievement: text().notNull().default(''),
    level: text().notNull(),
    form: text().notNull(),
    decisionNumber: text().notNull(),
    decisionDate: date({ mode: 'string' }).notNull(),
    issuerName: text().notNull(),
    signerName: text().notNull(),
    signerPosition: text().notNull().default(''),
    modelId: integer().references(() => models.id, { onDelete: 'set null' }),
    /** A later link to another record (a scoring result): its kind and id. */
    linkKind: text(),
    linkId: integer(),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
    updatedBy: integer(),
    ...timestamps(),
  },
  (t) => [
    index('models_commendations_unit_idx').on(t.unitId, t.decisionDate),
    index('models_commendations_model_idx').on(t.modelId),
  ],
);

/** Which seeds were copied in (once: the coordinator's later edits are never undone). */
export const modelsSeeds = pgTable('models_seeds', {
  name: text().primaryKey(),
  at: createdAt(),
});
