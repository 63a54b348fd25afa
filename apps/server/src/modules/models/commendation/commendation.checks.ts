/** Checks shared by the commendation verbs. */
import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import * as modelsRepo from '../model/model.repository.ts';
import { canModel } from '../model/model.policy.ts';
import { notAfterToday } from '../model/model.checks.ts';

/** The linked model exists and the actor reads it (404 otherwise). */
export async function checkModelLink(ctx: Ctx, modelId: number | null | undefined): Promise<void> {
  if (!modelId) return;
  const m = await modelsRepo.getModel(ctx.db, modelId);
  if (!m || !canModel(ctx.actor, 'read', m)) throw NotFound('Mô hình');
}

export function checkDecisionDate(ctx: Ctx, day: string | undefined): void {
  if (day) notAfterToday(ctx, day, 'decisionDate', 'Ngày quyết định');
}
