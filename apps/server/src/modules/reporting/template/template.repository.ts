import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { reportingIndicators, reportingTemplates } from '../../../db/schema/reporting.ts';
import { orgUnits } from '../../../db/schema/org.ts';

export type TemplateRow = typeof reportingTemplates.$inferSelect;
export type IndicatorRow = typeof reportingIndicators.$inferSelect;

/** Templates are reference data every signed-in user reads: no unit scope. */
export async function listTemplates(db: Db) {
  return db
    .select({
      t: reportingTemplates,
      ownerUnitName: orgUnits.name,
      ownerUnitPath: orgUnits.path,
      indicatorCount: sql<number>`(select count(*)::int from reporting_indicators i where i.template_id = ${reportingTemplates.id})`,
      latest: sql<boolean>`not exists (select 1 from reporting_templates n where n.code = ${reportingTemplates.code} and n.version > ${reportingTemplates.version})`,
    })
    .from(reportingTemplates)
    .leftJoin(orgUnits, eq(orgUnits.id, reportingTemplates.ownerUnitId))
    .orderBy(
      desc(reportingTemplates.builtin),
      asc(reportingTemplates.code),
      desc(reportingTemplates.version),
    );
}

export async function getTemplate(db: Db, id: number) {
  const [row] = await db
    .select({ t: reportingTemplates, ownerUnitName: orgUnits.name, ownerUnitPath: orgUnits.path })
    .from(reportingTemplates)
    .leftJoin(orgUnits, eq(orgUnits.id, reportingTemplates.ownerUnitId))
    .where(eq(reportingTemplates.id, id));
  return row;
}

export async function getTemplateByCode(db: Db, code: string, version?: number) {
  const [row] = await db
    .select()
    .from(reportingTemplates)
    .where(
      and(
        eq(reportingTemplates.code, code),
        version === undefined ? undefined : eq(reportingTemplates.version, version),
      ),
    )
    .orderBy(desc(reportingTemplates.version))
    .limit(1);
  return row;
}

export async function templateVersions(db: Db, code: string) {
  return db
    .select({
      id: reportingTemplates.id,
      version: reportingTemplates.version,
      frozenAt: reportingTemplates.frozenAt,
      createdAt: reportingTemplates.createdAt,
    })
    .from(reportingTemplates)
    .where(eq(reportingTemplates.code, code))
    .orderBy(desc(reportingTemplates.version));
}

export async function insertTemplate(db: Db, v: typeof reportingTemplates.$inferInsert) {
  const [row] = await db.insert(reportingTemplates).values(v).returning();
  return row;
}

export async function updateTemplate(db: Db, id: number, v: Partial<typeof reportingTemplates.$inferInsert>) {
  await db
    .update(reportingTemplates)
    .set({ ...v, updatedAt: new Date() })
    .where(eq(reportingTemplates.id, id));
}

export async function freezeTemplate(db: Db, id: number, at: Date) {
  await db
    .update(reportingTemplates)
    .set({ frozenAt: at })
    .where(and(eq(reportingTemplates.id, id), sql`${reportingTemplates.frozenAt} is null`));
}

export async function templateIndicators(db: Db, templateId: number): Promise<IndicatorRow[]> {
  return db
    .select()
    .from(reportingIndicators)
    .where(eq(reportingIndicators.templateId, templateId))
    .orderBy(asc(reportingIndicators.position));
}

export async function replaceIndicators(
  db: Db,
  templateId: number,
  list: Omit<typeof reportingIndicators.$inferInsert, 'templateId' | 'id'>[],
) {
  await db.delete(reportingIndicators).where(eq(reportingIndicators.templateId, templateId));
  if (list.length) await db.insert(reportingIndicators).values(list.map((i) => ({ ...i, templateId })));
}
