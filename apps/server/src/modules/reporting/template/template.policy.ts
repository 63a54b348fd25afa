import type { Actor, Ctx } from '../../../core/context.ts';
import { Err, NotFound } from '../../../core/errors.ts';
import { assertUnitAccess, inScope, requireActor, scopesFor } from '../../../core/scope.ts';

/**
 * The access rules of a report template. Every signed-in user reads templates (reference data).
 * A coordinator (reporting:templates) creates templates for units in scope and edits the latest version
 * of one owned by a unit in scope; built-in templates are never edited.
 */
export type TemplateAction = 'read' | 'create' | 'edit';

export interface TemplateRecord {
  builtin: boolean;
  ownerUnitId: number | null;
  ownerUnitPath: string | null;
  latest: boolean;
}

const owns = (actor: Actor, r: TemplateRecord) =>
  r.ownerUnitId !== null &&
  !!r.ownerUnitPath &&
  inScope(scopesFor(actor, 'reporting:templates'), { id: r.ownerUnitId, path: r.ownerUnitPath });

export function canTemplate(actor: Actor | null, action: TemplateAction, r: TemplateRecord): boolean {
  if (!actor) return false;
  if (action === 'read') return true;
  if (action === 'create') return owns(actor, r);
  return r.latest && !r.builtin && owns(actor, r);
}

export const canTemplateFlags = (actor: Actor | null, r: TemplateRecord) => ({
  edit: canTemplate(actor, 'edit', r),
});

/** Any signed-in user reads templates. */
export function authorizeTemplateRead(ctx: Ctx): void {
  requireActor(ctx.actor);
}

/** Creating a template owned by a unit: 404 when the unit is not readable, 403 when not in scope. */
export function authorizeTemplateCreate(ctx: Ctx, owner: { id: number; path: string }): void {
  assertUnitAccess(ctx.actor, 'reporting:templates', owner, 'reporting:read');
}

/**
 * Editing a template: 404 for one without an owner (built-in) or whose owner is not readable, 403 when
 * the owner is not in the actor's scope, 409 for an older version.
 */
export function authorizeTemplateEdit(ctx: Ctx, r: TemplateRecord): void {
  if (!r.ownerUnitId || !r.ownerUnitPath) throw NotFound('Đề cương báo cáo');
  assertUnitAccess(
    ctx.actor,
    'reporting:templates',
    { id: r.ownerUnitId, path: r.ownerUnitPath },
    'reporting:read',
  );
  if (!r.latest) throw Err.state_invalid('Chỉ sửa được phiên bản mới nhất của đề cương.');
}
