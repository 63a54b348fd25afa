import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { AnswerComplianceQuery, AnswerComplianceReport } from '@danvan/contracts';
import { tallyAnswerCompliance, type AnswerCompliance } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { requireActor, scopesFor } from '../../../core/scope.ts';
import { answersItems, answersSources } from '../../../db/schema/answers.ts';
import { orgUnits } from '../../../db/schema/org.ts';
import * as org from '../../org/index.ts';
import { readableItemSql } from '../shared/scope-sql.ts';
import { complianceSql } from './item.repository.ts';

/**
 * Compliance per answering unit (trả lời đúng hạn / quá hạn / quá hạn chưa trả lời): over the items
 * the actor may read, assigned to a unit (of `unitId`'s subtree), of a kind, due in [from, to].
 */
export async function readCompliance(
  ctx: Ctx,
  q: z.infer<typeof AnswerComplianceQuery>,
): Promise<AnswerComplianceReport> {
  const actor = requireActor(ctx.actor);
  const t = today(ctx);
  const unit = q.unitId ? await org.getUnitById(ctx, q.unitId) : undefined;
  const parts: SQL[] = [
    readableItemSql(scopesFor(actor, 'answers:read')),
    sql`${answersItems.responsibleUnitId} is not null`,
  ];
  if (q.kind) parts.push(eq(answersSources.kind, q.kind));
  if (q.unitId)
    parts.push(
      sql`${orgUnits.path} like ${(unit?.path ?? '/none/').replace(/[\\%_]/g, (c) => '\\' + c) + '%'}`,
    );
  if (q.from) parts.push(sql`${answersItems.dueDate} >= ${q.from}::date`);
  if (q.to) parts.push(sql`${answersItems.dueDate} <= ${q.to}::date`);
  const cls = (c: AnswerCompliance) => sql<number>`count(*) filter (where ${complianceSql(c, t)})::int`;
  const rows = await ctx.db
    .select({
      unitId: orgUnits.id,
      unitName: orgUnits.name,
      on_time: cls('on_time'),
      late: cls('late'),
      overdue: cls('overdue'),
      pending: cls('pending'),
    })
    .from(answersItems)
    .innerJoin(answersSources, eq(answersSources.id, answersItems.sourceId))
    .innerJoin(orgUnits, eq(orgUnits.id, answersItems.responsibleUnitId))
    .where(and(...parts))
    .groupBy(orgUnits.id, orgUnits.name)
    .orderBy(sql`5 desc`, orgUnits.name);
  const expand = (r: { on_time: number; late: number; overdue: number; pending: number }) =>
    (['on_time', 'late', 'overdue', 'pending'] as const).flatMap((k) =>
      Array<AnswerCompliance>(Number(r[k])).fill(k),
    );
  const items = rows.map((r) => ({
    unitId: r.unitId,
    unitName: r.unitName,
    ...tallyAnswerCompliance(expand(r)),
  }));
  const all = tallyAnswerCompliance(rows.flatMap(expand));
  const start = (q.page - 1) * q.pageSize;
  return {
    items: items.slice(start, start + q.pageSize),
    total: items.length,
    page: q.page,
    pageSize: q.pageSize,
    summary: all,
  };
}
