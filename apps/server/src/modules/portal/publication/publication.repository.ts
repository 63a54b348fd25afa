/** Queries of what modules published to the portal (portal_publications). */
import { aliasedTable, and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { countAll, type ListQuery } from '../../../core/page.ts';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { portalPublications } from '../../../db/schema/portal.ts';
import { users } from '../../../db/schema/users.ts';
import { unitIdInScopeSql, type Scope } from '../../../core/scope.ts';

export type PublicationRow = typeof portalPublications.$inferSelect;
export type PublicationView = PublicationRow & {
  unitName: string;
  unitPath: string;
  publishedByName: string | null;
  withdrawnByName: string | null;
};

const publisher = aliasedTable(users, 'publisher');
const withdrawer = aliasedTable(users, 'withdrawer');

const base = (db: Db) =>
  db
    .select({
      p: portalPublications,
      unitName: orgUnits.name,
      unitPath: orgUnits.path,
      publishedByName: publisher.fullName,
      withdrawnByName: withdrawer.fullName,
    })
    .from(portalPublications)
    .innerJoin(orgUnits, eq(orgUnits.id, portalPublications.unitId))
    .leftJoin(publisher, eq(publisher.id, portalPublications.publishedBy))
    .leftJoin(withdrawer, eq(withdrawer.id, portalPublications.withdrawnBy));

type Raw = {
  p: PublicationRow;
  unitName: string;
  unitPath: string;
  publishedByName: string | null;
  withdrawnByName: string | null;
};
const toView = (r: Raw): PublicationView => ({
  ...r.p,
  unitName: r.unitName,
  unitPath: r.unitPath,
  publishedByName: r.publishedByName,
  withdrawnByName: r.withdrawnByName,
});

/** Inserts a live publication; null when the source already has one (the partial unique index). */
export async function insertPublication(
  tx: Db,
  v: typeof portalPublications.$inferInsert,
): Promise<PublicationRow | null> {
  const [row] = await tx.insert(portalPublications).values(v).onConflictDoNothing().returning();
  return row ?? null;
}

export async function getPublication(db: Db, id: number, lock = false): Promise<PublicationView | undefined> {
  if (lock) await db.execute(sql`select id from portal_publications where id = ${id} for update`);
  const [r] = await base(db).where(eq(portalPublications.id, id));
  return r ? toView(r) : undefined;
}

export async function liveOfSource(
  db: Db,
  s: { sourceModule: string; sourceKind: string; sourceId: string },
): Promise<PublicationView | undefined> {
  const [r] = await base(db).where(
    and(
      eq(portalPublications.sourceModule, s.sourceModule),
      eq(portalPublications.sourceKind, s.sourceKind),
      eq(portalPublications.sourceId, s.sourceId),
      isNull(portalPublications.withdrawnAt),
    ),
  );
  return r ? toView(r) : undefined;
}

/** Marks withdrawn, at `version` when given; the row, or null when it changed or was already down. */
export async function markWithdrawn(
  tx: Db,
  id: number,
  v: { at: Date; by: number | null; reason: string; version?: number },
): Promise<PublicationRow | null> {
  const [row] = await tx
    .update(portalPublications)
    .set({
      withdrawnAt: v.at,
      withdrawnBy: v.by,
      withdrawReason: v.reason,
      version: sql`${portalPublications.version} + 1`,
    })
    .where(
      and(
        eq(portalPublications.id, id),
        isNull(portalPublications.withdrawnAt),
        v.version !== undefined ? eq(portalPublications.version, v.version) : undefined,
      ),
    )
    .returning();
  return row ?? null;
}

export interface PublicationFilter {
  /** Staff: the units the actor reads; null: the public (live ones only). */
  scopes: Scope[] | null;
  section?: string;
  under?: { path: string };
  field?: string;
  state?: string;
  q?: string;
  withdrawn?: boolean;
}

function where(f: PublicationFilter): SQL {
  const parts: (SQL | undefined)[] = [];
  if (f.scopes) parts.push(unitIdInScopeSql(f.scopes, portalPublications.unitId));
  if (!f.withdrawn) parts.push(isNull(portalPublications.withdrawnAt));
  if (f.section) parts.push(eq(portalPublications.section, f.section));
  if (f.under) parts.push(sql`${orgUnits.path} LIKE ${f.under.path + '%'}`);
  if (f.field) parts.push(eq(portalPublications.field, f.field));
  if (f.state) parts.push(eq(portalPublications.state, f.state));
  for (const w of (f.q ?? '').split(/\s+/).filter(Boolean).slice(0, 8))
    parts.push(
      sql`${portalPublications.searchKey} like '%' || lower(f_unaccent(${w.replace(/[\\%_]/g, (c) => '\\' + c)})) || '%'`,
    );
  return and(...parts) ?? sql`true`;
}

/** The publications matching the filter, newest first (a page of it: core/page.ts). */
export function publicationList(db: Db, f: PublicationFilter): ListQuery<PublicationView> {
  const w = where(f);
  return {
    rows: (window) =>
      base(db)
        .where(w)
        .orderBy(desc(portalPublications.publishedAt), desc(portalPublications.id))
        .limit(window.limit)
        .offset(window.offset)
        .then((rows) => rows.map(toView)),
    count: db
      .select(countAll())
      .from(portalPublications)
      .innerJoin(orgUnits, eq(orgUnits.id, portalPublications.unitId))
      .where(w),
  };
}
