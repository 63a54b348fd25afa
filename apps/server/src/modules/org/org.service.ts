import type { z } from 'zod';
import type {
  CreateOrgUnit,
  DeactivateOrgUnit,
  MergeOrgUnits,
  MoveOrgUnit,
  OrgUnitListQuery,
  SplitOrgUnit,
  UpdateOrgUnit,
} from '@danvan/contracts';
import { addDays } from '@danvan/domain';
import { today, type Ctx } from '../../core/context.ts';
import { audit, inTx } from '../../core/audit.ts';
import { Err, Invalid, NotFound } from '../../core/errors.ts';
import { assertUnitAccess, inScope, requireActor, scopesFor } from '../../core/scope.ts';
import * as repo from './org.repository.ts';
import type { UnitView } from './org.repository.ts';

export type { UnitView } from './org.repository.ts';

/** 'YYYY-MM-DD' → 'dd/MM/yyyy'. */
const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function isActive(u: { validFrom: string; validTo: string | null }, asOf: string): boolean {
  return u.validFrom <= asOf && (u.validTo === null || u.validTo >= asOf);
}

/** A unit as the API returns it, with what the actor may do with it. */
export function present(ctx: Ctx, u: UnitView) {
  const t = today(ctx);
  const active = isActive(u, t);
  const canWrite = ctx.actor ? inScope(scopesFor(ctx.actor, 'org:write'), u) : false;
  return {
    ...u,
    kind: u.kind as z.infer<typeof CreateOrgUnit>['kind'],
    active,
    can: {
      update: canWrite && active,
      move: canWrite && active && u.parentId !== null,
      deactivate: canWrite && active,
      merge: canWrite && active,
      split: canWrite && active,
      createChild: canWrite && active,
    },
  };
}

