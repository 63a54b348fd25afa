/** The portal's public reads: home, sections, reception sessions, units, terms, the challenge. */
import type {
  PortalItem,
  PortalSectionKey,
  PortalTerms,
  PublicScheduleQuery,
  PublicSession,
  PublicUnit,
} from '@danvan/contracts';
import { SCHEDULE_KIND_LABELS } from '@danvan/contracts';
import {
  addDays,
  formatDateVi,
  matchesVi,
  PETITION_FIELDS,
  PETITION_FIELD_LABELS,
  PETITION_KIND_LABELS,
  PORTAL_CONSENT_LEGAL_BASIS_VI,
  PORTAL_CONSENT_TEXT,
  PORTAL_CONSENT_VERSION,
  PORTAL_PUBLIC_STATEMENT,
  PORTAL_SUBMISSION_KINDS,
} from '@danvan/domain';
import { today, type Ctx } from '../../../core/context.ts';
import { NotFound } from '../../../core/errors.ts';
import { listPage, memoryList } from '../../../core/page.ts';
import {
  countPortalSection,
  getPortalSectionItem,
  listPortalSection,
  portalSection,
  portalSections,
} from '../../../core/portal.ts';
import * as org from '../../org/index.ts';
import { publicSchedules } from '../../reception/index.ts';
import { overallSatisfaction } from '../rating/read-ratings.ts';
import { newChallenge } from '../shared/altcha.ts';
import { ipKey, takeHit } from '../shared/rate-limit.ts';
import { MAX_PORTAL_FILES, PORTAL_ATTACH_MINUTES, PORTAL_FILE_ACCEPT } from '../submission/files.rules.ts';

export async function portalHome(ctx: Ctx) {
  const sections = [];
  for (const s of portalSections())
    sections.push({ key: s.key, order: s.order, title: s.title, count: await countPortalSection(ctx, s) });
  return { sections, satisfaction: await overallSatisfaction(ctx) };
}

function sectionOf(key: string) {
  const s = portalSection(key);
  if (!s) throw NotFound('Chuyên mục');
  return s;
}

export async function listSectionItems(
  ctx: Ctx,
  key: PortalSectionKey,
  q: { page: number; pageSize: number; unitId?: number; q?: string },
) {
  // the section's owner pages it (core/page.ts listPage); public, so no `can`
  const { items, total } = await listPortalSection(ctx, sectionOf(key), q);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getSectionItem(ctx: Ctx, key: PortalSectionKey, id: number): Promise<PortalItem> {
  const item = await getPortalSectionItem(ctx, sectionOf(key), id);
  if (!item) throw NotFound('Nội dung');
  return item;
}

/** The default span of the schedule list: today and the 30 days after. */
export const SCHEDULE_DAYS = 30;

/** Upcoming sessions of the published schedules, searched by unit, place or title without diacritics. */
export async function listPublicSessions(ctx: Ctx, q: PublicScheduleQuery) {
  const from = q.from ?? today(ctx);
  const to = q.to ?? addDays(from, SCHEDULE_DAYS);
  const sessions = await publicSchedules(ctx, { unitId: q.unitId, from, to });
  const words = q.q?.trim();
  const found = words
    ? sessions.filter((s) => matchesVi(`${s.unitName} ${s.place} ${s.title}`, words))
    : sessions;
  // read whole from the reception module and paged here; public, so no `can`
  return listPage(ctx, q, {
    ...memoryList(found),
    present: (rows): PublicSession[] =>
      rows.map((s) => ({
        date: s.date,
        startTime: s.startTime,
        endTime: s.endTime,
        scheduleId: s.scheduleId,
        unitId: s.unitId,
        unitName: s.unitName,
        kind: s.kind,
        kindLabel: SCHEDULE_KIND_LABELS[s.kind]?.vi ?? s.kind,
        title: s.title,
        place: s.place,
        receiverName: s.receiverName,
        receiverTitle: s.receiverTitle,
        headInPerson: s.headInPerson,
        online: s.online,
        onlineLink: s.onlineLink,
      })),
  });
}

/** The sessions as items of the 'schedules' section. */
export async function sessionItems(
  ctx: Ctx,
  q: { page: number; pageSize: number; unitId?: number; q?: string },
) {
  const r = await listPublicSessions(ctx, { ...q });
  const items: PortalItem[] = r.items.map((s) => ({
    id: String(s.scheduleId),
    section: 'schedules',
    title: `${s.unitName}: ${s.kindLabel}`,
    summary: s.title,
    unitId: s.unitId,
    unitName: s.unitName,
    date: s.date,
    field: null,
    fieldLabel: null,
    state: null,
    stateLabel: null,
    facts: [
      { label: 'Ngày', value: formatDateVi(s.date) },
      { label: 'Thời gian', value: `${s.startTime}–${s.endTime}` },
      { label: 'Địa điểm', value: s.place },
      { label: 'Người tiếp', value: [s.receiverTitle, s.receiverName].filter(Boolean).join(' ') },
      ...(s.online ? [{ label: 'Tiếp trực tuyến', value: s.onlineLink || 'Có' }] : []),
    ],
  }));
  return { items, total: r.total };
}

/** Active units a citizen may send to, searched without diacritics. */
export async function listPublicUnits(
  ctx: Ctx,
  q: { page: number; pageSize: number; q?: string; parentId?: number },
) {
  const all = await org.findUnits(ctx, q.parentId ? { underUnitId: q.parentId } : {});
  const words = q.q?.trim();
  const found = all
    .filter((u) => (q.parentId ? u.parentId === q.parentId : true))
    .filter((u) => !words || matchesVi(`${u.name} ${u.shortName ?? ''} ${u.parentName ?? ''}`, words))
    .sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name, 'vi'));
  return listPage(ctx, q, {
    ...memoryList(found),
    present: (rows): PublicUnit[] =>
      rows.map((u) => ({
        id: u.id,
        name: u.name,
        kind: u.kind,
        parentId: u.parentId,
        parentName: u.parentName,
        depth: u.depth,
      })),
  });
}

export function portalTerms(ctx: Ctx): PortalTerms {
  const kinds = PORTAL_SUBMISSION_KINDS.filter((k) => k !== 'to_cao' || ctx.config.VAULT_MODE !== 'paper');
  return {
    consentVersion: PORTAL_CONSENT_VERSION,
    legalBasis: PORTAL_CONSENT_LEGAL_BASIS_VI,
    consent: { vi: [...PORTAL_CONSENT_TEXT.vi], en: [...PORTAL_CONSENT_TEXT.en] },
    whatIsPublic: { vi: [...PORTAL_PUBLIC_STATEMENT.public.vi], en: [...PORTAL_PUBLIC_STATEMENT.public.en] },
    whatIsNotPublic: {
      vi: [...PORTAL_PUBLIC_STATEMENT.private.vi],
      en: [...PORTAL_PUBLIC_STATEMENT.private.en],
    },
    kinds: kinds.map((code) => ({ code, label: { ...PETITION_KIND_LABELS[code] } })),
    fields: PETITION_FIELDS.map((code) => ({ code, label: { ...PETITION_FIELD_LABELS[code] } })),
    files: {
      maxFiles: MAX_PORTAL_FILES,
      maxBytes: ctx.config.maxUploadBytes,
      attachMinutes: PORTAL_ATTACH_MINUTES,
      accept: [...PORTAL_FILE_ACCEPT],
    },
  };
}

/** A proof-of-work challenge for the widget (per-address limit). */
export async function portalChallenge(ctx: Ctx) {
  await takeHit(ctx, 'challenge_ip', ipKey(ctx));
  return newChallenge(ctx);
}
