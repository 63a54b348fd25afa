import type { z } from 'zod';
import type { ResumePetition } from '@danvan/contracts';
import { dueAfterSuspension, type TimeLimitUnit } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { Invalid } from '../../../core/errors.ts';
import { workingCalendar } from '../../legal/index.ts';
import { runStep } from './load-petition.ts';
import * as repo from './petition.repository.ts';
import { presentDetail } from './petition.present.ts';
import { latestRaw } from './suspension.ts';

/** The unit of the rule behind the current resolution deadline (from the timeline). */
async function resolutionUnit(db: Parameters<typeof repo.steps>[0], id: number): Promise<TimeLimitUnit> {
  const lines = (await repo.steps(db, id)).filter(
    (s) => (s.step === 'accept' || s.step === 'extend') && s.details?.unit,
  );
  return (lines.at(-1)?.details?.unit as TimeLimitUnit) ?? 'calendar_days';
}

/** Tiếp tục giải quyết: the days suspended are added back to the deadline and to the "kéo dài" line. */
export async function resumePetition(ctx: Ctx, id: number, input: z.infer<typeof ResumePetition>) {
  const p = await runStep(ctx, id, 'resume', 'decide', input, async (tx, c, p) => {
    const from = p.suspendedOn!;
    if (input.on < from)
      throw Invalid('Ngày tiếp tục giải quyết không được trước ngày tạm đình chỉ.', [
        { path: 'on', message: 'Trước ngày tạm đình chỉ' },
      ]);
    const unit = await resolutionUnit(tx, p.id);
    const cal = await workingCalendar(c);
    const { rawDue, maxRaw } = latestRaw(await repo.steps(tx, p.id), p);
    const moved = rawDue ? dueAfterSuspension(rawDue, from, input.on, unit, cal) : null;
    const maxMoved = maxRaw ? dueAfterSuspension(maxRaw, from, input.on, unit, cal) : null;
    return {
      patch: {
        suspendedOn: null,
        resolutionDue: moved?.dueDate ?? null,
        maxDueDate: maxMoved?.dueDate ?? null,
      },
      entry: {
        ruleId: p.resolutionRuleId,
        ruleVersion: p.resolutionRuleVersion,
        details: {
          suspendedOn: from,
          resumedOn: input.on,
          days: moved?.days ?? 0,
          due: moved?.dueDate ?? null,
          rawDue: moved?.rawDue ?? null,
          maxRaw: maxMoved?.rawDue ?? null,
          unit,
        },
      },
      auditAfter: { resolutionDue: moved?.dueDate ?? null, suspendedDays: moved?.days ?? 0 },
    };
  });
  return presentDetail(ctx, p);
}
