/** Queries of the audit trail (core/audit.ts writes it) and of the names its entries show. */
import { and, asc, desc, eq, getTableColumns, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditQuery } from '@danvan/contracts';
import { addDays } from '@danvan/domain';
import type { ListQuery } from '../../../core/page.ts';
import { unitIdInScopeSql, unitScopeSql, type Scope } from '../../../core/scope.ts';
import type { Db } from '../../../db/client.ts';
import { auditLog } from '../../../db/schema/audit.ts';
import { orgGroups, orgUnits } from '../../../db/schema/org.ts';
import type { AuditNameScope, AuditReadScope } from './entry.policy.ts';

export type AuditFilter = Omit<z.infer<typeof AuditQuery>, 'page' | 'pageSize'>;
export type AuditRow = typeof auditLog.$inferSelect & { unitName: string | null };

/** Dates are Vietnamese calendar days: [from 00:00, to+1 00:00) at UTC+7. */
function vnDayStart(iso: string): Date {
  return new Date(`${iso}T00:00:00+07:00`);
}

function whereOf(scope: AuditReadScope, f: AuditFilter): SQL {
  const inUnits = unitIdInScopeSql(scope.units, auditLog.unitId);
  return and(
    scope.unitless ? or(sql`${auditLog.unitId} is null`, inUnits)! : inUnits,
    f.unitId ? eq(auditLog.unitId, f.unitId) : undefined,
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.from ? gte(auditLog.at, vnDayStart(f.from)) : undefined,
    f.to ? lt(auditLog.at, vnDayStart(addDays(f.to, 1))) : undefined,
  )!;
}

/** Entries in scope matching the filter, newest first, with their unit's name (a page: core/page.ts). */
export function entryList(db: Db, scope: AuditReadScope, f: AuditFilter): ListQuery<AuditRow> {
  const where = whereOf(scope, f);
  return {
    rows: db
      .select({ ...getTableColumns(auditLog), unitName: orgUnits.name })
      .from(auditLog)
      .leftJoin(orgUnits, eq(orgUnits.id, auditLog.unitId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id)),
    count: db.$count(auditLog, where),
  };
}

/** The trail of one record, oldest first (at most 200 rows). The caller has authorised the record. */
export async function historyOf(db: Db, entity: string, entityId: string) {
  return db
    .select({
      at: auditLog.at,
      actorName: auditLog.actorName,
      action: auditLog.action,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .limit(200);
}

// ---------------------------------------------------------------------------------------------
// Names shown in entries, one batched query per kind, limited to what the reader may see

function rowsOf<T>(res: unknown): T[] {
  return ((res as { rows?: T[] }).rows ?? (res as T[])) as T[];
}

const idList = (ids: number[]) =>
  sql.join(
    ids.map((n) => sql`${n}`),
    sql`, `,
  );

export async function unitNames(
  db: Db,
  ids: number[],
  scopes: Scope[],
): Promise<{ id: number; name: string }[]> {
  const res = await db.execute(
    sql`select u.id, u.name from org_units u where u.id in (${idList(ids)}) and ${unitScopeSql(scopes, sql`u.id`, sql`u.path`)}`,
  );
  return rowsOf<{ id: number; name: string }>(res).map((r) => ({ id: Number(r.id), name: r.name }));
}

export async function userNames(
  db: Db,
  ids: number[],
  scope: AuditNameScope,
): Promise<{ id: number; name: string }[]> {
  const visible: SQL = sql`(u.id = ${scope.readerId}
      or exists (select 1 from role_assignments ra join org_units ou on ou.id = ra.unit_id
                 where ra.user_id = u.id and ${unitScopeSql(scope.units, sql`ou.id`, sql`ou.path`)})
      ${scope.unattachedUsers ? sql`or not exists (select 1 from role_assignments ra where ra.user_id = u.id)` : sql``})`;
  const res = await db.execute(
    sql`select u.id, u.full_name as name from users u where u.id in (${idList(ids)}) and ${visible}`,
  );
  return rowsOf<{ id: number; name: string }>(res).map((r) => ({ id: Number(r.id), name: r.name }));
}

export async function groupNames(db: Db, codes: string[]): Promise<{ code: string; name: string }[]> {
  return db
    .select({ code: orgGroups.code, name: orgGroups.name })
    .from(orgGroups)
    .where(inArray(orgGroups.code, codes));
}
