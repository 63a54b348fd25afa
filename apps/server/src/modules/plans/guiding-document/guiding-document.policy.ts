/**
 * Who may see and do what with a guiding document (văn bản chỉ đạo). Read: a document of a unit in
 * the actor's scope, or one a superior registered as shared with its subunits (shared downwards; its
 * unshared documents stay invisible below it, 404). Written by those who write the holding unit.
 */
import type { Actor, Ctx } from '../../../core/context.ts';
import { requireActor } from '../../../core/scope.ts';
import { authorizeWith, holds, readsAt, readsBelow, unitOf, type UnitRecord } from '../shared/unit.policy.ts';

export interface GuidingDocumentRecord extends UnitRecord {
  sharedWithSubunits: boolean;
}

export type GuidingDocumentAction = 'read' | 'create' | 'update' | 'delete' | 'attach';

const write = (a: Actor | null, d: GuidingDocumentRecord) => holds(a, 'plans:unit-write', unitOf(d));

const RULES: Record<GuidingDocumentAction, (actor: Actor | null, d: GuidingDocumentRecord) => boolean> = {
  read: (a, d) => readsAt(a, unitOf(d)) || (d.sharedWithSubunits && readsBelow(a, unitOf(d))),
  create: write,
  update: write,
  delete: write,
  attach: (a, d) => write(a, d) && holds(a, 'files:write', unitOf(d)),
};

export function canGuidingDocument(
  actor: Actor | null,
  action: GuidingDocumentAction,
  d: GuidingDocumentRecord,
): boolean {
  return RULES[action](actor, d);
}

export function authorizeGuidingDocument(ctx: Ctx, action: GuidingDocumentAction, d: GuidingDocumentRecord) {
  requireActor(ctx.actor);
  authorizeWith(
    canGuidingDocument(ctx.actor, 'read', d),
    canGuidingDocument(ctx.actor, action, d),
    'Văn bản chỉ đạo',
  );
}

export function canGuidingDocumentFlags(actor: Actor | null, d: GuidingDocumentRecord) {
  return {
    update: canGuidingDocument(actor, 'update', d),
    delete: canGuidingDocument(actor, 'delete', d),
    attach: canGuidingDocument(actor, 'attach', d),
  };
}
