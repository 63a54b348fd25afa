/**
 * The public portal: what citizens sent (a submission per petition, keyed by the hash of its lookup
 * code), the ratings they gave, what modules published to the portal, and the anti-automation
 * bookkeeping (solved challenges already used, rate-limit counters). A submission keeps no content
 * and no identity: the petition holds the case, the vault a denouncer's identity.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, identity } from './columns.ts';
import { unitRef } from './org.ts';
import { petitions } from './petitions.ts';
import { users } from './users.ts';

/** One petition sent through the portal. */
export const portalSubmissions = pgTable(
  'portal_submissions',
  {
    id: identity(),
    petitionId: integer()
      .notNull()
      .references(() => petitions.id, { onDelete: 'cascade' }),
    /** SHA-256 (hex) of the canonical lookup code: the code itself is never stored. */
    codeHash: text().notNull(),
    submittedAt: createdAt(),
    /** Files may be attached with the code until then. */
    attachUntil: timestamp({ withTimezone: true }).notNull(),
    filesCount: integer().notNull().default(0),
    /**
     * How to reach the sender (not for a tố cáo: the vault holds the denouncer's contact). Seen by
     * the unit's staff only, never by any public route.
     */
    contactPhone: text(),
    contactEmail: text(),
    /** The consent to personal-data processing (Luật 91/2025/QH15): the text's version and when. */
    consentVersion: text().notNull(),
    consentAt: timestamp({ withTimezone: true }).notNull(),
    isDemo: boolean().notNull().default(false),
  },
  (t) => [
    uniqueIndex('portal_submissions_code_uq').on(t.codeHash),
    uniqueIndex('portal_submissions_petition_uq').on(t.petitionId),
  ],
);

/** A citizen's rating: of a closed matter (through its code, once), a reception visit, a unit's service. */
export const portalRatings = pgTable(
  'portal_ratings',
  {
    id: identity(),
    unitId: unitRef(),
    /** 'case' | 'visit' | 'service' (domain RATING_SUBJECTS). */
    subject: text().notNull(),
    /** For 'case': the submission rated (one rating each). */
    submissionId: integer().references(() => portalSubmissions.id, { onDelete: 'cascade' }),
    score: smallint().notNull(),
    comment: text(),
    /** The day of the visit or the service ('visit', 'service'). */
    on: date({ mode: 'string' }),
    /** The Vietnamese day of the rating (the period it counts in). */
    ratedOn: date({ mode: 'string' }).notNull(),
    ratedAt: createdAt(),
    isDemo: boolean().notNull().default(false),
  },
  (t) => [
    uniqueIndex('portal_ratings_submission_uq')
      .on(t.submissionId)
      .where(sql`submission_id IS NOT NULL`),
    index('portal_ratings_unit_day_idx').on(t.unitId, t.ratedOn),
    check('portal_ratings_score_ck', sql`score BETWEEN 1 AND 5`),
  ],
);

/**
 * What a module published to the portal (core/portal.ts publishToPortal): the answer to a petition,
 * a voter petition's answer, an inspection's results … One live publication per source record.
 */
export const portalPublications = pgTable(
  'portal_publications',
  {
    id: identity(),
    /** The portal section it shows in (domain PORTAL_SECTION_KEYS). */
    section: text().notNull(),
    sourceModule: text().notNull(),
    sourceKind: text().notNull(),
    sourceId: text().notNull(),
    unitId: unitRef(),
    field: text(),
    title: text().notNull(),
    publicText: text().notNull(),
    /** 'resolved' | 'resolved_in_part' | 'not_competent' | 'closed_unresolved', or null. */
    state: text(),
    publishedAt: timestamp({ withTimezone: true }).notNull(),
    publishedOn: date({ mode: 'string' }).notNull(),
    publishedBy: integer().references(() => users.id),
    withdrawnAt: timestamp({ withTimezone: true }),
    withdrawnBy: integer().references(() => users.id),
    withdrawReason: text(),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
    searchKey: text().generatedAlwaysAs(
      sql`lower(f_unaccent(coalesce(title, '') || ' ' || coalesce(public_text, '')))`,
    ),
  },
  (t) => [
    uniqueIndex('portal_publications_live_uq')
      .on(t.sourceModule, t.sourceKind, t.sourceId)
      .where(sql`withdrawn_at IS NULL`),
    index('portal_publications_section_idx').on(t.section, t.publishedAt),
    index('portal_publications_unit_idx').on(t.unitId, t.section),
    index('portal_publications_search_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
  ],
);

/** Solved ALTCHA challenges already used, kept until they expire: a solution counts once. */
export const portalUsedChallenges = pgTable('portal_used_challenges', {
  /** SHA-256 (hex) of the challenge's signature. */
  signatureHash: text().primaryKey(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
});

/** Rate-limit counters: one fixed window per (bucket, key); the key is an address or a keyed hash. */
export const portalRateCounters = pgTable(
  'portal_rate_limits',
  {
    bucket: text().notNull(),
    key: text().notNull(),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    hits: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.key] }),
    index('portal_rate_limits_window_idx').on(t.windowStart),
  ],
);
