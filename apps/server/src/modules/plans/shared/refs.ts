/**
 * Resolving unit selectors (groups, kinds, lists) to units, and checking that cited documents, themes
 * and movements are ones the unit may use.
 */
import type { UnitSelector } from '@danvan/contracts';
import { UNIT_KINDS } from '@danvan/domain';
import type { Ctx } from '../../../core/context.ts';
import { Invalid } from '../../../core/errors.ts';
import { fetchRows } from '../../../core/page.ts';
import { requireActor } from '../../../core/scope.ts';
import * as org from '../../org/index.ts';
import type { UnitView } from '../../org/index.ts';
import * as docsRepo from '../guiding-document/guiding-document.repository.ts';
import * as themesRepo from '../theme/theme.repository.ts';
import * as movementsRepo from '../movement/movement.repository.ts';
import { directsTest, readScopes, readsAtTest } from './unit.policy.ts';

export function emptySelector(s: Partial<UnitSelector> | null | undefined): boolean {
  return !s || (!(s.groups?.length ?? 0) && !(s.kinds?.length ?? 0) && !(s.unitIds?.length ?? 0));
}

export function normalizeSelector(s: Partial<UnitSelector> | null | undefined): UnitSelector {
  return {
    groups: [...new Set(s?.groups ?? [])],
    kinds: [...new Set(s?.kinds ?? [])],
    unitIds: [...new Set(s?.unitIds ?? [])],
  };
}

/**
 * The active units (on `asOf`) a selector designates under `owner` (the plan's unit). Units other
 * than the owner need plans:manage over them (unless `requireManage` is false); listed units outside
 * that are refused by name, group and kind members outside it are left out. `includeOwner`: whether
 * the owner itself may be selected.
 */
