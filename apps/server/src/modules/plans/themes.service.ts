/**
 * Year themes ("Năm dân vận chính quyền 2022", seed 002) and emulation movements ("Dân vận khéo"):
 * set by a unit (plans:manage) for its whole subtree, cited by plans.
 */
import type {
  CreateMovement,
  CreateYearTheme,
  Movement,
  MovementKind,
  UpdateMovement,
  UpdateYearTheme,
  YearTheme,
} from '@danvan/contracts';
import type { Ctx } from '../../core/context.ts';
import { audit, inTx } from '../../core/audit.ts';
import { Conflict, Forbidden, NotFound } from '../../core/errors.ts';
import { inScope } from '../../core/scope.ts';
import * as reg from './registers.repository.ts';
import { can, isAncestorOfScope, readScopes, readableUnit, unitWith } from './plans.access.ts';
import { checkDocs, docRefMap } from './plans.refs.ts';

async function docsOf(ctx: Ctx, ids: number[]) {
  const m = await docRefMap(ctx, ids);
  return ids.map((i) => m.get(i)).filter((d): d is NonNullable<typeof d> => Boolean(d));
}

export async function presentTheme(ctx: Ctx, t: reg.ThemeView): Promise<YearTheme> {
  const manage = can(ctx.actor, 'plans:manage', { id: t.unitId, path: t.unitPath });
  return {
    id: t.id,
    unitId: t.unitId,
    unitName: t.unitName,
    year: t.year,
    name: t.name,
    description: t.description,
    contents: t.contents,
    guidingDocuments: await docsOf(ctx, t.guidingDocumentIds),
    isDemo: t.isDemo,
    can: { update: manage },
  };
}

export async function presentMovement(ctx: Ctx, m: reg.MovementView): Promise<Movement> {
  const manage = can(ctx.actor, 'plans:manage', { id: m.unitId, path: m.unitPath });
  return {
    id: m.id,
    unitId: m.unitId,
    unitName: m.unitName,
    code: m.code,
    name: m.name,
    kind: m.kind as MovementKind,
    description: m.description,
    fields: m.fields,
    requirements: m.requirements,
    guidingDocuments: await docsOf(ctx, m.guidingDocumentIds),
    active: m.active,
    isDemo: m.isDemo,
    can: { update: manage },
  };
}

/** Visible: set by a unit in scope or by a superior of one (themes apply to the whole subtree). */
function visible(ctx: Ctx, r: { unitId: number; unitPath: string }) {
  const scopes = readScopes(ctx);
  const unit = { id: r.unitId, path: r.unitPath };
  return inScope(scopes, unit) || isAncestorOfScope(scopes, unit);
}

export async function listThemes(ctx: Ctx, q: { unitId?: number; year?: number }) {
  const appliesTo = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const rows = await reg.listThemes(ctx.db, readScopes(ctx), { appliesTo, year: q.year });
  return Promise.all(rows.map((t) => presentTheme(ctx, t)));
}

export async function createTheme(ctx: Ctx, input: CreateYearTheme, opts: { isDemo?: boolean } = {}) {
  const unit = await unitWith(ctx, input.unitId, 'plans:manage');
  const guidingDocumentIds = await checkDocs(ctx, input.guidingDocumentIds, unit);
  return inTx(ctx, async (tx, c) => {
    if (await reg.themeOf(tx, unit.id, input.year))
      throw Conflict(`Đơn vị đã có chủ đề năm ${input.year}.`, { year: input.year });
    const id = await reg.insertTheme(tx, {
      ...input,
      guidingDocumentIds,
      contents: input.contents.filter((s) => s.trim()),
      isDemo: opts.isDemo ?? false,
      createdBy: c.actor?.system ? null : c.actor?.userId,
      createdAt: c.clock.now(),
      updatedAt: c.clock.now(),
    });
    const after = (await reg.getTheme(tx, id))!;
    await audit(tx, c, { entity: 'plan_theme', entityId: id, unitId: unit.id, action: 'create', after });
    return presentTheme(c, after);
  });
}

export async function updateTheme(ctx: Ctx, id: number, input: UpdateYearTheme) {
  const before = await reg.getTheme(ctx.db, id);
  if (!before || !visible(ctx, before)) throw NotFound('Chủ đề năm');
  const unit = { id: before.unitId, path: before.unitPath };
  if (!can(ctx.actor, 'plans:manage', unit)) throw Forbidden();
  const guidingDocumentIds = input.guidingDocumentIds
    ? await checkDocs(ctx, input.guidingDocumentIds, unit)
    : undefined;
  return inTx(ctx, async (tx, c) => {
    if (input.year && input.year !== before.year) {
      const other = await reg.themeOf(tx, before.unitId, input.year);
      if (other && other !== id) throw Conflict(`Đơn vị đã có chủ đề năm ${input.year}.`);
    }
    await reg.updateTheme(tx, id, {
      ...input,
      ...(guidingDocumentIds ? { guidingDocumentIds } : {}),
      ...(input.contents ? { contents: input.contents.filter((s) => s.trim()) } : {}),
      updatedAt: c.clock.now(),
    });
    const after = (await reg.getTheme(tx, id))!;
    await audit(tx, c, {
      entity: 'plan_theme',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before,
      after,
    });
    return presentTheme(c, after);
  });
}

export async function listMovements(ctx: Ctx, q: { unitId?: number; activeOnly?: boolean }) {
  const appliesTo = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const rows = await reg.listMovements(ctx.db, readScopes(ctx), { appliesTo, activeOnly: q.activeOnly });
  return Promise.all(rows.map((m) => presentMovement(ctx, m)));
}

export async function createMovement(ctx: Ctx, input: CreateMovement, opts: { isDemo?: boolean } = {}) {
  const unit = await unitWith(ctx, input.unitId, 'plans:manage');
  const guidingDocumentIds = await checkDocs(ctx, input.guidingDocumentIds, unit);
  return inTx(ctx, async (tx, c) => {
    if (await reg.movementByCode(tx, unit.id, input.code))
      throw Conflict(`Mã phong trào "${input.code}" đã được dùng.`, { code: input.code });
    const id = await reg.insertMovement(tx, {
      ...input,
      guidingDocumentIds,
      fields: input.fields.filter((s) => s.trim()),
      requirements: input.requirements.filter((s) => s.trim()),
      isDemo: opts.isDemo ?? false,
      createdBy: c.actor?.system ? null : c.actor?.userId,
      createdAt: c.clock.now(),
      updatedAt: c.clock.now(),
    });
    const after = (await reg.getMovement(tx, id))!;
    await audit(tx, c, { entity: 'plan_movement', entityId: id, unitId: unit.id, action: 'create', after });
    return presentMovement(c, after);
  });
}

export async function updateMovement(ctx: Ctx, id: number, input: UpdateMovement) {
  const before = await reg.getMovement(ctx.db, id);
  if (!before || !visible(ctx, before)) throw NotFound('Phong trào');
  const unit = { id: before.unitId, path: before.unitPath };
  if (!can(ctx.actor, 'plans:manage', unit)) throw Forbidden();
  const guidingDocumentIds = input.guidingDocumentIds
    ? await checkDocs(ctx, input.guidingDocumentIds, unit)
    : undefined;
  return inTx(ctx, async (tx, c) => {
    await reg.updateMovement(tx, id, {
      ...input,
      ...(guidingDocumentIds ? { guidingDocumentIds } : {}),
      updatedAt: c.clock.now(),
    });
    const after = (await reg.getMovement(tx, id))!;
    await audit(tx, c, {
      entity: 'plan_movement',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before,
      after,
    });
    return presentMovement(c, after);
  });
}
