import type { z } from 'zod';
import type { AcceptPetition } from '@danvan/contracts';
import { deadlineRuleCode, metDeadline, rawLastDay, type PetitionKind } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { RuleViolation } from '../../../core/errors.ts';
import { deadlineFor } from '../../legal/index.ts';
import { assertHandler, ruleDetails, runStep } from './load-petition.ts';
import { presentDetail } from './petition.present.ts';

/**
 * Thụ lý: the resolution deadline from the rule in force on the day of acceptance (a complaint
 * accepted in June 2026 keeps the limit of June 2026), marked used; and the longest time the law
 * allows (every extension), the line past which the case is "kéo dài".
 */
export async function acceptPetition(ctx: Ctx, id: number, input: z.infer<typeof AcceptPetition>) {
  const p = await runStep(ctx, id, 'accept', 'handle', input, async (tx, c, p) => {
    if (p.competence && p.competence !== 'own')
      throw RuleViolation(
        'Đơn không thuộc thẩm quyền giải quyết của đơn vị: chuyển đơn hoặc hướng dẫn người gửi đơn.',
      );
    if (input.handlerId) await assertHandler(tx, input.handlerId, p);
    const kind = p.kind as PetitionKind;
    const facts = {
      complex: input.complex ?? p.complex,
      remoteArea: input.remoteArea ?? p.remoteArea,
      secondInstance: p.secondInstance,
    };
    const code = deadlineRuleCode(kind, 'resolution');
    let resolution = null;
    let maxDue: string | null = null;
    let rawDue: string | null = null;
    let maxRaw: string | null = null;
    if (code) {
      resolution = await deadlineFor(c, code, input.on, facts, { markUsed: true });
      maxDue = resolution.dueDate;
      rawDue = maxRaw = rawLastDay(input.on, resolution.rule.value, resolution.rule.unit, resolution.dueDate);
      if (kind === 'khieu_nai' && !facts.complex) {
        const most = await deadlineFor(c, code, input.on, { ...facts, complex: true }, { markUsed: true });
        maxDue = most.dueDate;
        maxRaw = rawLastDay(input.on, most.rule.value, most.rule.unit, most.dueDate);
      }
      if (kind === 'to_cao')
        for (const n of [1, 2]) {
          const from: string = maxDue!;
          const ext = await deadlineFor(c, 'to_cao.gia_han', from, { extension: n }, { markUsed: true });
          maxDue = ext.dueDate;
          maxRaw = rawLastDay(from, ext.rule.value, ext.rule.unit, ext.dueDate);
        }
    }
    return {
      patch: {
        acceptedOn: input.on,
        complex: facts.complex,
        remoteArea: facts.remoteArea,
        competence: p.competence ?? 'own',
        resolutionDue: resolution?.dueDate ?? null,
        resolutionRuleId: resolution?.rule.id ?? null,
        resolutionRuleVersion: resolution?.rule.version ?? null,
        maxDueDate: maxDue,
        ...(input.handlerId ? { handlerId: input.handlerId } : {}),
      },
      entry: {
        dueDate: p.screeningDue,
        met: metDeadline(p.screeningDue, input.on),
        ruleId: resolution?.rule.id ?? null,
        ruleVersion: resolution?.rule.version ?? null,
        details: resolution
          ? { due: resolution.dueDate, rawDue, maxDue, maxRaw, ...ruleDetails(resolution) }
          : { due: null },
      },
      auditAfter: {
        acceptedOn: input.on,
        resolutionDue: resolution?.dueDate ?? null,
        ruleId: resolution?.rule.id ?? null,
        handlerId: input.handlerId ?? p.handlerId,
      },
    };
  });
  return presentDetail(ctx, p);
}
