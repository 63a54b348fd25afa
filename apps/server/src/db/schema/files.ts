import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { identity, createdAt } from './columns.ts';

/** Evidence files; content lives under DATA_DIR/files with a server-chosen name. */
export const files = pgTable(
  'files',
  {
    id: identity(),
    entity: text().notNull(),
    entityId: text().notNull(),
    unitId: integer(),
    originalName: text().notNull(),
    storedName: text().notNull(),
    mime: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    uploadedBy: integer(),
    uploadedAt: createdAt(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('files_entity_idx').on(t.entity, t.entityId)],
);
