import type { Actor, Ctx } from '../../../core/context.ts';
import { Forbidden, StateInvalid } from '../../../core/errors.ts';
import { coversRoot, requireActor, scopesFor } from '../../../core/scope.ts';

/**
 * The access rules of a legal time limit. The register is national reference data: whoever holds
 * legal:read anywhere reads all of it; only an administrator of a whole tree (legal:manage over a
 * root unit) creates, edits and retires rules, since a rule holds for every unit.
 */
export type RuleAction = 'read' | 'create' | 'update' | 'retire';

export interface RuleRecord {
  retiredAt: Date | null;
}

const manages = (actor: Actor | null) => coversRoot(scopesFor(actor, 'legal:manage'));

export function canRule(actor: Actor | null, action: RuleAction, r?: RuleRecord): boolean {
  if (!actor) return false;
  if (action === 'read') return scopesFor(actor, 'legal:read').length > 0;
  if (action === 'create') return manages(actor);
  if (action === 'retire') return manages(actor) && !r?.retiredAt;
  return manages(actor) && !r?.retiredAt;
}

export const canRuleFlags = (actor: Actor | null, r: RuleRecord) => ({
  update: canRule(actor, 'update', r),
  retire: canRule(actor, 'retire', r),
});

export function authorizeRuleRead(ctx: Ctx): void {
  if (!canRule(requireActor(ctx.actor), 'read')) throw Forbidden();
}

/** Creating a rule: an administrator of a whole tree. */
export function authorizeRuleCreate(ctx: Ctx): void {
  if (!canRule(requireActor(ctx.actor), 'create'))
    throw Forbidden('Chỉ quản trị hệ thống của toàn bộ cây đơn vị được thêm, sửa thời hạn theo luật.');
}

/** Editing or retiring a rule: 403 for others, 409 for a rule already retired. */
export function authorizeRuleChange(ctx: Ctx, r: RuleRecord): void {
  authorizeRuleCreate(ctx);
  if (r.retiredAt) throw StateInvalid('Quy định đã hết hiệu lực, không sửa được.');
}
