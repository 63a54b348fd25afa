import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PublishedAnswer, PublishedAnswerQuery } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { answersItems, answersSources } from '../../../db/schema/answers.ts';
import { orgUnits } from '../../../db/schema/org.ts';

/**
 * The published answers, for anyone (the portal; no account): the item, its answer and the
 * answering unit only. Also what other modules read (`publishedAnswers` of index.ts).
 */
export async function publishedAnswers(ctx: Ctx, q: z.infer<typeof PublishedAnswerQuery>) {
  const where = and(eq(answersItems.published, true), q.kind ? eq(answersSources.kind, q.kind) : undefined);
  const rows = await ctx.db
    .select({
      itemId: answersItems.id,
      sourceKind: answersSources.kind,
      sourceTitle: answersSources.title,
      number: answersItems.number,
      field: answersItems.field,
      text: answersItems.text,
      responsibleUnitName: sql<string>`coalesce(${orgUnits.name}, '')`,
      answerText: sql<string>`case when ${answersItems.status} = 'not_taken' then ${answersItems.declineReason} else ${answersItems.answerText} end`,
      answeredOn: answersItems.answeredOn,
      publishedAt: answersItems.publishedAt,
    })
    .from(answersItems)
    .innerJoin(answersSources, eq(answersSources.id, answersItems.sourceId))
    .leftJoin(orgUnits, eq(orgUnits.id, answersItems.responsibleUnitId))
    .where(where)
    .orderBy(desc(answersItems.publishedAt), desc(answersItems.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ n }] = (await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(answersItems)
    .innerJoin(answersSources, eq(answersSources.id, answersItems.sourceId))
    .where(where)) as { n: number }[];
  const items: PublishedAnswer[] = rows.map((r) => ({
    ...r,
    sourceKind: r.sourceKind as PublishedAnswer['sourceKind'],
    field: r.field as PublishedAnswer['field'],
    publishedAt: (r.publishedAt ?? new Date(0)).toISOString(),
  }));
  return { items, total: Number(n), page: q.page, pageSize: q.pageSize };
}
