/** Register of guiding documents (văn bản chỉ đạo): list, read, register, edit, remove, export. */
import type {
  CreateGuidingDocument,
  GuidingDocument,
  GuidingDocumentKind,
  GuidingDocumentQuery,
  UpdateGuidingDocument,
} from '@danvan/contracts';
import { GUIDING_DOCUMENT_KIND_LABELS } from '@danvan/contracts';
import { today, type Ctx } from '../../core/context.ts';
import { audit, inTx } from '../../core/audit.ts';
import { Conflict, Err, Forbidden, Invalid, NotFound } from '../../core/errors.ts';
import { inScope, requireActor } from '../../core/scope.ts';
import { renderXlsx } from '../../core/documents/xlsx.ts';
import * as reg from './registers.repository.ts';
import { can, isAncestorOfScope, readScopes, readableUnit, unitWith } from './plans.access.ts';

export function presentDoc(ctx: Ctx, d: reg.DocView): GuidingDocument {
  const unit = { id: d.unitId, path: d.unitPath };
  const write = can(ctx.actor, 'plans:unit-write', unit);
  return {
    id: d.id,
    unitId: d.unitId,
    unitName: d.unitName,
    numberSymbol: d.numberSymbol,
    issuedOn: d.issuedOn,
    issuer: d.issuer,
    kind: d.kind as GuidingDocumentKind,
    title: d.title,
    summary: d.summary,
    sharedWithSubunits: d.sharedWithSubunits,
    isDemo: d.isDemo,
    createdAt: d.createdAt.toISOString(),
    can: { update: write, delete: write, attach: write && can(ctx.actor, 'files:write', unit) },
  };
}

