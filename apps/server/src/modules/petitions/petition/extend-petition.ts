import type { z } from 'zod';
import type { ReasonPetitionStep } from '@danvan/contracts';
import { formatDateVi, metDeadline, planExtension, rawLastDay, type PetitionKind } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { RuleViolation } from '../../../core/errors.ts';
import { deadlineFor, workingCalendar } from '../../legal/index.ts';
import { ruleDetails, runStep } from './load-petition.ts';
import * as repo from './petition.repository.ts';
import { presentDetail } from './petition.present.ts';
import { suspensionsOf, withSuspensions } from './suspension.ts';

/**
 * Gia hạn (the head's decision, with the reason), before the current deadline passes and within the
 * law's limits (domain planExtension): a complaint takes the complex limit of the rule in force on
 * its acceptance day (the days it was suspended added back), a denunciation to_cao.gia_han 1 or 2
 * from its current due date.
 */
export async function extendPetition(ctx: Ctx, id: number, input: z.infer<typeof ReasonPetitionStep>) {
  const p = await runStep(ctx, id, 'extend', 'decide', { ...input, note: input.reason }, async (tx, c, p) => {
    const plan = planExtension(p.kind as PetitionKind, p.extensions, {
      complex: p.complex,
      remoteArea: p.remoteArea,
      secondInstance: p.secondInstance,
    });
    if (!plan.ok) throw RuleViolation(plan.reason);
    if (!p.resolutionDue || !p.acceptedOn) throw RuleViolation('Đơn chưa có thời hạn giải quyết để gia hạn.');
    if (input.on > p.resolutionDue)
      throw RuleViolation(
        `Phải gia hạn trước khi hết thời hạn giải quyết (ngày ${formatDateVi(p.resolutionDue)}).`,
      );
    let d;
    let due: string;
    let rawDue: string;
    if (plan.from === 'accepted') {
      d = await deadlineFor(c, plan.code, p.acceptedOn, plan.facts, { markUsed: true });
      const raw = rawLastDay(p.acceptedOn, d.rule.value, d.rule.unit, d.dueDate);
      const moved = withSuspensions(
        raw,
        suspensionsOf(await repo.steps(tx, p.id)),
        d.rule.unit,
        await workingCalendar(c),
      );
      due = moved.dueDate;
      rawDue = moved.rawDue;
    } else {
      d = await deadlineFor(c, plan.code, p.resolutionDue, plan.facts, { markUsed: true });
      due = d.dueDate;
      rawDue = rawLastDay(p.resolutionDue, d.rule.value, d.rule.unit, d.dueDate);
    }
    return {
      patch: {
        resolutionDue: due,
        extensions: plan.number,
        ...(p.kind === 'khieu_nai' ? { complex: true } : {}),
      },
      entry: {
        dueDate: p.resolutionDue,
        met: metDeadline(p.resolutionDue, input.on),
        ruleId: d.rule.id,
        ruleVersion: d.rule.version,
        details: { due, rawDue, number: plan.number, ...ruleDetails(d) },
      },
      auditAfter: { resolutionDue: due, extensions: plan.number, ruleId: d.rule.id },
    };
  });
  return presentDetail(ctx, p);
}
