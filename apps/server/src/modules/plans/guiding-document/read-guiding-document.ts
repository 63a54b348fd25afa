/** Reading the register of guiding documents (văn bản chỉ đạo): the list, and one document. */
import type { GuidingDocumentQuery } from '@danvan/contracts';
import type { Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listCan, requireActor } from '../../../core/scope.ts';
import { readScopes, readableUnit } from '../shared/unit.policy.ts';
import * as repo from './guiding-document.repository.ts';
import { authorizeGuidingDocument, canGuidingDocument } from './guiding-document.policy.ts';
import { presentDoc } from './guiding-document.present.ts';

export async function listDocs(ctx: Ctx, q: GuidingDocumentQuery) {
  const usableBy = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const { rows, total } = await repo.listDocs(
    ctx.db,
    readScopes(ctx),
    { q: q.q?.trim() || undefined, kind: q.kind, year: q.year, usableBy },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  const can = listCan(ctx.actor, usableBy, (at) =>
    canGuidingDocument(ctx.actor, 'create', { unitId: at.id, unitPath: at.path, sharedWithSubunits: false }),
  );
  return { items: rows.map((d) => presentDoc(ctx, d)), total, page: q.page, pageSize: q.pageSize, can };
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
