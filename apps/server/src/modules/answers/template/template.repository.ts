import { desc, eq, sql } from 'drizzle-orm';
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

/** Templates of the units on the path of `paths` (the units above and below the actor's). */
export async function listTemplates(db: Db, unitPath: string | null) {
  const rows = await db
    .select(columns)
    .from(answersTemplates)
    .innerJoin(orgUnits, eq(orgUnits.id, answersTemplates.unitId))
    .where(
      unitPath ? sql`${orgUnits.path} like ${unitPath.replace(/[\\%_]/g, (c) => '\\' + c) + '%'}` : undefined,
    )
    .orderBy(desc(answersTemplates.id))
    .limit(2000);
  return rows as TemplateRow[];
}

export async function insertTemplate(db: Db, v: typeof answersTemplates.$inferInsert) {
  const [r] = await db.insert(answersTemplates).values(v).returning({ id: answersTemplates.id });
  return r!.id;
}
