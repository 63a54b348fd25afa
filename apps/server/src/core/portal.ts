import type { PortalItem, PortalSectionKey, PublicationState } from '@danvan/contracts';
import type { Ctx } from './context.ts';

/**
 * The public portal's registry, as core/figures.ts is for report figures.
 *
 * 1. Sections (the portal's page list): a module registers one at load time (its <m>.hooks.ts) with
 *    `registerPortalSection({ key, order, title, list, get?, count? })`. `list` answers public items
 *    only (no person's data: it runs for anyone, without an actor) in the one shape `PortalItem`. A
 *    section that only shows what its module published may leave `list`, `get` and `count` out: it
 *    then lists its publications (below).
 * 2. Publishing: `publishToPortal(ctx, {...})` writes a publication record (source module, kind and
 *    id, unit, field, title, public text, honest state) and `withdrawFromPortal` takes it down, in
 *    the caller's transaction, with an audit row. The caller has checked its own policy (who may
 *    publish what) and anonymised the text. One live publication per source record. The portal
 *    module keeps the records and registers their implementation (`registerPortalPublisher`), so
 *    modules call this file and never the portal module.
 */

export interface PortalListQuery {
  page: number;
  pageSize: number;
  unitId?: number;
  q?: string;
}

export interface PortalSectionDef {
  key: PortalSectionKey;
  /** Position in the portal's menu (ascending). */
  order: number;
  title: { vi: string; en: string };
  /** The public items, newest or soonest first. Omitted: the section's publications. */
  list?(ctx: Ctx, q: PortalListQuery): Promise<{ items: PortalItem[]; total: number }>;
  /** One public item by its id (null when there is none, or it is not public). */
  get?(ctx: Ctx, id: number): Promise<PortalItem | null>;
  /** How many public items the home page announces; default: `list`'s total. */
  count?(ctx: Ctx): Promise<number>;
}

/** The source record of a publication. */
export interface PublicationSource {
  /** The module that publishes (its name: 'petitions', 'answers', 'inspections' …). */
  sourceModule: string;
  /** The kind of record within it ('petition', 'voter_petition', 'inspection' …). */
  sourceKind: string;
  sourceId: string | number;
}

export interface PublicationInput extends PublicationSource {
  section: PortalSectionKey;
  unitId: number;
  /** The field (lĩnh vực) code, when the record has one. */
  field?: string | null;
  title: string;
  /** What the public reads: the caller's own, anonymised text. */
  text: string;
  /** The honest outcome, for answers: resolved, resolved in part, not within competence, closed. */
  state?: PublicationState | null;
}

export interface PublicationRef {
  id: number;
  version: number;
  section: PortalSectionKey;
  publishedAt: Date;
}

/** What the portal module provides (modules/portal/portal.hooks.ts registers it). */
export interface PortalPublisher {
  publish(ctx: Ctx, input: PublicationInput): Promise<PublicationRef>;
  withdraw(ctx: Ctx, source: PublicationSource, reason: string): Promise<boolean>;
  find(ctx: Ctx, source: PublicationSource): Promise<PublicationRef | null>;
  listSection(
    ctx: Ctx,
    section: PortalSectionKey,
    q: PortalListQuery,
  ): Promise<{ items: PortalItem[]; total: number }>;
  getInSection(ctx: Ctx, section: PortalSectionKey, id: number): Promise<PortalItem | null>;
}

const sections = new Map<string, PortalSectionDef>();
let publisher: PortalPublisher | null = null;

/**
 * Modules call this once at load time (their hooks run once). A section has one owner: a key
 * registered twice throws, so two modules never both define a section and the last one silently wins.
 */
export function registerPortalSection(def: PortalSectionDef): void {
  const earlier = sections.get(def.key);
  if (earlier)
    throw new Error(
      `portal section "${def.key}" registered twice ("${earlier.title.vi}", then "${def.title.vi}"): a section has one owner`,
    );
  sections.set(def.key, def);
}

/** The registered sections in menu order. */
export function portalSections(): PortalSectionDef[] {
  return [...sections.values()].sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
}

export function portalSection(key: string): PortalSectionDef | undefined {
  return sections.get(key);
}

/** The portal module registers how publications are kept. */
export function registerPortalPublisher(p: PortalPublisher): void {
  publisher = p;
}

function need(): PortalPublisher {
  if (!publisher) throw new Error('the portal module is not loaded: no publisher registered');
  return publisher;
}

/** Publishes a record on the portal (in the caller's transaction, audited). */
export function publishToPortal(ctx: Ctx, input: PublicationInput): Promise<PublicationRef> {
  return need().publish(ctx, input);
}

/** Takes a record's live publication down; false when it had none. */
export function withdrawFromPortal(ctx: Ctx, source: PublicationSource, reason: string): Promise<boolean> {
  return need().withdraw(ctx, source, reason);
}

/** The live publication of a record, or null. */
export function portalPublicationOf(ctx: Ctx, source: PublicationSource): Promise<PublicationRef | null> {
  return need().find(ctx, source);
}

/** The items of a section: its own `list`, or its publications. */
export function listPortalSection(
  ctx: Ctx,
  def: PortalSectionDef,
  q: PortalListQuery,
): Promise<{ items: PortalItem[]; total: number }> {
  return def.list ? def.list(ctx, q) : need().listSection(ctx, def.key, q);
}

export function getPortalSectionItem(
  ctx: Ctx,
  def: PortalSectionDef,
  id: number,
): Promise<PortalItem | null> {
  if (def.get) return def.get(ctx, id);
  if (def.list) return Promise.resolve(null);
  return need().getInSection(ctx, def.key, id);
}

export async function countPortalSection(ctx: Ctx, def: PortalSectionDef): Promise<number> {
  if (def.count) return def.count(ctx);
  return (await listPortalSection(ctx, def, { page: 1, pageSize: 1 })).total;
}
