/** The addressee picker's query: active units under the given province roots (the org tree, read only). */
import { and, asc, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { countAll, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);
const parent = alias(orgUnits, 'answers_unit_parent');

export interface AddresseeUnitRow {
  id: number;
  name: string;
  code: string;
  kind: string;
  depth: number;
  parentName: string | null;
}

/**
 * The units valid on `today` under one of `roots` ('/12/', or '/' for the whole tree; none: no unit),
 * matching `key` (accents ignored), shallowest first then by name (a page of it: core/page.ts).
 */
export function addresseeUnitList(
  db: Db,
  roots: string[],
  today: string,
  key?: string,
): ListQuery<AddresseeUnitRow> {
  const parts: (SQL | undefined)[] = [
    roots.length ? or(...roots.map((r) => sql`${orgUnits.path} like ${escapeLike(r) + '%'}`)) : sql`false`,
    sql`${orgUnits.validFrom} <= ${today}::date`,
    sql`(${orgUnits.validTo} is null or ${orgUnits.validTo} >= ${today}::date)`,
  ];
  if (key) parts.push(sql`${orgUnits.searchKey} like '%' || lower(f_unaccent(${escapeLike(key)})) || '%'`);
  const where = and(...parts);
  return {
    rows: db
      .select({
        id: orgUnits.id,
        name: orgUnits.name,
        code: orgUnits.code,
        kind: orgUnits.kind,
        depth: orgUnits.depth,
        parentName: parent.name,
      })
      .from(orgUnits)
      .leftJoin(parent, sql`${parent.id} = ${orgUnits.parentId}`)
      .where(where)
      .orderBy(
        asc(orgUnits.depth),
        asc(orgUnits.name),
        asc(orgUnits.id),
      ) as unknown as RowsQuery<AddresseeUnitRow>,
    count: db.select(countAll()).from(orgUnits).where(where),
  };
}