export async function listDocs(ctx: Ctx, q: GuidingDocumentQuery) {
  const usableBy = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const { rows, total } = await reg.listDocs(
    ctx.db,
    readScopes(ctx),
    { q: q.q?.trim() || undefined, kind: q.kind, year: q.year, usableBy },
    { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
  );
  return { items: rows.map((d) => presentDoc(ctx, d)), total, page: q.page, pageSize: q.pageSize };
}

/** A document the actor may see: of a unit in scope, or shared by a superior. Otherwise 404. */
export async function visibleDoc(ctx: Ctx, id: number) {
  const d = await reg.getDoc(ctx.db, id);
  const scopes = readScopes(ctx);
  const unit = { id: d?.unitId ?? 0, path: d?.unitPath ?? '' };
  if (!d || !(inScope(scopes, unit) || (d.sharedWithSubunits && isAncestorOfScope(scopes, unit))))
    throw NotFound('Văn bản chỉ đạo');
  return d;
}

export async function getDoc(ctx: Ctx, id: number) {
  return presentDoc(ctx, await visibleDoc(ctx, id));
}

async function writableDoc(ctx: Ctx, id: number) {
  const d = await visibleDoc(ctx, id);
  if (!can(ctx.actor, 'plans:unit-write', { id: d.unitId, path: d.unitPath })) throw Forbidden();
  return d;
}

function checkDates(issuedOn: string | undefined, t: string) {
  if (issuedOn && issuedOn > t) throw Invalid('Ngày ban hành văn bản không được sau ngày hôm nay.');
}

export async function createDoc(ctx: Ctx, input: CreateGuidingDocument, opts: { isDemo?: boolean } = {}) {
  const unit = await unitWith(ctx, input.unitId, 'plans:unit-write');
  checkDates(input.issuedOn, today(ctx));
  return inTx(ctx, async (tx, c) => {
    if (await reg.findDocByNumber(tx, unit.id, input.numberSymbol, input.issuedOn))
      throw Conflict(`Văn bản số ${input.numberSymbol} ngày này đã có trong sổ của đơn vị.`, {
        numberSymbol: input.numberSymbol,
      });
    const id = await reg.insertDoc(tx, {
      ...input,
      unitId: unit.id,
      isDemo: opts.isDemo ?? false,
      createdBy: c.actor?.system ? null : c.actor?.userId,
      createdAt: c.clock.now(),
      updatedAt: c.clock.now(),
    });
    const after = (await reg.getDoc(tx, id))!;
    await audit(tx, c, {
      entity: 'guiding_document',
      entityId: id,
      unitId: unit.id,
      action: 'create',
      after,
    });
    return presentDoc(c, after);
  });
}

export async function updateDoc(ctx: Ctx, id: number, input: UpdateGuidingDocument) {
  const before = await writableDoc(ctx, id);
  checkDates(input.issuedOn, today(ctx));
  return inTx(ctx, async (tx, c) => {
    const numberSymbol = input.numberSymbol ?? before.numberSymbol;
    const issuedOn = input.issuedOn ?? before.issuedOn;
    const dup = await reg.findDocByNumber(tx, before.unitId, numberSymbol, issuedOn);
    if (dup && dup !== id)
      throw Conflict(`Văn bản số ${numberSymbol} ngày này đã có trong sổ của đơn vị.`);
    await reg.updateDoc(tx, id, { ...input, updatedAt: c.clock.now() });
    const after = (await reg.getDoc(tx, id))!;
    await audit(tx, c, {
      entity: 'guiding_document',
      entityId: id,
      unitId: before.unitId,
      action: 'update',
      before,
      after,
    });
    return presentDoc(c, after);
  });
}

export async function deleteDoc(ctx: Ctx, id: number) {
  const before = await writableDoc(ctx, id);
  await inTx(ctx, async (tx, c) => {
    const n = await reg.docCitations(tx, id);
    if (n > 0)
      throw Err.state_invalid(`Văn bản đang được ${n} kế hoạch, nhiệm vụ hoặc phong trào viện dẫn; không thể xóa.`, { params: { citations: n } });
    await reg.deleteDoc(tx, id);
    await audit(tx, c, {
      entity: 'guiding_document',
      entityId: id,
      unitId: before.unitId,
      action: 'delete',
      before,
    });
  });
}

export async function exportDocs(ctx: Ctx, q: Omit<GuidingDocumentQuery, 'page' | 'pageSize'>) {
  requireActor(ctx.actor);
  const usableBy = q.unitId ? await readableUnit(ctx, q.unitId) : undefined;
  const { rows } = await reg.listDocs(
    ctx.db,
    readScopes(ctx),
    { q: q.q?.trim() || undefined, kind: q.kind, year: q.year, usableBy },
    { limit: 20_000, offset: 0 },
  );
  return renderXlsx([
    {
      name: 'Văn bản chỉ đạo',
      title: 'SỔ VĂN BẢN CHỈ ĐẠO',
      columns: [
        { header: 'STT', key: 'stt', width: 6 },
        { header: 'Số, ký hiệu', key: 'numberSymbol', width: 22 },
        { header: 'Ngày ban hành', key: 'issuedOn', width: 14, numFmt: 'dd/mm/yyyy' },
        { header: 'Loại văn bản', key: 'kind', width: 16 },
        { header: 'Cơ quan ban hành', key: 'issuer', width: 32 },
        { header: 'Trích yếu', key: 'title', width: 60 },
        { header: 'Tóm tắt', key: 'summary', width: 60 },
        { header: 'Đơn vị lưu', key: 'unitName', width: 30 },
      ],
      rows: rows.map((d, i) => ({
        stt: i + 1,
        numberSymbol: d.numberSymbol,
        issuedOn: new Date(`${d.issuedOn}T00:00:00Z`),
        kind: GUIDING_DOCUMENT_KIND_LABELS[d.kind as GuidingDocumentKind]?.vi ?? d.kind,
        issuer: d.issuer,
        title: d.title,
        summary: d.summary,
        unitName: d.unitName,
      })),
    },
  ]);
}
