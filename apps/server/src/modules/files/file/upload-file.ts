import type { Ctx } from '../../../core/context.ts';
import { audit, inTx } from '../../../core/audit.ts';
import { Err } from '../../../core/errors.ts';
import { sha256, storeContent, type Upload } from '../../../core/files.ts';
import { resolveFileOwner } from './file-owner.ts';
import { authorizeFile } from './file.policy.ts';
import { presentFile } from './file.present.ts';
import * as repo from './file.repository.ts';

/**
 * Attaches a file to a record. The owner is resolved and the actor authorised before `read` is
 * called, so a request aimed at a record the actor may not write is answered without reading (or
 * storing) its body.
 */
export async function uploadFile(ctx: Ctx, entity: string, entityId: string, read: () => Promise<Upload>) {
  authorizeFile(ctx, 'attach', await resolveFileOwner(ctx, entity, entityId));
  const upload = await read();
  if (!upload.detected)
    throw Err.file_type_not_allowed(
      `${upload.rejection ?? 'Loại tệp không được chấp nhận.'} Chỉ nhận PDF, ảnh (JPEG, PNG, WebP), Word, Excel, PowerPoint, văn bản thuần và CSV.`,
    );
  const detected = upload.detected;
  // again: the record may have been locked (a report accepted) while a large body was arriving
  const owner = authorizeFile(ctx, 'attach', await resolveFileOwner(ctx, entity, entityId));
  const stored = await storeContent(ctx, upload.buffer, detected.ext);
  const originalName = upload.filename
    .normalize('NFC')
    .replace(/[/\\\0]/g, '_')
    .slice(0, 250);
  return inTx(ctx, async (tx, c) => {
    const row = await repo.insertFile(tx, {
      entity,
      entityId,
      unitId: owner.unitId,
      originalName,
      storedName: stored,
      mime: detected.mime,
      size: upload.buffer.length,
      sha256: sha256(upload.buffer),
      uploadedBy: c.actor!.userId,
      uploadedAt: c.clock.now(),
    });
    await audit(tx, c, {
      entity: 'file',
      entityId: row.id,
      unitId: owner.unitId,
      action: 'upload',
      after: { entity, entityId, originalName, size: row.size, sha256: row.sha256, mime: row.mime },
    });
    return presentFile({ ...row, uploaderName: c.actor!.fullName });
  });
}
