import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Permission } from '@danvan/contracts';
import type { Ctx } from '../../core/context.ts';
import { audit, inTx } from '../../core/audit.ts';
import { Err, Forbidden, NotFound } from '../../core/errors.ts';
import { inScope, requireActor, scopesFor } from '../../core/scope.ts';
import { readContent, sha256, storeContent, type Upload } from '../../core/files.ts';
import { files } from '../../db/schema/files.ts';
import { users } from '../../db/schema/users.ts';

/** How a module says who may read and attach files to one of its records. */
export interface FileOwner {
  unitId: number;
  unitPath: string;
  readPermission: Permission;
  writePermission: Permission;
  /** False when the record is locked (e.g. an accepted report): files can be read but not added. */
  writable?: boolean;
}
export type FileOwnerResolver = (ctx: Ctx, entityId: string) => Promise<FileOwner | null>;

const owners = new Map<string, FileOwnerResolver>();

/** Modules call this once at load time for each kind of record that takes attachments. */
export function registerFileOwner(entity: string, resolve: FileOwnerResolver): void {
  owners.set(entity, resolve);
}
export function fileEntities(): string[] {
  return [...owners.keys()];
}

async function ownerFor(
  ctx: Ctx,
  entity: string,
  entityId: string,
  mode: 'read' | 'write',
): Promise<FileOwner> {
  const actor = requireActor(ctx.actor);
  const resolve = owners.get(entity);
  const owner = resolve ? await resolve(ctx, entityId) : null;
  if (!owner) throw NotFound('Hồ sơ');
  const unit = { id: owner.unitId, path: owner.unitPath };
  if (!inScope(scopesFor(actor, owner.readPermission), unit)) throw NotFound('Hồ sơ');
  if (mode === 'write') {
    if (!inScope(scopesFor(actor, owner.writePermission), unit) || !actor.permissions.has('files:write'))
      throw Forbidden();
    if (owner.writable === false)
      throw Err.locked('Hồ sơ đã khóa, không thể đính kèm thêm tệp.');
  }
  return owner;
}

function view(r: typeof files.$inferSelect & { uploaderName?: string | null }) {
  return {
    id: r.id,
    entity: r.entity,
    entityId: r.entityId,
    originalName: r.originalName,
    mime: r.mime,
    size: r.size,
    sha256: r.sha256,
    uploadedBy: r.uploaderName ?? null,
    uploadedAt: r.uploadedAt.toISOString(),
  };
}

export async function listFiles(ctx: Ctx, entity: string, entityId: string) {
  await ownerFor(ctx, entity, entityId, 'read');
  const rows = await ctx.db
    .select({ f: files, uploaderName: users.fullName })
    .from(files)
    .leftJoin(users, eq(users.id, files.uploadedBy))
    .where(and(eq(files.entity, entity), eq(files.entityId, entityId), isNull(files.deletedAt)))
    .orderBy(desc(files.uploadedAt));
  return rows.map((r) => view({ ...r.f, uploaderName: r.uploaderName }));
}

/**
 * Attaches a file to a record. The owner is resolved and the actor authorised before `read` is
 * called, so a request aimed at a record the actor may not write is answered without reading (or
 * storing) its body.
 */
export async function uploadFile(ctx: Ctx, entity: string, entityId: string, read: () => Promise<Upload>) {
  await ownerFor(ctx, entity, entityId, 'write');
  const upload = await read();
  if (!upload.detected)
    throw Err.file_type_not_allowed(`${upload.rejection ?? 'Loại tệp không được chấp nhận.'} Chỉ nhận PDF, ảnh (JPEG, PNG, WebP), Word, Excel, PowerPoint, văn bản thuần và CSV.`);
  // again: the record may have been locked (a report accepted) while a large body was arriving
  const owner = await ownerFor(ctx, entity, entityId, 'write');
  const stored = await storeContent(ctx, upload.buffer, upload.detected.ext);
  const originalName = upload.filename
    .normalize('NFC')
    .replace(/[/\\\0]/g, '_')
    .slice(0, 250);
  return inTx(ctx, async (tx, c) => {
    const [row] = await tx
      .insert(files)
      .values({
        entity,
        entityId,
        unitId: owner.unitId,
        originalName,
        storedName: stored,
        mime: upload.detected!.mime,
        size: upload.buffer.length,
        sha256: sha256(upload.buffer),
        uploadedBy: c.actor!.userId,
        uploadedAt: c.clock.now(),
      })
      .returning();
    await audit(tx, c, {
      entity: 'file',
      entityId: row.id,
      unitId: owner.unitId,
      action: 'upload',
      after: { entity, entityId, originalName, size: row.size, sha256: row.sha256, mime: row.mime },
    });
    return view({ ...row, uploaderName: c.actor!.fullName });
  });
}

async function fileRow(ctx: Ctx, id: number) {
  const [row] = await ctx.db
    .select()
    .from(files)
    .where(and(eq(files.id, id), isNull(files.deletedAt)));
  if (!row) throw NotFound('Tệp');
  return row;
}

export async function downloadFile(ctx: Ctx, id: number) {
  const row = await fileRow(ctx, id);
  await ownerFor(ctx, row.entity, row.entityId, 'read');
  return { meta: view(row), content: await readContent(ctx, row.storedName) };
}

export async function deleteFile(ctx: Ctx, id: number) {
  const row = await fileRow(ctx, id);
  await ownerFor(ctx, row.entity, row.entityId, 'write');
  await inTx(ctx, async (tx, c) => {
    await tx.update(files).set({ deletedAt: c.clock.now() }).where(eq(files.id, id));
    await audit(tx, c, {
      entity: 'file',
      entityId: id,
      unitId: row.unitId,
      action: 'delete',
      before: view(row),
    });
  });
}
