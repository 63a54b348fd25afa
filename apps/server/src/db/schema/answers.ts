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
} from 'drizzle-orm/pg-core';
import { createdAt, identity, idArray, timestamps } from './columns.ts';
import { orgUnits, unitRef } from './org.ts';

/**
 * A source document holding numbered items (packages/domain answers): a dialogue's minutes, a Front
 * supervision plan or conclusion, a Front social-criticism document, a People's Council session's
 * voter petitions, a consultation. `unitId` is the unit that filed it (the Front, the council office,
 * the unit that held the dialogue or runs the consultation); `addresseeUnitId` the agency a Front
 * document goes to. Kind-specific fields live in `details` (see modules/answers/source/source.present.ts);
 * those the figures and the reminders query are columns.
 */
export const answersSources = pgTable(
  'answers_sources',
  {
    id: identity(),
    kind: text().notNull(),
    unitId: unitRef(),
    addresseeUnitId: integer().references(() => orgUnits.id),
    title: text().notNull(),
    documentNumber: text().notNull().default(''),
    receivedOn: date({ mode: 'string' }).notNull(),
    summary: text().notNull().default(''),
    /** dialogue: scheduled | held | cancelled; others: null. */
    dialogueState: text(),
    heldOn: date({ mode: 'string' }),
    /** The due date the source sets for its items (a council session's deadline). */
    answerDue: date({ mode: 'string' }),
    opensOn: date({ mode: 'string' }),
    closesOn: date({ mode: 'string' }),
    details: jsonb()
      .notNull()
      .default(sql`'{}'::jsonb`),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
    searchKey: text().generatedAlwaysAs(
      sql`lower(f_unaccent(coalesce(title, '') || ' ' || coalesce(document_number, '') || ' ' || coalesce(summary, '')))`,
    ),
    ...timestamps(),
  },
  (t) => [
    index('answers_sources_unit_idx').on(t.unitId, t.kind, t.receivedOn),
    index('answers_sources_addressee_idx').on(t.addresseeUnitId),
    index('answers_sources_search_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
  ],
);

/** A numbered item of a source: assigned, answered, judged, published. `version` guards every write. */
export const answersItems = pgTable(
  'answers_items',
  {
    id: identity(),
    sourceId: integer()
      .notNull()
      .references(() => answersSources.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    text: text().notNull(),
    field: text().notNull().default('khac'),
    origin: text().notNull().default(''),
    responsibleUnitId: integer().references(() => orgUnits.id),
    coordinatingUnitIds: idArray(),
    ownerName: text().notNull().default(''),
    dueDate: date({ mode: 'string' }),
    dueRuleCode: text(),
    dueRuleVersion: integer(),
    status: text().notNull().default('received'),
    answerText: text().notNull().default(''),
    answerDocument: text().notNull().default(''),
    firstAnsweredOn: date({ mode: 'string' }),
    answeredOn: date({ mode: 'string' }),
    answerCount: integer().notNull().default(0),
    declineReason: text().notNull().default(''),
    verdict: text(),
    verdictComment: text().notNull().default(''),
    judgedOn: date({ mode: 'string' }),
    closedOn: date({ mode: 'string' }),
    published: boolean().notNull().default(false),
    publishedAt: timestamp({ withTimezone: true }),
    repeatOfItemId: integer(),
    repeatSimilarity: real(),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
    searchKey: text().generatedAlwaysAs(
      sql`lower(f_unaccent(coalesce(text, '') || ' ' || coalesce(origin, '') || ' ' || coalesce(answer_text, '')))`,
    ),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('answers_items_number_uq').on(t.sourceId, t.number),
    index('answers_items_responsible_idx').on(t.responsibleUnitId, t.status),
    index('answers_items_due_idx').on(t.dueDate),
    index('answers_items_published_idx').on(t.published),
    index('answers_items_search_idx').using('gin', t.searchKey.op('gin_trgm_ops')),
  ],
);

/** The history of an item: one line per step. */
export const answersItemSteps = pgTable(
  'answers_item_steps',
  {
    id: identity(),
    itemId: integer()
      .notNull()
      .references(() => answersItems.id, { onDelete: 'cascade' }),
    step: text().notNull(),
    on: date({ mode: 'string' }).notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: integer(),
    actorName: text().notNull(),
    fromStatus: text(),
    toStatus: text().notNull(),
    note: text().notNull().default(''),
    details: jsonb(),
  },
  (t) => [index('answers_item_steps_item_idx').on(t.itemId, t.id)],
);

/** A unit's answer templates for bulk answers. */
export const answersTemplates = pgTable(
  'answers_templates',
  {
    id: identity(),
    unitId: unitRef(),
    name: text().notNull(),
    text: text().notNull(),
    ...timestamps(),
  },
  (t) => [index('answers_templates_unit_idx').on(t.unitId)],
);

/**
 * A citizen's comment on a consultation (from the portal, no account): pre-moderated; a published
 * comment becomes an item of the consultation (itemId) the agency answers; hidden after repeated reports.
 */
export const answersComments = pgTable(
  'answers_comments',
  {
    id: identity(),
    sourceId: integer()
      .notNull()
      .references(() => answersSources.id, { onDelete: 'cascade' }),
    authorName: text().notNull().default(''),
    text: text().notNull(),
    state: text().notNull().default('pending'),
    reports: integer().notNull().default(0),
    /** [{at, actorName, decision, reason}] */
    moderation: jsonb()
      .notNull()
      .default(sql`'[]'::jsonb`),
    itemId: integer().references(() => answersItems.id),
    submittedAt: createdAt(),
    version: integer().notNull().default(1),
    isDemo: boolean().notNull().default(false),
  },
  (t) => [index('answers_comments_source_idx').on(t.sourceId, t.state)],
);

/** One report of a comment per reporter (a hash of the reporter's address), so repeats count once. */
export const answersCommentReports = pgTable(
  'answers_comment_reports',
  {
    id: identity(),
    commentId: integer()
      .notNull()
      .references(() => answersComments.id, { onDelete: 'cascade' }),
    reporterKey: text().notNull(),
    reason: text().notNull(),
    at: createdAt(),
  },
  (t) => [uniqueIndex('answers_comment_reports_uq').on(t.commentId, t.reporterKey)],
);
