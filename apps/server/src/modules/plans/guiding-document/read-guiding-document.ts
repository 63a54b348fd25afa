/** Reading the register of guiding documents (văn bản chỉ đạo): the list, and one document. */
import type { GuidingDocumentQuery } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import { readScopes, readableUnit } from '../shared/unit.policy.ts';
import * as repo from './guiding-document.repository.ts';
import { authorizeGuidingDocument, canGuidingDocument } from './guiding-document.policy.ts';
import { presentDoc } from './guiding-document.present.ts';

export async function listDocs(ctx: Ctx, q: GuidingDocumentQuery) {
  const usableBy = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  return listPage(ctx, q, {
    ...repo.docList(ctx.db, readScopes(ctx), {
      q: q.q?.trim() || undefined,
      kind: q.kind,
      year: q.year,
      usableBy,
    }),
    present: (rows) => rows.map((d) => presentDoc(ctx, d)),
    can: listCan(ctx.actor, usableBy, (at) =>
      canGuidingDocument(ctx.actor, 'create', {
        unitId: at.id,
        unitPath: at.path,
        sharedWithSubunits: false,
      }),
    ),
  });
}

/** A document the actor may see: of a unit in scope, or shared by a superior. Otherwise 404. */
export async function loadDoc(ctx: Ctx, id: number) {
  requireActor(ctx.actor);
  const d = await repo.getDoc(ctx.db, id);
  if (!d) throw NotFound('Văn bản chỉ đạo');
  authorizeGuidingDocument(ctx, 'read', d);
  return d;
}

export async function getDoc(ctx: Ctx, id: number) {
  return presentDoc(ctx, await loadDoc(ctx, id));
}
