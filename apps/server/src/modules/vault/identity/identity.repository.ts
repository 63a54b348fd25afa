import { and, asc, count, desc, eq, gt, inArray, isNull, ne, or } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { vaultIdentities, vaultScans } from '../../../db/schema/vault.ts';

export type IdentityRow = typeof vaultIdentities.$inferSelect;
export type ScanRow = typeof vaultScans.$inferSelect;
export type NewIdentity = typeof vaultIdentities.$inferInsert;
export type NewScan = typeof vaultScans.$inferInsert;

/** The owner's current identity (not superseded), locked for the seal that replaces it. */
export async function lockCurrent(tx: Db, kind: string, ownerId: number): Promise<IdentityRow | undefined> {
  const [r] = await tx
    .select()
    .from(vaultIdentities)
    .where(
      and(
        eq(vaultIdentities.kind, kind),
        eq(vaultIdentities.ownerId, ownerId),
        isNull(vaultIdentities.supersededAt),
      ),
    )
    .for('update');
  return r;
}

export async function currentIdentity(
  db: Db,
  kind: string,
  ownerId: number,
): Promise<IdentityRow | undefined> {
  const [r] = await db
    .select()
    .from(vaultIdentities)
    .where(
      and(
        eq(vaultIdentities.kind, kind),
        eq(vaultIdentities.ownerId, ownerId),
        isNull(vaultIdentities.supersededAt),
      ),
    );
  return r;
}

export async function lastVersion(tx: Db, kind: string, ownerId: number): Promise<number> {
  const [r] = await tx
    .select({ v: vaultIdentities.version })
    .from(vaultIdentities)
    .where(and(eq(vaultIdentities.kind, kind), eq(vaultIdentities.ownerId, ownerId)))
    .orderBy(desc(vaultIdentities.version))
    .limit(1);
  return r?.v ?? 0;
}

export async function supersede(tx: Db, id: number, at: Date): Promise<void> {
  await tx.update(vaultIdentities).set({ supersededAt: at }).where(eq(vaultIdentities.id, id));
}

export async function insertIdentity(tx: Db, row: NewIdentity): Promise<IdentityRow> {
  const [r] = await tx.insert(vaultIdentities).values(row).returning();
  return r;
}

/** Owner ids of current identities whose blind indexes match one of the digests. */
export async function ownersByIndex(
  db: Db,
  kind: string,
  person: string[],
  phone: string[],
): Promise<number[]> {
  const match = [
    ...(person.length ? [inArray(vaultIdentities.personIndex, person)] : []),
    ...(phone.length ? [inArray(vaultIdentities.phoneIndex, phone)] : []),
  ];
  if (!match.length) return [];
  const rows = await db
    .selectDistinct({ ownerId: vaultIdentities.ownerId })
    .from(vaultIdentities)
    .where(and(eq(vaultIdentities.kind, kind), isNull(vaultIdentities.supersededAt), or(...match)))
    .orderBy(asc(vaultIdentities.ownerId));
  return rows.map((r) => r.ownerId);
}

export async function insertScan(tx: Db, row: NewScan): Promise<ScanRow> {
  const [r] = await tx.insert(vaultScans).values(row).returning();
  return r;
}

export async function listScans(db: Db, kind: string, ownerId: number): Promise<ScanRow[]> {
  return db
    .select()
    .from(vaultScans)
    .where(and(eq(vaultScans.kind, kind), eq(vaultScans.ownerId, ownerId)))
    .orderBy(asc(vaultScans.id));
}

export async function countScans(db: Db, kind: string, ownerId: number): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(vaultScans)
    .where(and(eq(vaultScans.kind, kind), eq(vaultScans.ownerId, ownerId)));
  return Number(r?.n ?? 0);
}

export async function getScan(
  db: Db,
  kind: string,
  ownerId: number,
  id: number,
): Promise<ScanRow | undefined> {
  const [r] = await db
    .select()
    .from(vaultScans)
    .where(and(eq(vaultScans.kind, kind), eq(vaultScans.ownerId, ownerId), eq(vaultScans.id, id)));
  return r;
}

// The rotation: every sealed record not under the current key, a batch at a time, each locked.

export async function identitiesNotUnder(tx: Db, keyId: string, afterId: number, limit: number) {
  return tx
    .select()
    .from(vaultIdentities)
    .where(
      and(
        eq(vaultIdentities.mode, 'sealed'),
        ne(vaultIdentities.keyId, keyId),
        gt(vaultIdentities.id, afterId),
      ),
    )
    .orderBy(asc(vaultIdentities.id))
    .limit(limit)
    .for('update');
}

export async function scansNotUnder(tx: Db, keyId: string, afterId: number, limit: number) {
  return tx
    .select()
    .from(vaultScans)
    .where(and(ne(vaultScans.keyId, keyId), gt(vaultScans.id, afterId)))
    .orderBy(asc(vaultScans.id))
    .limit(limit)
    .for('update');
}

export async function updateIdentityCipher(
  tx: Db,
  id: number,
  set: Pick<
    NewIdentity,
    'keyId' | 'iv' | 'tag' | 'ciphertext' | 'personIndex' | 'phoneIndex' | 'reencryptedAt'
  >,
): Promise<void> {
  await tx.update(vaultIdentities).set(set).where(eq(vaultIdentities.id, id));
}

export async function updateScanCipher(
  tx: Db,
  id: number,
  set: Pick<
    NewScan,
    'keyId' | 'nameIv' | 'nameTag' | 'nameCiphertext' | 'iv' | 'tag' | 'ciphertext' | 'reencryptedAt'
  >,
): Promise<void> {
  await tx.update(vaultScans).set(set).where(eq(vaultScans.id, id));
}
