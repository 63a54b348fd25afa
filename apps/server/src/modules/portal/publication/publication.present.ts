/** Publication rows → the contract's shapes: the staff's (with who and `can`) and the public's. */
import type {
  PortalItem,
  PortalPublication,
  PortalPublicationView,
  PortalSectionKey,
  PublicationState,
} from '@danvan/contracts';
import { PETITION_FIELD_LABELS, PUBLICATION_STATE_LABELS, type PetitionField } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { canPortal } from './publication.policy.ts';
import type { PublicationView } from './publication.repository.ts';

const fieldLabel = (f: string | null) => (f ? (PETITION_FIELD_LABELS[f as PetitionField]?.vi ?? null) : null);
const stateLabel = (s: string | null) =>
  s ? (PUBLICATION_STATE_LABELS[s as PublicationState]?.vi ?? null) : null;

export function presentPublication(ctx: Ctx, p: PublicationView): PortalPublication {
  return {
    id: p.id,
    section: p.section as PortalSectionKey,
    sourceModule: p.sourceModule,
    sourceKind: p.sourceKind,
    sourceId: p.sourceId,
    unitId: p.unitId,
    unitName: p.unitName,
    field: p.field,
    fieldLabel: fieldLabel(p.field),
    title: p.title,
    text: p.publicText,
    state: (p.state as PublicationState | null) ?? null,
    stateLabel: stateLabel(p.state),
    publishedAt: p.publishedAt.toISOString(),
    publishedByName: p.publishedByName,
    withdrawnAt: p.withdrawnAt?.toISOString() ?? null,
    withdrawnByName: p.withdrawnByName,
    withdrawReason: p.withdrawReason,
    version: p.version,
    can: { withdraw: !p.withdrawnAt && canPortal(ctx.actor, 'publish', p) },
  };
}

/** What the public reads of a publication: no one who published it, nothing of its source. */
export function presentPublic(p: PublicationView): PortalPublicationView {
  return {
    id: p.id,
    section: p.section as PortalSectionKey,
    unitId: p.unitId,
    unitName: p.unitName,
    field: p.field,
    fieldLabel: fieldLabel(p.field),
    title: p.title,
    text: p.publicText,
    state: (p.state as PublicationState | null) ?? null,
    stateLabel: stateLabel(p.state),
    publishedAt: p.publishedAt.toISOString(),
    publishedOn: p.publishedOn,
  };
}

/** A publication as an item of its portal section. */
export function publicationItem(p: PublicationView): PortalItem {
  return {
    id: String(p.id),
    section: p.section as PortalSectionKey,
    title: p.title,
    summary: p.publicText,
    unitId: p.unitId,
    unitName: p.unitName,
    date: p.publishedOn,
    field: p.field,
    fieldLabel: fieldLabel(p.field),
    state: p.state,
    stateLabel: stateLabel(p.state),
    facts: [],
  };
}
