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
import { createdAt, identity, idArray, timestamps } from './columns.ts';
import { unitRef } from './org.ts';

const points = () => numeric({ precision: 8, scale: 2, mode: 'number' });

/**
 * Classification band schemes (DOMAIN.md C.1): the bands with their bounds (inclusive or exclusive),
 * which bands a disqualifying fact blocks, and the cap on the top band, with the legal basis and the
 * dates it applies. Reference data, seeded (packages/domain scoring BAND_SCHEME_SEEDS).
 */
export const scoringBandSchemes = pgTable(
  'scoring_band_schemes',
  {
    id: identity(),
    code: text().notNull(),
    name: text().notNull(),
    /** domain Band[] (highest first). */
    bands: jsonb().notNull(),
    /** domain BandCap, or null. */
    cap: jsonb(),
    basis: text().notNull().default(''),
    needsCheck: boolean().notNull().default(false),
    effectiveFrom: date({ mode: 'string' }).notNull(),
    effectiveTo: date({ mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('scoring_band_schemes_code_uq').on(t.code)],
);

/**
 * Criteria sets per year (DOMAIN.md C.1): the tree of groups and criteria as one JSON document
 * (domain CriteriaContent). A set is frozen once a self-assessment used it (`used_at`); an edit then
 * makes a new row (`set_version` + 1, `previous_version_id`) and the old one becomes 'superseded'.
 */
export const scoringSets = pgTable(
  'scoring_sets',
  {
    id: identity(),
    unitId: unitRef(),
    year: integer().notNull(),
    name: text().notNull(),
    state: text().notNull().default('draft'),
    setVersion: integer().notNull().default(1),
    previousVersionId: integer(),
    bandSchemeId: integer()
      .notNull()
      .references(() => scoringBandSchemes.id),
    basis: text().notNull().default(''),
    needsCheck: boolean().notNull().default(false),
    content: jsonb().notNull(),
    maxTotal: points().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
    updatedBy: integer(),
    ...timestamps(),
  },
  (t) => [index('scoring_sets_unit_idx').on(t.unitId, t.year)],
);

/** The year's round: issues a set to the units of the chosen groups under the organising unit. */
export const scoringRounds = pgTable(
  'scoring_rounds',
  {
    id: identity(),
    unitId: unitRef(),
    year: integer().notNull(),
    name: text().notNull(),
    setId: integer()
      .notNull()
      .references(() => scoringSets.id),
    groupIds: idArray(),
    submitDeadline: date({ mode: 'string' }).notNull(),
    explainDays: integer().notNull().default(5),
    state: text().notNull().default('draft'),
    publishedAt: timestamp({ withTimezone: true }),
    decisionNumber: text().notNull().default(''),
    decisionDate: date({ mode: 'string' }),
    signerName: text().notNull().default(''),
    signerPosition: text().notNull().default(''),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
    updatedBy: integer(),
    ...timestamps(),
  },
  (t) => [index('scoring_rounds_unit_idx').on(t.unitId, t.year)],
);

/** A unit's assessment in a round: self-assessment, appraisal, explanation, decision. */
export const scoringAssessments = pgTable(
  'scoring_assessments',
  {
    id: identity(),
    roundId: integer()
      .notNull()
      .references(() => scoringRounds.id),
    unitId: unitRef(),
    state: text().notNull().default('draft'),
    selfTotal: points().notNull().default(0),
    appraisedTotal: points(),
    finalTotal: points(),
    disqualified: boolean().notNull().default(false),
    disqualifyReason: text().notNull().default(''),
    submittedAt: timestamp({ withTimezone: true }),
    submittedBy: integer(),
    appraisedAt: timestamp({ withTimezone: true }),
    explainUntil: date({ mode: 'string' }),
    explainedAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
    updatedBy: integer(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('scoring_assessments_round_unit_uq').on(t.roundId, t.unitId),
    index('scoring_assessments_unit_idx').on(t.unitId),
  ],
);

/** One criterion of an assessment: proposal from live data, self score, appraisal, explanation, result. */
export const scoringItems = pgTable(
  'scoring_items',
  {
    id: identity(),
    assessmentId: integer()
      .notNull()
      .references(() => scoringAssessments.id, { onDelete: 'cascade' }),
    criterionCode: text().notNull(),
    sortOrder: integer().notNull(),
    /** contracts Proposal, or null when the criterion has no live measure (or it is not available). */
    proposal: jsonb(),
    selfScore: points(),
    selfReason: text().notNull().default(''),
    evidenceLinks: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    appraisedScore: points(),
    appraisalComment: text().notNull().default(''),
    explanation: text().notNull().default(''),
    finalScore: points(),
    decisionComment: text().notNull().default(''),
  },
  (t) => [uniqueIndex('scoring_items_assessment_code_uq').on(t.assessmentId, t.criterionCode)],
);

/** Comments of the Party's Ban Dân vận (scoring:comment) on an assessment. */
export const scoringComments = pgTable(
  'scoring_comments',
  {
    id: identity(),
    assessmentId: integer()
      .notNull()
      .references(() => scoringAssessments.id, { onDelete: 'cascade' }),
    authorId: integer(),
    authorUnitId: integer(),
    text: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('scoring_comments_assessment_idx').on(t.assessmentId)],
);