export async function listUnits(ctx: Ctx, q: z.infer<typeof OrgUnitListQuery>) {
  const scopes = scopesFor(requireActor(ctx.actor), 'org:read');
  const { items, total } = await repo.listUnits(
    ctx.db,
    scopes,
    {
      q: q.q?.trim() || undefined,
      parentId: q.parentId,
      kind: q.kind,
      group: q.group,
      includeInactive: q.includeInactive,
      asOf: q.asOf ?? today(ctx),
    },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { items: items.map((u) => present(ctx, u)), total, page: q.page, pageSize: q.pageSize };
}

/** The top units of the actor's visible tree (their assignment units), for the tree screen's roots. */
export async function listRoots(ctx: Ctx) {
  const actor = requireActor(ctx.actor);
  const scopes = scopesFor(actor, 'org:read');
  const units = await repo.getUnitsByIds(ctx.db, [...new Set(scopes.map((s) => s.unitId))]);
  // drop roots that lie inside another root's subtree
  const roots = units.filter(
    (u) =>
      !units.some(
        (o) =>
          o.id !== u.id && u.path.startsWith(o.path) && scopes.some((s) => s.unitId === o.id && s.subtree),
      ),
  );
  return roots.sort((a, b) => a.path.localeCompare(b.path)).map((u) => present(ctx, u));
}

/** Reads one unit the actor may see; anything else is 404. */
export async function getUnit(ctx: Ctx, id: number): Promise<UnitView> {
  const u = await repo.getUnit(ctx.db, id);
  if (!u || !inScope(scopesFor(requireActor(ctx.actor), 'org:read'), u)) throw NotFound('Đơn vị');
  return u;
}

/** For other modules: resolve units the actor may read, by ids. Unknown or out-of-scope ids are dropped. */
export async function getReadableUnits(ctx: Ctx, ids: number[]): Promise<UnitView[]> {
  const scopes = scopesFor(requireActor(ctx.actor), 'org:read');
  return (await repo.getUnitsByIds(ctx.db, ids)).filter((u) => inScope(scopes, u));
}

/** For other modules: units (without scope filtering; the caller checks) by id. */
export const getUnitsByIds = (ctx: Ctx, ids: number[]) => repo.getUnitsByIds(ctx.db, ids);
export const getUnitById = (ctx: Ctx, id: number) => repo.getUnit(ctx.db, id);

/** For other modules: active units in a group / of a kind / under a unit, as of a date (no scope filter). */
export async function findUnits(
  ctx: Ctx,
  f: { group?: string; kind?: string; underUnitId?: number; ids?: number[]; asOf?: string },
) {
  let scopes = [{ unitId: 0, path: '/', subtree: true }];
  if (f.underUnitId) {
    const u = await repo.getUnit(ctx.db, f.underUnitId);
    if (!u) return [];
    scopes = [{ unitId: u.id, path: u.path, subtree: true }];
  }
  const { items } = await repo.listUnits(
    ctx.db,
    scopes,
    { group: f.group, kind: f.kind, ids: f.ids, asOf: f.asOf ?? today(ctx) },
    { limit: 100000, offset: 0 },
  );
  return items;
}

export const resolveCurrentUnitIds = (ctx: Ctx, ids: number[], asOf: string) =>
  repo.resolveCurrentUnitIds(ctx.db, ids, asOf);

export async function listGroups(ctx: Ctx) {
  return repo.listGroups(ctx.db);
}

async function validateGroups(ctx: Ctx, codes: string[]) {
  if (!codes.length) return;
  const known = new Set((await repo.listGroups(ctx.db)).map((g) => g.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length) throw Invalid(`Nhóm đơn vị không tồn tại: ${unknown.join(', ')}`);
}

export async function createUnit(
  ctx: Ctx,
  input: z.infer<typeof CreateOrgUnit>,
  opts: { isDemo?: boolean } = {},
) {
  const actor = ctx.actor;
  let parent: UnitView | undefined;
  if (input.parentId !== null) {
    parent = await repo.getUnit(ctx.db, input.parentId);
    if (!parent) throw NotFound('Đơn vị cấp trên');
    if (actor) assertUnitAccess(actor, 'org:write', parent, 'org:read');
    if (!isActive(parent, input.validFrom))
      throw Err.org_unit_inactive('Đơn vị cấp trên không còn hiệu lực vào ngày này.');
  } else if (actor && !actor.permissions.has('org:write')) {
    throw NotFound('Đơn vị cấp trên');
  } else if (
    actor &&
    !scopesFor(actor, 'org:write').some((s) => s.subtree && s.path.split('/').filter(Boolean).length <= 1)
  ) {
    // only the system or an administrator over a whole root may create a new root
    throw Invalid('Phải chọn đơn vị cấp trên.');
  }
  await validateGroups(ctx, input.groups);
  return inTx(ctx, async (tx, c) => {
    if (await repo.getUnitByCode(tx, input.code))
      throw Err.org_code_taken(`Mã đơn vị "${input.code}" đã được dùng.`, { params: { code: input.code } });
    const u = await repo.insertUnit(tx, { ...input, parentPath: parent?.path ?? null, isDemo: opts.isDemo });
    await repo.setGroups(tx, u.id, input.groups);
    await repo.insertEvent(tx, {
      kind: 'created',
      unitId: u.id,
      effectiveDate: input.validFrom,
      details: { name: u.name, parentId: u.parentId },
      createdBy: c.actor?.system ? null : c.actor?.userId,
    });
    const created = (await repo.getUnit(tx, u.id))!;
    await audit(tx, c, {
      entity: 'org_unit',
      entityId: u.id,
      unitId: u.id,
      action: 'create',
      after: created,
    });
    return created;
  });
}

async function writableUnit(ctx: Ctx, id: number): Promise<UnitView> {
  const u = await repo.getUnit(ctx.db, id);
  if (!u) throw NotFound('Đơn vị');
  assertUnitAccess(ctx.actor, 'org:write', u, 'org:read');
  return u;
}

/**
 * Every read-check-write on units runs in one transaction that first locks the rows it checks (in id
 * order, see repo.lockUnits): two merges of the same unit, or a merge racing an edit, a move or a
 * deactivation of it, apply one after the other and the second is checked against what the first did.
 */
function withUnitsLocked<T>(ctx: Ctx, ids: (number | null | undefined)[], fn: (c: Ctx) => Promise<T>) {
  return inTx(ctx, async (tx, c) => {
    await repo.lockUnits(
      tx,
      ids.filter((i): i is number => typeof i === 'number'),
    );
    return fn(c);
  });
}

export function updateUnit(ctx: Ctx, id: number, input: z.infer<typeof UpdateOrgUnit>) {
  return withUnitsLocked(ctx, [id], (c) => updateUnitLocked(c, id, input));
}

async function updateUnitLocked(ctx: Ctx, id: number, input: z.infer<typeof UpdateOrgUnit>) {
  const before = await writableUnit(ctx, id);
  const t = input.effectiveDate ?? today(ctx);
  if (!isActive(before, today(ctx)))
    throw Err.org_unit_inactive('Đơn vị đã hết hiệu lực, không thể sửa.');
  if (input.groups) await validateGroups(ctx, input.groups);
  return inTx(ctx, async (tx, c) => {
    const { groups, effectiveDate: _e, ...fields } = input;
    void _e;
    await repo.updateUnit(tx, id, fields);
    if (groups) await repo.setGroups(tx, id, groups);
    if (input.name && input.name !== before.name) {
      if (t <= before.validFrom)
        throw Invalid('Ngày hiệu lực của tên mới phải sau ngày đơn vị bắt đầu hiệu lực.');
      await repo.recordRename(tx, id, input.name, t, addDays(t, -1));
      await repo.insertEvent(tx, {
        kind: 'renamed',
        unitId: id,
        effectiveDate: t,
        details: { from: before.name, to: input.name },
        createdBy: c.actor?.system ? null : c.actor?.userId,
      });
    } else {
      await repo.insertEvent(tx, {
        kind: 'updated',
        unitId: id,
        effectiveDate: t,
        details: fields,
        createdBy: c.actor?.system ? null : c.actor?.userId,
      });
    }
    const after = (await repo.getUnit(tx, id))!;
    await audit(tx, c, {
      entity: 'org_unit',
      entityId: id,
      unitId: id,
      action: input.name && input.name !== before.name ? 'rename' : 'update',
      before,
      after,
    });
    return after;
  });
}

export function moveUnit(ctx: Ctx, id: number, input: z.infer<typeof MoveOrgUnit>) {
  return withUnitsLocked(ctx, [id, input.newParentId], (c) => moveUnitLocked(c, id, input));
}

async function moveUnitLocked(ctx: Ctx, id: number, input: z.infer<typeof MoveOrgUnit>) {
  const unit = await writableUnit(ctx, id);
  const parent = await repo.getUnit(ctx.db, input.newParentId);
  if (!parent) throw NotFound('Đơn vị cấp trên mới');
  assertUnitAccess(ctx.actor, 'org:write', parent, 'org:read');
  if (parent.path.startsWith(unit.path))
    throw Err.org_cycle('Không thể chuyển một đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.');
  if (!isActive(parent, input.effectiveDate))
    throw Err.org_unit_inactive('Đơn vị cấp trên mới không còn hiệu lực.');
  return inTx(ctx, async (tx, c) => {
    await repo.moveSubtree(tx, unit, parent);
    await repo.insertEvent(tx, {
      kind: 'moved',
      unitId: id,
      relatedUnitIds: [unit.parentId ?? 0, parent.id].filter(Boolean),
      effectiveDate: input.effectiveDate,
      details: { fromParentId: unit.parentId, toParentId: parent.id },
      createdBy: c.actor?.system ? null : c.actor?.userId,
    });
    const after = (await repo.getUnit(tx, id))!;
    await audit(tx, c, { entity: 'org_unit', entityId: id, unitId: id, action: 'move', before: unit, after });
    return after;
  });
}

export function deactivateUnit(ctx: Ctx, id: number, input: z.infer<typeof DeactivateOrgUnit>) {
  return withUnitsLocked(ctx, [id], (c) => deactivateUnitLocked(c, id, input));
}

async function deactivateUnitLocked(ctx: Ctx, id: number, input: z.infer<typeof DeactivateOrgUnit>) {
  const unit = await writableUnit(ctx, id);
  if (unit.validTo) throw Err.org_unit_inactive('Đơn vị đã ngừng hoạt động.');
  if (input.validTo < unit.validFrom) throw Invalid('Ngày kết thúc không được trước ngày bắt đầu hiệu lực.');
  if ((await repo.countActiveChildren(ctx.db, id, addDays(input.validTo, 1))) > 0)
    throw Err.state_invalid('Đơn vị còn đơn vị cấp dưới đang hoạt động; hãy chuyển, sáp nhập hoặc ngừng các đơn vị đó trước.');
  return inTx(ctx, async (tx, c) => {
    await repo.updateUnit(tx, id, { validTo: input.validTo });
    await repo.insertEvent(tx, {
      kind: 'deactivated',
      unitId: id,
      effectiveDate: input.validTo,
      details: { reason: input.reason },
      createdBy: c.actor?.system ? null : c.actor?.userId,
    });
    const after = (await repo.getUnit(tx, id))!;
    await audit(tx, c, {
      entity: 'org_unit',
      entityId: id,
      unitId: id,
      action: 'deactivate',
      before: unit,
      after,
    });
    return after;
  });
}

/**
 * Merges units into a successor from a date: the sources end the day before, keep every record they
 * own, and are linked to the successor; from the date new work goes to the successor.
 */
export function mergeUnits(ctx: Ctx, input: z.infer<typeof MergeOrgUnits>) {
  // the sources, the successor, and the new successor's parent (locked up front, in order)
  return withUnitsLocked(ctx, [...input.sourceIds, input.targetId, input.newTarget?.parentId], (c) =>
    mergeUnitsLocked(c, input),
  );
}

async function mergeUnitsLocked(ctx: Ctx, input: z.infer<typeof MergeOrgUnits>) {
  if (!input.targetId === !input.newTarget)
    throw Invalid('Chọn một đơn vị kế thừa có sẵn hoặc khai báo đơn vị mới (chỉ một trong hai).');
  const ids = [...new Set(input.sourceIds)];
  const sources: UnitView[] = [];
  for (const sid of ids) sources.push(await writableUnit(ctx, sid));
  const dayBefore = addDays(input.effectiveDate, -1);
  for (const s of sources) {
    if (!isActive(s, dayBefore))
      throw Err.org_merge_invalid(`Đơn vị "${s.name}" không còn hiệu lực trước ngày sáp nhập.`);
    // a unit already ending (merged, split or closed) is not merged a second time
    if (s.validTo !== null)
      throw Err.org_merge_invalid(`Đơn vị "${s.name}" đã kết thúc hoạt động từ ngày ${vnDate(addDays(s.validTo, 1))}, không thể sáp nhập.`);
    if ((await repo.countActiveChildren(ctx.db, s.id, input.effectiveDate)) > 0)
      throw Err.org_merge_invalid(`Đơn vị "${s.name}" còn đơn vị cấp dưới; hãy chuyển các đơn vị đó trước khi sáp nhập.`);
  }
  return inTx(ctx, async (tx, c) => {
    let target: UnitView;
    if (input.targetId) {
      if (ids.includes(input.targetId))
        throw Err.org_merge_invalid('Đơn vị kế thừa không được nằm trong danh sách bị sáp nhập.');
      target = await writableUnit(c, input.targetId);
      if (!isActive(target, input.effectiveDate))
        throw Err.org_merge_invalid('Đơn vị kế thừa không có hiệu lực vào ngày sáp nhập.');
    } else {
      target = await createUnit(c, {
        ...input.newTarget!,
        validFrom: input.effectiveDate,
        groups: input.newTarget!.groups ?? [],
      });
    }
    for (const s of sources) {
      await repo.updateUnit(tx, s.id, { validTo: dayBefore });
      await repo.insertSuccession(tx, s.id, target.id, 'merge', input.effectiveDate);
    }
    await repo.insertEvent(tx, {
      kind: 'merged',
      unitId: target.id,
      relatedUnitIds: ids,
      effectiveDate: input.effectiveDate,
      decision: input.decision ?? null,
      details: { sources: sources.map((s) => ({ id: s.id, name: s.name })) },
      createdBy: c.actor?.system ? null : c.actor?.userId,
    });
    await audit(tx, c, {
      entity: 'org_unit',
      entityId: target.id,
      unitId: target.id,
      action: 'merge',
      before: sources,
      after: { target, effectiveDate: input.effectiveDate, decision: input.decision },
    });
    return (await repo.getUnit(tx, target.id))!;
  });
}

/** Splits a unit into new ones from a date; the old unit ends the day before and keeps its records. */
export function splitUnit(ctx: Ctx, input: z.infer<typeof SplitOrgUnit>) {
  return withUnitsLocked(ctx, [input.sourceId, ...input.parts.map((p) => p.parentId)], (c) =>
    splitUnitLocked(c, input),
  );
}

async function splitUnitLocked(ctx: Ctx, input: z.infer<typeof SplitOrgUnit>) {
  const source = await writableUnit(ctx, input.sourceId);
  const dayBefore = addDays(input.effectiveDate, -1);
  if (!isActive(source, dayBefore))
    throw Err.org_split_invalid('Đơn vị không còn hiệu lực trước ngày chia tách.');
  if (source.validTo !== null)
    throw Err.org_split_invalid(`Đơn vị đã kết thúc hoạt động từ ngày ${vnDate(addDays(source.validTo, 1))}, không thể chia tách.`);
  if ((await repo.countActiveChildren(ctx.db, source.id, input.effectiveDate)) > 0)
    throw Err.org_split_invalid('Đơn vị còn đơn vị cấp dưới; hãy chuyển các đơn vị đó trước khi chia tách.');
  const codes = input.parts.map((p) => p.code);
  if (new Set(codes).size !== codes.length) throw Invalid('Các đơn vị mới phải có mã khác nhau.');
  return inTx(ctx, async (tx, c) => {
    const created: UnitView[] = [];
    for (const p of input.parts) {
      const u = await createUnit(c, {
        ...p,
        parentId: p.parentId ?? source.parentId,
        validFrom: input.effectiveDate,
        groups: p.groups ?? [],
      });
      await repo.insertSuccession(tx, source.id, u.id, 'split', input.effectiveDate);
      created.push(u);
    }
    await repo.updateUnit(tx, source.id, { validTo: dayBefore });
    await repo.insertEvent(tx, {
      kind: 'split',
      unitId: source.id,
      relatedUnitIds: created.map((u) => u.id),
      effectiveDate: input.effectiveDate,
      decision: input.decision ?? null,
      details: { parts: created.map((u) => ({ id: u.id, name: u.name })) },
      createdBy: c.actor?.system ? null : c.actor?.userId,
    });
    await audit(tx, c, {
      entity: 'org_unit',
      entityId: source.id,
      unitId: source.id,
      action: 'split',
      before: source,
      after: { parts: created, effectiveDate: input.effectiveDate, decision: input.decision },
    });
    return created;
  });
}

export async function unitHistory(ctx: Ctx, id: number) {
  const unit = await getUnit(ctx, id);
  const h = await repo.unitHistory(ctx.db, id);
  return {
    unit: present(ctx, unit),
    events: h.events.map((e) => ({
      ...e,
      details: e.details as Record<string, unknown>,
      createdAt: e.createdAt.toISOString(),
      kind: e.kind as never,
    })),
    predecessors: h.predecessors,
    successors: h.successors,
    names: h.names,
  };
}

export { isActive };
