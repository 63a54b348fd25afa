/**
 * Petitions (đơn thư) and their workflow. A denouncer's identity is never stored here: it is sealed
 * in the vault (schema/vault.ts) under owner kind 'petition'; a tố cáo row keeps no name, no number,
 * no address, and its search key holds only the summary (trích yếu).
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { createdAt, identity, timestamps } from './columns.ts';
import { unitRef } from './org.ts';
import { users } from './users.ts';

export const petitions = pgTable(
  'petitions',
  {
    id: identity(),
    unitId: unitRef(),
    receivedOn: date({ mode: 'string' }).notNull(),
    channel: text().notNull(),
    kind: text().notNull(),
    field: text().notNull(),
    status: text().notNull().default('received'),
    petitionersCount: integer().notNull().default(1),
    /** Not for a tố cáo (vault). */
    representativeName: text(),
    idNumber: text(),
    address: text(),
    subject: text().notNull(),
    content: text().notNull(),
    sourceBody: text(),
    addressedTo: text(),
    competence: text(),
    complex: boolean().notNull().default(false),
    remoteArea: boolean().notNull().default(false),
    secondInstance: boolean().notNull().default(false),
    firstInstanceId: integer().references((): AnyPgColumn => petitions.id),
    splitFromId: integer().references((): AnyPgColumn => petitions.id),
    visitId: integer(),
    handlerId: integer().references(() => users.id),
    toBody: text(),
    screeningDue: date({ mode: 'string' }),
    screeningRuleId: integer(),
    screeningRuleVersion: integer(),
    acceptedOn: date({ mode: 'string' }),
    resolutionDue: date({ mode: 'string' }),
    resolutionRuleId: integer(),
    resolutionRuleVersion: integer(),
    /** The resolution's last day with every extension the law allows (the "kéo dài" line). */
    maxDueDate: date({ mode: 'string' }),
    extensions: integer().notNull().default(0),
    suspendedOn: date({ mode: 'string' }),
    decidedOn: date({ mode: 'string' }),
    decisionNumber: text(),
    decisionSummary: text(),
    resultDue: date({ mode: 'string' }),
    resultRuleId: integer(),
    resultSentOn: date({ mode: 'string' }),
    closedOn: date({ mode: 'string' }),
    /** A linked duplicate of a case already resolved (kéo dài). */
    repeatOfResolved: boolean().notNull().default(false),
    linkedDuplicates: integer().notNull().default(0),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
    searchKey: text().generatedAlwaysAs(
      sql`lower(f_unaccent(CASE WHEN kind = 'to_cao' THEN coalesce(subject, '') ELSE coalesce(subject, '') || ' ' || coalesce(content, '') || ' ' || coalesce(representative_name, '') || ' ' || coalesce(id_number, '') END))`,
    ),
    /** The petitioner's name without diacritics, for the same-person check (null for a tố cáo). */
    personKey: text().generatedAlwaysAs(sql`lower(f_unaccent(coalesce(representative_name, '')))`),
    /**
     * The deadline of the running step (domain runningDeadline): the screening's while received or
     * screened, the resolution's while accepted, the result's while decided; null once the case is
     * out of a running step. Stored so the overdue filter and the deadline sweep can use an index.
     */
    runningDue: date({ mode: 'string' }).generatedAlwaysAs(
      sql`CASE WHEN status IN ('received', 'screened') THEN screening_due WHEN status = 'accepted' THEN resolution_due WHEN status = 'decided' THEN result_due END`,
    ),
    ...timestamps(),
  },
  (t) => [
    index('petitions_unit_status_idx').on(t.unitId, t.status),
    index('petitions_received_idx').on(t.receivedOn),
    index('petitions_kind_idx').on(t.kind, t.status),
    index('petitions_search_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
    index('petitions_person_idx').on(t.personKey),
    index('petitions_id_number_idx').on(t.idNumber),
    index('petitions_screening_due_idx').on(t.screeningDue),
    index('petitions_resolution_due_idx').on(t.resolutionDue),
    index('petitions_visit_idx').on(t.visitId),
    /** The register's usual filter (loại đơn, lĩnh vực, trạng thái) within the unit scope. */
    index('petitions_kind_field_status_unit_idx').on(t.kind, t.field, t.status, t.unitId),
    /** Open cases by the deadline of their running step (quá hạn, sắp đến hạn, the sweep). */
    index('petitions_running_due_idx')
      .on(t.runningDue, t.unitId)
      .where(sql`running_due IS NOT NULL`),
    /** The deadline overview: running cases per unit and kind, read from the index alone. */
    index('petitions_running_unit_kind_idx')
      .on(t.unitId, t.kind, t.runningDue)
      .where(sql`running_due IS NOT NULL`),
  ],
);

/** The timeline: each step, who, when, its deadline and whether met, and the rule version it took. */
export const petitionSteps = pgTable(
  'petition_steps',
  {
    id: identity(),
    petitionId: integer()
      .notNull()
      .references(() => petitions.id, { onDelete: 'cascade' }),
    step: text().notNull(),
    on: date({ mode: 'string' }).notNull(),
    at: createdAt(),
    actorId: integer(),
    actorName: text().notNull(),
    dueDate: date({ mode: 'string' }),
    met: boolean(),
    ruleId: integer(),
    ruleVersion: integer(),
    note: text(),
    details: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [index('petition_steps_petition_idx').on(t.petitionId, t.id)],
);

/** Duplicate candidates found on entry, and what the officer decided (link or dismiss). */
export const petitionDuplicates = pgTable(
  'petition_duplicates',
  {
    id: identity(),
    petitionId: integer()
      .notNull()
      .references(() => petitions.id, { onDelete: 'cascade' }),
    candidateId: integer()
      .notNull()
      .references(() => petitions.id, { onDelete: 'cascade' }),
    reason: text().notNull(),
    score: real().notNull(),
    decision: text(),
    decidedBy: integer(),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('petition_duplicates_pair_uq').on(t.petitionId, t.candidateId)],
);

export type PetitionRow = typeof petitions.$inferSelect;
