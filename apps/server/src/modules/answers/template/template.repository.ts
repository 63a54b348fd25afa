import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { countAll, type ListQuery, type RowsQuery } from '../../../core/page.ts';
import { unitScopeSql, type Scope } from '../../../core/scope.ts';
import type { Db } from '../../../db/client.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import { answersTemplates } from '../../../db/schema/answers.ts';

const columns = {
  id: answersTemplates.id,
  unitId: answersTemplates.unitId,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  name: answersTemplates.name,
  text: answersTemplates.text,
  createdAt: answersTemplates.createdAt,
};
export type TemplateRow = {
  id: number;
  unitId: number;
  unitName: string;
  unitPath: string;
  name: string;
  text: string;
  createdAt: Date;
};

export async function getTemplate(db: Db, id: number): Promise<TemplateRow | undefined> {
  const [r] = await db
    .select(columns)
    .from(answersTemplates)
    .innerJoin(orgUnits, eq(orgUnits.id, answersTemplates.unitId))
    .where(eq(answersTemplates.id, id));
  return r as TemplateRow | undefined;
}

/** A unit path and the paths of the units above it: '/1/5/9/' → ['/1/', '/1/5/', '/1/5/9/']. */
function pathAndAbove(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

/**
 * The templates readers with `readScopes` (answers:read) may use, newest first: those of the units in
 * scope and of the units above a scope's unit (canUseTemplate of template.policy.ts in SQL); with
 * `related`, only the templates of that unit, the units below it and the units above it.
 */
export function templateList(
  db: Db,
  readScopes: Scope[],
  related?: { path: string },
): ListQuery<TemplateRow> {
  const above = [...new Set(readScopes.flatMap((s) => pathAndAbove(s.path)))];
  const inScope = unitScopeSql(readScopes, orgUnits.id, orgUnits.path);
  const parts: SQL[] = [above.length ? sql`(${inScope} or ${inArray(orgUnits.path, above)})` : inScope];
  if (related)
    parts.push(
      sql`(${orgUnits.path} like ${escapeLike(related.path) + '%'} or ${inArray(orgUnits.path, pathAndAbove(related.path))})`,
    );
  const where = and(...parts)!;
  return {
    rows: db
      .select(columns)
      .from(answersTemplates)
      .innerJoin(orgUnits, eq(orgUnits.id, answersTemplates.unitId))
      .where(where)
      .orderBy(desc(answersTemplates.id)) as unknown as RowsQuery<TemplateRow>,
    count: db
      .select(countAll())
      .from(answersTemplates)
      .innerJoin(orgUnits, eq(orgUnits.id, answersTemplates.unitId))
      .where(where),
  };
}

export async function insertTemplate(db: Db, v: typeof answersTemplates.$inferInsert) {
  const [r] = await db.insert(answersTemplates).values(v).returning({ id: answersTemplates.id });
  return r!.id;
}