export async function resolveSelector(
  ctx: Ctx,
  selector: UnitSelector,
  owner: { id: number; path: string },
  asOf: string,
  opts: { includeOwner: boolean; label: string; requireManage?: boolean },
): Promise<UnitView[]> {
  requireActor(ctx.actor);
  const directs = directsTest(ctx);
  // When a plan is issued, the selection made (and checked) while drafting is applied as it stands:
  // the issuer's authority over the plan's unit covers the units below it.
  const requireManage = opts.requireManage ?? true;
  const allowed = (u: { id: number; path: string }) =>
    (opts.includeOwner && u.id === owner.id) ||
    (u.id !== owner.id && u.path.startsWith(owner.path) && (!requireManage || directs(u)));
  const out = new Map<number, UnitView>();

  if (selector.groups.length) {
    const known = new Set((await org.listGroups(ctx)).map((g) => g.code));
    const unknown = selector.groups.filter((g) => !known.has(g));
    if (unknown.length) throw Invalid(`Nhóm đơn vị không tồn tại: ${unknown.join(', ')}.`);
    for (const group of selector.groups)
      for (const u of await org.findUnits(ctx, { group, underUnitId: owner.id, asOf }))
        if (allowed(u)) out.set(u.id, u);
  }
  for (const kind of selector.kinds)
    for (const u of await org.findUnits(ctx, { kind, underUnitId: owner.id, asOf }))
      if (allowed(u)) out.set(u.id, u);
  if (selector.unitIds.length) {
    const listed = await org.getUnitsByIds(ctx, selector.unitIds);
    const reads = readsAtTest(ctx);
    const bad: string[] = [];
    for (const id of selector.unitIds) {
      const u = listed.find((x) => x.id === id);
      if (!u || !reads(u)) bad.push(`#${id}`);
      else if (!allowed(u)) bad.push(`"${u.name}"`);
      else if (!(u.validFrom <= asOf && (u.validTo === null || u.validTo >= asOf)))
        throw Invalid(`${opts.label}: đơn vị "${u.name}" không còn hoạt động vào ngày ${fmt(asOf)}.`);
      else out.set(u.id, u);
    }
    if (bad.length)
      throw Invalid(
        `${opts.label}: không thể chọn ${bad.join(', ')} (ngoài phạm vi quản lý của bạn hoặc không thuộc đơn vị ban hành).`,
      );
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** Checks that the documents exist and the unit may cite them (its own or shared by its superiors). */
export async function checkDocs(ctx: Ctx, ids: number[], unit: { id: number; path: string }) {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const list = docsRepo.docList(ctx.db, readScopes(ctx), { ids: unique, usableBy: unit });
  const rows = await fetchRows(list.rows, { limit: unique.length, offset: 0 });
  const missing = unique.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length)
    throw Invalid(
      `Văn bản chỉ đạo không tồn tại hoặc đơn vị không được sử dụng: ${missing.map((i) => `#${i}`).join(', ')}.`,
    );
  return unique;
}

export async function checkTheme(
  ctx: Ctx,
  themeId: number | null | undefined,
  unit: { id: number; path: string },
) {
  if (!themeId) return null;
  const t = await themesRepo.getTheme(ctx.db, themeId);
  if (!t || !unit.path.startsWith(t.unitPath))
    throw Invalid('Chủ đề năm không tồn tại hoặc không áp dụng cho đơn vị.');
  return t.id;
}

export async function checkMovements(ctx: Ctx, ids: number[], unit: { id: number; path: string }) {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await movementsRepo.listMovements(ctx.db, readScopes(ctx), { ids: unique, appliesTo: unit });
  const missing = unique.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw Invalid('Phong trào không tồn tại hoặc không áp dụng cho đơn vị.');
  return unique;
}

/** Units the actor can read, by id; unknown or out-of-scope ids are refused. */
export async function checkReadableUnits(ctx: Ctx, ids: number[], label: string) {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const reads = readsAtTest(ctx);
  const units = await org.getUnitsByIds(ctx, unique);
  const missing = unique.filter((id) => !units.some((u) => u.id === id && reads(u)));
  if (missing.length) throw Invalid(`${label}: đơn vị không tồn tại hoặc ngoài phạm vi.`);
  return units;
}

export function fmt(iso: string | null | undefined): string {
  if (!iso) return '';
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Short unit references for views, by id, preserving order. */
export async function unitRefs(ctx: Ctx, ids: number[]) {
  const unique = [...new Set(ids.filter(Boolean))];
  if (!unique.length) return new Map<number, { id: number; code: string; name: string }>();
  const units = await org.getUnitsByIds(ctx, unique);
  return new Map(units.map((u) => [u.id, { id: u.id, code: u.code, name: u.name }]));
}

export async function docRefMap(ctx: Ctx, ids: number[]) {
  const rows = await docsRepo.docRefs(ctx.db, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, r]));
}

/** A selector in words for documents and exports: 'Khối xã, phường; Sở Nội vụ, Sở Tư pháp'. */
export async function describeSelector(ctx: Ctx, s: UnitSelector | null | undefined): Promise<string> {
  if (!s || emptySelector(s)) return '';
  const parts: string[] = [];
  if (s.groups.length) {
    const groups = new Map((await org.listGroups(ctx)).map((g) => [g.code, g.name]));
    parts.push(...s.groups.map((g) => groups.get(g) ?? g));
  }
  if (s.kinds.length) {
    const names = new Map(UNIT_KINDS.map((k) => [k.code as string, k.nameVi]));
    parts.push(...s.kinds.map((k) => `Các đơn vị loại ${names.get(k) ?? k}`));
  }
  if (s.unitIds.length) {
    const units = await org.getUnitsByIds(ctx, s.unitIds.slice(0, 6));
    const names = units.map((u) => u.name);
    parts.push(
      s.unitIds.length > 6 ? `${names.join(', ')} và ${s.unitIds.length - 6} đơn vị khác` : names.join(', '),
    );
  }
  return parts.join('; ');
}

/** The documents a record cites, as short references, in the record's order. */
export async function citedDocs(ctx: Ctx, ids: number[]) {
  const m = await docRefMap(ctx, ids);
  return ids.map((i) => m.get(i)).filter((d): d is NonNullable<typeof d> => Boolean(d));
}
