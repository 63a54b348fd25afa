import type { z } from 'zod';
import type { AnswerComplianceQuery, AnswerComplianceReport } from '@danvan/contracts';
import { tallyAnswerCompliance, type AnswerCompliance } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { requireActor, scopesFor } from '../../../core/scope.ts';
import { listPage, memoryList } from '../../../core/page.ts';
import * as org from '../../org/index.ts';
import { complianceByUnit } from './item.repository.ts';

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
  const rows = await complianceByUnit(
    ctx.db,
    scopesFor(actor, 'answers:read'),
    {
      kind: q.kind,
      unitPath: q.unitId ? (unit?.path ?? '/none/') : undefined,
      from: q.from,
      to: q.to,
    },
    t,
  );
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
  // one row per unit, tallied whole for the summary and paged in memory
  return {
    ...(await listPage(ctx, q, { ...memoryList(items), present: (page) => page })),
    summary: all,
  };
}
