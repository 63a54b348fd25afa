/** A guiding document as the API returns it. */
import type { GuidingDocument, GuidingDocumentKind } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import type * as repo from './guiding-document.repository.ts';
import { canGuidingDocumentFlags } from './guiding-document.policy.ts';

export function presentDoc(ctx: Ctx, d: repo.DocView): GuidingDocument {
  return {
    id: d.id,
    unitId: d.unitId,
    unitName: d.unitName,
    numberSymbol: d.numberSymbol,
    issuedOn: d.issuedOn,
    issuer: d.issuer,
    kind: d.kind as GuidingDocumentKind,
    title: d.title,
    summary: d.summary,
    sharedWithSubunits: d.sharedWithSubunits,
    isDemo: d.isDemo,
    createdAt: d.createdAt.toISOString(),
    can: canGuidingDocumentFlags(ctx.actor, d),
  };
}
