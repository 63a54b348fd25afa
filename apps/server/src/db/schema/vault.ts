import { sql } from 'drizzle-orm';
import { customType, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { identity } from './columns.ts';

/** `bytea`, read as a Buffer from both drivers (PGlite gives a Uint8Array). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
  toDriver: (v) => v,
});

/**
 * Protected identities of denouncers (Luật Tố cáo 2018 điều 9, 47), one current row per owner record
 * (`kind`, `owner_id`: 'petition' 12), earlier versions kept with `superseded_at`. The identity is
 * AES-256-GCM ciphertext under the key `key_id` (outside the database); nothing of it is stored in
 * plaintext. `person_index` / `phone_index` are keyed HMAC digests (blind indexes) for the duplicate
 * check. A 'paper' row keeps only the reference to the paper register.
 */
export const vaultIdentities = pgTable(
  'vault_identities',
  {
    id: identity(),
    kind: text().notNull(),
    ownerId: integer().notNull(),
    version: integer().notNull().default(1),
    /** 'sealed' | 'paper' */
    mode: text().notNull(),
    paperRef: text(),
    keyId: text(),
    iv: bytea(),
    tag: bytea(),
    ciphertext: bytea(),
    personIndex: text(),
    phoneIndex: text(),
    sealedBy: integer(),
    sealedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    supersededAt: timestamp({ withTimezone: true }),
    reencryptedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('vault_identities_owner_version_uq').on(t.kind, t.ownerId, t.version),
    uniqueIndex('vault_identities_current_uq')
      .on(t.kind, t.ownerId)
      .where(sql`superseded_at IS NULL`),
    index('vault_identities_person_idx').on(t.kind, t.personIndex),
    index('vault_identities_phone_idx').on(t.kind, t.phoneIndex),
  ],
);

/**
 * Signature and handwriting scans of a protected identity: the file name and the content each
 * encrypted (their own IV and tag), never through the files module or DATA_DIR/files.
 */
export const vaultScans = pgTable(
  'vault_scans',
  {
    id: identity(),
    kind: text().notNull(),
    ownerId: integer().notNull(),
    keyId: text().notNull(),
    nameIv: bytea().notNull(),
    nameTag: bytea().notNull(),
    nameCiphertext: bytea().notNull(),
    iv: bytea().notNull(),
    tag: bytea().notNull(),
    ciphertext: bytea().notNull(),
    mime: text().notNull(),
    size: integer().notNull(),
    sealedBy: integer(),
    sealedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    reencryptedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('vault_scans_owner_idx').on(t.kind, t.ownerId)],
);
