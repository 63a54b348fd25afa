import type { Upload } from '../../../core/files.ts';
import type { Ctx } from '../../../core/context.ts';
import { inTx } from '../../../core/audit.ts';
import { Conflict, Err } from '../../../core/errors.ts';
import { uploadFile } from '../../files/index.ts';
import { citizenCtx } from '../shared/citizen.ts';
import { ipKey, takeHit } from '../shared/rate-limit.ts';
import { codeNotFound, countMiss, submissionByCode } from './find-by-code.ts';
import { MAX_PORTAL_FILES } from './files.rules.ts';
import * as repo from './submission.repository.ts';

/** The record a citizen's portal files are attached to (files module entity), by petition id. */
export const PORTAL_FILE_ENTITY = 'petition_portal';

/**
 * Attaches one file to a petition just sent, with its lookup code, within the attach window and up
 * to MAX_PORTAL_FILES: the file goes through the files module (the type judged by content, the size
 * limit, the audit row), attached to 'petition_portal' <petition id>, read by the petition's unit.
 * A wrong code or a closed window answers as the lookup does (404).
 */
export async function attachPortalFile(ctx: Ctx, read: () => Promise<Upload>) {
  await takeHit(ctx, 'attach_ip', ipKey(ctx));
  // the code comes in the same multipart body as the file (bounded by MAX_UPLOAD_MB)
  const upload = await read();
  const found = await submissionByCode(ctx, upload.fields.code ?? '', null);
  if (!found || found.attachUntil <= ctx.clock.now()) {
    await countMiss(ctx);
    throw codeNotFound();
  }
  if (!upload.detected)
    throw Err.file_type_not_allowed(
      `${upload.rejection ?? 'Loại tệp không được chấp nhận.'} Chỉ nhận PDF, ảnh (JPEG, PNG, WebP), Word, Excel, PowerPoint, văn bản thuần và CSV.`,
    );
  return inTx(citizenCtx(ctx), async (tx, c) => {
    const sub = (await repo.lockSubmission(tx, found.id))!;
    if (sub.filesCount >= MAX_PORTAL_FILES)
      throw Conflict(`Mỗi hồ sơ gửi kèm tối đa ${MAX_PORTAL_FILES} tệp.`);
    const file = await uploadFile(c, PORTAL_FILE_ENTITY, String(sub.petitionId), async () => upload);
    await repo.countFile(tx, sub.id);
    return {
      name: file.originalName,
      size: file.size,
      mime: file.mime,
      count: sub.filesCount + 1,
      remaining: MAX_PORTAL_FILES - sub.filesCount - 1,
    };
  });
}
