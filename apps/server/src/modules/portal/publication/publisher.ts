/**
 * The portal's side of core/portal.ts: how publications are kept. Every module publishes through
 * `publishToPortal` / `withdrawFromPortal` (core/portal.ts), which land here, in the caller's
 * transaction, with an audit row; the caller has checked who may publish and anonymised the text.
 */
import { PORTAL_SECTION_KEYS } from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Conflict, Invalid } from '../../../core/errors.ts';
import { listPage } from '../../../core/page.ts';
import type {
  PortalListQuery,
  PortalPublisher,
  PublicationInput,
  PublicationRef,
  PublicationSource,
} from '../../../core/portal.ts';
import * as org from '../../org/index.ts';
import * as repo from './publication.repository.ts';
import { publicationItem } from './publication.present.ts';
import type { PortalSectionKey } from '@danvan/contracts';

const sourceOf = (s: PublicationSource) => ({
  sourceModule: s.sourceModule,
  sourceKind: s.sourceKind,
  sourceId: String(s.sourceId),
});

const refOf = (r: { id: number; version: number; section: string; publishedAt: Date }): PublicationRef => ({
  id: r.id,
  version: r.version,
  section: r.section as PortalSectionKey,
  publishedAt: r.publishedAt,
});

async function publish(ctx: Ctx, input: PublicationInput): Promise<PublicationRef> {
  if (!PORTAL_SECTION_KEYS.includes(input.section))
    throw new Error(`unknown portal section ${input.section}`);
  const title = input.title.trim();
  const text = input.text.trim();
  if (!title || !text)
    throw Invalid('Tiêu đề và nội dung công bố không được để trống.', [
      { path: title ? 'text' : 'title', message: 'Không được để trống' },
    ]);
  return inTx(ctx, async (tx, c) => {
    const now = c.clock.now();
    const row = await repo.insertPublication(tx, {
      section: input.section,
      ...sourceOf(input),
      unitId: input.unitId,
      field: input.field ?? null,
      title,
      publicText: text,
      state: input.state ?? null,
      publishedAt: now,
      publishedOn: today(c),
      publishedBy: c.actor && !c.actor.system ? c.actor.userId : null,
    });
    if (!row)
      throw Conflict(
        'Nội dung này đã được công bố trên Cổng thông tin. Hãy gỡ bản đang công bố trước khi công bố lại.',
      );
    await audit(tx, c, {
      entity: 'portal_publication',
      entityId: row.id,
      unitId: row.unitId,
      action: 'portal.publish',
      after: { section: row.section, ...sourceOf(input), state: row.state, title: row.title },
    });
    return refOf(row);
  });
}

async function withdraw(ctx: Ctx, source: PublicationSource, reason: string): Promise<boolean> {
  return inTx(ctx, async (tx, c) => {
    const live = await repo.liveOfSource(tx, sourceOf(source));
    if (!live) return false;
    const row = await repo.markWithdrawn(tx, live.id, {
      at: c.clock.now(),
      by: c.actor && !c.actor.system ? c.actor.userId : null,
      reason,
    });
    if (!row) return false;
    await audit(tx, c, {
      entity: 'portal_publication',
      entityId: row.id,
      unitId: row.unitId,
      action: 'portal.withdraw',
      before: { withdrawnAt: null },
      after: { reason },
    });
    return true;
  });
}

async function find(ctx: Ctx, source: PublicationSource): Promise<PublicationRef | null> {
  const live = await repo.liveOfSource(ctx.db, sourceOf(source));
  return live ? refOf(live) : null;
}

async function underOf(ctx: Ctx, unitId?: number) {
  if (!unitId) return undefined;
  const u = await org.getUnitById(ctx, unitId);
  return u ? { path: u.path } : { path: '/none/' };
}

async function listSection(ctx: Ctx, section: PortalSectionKey, q: PortalListQuery) {
  const under = await underOf(ctx, q.unitId);
  return listPage(ctx, q, {
    ...repo.publicationList(ctx.db, { scopes: null, section, under, q: q.q }),
    present: (rows) => rows.map(publicationItem),
  });
}

async function getInSection(ctx: Ctx, section: PortalSectionKey, id: number) {
  const p = await repo.getPublication(ctx.db, id);
  return p && p.section === section && !p.withdrawnAt ? publicationItem(p) : null;
}

export const portalPublisher: PortalPublisher = { publish, withdraw, find, listSection, getInSection };
