import type { z } from 'zod';
import type { AnswerSourceQuery } from '@danvan/contracts';
import { normalizeVi } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { listPage } from '../../../core/page.ts';
import { listCan, requireActor, scopesFor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import { authorizeSource, canCreateSourceAt, type SourceAction } from './source.policy.ts';
import { presentSource, presentSourceDetail } from './source.present.ts';
import * as repo from './source.repository.ts';

/** Loads a source the actor may read (404 otherwise), authorised for `action`. */
export async function loadSource(ctx: Ctx, id: number, action: SourceAction = 'read', lock = false) {
  const actor = requireActor(ctx.actor);
  const s = await repo.getSource(ctx.db, id, today(ctx), lock);
  const viaItems = s ? await repo.hasAssignedItem(ctx.db, id, scopesFor(actor, 'answers:read')) : false;
  authorizeSource(ctx, action, s ? repo.sourceRef(s) : undefined, viaItems);
  return { source: s!, viaItems };
}

export async function getSource(ctx: Ctx, id: number) {
  const { source, viaItems } = await loadSource(ctx, id);
  return presentSourceDetail(ctx, source, viaItems);
}

export async function listSources(ctx: Ctx, q: z.infer<typeof AnswerSourceQuery>) {
  const actor = requireActor(ctx.actor);
  const unit = q.unitId ? await org.getUnitById(ctx, q.unitId) : undefined;
  return listPage(ctx, q, {
    ...repo.sourceList(
      ctx.db,
      scopesFor(actor, 'answers:read'),
      {
        kind: q.kind,
        unitPath: q.unitId ? (unit?.path ?? '/none/') : undefined,
        q: q.q ? normalizeVi(q.q) : undefined,
        year: q.year,
      },
      today(ctx),
    ),
    present: (rows) => rows.map((r) => presentSource(ctx, r)),
    can: listCan(actor, unit ? { id: unit.id, path: unit.path } : undefined, (u) =>
      canCreateSourceAt(actor, u),
    ),
  });
}
